/**
 * keycloak: the server (keycloakx chart), its database, TLS ingress, metrics, network allows,
 * and the realm as code: roles, groups, clients registered after the chart is built, their
 * secrets on both sides, and the Job that applies the realm on every sync.
 */
import { App } from 'cdk8s';
import type { DatabaseBackupProvider } from '../constructs/database-backups';
import { KEYCLOAK_CACHE_STACK, KeycloakChart, KeycloakChartProps, keycloakComponent } from '../charts/keycloak/chart';
import { PLATFORM_GROUPS, clientSecretEnv } from '../charts/keycloak/realm';
import { PlatformChart } from '../constructs/platform-chart';
import { CHARTS, IMAGES } from '../versions';
import { haveUpstreamSchemas, helmValuesProblems } from './helm-values';
import { authorityFake, ingressFake, postgresOperatorFake } from './identity-fakes';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { field, findAll, findObject, manifests, testChart, testCommon, testConfig } from './util';

/**
 * The chart passes podSecurityContext and securityContext to the pod spec verbatim (toYaml in
 * its StatefulSet template), so any Kubernetes security-context field is a value it takes;
 * the key check only knows the fields its defaults happen to list. Everything else must pass.
 */
function expectKeycloakxAccepts(values: unknown): void {
  if (!haveUpstreamSchemas) {
    return;
  }
  const passThrough = /^(podSecurityContext|securityContext)\.[A-Za-z]+: not a value of this chart$/;
  expect(helmValuesProblems('keycloakx', values).filter((p) => !passThrough.test(p))).toEqual([]);
}

function build(env: 'dev' | 'prod', config: KeycloakChartProps['config'] = {}): KeycloakChart {
  return new KeycloakChart(new App({ outdir: 'unused' }), {
    common: testCommon(env),
    config,
    postgres: postgresOperatorFake,
    ingress: ingressFake,
    authority: authorityFake,
  });
}

describe('keycloak in production', () => {
  const chart = build('prod');
  // Clients are registered by components built after keycloak, in their own charts.
  const trinoChart = testChart(chart.common, 'trino', 'trino');
  const trino = chart.addClient(trinoChart, 'trino', { namespace: 'trino', redirectUris: ['https://trino.data.example.com/oauth2/callback'], name: 'Trino' });
  const cli = chart.addClient(trinoChart, 'trino-cli', { namespace: 'trino', redirectUris: ['https://trino.data.example.com/cli/*'], publicClient: true });
  chart.common.secretCatalog.finalize();
  const objects = manifests(chart);
  const consumer = manifests(trinoChart);
  const app = findObject(objects, 'Application', 'prod-helm-keycloak');
  const values = field(app, 'spec.source.helm.valuesObject');
  const realm = JSON.parse(field(findObject(objects, 'ConfigMap', 'keycloak-realm-lakeplane'), 'data')['lakeplane.json']);
  const job = findObject(objects, 'Job', 'keycloak-realm-config');
  const jobContainer = field(job, 'spec.template.spec.containers.0');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('two pods of 2 CPU / 4 GiB, a PDB, on the pinned chart and image', () => {
    expect(values.replicas).toBe(2);
    expect(values.resources).toEqual({ requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '4Gi' } });
    expect(values.podDisruptionBudget).toEqual({ maxUnavailable: 1 });
    expect(field(app, 'spec.source.targetRevision')).toBe('7.1.11');
    expect(values.image).toEqual({ repository: 'quay.io/keycloak/keycloak', tag: '26.5.6' });
    expect(chart.workloads).toContainEqual({ name: 'keycloak', replicas: 2, size: { cpu: 2, memoryGiB: 4 } });
  });

  test('production mode behind the proxy: start, X-Forwarded headers, the public hostname', () => {
    expect(values.args).toEqual(['start']);
    expect(values.proxy).toEqual({ enabled: true, mode: 'xforwarded', http: { enabled: true } });
    expect(values.extraEnv).toContain('name: KC_HOSTNAME\n  value: https://keycloak.data.example.com\n');
    expect(values.health).toEqual({ enabled: true });
    expect(values.metrics).toEqual({ enabled: true });
  });

  test('the admin password comes from the secrets backend, never from the values', () => {
    expect(values.extraEnv).toContain('name: KC_BOOTSTRAP_ADMIN_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: keycloak-admin\n      key: password');
    expect(findObject(objects, 'SealedSecret', 'keycloak-admin')).toBeDefined();
    expect(JSON.stringify(values)).not.toMatch(/password"\s*:\s*"[^"]/);
  });

  test('its database: an HA CloudNativePG cluster of the document\'s size, credentials from the operator', () => {
    const cluster = findObject(objects, 'Cluster', 'keycloak-db');
    expect(field(cluster, 'spec.instances')).toBe(2);
    expect(field(cluster, 'spec.resources.requests')).toEqual({ cpu: '4', memory: '8Gi' });
    expect(values.database).toEqual({
      vendor: 'postgres',
      hostname: 'keycloak-db-rw.keycloak.svc',
      port: 5432,
      database: 'keycloak',
      username: 'keycloak',
      existingSecret: 'keycloak-db-app',
      existingSecretKey: 'password',
    });
  });

  test('TLS at keycloak.<domain> through Traefik with a cert-manager certificate', () => {
    const ingress = findObject(objects, 'Ingress', 'keycloak');
    expect(field(ingress, 'spec.tls')).toEqual([{ hosts: ['keycloak.data.example.com'], secretName: 'keycloak-tls' }]);
    expect(field(ingress, 'spec.rules.0.http.paths.0.backend.service')).toEqual({ name: 'keycloak-http', port: { number: 80 } });
    expect(field(findObject(objects, 'Certificate', 'keycloak-tls'), 'spec.issuerRef.name')).toBe('lakeplane-ca');
    expect(values.ingress).toEqual({ enabled: false });
  });

  test('restricted security context; the namespace enforces "restricted"', () => {
    expect(values.podSecurityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(field(findObject(objects, 'Namespace', 'keycloak'), 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(field(job, 'spec.template.spec.securityContext')).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(jobContainer.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(jobContainer.resources.requests).toEqual({ cpu: '250m', memory: '768Mi' });
  });

  test('metrics on the management port are scraped', () => {
    const monitor = findObject(objects, 'PodMonitor', 'keycloak');
    expect(field(monitor, 'spec.selector.matchLabels')).toEqual(chart.podLabels);
    expect(field(monitor, 'spec.podMetricsEndpoints.0')).toMatchObject({ port: 'http-internal', path: '/metrics' });
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-scrape-keycloak'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 9000 }]);
  });

  test('the Infinispan cluster: jdbc-ping through the database, JGroups ports open between the pods', () => {
    expect(values.cache).toEqual({ stack: 'default' });
    // No DNS-ping setting left over: jdbc-ping finds the members in the database.
    expect(values.extraEnv).not.toContain('jgroups.dns.query');
    expect(values.extraEnv).not.toContain('JAVA_OPTS');
    for (const name of ['allow-from-keycloak-cluster', 'allow-to-keycloak-cluster']) {
      const policy = findObject(objects, 'NetworkPolicy', name);
      const rule = field(policy, 'spec.ingress.0') ?? field(policy, 'spec.egress.0');
      expect(rule.ports).toEqual([
        { protocol: 'TCP', port: 7800 },
        { protocol: 'TCP', port: 57800 },
      ]);
      expect(field(policy, 'spec.podSelector.matchLabels')).toEqual(chart.podLabels);
    }
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-keycloak-db'), 'spec.egress.0.ports')).toEqual([{ protocol: 'TCP', port: 5432 }]);
  });

  test('rendered by the chart, the pods run the stack the code names, and the policies select them', async () => {
    const [render] = await renderReleases([helmReleaseOf(app)]);
    const rendered = render.objects.map((o) => o.object);
    const pod = field(findObject(rendered, 'StatefulSet', 'keycloak'), 'spec.template');
    const kc = (pod.spec.containers as Array<{ name: string; args?: string[]; env: Array<{ name: string; value?: string }> }>).find((c) => c.name === 'keycloak')!;
    const env = Object.fromEntries(kc.env.map((e) => [e.name, e.value]));
    expect(env.KC_CACHE).toBe('ispn');
    expect(env.KC_CACHE_STACK).toBe(KEYCLOAK_CACHE_STACK);
    expect(kc.env.filter((e) => e.name === 'KC_CACHE_STACK')).toHaveLength(1);
    expect(kc.args).toEqual(['start']);
    expect(JSON.stringify(kc.env)).not.toMatch(/jgroups\.dns\.query|DNS_PING/);
    // The members find each other in their database: the pods reach it.
    expect(env.KC_DB_URL_HOST).toBe(chart.database.host);
    for (const name of ['allow-from-keycloak-cluster', 'allow-to-keycloak-cluster', 'allow-to-keycloak-db']) {
      expect(pod.metadata.labels).toMatchObject(field(findObject(objects, 'NetworkPolicy', name), 'spec.podSelector.matchLabels'));
    }
    const peers = field(findObject(objects, 'NetworkPolicy', 'allow-from-keycloak-cluster'), 'spec.ingress.0.from.0.podSelector.matchLabels');
    expect(pod.metadata.labels).toMatchObject(peers);
  });

  test('the realm: roles admin, engineer, analyst; groups mapped to them', () => {
    expect(realm.realm).toBe('lakeplane');
    expect(realm.roles.realm.map((r: { name: string }) => r.name)).toEqual(['admin', 'engineer', 'analyst']);
    expect(realm.roles.realm[0].composites).toEqual({ realm: ['engineer'] });
    expect(realm.groups).toEqual([
      { name: 'platform-admins', path: '/platform-admins', realmRoles: ['admin'] },
      { name: 'data-engineers', path: '/data-engineers', realmRoles: ['engineer'] },
      { name: 'analysts', path: '/analysts', realmRoles: ['analyst'] },
    ]);
    expect(PLATFORM_GROUPS.map((g) => g.role).sort()).toEqual([...chart.roles].sort());
  });

  test('clients registered after the chart was built are in the realm, with a flat roles claim', () => {
    expect(realm.clients.map((c: { clientId: string }) => c.clientId)).toEqual(['trino', 'trino-cli']);
    const client = realm.clients[0];
    expect(client).toMatchObject({ name: 'Trino', publicClient: false, redirectUris: ['https://trino.data.example.com/oauth2/callback'], standardFlowEnabled: true });
    expect(client.protocolMappers[0]).toMatchObject({ protocolMapper: 'oidc-usermodel-realm-role-mapper', config: { 'claim.name': 'roles', multivalued: 'true' } });
    expect(realm.clients[1].publicClient).toBe(true);
    expect(realm.clients[1].secret).toBeUndefined();
  });

  test('the client secret is a variable in the realm, never a value, and the Job reads it from the backend', () => {
    expect(realm.clients[0].secret).toBe('$(env:CLIENT_SECRET_TRINO)');
    expect(jobContainer.env).toContainEqual({ name: 'CLIENT_SECRET_TRINO', valueFrom: { secretKeyRef: { name: 'oidc-client-trino', key: 'client-secret' } } });
    expect(findObject(objects, 'SealedSecret', 'oidc-client-trino').metadata.namespace).toBe('keycloak');
  });

  test('each client secret has its own variable name', () => {
    expect(clientSecretEnv('trino-cli')).toBe('CLIENT_SECRET_TRINO_CLI');
    expect(jobContainer.env.filter((e: { name: string }) => e.name.startsWith('CLIENT_SECRET_'))).toHaveLength(1);
  });

  test('the consumer gets its copy of the secret in its namespace, the same value, and the issuer', () => {
    expect(trino).toEqual({
      clientId: 'trino',
      issuerUrl: 'https://keycloak.data.example.com/realms/lakeplane',
      secret: { namespace: 'trino', name: 'trino-oidc', key: 'client-secret' },
      rolesClaim: 'roles',
    });
    expect(cli.secret).toBeUndefined();
    expect(findObject(consumer, 'SealedSecret', 'trino-oidc').metadata.namespace).toBe('trino');
    const declared = chart.common.secretCatalog.find('trino', 'trino-oidc');
    expect(declared?.keys['client-secret']).toEqual({ sameAs: { namespace: 'keycloak', name: 'oidc-client-trino', key: 'client-secret' } });
    // The consumer's namespace may reach Keycloak's HTTP port on the internal Service.
    const allow = findObject(objects, 'NetworkPolicy', 'allow-from-oidc-trino');
    expect(field(allow, 'spec.ingress.0.from.0.namespaceSelector.matchLabels')).toEqual({ 'kubernetes.io/metadata.name': 'trino' });
  });

  test('the realm is re-applied on every sync by keycloak-config-cli, reading the ConfigMap', () => {
    expect(job.metadata.annotations).toEqual({
      'argocd.argoproj.io/hook': 'PostSync',
      'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
    });
    expect(jobContainer.image).toBe(`docker.io/adorsys/keycloak-config-cli:${IMAGES.keycloakConfigCli.tag}`);
    // keycloak-config-cli is built per Keycloak release: its Keycloak minor must be the server's.
    const builtFor = IMAGES.keycloakConfigCli.tag.split('-')[1].split('.').slice(0, 2);
    expect(builtFor).toEqual(CHARTS.keycloakx.appVersion.split('.').slice(0, 2));
    expect(jobContainer.env).toContainEqual({ name: 'IMPORT_VARSUBSTITUTION_ENABLED', value: 'true' });
    expect(jobContainer.env).toContainEqual({ name: 'KEYCLOAK_URL', value: 'http://keycloak-http.keycloak.svc:80' });
    expect(field(job, 'spec.template.spec.volumes.0')).toEqual({ name: 'realm', configMap: { name: 'keycloak-realm-lakeplane' } });
    expect(findObject(objects, 'NetworkPolicy', 'allow-to-keycloak-realm-config')).toBeDefined();
  });

  test('no secret value is anywhere in the rendered objects', () => {
    expect(findAll(objects, 'Secret')).toEqual([]);
    expect(JSON.stringify(findObject(objects, 'ConfigMap', 'keycloak-realm-lakeplane'))).not.toMatch(/"secret": "[^$]/);
  });

  test('the handle', () => {
    expect(chart.realm).toBe('lakeplane');
    expect(chart.issuerUrl).toBe('https://keycloak.data.example.com/realms/lakeplane');
    expect(chart.roles).toEqual(['admin', 'engineer', 'analyst']);
    expect(chart.namespace).toBe('keycloak');
    expect(chart.podLabels).toEqual({ 'app.kubernetes.io/name': 'keycloak', 'app.kubernetes.io/component': 'keycloak' });
  });

  test('the upstream chart accepts the values', () => {
    expectKeycloakxAccepts(values);
  });
});

describe('keycloak in small', () => {
  const chart = build('dev');
  const objects = manifests(chart);
  const values = field(findObject(objects, 'Application', 'dev-helm-keycloak'), 'spec.source.helm.valuesObject');

  test('one small pod, one database instance, no PDB', () => {
    expect(values.replicas).toBe(1);
    expect(values.resources.requests).toEqual({ cpu: '500m', memory: '1536Mi' });
    expect(values.podDisruptionBudget).toEqual({});
    expect(field(findObject(objects, 'Cluster', 'keycloak-db'), 'spec.instances')).toBe(1);
    expectKeycloakxAccepts(values);
  });

  test('a realm without clients is still a valid realm', () => {
    const realm = JSON.parse(field(findObject(objects, 'ConfigMap', 'keycloak-realm-lakeplane'), 'data')['lakeplane.json']);
    expect(realm.clients).toEqual([]);
  });

  test('knobs set in config win', () => {
    const tuned = build('dev', { replicas: 3, cpu: 1, memoryGiB: 2, database: { instances: 3, storageGiB: 50 } });
    expect(tuned.replicas).toBe(3);
    expect(tuned.size).toEqual({ cpu: 1, memoryGiB: 2 });
    expect(tuned.database.instances).toBe(3);
    expect(tuned.database.storageGiB).toBe(50);
  });
});

describe('keycloak with database backups', () => {
  const asked: Array<{ namespace: string; restore?: unknown }> = [];
  const provider: DatabaseBackupProvider = {
    databaseBackups: (_scope, namespace, options) => {
      asked.push({ namespace, restore: options?.restore });
      return { attach: (_s, db) => ({ plugins: [{ name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: `${db.clusterName}-backups` } }] }) };
    },
  };
  const make = (config: KeycloakChartProps['config'], databaseBackups?: DatabaseBackupProvider) =>
    new KeycloakChart(new App({ outdir: 'unused' }), { common: testCommon('prod'), config, postgres: postgresOperatorFake, ingress: ingressFake, authority: authorityFake, databaseBackups });
  const chart = make({}, provider);

  test('the object store\'s backup target is plugged into the database', () => {
    expect(asked[0]).toEqual({ namespace: 'keycloak', restore: undefined });
    expect(field(findObject(manifests(chart), 'Cluster', 'keycloak-db'), 'spec.plugins.0.parameters.barmanObjectName')).toBe('keycloak-db-backups');
  });

  test('a restore builds a new cluster from the old one\'s backups, and Keycloak follows it', () => {
    const restored = make({ database: { restore: { targetTime: '2026-11-20T15:14:00Z' } } }, provider);
    expect(asked[1]).toEqual({ namespace: 'keycloak', restore: { targetTime: '2026-11-20T15:14:00Z', fromCluster: 'keycloak-db' } });
    expect(restored.database.clusterName).toBe('keycloak-db-pitr-202611201514');
    expect(restored.values.database.existingSecret).toBe('keycloak-db-pitr-202611201514-app');
  });

  test('a restore without the object store is refused', () => {
    expect(() => make({ database: { restore: { targetTime: '2026-11-20T15:14:00Z' } } })).toThrow(
      'keycloak.database.restore needs the object store holding the backups (minio), which is not enabled; enable it or remove the restore',
    );
  });

  test('the component backs its database up when the object store is enabled', () => {
    expect(keycloakComponent.optionalDeps!(testConfig('prod'))).toEqual(['minio']);
  });
});

describe('keycloak config slice', () => {
  test.each([
    [{ replicas: 0 }, 'components.keycloak.replicas: got 0; must be >= 1'],
    [{ database: { storageGiB: 0 } }, 'components.keycloak.database.storageGiB: got 0; must be >= 1'],
  ])('%j is refused with the field named', (keycloak, fieldName) => {
    expect(() => testConfig('prod', { components: { keycloak } })).toThrow(fieldName);
  });
});

describe('keycloak with the external-secrets backend', () => {
  const common = testCommon('prod', {
    secrets: { backend: 'external-secrets', store: { provider: 'vault', server: 'https://vault.example.com:8200', path: 'secret', role: 'lakeplane' } },
  });
  const chart = new KeycloakChart(new App({ outdir: 'unused' }), { common, postgres: postgresOperatorFake, ingress: ingressFake, authority: authorityFake });
  const consumer = testChart(common, 'airflow', 'airflow');
  chart.addClient(consumer, 'airflow', { namespace: 'airflow', redirectUris: ['https://airflow.data.example.com/auth/oauth-authorized/keycloak'] });
  common.secretCatalog.finalize();

  test('both copies of a client secret read the same entry of the store', () => {
    const own = findObject(manifests(chart), 'ExternalSecret', 'oidc-client-airflow');
    const theirs = findObject(manifests(consumer), 'ExternalSecret', 'airflow-oidc');
    expect(field(own, 'spec.data.0.remoteRef')).toEqual({ key: 'prod/keycloak/oidc-client-airflow', property: 'client-secret' });
    expect(field(theirs, 'spec.data.0.remoteRef')).toEqual(field(own, 'spec.data.0.remoteRef'));
    expect(theirs.metadata.namespace).toBe('airflow');
  });
});

describe('keycloak rejects bad config and bad clients', () => {
  test.each([
    [{ replicas: 0 }, 'keycloak.replicas must be an integer >= 1 (got 0)'],
    [{ memoryGiB: 0 }, 'keycloak.memoryGiB must be > 0 (got 0)'],
    [{ database: { instances: 0 } }, 'keycloak-db.instances must be an integer >= 1 (got 0)'],
  ])('%j', (config, message) => {
    expect(() => build('prod', config)).toThrow(message);
  });

  const chart = build('prod');
  const consumer: PlatformChart = testChart(chart.common, 'airflow', 'airflow');
  chart.addClient(consumer, 'airflow', { namespace: 'airflow', redirectUris: ['https://airflow.data.example.com/auth/oauth-authorized/keycloak'] });

  test('a client registered twice', () => {
    expect(() => chart.addClient(consumer, 'airflow', { namespace: 'airflow', redirectUris: ['https://airflow.data.example.com/x'] })).toThrow(
      'keycloak client "airflow" is registered twice; each component registers its own client once',
    );
  });

  test('a client without redirect URIs, or with a plain-HTTP one', () => {
    expect(() => chart.addClient(consumer, 'grafana', { namespace: 'monitoring', redirectUris: [] })).toThrow('keycloak client "grafana": redirectUris must list at least one URI (got none)');
    expect(() => chart.addClient(consumer, 'grafana', { namespace: 'monitoring', redirectUris: ['http://grafana.data.example.com/login'] })).toThrow(
      'keycloak client "grafana": redirect URI "http://grafana.data.example.com/login" must be an https:// URL (a trailing * is the only wildcard)',
    );
  });

  test('a public client asking for client credentials', () => {
    expect(() => chart.addClient(consumer, 'cli', { namespace: 'airflow', redirectUris: ['https://cli.example.com/'], publicClient: true, serviceAccount: true })).toThrow(
      'keycloak client "cli": a public client has no secret, so it cannot use client credentials (serviceAccount); make it confidential or drop serviceAccount',
    );
  });

  test('a confidential client may use client credentials', () => {
    chart.addClient(consumer, 'airflow-api', { namespace: 'airflow', redirectUris: ['https://airflow.data.example.com/api/*'], serviceAccount: true });
    const realm = JSON.parse(chart.realmJson());
    expect(realm.clients.find((c: { clientId: string }) => c.clientId === 'airflow-api').serviceAccountsEnabled).toBe(true);
    expect(realm.clients.find((c: { clientId: string }) => c.clientId === 'airflow').serviceAccountsEnabled).toBe(false);
  });

  test('a machine client (client credentials only) needs no redirect URI and gets no browser login', () => {
    chart.addClient(consumer, 'batch-job', { namespace: 'airflow', redirectUris: [], serviceAccount: true });
    const client = JSON.parse(chart.realmJson()).clients.find((c: { clientId: string }) => c.clientId === 'batch-job');
    expect(client).toMatchObject({ serviceAccountsEnabled: true, standardFlowEnabled: false, redirectUris: [] });
    expect(JSON.parse(chart.realmJson()).clients.find((c: { clientId: string }) => c.clientId === 'airflow').standardFlowEnabled).toBe(true);
  });

  test('a client id that is not a DNS label', () => {
    expect(() => chart.addClient(consumer, 'Grafana UI', { namespace: 'monitoring', redirectUris: ['https://g.example.com/'] })).toThrow(
      'keycloak client id "Grafana UI" is not a DNS label',
    );
  });
});
