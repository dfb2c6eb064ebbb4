/** The velero component: storage location, daily schedule, file-system backup, exceptions. */
import { App } from 'cdk8s';
import { VeleroChart, VeleroProps } from '../charts/velero/chart';
import type { PlatformCommon } from '../constructs/common';
import { parseConfig } from '../config/load';
import { ENVIRONMENTS } from '../config';
import { expectChartAccepts } from './helm-values';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { FakeObjectStore, fakeAuthority } from './ops-fakes';
import { field, findObject, manifests, testCommon } from './util';

const NAMESPACES = ['keycloak', 'airflow', 'nessie', 'trino'];

function build(common: PlatformCommon = testCommon('prod'), extra: Partial<VeleroProps> = {}) {
  const objectStore = new FakeObjectStore();
  const chart = new VeleroChart(new App({ outdir: 'unused' }), 'velero', { common, objectStore, namespaces: NAMESPACES, authority: fakeAuthority, ...extra });
  return { chart, objectStore };
}

const prod = build();
const objs = manifests(prod.chart);
const values = prod.chart.helm.values;

describe('velero (production)', () => {
  test('snapshot', () => {
    expect(objs).toMatchSnapshot();
  });

  test('daily at 02:00, kept 30 days, covering the namespaces of the components that hold data', () => {
    const schedule = findObject(objs, 'Schedule', 'daily');
    expect(schedule.apiVersion).toBe('velero.io/v1');
    expect(field(schedule, 'spec.schedule')).toBe('0 2 * * *');
    expect(field(schedule, 'spec.template.ttl')).toBe('720h');
    expect(field(schedule, 'spec.template.includedNamespaces')).toEqual(['airflow', 'keycloak', 'nessie', 'trino']);
    expect(field(schedule, 'spec.template.defaultVolumesToFsBackup')).toBe(true);
    expect(field(schedule, 'spec.template.storageLocation')).toBe('default');
  });

  test('backups go to their own bucket with their own key, separate from the data', () => {
    expect(prod.objectStore.buckets).toEqual(['velero']);
    expect(prod.objectStore.grants.map((g) => [g.consumer, g.namespace, g.grants.map((x) => `${x.bucket.name}:${x.access}`)])).toEqual([['velero', 'velero', ['velero:readwrite']]]);
    const bsl = findObject(objs, 'BackupStorageLocation', 'default');
    expect(field(bsl, 'spec')).toMatchObject({
      provider: 'aws',
      default: true,
      objectStorage: { bucket: 'velero', prefix: 'prod', caCertRef: { name: 'platform-ca-bundle', key: 'ca.crt' } },
      config: { region: 'us-east-1', s3Url: 'https://minio.minio.svc:443', s3ForcePathStyle: 'true' },
    });
    // The CA reference is the platform bundle's Secret copy, which the namespace's label brings.
    expect(findObject(objs, 'Namespace', 'velero').metadata.labels).toMatchObject({ 'lakeplane.io/platform-ca': 'true' });
    expect(values.configuration.extraEnvVars.map((e) => [e.name, e.valueFrom.secretKeyRef.name])).toEqual([
      ['AWS_ACCESS_KEY_ID', 'velero-s3'],
      ['AWS_SECRET_ACCESS_KEY', 'velero-s3'],
    ]);
    expect(values.credentials.useSecret).toBe(false);
    expect(values.backupsEnabled).toBe(false);
  });

  test('PostgreSQL volumes are skipped (CloudNativePG backs them up consistently)', () => {
    const policy = findObject(objs, 'ConfigMap', 'velero-volume-policy');
    expect(field(policy, 'data')['policy.yaml']).toContain('cnpg.io/pvcRole: PG_DATA');
    expect(field(findObject(objs, 'Schedule', 'daily'), 'spec.template.resourcePolicy')).toEqual({ kind: 'configmap', name: 'velero-volume-policy' });
  });

  test('the node agent is declared, with its exceptions reasoned', () => {
    expect(values.deployNodeAgent).toBe(true);
    const ns = findObject(objs, 'Namespace', 'velero');
    expect(field(ns, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(field(ns, 'metadata.annotations')['ignore-check.lakeplane.io/host-path']).toContain('/var/lib/kubelet/pods');
    expect(prod.chart.workloads.map((w) => [w.name, w.perNode ?? false])).toEqual([
      ['velero', false],
      ['velero-node-agent', true],
    ]);
  });

  test('server and node agent are scraped; the plugin image is pinned', () => {
    expect(objs.filter((o) => o.kind === 'PodMonitor').map((o) => o.metadata.name)).toEqual(['velero', 'velero-node-agent']);
    expect(values.initContainers[0].image).toBe('docker.io/velero/velero-plugin-for-aws:v1.14.0');
    expect(values.image).toEqual({ repository: 'docker.io/velero/velero', tag: 'v1.18.1' });
  });

  test('the chart accepts the values', () => {
    expectChartAccepts('velero', values);
  });

  test('rendered by helm: server and node agent get the S3 key once each (server-side apply refuses a duplicate env name)', async () => {
    const [render] = await renderReleases([helmReleaseOf(findObject(objs, 'Application', 'prod-helm-velero'))]);
    const envOf = (kind: string, name: string): string[] =>
      field(findObject(render.objects.map((r) => r.object), kind, name), 'spec.template.spec.containers.0.env').map((e: { name: string }) => e.name);
    for (const env of [envOf('Deployment', 'velero'), envOf('DaemonSet', 'node-agent')]) {
      expect(env.filter((n) => n.startsWith('AWS_')).sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
      expect(new Set(env).size).toBe(env.length);
    }
  });
});

describe('velero config', () => {
  test('knobs win (all props); without file-system backup the namespace stays restricted', () => {
    const all: Required<VeleroProps> = {
      common: testCommon('dev'),
      config: { schedule: '30 1 * * *', ttl: '336h', fileSystemBackup: false, extraNamespaces: ['argocd', 'keycloak'] },
      objectStore: new FakeObjectStore(),
      namespaces: ['keycloak'],
      authority: fakeAuthority,
    };
    const chart = new VeleroChart(new App({ outdir: 'unused' }), 'velero', all);
    const o = manifests(chart);
    expect(field(findObject(o, 'Schedule', 'daily'), 'spec')).toMatchObject({ schedule: '30 1 * * *', template: { ttl: '336h', includedNamespaces: ['argocd', 'keycloak'], defaultVolumesToFsBackup: false } });
    expect(field(findObject(o, 'Namespace', 'velero'), 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(chart.helm.values.deployNodeAgent).toBe(false);
    expect(chart.namespaces).toEqual(['argocd', 'keycloak']);
  });

  test('bad config is refused with the field, the value and the fix', () => {
    const bad = (velero: unknown) => () => parseConfig({ ...ENVIRONMENTS.prod, components: { velero } }, 'test');
    expect(bad({ ttl: '30 days' })).toThrow('components.velero.ttl: got "30 days"; must be a duration such as 15d, 12h or 720h');
    expect(bad({ schedule: 'daily' })).toThrow('components.velero.schedule: got "daily"; must be a Velero schedule: 5 fields (minute, hour, day of month, month, day of week), such as "0 2 * * *"; it has 1 field');
    expect(() => build(testCommon('prod'), { config: { ttl: '12h' } })).toThrow('velero.ttl must keep a daily backup at least a day (got 12h); use e.g. 720h for 30 days');
    expect(() => build(testCommon('prod'), { namespaces: [] })).toThrow('velero: no namespace to back up; enable the components that hold data or set velero.extraNamespaces');
  });
});
