/**
 * The building blocks every component uses: namespace, workload defaults, Helm and ArgoCD
 * Applications, ingress, metrics, naming.
 */
import { HelmApplication, PlatformApplication, PlatformApplicationProps, RESOURCES_FINALIZER } from '../constructs/application';
import { PlatformIngress } from '../constructs/ingress';
import { PodMetrics } from '../constructs/metrics';
import { PlatformNamespace } from '../constructs/namespace';
import { resourceName } from '../constructs/naming';
import { cpuQuantity, memoryQuantity, toResources } from '../constructs/resources';
import { PlatformDeployment, container, httpProbe } from '../constructs/workload';
import { field, findAll, findObject, manifests, testChart, testCommon } from './util';

describe('PlatformNamespace', () => {
  const chart = testChart();
  const ns = new PlatformNamespace(chart, 'ns', { name: 'trino' });
  ns.allowIngress('coordinator', { peers: [{ namespace: 'airflow', podLabels: { app: 'x' } }], ports: [8080] });
  ns.allowKubeApi();
  const objects = manifests(chart);

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('Pod Security restricted, enforced and pinned', () => {
    const labels = findObject(objects, 'Namespace', 'trino').metadata.labels as Record<string, string>;
    expect(labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(labels['pod-security.kubernetes.io/enforce-version']).toBe('v1.34');
  });

  test('default deny for both directions, DNS allowed, explicit allows only', () => {
    const deny = findObject(objects, 'NetworkPolicy', 'default-deny');
    expect(field(deny, 'spec')).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const dns = findObject(objects, 'NetworkPolicy', 'allow-dns');
    expect(field(dns, 'spec.egress.0.ports')).toEqual([
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ]);
    const allow = findObject(objects, 'NetworkPolicy', 'allow-from-coordinator');
    expect(field(allow, 'spec.ingress.0.from.0.namespaceSelector.matchLabels')).toEqual({ 'kubernetes.io/metadata.name': 'airflow' });
    expect(field(allow, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });

  test('a weaker level needs a reason', () => {
    expect(() => new PlatformNamespace(testChart(), 'ns', { name: 'logs', podSecurity: 'privileged' })).toThrow(
      'namespace logs: podSecurity "privileged" needs a podSecurityReason saying why "restricted" does not fit',
    );
  });

  test('labels for controllers that select namespaces, but never the Pod Security ones; found by name in its chart', () => {
    const chart = testChart();
    const ns = new PlatformNamespace(chart, 'ns', { name: 'airflow' });
    ns.addLabel('lakeplane.io/platform-ca', 'true');
    expect(field(findObject(manifests(chart), 'Namespace', 'airflow'), 'metadata.labels')).toMatchObject({ 'lakeplane.io/platform-ca': 'true', 'pod-security.kubernetes.io/enforce': 'restricted' });
    expect(() => ns.addLabel('pod-security.kubernetes.io/enforce', 'privileged')).toThrow('namespace airflow: pod-security.kubernetes.io/enforce is set by podSecurity, not addLabel');
    expect(PlatformNamespace.find(chart, 'airflow')).toBe(ns);
    expect(PlatformNamespace.find(chart, 'trino')).toBeUndefined();
  });
});

describe('workload helper', () => {
  const chart = testChart();
  new PlatformDeployment(chart, 'api', {
    name: 'api',
    namespace: 'test',
    replicas: 2,
    pool: 'compute',
    containers: [container({ name: 'api', image: 'example/api:1.0.0', size: { cpu: 0.5, memoryGiB: 1.5 }, probes: { readiness: httpProbe('/ready', 8080), liveness: httpProbe('/live', 8080) } })],
  });
  const objects = manifests(chart);
  const deployment = findObject(objects, 'Deployment', 'api');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('restricted security context on pod and container', () => {
    expect(field(deployment, 'spec.template.spec.securityContext')).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(field(deployment, 'spec.template.spec.containers.0.securityContext')).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  test('requests, memory limit equal to the request, probes', () => {
    expect(field(deployment, 'spec.template.spec.containers.0.resources')).toEqual({ requests: { cpu: '500m', memory: '1536Mi' }, limits: { memory: '1536Mi' } });
    expect(field(deployment, 'spec.template.spec.containers.0.readinessProbe.httpGet.path')).toBe('/ready');
  });

  test('2 replicas get a PDB that allows one eviction and a hard spread over nodes', () => {
    const pdb = findObject(objects, 'PodDisruptionBudget', 'api');
    expect(field(pdb, 'spec')).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'api', 'app.kubernetes.io/component': 'test' } } });
    expect(field(deployment, 'spec.template.spec.topologySpreadConstraints.0')).toMatchObject({ topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule' });
  });

  test('placed on the pool of its role and recorded for the capacity report', () => {
    expect(field(deployment, 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.0.matchExpressions.0')).toEqual({
      key: 'lakeplane.io/pool',
      operator: 'In',
      values: ['compute'],
    });
    expect(chart.workloads).toEqual([{ name: 'api', replicas: 2, size: { cpu: 0.5, memoryGiB: 1.5 }, pool: 'compute' }]);
  });

  test('selectors never use app.kubernetes.io/instance', () => {
    expect(Object.keys(field(deployment, 'spec.selector.matchLabels'))).not.toContain('app.kubernetes.io/instance');
  });

  test('one replica: no PDB; zero replicas: an error naming the field', () => {
    const single = testChart();
    const c = container({ name: 'x', image: 'example/x:1', size: { cpu: 1, memoryGiB: 1 }, probes: 'run-to-completion' });
    new PlatformDeployment(single, 'x', { name: 'x', namespace: 'test', replicas: 1, containers: [c] });
    expect(findAll(manifests(single), 'PodDisruptionBudget')).toEqual([]);
    expect(() => new PlatformDeployment(testChart(), 'y', { name: 'y', namespace: 'test', replicas: 0, containers: [c] })).toThrow('y.replicas must be an integer >= 1 (got 0)');
  });

  test('sizes convert once, the same way everywhere', () => {
    expect([cpuQuantity(4), cpuQuantity(0.25), memoryQuantity(16), memoryQuantity(0.5)]).toEqual(['4', '250m', '16Gi', '512Mi']);
    expect(toResources({ cpu: 2, memoryGiB: 4, cpuLimit: 4 })).toEqual({ requests: { cpu: '2', memory: '4Gi' }, limits: { cpu: '4', memory: '4Gi' } });
    expect(() => container({ name: 'bad', image: 'x:1', size: { cpu: 0, memoryGiB: 1 }, probes: 'run-to-completion' })).toThrow('container bad.cpu must be > 0 (got 0)');
  });
});

describe('Applications', () => {
  test('all props: automated prune + selfHeal, bounded retry, platform sync options, project', () => {
    const chart = testChart();
    const props: Required<PlatformApplicationProps> = {
      name: 'prod-thing',
      common: chart.common,
      source: { repoURL: 'https://git.example.com/x.git', targetRevision: 'main', path: 'dist/prod/thing' },
      destinationNamespace: 'thing',
      wave: 2,
      cascadeDelete: true,
      syncOptions: ['Replace=true'],
      ignoreDifferences: [{ kind: 'Secret', jsonPointers: ['/data'] }],
      labels: { team: 'data' },
    };
    new PlatformApplication(chart, 'app', props);
    const app = findObject(manifests(chart), 'Application');
    expect(app).toMatchSnapshot();
    expect(app.metadata.namespace).toBe('argocd');
    expect(app.metadata.finalizers).toEqual([RESOURCES_FINALIZER]);
    expect(field(app, 'spec.project')).toBe('lakeplane-prod');
    expect(field(app, 'spec.syncPolicy.syncOptions')).toEqual(['ServerSideApply=true', 'SkipDryRunOnMissingResource=true', 'CreateNamespace=false', 'PruneLast=true', 'Replace=true']);
    expect(field(app, 'spec.syncPolicy.retry')).toEqual({ limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } });
    expect(field(app, 'metadata.annotations')['argocd.argoproj.io/sync-wave']).toBe('2');
  });

  interface ExampleValues {
    readonly replicaCount: number;
  }

  test('a Helm chart is installed from the pinned version with typed values; data-holding charts do not cascade', () => {
    const chart = testChart();
    new HelmApplication<ExampleValues>(chart, 'helm', { chart: 'trino', releaseName: 'trino', namespace: 'trino', values: { replicaCount: 2 }, holdsData: true });
    const app = findObject(manifests(chart), 'Application');
    expect(app.metadata.name).toBe('prod-helm-trino');
    expect(field(app, 'spec.source')).toEqual({
      repoURL: 'https://trinodb.github.io/charts/',
      chart: 'trino',
      targetRevision: '1.42.2',
      helm: { releaseName: 'trino', valuesObject: { replicaCount: 2 } },
    });
    expect(app.metadata.finalizers).toBeUndefined();
  });

  test('the chart mirror rewrites every chart source; the image mirror every image', () => {
    const common = testCommon('prod', { registry: { imageMirror: 'mirror.internal:5000/proxy', chartMirror: { url: 'https://charts.internal/lakeplane', oci: false } } });
    const chart = testChart(common);
    new HelmApplication<ExampleValues>(chart, 'helm', { chart: 'certManager', releaseName: 'cert-manager', namespace: 'cert-manager', values: { replicaCount: 1 }, holdsData: false });
    const app = findObject(manifests(chart), 'Application');
    expect(field(app, 'spec.source.repoURL')).toBe('https://charts.internal/lakeplane');
    expect(app.metadata.finalizers).toEqual([RESOURCES_FINALIZER]);
    expect(common.images.ref('postgres')).toBe('mirror.internal:5000/proxy/ghcr.io/cloudnative-pg/postgresql:17.6');
    expect(common.charts.repositories()).toEqual(['https://charts.internal/lakeplane']);
  });
});

describe('PlatformIngress', () => {
  const chart = testChart();
  const ingress = new PlatformIngress(chart, 'ui', {
    host: 'trino',
    namespace: 'trino',
    serviceName: 'trino',
    servicePort: 8080,
    podLabels: { 'app.kubernetes.io/name': 'trino' },
    controller: { className: 'traefik', namespace: 'traefik', podLabels: { 'app.kubernetes.io/name': 'traefik' }, tlsAnnotations: { 'traefik.ingress.kubernetes.io/router.tls': 'true' } },
    authority: { clusterIssuer: 'lakeplane-ca' },
  });
  const objects = manifests(chart);

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('TLS at <host>.<domain> with a certificate from the platform issuer', () => {
    expect(ingress.url).toBe('https://trino.data.example.com');
    const ing = findObject(objects, 'Ingress', 'trino');
    expect(field(ing, 'spec.tls')).toEqual([{ hosts: ['trino.data.example.com'], secretName: 'trino-tls' }]);
    expect(field(ing, 'spec.ingressClassName')).toBe('traefik');
    const cert = findObject(objects, 'Certificate', 'trino-tls');
    expect(field(cert, 'spec.issuerRef')).toEqual({ kind: 'ClusterIssuer', name: 'lakeplane-ca', group: 'cert-manager.io' });
    expect(field(cert, 'spec.dnsNames')).toEqual(['trino.data.example.com']);
  });

  test('only the ingress controller may reach the backend port', () => {
    const np = findObject(objects, 'NetworkPolicy', 'allow-ingress-controller-trino');
    expect(field(np, 'spec.ingress.0.from.0.namespaceSelector.matchLabels')).toEqual({ 'kubernetes.io/metadata.name': 'traefik' });
    expect(field(np, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });
});

describe('metrics', () => {
  test('a PodMonitor and a NetworkPolicy that lets only Prometheus scrape the port', () => {
    const chart = testChart();
    new PodMetrics(chart, 'm', { name: 'api', namespace: 'test', selector: { app: 'api' }, port: 'metrics' });
    const objects = manifests(chart);
    expect(field(findObject(objects, 'PodMonitor', 'api'), 'spec.podMetricsEndpoints')).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    const np = findObject(objects, 'NetworkPolicy', 'allow-scrape-api');
    expect(field(np, 'spec.ingress.0.from.0.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'prometheus' });
  });
});

describe('naming policy', () => {
  test('no hashes, no truncation: a long name is an error', () => {
    expect(resourceName('trino', 'worker')).toBe('trino-worker');
    expect(() => resourceName('x'.repeat(60), 'suffix')).toThrow(/is 67 characters; Kubernetes allows 63/);
    expect(() => resourceName('Bad_Name')).toThrow(/is not a DNS label/);
  });
});
