/**
 * The whole-platform gate: every environment at every phase synthesizes with zero schema
 * errors and zero unwaived policy violations, every object is validated, and every waiver
 * carries its reason. A deliberately broken object makes synth itself refuse.
 */
import { ENVIRONMENTS } from '../config';
import { PHASES } from '../config/schema';
import { parseConfig } from '../config/load';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment, loadSealedValues, synthConfig } from '../lib/synth';
import { PolicyError, formatGateFailure, gatePassed, runGate } from '../policy/gate';
import { gateOf } from '../scripts/policy';
import { selectComponents } from '../lib/build';
import { INVENTORY_FILE } from '../policy/data-guard';
import { ComponentSpec, COMPONENTS } from '../charts/registry';
import { ApiObject } from 'cdk8s';
import { PlatformChart } from '../constructs/platform-chart';

const envNames = Object.keys(ENVIRONMENTS);

/**
 * The gate of an environment at a phase. A phase that enables no component beyond a lower
 * one builds the same objects (the phase only selects components): it shares that gate run.
 */
const gates = new Map<string, ReturnType<typeof gateOf>>();
function gateAt(env: string, phase: 1 | 2 | 3): ReturnType<typeof gateOf> {
  const key = JSON.stringify([env, selectComponents(loadEnvironment(env, phase)).map((c) => c.id)]);
  if (!gates.has(key)) gates.set(key, gateOf(env, phase));
  return gates.get(key)!;
}

describe.each(envNames)('environment %s', (env) => {
  test.each(PHASES.map((p) => [p]))('phase %i: every object valid, every policy met or waived with a reason', (phase) => {
    // The gate exactly as synth runs it, on the same build and render (capacity and sealed
    // secrets are checked by their own tests).
    const gate = gateAt(env, phase as 1 | 2 | 3);
    expect(gatePassed(gate) ? '' : formatGateFailure([gate])).toBe('');
    expect(gate.objectCount).toBeGreaterThan(0);
    for (const waiver of gate.waivers) {
      expect(waiver.reason.trim()).not.toBe('');
    }
  });
});

describe('with a registry mirror configured', () => {
  test.each(envNames.map((e) => [e]))('%s: every image, including those in Helm values, comes through the mirror', (env) => {
    const config = parseConfig({ ...ENVIRONMENTS[env], registry: { imageMirror: 'mirror.example.com/lakeplane' } }, `${env} with a mirror`);
    const rendered = renderEnvironment(buildEnvironment(config, { sealed: loadSealedValues(env) }));
    const gate = runGate({ env, objects: rendered.objects, imageMirror: config.registry.imageMirror, argocdNamespace: config.gitops.argocdNamespace });
    expect(gatePassed(gate) ? '' : formatGateFailure([gate])).toBe('');
  });
});

describe('in applications mode', () => {
  test.each(envNames.map((e) => [e]))('%s: the per-component Applications pass the gate too', (env) => {
    const base = loadEnvironment(env);
    const config = { ...base, gitops: { ...base.gitops, mode: 'applications' as const } };
    const rendered = renderEnvironment(buildEnvironment(config, { sealed: loadSealedValues(env) }));
    const gate = runGate({ env, objects: rendered.objects, imageMirror: config.registry.imageMirror, argocdNamespace: config.gitops.argocdNamespace });
    expect(gatePassed(gate) ? '' : formatGateFailure([gate])).toBe('');
    expect(rendered.objects.get('gitops')!.filter((o) => o.kind === 'Application').length).toBeGreaterThan(1);
  });
});

describe('synth runs the gate', () => {
  test('the dev synth carries the gate result and writes the data inventory', () => {
    const config = loadEnvironment('dev');
    expect(config.gitops.charts).toBe('rendered');
    const result = synthConfig(config);
    // lakeplane's objects and every object the upstream charts render: in the rendered mode
    // (the default) the charts' objects are in the component folders, so each counts once.
    const written = [...result.rendered.objects.values()].reduce((n, list) => n + list.length, 0);
    const fromCharts = [...result.rendered.objects.values()].flat().filter((o) => (o.metadata.annotations as Record<string, string> | undefined)?.['lakeplane.io/from-chart']).length;
    expect(fromCharts).toBe(result.charts.reduce((n, r) => n + r.objects.length, 0));
    expect(result.gate.objectCount).toBe(written);
    const helm = synthConfig({ ...config, gitops: { ...config.gitops, charts: 'helm' } });
    expect(helm.gate.objectCount).toBe([...helm.rendered.objects.values()].reduce((n, list) => n + list.length, 0) + fromCharts);
    expect(gatePassed(result.gate)).toBe(true);
    expect(result.rendered.files.has(INVENTORY_FILE)).toBe(true);
  });
});

describe('synth refuses a broken object', () => {
  test('a Deployment with an unknown field, a privileged container and a latest image fails with the table', () => {
    const broken = {
      id: 'broken',
      phase: 1,
      layer: 'query',
      description: 'a broken component',
      dependsOn: () => [],
      build: (ctx: { scope: never; common: never }) => {
        const chart = new PlatformChart(ctx.scope, { component: 'broken', common: ctx.common, phase: 1, namespace: 'broken' });
        new ApiObject(chart, 'deployment', {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'broken', namespace: 'broken' },
          spec: {
            replica: 2,
            selector: { matchLabels: { app: 'broken' } },
            template: {
              metadata: { labels: { app: 'broken' } },
              spec: { containers: [{ name: 'c', image: 'docker.io/library/busybox:latest', securityContext: { privileged: true } }] },
            },
          },
        });
        return { charts: [chart], handle: {} };
      },
    } as unknown as ComponentSpec;
    let message = '';
    try {
      synthConfig(loadEnvironment('dev', 1), undefined, { registry: [...COMPONENTS, broken] });
    } catch (err) {
      expect(err).toBeInstanceOf(PolicyError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/\ndev\s+broken: Deployment broken\/broken\s+schema\s+\/spec\/replica: unknown field "replica"\s+remove or correct the field/);
    expect(message).toContain('container "c" is privileged');
    expect(message).toContain('image docker.io/library/busybox:latest uses the moving tag "latest"');
    expect(message).toContain('container "c" has no CPU request, memory request, memory limit');
  });
});
