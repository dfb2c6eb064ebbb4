/**
 * `gitops.charts: rendered`: the upstream charts' objects, as helm renders them with
 * lakeplane's values, are written into dist/<env>/<component>/<release>/ as plain YAML instead
 * of a nested Helm Application. Git then holds exactly what ArgoCD applies, a pull request
 * shows an upstream change line by line, and the cluster needs no chart repository.
 *
 * What the chart meant is kept:
 * - Helm hooks become ArgoCD hooks, as ArgoCD maps them when it renders a chart itself
 *   (pre-install/pre-upgrade -> PreSync, post-install/post-upgrade -> PostSync, delete hooks,
 *   delete policies, hook weights as sync waves); test hooks were dropped at rendering;
 * - what holds data is protected as lakeplane's own objects are (Prune=false, Delete=false):
 *   PersistentVolumeClaims, StatefulSets with volume claim templates, custom resources of
 *   data-holding kinds, and every CRD (deleting a CRD deletes every object of its kind);
 * - the waivers kept in lakeplane's code for upstream objects (policy/upstream.ts) are written
 *   onto the objects they waive, so the file shows them.
 */
import { CHARTS } from '../versions';
import { dataProtection, FROM_CHART_ANNOTATION, HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argocd/sync';
import { groupOf } from '../policy/schema';
import { upstreamObjects, upstreamFolder } from '../policy/upstream';
import type { ComponentChartRender } from './helm';
import { Manifest, RenderedEnvironment } from './output';
import { toYaml } from './yaml';

const HELM_HOOK = 'helm.sh/hook';
const HELM_HOOK_WEIGHT = 'helm.sh/hook-weight';
const HELM_HOOK_DELETE_POLICY = 'helm.sh/hook-delete-policy';

const HOOKS: Readonly<Record<string, string>> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'pre-delete': 'PreDelete',
  'post-delete': 'PostDelete',
};

const DELETE_POLICIES: Readonly<Record<string, string>> = {
  'before-hook-creation': 'BeforeHookCreation',
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
};

/** Custom resources whose objects hold data (group/Kind). */
const DATA_KINDS: ReadonlySet<string> = new Set(['monitoring.coreos.com/Prometheus', 'monitoring.coreos.com/Alertmanager', 'postgresql.cnpg.io/Cluster', 'minio.min.io/Tenant']);


/** An object as ArgoCD should see it when it is plain YAML instead of part of a chart. */
export function asPlainManifest(obj: Manifest, component: string, chart: string, wave?: string): Manifest {
  const annotations: Record<string, string> = { ...((obj.metadata.annotations ?? {}) as Record<string, string>), [FROM_CHART_ANNOTATION]: chart };
  const hooks = (annotations[HELM_HOOK] ?? '').split(',').map((h) => HOOKS[h.trim()]).filter((h): h is string => h !== undefined);
  if (hooks.length > 0 && annotations[HOOK_ANNOTATION] === undefined) {
    annotations[HOOK_ANNOTATION] = [...new Set(hooks)].join(',');
    const policies = (annotations[HELM_HOOK_DELETE_POLICY] ?? '').split(',').map((p) => DELETE_POLICIES[p.trim()]).filter(Boolean);
    if (policies.length > 0 && annotations[HOOK_DELETE_POLICY_ANNOTATION] === undefined) {
      annotations[HOOK_DELETE_POLICY_ANNOTATION] = policies.join(',');
    }
  }
  if (annotations[HELM_HOOK_WEIGHT] !== undefined && annotations[SYNC_WAVE_ANNOTATION] === undefined) {
    annotations[SYNC_WAVE_ANNOTATION] = String(annotations[HELM_HOOK_WEIGHT]);
  }
  // The chart's objects sync in the wave its Helm Application had in the component's folder.
  if (wave !== undefined && annotations[SYNC_WAVE_ANNOTATION] === undefined && annotations[HOOK_ANNOTATION] === undefined) {
    annotations[SYNC_WAVE_ANNOTATION] = wave;
  }
  const kind = `${groupOf(obj.apiVersion)}/${obj.kind}`;
  const holdsData =
    obj.kind === 'PersistentVolumeClaim' ||
    DATA_KINDS.has(kind) ||
    obj.kind === 'CustomResourceDefinition' ||
    (obj.kind === 'StatefulSet' && Array.isArray((obj.spec as { volumeClaimTemplates?: unknown[] } | undefined)?.volumeClaimTemplates));
  if (holdsData) {
    const protection = dataProtection(obj.kind === 'CustomResourceDefinition' ? `every ${String((obj.spec as { names?: { kind?: string } }).names?.kind)} object (deleting the CRD deletes them)` : `${component}'s data in ${obj.kind} ${obj.metadata.name}`);
    // Options the chart set itself (e.g. ServerSideApply=true) stay; Prune and Delete are added.
    const options = (annotations[SYNC_OPTIONS_ANNOTATION] ?? '').split(',').map((o) => o.trim()).filter((o) => o && !/^(Prune|Delete)=/.test(o));
    Object.assign(annotations, protection, { [SYNC_OPTIONS_ANNOTATION]: [...options, 'Prune=false', 'Delete=false'].join(',') });
  }
  return { ...obj, metadata: { ...obj.metadata, annotations } };
}

/**
 * The environment with every chart's nested Application replaced by the chart's objects,
 * written to <component>/<release>/<kind>-<name>.yaml.
 */
export function deliverRendered(rendered: RenderedEnvironment, renders: readonly ComponentChartRender[]): RenderedEnvironment {
  const replaced = new Set(renders.map((r) => r.application));
  const files = new Map<string, string>();
  const byFile = new Map<string, Manifest>();
  const objects = new Map<string, Manifest[]>();
  for (const [file, obj] of rendered.byFile) {
    if (obj.kind === 'Application' && replaced.has(obj.metadata.name)) continue;
    byFile.set(file, obj);
    files.set(file, rendered.files.get(file)!);
  }
  for (const [folder, list] of rendered.objects) {
    objects.set(
      folder,
      list.filter((o) => !(o.kind === 'Application' && replaced.has(o.metadata.name))),
    );
  }
  for (const [name, content] of rendered.files) {
    if (!rendered.byFile.has(name)) files.set(name, content);
  }
  const waived = upstreamObjects(renders);
  for (const render of renders) {
    const list = waived.get(upstreamFolder(render)) ?? [];
    const chart = `${CHARTS[render.release.chart].chart}-${CHARTS[render.release.chart].version}`;
    const app = rendered.objects.get(render.component)?.find((o) => o.kind === 'Application' && o.metadata.name === render.application);
    const wave = (app?.metadata.annotations as Record<string, string> | undefined)?.[SYNC_WAVE_ANNOTATION];
    const plain = list.map((o) => asPlainManifest(o, render.component, chart, wave));
    const dir = `${render.component}/${render.release.releaseName}`;
    for (const obj of plain) {
      const clash = plain.some((o) => o !== obj && o.kind === obj.kind && o.metadata.name === obj.metadata.name);
      const file = `${dir}/${obj.kind.toLowerCase()}-${clash && obj.metadata.namespace ? `${obj.metadata.namespace}-` : ''}${obj.metadata.name}.yaml`;
      if (files.has(file)) {
        throw new Error(`${rendered.env}: two objects would be written to ${file}; the chart ${render.release.releaseName} renders ${obj.kind} ${obj.metadata.name} twice`);
      }
      files.set(file, toYaml(obj));
      byFile.set(file, obj);
    }
    objects.set(render.component, [...(objects.get(render.component) ?? []), ...plain]);
  }
  return { env: rendered.env, files, byFile, objects };
}
