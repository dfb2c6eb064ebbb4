/**
 * argocd: ArgoCD's own installation (argo-cd chart values from argocd/install.ts) and the
 * component that makes ArgoCD manage itself: the values ArgoCD needs (Application health
 * check, progressive syncs, annotation tracking, OIDC against Keycloak, RBAC by platform
 * group), restricted pods, the same values object in the bootstrap file and the Application,
 * and an Application that never deletes in cascade.
 */
// The registry first: loading a component module first would leave it out of COMPONENTS (import cycle).
import { buildEnvironment, selectComponents } from '../lib/build';
import { App } from 'cdk8s';
import { parse } from 'yaml';
import {
  APPLICATION_HEALTH_KEY,
  APPLICATION_HEALTH_LUA,
  ARGOCD_SECRET_LABEL,
  PROGRESSIVE_SYNCS_KEY,
  TRACKING_METHOD_KEY,
  argocdInstallValues,
  argocdValues,
  policyCsv,
} from '../argocd/install';
import { ArgocdChart, ArgocdChartProps, argocdComponent, repositoryPorts } from '../charts/argocd/chart';
import type { PlatformRole } from '../charts/keycloak/handle';
import type { KeycloakChart } from '../charts/keycloak/chart';
import { PLATFORM_GROUPS } from '../charts/keycloak/realm';
import type { ArgoCdValues } from '../charts/argocd/values';
import type { ArgocdConfig } from '../charts/argocd/config';
import { RESOURCES_FINALIZER } from '../constructs/application';
import type { Manifest } from '../lib/output';
import { loadEnvironment, loadSealedValues } from '../lib/synth';
import { helmValuesProblems } from './helm-values';
import { UPSTREAM_VALUES, testNeeding } from './support/requirements';
import { authorityFake, ingressFake } from './identity-fakes';
import { FakeIdentity } from './lakehouse-fakes';
import { field, findAll, findObject, manifests, testCommon, testConfig } from './util';
import type { Monitoring } from '../charts/monitoring/handle';

const monitoringFake: Monitoring = {
  namespace: 'monitoring',
  grafanaUrl: 'https://grafana.data.example.com',
  prometheusUrl: 'http://kps-prometheus.monitoring.svc:9090',
  alertmanagerUrl: 'http://kps-alertmanager.monitoring.svc:9093',
  grafanaPodLabels: { 'app.kubernetes.io/name': 'grafana' },
  dashboardLabel: { key: 'grafana_dashboard', value: '1' },
  addDatasource: () => undefined,
};

function build(env: 'dev' | 'prod', props: Partial<Omit<ArgocdChartProps, 'common'>> = {}, overrides: Parameters<typeof testCommon>[1] = {}): ArgocdChart {
  return new ArgocdChart(new App({ outdir: 'unused' }), {
    common: testCommon(env, overrides),
    ingress: ingressFake,
    authority: authorityFake,
    identity: new FakeIdentity(),
    monitoring: monitoringFake,
    ...props,
  });
}

function helmApp(objects: readonly Manifest[], env = 'prod'): Manifest {
  return findObject(objects, 'Application', `${env}-helm-argocd`);
}

/** Every pod-level and container-level security context the values set, by path. */
function securityContexts(values: ArgoCdValues): { pods: Record<string, unknown>; containers: Record<string, unknown> } {
  const pods: Record<string, unknown> = {};
  const containers: Record<string, unknown> = {};
  const walk = (node: unknown, at: string): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const here = at ? `${at}.${key}` : key;
      if (key === 'securityContext') pods[here] = value;
      else if (key === 'containerSecurityContext') containers[here] = value;
      else walk(value, here);
    }
  };
  walk(values, '');
  return { pods, containers };
}

describe('argocd in production', () => {
  const identity = new FakeIdentity();
  const chart = build('prod', { identity });
  const objects = manifests(chart);
  const app = helmApp(objects);
  const values = field(app, 'spec.source.helm.valuesObject') as ArgoCdValues;

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('the component: phase 1, after the ingress and certificates, Keycloak and monitoring when they are on', () => {
    expect(argocdComponent.id).toBe('argocd');
    expect(argocdComponent.phase).toBe(1);
    expect(argocdComponent.dependsOn(testConfig('prod'))).toEqual(['traefik', 'cert-manager']);
    expect(argocdComponent.optionalDeps!(testConfig('prod'))).toEqual(['keycloak', 'monitoring']);
    expect(argocdComponent.holdsData).toMatch(/every Application and AppProject/);
    expect(argocdComponent.charts).toEqual(['argoCd']);
  });

  test('the pinned argo-cd chart, release "argocd" (the one the bootstrap installs), into ArgoCD\'s namespace', () => {
    expect(field(app, 'spec.source')).toMatchObject({ repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', targetRevision: '10.1.1' });
    expect(field(app, 'spec.source.helm.releaseName')).toBe('argocd');
    expect(field(app, 'spec.destination.namespace')).toBe('argocd');
    expect(app.metadata.namespace).toBe('argocd');
  });

  test('the Application never deletes in cascade: no resources finalizer', () => {
    expect(app.metadata.finalizers).toBeUndefined();
    expect(JSON.stringify(objects)).not.toContain(RESOURCES_FINALIZER);
  });

  test('the CRDs are kept and never pruned: they hold every Application', () => {
    expect(values.crds).toEqual({ install: true, keep: true, annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true,Prune=false,Delete=false' } });
  });

  test('the namespace is restricted and protected from prune and delete', () => {
    const ns = findObject(objects, 'Namespace', 'argocd');
    expect(field(ns, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(field(ns, 'metadata.annotations')['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(field(ns, 'metadata.annotations')['lakeplane.io/stateful']).toMatch(/every ArgoCD Application/);
  });

  test('a child Application\'s health is the health it reports (the check ArgoCD 1.8 removed)', () => {
    const script = values.configs.cm[APPLICATION_HEALTH_KEY];
    expect(APPLICATION_HEALTH_KEY).toBe('resource.customizations.health.argoproj.io_Application');
    expect(script).toBe(APPLICATION_HEALTH_LUA);
    // It reads the child's status.health and hands its status on; without one, it waits.
    expect(script).toContain('reported = obj.status.health');
    expect(script).toContain('result.status = reported.status');
    expect(script).toMatch(/if reported == nil or reported.status == nil then\n\s+result.status = "Progressing"/);
    for (const state of ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown']) {
      expect(script).toContain(`${state} = true`);
    }
    expect(script.trim().endsWith('return result')).toBe(true);
  });

  test('progressive syncs on, annotation tracking, TLS ending at Traefik', () => {
    expect(PROGRESSIVE_SYNCS_KEY).toBe('applicationsetcontroller.enable.progressive.syncs');
    expect(values.configs.params[PROGRESSIVE_SYNCS_KEY]).toBe(true);
    expect(values.configs.cm[TRACKING_METHOD_KEY]).toBe('annotation');
    expect(values.configs.params['server.insecure']).toBe(true);
    expect(values.configs.cm.url).toBe('https://argocd.data.example.com');
    expect(values.dex.enabled).toBe(false);
  });

  test('the local admin stays for the bootstrap, and can be turned off', () => {
    expect(values.configs.cm['admin.enabled']).toBe(true);
    expect(argocdValues({ common: testCommon('prod'), config: { adminEnabled: false } }).configs.cm['admin.enabled']).toBe(false);
  });

  test('https://argocd.<domain> through Traefik with a certificate, to the server\'s HTTP port', () => {
    const ingress = findObject(objects, 'Ingress', 'argocd');
    expect(field(ingress, 'spec.tls')).toEqual([{ hosts: ['argocd.data.example.com'], secretName: 'argocd-tls' }]);
    expect(field(ingress, 'spec.rules.0.http.paths.0.backend.service')).toEqual({ name: 'argocd-server', port: { number: 80 } });
    const fromTraefik = findObject(objects, 'NetworkPolicy', 'allow-ingress-controller-argocd');
    expect(field(fromTraefik, 'spec.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'argocd-server' });
    expect(field(fromTraefik, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8080 }]);
    expect(chart.handle).toEqual({ url: 'https://argocd.data.example.com', namespace: 'argocd' });
  });

  test('OIDC against Keycloak: its issuer, the client secret by reference from a labelled Secret, PKCE, the platform CA', () => {
    const oidc = parse(values.configs.cm['oidc.config']!) as Record<string, unknown>;
    expect(oidc).toEqual({
      name: 'Keycloak',
      issuer: identity.issuerUrl,
      clientID: 'argocd',
      clientSecret: '$argocd-oidc:client-secret',
      requestedScopes: ['openid', 'profile', 'email'],
      enablePKCEAuthentication: true,
      rootCA: '$argocd-oidc-ca:ca.crt',
    });
    expect(identity.clients).toEqual([
      { clientId: 'argocd', options: { redirectUris: ['https://argocd.data.example.com/auth/callback'], namespace: 'argocd', name: 'ArgoCD', groupsClaim: true, secretLabels: ARGOCD_SECRET_LABEL } },
    ]);
    const sealed = findObject(objects, 'SealedSecret', 'argocd-oidc');
    expect(field(sealed, 'spec.template.metadata.labels')).toEqual({ 'app.kubernetes.io/part-of': 'argocd' });
    const ca = findObject(objects, 'Certificate', 'argocd-oidc-ca');
    expect(field(ca, 'spec.secretTemplate.labels')).toEqual({ 'app.kubernetes.io/part-of': 'argocd' });
    expect(field(ca, 'spec.issuerRef.name')).toBe(authorityFake.clusterIssuer);
    expect(findAll(objects, 'Secret')).toEqual([]);
  });

  test('RBAC: nothing without a group; admins administer, engineers get and sync the platform\'s project, analysts read', () => {
    const rbac = values.configs.rbac;
    expect(rbac['policy.default']).toBe('');
    expect(rbac.scopes).toBe('[groups]');
    const lines = rbac['policy.csv'].trim().split('\n');
    const expected: Record<PlatformRole, string> = { admin: 'role:admin', engineer: 'role:lakeplane-engineer', analyst: 'role:readonly' };
    for (const group of PLATFORM_GROUPS) {
      expect(lines).toContain(`g, ${group.name}, ${expected[group.role]}`);
    }
    expect(PLATFORM_GROUPS.map((g) => g.role).sort()).toEqual(['admin', 'analyst', 'engineer']);
    expect(lines).toEqual(
      expect.arrayContaining([
        'p, role:lakeplane-engineer, applications, get, lakeplane-prod/*, allow',
        'p, role:lakeplane-engineer, applications, sync, lakeplane-prod/*, allow',
        'g, role:lakeplane-engineer, role:readonly',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('p, ') && !l.includes('lakeplane-prod'))).toEqual([]);
    expect(policyCsv('lakeplane-x', [])).toBe(
      'p, role:lakeplane-engineer, applications, get, lakeplane-x/*, allow\n' +
        'p, role:lakeplane-engineer, applications, sync, lakeplane-x/*, allow\n' +
        'p, role:lakeplane-engineer, projects, get, lakeplane-x, allow\n' +
        'p, role:lakeplane-engineer, logs, get, lakeplane-x/*, allow\n' +
        'g, role:lakeplane-engineer, role:readonly\n',
    );
  });

  test('every pod\'s security context is Pod Security "restricted", at pod and container level', () => {
    const { pods, containers } = securityContexts(values);
    expect(Object.keys(pods).sort()).toEqual([
      'global.securityContext',
      'redis-ha.haproxy.securityContext',
      'redis-ha.securityContext',
      'redis.securityContext',
      'redisSecretInit.securityContext',
    ]);
    for (const [at, pod] of Object.entries(pods)) {
      expect([at, pod]).toEqual([at, expect.objectContaining({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } })]);
    }
    expect(Object.keys(containers).sort()).toEqual([
      'applicationSet.containerSecurityContext',
      'controller.containerSecurityContext',
      'redis-ha.containerSecurityContext',
      'redis-ha.haproxy.containerSecurityContext',
      'redis.containerSecurityContext',
      'redisSecretInit.containerSecurityContext',
      'repoServer.containerSecurityContext',
      'server.containerSecurityContext',
    ]);
    for (const [at, container] of Object.entries(containers)) {
      expect([at, container]).toEqual([
        at,
        expect.objectContaining({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } }),
      ]);
    }
  });

  test('HA: two API servers, repo servers and ApplicationSet controllers with budgets and spread; redis-ha', () => {
    for (const part of [values.server, values.repoServer, values.applicationSet]) {
      expect(part.replicas).toBe(2);
      expect(part.pdb).toEqual({ enabled: true, maxUnavailable: 1 });
      expect(part.topologySpreadConstraints).toEqual([{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule' }]);
    }
    expect(values.controller.replicas).toBe(1);
    expect(values['redis-ha'].enabled).toBe(true);
    expect(values.redis.enabled).toBe(false);
  });

  test('requests and memory limits on every container, from the profile; the capacity report sees them', () => {
    expect(values.controller.resources).toEqual({ requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(values.repoServer.resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '1Gi' } });
    expect(chart.workloads.map((w) => [w.name, w.replicas])).toEqual([
      ['argocd-application-controller', 1],
      ['argocd-server', 2],
      ['argocd-repo-server', 2],
      ['argocd-applicationset-controller', 2],
      ['argocd-redis-ha-server', 3],
      ['argocd-redis-ha-haproxy', 3],
    ]);
  });

  test('metrics: the chart\'s Services, scraped by ServiceMonitors the component owns, with the port opened to Prometheus', () => {
    for (const part of [values.controller, values.server, values.repoServer, values.applicationSet]) {
      expect(part.metrics).toEqual({ enabled: true, serviceMonitor: { enabled: false } });
    }
    const controller = findObject(objects, 'ServiceMonitor', 'argocd-application-controller');
    expect(field(controller, 'spec.selector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'argocd-metrics', 'app.kubernetes.io/component': 'application-controller' });
    expect(field(controller, 'spec.endpoints.0.port')).toBe('http-metrics');
    expect(findAll(objects, 'ServiceMonitor').map((m) => m.metadata.name).sort()).toEqual([
      'argocd-application-controller',
      'argocd-applicationset-controller',
      'argocd-repo-server',
      'argocd-server',
    ]);
    const scrape = findObject(objects, 'NetworkPolicy', 'allow-scrape-argocd-repo-server');
    expect(field(scrape, 'spec.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'argocd-repo-server' });
    expect(field(scrape, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8084 }]);
  });

  test('network policies: default deny, the API server, the repositories, the OIDC issuer', () => {
    expect(findObject(objects, 'NetworkPolicy', 'default-deny')).toBeDefined();
    expect(findObject(objects, 'NetworkPolicy', 'allow-to-kube-api')).toBeDefined();
    expect(findObject(objects, 'NetworkPolicy', 'allow-from-same-namespace')).toBeDefined();
    const repos = findObject(objects, 'NetworkPolicy', 'allow-to-repositories');
    expect(field(repos, 'spec.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'argocd-repo-server' });
    expect(field(repos, 'spec.egress.0.ports')).toEqual([{ protocol: 'TCP', port: 443 }]);
    const oidc = findObject(objects, 'NetworkPolicy', 'allow-to-oidc');
    expect(field(oidc, 'spec.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'argocd-server' });
    expect(findAll(objects, 'NetworkPolicy').map((p) => p.metadata.name).sort()).toEqual([
      'allow-dns',
      'allow-from-same-namespace',
      'allow-ingress-controller-argocd',
      'allow-scrape-argocd-application-controller',
      'allow-scrape-argocd-applicationset-controller',
      'allow-scrape-argocd-repo-server',
      'allow-scrape-argocd-server',
      'allow-to-kube-api',
      'allow-to-oidc',
      'allow-to-repositories',
      'allow-to-same-namespace',
      'default-deny',
    ]);
  });

  test('the OCI chart sources are registered with enableOCI, without credentials', () => {
    expect(values.configs.repositories).toEqual({
      'oci-quay-io-jetstack-charts': { name: 'oci-quay-io-jetstack-charts', url: 'quay.io/jetstack/charts', type: 'helm', enableOCI: 'true' },
    });
  });

  testNeeding(UPSTREAM_VALUES)('the upstream chart knows every key (argocd-cm, argocd-cmd-params-cm and argocd-rbac-cm take any key; redis-ha is a subchart)', () => {
    const free = ['configs.cm.', 'configs.params.', 'configs.rbac.', 'redis-ha.'];
    // Security contexts are written out whole (`toYaml`), so any field Kubernetes knows is valid there.
    const securityContext = /\.(securityContext|containerSecurityContext)\./;
    expect(helmValuesProblems('argo-cd', values).filter((p) => !free.some((prefix) => p.startsWith(prefix)) && !securityContext.test(p))).toEqual([]);
  });
});

describe('argocd in small', () => {
  const chart = build('dev');
  const values = chart.argocdValues;

  test('one of each, no budgets, one Redis', () => {
    for (const part of [values.controller, values.server, values.repoServer, values.applicationSet]) {
      expect(part.replicas).toBe(1);
    }
    expect(values.server.pdb).toEqual({ enabled: false });
    expect(values.server.topologySpreadConstraints).toEqual([]);
    expect(values['redis-ha']).toEqual({ enabled: false });
    expect(values.redis.enabled).toBe(true);
    expect(values.controller.resources.requests).toEqual({ cpu: '250m', memory: '768Mi' });
  });
});

describe('argocd variants', () => {
  test('without Keycloak: local accounts only, no client, no secret', () => {
    const chart = build('prod', { identity: undefined });
    const objects = manifests(chart);
    expect(chart.argocdValues.configs.cm['oidc.config']).toBeUndefined();
    expect(chart.argocdValues.configs.rbac['policy.csv']).toBe('');
    expect(findAll(objects, 'SealedSecret')).toEqual([]);
    expect(() => findObject(objects, 'NetworkPolicy', 'allow-to-oidc')).toThrow();
  });

  test('without monitoring: no metrics Services and no ServiceMonitors', () => {
    const chart = build('prod', { monitoring: undefined });
    expect(chart.argocdValues.server.metrics).toEqual({ enabled: false, serviceMonitor: { enabled: false } });
    expect(findAll(manifests(chart), 'ServiceMonitor')).toEqual([]);
  });

  test('a public ACME issuer needs no rootCA', () => {
    const chart = build('prod', {}, { tls: { issuer: 'acme', email: 'ops@example.com' } });
    expect(parse(chart.argocdValues.configs.cm['oidc.config']!).rootCA).toBeUndefined();
    expect(() => findObject(manifests(chart), 'Certificate', 'argocd-oidc-ca')).toThrow();
  });

  test('images come through the image mirror; an OCI chart mirror is the one repository registered', () => {
    const values = argocdValues({
      common: testCommon('prod', { registry: { imageMirror: 'registry.local:5000', chartMirror: { url: 'registry.local:5000/charts', oci: true } } }),
    });
    expect(values.global.image.repository).toBe('registry.local:5000/quay.io/argoproj/argocd');
    expect(values.redis.image.repository).toBe('registry.local:5000/ecr-public.aws.com/docker/library/redis');
    expect(values['redis-ha'].image?.repository).toBe('registry.local:5000/ecr-public.aws.com/docker/library/redis');
    expect(values['redis-ha'].haproxy?.image.repository).toBe('registry.local:5000/ecr-public.aws.com/docker/library/haproxy');
    expect(values.configs.repositories).toEqual({
      'oci-registry-local-5000-charts': { name: 'oci-registry-local-5000-charts', url: 'registry.local:5000/charts', type: 'helm', enableOCI: 'true' },
    });
  });

  test('an HTTPS chart mirror needs no repository entry', () => {
    const values = argocdValues({ common: testCommon('prod', { registry: { chartMirror: { url: 'https://charts.example.com' } } }) });
    expect(values.configs.repositories).toEqual({});
  });

  test('an SSH GitOps repository opens port 22 to the repo server', () => {
    const common = testCommon('prod', { gitops: { repoURL: 'git@git.example.com:platform/gitops.git', targetRevision: 'main' } });
    expect(repositoryPorts(common)).toEqual([22, 443]);
    const custom = testCommon('prod', { gitops: { repoURL: 'ssh://git.example.com:2222/platform/gitops.git', targetRevision: 'main' }, registry: { chartMirror: { url: 'registry.local:5000/charts', oci: true } } });
    expect(repositoryPorts(custom)).toEqual([2222, 5000]);
  });
});

describe('the bootstrap values file and the component\'s Application', () => {
  const envs = ['prod', 'dev'].map((env) => {
    const build = buildEnvironment(loadEnvironment(env), { sealed: loadSealedValues(env) });
    const chart = build.charts.get('argocd')![0] as ArgocdChart;
    return { env, build, chart };
  });

  test.each(envs.map((e) => [e.env, e] as const))('%s: the Application\'s values are argocdInstallValues(build), the same object', (env, { build, chart }) => {
    const app = findObject(chart.toJson() as Manifest[], 'Application', `${env}-helm-argocd`);
    expect(field(app, 'spec.source.helm.valuesObject')).toEqual(JSON.parse(JSON.stringify(argocdInstallValues(build))));
    expect(chart.helm.values).toBe(argocdInstallValues(build));
    expect(app.metadata.finalizers).toBeUndefined();
  });

  test.each(envs.map((e) => [e.env, e] as const))('%s: the OIDC issuer is the Keycloak handle\'s, and the realm has the client with the groups claim', (_env, { build }) => {
    const keycloak = build.charts.get('keycloak')![0] as KeycloakChart;
    const oidc = parse(argocdInstallValues(build).configs.cm['oidc.config']!) as { issuer: string; clientID: string };
    expect(oidc.issuer).toBe(keycloak.issuerUrl);
    const client = keycloak.clients.find((c) => c.clientId === oidc.clientID);
    expect(client).toMatchObject({ groupsClaim: true, redirectUris: [`https://argocd.${build.config.domain}/auth/callback`] });
    const realm = JSON.parse(keycloak.realmJson()) as { clients: Array<{ clientId: string; protocolMappers: Array<{ protocolMapper: string; config: Record<string, string> }> }> };
    const mapper = realm.clients.find((c) => c.clientId === 'argocd')!.protocolMappers.find((m) => m.protocolMapper === 'oidc-group-membership-mapper');
    expect(mapper?.config).toMatchObject({ 'claim.name': 'groups', 'full.path': 'false', 'id.token.claim': 'true' });
    // Only the clients that asked for it carry the groups claim (MLflow and JupyterHub authorize by group too, in phase 3).
    const withGroups = realm.clients.filter((c) => c.protocolMappers.some((m) => m.protocolMapper === 'oidc-group-membership-mapper')).map((c) => c.clientId);
    expect(withGroups).toContain('argocd');
    expect(withGroups.filter((id) => !['argocd', 'mlflow', 'jupyterhub'].includes(id))).toEqual([]);
  });

  test('with the component off, the bootstrap file holds the values for the config alone (no SSO)', () => {
    const config = testConfig('prod', { components: { argocd: { enabled: false } } });
    const build = buildEnvironment(config, { sealed: loadSealedValues('prod') });
    expect(build.charts.get('argocd')).toBeUndefined();
    const values = argocdInstallValues(build);
    expect(values).toEqual(argocdValues({ common: build.common, config: config.components.argocd, metrics: true }));
    expect(values.configs.cm['oidc.config']).toBeUndefined();
    expect(values.configs.params[PROGRESSIVE_SYNCS_KEY]).toBe(true);
  });

  test('the component is on by default and can be turned off', () => {
    const ids = (config: ReturnType<typeof testConfig>) => selectComponents(config, [argocdComponent]).map((c) => c.id);
    expect(ids(testConfig('prod'))).toEqual(['argocd']);
    expect(ids(testConfig('dev', { components: { argocd: { enabled: false } } }))).toEqual([]);
  });
});

describe('argocd rejects bad config', () => {
  test.each([
    [{ replicas: 0 }, 'components.argocd.replicas: got 0; must be >= 1'],
    [{ controller: { cpu: 0, memoryGiB: 1 } }, 'components.argocd.controller.cpu: got 0; must be > 0'],
    [{ redisHa: 'yes' }, 'components.argocd.redisHa: got "yes"; expected boolean'],
    [{ sso: true }, 'components.argocd.sso: unknown key; allowed keys here: adminEnabled, controller, decommission, enabled, redisHa, replicas, repoServer, server'],
  ])('in the slice: %j', (slice, message) => {
    expect(() => testConfig('prod', { components: { argocd: slice as ArgocdConfig } })).toThrow(message);
  });

  test.each([
    [{ replicas: 1.5 }, 'argocd.replicas must be an integer >= 1 (got 1.5)'],
    [{ repoServer: { cpu: 0.5, memoryGiB: -1 } }, 'argocd.repoServer.memoryGiB must be > 0 (got -1)'],
  ])('in the builder: %j', (config, message) => {
    expect(() => argocdValues({ common: testCommon('prod'), config })).toThrow(message);
  });

  test('redis-ha needs three nodes', () => {
    const common = testCommon('dev', { nodePools: [{ name: 'general', role: 'general', count: 2, cpu: 8, memoryGiB: 32, diskGiB: 100 }] });
    expect(() => argocdValues({ common, config: { redisHa: true } })).toThrow(
      'argocd.redisHa runs 3 Redis and 3 HAProxy pods on separate nodes, but dev has 2 node(s); turn redisHa off or add nodes',
    );
    expect(argocdValues({ common })['redis-ha'].enabled).toBe(false);
  });
});
