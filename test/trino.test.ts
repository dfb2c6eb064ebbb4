/** The query engine: catalogs wired from handles, derived memory, access rules, OAuth2, limits, the first query. */
import { App } from 'cdk8s';
// The registry first: it loads every component module in order (they import it back).
import { buildEnvironment } from '../lib/build';
import { loadEnvironment } from '../lib/synth';
import { MinioChart } from '../charts/phase1/minio';
import { NessieChart } from '../charts/phase1/nessie';
import { TrinoChart, TrinoChartProps } from '../charts/phase1/trino';
import { accessControlRules, deriveMemory } from '../charts/phase1/trino-config';
import { haveUpstreamSchemas, helmValuesProblems } from './helm-values';
import { FakeIdentity, OtherObjectStore, authority, fakeCatalog, ingress, minioOperator, postgresOperator } from './lakehouse-fakes';
import { field, findObject, manifests, testCommon } from './util';

function build(overrides: Partial<TrinoChartProps> = {}, env: 'prod' | 'dev' = 'prod'): { chart: TrinoChart; identity: FakeIdentity } {
  const common = overrides.common ?? testCommon(env);
  const app = new App({ outdir: 'unused' });
  const objectStore = overrides.objectStore ?? new MinioChart(app, { common, operator: minioOperator, authority }).handle;
  const identity = new FakeIdentity();
  const chart = new TrinoChart(app, { common, objectStore, catalog: fakeCatalog('nessie.nessie.svc', 19120), identity, ingress, authority, ...overrides });
  return { chart, identity };
}

const { chart, identity } = build();
const values = chart.values;
const objects = manifests(chart);
const iceberg = chart.catalogProperties.iceberg;

describe('trino (production)', () => {
  test('the chart accepts the values', () => {
    if (!haveUpstreamSchemas) {
      return;
    }
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
    expect(iceberg).toContain('iceberg.rest-catalog.uri=http://nessie.nessie.svc:19120/iceberg\n');
    expect(iceberg).toContain('iceberg.rest-catalog.oauth2.server-uri=https://keycloak.data.example.com/realms/lakeplane/protocol/openid-connect/token\n');
    expect(iceberg).toContain('s3.endpoint=https://minio.minio.svc:443\n');
    expect(iceberg).toContain('s3.region=us-east-1\n');
    expect(iceberg).toContain('s3.path-style-access=true\n');
    expect(iceberg).toContain('s3.aws-access-key=${ENV:S3_ACCESS_KEY}\n');
    expect(values.env).toContainEqual({ name: 'S3_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'trino-s3', key: 'accessKey' } } });
    expect(Object.keys(values.catalogs)).toEqual(['iceberg']);
  });

  test('access rules: the document\'s example (SELECT on iceberg.gold.* for analyst), mapped to Keycloak roles', () => {
    const rules = JSON.parse(values.accessControl.rules['rules.json']);
    expect(rules.tables).toContainEqual({ group: 'analyst', catalog: 'iceberg', schema: 'gold', table: '.*', privileges: ['SELECT'] });
    expect(rules.catalogs).toContainEqual({ group: 'analyst', catalog: 'iceberg', allow: 'read-only' });
    expect(rules.catalogs).toContainEqual({ group: 'engineer', catalog: 'iceberg', allow: 'all' });
    expect(rules.catalogs[0]).toEqual({ group: 'admin', allow: 'all' });
    expect(values.server.coordinatorExtraConfig).toContain('http-server.authentication.oauth2.groups-field=roles');
  });

  test('OAuth2 login through Keycloak behind the TLS ingress', () => {
    const extra = values.server.coordinatorExtraConfig.split('\n');
    expect(values.server.config.authenticationType).toBe('OAUTH2');
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

  test('JMX exporter metrics are scraped', () => {
    expect(values.jmx.exporter).toMatchObject({ enabled: true, image: 'docker.io/bitnamilegacy/jmx-exporter:1.4.0', port: 5556 });
    expect(values.jmx.exporter.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false });
    expect(field(findObject(objects, 'PodMonitor', 'trino'), 'spec.podMetricsEndpoints.0.port')).toBe('jmx-exporter');
  });

  test('first query: schemas bronze, silver, gold in their buckets and bronze.test_table, idempotent, after every sync', () => {
    expect(chart.firstQuerySql.split('\n')).toEqual([
      "CREATE SCHEMA IF NOT EXISTS iceberg.bronze WITH (location = 's3://bronze/');",
      "CREATE SCHEMA IF NOT EXISTS iceberg.silver WITH (location = 's3://silver/');",
      "CREATE SCHEMA IF NOT EXISTS iceberg.gold WITH (location = 's3://gold/');",
      'CREATE TABLE IF NOT EXISTS iceberg.bronze.test_table (id BIGINT, note VARCHAR, created_at TIMESTAMP(6) WITH TIME ZONE);',
      "INSERT INTO iceberg.bronze.test_table SELECT 1, 'lakeplane first query', current_timestamp WHERE NOT EXISTS (SELECT 1 FROM iceberg.bronze.test_table);",
      'SELECT * FROM iceberg.bronze.test_table;',
      '',
    ]);
    const job = findObject(objects, 'Job', 'trino-first-query');
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const c = field(job, 'spec.template.spec.containers.0');
    expect(c.image).toBe('docker.io/trinodb/trino:480');
    expect(c.command[2]).toContain('trino --server http://trino.trino.svc:8080 --user lakeplane-setup');
    expect(c.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true });
  });

  test('the handle and the catalog client registration', () => {
    expect(chart.handle).toMatchObject({ host: 'trino.trino.svc', port: 8080, uri: 'http://trino.trino.svc:8080', catalogs: ['iceberg', 'tpcds', 'tpch'], namespace: 'trino' });
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-catalog'), 'spec.egress.0.ports.0.port')).toBe(19120);
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
    expect(props).toContain('iceberg.rest-catalog.uri=http://lakekeeper.catalog.svc:8181/iceberg\n');
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
      },
    };
    const c = new TrinoChart(app, props);
    expect(c.values.server.autoscaling).toMatchObject({ enabled: true, maxReplicas: 4, targetMemoryUtilizationPercentage: '' });
    expect(c.workloads.find((w) => w.name === 'trino-worker')!.replicas).toBe(4);
    expect(c.workerMemory.heapMiB).toBe(12288);
    expect(c.values.server.coordinatorExtraConfig).toContain('query.max-execution-time=30m');
    expect(c.catalogProperties.postgresql).toContain('connection-url=jdbc:postgresql://trino-sandbox-db-rw.trino.svc:5432/migration\n');
    expect(c.handle.catalogs).toEqual(['iceberg', 'postgresql', 'tpcds', 'tpch']);
    expect(findObject(manifests(c), 'Cluster', 'trino-sandbox-db')).toBeDefined();
    expect(JSON.parse(c.values.accessControl.rules['rules.json']).tables).toContainEqual({ group: 'analyst', catalog: 'postgresql', schema: 'public', table: '.*', privileges: ['SELECT'] });
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
