import { App } from 'cdk8s';
import { Traefik, TraefikProps, traefikComponent } from '../charts/traefik/chart';
import type { TraefikValues } from '../charts/traefik/values';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import { expectChartAccepts } from './helm-values';
import { field, findAll, findObject, testCommon } from './util';
import type { Manifest } from '../lib/output';

function build(props: Partial<TraefikProps> & { env?: 'dev' | 'prod' } = {}): { chart: Traefik; objects: Manifest[]; values: TraefikValues } {
  const chart = new Traefik(new App(), { common: props.common ?? testCommon(props.env ?? 'prod'), config: props.config });
  const objects = chart.toJson() as Manifest[];
  const app = findObject(objects, 'Application');
  return { chart, objects, values: field(app, 'spec.source.helm.valuesObject') as TraefikValues };
}

describe('traefik in production', () => {
  const { chart, objects, values } = build();

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('the upstream chart accepts the values', () => {
    expectChartAccepts('traefik', values);
  });

  test('an HA pair: 2 replicas, a PodDisruptionBudget and a hard spread over nodes', () => {
    expect(values.deployment.replicas).toBe(2);
    expect(values.podDisruptionBudget).toEqual({ enabled: true, maxUnavailable: 1 });
    expect(values.topologySpreadConstraints).toEqual([
      { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'traefik' } } },
    ]);
    expect(chart.workloads).toEqual([{ name: 'traefik', replicas: 2, size: { cpu: 0.5, memoryGiB: 0.5 } }]);
  });

  test('the architecture document\'s requests: 500m CPU, 512Mi memory', () => {
    expect(values.resources).toEqual({ requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '512Mi' } });
  });

  test('the default IngressClass "traefik"; no Gateway API objects', () => {
    expect(values.ingressClass).toEqual({ enabled: true, isDefaultClass: true, name: 'traefik' });
    expect(values.gateway.enabled).toBe(false);
    expect(values.gatewayClass.enabled).toBe(false);
  });

  test('HTTP is redirected to HTTPS permanently; TLS on the secure entry point', () => {
    expect(values.ports.web.http?.redirections).toEqual({ entryPoint: { to: 'websecure', scheme: 'https', permanent: true } });
    expect(values.ports.websecure.http?.tls).toEqual({ enabled: true });
  });

  test('a LoadBalancer Service (MetalLB on-premise), never a NodePort', () => {
    expect(values.service.spec.type).toBe('LoadBalancer');
    expect(values.service.annotations).toEqual({});
  });

  test('Pod Security restricted: non-root, seccomp, no escalation, read-only root, no capabilities', () => {
    expect(values.podSecurityContext).toEqual({ runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true });
    expect(field(findObject(objects, 'Namespace', 'traefik'), 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('metrics scraped from the metrics entry point', () => {
    const monitor = findObject(objects, 'PodMonitor', 'traefik');
    expect(field(monitor, 'spec.podMetricsEndpoints')).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    expect(values.metrics.prometheus.entryPoint).toBe('metrics');
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-scrape-traefik'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 9100 }]);
  });

  test('clients reach the entry points only; the controller reaches backends (a reasoned waiver) and the API server', () => {
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-backends'), 'metadata.annotations')['ignore-check.lakeplane.io/default-deny']).toMatch(/^the ingress controller forwards/);
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-from-clients'), 'spec.ingress.0.ports')).toEqual([
      { protocol: 'TCP', port: 8000 },
      { protocol: 'TCP', port: 8443 },
    ]);
    expect(findAll(objects, 'NetworkPolicy').map((np) => np.metadata.name)).toEqual([
      'default-deny',
      'allow-dns',
      'allow-to-kube-api',
      'allow-from-clients',
      'allow-to-backends',
      'allow-scrape-traefik',
    ]);
  });

  test('the handle: class, namespace, pod labels and the annotations that put a route on TLS', () => {
    expect(chart.controller).toEqual({
      className: 'traefik',
      namespace: 'traefik',
      podLabels: { 'app.kubernetes.io/name': 'traefik' },
      tlsAnnotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure', 'traefik.ingress.kubernetes.io/router.tls': 'true' },
    });
  });
});

describe('traefik in a small environment', () => {
  const { values } = build({ env: 'dev' });
  test('one replica, no PDB, no spread, small requests', () => {
    expect(values.deployment.replicas).toBe(1);
    expect(values.podDisruptionBudget).toEqual({ enabled: false });
    expect(values.topologySpreadConstraints).toEqual([]);
    expect(values.resources.requests).toEqual({ cpu: '100m', memory: '256Mi' });
  });
});

describe('traefik with every knob set', () => {
  const config: Required<NonNullable<TraefikProps['config']>> = { enabled: true, decommission: false, replicas: 3, cpu: 1, memoryGiB: 1, loadBalancerIP: '10.20.30.40' };
  const { values } = build({ config });
  test('config wins over the profile', () => {
    expect(values.deployment.replicas).toBe(3);
    expect(values.resources.requests).toEqual({ cpu: '1', memory: '1Gi' });
    expect(values.service.annotations).toEqual({ 'metallb.io/loadBalancerIPs': '10.20.30.40' });
    expectChartAccepts('traefik', values);
  });

  test('bad sizes name the field', () => {
    expect(() => build({ config: { replicas: 0 } })).toThrow('traefik.replicas must be an integer >= 1 (got 0)');
    expect(() => build({ config: { cpu: 0 } })).toThrow('traefik.cpu must be > 0 (got 0)');
  });
});

test('the component spec: phase 1, no dependencies', () => {
  expect(traefikComponent.phase).toBe(1);
  expect(traefikComponent.dependsOn(testCommon() as never)).toEqual([]);
});

test('a load balancer address that is not an IP address', () => {
  expect(() => parseConfig({ ...ENVIRONMENTS.prod, components: { traefik: { loadBalancerIP: 'ingress.example.com' } } }, 'prod.ts')).toThrow(
    'invalid configuration in prod.ts:\n  - components.traefik.loadBalancerIP: got "ingress.example.com"; must be an IPv4 or IPv6 address',
  );
});
