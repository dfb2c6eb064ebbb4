/** cloudnative-pg: the operator chart, its namespace, scraping and network allows. */
import { App } from 'cdk8s';
import { CloudnativePgChart, CloudnativePgChartProps, cloudnativePgComponent } from '../charts/phase1/cloudnative-pg';
import { expectChartAccepts } from './helm-values';
import { field, findObject, manifests, testCommon, testConfig } from './util';

function build(env: 'dev' | 'prod', config: CloudnativePgChartProps['config'] = {}): CloudnativePgChart {
  return new CloudnativePgChart(new App({ outdir: 'unused' }), { common: testCommon(env), config });
}

describe('cloudnative-pg in production', () => {
  const chart = build('prod');
  const objects = manifests(chart);
  const app = findObject(objects, 'Application', 'prod-helm-cloudnative-pg');
  const values = field(app, 'spec.source.helm.valuesObject');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('the pinned operator chart, CRDs from the chart, watching every namespace', () => {
    expect(field(app, 'spec.source.chart')).toBe('cloudnative-pg');
    expect(field(app, 'spec.source.targetRevision')).toBe('0.29.0');
    expect(field(app, 'spec.source.helm.skipCrds')).toBeUndefined();
    expect(values.crds).toEqual({ create: true });
    expect(values.config).toEqual({ clusterWide: true });
  });

  test('deleting the Application never cascades: the CRDs own every database cluster', () => {
    expect(app.metadata.finalizers).toBeUndefined();
    expect(cloudnativePgComponent.holdsData).toMatch(/every PostgreSQL cluster/);
  });

  test('two operator pods spread over nodes, with their requests', () => {
    expect(values.replicaCount).toBe(2);
    expect(values.topologySpreadConstraints[0].topologyKey).toBe('kubernetes.io/hostname');
    expect(values.resources).toEqual({ requests: { cpu: '100m', memory: '512Mi' }, limits: { memory: '512Mi' } });
    expect(chart.workloads).toEqual([{ name: 'cloudnative-pg-operator', replicas: 2, size: { cpu: 0.1, memoryGiB: 0.5 } }]);
  });

  test('restricted security context on the operator', () => {
    expect(values.podSecurityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.containerSecurityContext).toMatchObject({ runAsUser: 10001, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    const ns = findObject(objects, 'Namespace', 'cloudnative-pg');
    expect(field(ns, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('the operator metrics are scraped by our PodMonitor, not the chart\'s', () => {
    expect(values.monitoring).toEqual({ podMonitorEnabled: false });
    const monitor = findObject(objects, 'PodMonitor', 'cloudnative-pg');
    expect(field(monitor, 'spec.selector.matchLabels')).toEqual(chart.handle.podLabels);
    expect(field(monitor, 'spec.podMetricsEndpoints.0.port')).toBe('metrics');
  });

  test('network: webhook in from the API server, API server and instance status ports out', () => {
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-from-kube-api-webhook'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 9443 }]);
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-kube-api'), 'spec.egress.0.ports')).toEqual([
      { protocol: 'TCP', port: 443 },
      { protocol: 'TCP', port: 6443 },
    ]);
    const instances = findObject(objects, 'NetworkPolicy', 'allow-to-postgres-instances');
    expect(field(instances, 'spec.egress.0.to.0')).toEqual({ namespaceSelector: {}, podSelector: { matchLabels: { 'cnpg.io/podRole': 'instance' } } });
    expect(field(instances, 'spec.egress.0.ports')).toEqual([{ protocol: 'TCP', port: 8000 }]);
  });

  test('the handle names the namespace and the operator pods', () => {
    expect(chart.handle).toEqual({
      namespace: 'cloudnative-pg',
      podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/component': 'cloudnative-pg' },
    });
    // The chart's own labels plus ours give the handle's labels.
    expect(values.podLabels).toEqual({ 'app.kubernetes.io/component': 'cloudnative-pg' });
  });

  test('the upstream chart accepts the values', () => {
    expectChartAccepts('cloudnative-pg', values);
  });
});

describe('cloudnative-pg in small', () => {
  const chart = build('dev');
  const values = field(findObject(manifests(chart), 'Application', 'dev-helm-cloudnative-pg'), 'spec.source.helm.valuesObject');

  test('one small operator pod', () => {
    expect(values.replicaCount).toBe(1);
    expect(values.topologySpreadConstraints).toEqual([]);
    expect(values.resources.requests).toEqual({ cpu: '50m', memory: '256Mi' });
    expectChartAccepts('cloudnative-pg', values);
  });

  test('knobs set in config win', () => {
    const tuned = build('dev', { replicas: 3, cpu: 0.2, memoryGiB: 1 });
    expect(tuned.replicas).toBe(3);
    expect(tuned.size).toEqual({ cpu: 0.2, memoryGiB: 1 });
  });
});

describe('cloudnative-pg config slice', () => {
  test('a bad slice is refused with the field named', () => {
    expect(() => testConfig('prod', { components: { 'cloudnative-pg': { memoryGiB: 0 } } })).toThrow('components.cloudnative-pg.memoryGiB: got 0; must be > 0');
  });
});

describe('cloudnative-pg rejects bad config', () => {
  test.each([
    [{ replicas: 0 }, 'cloudnative-pg.replicas must be an integer >= 1 (got 0)'],
    [{ cpu: 0 }, 'cloudnative-pg.cpu must be > 0 (got 0)'],
  ])('%j', (config, message) => {
    expect(() => build('prod', config)).toThrow(message);
  });
});
