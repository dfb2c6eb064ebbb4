/**
 * gitops.charts: rendered: the upstream charts' objects, as helm renders them, are plain YAML in
 * dist/<env>/<component>/<release>/ and pass the same gate; the chart Applications are gone;
 * Helm hooks keep their meaning as ArgoCD hooks; what holds data is protected.
 */
import { FROM_CHART_ANNOTATION, HOOK_ANNOTATION, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argocd/sync';
import { asPlainManifest } from '../lib/delivery';
import { GITOPS_FOLDER, selectComponents } from '../lib/build';
import { ENVIRONMENTS } from '../config';
import type { Manifest } from '../lib/output';
import { loadEnvironment, synthConfig } from '../lib/synth';
import { CHARTS } from '../versions';
import { gatePassed } from '../policy/gate';

const annotations = (o: Manifest): Record<string, string> => (o.metadata.annotations ?? {}) as Record<string, string>;

// The environment that installs the most charts (every chart any environment installs).
const chartsOf = (env: string): number => new Set(selectComponents(loadEnvironment(env, 3)).flatMap((c) => c.charts ?? [])).size;
const widest = Object.keys(ENVIRONMENTS).sort((a, b) => chartsOf(b) - chartsOf(a) || a.localeCompare(b))[0];

describe.each([widest])('%s with rendered charts', (env) => {
  const config = loadEnvironment(env, 3);
  const result = synthConfig({ ...config, gitops: { ...config.gitops, charts: 'rendered' } });
  const files = [...result.rendered.byFile];

  it('passes the gate and the sync simulation, with no chart Application left', () => {
    expect(gatePassed(result.gate)).toBe(true);
    expect(result.plan.violations).toEqual([]);
    const chartApps = files.filter(([, o]) => o.kind === 'Application' && (o.spec as { source?: { chart?: string } }).source?.chart);
    expect(chartApps).toEqual([]);
  });

  it('writes every rendered object of every chart into <component>/<release>/, marked with its chart', () => {
    for (const render of result.charts) {
      const dir = `${render.component}/${render.release.releaseName}/`;
      const written = files.filter(([file]) => file.startsWith(dir));
      expect(`${dir} ${written.length}`).toBe(`${dir} ${render.objects.length}`);
      const chart = `${CHARTS[render.release.chart].chart}-${CHARTS[render.release.chart].version}`;
      expect(written.filter(([, o]) => annotations(o)[FROM_CHART_ANNOTATION] !== chart).map(([file]) => file)).toEqual([]);
    }
  });

  it('lets the component Applications read their subfolders', () => {
    const gitops = result.rendered.objects.get(GITOPS_FOLDER)!;
    const appset = gitops.find((o) => o.kind === 'ApplicationSet');
    expect((appset?.spec as { template: { spec: { source: { directory?: unknown } } } }).template.spec.source.directory).toEqual({ recurse: true });
  });

  it('protects every CRD and volume claim the charts render, and keeps each chart in its Application\'s wave', () => {
    const rendered = files.filter(([, o]) => annotations(o)[FROM_CHART_ANNOTATION]).map(([, o]) => o);
    for (const o of rendered.filter((r) => r.kind === 'CustomResourceDefinition' || r.kind === 'PersistentVolumeClaim')) {
      expect(`${o.kind} ${o.metadata.name}: ${annotations(o)[SYNC_OPTIONS_ANNOTATION]}`).toMatch(new RegExp(`^${o.kind} ${o.metadata.name}: (.+,)?Prune=false,Delete=false$`));
    }
    // trust-manager's chart syncs a wave after cert-manager's, whose CRDs its Certificate needs
    const trust = rendered.find((o) => o.kind === 'Deployment' && o.metadata.name === 'trust-manager');
    const certManager = rendered.find((o) => o.kind === 'Deployment' && o.metadata.name === 'cert-manager');
    expect(Number(annotations(trust!)[SYNC_WAVE_ANNOTATION] ?? 0)).toBeGreaterThan(Number(annotations(certManager!)[SYNC_WAVE_ANNOTATION] ?? 0));
  });
});

describe('a rendered object as plain YAML', () => {
  const job = (hooks: Record<string, string>): Manifest => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'n', annotations: hooks } });

  it.each([
    ['pre-install,pre-upgrade', 'PreSync'],
    ['post-install', 'PostSync'],
    ['pre-delete', 'PreDelete'],
  ])('maps the Helm hook %s to the ArgoCD hook %s, with its delete policy and weight', (helm, argo) => {
    const plain = asPlainManifest(job({ 'helm.sh/hook': helm, 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded', 'helm.sh/hook-weight': '-5' }), 'c', 'chart-1.0.0');
    expect(annotations(plain)).toMatchObject({ [HOOK_ANNOTATION]: argo, 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation,HookSucceeded', [SYNC_WAVE_ANNOTATION]: '-5', [FROM_CHART_ANNOTATION]: 'chart-1.0.0' });
  });

  it('keeps an ArgoCD hook the chart set itself', () => {
    expect(annotations(asPlainManifest(job({ 'helm.sh/hook': 'pre-install', [HOOK_ANNOTATION]: 'Sync' }), 'c', 'x'))[HOOK_ANNOTATION]).toBe('Sync');
  });

  it('adds Prune=false and Delete=false to sync options a chart set itself', () => {
    const crd: Manifest = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x.example.com', annotations: { [SYNC_OPTIONS_ANNOTATION]: 'ServerSideApply=true,Prune=true' } }, spec: { names: { kind: 'X' } } };
    expect(annotations(asPlainManifest(crd, 'c', 'x'))[SYNC_OPTIONS_ANNOTATION]).toBe('ServerSideApply=true,Prune=false,Delete=false');
  });

  it('protects a StatefulSet with volume claim templates, not one without', () => {
    const sts = (claims: boolean): Manifest => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's', namespace: 'n' }, spec: claims ? { volumeClaimTemplates: [{}] } : {} });
    expect(annotations(asPlainManifest(sts(true), 'c', 'x'))[SYNC_OPTIONS_ANNOTATION]).toBe('Prune=false,Delete=false');
    expect(annotations(asPlainManifest(sts(false), 'c', 'x'))[SYNC_OPTIONS_ANNOTATION]).toBeUndefined();
  });
});
