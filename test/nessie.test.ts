/**
 * The Iceberg catalog: chart values, version store, warehouse and S3 wiring from the handles,
 * OIDC, restore, the API over TLS, the peers' cache invalidations, and the chart as helm renders it.
 */
import { App } from 'cdk8s';
import { MinioChart } from '../charts/minio/chart';
import { NESSIE_HTTPS_PORT, NESSIE_MANAGEMENT_PORT, NESSIE_PORT, NessieChart, NessieChartProps } from '../charts/nessie/chart';
import type { Manifest } from '../lib/output';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { expectChartAccepts } from './helm-values';
import { FakeIdentity, OtherObjectStore, authority, ingress, minioOperator, postgresOperator } from './lakehouse-fakes';
import { field, findObject, manifests, testCommon } from './util';

function build(overrides: Partial<NessieChartProps> = {}, env: 'prod' | 'dev' = 'prod'): { chart: NessieChart; identity: FakeIdentity } {
  const common = overrides.common ?? testCommon(env);
  const app = new App({ outdir: 'unused' });
  const store = overrides.objectStore ?? new MinioChart(app, { common, operator: minioOperator, authority }).handle;
  const identity = new FakeIdentity();
  const chart = new NessieChart(app, { common, objectStore: store, postgres: postgresOperator, identity, ingress, authority, ...overrides });
  return { chart, identity };
}

const { chart, identity } = build();
const values = chart.values;
const objects = manifests(chart);

describe('nessie (production)', () => {
  test('the chart accepts the values', () => {
    expectChartAccepts('nessie', values);
  });

  test('2 replicas of 1 CPU / 2 GiB, restricted, spread, with a disruption budget', () => {
    expect(values.replicaCount).toBe(2);
    expect(values.resources).toEqual({ requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(values.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(values.podSecurityContext).toMatchObject({ seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.podDisruptionBudget).toEqual({ enabled: true, policy: { maxUnavailable: 1 } });
    expect(chart.workloads).toContainEqual({ name: 'nessie', replicas: 2, size: { cpu: 1, memoryGiB: 2 } });
    expect(values.image).toEqual({ repository: 'ghcr.io/projectnessie/nessie', tag: '0.108.4', pullPolicy: 'IfNotPresent' });
  });

  test('the version store is its own PostgreSQL (JDBC), credentials from the operator, backed up', () => {
    expect(values.versionStoreType).toBe('JDBC2');
    expect(values.jdbc).toEqual({ jdbcUrl: 'jdbc:postgresql://nessie-db-rw.nessie.svc:5432/nessie', secret: { name: 'nessie-db-app', username: 'username', password: 'password' } });
    const cluster = findObject(objects, 'Cluster', 'nessie-db');
    expect(field(cluster, 'spec.instances')).toBe(2);
    expect(field(cluster, 'spec.plugins.0.name')).toBe('barman-cloud.cloudnative-pg.io');
    expect(findObject(objects, 'ScheduledBackup', 'nessie-db-weekly')).toBeDefined();
  });

  test('the warehouse and S3 settings come from the object store handle, with nessie\'s own key', () => {
    expect(values.catalog.iceberg).toEqual({
      defaultWarehouse: 'bronze',
      warehouses: [
        { name: 'bronze', location: 's3://bronze/' },
        { name: 'silver', location: 's3://silver/' },
        { name: 'gold', location: 's3://gold/' },
      ],
    });
    expect(values.catalog.storage.s3.defaultOptions).toEqual({
      region: 'us-east-1',
      endpoint: 'https://minio.minio.svc:443',
      pathStyleAccess: true,
      authType: 'STATIC',
      accessKeySecret: { name: 'nessie-s3', awsAccessKeyId: 'accessKey', awsSecretAccessKey: 'secretKey' },
    });
    // The JVM trusts the platform CA that signs the object store (and Keycloak): its default
    // trust store is the platform CA bundle's PKCS#12 store, mounted from the namespace's copy.
    const javaOpts = values.extraEnv.find((e) => e.name === 'JAVA_OPTS_APPEND')?.value ?? '';
    expect(javaOpts).toContain('-Djavax.net.ssl.trustStore=/etc/platform-ca/truststore.p12 -Djavax.net.ssl.trustStoreType=PKCS12');
    expect(values.extraVolumes).toContainEqual({ name: 'platform-ca', configMap: { name: authority.trust.configMapName } });
    expect(values.extraVolumeMounts).toContainEqual({ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true });
    expect(findObject(objects, 'Namespace', 'nessie').metadata.labels).toMatchObject({ [authority.trust.namespaceLabel.key]: authority.trust.namespaceLabel.value });
  });

  test('authentication through Keycloak, default branch main', () => {
    expect(values.authentication).toEqual({
      enabled: true,
      oidcAuthServerUrl: 'https://keycloak.data.example.com/realms/lakeplane',
      oidcClientId: 'nessie',
      oidcClientSecret: { name: 'nessie-oidc', key: 'client-secret' },
    });
    expect(identity.clients[0]).toMatchObject({ clientId: 'nessie', options: { namespace: 'nessie', redirectUris: ['https://nessie.data.example.com/*'] } });
    expect(values.advancedConfig['nessie.server.default-branch']).toBe('main');
  });

  test('the handle: Iceberg REST and Nessie API URIs, branch, warehouse', () => {
    expect(chart.handle).toMatchObject({
      nessieUri: 'https://nessie.nessie.svc:19121/api/v2',
      icebergRestUri: 'https://nessie.nessie.svc:19121/iceberg',
      warehouse: 'bronze',
      warehouseLocation: 's3://bronze/',
      defaultBranch: 'main',
      port: 19121,
      namespace: 'nessie',
    });
  });

  test('metrics scraped, UI behind the platform ingress, clients let in by allowClient', () => {
    expect(field(findObject(objects, 'PodMonitor', 'nessie'), 'spec.podMetricsEndpoints.0')).toMatchObject({ port: 'nessie-mgmt', path: '/q/metrics' });
    expect(values.serviceMonitor.enabled).toBe(false);
    expect(field(findObject(objects, 'Ingress', 'nessie'), 'spec.rules.0.host')).toBe('nessie.data.example.com');
    chart.handle.allowClient('spark');
    const policy = findObject(manifests(chart), 'NetworkPolicy', 'allow-from-spark');
    // Clients of other namespaces reach the HTTPS port only; the plain one is the ingress controller's.
    expect(field(policy, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: NESSIE_HTTPS_PORT }]);
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-ingress-controller-nessie'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: NESSIE_PORT }]);
  });

  test('the API over TLS: a certificate for the Service names from the internal CA, on a named TLS configuration of the main server', () => {
    const cert = findObject(objects, 'Certificate', 'nessie-internal-tls');
    expect(field(cert, 'spec.dnsNames')).toEqual(['nessie', 'nessie.nessie', 'nessie.nessie.svc', 'nessie.nessie.svc.cluster.local']);
    expect(field(cert, 'spec.issuerRef.name')).toBe('lakeplane-internal-ca');
    expect(field(cert, 'spec.privateKey.encoding')).toBe('PKCS8');
    // Not the UI's certificate (nessie-tls, the ingress): no two Certificates share a name.
    const names = objects.filter((o) => o.kind === 'Certificate').map((c) => c.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['nessie-internal-tls', 'nessie-tls']));
    expect(new Set(names).size).toBe(names.length);
    expect(values.service.ports).toEqual([
      { name: 'nessie-http', number: 19120 },
      { name: 'nessie-https', number: 19121 },
    ]);
    expect(values.advancedConfig).toMatchObject({
      'quarkus.http.ssl-port': '19121',
      'quarkus.http.tls-configuration-name': 'nessie-https',
      'quarkus.tls.nessie-https.key-store.pem.0.cert': '/etc/nessie-tls/tls.crt',
      'quarkus.tls.nessie-https.key-store.pem.0.key': '/etc/nessie-tls/tls.key',
    });
    // The management interface gets no TLS configuration: probes and Prometheus stay on HTTP.
    expect(Object.keys(values.advancedConfig).filter((k) => k.startsWith('quarkus.management'))).toEqual([]);
    expect(values.extraVolumes).toContainEqual({ name: 'tls', secret: { secretName: 'nessie-internal-tls' } });
  });

  test('replicas reach each other on the management port (cache invalidations), and only Nessie pods do', () => {
    const nessie = { 'app.kubernetes.io/name': 'nessie' };
    const from = findObject(objects, 'NetworkPolicy', 'allow-from-nessie-peers');
    expect(field(from, 'spec')).toEqual({
      podSelector: { matchLabels: nessie },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'nessie' } }, podSelector: { matchLabels: nessie } }], ports: [{ protocol: 'TCP', port: NESSIE_MANAGEMENT_PORT }] }],
    });
    const to = findObject(objects, 'NetworkPolicy', 'allow-to-nessie-peers');
    expect(field(to, 'spec.egress')).toEqual([{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'nessie' } }, podSelector: { matchLabels: nessie } }], ports: [{ protocol: 'TCP', port: NESSIE_MANAGEMENT_PORT }] }]);
  });

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });
});

describe('nessie wiring and config', () => {
  test('another object store: the warehouse, endpoint, region and key follow its handle', () => {
    const other = new OtherObjectStore();
    const { chart: c } = build({ objectStore: other });
    expect(c.values.catalog.iceberg.warehouses.map((w) => w.location)).toEqual(['s3://lake-bronze/', 's3://lake-silver/', 's3://lake-gold/']);
    expect(c.values.catalog.storage.s3.defaultOptions).toMatchObject({ endpoint: 'https://rgw.ceph.svc:8443', region: 'eu-central-1', pathStyleAccess: false });
    expect(c.values.catalog.storage.s3.defaultOptions.accessKeySecret.name).toBe('nessie-rgw-key');
    expect(other.grants[0]).toMatchObject({ consumer: 'nessie', namespace: 'nessie' });
  });

  test('small profile: one replica, small sizes, one database instance', () => {
    const { chart: c } = build({}, 'dev');
    expect(c.values.replicaCount).toBe(1);
    expect(c.values.podDisruptionBudget.enabled).toBe(false);
    expect(field(findObject(manifests(c), 'Cluster'), 'spec.instances')).toBe(1);
  });

  test('all props, with a point-in-time restore: Nessie follows the restored cluster', () => {
    const common = testCommon('prod');
    const app = new App({ outdir: 'unused' });
    const props: Required<NessieChartProps> = {
      common,
      objectStore: new MinioChart(app, { common, operator: minioOperator, authority }).handle,
      postgres: postgresOperator,
      identity: new FakeIdentity(),
      ingress,
      authority,
      config: {
        replicas: 3,
        cpu: 2,
        memoryGiB: 4,
        defaultBranch: 'trunk',
        warehouseBucket: 'silver',
        database: { instances: 3, cpu: 2, memoryGiB: 4, storageGiB: 50, restore: { targetTime: '2026-11-20T15:14:00Z' } },
      },
    };
    const c = new NessieChart(app, props);
    expect(c.values.replicaCount).toBe(3);
    expect(c.values.advancedConfig['nessie.server.default-branch']).toBe('trunk');
    expect(c.values.catalog.iceberg.defaultWarehouse).toBe('silver');
    expect(c.handle.warehouseLocation).toBe('s3://silver/');
    expect(c.values.jdbc.jdbcUrl).toBe('jdbc:postgresql://nessie-db-pitr-202611201514-rw.nessie.svc:5432/nessie');
    const cluster = findObject(manifests(c), 'Cluster');
    expect(cluster.metadata.name).toBe('nessie-db-pitr-202611201514');
    expect(field(cluster, 'spec.bootstrap.recovery.recoveryTarget.targetTime')).toBe('2026-11-20T15:14:00Z');
    expect(field(cluster, 'spec.externalClusters.0.plugin.parameters.serverName')).toBe('nessie-db');
  });
});

/** A ConfigMap's data. */
function configMapData(configMap: Manifest): Record<string, string> {
  return configMap.data as Record<string, string>;
}

describe('nessie as helm renders it', () => {
  const rendered = (async () => {
    const [release] = await renderReleases([helmReleaseOf(findObject(objects, 'Application', 'prod-helm-nessie'))]);
    return release.objects.map((o) => o.object);
  })();

  test('application.properties: HTTPS on its own port from the mounted certificate; cache invalidations to the peers on the management port', async () => {
    const objs = await rendered;
    const props = configMapData(findObject(objs, 'ConfigMap', 'nessie'))['application.properties'].split('\n').map((l) => l.trim());
    expect(props).toEqual(
      expect.arrayContaining([
        'quarkus.http.port=19120',
        'quarkus.http.ssl-port=19121',
        'quarkus.http.tls-configuration-name=nessie-https',
        'quarkus.tls.nessie-https.key-store.pem.0.cert=/etc/nessie-tls/tls.crt',
        'quarkus.tls.nessie-https.key-store.pem.0.key=/etc/nessie-tls/tls.key',
        'quarkus.management.port=9000',
        'nessie.version.store.persist.cache-invalidations.service-names=nessie-mgmt',
      ]),
    );
    // The peers' names resolve to the pods' management port (a headless Service).
    const mgmt = findObject(objs, 'Service', 'nessie-mgmt');
    expect(field(mgmt, 'spec.clusterIP')).toBe('None');
    expect(field(mgmt, 'spec.ports')).toEqual([{ name: 'nessie-mgmt', port: NESSIE_MANAGEMENT_PORT, targetPort: NESSIE_MANAGEMENT_PORT, protocol: 'TCP' }]);
    expect(field(findObject(objs, 'Service', 'nessie'), 'spec.ports').map((p: { port: number }) => p.port)).toEqual([19120, 19121]);
    const deployment = findObject(objs, 'Deployment', 'nessie');
    const main = field(deployment, 'spec.template.spec.containers.0');
    expect(main.ports.map((p: { containerPort: number }) => p.containerPort).sort((a: number, b: number) => a - b)).toEqual([9000, 19120, 19121]);
    expect(main.volumeMounts).toContainEqual({ name: 'tls', mountPath: '/etc/nessie-tls', readOnly: true });
    // Probes stay on the plain management port.
    expect(main.readinessProbe.httpGet).toMatchObject({ port: 'nessie-mgmt', scheme: 'HTTP' });
  });

  test('the pod passes the platform policies', async () => {
    const deployment = findObject(await rendered, 'Deployment', 'nessie') as Manifest;
    const podRules = ['run-as-non-root', 'no-privilege-escalation', 'drop-capabilities', 'seccomp', 'privileged', 'host-namespaces', 'host-path', 'host-port', 'resources', 'image-pinned'];
    const result = checkPolicies(
      [findObject(objects, 'Namespace', 'nessie'), deployment].map((obj) => ({ folder: 'nessie', obj: obj as KubeObject })),
      { isNamespaced: (_apiVersion, kind) => kind !== 'Namespace' },
    );
    expect(result.violations.filter((v) => podRules.includes(v.rule)).map((v) => `${v.rule}: ${v.message}`)).toEqual([]);
  });
});
