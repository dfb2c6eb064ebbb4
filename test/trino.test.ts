/**
 * The query engine: catalogs wired from handles, derived memory, access rules and the group
 * file, OAuth2 for people and passwords for service users over TLS, limits, the first query,
 * and the chart as helm renders it (the config files the coordinator reads, restricted pods).
 */
import { App } from 'cdk8s';
import type { Construct } from 'constructs';
// The registry first: it loads every component module in order (they import it back).
import { buildEnvironment } from '../lib/build';
import { loadEnvironment } from '../lib/synth';
import { MinioChart } from '../charts/minio/chart';
import { NessieChart } from '../charts/nessie/chart';
import { AirflowChart } from '../charts/airflow/chart';
import { PLATFORM_GROUPS, PLATFORM_ROLES, realmRepresentation } from '../charts/keycloak/realm';
import { TRINO_ALERTS, TRINO_DASHBOARD } from '../charts/trino/alerts';
import { TRINO_HTTPS_PORT, TRINO_PORT, TrinoChart, TrinoChartProps, firstQuerySql, jmxDefaultMetricName } from '../charts/trino/chart';
import { PIPELINE_USER, SETUP_USER, accessControlRules, deriveMemory, groupFile, rolesOfGroup } from '../charts/trino/server-config';
import type { TrinoValues } from '../charts/trino/values';
import type { PolicyAdmin, RangerPluginSettings, TrinoServiceRegistration } from '../charts/ranger/handle';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import type { Manifest } from '../lib/output';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { helmValuesProblems } from './helm-values';
import { UPSTREAM_VALUES, testNeeding } from './support/requirements';
import { FakeIdentity, OtherObjectStore, authority, fakeCatalog, ingress, minioOperator, postgresOperator } from './lakehouse-fakes';
import { field, findAll, findObject, manifests, testCommon } from './util';

function build(overrides: Partial<TrinoChartProps> = {}, env: 'prod' | 'dev' = 'prod'): { chart: TrinoChart; identity: FakeIdentity } {
  const common = overrides.common ?? testCommon(env);
  const app = new App({ outdir: 'unused' });
  const objectStore = overrides.objectStore ?? new MinioChart(app, { common, operator: minioOperator, authority }).handle;
  const identity = new FakeIdentity();
  const chart = new TrinoChart(app, { common, objectStore, catalog: fakeCatalog('nessie.nessie.svc', 19121), identity, ingress, authority, ...overrides });
  // Secrets that depend on the whole environment (Trino's password file) render now.
  common.secretCatalog.finalize();
  return { chart, identity };
}

/** The file rules Trino's values enforce (rules.json of the `configmap` access control). */
function fileRulesOf(v: TrinoValues): any {
  if (v.accessControl.type !== 'configmap') throw new Error(`Trino's access control is ${v.accessControl.type}, not the file rules`);
  return JSON.parse(v.accessControl.rules['rules.json']);
}

/** A policy admin that records what Trino registers (the ranger component's handle, without Ranger). */
class FakePolicyAdmin implements PolicyAdmin {
  readonly namespace = 'ranger';
  readonly podLabels = { 'app.kubernetes.io/name': 'ranger-admin' };
  readonly port = 6182;
  registration?: TrinoServiceRegistration;
  addTrinoService(_scope: Construct, registration: TrinoServiceRegistration): RangerPluginSettings {
    this.registration = registration;
    return {
      serviceName: 'lakeplane-trino',
      policyRestUrl: 'https://ranger-admin.ranger.svc:6182',
      pollIntervalMs: 30000,
      user: 'trino-plugin',
      passwordPrefix: 'Rg1',
      password: { namespace: registration.namespace, name: 'ranger-trino-plugin', key: 'password' },
    };
  }
}

/** A ConfigMap's data. */
function configMapData(configMap: Manifest): Record<string, string> {
  return configMap.data as Record<string, string>;
}

/** The lines of a Java properties file. */
function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

const { chart, identity } = build();
const values = chart.values;
const objects = manifests(chart);
const iceberg = chart.catalogProperties.iceberg;

describe('trino (production)', () => {
  testNeeding(UPSTREAM_VALUES)('the chart accepts the values', () => {
    // The chart renders these maps with toYaml, whole: catalogs is a map of catalog files (its
    // defaults list two examples), and the security contexts are Kubernetes objects whose
    // defaults list only some fields. Pod Security "restricted" needs the others.
    const passedThrough = [
      'catalogs.iceberg',
      'securityContext.fsGroup',
      'securityContext.runAsNonRoot',
      'securityContext.seccompProfile',
      'containerSecurityContext.runAsNonRoot',
      'containerSecurityContext.seccompProfile',
    ];
    const problems = helmValuesProblems('trino', values);
    expect(problems.filter((p) => !passedThrough.some((key) => p.startsWith(`${key}: `)))).toEqual([]);
    expect(problems).toHaveLength(passedThrough.length);
  });

  test('coordinator 4 CPU / 16 GiB, 3 workers of 8 CPU / 32 GiB on the compute pool', () => {
    expect(values.coordinator.resources).toEqual({ requests: { cpu: '4', memory: '16Gi' }, limits: { memory: '16Gi' } });
    expect(values.worker.resources).toEqual({ requests: { cpu: '8', memory: '32Gi' }, limits: { memory: '32Gi' } });
    expect(values.server.workers).toBe(3);
    expect(field(values.worker.affinity, 'nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.0.matchExpressions.0.values')).toEqual(['compute']);
    expect(chart.workloads.map((w) => [w.name, w.replicas, w.pool])).toEqual([
      ['trino-coordinator', 1, 'compute'],
      ['trino-worker', 3, 'compute'],
    ]);
    expect(values.server.autoscaling).toMatchObject({ enabled: false, maxReplicas: 6 });
  });

  test('heap and memory limits are derived from the container memory', () => {
    // 32 GiB worker: 80% heap, 30% of it headroom, 40% of it per query and node.
    expect(chart.workerMemory).toEqual({ containerMiB: 32768, heapMiB: 26214, headroomMiB: 7864, maxMemoryPerNodeMiB: 10485 });
    expect(values.worker.jvm.maxHeapSize).toBe('26214M');
    expect(values.worker.config).toEqual({ memory: { heapHeadroomPerNode: '7864MB' }, query: { maxMemoryPerNode: '10485MB' } });
    expect(values.coordinator.jvm.maxHeapSize).toBe('13107M');
    // One query may use its per-node share on every worker, never the whole cluster.
    expect(values.server.config.query.maxMemory).toBe('31455MB');
  });

  test('the iceberg catalog points at Nessie and the object store, from their handles', () => {
    expect(iceberg).toContain('connector.name=iceberg\n');
    expect(iceberg).toContain('iceberg.catalog.type=rest\n');
    expect(iceberg).toContain('iceberg.rest-catalog.uri=https://nessie.nessie.svc:19121/iceberg\n');
    expect(iceberg).toContain('iceberg.rest-catalog.oauth2.server-uri=https://keycloak.data.example.com/realms/lakeplane/protocol/openid-connect/token\n');
    expect(iceberg).toContain('s3.endpoint=https://minio.minio.svc:443\n');
    expect(iceberg).toContain('s3.region=us-east-1\n');
    expect(iceberg).toContain('s3.path-style-access=true\n');
    expect(iceberg).toContain('s3.aws-access-key=${ENV:S3_ACCESS_KEY}\n');
    expect(values.env).toContainEqual({ name: 'S3_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'trino-s3', key: 'accessKey' } } });
    expect(Object.keys(values.catalogs)).toEqual(['iceberg']);
  });

  test('access rules: the document\'s example (SELECT on iceberg.gold.* for analyst), mapped to Keycloak roles', () => {
    const rules = fileRulesOf(values);
    expect(rules.tables).toContainEqual({ group: 'analyst', catalog: 'iceberg', schema: 'gold', table: '.*', privileges: ['SELECT'] });
    expect(rules.catalogs).toContainEqual({ group: 'analyst', catalog: 'iceberg', allow: 'read-only' });
    expect(rules.catalogs).toContainEqual({ group: 'engineer', catalog: 'iceberg', allow: 'all' });
    expect(rules.catalogs[0]).toEqual({ group: 'admin', allow: 'all' });
    // Groups come from the file group provider: Trino 480 refuses the removed OAuth2 groups-field.
    expect(values.server.coordinatorExtraConfig).not.toContain('groups-field');
    expect(values.coordinator.additionalConfigFiles['group.db']).toBe(chart.groupFile);
  });

  test('the airflow user may do what the DAGs do: create and load bronze tables, see every medallion table; no more', () => {
    const rules = fileRulesOf(values);
    const own = (list: Array<Record<string, unknown>>) => list.filter((r) => r.user === PIPELINE_USER);
    expect(own(rules.catalogs)).toEqual([{ user: 'airflow', catalog: 'iceberg', allow: 'all' }]);
    expect(own(rules.schemas)).toEqual([]);
    expect(own(rules.tables)).toEqual([
      { user: 'airflow', catalog: 'iceberg', schema: 'bronze', privileges: ['SELECT', 'INSERT', 'OWNERSHIP'] },
      { user: 'airflow', catalog: 'iceberg', schema: 'silver|gold', privileges: ['SELECT'] },
    ]);
    // Its own rules come before the role rules (first match wins) and it owns no schema.
    const firstRoleRule = rules.tables.findIndex((r: Record<string, unknown>) => r.group !== undefined && r.group !== 'admin');
    expect(rules.tables.findIndex((r: Record<string, unknown>) => r.user === PIPELINE_USER)).toBeLessThan(firstRoleRule);
    expect(JSON.parse(values.resourceGroups.resourceGroupsConfig).selectors).toContainEqual({ user: 'airflow', group: 'global.pipeline' });
  });

  test('role rules: the strongest role first, since a person holds every role their group includes', () => {
    const doc = accessControlRules(
      [
        { role: 'analyst', tables: 'iceberg.gold.*', privileges: ['SELECT'] },
        { role: 'engineer', tables: 'iceberg.*.*', privileges: ['SELECT', 'INSERT'] },
      ],
      ['iceberg', 'system'],
    );
    expect(doc.tables.filter((r) => r.group === 'engineer' || r.group === 'analyst').map((r) => r.group)).toEqual(['engineer', 'analyst']);
  });

  test('OAuth2 login through Keycloak behind the TLS ingress; passwords for service users; no insecure path', () => {
    const extra = values.server.coordinatorExtraConfig.split('\n');
    expect(values.server.config.authenticationType).toBe('PASSWORD,OAUTH2');
    // With authentication on, Trino refuses client requests over plain HTTP unless this says otherwise.
    expect(extra.some((l) => l.startsWith('http-server.authentication.allow-insecure-over-http'))).toBe(false);
    expect(values.auth.passwordAuthSecret).toBe('trino-password-file');
    expect(extra).toEqual(
      expect.arrayContaining([
        'http-server.process-forwarded=true',
        'http-server.authentication.oauth2.issuer=https://keycloak.data.example.com/realms/lakeplane',
        'http-server.authentication.oauth2.client-id=trino',
        'http-server.authentication.oauth2.client-secret=${ENV:TRINO_OIDC_CLIENT_SECRET}',
        'web-ui.authentication.type=oauth2',
      ]),
    );
    expect(identity.clients[0].options.redirectUris).toEqual(['https://trino.data.example.com/oauth2/callback', 'https://trino.data.example.com/ui/logout/logout.html']);
    // Client credentials for the catalog's REST API.
    expect(identity.clients[0].options.serviceAccount).toBe(true);
    expect(field(findObject(objects, 'Ingress', 'trino'), 'spec.tls.0.hosts')).toEqual(['trino.data.example.com']);
    expect(values.additionalConfigProperties).toEqual(['internal-communication.shared-secret=${ENV:TRINO_SHARED_SECRET}']);
  });

  test('query limits and resource groups keep one runaway query from taking the cluster', () => {
    expect(values.server.coordinatorExtraConfig).toContain('query.max-execution-time=2h');
    const groups = JSON.parse(values.resourceGroups.resourceGroupsConfig);
    expect(groups.rootGroups[0]).toMatchObject({ name: 'global', softMemoryLimit: '90%', hardConcurrencyLimit: 40, maxQueued: 200 });
    expect(groups.rootGroups[0].subGroups.map((g: { name: string }) => g.name)).toEqual(['admin', 'pipeline', 'adhoc']);
    expect(groups.rootGroups[0].subGroups[2].subGroups[0]).toMatchObject({ name: '${USER}', softMemoryLimit: '50%' });
    expect(groups.selectors).toContainEqual({ userGroup: 'engineer', group: 'global.pipeline' });
  });

  test('alerts and dashboards use the metric names the JMX exporter gives (default format, lower-cased)', () => {
    const config = values.jmx.exporter.configProperties;
    // The names below hold only for the default format: one rule matching everything, without a name.
    expect(config).toContain('lowercaseOutputName: true');
    expect(config).toMatch(/rules:\n {2}- pattern: "\.\*"\n$/);
    const free = jmxDefaultMetricName('trino.memory:type=ClusterMemoryPool,name=general', 'FreeDistributedBytes');
    expect(free).toEqual({ name: 'trino_memory_clustermemorypool_freedistributedbytes', labels: { name: 'general' } });
    const total = jmxDefaultMetricName('trino.memory:type=ClusterMemoryPool,name=general', 'TotalDistributedBytes');
    const queued = jmxDefaultMetricName('trino.execution:name=QueryManager', 'QueuedQueries');
    const killed = jmxDefaultMetricName('trino.memory:name=ClusterMemoryManager', 'QueriesKilledDueToOutOfMemory');
    const selector = (m: { name: string; labels: Record<string, string> }) => `${m.name}{${Object.entries(m.labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
    const alerts = TRINO_ALERTS.rules;
    const expr = (name: string) => alerts.find((a) => a.alert === name)!.expr;
    expect(expr('TrinoMemoryPressure')).toContain(selector(free));
    expect(expr('TrinoMemoryPressure')).toContain(selector(total));
    expect(expr('TrinoQueriesQueued')).toContain(queued.name);
    expect(expr('TrinoQueriesKilledOutOfMemory')).toContain(killed.name);
    const panels = TRINO_DASHBOARD.panels;
    expect(panels.find((p) => p.title === 'General pool free')!.targets[0].expr).toContain(selector(free));
    // The pool is a label, never part of the name.
    const everything = JSON.stringify([TRINO_ALERTS, TRINO_DASHBOARD]);
    expect(everything).not.toContain('clustermemorypool_general_');
  });

  test('JMX exporter metrics are scraped', () => {
    expect(values.jmx.exporter).toMatchObject({ enabled: true, image: 'docker.io/bitnamilegacy/jmx-exporter:1.4.0', port: 5556 });
    expect(values.jmx.exporter.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false });
    expect(field(findObject(objects, 'PodMonitor', 'trino'), 'spec.podMetricsEndpoints.0.port')).toBe('jmx-exporter');
  });

  test('first query: schemas bronze, silver, gold in their buckets, idempotent, after every sync; the test table only in the small profile', () => {
    // Production: no test table is written into the lake by a sync.
    expect(chart.firstQuerySql.split('\n')).toEqual([
      "CREATE SCHEMA IF NOT EXISTS iceberg.bronze WITH (location = 's3://bronze/');",
      "CREATE SCHEMA IF NOT EXISTS iceberg.silver WITH (location = 's3://silver/');",
      "CREATE SCHEMA IF NOT EXISTS iceberg.gold WITH (location = 's3://gold/');",
      'SHOW SCHEMAS FROM iceberg;',
      '',
    ]);
    expect(firstQuerySql({ bronze: 's3://bronze/' }, { testTable: true }).split('\n')).toEqual([
      "CREATE SCHEMA IF NOT EXISTS iceberg.bronze WITH (location = 's3://bronze/');",
      'CREATE TABLE IF NOT EXISTS iceberg.bronze.test_table (id BIGINT, note VARCHAR, created_at TIMESTAMP(6) WITH TIME ZONE);',
      "INSERT INTO iceberg.bronze.test_table SELECT 1, 'lakeplane first query', current_timestamp WHERE NOT EXISTS (SELECT 1 FROM iceberg.bronze.test_table);",
      'SELECT * FROM iceberg.bronze.test_table;',
      '',
    ]);
    const job = findObject(objects, 'Job', 'trino-first-query');
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const c = field(job, 'spec.template.spec.containers.0');
    expect(c.image).toBe('docker.io/trinodb/trino:480');
    // Over TLS, verified against the platform CA bundle the pod mounts, as the setup user with its password.
    const trustPath = c.command[2].match(/--truststore-path (\S+)/)[1];
    expect(c.command[2]).toContain(`trino --server https://trino.trino.svc:8443 --truststore-path ${trustPath} --user lakeplane-setup --password`);
    expect(c.volumeMounts.some((m: { mountPath: string }) => trustPath.startsWith(`${m.mountPath}/`))).toBe(true);
    expect(c.env).toContainEqual({ name: 'TRINO_PASSWORD', valueFrom: { secretKeyRef: { name: 'trino-lakeplane-setup', key: 'password' } } });
    expect(c.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true });
  });

  test('the handle and the catalog client registration', () => {
    expect(chart.handle).toMatchObject({ host: 'trino.trino.svc', port: 8443, uri: 'https://trino.trino.svc:8443', catalogs: ['iceberg', 'tpcds', 'tpch'], namespace: 'trino' });
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-catalog'), 'spec.egress.0.ports.0.port')).toBe(19121);
  });

  test('TLS for in-cluster clients: a certificate for the Service names, key and chain in one PEM, signed by the internal CA', () => {
    const cert = findObject(objects, 'Certificate', 'trino-internal-tls');
    expect(field(cert, 'spec.dnsNames')).toEqual(['trino', 'trino.trino', 'trino.trino.svc', 'trino.trino.svc.cluster.local']);
    expect(field(cert, 'spec.issuerRef.name')).toBe('lakeplane-internal-ca');
    expect(field(cert, 'spec.additionalOutputFormats')).toEqual([{ type: 'CombinedPEM' }]);
    expect(values.server.config.https).toEqual({ enabled: true, port: 8443, keystore: { path: '/etc/trino/tls/tls-combined.pem' } });
    expect(values.coordinator.secretMounts).toEqual([{ name: 'tls', secretName: 'trino-internal-tls', path: '/etc/trino/tls' }]);
    // The UI's certificate (the ingress) keeps its own name: no two Certificates share one.
    const names = findAll(objects, 'Certificate').map((c) => c.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['trino-internal-tls', 'trino-tls']));
    expect(new Set(names).size).toBe(names.length);
  });

  test('network: other namespaces reach only the HTTPS port, the ingress controller only the HTTP one', () => {
    const c = build().chart;
    c.handle.allowClient('airflow');
    const o = manifests(c);
    expect(field(findObject(o, 'NetworkPolicy', 'allow-from-airflow'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: TRINO_HTTPS_PORT }]);
    expect(field(findObject(o, 'NetworkPolicy', 'allow-ingress-controller-trino'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: TRINO_PORT }]);
  });

  test('service users: a generated password in the caller\'s namespace, only its hash in the password file', () => {
    const file = findObject(objects, 'SealedSecret', 'trino-password-file');
    expect(file.metadata.namespace).toBe('trino');
    const declared = chart.common.secretCatalog.find('trino', 'trino-password-file')!;
    expect(declared.keys['password.db']).toEqual({ passwordFile: { users: { 'lakeplane-setup': { namespace: 'trino', name: 'trino-lakeplane-setup', key: 'password' } } } });
    expect(chart.common.secretCatalog.find('trino', 'trino-lakeplane-setup')!.keys).toEqual({ password: { generate: { length: 40 } } });
  });

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });
});

describe('trino wiring follows the handles', () => {
  test('a renamed catalog service and another object store: the iceberg catalog follows both', () => {
    const common = testCommon('prod');
    const catalog = fakeCatalog('lakekeeper.catalog.svc', 8181);
    const store = new OtherObjectStore();
    const c = new TrinoChart(new App({ outdir: 'unused' }), { common, objectStore: store, catalog, identity: new FakeIdentity(), ingress, authority });
    const props = c.catalogProperties.iceberg;
    expect(props).toContain('iceberg.rest-catalog.uri=https://lakekeeper.catalog.svc:8181/iceberg\n');
    expect(props).toContain('s3.endpoint=https://rgw.ceph.svc:8443\n');
    expect(props).toContain('s3.region=eu-central-1\n');
    expect(props).toContain('s3.path-style-access=false\n');
    expect(c.values.env).toContainEqual({ name: 'S3_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'trino-rgw-key', key: 'accessKey' } } });
    expect(c.firstQuerySql).toContain("CREATE SCHEMA IF NOT EXISTS iceberg.gold WITH (location = 's3://lake-gold/');");
    expect(catalog.clients).toEqual(['trino']);
    const egress = findObject(manifests(c), 'NetworkPolicy', 'allow-to-catalog');
    expect(field(egress, 'spec.egress.0')).toMatchObject({ ports: [{ port: 8181 }], to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'catalog' } } }] });
  });

  test('all props: sizes, autoscaling, limits, rules and the postgresql catalog on its own database', () => {
    const common = testCommon('prod');
    const app = new App({ outdir: 'unused' });
    const props: Required<TrinoChartProps> = {
      common,
      objectStore: new MinioChart(app, { common, operator: minioOperator, authority }).handle,
      catalog: fakeCatalog(),
      identity: new FakeIdentity(),
      ingress,
      authority,
      postgres: postgresOperator,
      policyAdmin: new FakePolicyAdmin(),
      config: {
        coordinator: { cpu: 2, memoryGiB: 8 },
        workers: { cpu: 4, memoryGiB: 16, replicas: 2, maxReplicas: 4, autoscaling: true },
        heapPercent: 75,
        queryMaxExecutionTime: '30m',
        maxConcurrentQueries: 10,
        maxQueuedQueries: 50,
        accessRules: [
          { role: 'analyst', tables: 'iceberg.gold.*', privileges: ['SELECT'] },
          { role: 'analyst', tables: 'postgresql.public.*', privileges: ['SELECT'] },
        ],
        postgresqlCatalog: { enabled: true, database: 'migration' },
        groupMembers: { 'platform-admins': ['alice'], 'data-engineers': ['bob'], analysts: ['carol'] },
        extraGroups: { regional_manager: ['dave'], contractor: ['erin'] },
      },
    };
    const c = new TrinoChart(app, props);
    // The policy admin takes over access control: Ranger's plugin, the file rules handed to it.
    expect(c.accessControl).toBe('ranger');
    expect(c.values.accessControl.type).toBe('properties');
    expect((props.policyAdmin as FakePolicyAdmin).registration?.fileRules).toBe(c.fileRules);
    expect(c.values.coordinator.additionalConfigFiles['group.db']).toContain('contractor:erin\nregional_manager:dave\n');
    expect(c.values.server.autoscaling).toMatchObject({ enabled: true, maxReplicas: 4, targetMemoryUtilizationPercentage: '' });
    expect(c.workloads.find((w) => w.name === 'trino-worker')!.replicas).toBe(4);
    expect(c.workerMemory.heapMiB).toBe(12288);
    expect(c.values.server.coordinatorExtraConfig).toContain('query.max-execution-time=30m');
    expect(c.catalogProperties.postgresql).toContain('connection-url=jdbc:postgresql://trino-sandbox-db-rw.trino.svc:5432/migration\n');
    expect(c.handle.catalogs).toEqual(['iceberg', 'postgresql', 'tpcds', 'tpch']);
    expect(findObject(manifests(c), 'Cluster', 'trino-sandbox-db')).toBeDefined();
    expect(c.fileRules.tables).toContainEqual({ group: 'analyst', catalog: 'postgresql', schema: 'public', table: '.*', privileges: ['SELECT'] });
    expect(c.values.coordinator.additionalConfigFiles['group.db']).toContain('admin:alice\n');
  });
});

describe('groups: the file group provider gives people their platform roles', () => {
  test('members of the realm\'s groups get the role their group grants and every role it includes, as in the realm', () => {
    const file = groupFile({ 'platform-admins': ['alice'], 'data-engineers': ['bob', 'dave'], analysts: ['carol', 'bob'] }, PLATFORM_GROUPS, PLATFORM_ROLES);
    expect(file.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['admin:alice', 'engineer:alice,bob,dave', 'analyst:alice,bob,carol,dave', '']);
    // The same inclusion as the realm's composite roles.
    const realm = realmRepresentation('lakeplane', 'lakeplane', []) as { roles: { realm: Array<{ name: string; composites?: { realm: string[] } }> } };
    const includes = (role: string): string[] => {
      const composites = realm.roles.realm.find((r) => r.name === role)!.composites?.realm ?? [];
      return [role, ...composites.flatMap(includes)];
    };
    for (const group of PLATFORM_GROUPS) {
      expect(rolesOfGroup(group, PLATFORM_ROLES)).toEqual(includes(group.role));
    }
  });

  test('nobody configured: every role line is empty, the provider still on', () => {
    expect(chart.groupFile.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['admin:', 'engineer:', 'analyst:', '']);
  });

  test('the config knows the realm\'s groups, and refuses a bad user name with the fix', () => {
    const schemaGroups = Object.keys(parseConfig({ ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, trino: { groupMembers: { 'platform-admins': [], 'data-engineers': [], analysts: [] } } } }, 'test').components.trino!.groupMembers!);
    expect(schemaGroups.sort()).toEqual(PLATFORM_GROUPS.map((g) => g.name).sort());
    const bad = (trino: unknown) => () => parseConfig({ ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, trino } }, 'test');
    expect(bad({ groupMembers: { analysts: ['Carol Smith'] } })).toThrow(
      'components.trino.groupMembers.analysts[0]: got "Carol Smith"; must be a Keycloak user name (lower-case letters, digits, "-", "_", ".", "@")',
    );
  });

  test('a service user listed as a member is refused', () => {
    expect(() => build({ config: { groupMembers: { 'data-engineers': ['airflow'] } } })).toThrow(
      'trino.groupMembers.data-engineers: "airflow" is a Trino service user (it signs in with a password, not through Keycloak); remove it',
    );
  });
});

describe('trino bad config', () => {
  test('a worker memory too small for the heap it implies', () => {
    expect(() => build({ config: { workers: { memoryGiB: 4 } } })).toThrow(
      'trino.workers.memoryGiB 4 is too small for the heap it implies: a 80% heap is 3276 MiB and leaves 820 MiB outside the heap, where the JVM needs at least 1024 MiB (code cache, metaspace, threads); set trino.workers.memoryGiB to at least 5 or lower trino.heapPercent',
    );
    expect(() => deriveMemory('trino.coordinator', 2, 50)).toThrow(
      'trino.coordinator.memoryGiB 2 is too small for Trino: a 50% heap is 1024 MiB, below the 2048 MiB minimum; set trino.coordinator.memoryGiB to at least 4',
    );
  });

  test('an access rule naming an unknown catalog', () => {
    expect(() => build({ config: { accessRules: [{ role: 'analyst', tables: 'hive.sales.*', privileges: ['SELECT'] }] } })).toThrow(
      'trino.accessRules[0].tables: catalog "hive" in "hive.sales.*" is not configured; configured catalogs: iceberg, system, tpcds, tpch',
    );
    expect(() => accessControlRules([{ role: 'engineer', tables: 'postgresql.public.*', privileges: ['SELECT'] }], ['iceberg', 'system'])).toThrow(
      'catalog "postgresql" in "postgresql.public.*" is not configured',
    );
  });

  test('a service user registered twice, or one Trino has no rules for', () => {
    const { chart: c } = build();
    expect(() => c.handle.addServiceUser(c, SETUP_USER, 'trino')).toThrow('trino service user "lakeplane-setup" is registered twice; one component owns each service user');
    expect(() => c.handle.addServiceUser(c, 'spark' as never, 'spark')).toThrow(
      'trino service user "spark" is not one of Trino\'s service users (lakeplane-setup, airflow, dbt, openmetadata, quality); its access rules are in charts/trino/server-config.ts',
    );
  });

  test('maxReplicas below replicas, and the postgresql catalog without the PostgreSQL operator', () => {
    expect(() => build({ config: { workers: { replicas: 4, maxReplicas: 3 } } })).toThrow('trino.workers.maxReplicas must be >= trino.workers.replicas 4 (got 3)');
    expect(() => build({ config: { postgresqlCatalog: { enabled: true } } })).toThrow(
      "trino.postgresqlCatalog.enabled needs the cloudnative-pg component (it runs the catalog's database)",
    );
  });
});

describe('trino in the built platform', () => {
  test('the iceberg catalog uses the real Nessie and object-store handles', () => {
    const build = buildEnvironment(loadEnvironment('prod'));
    const trino = build.charts.get('trino')![0] as TrinoChart;
    const nessie = build.charts.get('nessie')![0] as NessieChart;
    const minio = build.charts.get('minio')![0] as MinioChart;
    expect(trino.catalogProperties.iceberg).toContain(`iceberg.rest-catalog.uri=${nessie.handle.icebergRestUri}\n`);
    expect(trino.catalogProperties.iceberg).toContain(`s3.endpoint=${minio.handle.endpoint}\n`);
    // Airflow signs in as its service user: its password sealed in Airflow's namespace, the hash in Trino's file.
    const airflow = build.charts.get('airflow')![0] as AirflowChart;
    expect(airflow.trinoPassword).toEqual({ namespace: 'airflow', name: 'trino-airflow', key: 'password' });
    const file = build.common.secretCatalog.find('trino', 'trino-password-file')!.keys['password.db'];
    expect(file).toEqual({ passwordFile: { users: { airflow: airflow.trinoPassword, 'lakeplane-setup': { namespace: 'trino', name: 'trino-lakeplane-setup', key: 'password' } } } });
    // Trino's key landed in the object store's setup, though Trino was built after it.
    expect(minio.handle.policyOf('trino').Statement.map((s) => s.Resource[0])).toEqual([
      'arn:aws:s3:::bronze',
      'arn:aws:s3:::bronze/*',
      'arn:aws:s3:::gold',
      'arn:aws:s3:::gold/*',
      'arn:aws:s3:::silver',
      'arn:aws:s3:::silver/*',
    ]);
  });
});

describe('trino as helm renders it', () => {
  const rendered = (async () => {
    const [release] = await renderReleases([helmReleaseOf(findObject(objects, 'Application', 'prod-helm-trino'))]);
    return release.objects.map((o) => o.object);
  })();
  const configOf = async (name: string, file: string): Promise<string[]> => lines(configMapData(findObject(await rendered, 'ConfigMap', name))[file]);

  test('the coordinator starts: no removed property, HTTPS from the PEM, passwords and OAuth2, no insecure HTTP', async () => {
    const config = await configOf('trino-coordinator', 'config.properties');
    expect(config.filter((l) => l.includes('groups-field'))).toEqual([]);
    expect(config.filter((l) => l.includes('allow-insecure-over-http'))).toEqual([]);
    expect(config).toEqual(
      expect.arrayContaining([
        'http-server.authentication.type=PASSWORD,OAUTH2',
        'http-server.https.enabled=true',
        'http-server.https.port=8443',
        'http-server.https.keystore.path=/etc/trino/tls/tls-combined.pem',
        'internal-communication.shared-secret=${ENV:TRINO_SHARED_SECRET}',
      ]),
    );
  });

  test('the chart writes the file group provider and the file password authenticator, on the files we mount', async () => {
    const objs = await rendered;
    expect(await configOf('trino-coordinator', 'group-provider.properties')).toEqual(['group-provider.name=file', 'file.group-file=/etc/trino/group.db', 'file.refresh-period=60s']);
    expect(await configOf('trino-coordinator', 'password-authenticator.properties')).toEqual(['password-authenticator.name=file', 'file.password-file=/etc/trino/auth/password/password.db']);
    // The group file sits next to them, in the ConfigMap mounted at /etc/trino (no Secret: it holds none).
    const coordinatorConfig = configMapData(findObject(objs, 'ConfigMap', 'trino-coordinator'));
    expect(`${coordinatorConfig['group.db'].trimEnd()}\n`).toBe(chart.groupFile);
    const coordinator = findObject(objs, 'Deployment', 'trino-coordinator');
    const volumes = field(coordinator, 'spec.template.spec.volumes');
    expect(volumes).toContainEqual({ name: 'file-password-authentication-volume', secret: { secretName: 'trino-password-file', items: [{ key: 'password.db', path: 'password.db' }] } });
    expect(volumes).toContainEqual({ name: 'tls', secret: { secretName: 'trino-internal-tls' } });
    const main = field(coordinator, 'spec.template.spec.containers').find((c: { name: string }) => c.name === 'trino-coordinator');
    expect(main.volumeMounts).toContainEqual({ name: 'tls', mountPath: '/etc/trino/tls' });
    expect(main.ports).toContainEqual({ name: 'https', containerPort: 8443, protocol: 'TCP' });
    expect(field(findObject(objs, 'Service', 'trino'), 'spec.ports')).toContainEqual({ port: 8443, targetPort: 'https', protocol: 'TCP', name: 'https' });
  });

  test('workers keep talking to the coordinator: discovery over HTTP, authenticated by the shared secret', async () => {
    const config = await configOf('trino-worker', 'config.properties');
    expect(config).toEqual(expect.arrayContaining(['discovery.uri=http://trino:8080', 'internal-communication.shared-secret=${ENV:TRINO_SHARED_SECRET}']));
    const worker = findObject(await rendered, 'Deployment', 'trino-worker');
    expect(JSON.stringify(field(worker, 'spec.template.spec.containers'))).toContain('"name":"TRINO_SHARED_SECRET"');
  });

  test('every pod passes the platform policies (restricted, pinned, sized)', async () => {
    const pods = (await rendered).filter((o: Manifest) => o.kind === 'Deployment');
    expect(pods.map((o) => o.metadata.name).sort()).toEqual(['trino-coordinator', 'trino-worker']);
    const job = findObject(objects, 'Job', 'trino-first-query');
    const podRules = ['run-as-non-root', 'no-privilege-escalation', 'drop-capabilities', 'seccomp', 'privileged', 'host-namespaces', 'host-path', 'host-port', 'resources', 'image-pinned'];
    const result = checkPolicies(
      [findObject(objects, 'Namespace', 'trino'), ...pods, job].map((obj) => ({ folder: 'trino', obj: obj as KubeObject })),
      { isNamespaced: (_apiVersion, kind) => kind !== 'Namespace' },
    );
    expect(result.violations.filter((v) => podRules.includes(v.rule)).map((v) => `${v.rule}: ${v.message}`)).toEqual([]);
    // The chart renders no Secret: credentials are sealed, the group file is configuration.
    expect(findAll(await rendered, 'Secret')).toEqual([]);
  });
});

describe('trino trusts the platform CA', () => {
  test('coordinator and workers: the JVM\'s trust store is the bundle\'s PKCS#12 store (OAuth2 with Keycloak, the object store), mounted from the namespace\'s copy', () => {
    const trust = authority.trust;
    for (const node of [values.coordinator, values.worker]) {
      expect(node.additionalJVMConfig).toEqual(expect.arrayContaining([`-Djavax.net.ssl.trustStore=/etc/platform-ca/${trust.trustStoreKey}`, '-Djavax.net.ssl.trustStoreType=PKCS12']));
      expect(node.additionalVolumes).toContainEqual({ name: 'platform-ca', configMap: { name: trust.configMapName } });
      expect(node.additionalVolumeMounts).toContainEqual({ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true });
    }
    expect(findObject(objects, 'Namespace', 'trino').metadata.labels).toMatchObject({ [trust.namespaceLabel.key]: trust.namespaceLabel.value });
    expect(values.initContainers).toBeUndefined(); // no trust store built at pod start any more
  });
});
