/**
 * Nothing lost through GitOps: the data inventory each synth writes, the failure when a
 * data-holding component would stop being generated, the decommission acknowledgment and what
 * it says to delete by hand, removed environments, and which Applications cascade deletes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { k8s } from 'cdk8s-plus-28';
import { PlatformApplication, HelmApplication, RESOURCES_FINALIZER } from '../constructs/application';
import { PlatformChart } from '../constructs/platform-chart';
import { protectData } from '../argocd/sync';
import { ComponentSpec } from '../charts/registry';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import {
  DataInventory,
  DataLossError,
  INVENTORY_FILE,
  checkRemovedEnvironments,
  guardData,
  guardEnvironment,
  inventoryText,
  parseInventory,
} from '../policy/data-guard';
import { field, findObject, manifests, testChart, testCommon, testConfig } from './util';

const ROOT = path.join(__dirname, '..');

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

/** A fake component; with `holdsData` it keeps a protected PVC in its namespace. */
function fakeComponent(id: string, phase: 1 | 2 | 3, holdsData?: string): ComponentSpec {
  return {
    id,
    phase,
    layer: 'storage',
    description: id,
    holdsData,
    dependsOn: () => [],
    build: (ctx: { scope: never; common: never }) => {
      const chart = new PlatformChart(ctx.scope, { component: id, common: ctx.common, phase, namespace: id });
      new k8s.KubeNamespace(chart, 'ns', { metadata: { name: id } });
      if (holdsData) {
        const pvc = new k8s.KubePersistentVolumeClaim(chart, 'pvc', {
          metadata: { name: 'data', namespace: id },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: k8s.Quantity.fromString('1Gi') } } },
        });
        protectData(pvc, `the ${id} volume`);
      }
      return { charts: [chart], handle: {} };
    },
  } as unknown as ComponentSpec;
}

/** `store` (phase 1) holds data; `cache` (phase 2) holds none. */
const store = fakeComponent('store', 1, 'the stored objects');
const cache = fakeComponent('cache', 2);
const registry = [store, cache];

function guardFor(phase: 1 | 2 | 3, previous: DataInventory | undefined, components: Record<string, unknown> = {}) {
  const config = { ...testConfig('prod'), phase, components } as ReturnType<typeof testConfig>;
  const build = buildEnvironment(config, { registry });
  return guardEnvironment(build, renderEnvironment(build).objects, previous, registry);
}

describe('the data inventory', () => {
  const first = guardFor(1, undefined);

  test('lists the data-holding components, their namespaces and protected objects', () => {
    expect(first.inventory).toEqual({
      environment: 'prod',
      components: {
        store: {
          holdsData: 'the stored objects',
          namespaces: ['store'],
          objects: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: 'store', name: 'data', holds: 'the store volume' }],
        },
      },
      decommissioned: {},
    });
    expect(first.notices).toEqual([]);
  });

  test('is written deterministically and read back', () => {
    const text = inventoryText(first.inventory);
    expect(text).toBe(inventoryText(guardFor(1, undefined).inventory));
    expect(parseInventory(text, 'x')).toEqual(first.inventory);
    expect(errorOf(() => parseInventory('{', 'dist/prod/data-inventory.json'))).toMatch(/^dist\/prod\/data-inventory.json: not valid JSON/);
  });

  test('a component without data is not listed, and keeping everything passes', () => {
    expect(Object.keys(guardFor(2, first.inventory).inventory.components)).toEqual(['store']);
  });
});

describe('turning off a component that holds data', () => {
  const previous = guardFor(1, undefined).inventory;

  test('disabling it fails with what would be orphaned and how to acknowledge it', () => {
    expect(errorOf(() => guardFor(1, previous, { store: { enabled: false } }))).toBe(
      'prod: this synth would stop generating components that hold data, orphaning it:\n' +
        '  - store (components.store.enabled is false): the stored objects; PersistentVolumeClaim store/data\n' +
        'ArgoCD would leave the data in the cluster unmanaged. If that is intended, set components.<id>.decommission: true in config/environments/prod.ts; the synth then lists what to delete by hand.',
    );
    expect(() => guardFor(1, previous, { store: { enabled: false } })).toThrow(DataLossError);
  });

  test('lowering the phase below it fails too, saying so', () => {
    const later = fakeComponent('later', 3, 'the stored objects');
    const config = { ...testConfig('prod'), phase: 3 } as ReturnType<typeof testConfig>;
    const build3 = buildEnvironment(config, { registry: [later] });
    const before = guardEnvironment(build3, renderEnvironment(build3).objects, undefined, [later]).inventory;
    const build1 = buildEnvironment({ ...config, phase: 1 }, { registry: [later] });
    expect(errorOf(() => guardEnvironment(build1, renderEnvironment(build1).objects, before, [later]))).toContain('  - later (phase 1 is below its phase 3): the stored objects');
  });

  test('a component no longer registered is reported as such', () => {
    const gone: DataInventory = { ...previous, components: { ...previous.components, archive: { holdsData: 'old archives', namespaces: ['archive'], objects: [] } } };
    expect(errorOf(() => guardFor(1, gone))).toContain('  - archive (no longer registered): old archives; volumes in namespace archive');
  });

  test('with decommission: true it passes, says what to delete by hand, and records it', () => {
    const result = guardFor(1, previous, { store: { enabled: false, decommission: true } });
    expect(result.notices).toEqual([
      'prod: store is decommissioned; ArgoCD deletes none of its data (the stored objects). Once it is no longer needed, delete by hand:\n' +
        '  kubectl delete persistentvolumeclaim -n store data   # the store volume\n' +
        '  kubectl delete pvc -n store --all   # volumes its charts created\n' +
        '  kubectl delete namespace store',
    ]);
    expect(Object.keys(result.inventory.decommissioned)).toEqual(['store']);
    expect(result.inventory.components).toEqual({});
    // Later synths keep saying so while the flag stays; once it is removed, the entry goes.
    expect(guardFor(1, result.inventory, { store: { enabled: false, decommission: true } }).notices).toHaveLength(1);
    const after = guardFor(1, result.inventory, { store: { enabled: false } });
    expect(after.inventory.decommissioned).toEqual({});
    expect(after.notices).toEqual([]);
  });

  test('decommission: true on a component still generated is a warning, not an acknowledgment', () => {
    const result = guardFor(1, previous, { store: { decommission: true } });
    expect(result.warnings).toEqual(['prod: components.store.decommission is true but store is still generated; the flag only matters when it is turned off (remove it)']);
    expect(Object.keys(result.inventory.components)).toEqual(['store']);
  });

  test('re-enabling a decommissioned component makes it live again', () => {
    const off = guardFor(1, previous, { store: { enabled: false, decommission: true } }).inventory;
    const on = guardFor(1, off);
    expect(Object.keys(on.inventory.components)).toEqual(['store']);
    expect(on.inventory.decommissioned).toEqual({});
  });

  test('guardData keeps live components out of the decommissioned list', () => {
    const result = guardData({
      env: 'dev', current: [], previous: { environment: 'dev', components: {}, decommissioned: {} },
      decommission: new Set(['store']), configFile: 'x', offReason: () => 'off',
    });
    expect(result).toEqual({ inventory: { environment: 'dev', components: {}, decommissioned: {} }, notices: [], warnings: [] });
  });
});

describe('removing an environment', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-guard-'));
  const inventory = guardFor(1, undefined).inventory;
  fs.mkdirSync(path.join(out, 'staging'));
  fs.writeFileSync(path.join(out, 'staging', INVENTORY_FILE), inventoryText({ ...inventory, environment: 'staging' }));
  fs.mkdirSync(path.join(out, 'prod'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('fails while its output holds data and the removal is not acknowledged', () => {
    expect(errorOf(() => checkRemovedEnvironments(out, ['prod'], {}))).toBe(
      `staging: ${path.join(out, 'staging')}/ holds data-holding components but config/environments/staging.ts is gone:\n` +
        '  - store: the stored objects; PersistentVolumeClaim store/data\n' +
        'Restore the environment, or acknowledge its removal in config/decommissioned.ts (staging: "<reason>"); the synth then lists what to delete by hand.',
    );
  });

  test('acknowledged in config/decommissioned.ts, it says what to delete by hand', () => {
    const notices = checkRemovedEnvironments(out, ['prod'], { staging: 'merged into prod' });
    expect(notices[0]).toBe(`staging: environment removed (merged into prod). Delete ${path.join(out, 'staging')}/ once the cluster is retired; its data is not deleted by ArgoCD:`);
    expect(notices[1]).toContain('kubectl delete persistentvolumeclaim -n store data');
  });

  test('known environments and folders without an inventory are left alone', () => {
    expect(checkRemovedEnvironments(out, ['prod', 'staging'], {})).toEqual([]);
  });
});

describe('the synth command refuses to orphan data', () => {
  test('an inventory listing a component this synth does not generate fails the run and leaves dist/ as it was', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-guard-'));
    const inventory: DataInventory = { environment: 'dev', components: { warehouse: { holdsData: 'every table', namespaces: ['warehouse'], objects: [] } }, decommissioned: {} };
    fs.mkdirSync(path.join(out, 'dev'));
    fs.writeFileSync(path.join(out, 'dev', INVENTORY_FILE), inventoryText(inventory));
    const run = spawnSync('node', [path.join(ROOT, 'scripts', 'launch.mjs'), 'main.ts'], { cwd: ROOT, env: { ...process.env, CDK8S_OUTDIR: out, LAKEPLANE_ENV: 'dev' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lakeplane: data would be orphaned: dev: this synth would stop generating components that hold data, orphaning it:\n  - warehouse (no longer registered): every table; volumes in namespace warehouse');
    expect(fs.readdirSync(path.join(out, 'dev'))).toEqual([INVENTORY_FILE]);
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('which ArgoCD Applications delete their resources', () => {
  test('a Helm chart that holds data has no resources finalizer; one that holds none has it', () => {
    const chart = testChart(testCommon('prod'));
    new HelmApplication(chart, 'with-data', { chart: 'velero', releaseName: 'keeps', namespace: 'test', values: {}, holdsData: true });
    new HelmApplication(chart, 'without-data', { chart: 'traefik', releaseName: 'drops', namespace: 'test', values: {}, holdsData: false });
    const objects = manifests(chart);
    expect(findObject(objects, 'Application', 'prod-helm-keeps').metadata.finalizers).toBeUndefined();
    expect(findObject(objects, 'Application', 'prod-helm-drops').metadata.finalizers).toEqual([RESOURCES_FINALIZER]);
  });

  test('a plain Application cascades only when asked to', () => {
    const chart = testChart(testCommon('prod'));
    const source = { repoURL: 'https://git.example.com/x.git', path: 'x', targetRevision: 'main' };
    new PlatformApplication(chart, 'a', { name: 'keeps', common: chart.common, source, destinationNamespace: 'test' });
    new PlatformApplication(chart, 'b', { name: 'drops', common: chart.common, source, destinationNamespace: 'test', cascadeDelete: true });
    expect(findObject(manifests(chart), 'Application', 'keeps').metadata.finalizers).toBeUndefined();
    expect(findObject(manifests(chart), 'Application', 'drops').metadata.finalizers).toEqual([RESOURCES_FINALIZER]);
  });

  test('in applications mode, component Applications cascade only for components without data; the root never does', () => {
    const config = loadEnvironment('prod');
    const build = buildEnvironment({ ...config, gitops: { ...config.gitops, mode: 'applications' } });
    const argocd = renderEnvironment(build).objects.get('gitops')!;
    expect(findObject(argocd, 'Application', 'prod-root').metadata.finalizers).toBeUndefined();
    for (const spec of build.components) {
      const app = findObject(argocd, 'Application', `prod-${spec.id}`);
      expect([spec.id, app.metadata.finalizers]).toEqual([spec.id, spec.holdsData === undefined ? [RESOURCES_FINALIZER] : undefined]);
    }
  });

  test('the ApplicationSet preserves resources when a component folder goes away', () => {
    const argocd = renderEnvironment(buildEnvironment(loadEnvironment('prod'))).objects.get('gitops')!;
    expect(field(findObject(argocd, 'ApplicationSet'), 'spec.syncPolicy.preserveResourcesOnDeletion')).toBe(true);
  });
});
