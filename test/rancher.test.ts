/** rancher: the Rancher chart behind Traefik with a cert-manager certificate, its waiver, its bootstrap secret. */
import { App } from 'cdk8s';
import { CLUSTER_RESOURCE_WHITELIST } from '../argocd/platform-gitops';
import { RancherChart, RancherChartProps, rancherComponent } from '../charts/rancher/chart';
import { selectComponents } from '../lib/build';
import { expectChartAccepts } from './helm-values';
import { authorityFake, ingressFake } from './identity-fakes';
import { field, findAll, findObject, manifests, testCommon, testConfig } from './util';

function build(env: 'dev' | 'prod', config: RancherChartProps['config'] = {}): RancherChart {
  return new RancherChart(new App({ outdir: 'unused' }), { common: testCommon(env), config, ingress: ingressFake, authority: authorityFake });
}

describe('rancher in production', () => {
  const chart = build('prod');
  const objects = manifests(chart);
  const app = findObject(objects, 'Application', 'prod-helm-rancher');
  const values = field(app, 'spec.source.helm.valuesObject');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('on by default in production, off in small', () => {
    expect(rancherComponent.enabledByDefault!(testConfig('prod'))).toBe(true);
    expect(rancherComponent.enabledByDefault!(testConfig('dev'))).toBe(false);
    expect(rancherComponent.dependsOn(testConfig('prod'))).toEqual(['traefik', 'cert-manager']);
  });

  test('one instance (the document\'s single instance) with its resources, pinned chart', () => {
    expect(values.replicas).toBe(1);
    expect(values.resources).toEqual({ requests: { cpu: '1', memory: '4Gi' }, limits: { memory: '4Gi' } });
    expect(field(app, 'spec.source.targetRevision')).toBe('2.15.0');
    expect(chart.workloads).toEqual([{ name: 'rancher', replicas: 1, size: { cpu: 1, memoryGiB: 4 } }]);
  });

  test('TLS at rancher.<domain>: Traefik ends it with a cert-manager certificate, Rancher serves HTTP behind it', () => {
    expect(values.tls).toBe('external');
    expect(values.ingress.enabled).toBe(false);
    const ingress = findObject(objects, 'Ingress', 'rancher');
    expect(field(ingress, 'spec.tls')).toEqual([{ hosts: ['rancher.data.example.com'], secretName: 'rancher-tls' }]);
    expect(field(ingress, 'spec.rules.0.http.paths.0.backend.service')).toEqual({ name: 'rancher', port: { number: 80 } });
    expect(field(findObject(objects, 'Certificate', 'rancher-tls'), 'spec.issuerRef')).toEqual({ kind: 'ClusterIssuer', name: 'lakeplane-ca', group: 'cert-manager.io' });
    expect(chart.handle.url).toBe('https://rancher.data.example.com');
  });

  test('the bootstrap password comes from the secrets backend, not from the values', () => {
    expect(values.bootstrapPassword).toBe('');
    const sealed = findObject(objects, 'SealedSecret', 'bootstrap-secret');
    expect(sealed.metadata.namespace).toBe('cattle-system');
    expect(chart.common.secretCatalog.find('cattle-system', 'bootstrap-secret')?.keys).toEqual({ bootstrapPassword: { generate: { length: 32 } } });
    expect(findAll(objects, 'Secret')).toEqual([]);
  });

  test('cattle-system is privileged, with the reason on it, and default-deny with explicit allows', () => {
    const ns = findObject(objects, 'Namespace', 'cattle-system');
    expect(field(ns, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(field(ns, 'metadata.annotations')['lakeplane.io/pod-security-reason']).toMatch(/^Rancher manages the cluster it runs in/);
    expect(findObject(objects, 'NetworkPolicy', 'default-deny')).toBeDefined();
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-ingress-controller-rancher'), 'spec.podSelector.matchLabels')).toEqual({ app: 'rancher' });
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-from-kube-api-webhook'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 9443 }]);
    expect(findObject(objects, 'NetworkPolicy', 'allow-to-kube-api')).toBeDefined();
  });

  test('the environment\'s AppProject lets the chart install its PriorityClass', () => {
    expect(CLUSTER_RESOURCE_WHITELIST).toContainEqual({ group: 'scheduling.k8s.io', kind: 'PriorityClass' });
  });

  test('removing Rancher never deletes what it manages', () => {
    expect(values.postDelete).toEqual({ enabled: false });
    expect(findObject(objects, 'Application', 'prod-helm-rancher').metadata.finalizers).toBeUndefined();
  });

  test('the upstream chart accepts the values', () => {
    expectChartAccepts('rancher', values);
  });
});

describe('rancher in small', () => {
  const chart = build('dev');
  const values = field(findObject(manifests(chart), 'Application', 'dev-helm-rancher'), 'spec.source.helm.valuesObject');

  test('smaller requests, one pod', () => {
    expect(values.replicas).toBe(1);
    expect(values.resources.requests).toEqual({ cpu: '500m', memory: '2Gi' });
    expectChartAccepts('rancher', values);
  });

  test('an image mirror also serves the images Rancher deploys itself', () => {
    const mirrored = new RancherChart(new App({ outdir: 'unused' }), {
      common: testCommon('dev', { registry: { imageMirror: 'registry.local:5000' } }),
      ingress: ingressFake,
      authority: authorityFake,
    });
    expect(mirrored.values.image).toEqual({ repository: 'registry.local:5000/docker.io/rancher/rancher' });
    expect(mirrored.values.systemDefaultRegistry).toBe('registry.local:5000/docker.io');
  });
});

describe('rancher in config', () => {
  test('`enabled` turns it on in small and off in production', () => {
    const ids = (config: ReturnType<typeof testConfig>) => selectComponents(config, [rancherComponent]).map((c) => c.id);
    expect(ids(testConfig('dev', { components: { rancher: { enabled: true } } }))).toContain('rancher');
    expect(ids(testConfig('prod', { components: { rancher: { enabled: false } } }))).not.toContain('rancher');
    expect(ids(testConfig('prod'))).toContain('rancher');
  });

  test('a bad slice is refused with the field named', () => {
    expect(() => testConfig('prod', { components: { rancher: { replicas: 0 } } })).toThrow('components.rancher.replicas: got 0; must be >= 1');
  });
});

describe('rancher rejects bad config', () => {
  test.each([
    [{ replicas: 0 }, 'rancher.replicas must be an integer >= 1 (got 0)'],
    [{ cpu: -1 }, 'rancher.cpu must be > 0 (got -1)'],
  ])('%j', (config, message) => {
    expect(() => build('prod', config)).toThrow(message);
  });
});
