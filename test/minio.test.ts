/** The object store: tenant geometry, TLS, placement, buckets, lifecycle, per-consumer keys and policies. */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { BRONZE_RAW_FILE_PREFIXES, CLUSTER_WIDE_METRICS, MinioChart, MinioChartProps, erasureGeometry } from '../charts/minio/chart';
import { everyAlertGroup, everyDashboard } from '../charts/registry';
import { NessieChart } from '../charts/nessie/chart';
import { expiryRuleHitsTables, lifecycleConfiguration } from '../charts/minio/s3-policy';
import { MEDALLION_SCHEMAS } from '../charts/trino/chart';
import { MINIO_OPERATOR_UPGRADE_PORT, MinioOperatorChart, MinioOperatorChartProps } from '../charts/minio/operator';
import type { Manifest } from '../lib/output';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { STATEFUL_ANNOTATION } from '../argocd/sync';
import { haveUpstreamSchemas, helmValuesProblems } from './helm-values';
import { FakeIdentity, authority, consumerChart, ingress, minioOperator, postgresOperator } from './lakehouse-fakes';
import { field, findAll, findObject, manifests, testCommon } from './util';

const prod = testCommon('prod');
const app = new App({ outdir: 'unused' });
const chart = new MinioChart(app, { common: prod, operator: minioOperator, authority });
// Consumers are built after the object store: their grants must still reach the setup Job.
const logging = consumerChart(prod, 'logging', app);
chart.handle.grant(logging, 'loki', 'logging', [{ bucket: chart.handle.bucket('logs'), access: 'readwrite' }]);
const reports = consumerChart(prod, 'reports', app);
chart.handle.grant(reports, 'reports', 'reports', [
  { bucket: chart.handle.bucket('gold'), access: 'read' },
  { bucket: chart.handle.bucket('exports'), access: 'write' },
]);
const objects = manifests(chart);
const tenant = findObject(objects, 'Tenant', 'datalake');
const pool = field(tenant, 'spec.pools.0');
const setup = findObject(objects, 'ConfigMap', 'minio-setup');
const job = findObject(objects, 'Job', 'minio-setup');

describe('minio (production)', () => {
  test('tenant geometry: 4 servers x 4 drives of 1 TiB on the object-store storage class, EC:4', () => {
    expect(pool.servers).toBe(4);
    expect(pool.volumesPerServer).toBe(4);
    expect(field(pool, 'volumeClaimTemplate.spec.resources.requests.storage')).toBe('1024Gi');
    expect(field(pool, 'volumeClaimTemplate.spec.storageClassName')).toBe('local-path');
    expect(field(tenant, 'spec.env')).toContainEqual({ name: 'MINIO_STORAGE_CLASS_STANDARD', value: 'EC:4' });
    expect(chart.objectStores).toEqual([
      { name: 'datalake', servers: 4, drivesPerServer: 4, driveGiB: 1024, parity: 4, erasureSetDrives: 16, pool: 'storage', storageClass: 'local-path' },
    ]);
    expect(chart.volumes).toEqual([{ name: 'datalake-data', count: 16, sizeGiB: 1024, storageClass: 'local-path' }]);
  });

  test('servers run on the storage pool, spread over its nodes, restricted', () => {
    expect(field(pool, 'affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.0.matchExpressions.0')).toEqual({
      key: 'lakeplane.io/pool',
      operator: 'In',
      values: ['storage'],
    });
    expect(field(pool, 'topologySpreadConstraints.0')).toMatchObject({ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule' });
    expect(field(pool, 'securityContext')).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(field(pool, 'containerSecurityContext')).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(field(pool, 'resources.requests')).toEqual({ cpu: '2', memory: '12Gi' });
    expect(chart.workloads).toContainEqual({ name: 'datalake', replicas: 4, size: { cpu: 2, memoryGiB: 12 }, pool: 'storage' });
  });

  test('the image is the pinned snapshot, TLS comes from the internal CA, data is protected', () => {
    expect(field(tenant, 'spec.image')).toBe('quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z');
    expect(field(tenant, 'spec.requestAutoCert')).toBe(false);
    expect(field(tenant, 'spec.externalCertSecret')).toEqual([{ name: 'datalake-tls', type: 'cert-manager.io/v1' }]);
    const cert = findObject(objects, 'Certificate', 'datalake-tls');
    expect(field(cert, 'spec.issuerRef.name')).toBe('lakeplane-internal-ca');
    expect(field(cert, 'spec.dnsNames')).toEqual(expect.arrayContaining(['minio.minio.svc', '*.datalake-hl.minio.svc.cluster.local']));
    expect(field(tenant, 'spec.configuration.name')).toBe('datalake-env-configuration');
    expect(findObject(objects, 'SealedSecret', 'datalake-env-configuration')).toBeDefined();
    expect(tenant.metadata.annotations).toMatchObject({ [STATEFUL_ANNOTATION]: expect.stringContaining('every bucket') });
  });

  test('metrics are scraped over TLS and Prometheus may reach the port', () => {
    const monitor = findObject(objects, 'PodMonitor', 'datalake');
    for (const endpoint of field(monitor, 'spec.podMetricsEndpoints')) {
      expect(endpoint).toMatchObject({ scheme: 'https', portNumber: 9000, tlsConfig: { ca: { secret: { name: 'datalake-tls', key: 'ca.crt' } } } });
    }
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-scrape-datalake'), 'spec.ingress.0.ports.0.port')).toBe(9000);
  });

  describe('every MinIO metric a rule or panel reads is scraped once, and store-wide figures are not summed', () => {
    // Where the pinned MinIO serves each family the platform reads (cmd/metrics-v2.go): the
    // cluster storage group on /cluster, bucket usage on /bucket, HTTP and TTFB groups on /node.
    // A name missing here fails the test until it is checked upstream.
    const SERVED_ON: Readonly<Record<string, string>> = {
      minio_cluster_capacity_usable_free_bytes: '/minio/v2/metrics/cluster',
      minio_cluster_capacity_usable_total_bytes: '/minio/v2/metrics/cluster',
      minio_cluster_drive_offline_total: '/minio/v2/metrics/cluster',
      minio_bucket_usage_total_bytes: '/minio/v2/metrics/bucket',
      minio_s3_requests_total: '/minio/v2/metrics/node',
      minio_s3_requests_errors_total: '/minio/v2/metrics/node',
      minio_s3_requests_ttfb_seconds_distribution: '/minio/v2/metrics/node',
      minio_s3_traffic_received_bytes: '/minio/v2/metrics/node',
      minio_s3_traffic_sent_bytes: '/minio/v2/metrics/node',
    };
    const expressions = [
      ...everyAlertGroup().flatMap((g) => g.rules.map((r) => r.expr)),
      ...everyDashboard().flatMap((d) => d.panels.flatMap((p) => p.targets.map((t) => t.expr))),
    ].filter((e) => e.includes('minio_'));
    const names = [...new Set(expressions.flatMap((e) => e.match(/\bminio_[a-z0-9_]+/g) ?? []))].sort();
    const endpoints: Array<{ path: string; metricRelabelings: Array<{ action: string; regex: string }> }> = field(findObject(objects, 'PodMonitor', 'datalake'), 'spec.podMetricsEndpoints');
    // Prometheus anchors relabel regexes: keep/drop match the whole metric name.
    const kept = (e: (typeof endpoints)[number], name: string): boolean =>
      (e.metricRelabelings ?? []).every((r) => (new RegExp(`^(?:${r.regex})$`).test(name) ? r.action === 'keep' : r.action !== 'keep'));

    test('the rules and panels read MinIO metrics', () => {
      expect(names).toEqual(expect.arrayContaining(['minio_bucket_usage_total_bytes', 'minio_cluster_capacity_usable_free_bytes', 'minio_s3_requests_ttfb_seconds_distribution']));
    });

    test.each(Object.keys(SERVED_ON))('%s comes from the endpoint that serves it, and only from it', (name) => {
      if (!names.includes(name)) {
        return;
      }
      expect(endpoints.filter((e) => kept(e, name)).map((e) => e.path)).toEqual([SERVED_ON[name]]);
    });

    test('no name is read that is not known to be served', () => {
      expect(names.filter((n) => SERVED_ON[n] === undefined)).toEqual([]);
    });

    test('store-wide figures are read with max(), since every server reports them', () => {
      for (const expr of expressions) {
        for (const name of (expr.match(/\bminio_[a-z0-9_]+/g) ?? []).filter((n) => CLUSTER_WIDE_METRICS.test(n))) {
          const uses = expr.split(name).length - 1;
          const wrapped = expr.match(new RegExp(`\\bmax(?: by \\([^)]*\\))? ?\\(${name}\\)`, 'g'))?.length ?? 0;
          expect({ expr, name, wrapped }).toEqual({ expr, name, wrapped: uses });
        }
      }
    });

    test('the three scrapes of a pod are told apart by their path label', () => {
      for (const e of field(findObject(objects, 'PodMonitor', 'datalake'), 'spec.podMetricsEndpoints')) {
        expect(e.relabelings).toEqual([{ action: 'replace', sourceLabels: ['__metrics_path__'], targetLabel: 'metrics_path' }]);
      }
    });
  });

  test('the handle: https endpoint from the operator Service, path-style, region', () => {
    expect(chart.handle.endpoint).toBe('https://minio.minio.svc:443');
    expect(chart.handle.pathStyle).toBe(true);
    expect(chart.handle.region).toBe('us-east-1');
    expect(chart.handle.bucket('gold').uri('tables/')).toBe('s3://gold/tables/');
  });

  test('buckets: the well-known four plus every bucket a consumer asked for, even after the build', () => {
    expect(chart.handle.buckets).toEqual(['backups', 'bronze', 'exports', 'gold', 'logs', 'silver']);
    expect(field(setup, 'data.buckets')).toBe('backups\nbronze\nexports\ngold\nlogs\nsilver\n');
  });

  test('lifecycle: only the raw files the CSV load is done with expire (90 days), never the bucket as a whole', () => {
    expect(JSON.parse(field(setup, 'data')['lifecycle-bronze.json'])).toEqual({
      Rules: [
        { ID: 'expire-bronze-processed', Status: 'Enabled', Filter: { Prefix: 'processed/' }, Expiration: { Days: 90 } },
        { ID: 'expire-bronze-failed', Status: 'Enabled', Filter: { Prefix: 'failed/' }, Expiration: { Days: 90 } },
      ],
    });
    expect(field(setup, 'data')['setup.sh']).toContain('$MC ilm import lake/bronze < /setup/lifecycle-bronze.json');
  });

  test('lifecycle: the prefixes are where the CSV-load DAG puts files it is done with; pending uploads are kept', () => {
    const dag = fs.readFileSync(path.join(__dirname, '..', 'dags', 'csv_to_bronze.py'), 'utf8');
    // Every finished file is copied to f"<prefix>{name}" in the same bucket, then deleted from uploads/.
    const movedTo = [...dag.matchAll(/copy_object\(key, f"([a-z]+\/)\{name\}"/g)].map((m) => m[1]);
    expect(movedTo.sort()).toEqual([...BRONZE_RAW_FILE_PREFIXES].sort());
    const upload = /^UPLOAD_PREFIX = "([^"]+)"$/m.exec(dag)![1];
    expect(chart.lifecycle.rules.map((r) => r.prefix)).not.toContain(upload);
  });

  test('an empty or malformed prefix is refused (it would expire the tables in the bucket)', () => {
    expect(() => lifecycleConfiguration([{ id: 'expire-bronze', prefix: '', days: 90 }])).toThrow(
      'lifecycle rule expire-bronze: prefix "" must be path segments ending in "/" (an empty prefix expires every object of the bucket, table files included)',
    );
    expect(() => lifecycleConfiguration([{ id: 'raw', prefix: 'processed', days: 90 }])).toThrow('lifecycle rule raw: prefix "processed" must be path segments ending in "/"');
    expect(() => lifecycleConfiguration([{ id: 'raw', prefix: 'processed/', days: 0 }])).toThrow('lifecycle rule raw: expiration days must be an integer >= 1 (got 0)');
  });

  test('each consumer: its own key in its namespace, a copy for the setup Job, a policy limited to its buckets', () => {
    const own = findObject(manifests(logging), 'SealedSecret', 'loki-s3');
    expect(own.metadata.namespace).toBe('logging');
    expect(findObject(objects, 'SealedSecret', 's3-user-loki').metadata.namespace).toBe('minio');
    expect(JSON.parse(field(setup, 'data')['lakeplane-loki.json'])).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: ['arn:aws:s3:::logs'] },
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
          Resource: ['arn:aws:s3:::logs/*'],
        },
      ],
    });
    const policy = JSON.parse(field(setup, 'data')['lakeplane-reports.json']);
    expect(policy.Statement).toEqual([
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucketMultipartUploads'], Resource: ['arn:aws:s3:::exports'] },
      { Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'], Resource: ['arn:aws:s3:::exports/*'] },
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: ['arn:aws:s3:::gold'] },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::gold/*'] },
    ]);
    const script: string = field(setup, 'data')['setup.sh'];
    expect(script).toContain('$MC admin policy create lake lakeplane-loki /setup/lakeplane-loki.json');
    expect(script).toContain('$MC admin user add lake "$(cat /users/loki/accessKey)" "$(cat /users/loki/secretKey)"');
    expect(script).toContain('attach lakeplane-loki "$(cat /users/loki/accessKey)"');
    const users = field(job, 'spec.template.spec.volumes').find((v: { name: string }) => v.name === 'users');
    expect(users.projected.sources.map((s: { secret: { name: string } }) => s.secret.name)).toEqual(['s3-user-loki', 's3-user-reports']);
  });

  test('each consumer namespace may reach the S3 port, and only it', () => {
    const from = findObject(objects, 'NetworkPolicy', 'allow-from-logging');
    expect(field(from, 'spec.ingress.0.from.0.namespaceSelector.matchLabels')).toEqual({ 'kubernetes.io/metadata.name': 'logging' });
    expect(field(from, 'spec.podSelector.matchLabels')).toEqual({ 'v1.min.io/tenant': 'datalake' });
    const to = findObject(manifests(logging), 'NetworkPolicy', 'allow-to-object-store');
    expect(field(to, 'spec.egress.0.ports.0.port')).toBe(9000);
  });

  test('the servers may reach the operator\'s upgrade server, and ask the operator to let them in', () => {
    const egress = findObject(objects, 'NetworkPolicy', 'allow-to-minio-operator');
    expect(field(egress, 'spec')).toEqual({
      podSelector: { matchLabels: { 'v1.min.io/tenant': 'datalake' } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'minio-operator' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'operator' } } }],
          ports: [{ protocol: 'TCP', port: 4221 }],
        },
      ],
    });
    expect(minioOperator.tenants).toContainEqual({ namespace: 'minio', podLabels: { 'v1.min.io/tenant': 'datalake' } });
  });

  test('the setup Job is a PostSync hook on every sync, restricted, with egress to the tenant only', () => {
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const c = field(job, 'spec.template.spec.containers.0');
    expect(c.image).toBe('quay.io/minio/mc:RELEASE.2025-08-13T08-35-41Z');
    expect(c.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(c.resources.limits.memory).toBe('256Mi');
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-minio-setup'), 'spec.egress.0.to.0.podSelector.matchLabels')).toEqual({ 'v1.min.io/tenant': 'datalake' });
    expect(field(setup, 'data')['setup.sh']).toContain('mb --ignore-existing');
  });

  test('a consumer granted twice fails', () => {
    expect(() => chart.handle.grant(logging, 'loki', 'logging', [{ bucket: chart.handle.bucket('logs'), access: 'read' }])).toThrow(
      'object-store consumer "loki" is granted twice; give each consumer one grant with all its buckets',
    );
  });

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });
});

describe('no lifecycle rule reaches a table', () => {
  // The table locations as the catalog has them: every warehouse of the Nessie chart, built on
  // this object store's handle (the bronze schema lives at the bronze warehouse, s3://bronze/).
  const lakeApp = new App({ outdir: 'unused' });
  const common = testCommon('prod');
  const store = new MinioChart(lakeApp, { common, operator: minioOperator, authority });
  const nessie = new NessieChart(lakeApp, { common, objectStore: store.handle, postgres: postgresOperator, identity: new FakeIdentity(), ingress, authority });
  const locations = Object.values(nessie.warehouses);
  const rules = JSON.parse(field(findObject(manifests(store), 'ConfigMap', 'minio-setup'), 'data')['lifecycle-bronze.json']).Rules as Array<{ ID: string; Filter: { Prefix: string } }>;

  test('the warehouses come from the handles, and the bronze one is the bucket itself', () => {
    expect(locations).toEqual(expect.arrayContaining([store.handle.bucket('bronze').uri(), store.handle.bucket('silver').uri(), store.handle.bucket('gold').uri()]));
    expect(nessie.warehouses.bronze).toBe('s3://bronze/');
  });

  test('no rule covers a warehouse, a table directory or a schema under it', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(expiryRuleHitsTables(store.lifecycle.bucket, { id: rule.ID, prefix: rule.Filter.Prefix, days: 1 }, locations, MEDALLION_SCHEMAS)).toBeUndefined();
    }
  });

  test('the files of tables named like the raw prefixes are out of reach', () => {
    // Trino's table directory: <schema location><table>-<UUID without dashes>/ (unique table locations).
    const uuid = '0123456789abcdef0123456789abcdef';
    const tableFiles = locations.flatMap((location) =>
      ['orders', 'processed', 'failed', 'uploads'].flatMap((table) => [`${location}${table}-${uuid}/metadata/00000-${uuid}.metadata.json`, `${location}${table}-${uuid}/data/part-0.parquet`]),
    );
    const expired = tableFiles.filter((file) => rules.some((r) => file.startsWith(`s3://${store.lifecycle.bucket}/${r.Filter.Prefix}`)));
    expect(expired).toEqual([]);
  });

  test('the rule the bucket had before (empty prefix), a table directory and a schema are caught', () => {
    expect(expiryRuleHitsTables('bronze', { id: 'expire-bronze', prefix: '', days: 90 }, locations)).toBe(
      'lifecycle rule expire-bronze (prefix "") expires the table location s3://bronze/ and every table under it',
    );
    expect(expiryRuleHitsTables('bronze', { id: 'x', prefix: 'orders-0123456789abcdef0123456789abcdef/', days: 1 }, locations)).toBe(
      'lifecycle rule x (prefix "orders-0123456789abcdef0123456789abcdef/") names the directory of a table under s3://bronze/',
    );
    expect(expiryRuleHitsTables('bronze', { id: 'x', prefix: 'gold/', days: 1 }, locations, MEDALLION_SCHEMAS)).toBe(
      'lifecycle rule x (prefix "gold/") covers the namespace gold, whose tables the catalog may place under s3://bronze/',
    );
  });
});

describe('minio (small profile and every knob)', () => {
  test('small: one server with 4 drives keeps erasure coding (EC:2)', () => {
    const small = new MinioChart(new App({ outdir: 'unused' }), { common: testCommon('dev'), operator: minioOperator, authority });
    const t = findObject(manifests(small), 'Tenant');
    expect(field(t, 'spec.pools.0.servers')).toBe(1);
    expect(field(t, 'spec.pools.0.volumesPerServer')).toBe(4);
    expect(field(t, 'spec.env')).toContainEqual({ name: 'MINIO_STORAGE_CLASS_STANDARD', value: 'EC:2' });
    // dev has no storage pool: no node affinity, still spread.
    expect(field(t, 'spec.pools.0.affinity.nodeAffinity')).toBeUndefined();
  });

  test('all props', () => {
    const props: Required<MinioChartProps> = {
      common: prod,
      operator: minioOperator,
      authority,
      config: {
        tenant: 'lake',
        servers: 2,
        volumesPerServer: 4,
        volumeSizeGiB: 500,
        parity: 3,
        cpu: 1,
        memoryGiB: 4,
        region: 'eu-west-1',
        extraBuckets: ['landing'],
        bronzeExpirationDays: 30,
        databaseBackups: { retentionDays: 14, archiveTimeout: '2min' },
      },
      databaseBackups: { retentionDays: 14, archiveTimeout: '2min' },
    };
    const c = new MinioChart(new App({ outdir: 'unused' }), props);
    const objs = manifests(c);
    const t = findObject(objs, 'Tenant', 'lake');
    expect(field(t, 'spec.pools.0.servers')).toBe(2);
    expect(field(t, 'spec.env')).toEqual(expect.arrayContaining([{ name: 'MINIO_STORAGE_CLASS_STANDARD', value: 'EC:3' }, { name: 'MINIO_SITE_REGION', value: 'eu-west-1' }]));
    const cm = findObject(objs, 'ConfigMap', 'minio-setup');
    expect(field(cm, 'data')['buckets']).toContain('landing');
    expect(JSON.parse(field(cm, 'data')['lifecycle-bronze.json']).Rules.map((r: { Expiration: { Days: number } }) => r.Expiration.Days)).toEqual([30, 30]);
    expect(findAll(objs, 'Certificate').map((x) => x.metadata.name)).toEqual(['lake-tls']);
  });
});

describe('erasure geometry', () => {
  test.each([
    [4, 4, 4, 16],
    [1, 4, 2, 4],
    [2, 4, 4, 8],
    [6, 3, 3, 6],
  ])('%i servers x %i drives, EC:%i: sets of %i drives', (servers, volumesPerServer, parity, setDrives) => {
    expect(erasureGeometry(servers, volumesPerServer, parity)).toEqual({ drives: servers * volumesPerServer, setDrives, parity });
  });
});

describe('minio bad config', () => {
  test.each([
    [1, 2, 1, 'minio: erasure coding needs at least 4 drives in total (servers x volumesPerServer = 1 x 2 = 2); raise minio.servers or minio.volumesPerServer'],
    [2, 4, 5, 'minio.parity EC:5 is more than half of an erasure set of 8 drives (8 drives in total); use at most EC:4'],
    [1, 4, 0, 'minio.parity must be an integer >= 1 (got 0); EC:0 would lose data with the first failed drive'],
    [17, 1, 2, 'minio: 17 drives on 17 servers cannot be split into erasure sets of 4 to 16 drives; use a drive count divisible by one of 4..16 that spreads evenly over the servers'],
  ])('%i servers x %i drives, EC:%i', (servers, volumesPerServer, parity, message) => {
    expect(() => erasureGeometry(servers, volumesPerServer, parity)).toThrow(message);
    expect(() => new MinioChart(new App({ outdir: 'unused' }), { common: prod, operator: minioOperator, authority, config: { servers, volumesPerServer, parity } })).toThrow(message);
  });
});

describe('minio-operator', () => {
  const op = new MinioOperatorChart(new App({ outdir: 'unused' }), { common: prod, authority });
  const objs = manifests(op);

  test('the chart accepts the values, restricted, pinned images through the resolver', () => {
    if (haveUpstreamSchemas) {
      // resources is a Kubernetes ResourceRequirements rendered whole: the memory limit the
      // platform sets beside the chart's requests is accepted (test/helm-values.ts).
      expect(helmValuesProblems('minio-operator', op.values)).toEqual([]);
    }
    expect(op.values.operator.resources).toEqual({ requests: { cpu: '200m', memory: '256Mi' }, limits: { memory: '256Mi' } });
    expect(op.values.operator.image).toEqual({ repository: 'quay.io/minio/operator', tag: 'v7.1.1', pullPolicy: 'IfNotPresent' });
    expect(op.values.operator.sidecarImage.repository).toBe('quay.io/minio/operator-sidecar');
    expect(op.values.operator.containerSecurityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, seccompProfile: { type: 'RuntimeDefault' } });
    expect(op.values.operator.replicaCount).toBe(2);
  });

  test('the operator trusts the platform CA: Go\'s system pool from SSL_CERT_FILE, the bundle mounted from its namespace', () => {
    const trust = authority.trust;
    expect(findObject(objs, 'Namespace', 'minio-operator').metadata.labels).toMatchObject({ [trust.namespaceLabel.key]: trust.namespaceLabel.value });
    expect(op.values.operator.volumes).toEqual([{ name: 'platform-ca', configMap: { name: trust.configMapName } }]);
    expect(op.values.operator.volumeMounts).toEqual([{ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true }]);
    expect(op.values.operator.env).toContainEqual({ name: 'SSL_CERT_FILE', value: `/etc/platform-ca/${trust.pemKey}` });
    expect(findAll(objs, 'Certificate')).toEqual([]); // no stand-in certificate to carry the CA
  });

  test('all props', () => {
    const props: Required<MinioOperatorChartProps> = { common: testCommon('prod'), authority, config: { replicas: 3 } };
    expect(new MinioOperatorChart(new App({ outdir: 'unused' }), props).values.operator.replicaCount).toBe(3);
  });

  test('mirror: images are pulled through the registry mirror', () => {
    const mirrored = new MinioOperatorChart(new App({ outdir: 'unused' }), { common: testCommon('prod', { registry: { imageMirror: 'registry.local/mirror' } }), authority });
    expect(mirrored.values.operator.image.repository).toBe('registry.local/mirror/quay.io/minio/operator');
  });

  test('tenant pods reach the upgrade server on 4221, both ends open, nothing more', async () => {
    const app = new App({ outdir: 'unused' });
    const common = testCommon('prod');
    const operator = new MinioOperatorChart(app, { common, authority });
    const tenant = new MinioChart(app, { common, operator: operator.handle, authority });
    operator.handle.allowTenant('minio', tenant.handle.podLabels);
    const [render] = await renderReleases([helmReleaseOf(findObject(manifests(operator), 'Application', 'prod-helm-minio-operator'))]);
    const rendered = render.objects.map((o) => o.object);
    // The chart: Service `operator` on 4221 in front of the operator pods, which carry the handle's labels.
    const service = findObject(rendered, 'Service', 'operator');
    expect(field(service, 'spec.ports')).toEqual([{ port: MINIO_OPERATOR_UPGRADE_PORT, name: 'http' }]);
    expect(field(findObject(rendered, 'Deployment', 'minio-operator'), 'spec.template.metadata.labels')).toMatchObject(operator.handle.podLabels);

    const flow = { from: { namespace: 'minio', labels: tenant.handle.podLabels }, to: { namespace: 'minio-operator', labels: operator.handle.podLabels }, port: 4221 };
    const policies = [...findAll(manifests(operator), 'NetworkPolicy'), ...findAll(manifests(tenant), 'NetworkPolicy')];
    expect(allowedPorts(policies, 'Egress', flow)).toContain(4221);
    expect(allowedPorts(policies, 'Ingress', flow)).toEqual([4221]);
    // One policy, whatever the number of calls.
    expect(findAll(manifests(operator), 'NetworkPolicy').filter((p) => p.metadata.name === 'allow-from-tenant-minio')).toHaveLength(1);
  });

  test('snapshot', () => {
    expect(objs).toMatchSnapshot();
  });
});

/**
 * Ports a flow may use under the NetworkPolicies of its source (Egress) or destination
 * (Ingress) namespace: the union over the policies that select the pods and admit the peer.
 */
function allowedPorts(
  policies: readonly Manifest[],
  direction: 'Egress' | 'Ingress',
  flow: { from: { namespace: string; labels: Readonly<Record<string, string>> }; to: { namespace: string; labels: Readonly<Record<string, string>> }; port: number },
): Array<number | 'any'> {
  const [self, peer] = direction === 'Egress' ? [flow.from, flow.to] : [flow.to, flow.from];
  const matches = (selector: { matchLabels?: Record<string, string> } | undefined, labels: Readonly<Record<string, string>>): boolean =>
    Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const ports: Array<number | 'any'> = [];
  for (const p of policies) {
    if (p.metadata.namespace !== self.namespace || !(field(p, 'spec.policyTypes') as string[]).includes(direction) || !matches(field(p, 'spec.podSelector'), self.labels)) {
      continue;
    }
    for (const rule of (field(p, direction === 'Egress' ? 'spec.egress' : 'spec.ingress') ?? []) as Array<Record<string, any>>) {
      const peers = (rule[direction === 'Egress' ? 'to' : 'from'] ?? []) as Array<Record<string, any>>;
      const admits = peers.some(
        (x) =>
          x.ipBlock === undefined &&
          matches(x.namespaceSelector ?? { matchLabels: { 'kubernetes.io/metadata.name': self.namespace } }, { 'kubernetes.io/metadata.name': peer.namespace }) &&
          matches(x.podSelector, peer.labels),
      );
      if (admits) {
        ports.push(...(rule.ports ? (rule.ports as Array<{ port: number }>).map((q) => q.port) : ['any' as const]));
      }
    }
  }
  return [...new Set(ports)].sort();
}
