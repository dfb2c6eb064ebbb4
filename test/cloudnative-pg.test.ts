/** cloudnative-pg: the operator chart, its Barman Cloud plugin, their namespace, scraping and network allows. */
import { App } from 'cdk8s';
// The registry first: it imports every component, this one included (a component file
// imported first would find the registry half-built).
import { buildEnvironment } from '../lib/build';
import { loadEnvironment } from '../lib/synth';
import { BARMAN_CLOUD_PORT, BARMAN_CLOUD_RELEASE, CloudnativePgChart, CloudnativePgChartProps, cloudnativePgComponent } from '../charts/cloudnative-pg/chart';
import { BARMAN_CLOUD_PLUGIN } from '../constructs/database-backups';
import { ENVIRONMENTS } from '../config';
import type { PlatformCommon } from '../constructs/common';
import { Manifest, renderEnvironment } from '../lib/output';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import { expectChartAccepts } from './helm-values';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { field, findAll, findObject, manifests, testCommon, testConfig } from './util';

function build(env: 'dev' | 'prod', config: CloudnativePgChartProps['config'] = {}, common: PlatformCommon = testCommon(env)): CloudnativePgChart {
  return new CloudnativePgChart(new App({ outdir: 'unused' }), { common, config });
}

type Labels = Readonly<Record<string, string>>;

/** A NetworkPolicy's podSelector selects pods with these labels (matchLabels only, as lakeplane writes them). */
function selects(policy: Manifest, labels: Labels): boolean {
  const selector = field(policy, 'spec.podSelector') ?? {};
  if (selector.matchExpressions) throw new Error(`${policy.metadata.name}: matchExpressions are not evaluated here`);
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

const labelText = (labels: Labels | undefined): string =>
  labels === undefined ? '*' : `{${Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',')}}`;

/**
 * Every flow the namespace's NetworkPolicies allow the pods with `labels`, one line each:
 * `ingress from <namespace>/<pods> <ports>` or `egress to <cidr> <ports>`.
 */
function flows(policies: readonly Manifest[], namespace: string, labels: Labels): string[] {
  const out: string[] = [];
  for (const policy of policies.filter((p) => p.metadata.namespace === namespace && selects(p, labels))) {
    for (const direction of ['ingress', 'egress'] as const) {
      for (const rule of field(policy, `spec.${direction}`) ?? []) {
        const ports = ((rule.ports ?? []) as Array<{ protocol: string; port: number }>).map((p) => `${p.protocol}/${p.port}`).join(',') || 'all ports';
        for (const peer of (direction === 'ingress' ? rule.from : rule.to) ?? [{}]) {
          const where = peer.ipBlock
            ? peer.ipBlock.cidr
            : `${peer.namespaceSelector ? (peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'] ?? '*') : namespace}/${labelText(peer.podSelector?.matchLabels)}`;
          out.push(`${direction === 'ingress' ? 'ingress from' : 'egress to'} ${where} ${ports}`);
        }
      }
    }
  }
  return out.sort();
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
    expect(chart.workloads).toEqual([
      { name: 'cloudnative-pg-operator', replicas: 2, size: { cpu: 0.1, memoryGiB: 0.5 } },
      { name: 'plugin-barman-cloud', replicas: 1, size: { cpu: 0.05, memoryGiB: 0.25 } },
    ]);
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

describe('the Barman Cloud plugin', () => {
  const chart = build('prod');
  const objects = manifests(chart);
  const operatorApp = findObject(objects, 'Application', 'prod-helm-cloudnative-pg');
  const app = findObject(objects, 'Application', 'prod-helm-plugin-barman-cloud');
  const values = field(app, 'spec.source.helm.valuesObject');
  const policies = findAll(objects, 'NetworkPolicy');
  const operator = chart.handle.podLabels;
  const plugin = chart.barmanCloud.podLabels;

  test("the pinned chart, in the operator's namespace (the operator finds plugins only there), with its ObjectStore CRD", () => {
    expect(field(app, 'spec.source.chart')).toBe('plugin-barman-cloud');
    expect(field(app, 'spec.source.targetRevision')).toBe('0.7.0');
    expect(field(app, 'spec.source.repoURL')).toBe(field(operatorApp, 'spec.source.repoURL'));
    expect(field(app, 'spec.source.helm.releaseName')).toBe(BARMAN_CLOUD_RELEASE);
    expect(field(app, 'spec.destination.namespace')).toBe(chart.handle.namespace);
    expect(field(app, 'spec.destination.namespace')).toBe(field(operatorApp, 'spec.destination.namespace'));
    expect(field(app, 'spec.source.helm.skipCrds')).toBeUndefined();
    expect(values.crds).toEqual({ create: true });
    // The CRD holds every ObjectStore: deleting the Application never cascades.
    expect(app.metadata.finalizers).toBeUndefined();
  });

  test("one sync wave after the operator's chart, in a component that syncs after cert-manager", () => {
    const wave = (o: Manifest) => Number(field(o, 'metadata.annotations')?.['argocd.argoproj.io/sync-wave'] ?? 0);
    expect(wave(app)).toBeGreaterThan(wave(operatorApp));
    expect(cloudnativePgComponent.dependsOn(testConfig('prod'))).toContain('cert-manager');
    expect(cloudnativePgComponent.charts).toEqual(['cloudnativePg', 'barmanCloudPlugin']);
  });

  test('Pod Security restricted, requests and a memory limit, one replica', () => {
    expect(values.podSecurityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.containerSecurityContext).toEqual({
      runAsUser: 10001,
      runAsGroup: 10001,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(values.resources).toEqual({ requests: { cpu: '50m', memory: '256Mi' }, limits: { memory: '256Mi' } });
    // v0.13.0 serves gRPC on its leader only: a second pod would never be ready.
    expect(values.replicaCount).toBe(1);
    expect(chart.workloads).toContainEqual({ name: 'plugin-barman-cloud', replicas: 1, size: { cpu: 0.05, memoryGiB: 0.25 } });
    expect(values.podLabels).toEqual({ 'app.kubernetes.io/component': 'cloudnative-pg' });
  });

  test('the plugin and the sidecar it injects into instance pods come through the image mirror', () => {
    expect(values.image).toEqual({ registry: 'ghcr.io' });
    expect(values.sidecarImage).toEqual({ registry: 'ghcr.io' });
    const mirrored = build('prod', {}, testCommon('prod', { registry: { imageMirror: 'mirror.example.com/lakeplane' } }));
    expect(mirrored.barmanCloud.values.image).toEqual({ registry: 'mirror.example.com/lakeplane/ghcr.io' });
    expect(mirrored.barmanCloud.values.sidecarImage).toEqual({ registry: 'mirror.example.com/lakeplane/ghcr.io' });
  });

  test('the upstream chart accepts the values', () => {
    expectChartAccepts('plugin-barman-cloud', values);
    expectChartAccepts('plugin-barman-cloud', build('dev').barmanCloud.values);
  });

  test('rendered by helm: the Service the operator discovers, pods our policies select, a restricted pod through the mirror', async () => {
    const mirror = 'mirror.example.com/lakeplane';
    const mirrored = manifests(build('prod', {}, testCommon('prod', { registry: { imageMirror: mirror } })));
    const [render] = await renderReleases([helmReleaseOf(findObject(mirrored, 'Application', 'prod-helm-plugin-barman-cloud'))]);
    const rendered = render.objects.map((o) => o.object);
    const service = findObject(rendered, 'Service', 'barman-cloud');
    expect(service.metadata.namespace).toBe(chart.handle.namespace);
    expect(field(service, 'metadata.labels')['cnpg.io/pluginName']).toBe(BARMAN_CLOUD_PLUGIN);
    expect(field(service, 'metadata.annotations')['cnpg.io/pluginPort']).toBe(String(BARMAN_CLOUD_PORT));
    expect(field(service, 'spec.ports.0.targetPort')).toBe(BARMAN_CLOUD_PORT);

    const deployment = findObject(rendered, 'Deployment', BARMAN_CLOUD_RELEASE);
    expect(field(deployment, 'spec.template.metadata.labels')).toMatchObject(plugin);
    expect(field(deployment, 'spec.template.spec.containers.0.ports')).toEqual([{ containerPort: BARMAN_CLOUD_PORT, protocol: 'TCP' }]);
    expect(findObject(rendered, 'ConfigMap', 'plugin-barman-cloud-config').data).toEqual({
      SIDECAR_IMAGE: `${mirror}/ghcr.io/cloudnative-pg/plugin-barman-cloud-sidecar:v0.13.0`,
    });
    // The chart's mTLS certificates are cert-manager objects: hence the dependency.
    expect(findAll(rendered, 'Certificate').map((c) => c.metadata.name).sort()).toEqual(['barman-cloud-client', 'barman-cloud-server']);

    const podRules = ['run-as-non-root', 'no-privilege-escalation', 'drop-capabilities', 'seccomp', 'privileged', 'host-namespaces', 'host-path', 'host-port', 'resources', 'image-pinned'];
    const namespace = findObject(mirrored, 'Namespace', chart.handle.namespace);
    const result = checkPolicies(
      [namespace, deployment].map((obj) => ({ folder: 'cloudnative-pg', obj: obj as KubeObject })),
      { imageMirror: mirror, isNamespaced: (_apiVersion, kind) => kind !== 'Namespace' },
    );
    expect(result.violations.filter((v) => podRules.includes(v.rule)).map((v) => `${v.rule}: ${v.message}`)).toEqual([]);
  });

  test('network: the plugin takes gRPC from the operator only, and reaches the API server and DNS', () => {
    expect(flows(policies, 'cloudnative-pg', plugin)).toEqual([
      'egress to 0.0.0.0/0 TCP/443,TCP/6443',
      'egress to kube-system/{k8s-app=kube-dns} UDP/53,TCP/53',
      `ingress from cloudnative-pg/${labelText(operator)} TCP/9090`,
    ]);
  });

  test('network: the operator reaches the plugin on its gRPC port, besides its own flows', () => {
    expect(flows(policies, 'cloudnative-pg', operator)).toEqual([
      'egress to */{cnpg.io/podRole=instance} TCP/8000',
      'egress to 0.0.0.0/0 TCP/443,TCP/6443',
      `egress to cloudnative-pg/${labelText(plugin)} TCP/9090`,
      'egress to kube-system/{k8s-app=kube-dns} UDP/53,TCP/53',
      'ingress from */{app.kubernetes.io/name=prometheus} TCP/8080',
      'ingress from 0.0.0.0/0 TCP/9443',
    ]);
  });
});

describe.each(Object.keys(ENVIRONMENTS))('the Barman Cloud plugin in the %s platform at phase 3', (env) => {
  // Built and rendered without the policy gate (test/gate.test.ts runs it on every environment).
  const platform = buildEnvironment(loadEnvironment(env, 3));
  const rendered = renderEnvironment(platform);
  const all = [...rendered.objects.values()].flat();
  const policies = all.filter((o) => o.kind === 'NetworkPolicy');
  const steps: Array<{ matchExpressions: Array<{ values: string[] }> }> = field(findObject(rendered.objects.get('gitops')!, 'ApplicationSet'), 'spec.strategy.rollingSync.steps');
  const stepOf = (component: string) => steps.findIndex((s) => s.matchExpressions[0].values.includes(component));
  const clusters = all.filter((o) => o.kind === 'Cluster' && (field(o, 'spec.plugins') ?? []).some((p: { name: string }) => p.name === BARMAN_CLOUD_PLUGIN));

  test('its component syncs after cert-manager and before every component with an ObjectStore or a Cluster naming the plugin', () => {
    expect(platform.components.map((c) => c.id)).toContain('cloudnative-pg');
    const users = [...rendered.objects].filter(([, objects]) => objects.some((o) => o.kind === 'ObjectStore' || clusters.includes(o))).map(([folder]) => folder);
    expect(users.length).toBeGreaterThan(0);
    expect(stepOf('cert-manager')).toBeGreaterThanOrEqual(0);
    expect(stepOf('cloudnative-pg')).toBeGreaterThan(stepOf('cert-manager'));
    expect(users.filter((user) => !(stepOf(user) > stepOf('cloudnative-pg'))).map((user) => `${user} (step ${stepOf(user) + 1})`)).toEqual([]);
  });

  test("the sidecar in every instance pod reaches the object store and the API server, and the store lets it in", () => {
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      const namespace = cluster.metadata.namespace!;
      const instance = { 'cnpg.io/cluster': cluster.metadata.name, 'cnpg.io/podRole': 'instance' };
      const store = findObject(all.filter((o) => o.metadata.namespace === namespace), 'ObjectStore', field(cluster, 'spec.plugins.0.parameters.barmanObjectName'));
      // https://<service>.<namespace>.svc:<port>: the store's namespace
      const storeNamespace = new URL(field(store, 'spec.configuration.endpointURL')).hostname.split('.')[1];
      const out = flows(policies, namespace, instance).filter((f) => f.startsWith(`egress to ${storeNamespace}/`));
      expect(`${namespace}/${cluster.metadata.name}: ${out.length}`).toBe(`${namespace}/${cluster.metadata.name}: 1`);
      const [, peer, port] = out[0].split(' ').slice(1);
      // The store's pods take that port from the cluster's namespace.
      const storePods = Object.fromEntries(peer.slice(peer.indexOf('{') + 1, -1).split(',').map((kv) => kv.split('=')));
      expect(flows(policies, storeNamespace, storePods)).toContain(`ingress from ${namespace}/* ${port}`);
      expect(flows(policies, namespace, instance)).toContain('egress to 0.0.0.0/0 TCP/443,TCP/6443');
    }
  });
});

describe('cloudnative-pg in small', () => {
  const chart = build('dev');
  const values = field(findObject(manifests(chart), 'Application', 'dev-helm-cloudnative-pg'), 'spec.source.helm.valuesObject');

  test('one small operator pod, one small plugin pod', () => {
    expect(build('dev').barmanCloud.values.resources).toEqual({ requests: { cpu: '20m', memory: '128Mi' }, limits: { memory: '128Mi' } });
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

describe('operator disruption budget', () => {
  test('the operator chart has no PodDisruptionBudget: lakeplane adds one selecting its pods when it runs 2+ replicas', () => {
    const objects = manifests(build('prod'));
    const pdb = objects.find((o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === 'cloudnative-pg')!;
    expect(field(pdb, 'spec.maxUnavailable')).toBe(1);
    expect(field(pdb, 'spec.selector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/component': 'cloudnative-pg' });
    const small = manifests(build('dev'));
    expect(small.filter((o) => o.kind === 'PodDisruptionBudget')).toEqual([]);
  });
});
