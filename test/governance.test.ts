/**
 * Phase 3's governance: the OpenMetadata catalog, built in both environments at phase 3. The
 * server's sizing and pinned chart, its database backed up and drilled, OpenSearch 3 with the
 * security plugin and TLS, the sealed Fernet key and search password (the chart's public
 * default key nowhere), login through Keycloak with roles from the token, the Kubernetes
 * pipeline client and its own namespace, the pipelines as code (Trino's metadata, profiler
 * and usage, dbt's manifest; no Nessie connector), and the network flows.
 */
import { buildEnvironment } from '../lib/build';
import { Manifest, renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { INGESTION_NAMESPACE, JWT_SIGNING_SECRET, OpenmetadataChart } from '../charts/openmetadata/chart';
import { OPENMETADATA_ALERTS } from '../charts/openmetadata/alerts';
import { AIRFLOW_SERVICE, catalogServices, TRINO_SERVICE } from '../charts/openmetadata/pipelines';
import { AirflowChart } from '../charts/airflow/chart';
import { OpenmetadataConfigSchema } from '../charts/openmetadata/config';
import { DATABASE_COMPONENTS } from '../charts/restore-drills/chart';
import { CATALOG_USER, DEFAULT_ACCESS_RULES, accessControlRules } from '../charts/trino/server-config';
import { CHARTS, IMAGES } from '../versions';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { PYTHON3, describeNeeding } from './support/requirements';

/** The chart's public default Fernet key (values.yaml openmetadata.config.fernetkey.value). */
const PUBLIC_FERNET_KEY = 'jJ/9sz0g0OHxsfxOoSfdFdmk3ysNmPRnH3TUAbz3IHA=';

const builds = Object.fromEntries(
  (['dev', 'prod'] as const).map((env) => {
    const build = buildEnvironment(loadEnvironment(env, 3));
    return [env, { build, rendered: renderEnvironment(build) }];
  }),
);
const objects = (env: 'dev' | 'prod'): readonly Manifest[] => builds[env].rendered.objects.get('openmetadata') ?? [];
const catalog = (env: 'dev' | 'prod') => builds[env].build.charts.get('openmetadata')!.find((c) => c instanceof OpenmetadataChart) as OpenmetadataChart;
const spec = (o: Manifest) => o.spec as Record<string, any>;

describe.each(['dev', 'prod'] as const)('openmetadata in %s at phase 3', (name) => {
  const production = name === 'prod';
  const om = () => catalog(name).helm.values;
  const search = () => catalog(name).search.values;
  const config = () => om().openmetadata.config;

  it('runs the pinned server, 2 replicas of 4 vCPU / 8 GiB in production, restricted', () => {
    expect(CHARTS.openmetadata.version).toBe('1.13.1');
    expect(om().image).toEqual({ repository: `${IMAGES.openmetadataServer.registry}/${IMAGES.openmetadataServer.repository}`, tag: IMAGES.openmetadataServer.tag, pullPolicy: 'IfNotPresent' });
    expect(om().replicaCount).toBe(production ? 2 : 1);
    if (production) expect(om().resources).toMatchObject({ requests: { cpu: '4', memory: '8Gi' }, limits: { memory: '8Gi' } });
    expect(om().podSecurityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
    expect(om().securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
  });

  it('keeps the catalog in its own backed-up PostgreSQL, with the verification query the restore drills run', () => {
    const db = catalog(name).database;
    expect(config().database).toMatchObject({ host: db.host, port: 5432, driverClass: 'org.postgresql.Driver', dbScheme: 'postgresql', databaseName: 'openmetadata' });
    expect(config().database.auth.password).toEqual({ secretRef: db.secretName, secretKey: 'password' });
    expect(objects(name).filter((o) => o.kind === 'ScheduledBackup').map((o) => spec(o).cluster.name)).toContain('openmetadata-db');
    expect(db.verification?.query).toContain('role_entity');
    expect(DATABASE_COMPONENTS).toContain('openmetadata');
  });

  it('searches on OpenSearch 3 with the security plugin, TLS, its own volumes, 3 nodes in production', () => {
    expect(CHARTS.opensearch.appVersion.split('.')[0]).toBe('3');
    expect(search().replicas).toBe(production ? 3 : 1);
    expect(search().securityConfig.enabled).toBe(true);
    expect(search().config['opensearch.yml']).toMatch(/plugins\.security\.ssl\.http\.enabled: true/);
    expect(search().config['opensearch.yml']).toMatch(/plugins\.security\.ssl\.transport\.pemcert_filepath/);
    expect(search().persistence).toMatchObject({ enabled: true, enableInitChown: false });
    expect(search().openSearchAnnotations['argocd.argoproj.io/sync-options']).toMatch(/Prune=false/);
    const cert = objects(name).find((o) => o.kind === 'Certificate' && o.metadata.name === 'openmetadata-search-tls')!;
    expect(spec(cert).usages).toEqual(expect.arrayContaining(['server auth', 'client auth']));
    expect(search().secretMounts).toEqual([expect.objectContaining({ secretName: 'openmetadata-search-tls' })]);
    expect(config().elasticsearch).toMatchObject({ searchType: 'opensearch', scheme: 'https', auth: { enabled: true }, trustStore: { enabled: true } });
  });

  it('takes the Fernet key and the search password from the sealed Secret, and never the chart\'s public key', () => {
    expect(config().fernetkey).toEqual({ value: '', secretRef: 'openmetadata-secrets', secretKey: 'fernet-key' });
    expect(config().elasticsearch.auth.password).toEqual({ secretRef: 'openmetadata-secrets', secretKey: 'search-password' });
    expect(objects(name).find((o) => o.kind === 'SealedSecret' && o.metadata.name === 'openmetadata-secrets')).toBeDefined();
    expect(JSON.stringify([...builds[name].rendered.objects.values()])).not.toContain(PUBLIC_FERNET_KEY);
  });

  it('signs its own tokens with a key of the platform\'s, never the key pair every image carries', () => {
    const jwt = config().jwtTokenConfiguration;
    expect(jwt).toEqual({ enabled: true, rsapublicKeyFilePath: '/opt/openmetadata/jwt/public_key.der', rsaprivateKeyFilePath: '/opt/openmetadata/jwt/private_key.der', jwtissuer: catalog(name).url, keyId: 'lakeplane-openmetadata' });
    // The chart's default points at the image's own files (values.yaml: ./conf/private_key.der).
    expect(JSON.stringify(om())).not.toContain('./conf/');
    const key = objects(name).find((o) => o.kind === 'Certificate' && o.metadata.name === JWT_SIGNING_SECRET)!;
    expect(spec(key).privateKey).toEqual({ rotationPolicy: 'Never', algorithm: 'RSA', size: 2048, encoding: 'PKCS8' });
    expect(spec(key).secretName).toBe(JWT_SIGNING_SECRET);
    // Made into the DER files before the migration runs, in memory; the server and the migration read them.
    const init = om().preMigrateInitContainers as Array<{ name: string; command: string[]; volumeMounts: unknown[] }>;
    expect(init.map((c) => c.name)).toEqual(['jwt-keys']);
    expect(init[0].command).toEqual(['python', '/etc/jwt-keys/jwt_keys.py', '/etc/jwt-signing/tls.key', '/opt/openmetadata/jwt']);
    expect(om().extraVolumes).toContainEqual({ name: 'jwt-keys', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } });
    expect(om().extraVolumes).toContainEqual({ name: 'jwt-signing', secret: { secretName: JWT_SIGNING_SECRET, items: [{ key: 'tls.key', path: 'tls.key' }] } });
    expect(om().extraVolumeMounts).toContainEqual({ name: 'jwt-keys', mountPath: '/opt/openmetadata/jwt', readOnly: true });
    // As the chart renders it (the committed output): before the migration, which mounts the keys like the server.
    if (name === 'dev') {
      const deployment = parseYaml(fs.readFileSync(path.join(__dirname, '..', 'dist', 'dev', 'openmetadata', 'openmetadata', 'deployment-openmetadata.yaml'), 'utf8')) as { spec: { template: { spec: { initContainers: Array<{ name: string; volumeMounts: unknown[] }>; containers: Array<{ volumeMounts: unknown[] }> } } } };
      const pod = deployment.spec.template.spec;
      expect(pod.initContainers.map((c) => c.name)).toEqual(['jwt-keys', 'run-db-migrations']);
      for (const c of [pod.initContainers[1], pod.containers[0]]) expect(c.volumeMounts).toContainEqual({ name: 'jwt-keys', mountPath: '/opt/openmetadata/jwt', readOnly: true });
    }
  });

  it('signs people in through Keycloak, with the realm\'s roles from the token', () => {
    const auth = config().authentication;
    expect(auth).toMatchObject({ provider: 'custom-oidc', clientType: 'confidential', clientId: 'openmetadata' });
    expect(auth.authority).toMatch(/\/realms\/[a-z-]+$/);
    expect(auth.oidcConfiguration.discoveryUri).toBe(`${auth.authority}/.well-known/openid-configuration`);
    expect(auth.publicKeys).toContain(`${auth.authority}/protocol/openid-connect/certs`);
    expect(config().authorizer.useRolesFromProvider).toBe(true);
    // Every realm role but admin (the catalog's admins are initialAdmins) has a catalog role of its name.
    const cm = objects(name).find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'openmetadata-pipelines')!;
    const roles = JSON.parse((cm as any).data['roles.json']) as Array<{ name: string; policies: string[] }>;
    expect(roles.map((r) => r.name).sort()).toEqual(['analyst', 'engineer']);
    expect(roles.find((r) => r.name === 'analyst')!.policies).toEqual(['DataConsumerPolicy']);
    // The pipelines Job's client-credentials principal administers the pipelines.
    expect(config().authorizer.initialAdmins).toContain('service-account-openmetadata');
    expect(catalog(name).url).toMatch(/^https:\/\/openmetadata\./);
  });

  it('runs ingestion as Kubernetes Jobs in a namespace of its own, started by the server', () => {
    const client = config().pipelineServiceClientConfig;
    expect(client).toMatchObject({ type: 'k8s', k8s: { namespace: INGESTION_NAMESPACE, ingestionImage: expect.stringContaining(`openmetadata/ingestion:${IMAGES.openmetadataIngestion.tag}`) } });
    const binding = objects(name).find((o) => o.kind === 'RoleBinding' && o.metadata.namespace === INGESTION_NAMESPACE)!;
    expect((binding as any).subjects).toEqual([{ kind: 'ServiceAccount', name: 'openmetadata', namespace: 'openmetadata' }]);
    const ns = objects(name).find((o) => o.kind === 'Namespace' && o.metadata.name === INGESTION_NAMESPACE)!;
    expect((ns.metadata.labels as Record<string, string>)['pod-security.kubernetes.io/enforce']).toBe('baseline');
  });

  it('registers Trino (metadata, profiler, usage) and dbt\'s manifest as code, with no secret in the definitions', () => {
    const cm = objects(name).find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'openmetadata-pipelines')!;
    const services = JSON.parse((cm as any).data['services.json']) as Array<{ service: { name: string; serviceType: string; connection: any }; pipelines: Array<{ pipelineType: string; sourceConfig: any }> }>;
    expect(services.map((s) => s.service.serviceType)).toEqual(['Trino', 'Airflow']);
    expect(services[0].service.name).toBe(TRINO_SERVICE);
    expect(services[0].service.connection.config).toMatchObject({ username: CATALOG_USER, authType: { password: '${TRINO_PASSWORD}' }, catalog: 'iceberg' });
    expect(services[0].pipelines.map((p) => p.pipelineType)).toEqual(['metadata', 'profiler', 'usage', 'dbt']);
    const dbt = services[0].pipelines[3].sourceConfig.config.dbtConfigSource;
    expect(dbt).toMatchObject({ dbtConfigType: 's3', dbtPrefixConfig: { dbtBucketName: 'dbt-artifacts', dbtObjectPrefix: 'latest/' } });
    expect(dbt.dbtSecurityConfig.awsSecretAccessKey).toBe('${DBT_ARTIFACTS_SECRET_ACCESS_KEY}');
    const job = objects(name).find((o) => o.kind === 'Job' && o.metadata.name === 'openmetadata-pipelines')!;
    expect((job.metadata.annotations as Record<string, string>)['argocd.argoproj.io/hook']).toBe('PostSync');
  });

  it('lists Airflow\'s DAGs and tasks from its metadata database, as a read-only role whose password is a platform secret', () => {
    const cm = objects(name).find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'openmetadata-pipelines')!;
    const services = JSON.parse((cm as any).data['services.json']) as Array<{ kind: string; service: { name: string; serviceType: string; connection: any }; pipelines: Array<{ name: string; pipelineType: string; sourceConfig: any }> }>;
    const airflow = services.find((s) => s.service.serviceType === 'Airflow')!;
    const orchestrator = builds[name].build.charts.get('airflow')!.find((c) => c instanceof AirflowChart) as AirflowChart;
    expect(airflow.kind).toBe('pipelineServices');
    expect(airflow.service.name).toBe(AIRFLOW_SERVICE);
    // openmetadata-spec connections/pipeline/airflowConnection.json: hostPort (the UI) and the database connection.
    expect(airflow.service.connection.config).toEqual({
      type: 'Airflow',
      hostPort: orchestrator.url,
      numberOfStatus: 10,
      connection: { type: 'Postgres', scheme: 'postgresql+psycopg2', username: 'openmetadata', authType: { password: '${AIRFLOW_DB_PASSWORD}' }, hostPort: `${orchestrator.database.host}:5432`, database: 'airflow', sslMode: 'require' },
    });
    expect(airflow.pipelines).toEqual([expect.objectContaining({ name: 'airflow-metadata', pipelineType: 'metadata', sourceConfig: { config: { type: 'PipelineMetadata', includeLineage: true, markDeletedPipelines: true, includeTags: true } } })]);
    // The role: CloudNativePG manages it, it reads every table (pg_read_all_data) and writes none.
    const cluster = (builds[name].rendered.objects.get('airflow') ?? []).find((o) => o.kind === 'Cluster')!;
    expect(spec(cluster).managed.roles).toEqual([
      expect.objectContaining({ name: 'openmetadata', login: true, superuser: false, createdb: false, createrole: false, replication: false, bypassrls: false, inRoles: ['pg_read_all_data'], passwordSecret: { name: 'airflow-db-role-openmetadata' } }),
    ]);
    // Its Secret holds the user name CloudNativePG checks, and the password sealed once for both sides.
    const role = (builds[name].rendered.objects.get('airflow') ?? []).find((o) => o.kind === 'SealedSecret' && o.metadata.name === 'airflow-db-role-openmetadata')!;
    expect(spec(role).template).toMatchObject({ type: 'kubernetes.io/basic-auth', data: { username: 'openmetadata' }, metadata: { labels: { 'cnpg.io/reload': 'true' } } });
    const job = objects(name).find((o) => o.kind === 'Job' && o.metadata.name === 'openmetadata-pipelines')!;
    expect(spec(job).template.spec.containers[0].env).toContainEqual({ name: 'AIRFLOW_DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'airflow-db-openmetadata', key: 'password' } } });
  });

  it('refuses a reader role that is not an identifier or that exists already, naming the fix', () => {
    const db = (builds[name].build.charts.get('airflow')!.find((c) => c instanceof AirflowChart) as AirflowChart).database;
    expect(() => db.addReadOnlyRole('Open-Metadata', 's', 'c')).toThrow('airflow-db: read-only role must be a PostgreSQL identifier: lower-case letters, digits and "_", not starting with a digit (got "Open-Metadata")');
    expect(() => db.addReadOnlyRole('openmetadata', 's', 'c')).toThrow('airflow-db: role "openmetadata" exists already (the owner or another reader); give each reader its own role');
    expect(() => db.addReadOnlyRole('airflow', 's', 'c')).toThrow('airflow-db: role "airflow" exists already');
  });

  it('opens the flow from the ingestion runs to Airflow\'s database, and nothing else into it', () => {
    const airflowObjects = builds[name].rendered.objects.get('airflow') ?? [];
    const orchestrator = builds[name].build.charts.get('airflow')!.find((c) => c instanceof AirflowChart) as AirflowChart;
    const ingress = airflowObjects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-from-openmetadata-ingestion-to-db')!;
    expect(spec(ingress)).toEqual({
      podSelector: { matchLabels: orchestrator.metadataDatabasePodLabels },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': INGESTION_NAMESPACE } } }], ports: [{ port: 5432, protocol: 'TCP' }] }],
    });
    const egress = objects(name).find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === INGESTION_NAMESPACE && o.metadata.name === 'allow-to-airflow-db')!;
    expect(spec(egress).egress).toEqual([{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'airflow' } }, podSelector: { matchLabels: orchestrator.metadataDatabasePodLabels } }], ports: [{ port: 5432, protocol: 'TCP' }] }]);
    // No other namespace reaches the database's port (Prometheus has its own policy, for the metrics port).
    const others = airflowObjects.filter((o) => o.kind === 'NetworkPolicy' && JSON.stringify(spec(o).podSelector) === JSON.stringify({ matchLabels: orchestrator.metadataDatabasePodLabels }) && JSON.stringify(spec(o).ingress ?? []).includes('"port":5432') && o.metadata.name !== 'allow-from-openmetadata-ingestion-to-db');
    expect(others.map((o) => o.metadata.name)).toEqual([]);
  });

  it('opens the flows the catalog needs: ingestion to Trino, the server and the object store, the server to Keycloak and the API server', () => {
    const policies = (builds[name].rendered.objects.get('openmetadata') ?? []).filter((o) => o.kind === 'NetworkPolicy');
    const egress = (ns: string, nameOf: string) => policies.find((p) => p.metadata.namespace === ns && p.metadata.name === nameOf);
    expect(egress(INGESTION_NAMESPACE, 'allow-to-trino')).toBeDefined();
    expect(egress(INGESTION_NAMESPACE, 'allow-to-openmetadata')).toBeDefined();
    expect(egress(INGESTION_NAMESPACE, 'allow-to-object-store')).toBeDefined();
    expect(egress('openmetadata', 'allow-to-keycloak')).toBeDefined();
    expect(egress('openmetadata', 'allow-to-kube-api')).toBeDefined();
    const trino = builds[name].rendered.objects.get('trino') ?? [];
    expect(trino.some((o) => o.kind === 'NetworkPolicy' && JSON.stringify(o.spec).includes(INGESTION_NAMESPACE))).toBe(true);
  });
});

describe('the catalog\'s pipelines and rules', () => {
  it('lists no Nessie service (OpenMetadata has no Nessie connector) and no dbt pipeline without dbt', () => {
    const services = catalogServices({ trinoHostPort: 'trino:8443', trinoUser: CATALOG_USER, caFile: '/ca.pem', schedules: { metadata: '0 4 * * *', profiler: '0 5 * * 0', usage: '30 4 * * *', pipelines: '45 4 * * *' } });
    expect(services.map((s) => s.service.serviceType)).toEqual(['Trino']);
    expect(services[0].pipelines.map((p) => p.pipelineType)).toEqual(['metadata', 'profiler', 'usage']);
  });

  it('lets the catalog user read every iceberg table and write none', () => {
    const rules = accessControlRules(DEFAULT_ACCESS_RULES, ['iceberg', 'system']);
    expect(rules.catalogs).toContainEqual({ user: CATALOG_USER, catalog: 'iceberg', allow: 'read-only' });
    expect(rules.tables.filter((r) => r.user === CATALOG_USER)).toEqual([{ user: CATALOG_USER, catalog: 'iceberg', privileges: ['SELECT'] }]);
  });

  it('names a runbook section for every alert', () => {
    const runbook = fs.readFileSync(path.join(__dirname, '..', 'docs', 'runbooks', 'openmetadata.md'), 'utf8');
    for (const rule of OPENMETADATA_ALERTS.rules) {
      expect(rule.runbook.startsWith('openmetadata.md#')).toBe(true);
      expect(runbook).toContain(`Alert: \`${rule.alert}\``);
    }
  });

  it('refuses two search nodes, naming the field and the fix', () => {
    const result = OpenmetadataConfigSchema.safeParse({ search: { nodes: 2 } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['search', 'nodes'], message: expect.stringContaining('use 1 or 3') });
  });
});

describeNeeding(PYTHON3)('the server\'s signing keys, as it reads them', () => {
  it('are cert-manager\'s PKCS#8 key as DER and its public key as X.509 SubjectPublicKeyInfo DER', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jwt-'));
    const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(path.join(dir, 'tls.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const run = spawnSync('python3', [path.join(__dirname, '..', 'charts', 'openmetadata', 'jwt_keys.py'), path.join(dir, 'tls.key'), dir], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // What Java's PKCS8EncodedKeySpec and X509EncodedKeySpec take.
    expect(fs.readFileSync(path.join(dir, 'private_key.der')).equals(privateKey.export({ type: 'pkcs8', format: 'der' }) as Buffer)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'public_key.der')).equals(publicKey.export({ type: 'spki', format: 'der' }) as Buffer)).toBe(true);
    // A key in another form is refused, saying what to set.
    fs.writeFileSync(path.join(dir, 'rsa.key'), privateKey.export({ type: 'pkcs1', format: 'pem' }));
    const pkcs1 = spawnSync('python3', [path.join(__dirname, '..', 'charts', 'openmetadata', 'jwt_keys.py'), path.join(dir, 'rsa.key'), dir], { encoding: 'utf8' });
    expect(pkcs1.status).not.toBe(0);
    expect(pkcs1.stderr).toContain("set the Certificate's privateKey.encoding to PKCS8");
  });
});
