/** The logging component: Loki in the object store, Alloy on every node, Grafana data source. */
import { App } from 'cdk8s';
import { LOG_AGENT_NAMESPACE, LoggingChart, LoggingProps, alloyConfig } from '../charts/logging/chart';
import { MonitoringChart } from '../charts/monitoring/chart';
import type { PlatformCommon } from '../constructs/common';
import { parseConfig } from '../config/load';
import { ENVIRONMENTS } from '../config';
import * as fs from 'fs';
import * as path from 'path';
import { HELM_VALUES_DIR, expectChartAccepts, helmValuesProblems } from './helm-values';
import { UPSTREAM_VALUES, testNeeding } from './support/requirements';

const FREE_FORM = ['storage', 'limits_config'];
import { FakeIdentity, FakeObjectStore, fakeAuthority, fakeIngress, fakePostgres } from './ops-fakes';
import { field, findObject, manifests, testCommon } from './util';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { egressToAddress } from './support/network';
import { ContainerLike, podsOf } from './support/pods';

function build(common: PlatformCommon = testCommon('prod'), extra: Partial<LoggingProps> = {}) {
  const app = new App({ outdir: 'unused' });
  const monitoring = new MonitoringChart(app, 'monitoring', { common, postgres: fakePostgres, identity: new FakeIdentity(), ingress: fakeIngress, authority: fakeAuthority });
  const objectStore = new FakeObjectStore();
  const chart = new LoggingChart(app, 'logging', { common, objectStore, monitoring, authority: fakeAuthority, ...extra });
  return { chart, monitoring, objectStore };
}

const prod = build();
const objs = manifests(prod.chart);
const loki = prod.chart.loki.values;
const alloy = prod.chart.alloy.values;

describe('logging (production)', () => {
  test('snapshot', () => {
    expect(objs).toMatchSnapshot();
  });

  test('Loki: monolithic, 1 replica, 2 CPU / 4 GiB', () => {
    expect(loki.deploymentMode).toBe('Monolithic');
    expect(loki.singleBinary.replicas).toBe(1);
    expect(loki.singleBinary.resources).toEqual({ requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '4Gi' } });
    expect([loki.write.replicas, loki.read.replicas, loki.backend.replicas]).toEqual([0, 0, 0]);
  });

  test('chunks in the object store: its own bucket and its own key, never in the values', () => {
    expect(prod.objectStore.buckets).toEqual(['logs']);
    expect(prod.objectStore.grants).toEqual([{ consumer: 'loki', namespace: 'logging', grants: [{ bucket: expect.objectContaining({ name: 'logs' }), access: 'readwrite' }] }]);
    expect(loki.loki.storage.bucketNames.chunks).toBe('logs');
    expect(loki.loki.storage.s3).toMatchObject({ endpoint: 'https://minio.minio.svc:443', accessKeyId: '${LOKI_S3_ACCESS_KEY}', secretAccessKey: '${LOKI_S3_SECRET_KEY}', s3ForcePathStyle: true });
    expect(loki.loki.storage.s3.http_config).toEqual({ ca_file: '/etc/platform-ca/ca.crt' });
    // The object store's CA: the platform bundle's ConfigMap, brought by the namespace's label.
    expect(loki.singleBinary.extraVolumes).toEqual([{ name: 'platform-ca', configMap: { name: 'platform-ca-bundle' } }]);
    expect(loki.singleBinary.extraVolumeMounts).toEqual([{ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true }]);
    expect(findObject(objs, 'Namespace', 'logging').metadata.labels).toMatchObject({ 'lakeplane.io/platform-ca': 'true' });
    expect(loki.singleBinary.extraEnv.map((e) => e.valueFrom.secretKeyRef)).toEqual([
      { name: 'loki-s3', key: 'accessKey' },
      { name: 'loki-s3', key: 'secretKey' },
    ]);
    expect(loki.loki.limits_config.retention_period).toBe('744h');
    expect(loki.loki.compactor.retention_enabled).toBe(true);
  });

  test('rendered by helm: Loki expands its env; the rules sidecar, and only it, may reach the API server', async () => {
    const [render] = await renderReleases([helmReleaseOf(findObject(objs, 'Application', 'prod-helm-loki'))]);
    const pods = podsOf(render.objects.map((r) => r.object));
    const loki = pods.find((p) => p.source === 'StatefulSet logging/loki')!;
    const lokiArgs = loki.pod.spec.containers!.find((c) => c.name === 'loki')!.args as string[];
    expect(lokiArgs).toContain('-config.expand-env=true');
    // k8s-sidecar watches ConfigMaps and Secrets; without the API server it never becomes ready.
    const watches = (c: ContainerLike): boolean => String(c.image).includes('/kiwigrid/k8s-sidecar:');
    const needApi = pods.filter((p) => p.pod.spec.containers!.some(watches));
    expect(needApi.map((p) => p.source)).toEqual(['StatefulSet logging/loki']);
    const labels = (p: (typeof pods)[number]) => p.pod.metadata.labels as Record<string, string>;
    for (const port of [443, 6443]) {
      expect(egressToAddress(objs, 'logging', labels(loki), port)).toEqual(['allow-to-kube-api']);
    }
    for (const other of pods.filter((p) => !needApi.includes(p))) {
      expect(egressToAddress(objs, 'logging', labels(other), 443)).toEqual([]);
    }
    // An unlabelled pod of the namespace gets no such egress either.
    expect(egressToAddress(objs, 'logging', {}, 443)).toEqual([]);
    expect(loki.pod.spec.containers!.find(watches)!.image).toBe('docker.io/kiwigrid/k8s-sidecar:2.10.1');
  });

  test('Alloy: a DaemonSet reading /var/log read-only, shipping to Loki', () => {
    expect(alloy.controller.type).toBe('daemonset');
    expect(alloy.alloy.mounts.varlog).toBe(true);
    expect(alloy.alloy.configMap.content).toContain('url = "http://loki.logging.svc:3100/loki/api/v1/push"');
    expect(alloy.alloy.configMap.content).toContain('/var/log/pods/*$1/*.log');
    expect(alloy.alloy.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
  });

  test('the agent\'s host access is an explicit, reasoned exception in its own namespace', () => {
    const agentNs = findObject(objs, 'Namespace', LOG_AGENT_NAMESPACE);
    expect(field(agentNs, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(field(agentNs, 'metadata.annotations')['lakeplane.io/pod-security-reason']).toContain('read-only hostPath /var/log');
    expect(field(agentNs, 'metadata.annotations')['ignore-check.lakeplane.io/host-path']).toContain('read-only');
    expect(field(findObject(objs, 'Namespace', 'logging'), 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const app = findObject(objs, 'Application', 'prod-helm-alloy');
    expect(field(app, 'metadata.annotations')['ignore-check.lakeplane.io/host-path']).toContain('read-only');
  });

  test('Grafana gets Loki as a data source and may reach it', () => {
    const mon = manifests(prod.monitoring);
    const ds = findObject(mon, 'ConfigMap', 'grafana-datasource-loki');
    expect(JSON.parse(field(ds, 'data')['loki.yaml']).datasources[0]).toMatchObject({ name: 'Loki', type: 'loki', url: 'http://loki.logging.svc:3100' });
    expect(findObject(objs, 'NetworkPolicy', 'allow-from-grafana')).toBeDefined();
    expect(prod.chart.lokiUrl).toBe('http://loki.logging.svc:3100');
  });

  test('Loki and Alloy are scraped', () => {
    const monitors = objs.filter((o) => o.kind === 'PodMonitor').map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(monitors.sort()).toEqual(['logging-agent/alloy', 'logging/loki']);
  });

  testNeeding(UPSTREAM_VALUES)('the charts accept the values', () => {
    // loki.storage and loki.limits_config are free-form maps in the chart's schema
    // (additionalProperties: true); the defaults file only lists some of their keys.
    const schema = JSON.parse(fs.readFileSync(path.join(HELM_VALUES_DIR, 'loki.values.schema.json'), 'utf8'));
    for (const key of FREE_FORM) {
      expect(schema.properties.loki.properties[key].additionalProperties).toBe(true);
    }
    const problems = helmValuesProblems('loki', loki).filter((p) => !FREE_FORM.some((key) => p.startsWith(`loki.${key}.`)));
    expect(problems).toEqual([]);
    expectChartAccepts('alloy', alloy);
  });

  test('footprint', () => {
    expect(prod.chart.workloads.map((w) => [w.name, w.perNode ?? false])).toEqual([
      ['loki', false],
      ['alloy', true],
    ]);
    expect(prod.chart.volumes).toEqual([{ name: 'loki', count: 1, sizeGiB: 20, storageClass: 'longhorn' }]);
  });
});

describe('logging config', () => {
  test('small profile and knobs (all props)', () => {
    const common = testCommon('dev');
    const app = new App({ outdir: 'unused' });
    const monitoring = new MonitoringChart(app, 'monitoring', { common, postgres: fakePostgres, identity: new FakeIdentity(), ingress: fakeIngress, authority: fakeAuthority });
    const all: Required<LoggingProps> = {
      common,
      config: { loki: { size: { cpu: 1, memoryGiB: 2 }, retention: '14d', storageGiB: 8 }, alloy: { size: { cpu: 0.3, memoryGiB: 0.5 } } },
      objectStore: new FakeObjectStore(),
      monitoring,
      authority: fakeAuthority,
    };
    const chart = new LoggingChart(app, 'logging', all);
    expect(chart.loki.values.loki.limits_config.retention_period).toBe('14d');
    expect(chart.loki.values.singleBinary.persistence.size).toBe('8Gi');
    expect(chart.alloy.values.alloy.resources.requests).toEqual({ cpu: '300m', memory: '512Mi' });
    expect(build(testCommon('dev')).chart.loki.values.singleBinary.resources.requests).toEqual({ cpu: '500m', memory: '1Gi' });
  });

  test('bad retention is refused', () => {
    expect(() => parseConfig({ ...ENVIRONMENTS.prod, components: { logging: { loki: { retention: 'a month' } } } }, 'test')).toThrow(
      'components.logging.loki.retention: got "a month"; must be a duration such as 15d, 12h or 720h',
    );
    expect(() => build(testCommon('prod'), { config: { loki: { retention: '12h' } } })).toThrow("logging.loki.retention must be at least 24h, Loki's index period (got 12h)");
  });

  test('the Alloy pipeline pushes where it is told', () => {
    expect(alloyConfig('http://x:3100/loki/api/v1/push')).toMatch(/loki\.write "default" \{\n  endpoint \{\n    url = "http:\/\/x:3100\/loki\/api\/v1\/push"/);
  });
});
