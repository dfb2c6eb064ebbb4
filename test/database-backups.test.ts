/** PostgreSQL backups to the object store: schedules, WAL archiving and RPO, retention, per-database keys, point-in-time restore. */
import { App } from 'cdk8s';
import { BarmanCloudBackups, BarmanCloudBackupProps, restoredClusterName } from '../constructs/database-backups';
import { MinioChart } from '../charts/minio/chart';
import { PostgresDatabase } from '../constructs/postgres-database';
import { authority, consumerChart, minioOperator, postgresOperator } from './lakehouse-fakes';
import { field, findAll, findObject, manifests, testCommon } from './util';

const common = testCommon('prod');
const app = new App({ outdir: 'unused' });
const store = new MinioChart(app, { common, operator: minioOperator, authority });
const consumer = consumerChart(common, 'catalog', app);
const db = new PostgresDatabase(consumer, 'db', {
  name: 'catalog-db',
  namespace: 'catalog',
  database: 'catalog',
  owner: 'catalog',
  operator: postgresOperator,
  backup: store.handle.databaseBackups(consumer, 'catalog'),
});
const objects = manifests(consumer);
const cluster = findObject(objects, 'Cluster', 'catalog-db');

describe('database backups', () => {
  test('WAL archiving through the Barman Cloud plugin, archive_timeout 5min (RPO <= 15 minutes)', () => {
    expect(field(cluster, 'spec.plugins')).toEqual([
      { name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'catalog-db-backup' } },
    ]);
    expect(field(cluster, 'spec.postgresql.parameters')).toEqual({ shared_buffers: '512MB', archive_timeout: '5min' });
    expect(field(cluster, 'spec.bootstrap')).toEqual({ initdb: { database: 'catalog', owner: 'catalog' } });
  });

  test('the store: the backups bucket under the namespace prefix, over TLS, 30 days retention', () => {
    const os = findObject(objects, 'ObjectStore', 'catalog-db-backup');
    expect(field(os, 'spec.retentionPolicy')).toBe('30d');
    expect(field(os, 'spec.configuration')).toMatchObject({
      destinationPath: 's3://backups/postgres/catalog/',
      endpointURL: 'https://minio.minio.svc:443',
      endpointCA: { name: 'platform-ca-bundle', key: 'ca.crt' },
      s3Credentials: {
        accessKeyId: { name: 'catalog-db-backup-s3', key: 'accessKey' },
        secretAccessKey: { name: 'catalog-db-backup-s3', key: 'secretKey' },
      },
    });
    // The endpoint's CA is the platform bundle's Secret copy, which the namespace's label brings.
    expect(findObject(objects, 'Namespace', 'catalog').metadata.labels).toMatchObject({ [authority.trust.namespaceLabel.key]: authority.trust.namespaceLabel.value });
    expect(field(os, 'spec.configuration.endpointCA')).toEqual({ name: authority.trust.secretName, key: authority.trust.pemKey });
    expect(findAll(objects, 'Certificate')).toEqual([]);
  });

  test('weekly (Sunday 02:00) and daily (02:00 the other days) base backups', () => {
    const backups = findAll(objects, 'ScheduledBackup').map((b) => [b.metadata.name, field(b, 'spec.schedule'), field(b, 'spec.method'), field(b, 'spec.pluginConfiguration.name'), field(b, 'spec.immediate')]);
    expect(backups).toEqual([
      ['catalog-db-weekly', '0 0 2 * * 0', 'plugin', 'barman-cloud.cloudnative-pg.io', true],
      ['catalog-db-daily', '0 0 2 * * 1-6', 'plugin', 'barman-cloud.cloudnative-pg.io', false],
    ]);
  });

  test('the key may only touch its own prefix of the backups bucket', () => {
    expect(store.handle.policyOf('catalog-db-backup').Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
        Resource: ['arn:aws:s3:::backups'],
        Condition: { StringLike: { 's3:prefix': ['postgres/catalog/*', 'postgres/catalog/'] } },
      },
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
        Resource: ['arn:aws:s3:::backups/postgres/catalog/*'],
      },
    ]);
    expect(db.clusterName).toBe('catalog-db');
  });

  test('snapshot', () => {
    expect(objects.filter((o) => ['Cluster', 'ObjectStore', 'ScheduledBackup'].includes(o.kind))).toMatchSnapshot();
  });

  test('retention and RPO come from the object store config', () => {
    const a = new App({ outdir: 'unused' });
    const fresh = testCommon('prod');
    const s = new MinioChart(a, { common: fresh, operator: minioOperator, authority, databaseBackups: { retentionDays: 7, archiveTimeout: '1min' } });
    const c = consumerChart(fresh, 'other', a);
    new PostgresDatabase(c, 'db', { name: 'other-db', namespace: 'other', database: 'other', owner: 'other', operator: postgresOperator, backup: s.handle.databaseBackups(c, 'other') });
    const objs = manifests(c);
    expect(field(findObject(objs, 'ObjectStore'), 'spec.retentionPolicy')).toBe('7d');
    expect(field(findObject(objs, 'Cluster'), 'spec.postgresql.parameters.archive_timeout')).toBe('1min');
  });
});

describe('point-in-time restore', () => {
  const restore = { targetTime: '2026-11-20T15:14:00Z', fromCluster: 'catalog-db' };
  const a = new App({ outdir: 'unused' });
  const pitrCommon = testCommon('prod');
  const s = new MinioChart(a, { common: pitrCommon, operator: minioOperator, authority });
  const c = consumerChart(pitrCommon, 'catalog', a);
  const name = restoredClusterName('catalog-db', restore);
  new PostgresDatabase(c, 'db', { name, namespace: 'catalog', database: 'catalog', owner: 'catalog', operator: postgresOperator, backup: s.handle.databaseBackups(c, 'catalog', { restore }) });
  const restored = findObject(manifests(c), 'Cluster');

  test('a new cluster, never the old one', () => {
    expect(name).toBe('catalog-db-pitr-202611201514');
    expect(restored.metadata.name).toBe('catalog-db-pitr-202611201514');
    expect(restoredClusterName('catalog-db', { ...restore, clusterName: 'catalog-db-2' })).toBe('catalog-db-2');
  });

  test('bootstraps from the backups of the old cluster up to the target time', () => {
    expect(field(restored, 'spec.bootstrap')).toEqual({
      recovery: { source: 'origin', database: 'catalog', owner: 'catalog', recoveryTarget: { targetTime: '2026-11-20T15:14:00Z' } },
    });
    expect(field(restored, 'spec.externalClusters')).toEqual([
      { name: 'origin', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'catalog-db-pitr-202611201514-backup', serverName: 'catalog-db' } } },
    ]);
    // It archives on its own, under its own name.
    expect(field(restored, 'spec.plugins.0.isWALArchiver')).toBe(true);
  });

  test('restoring into the cluster being restored fails', () => {
    const a2 = new App({ outdir: 'unused' });
    const common2 = testCommon('prod');
    const s2 = new MinioChart(a2, { common: common2, operator: minioOperator, authority });
    const c2 = consumerChart(common2, 'catalog', a2);
    expect(
      () =>
        new PostgresDatabase(c2, 'db', { name: 'catalog-db', namespace: 'catalog', database: 'catalog', owner: 'catalog', operator: postgresOperator, backup: s2.handle.databaseBackups(c2, 'catalog', { restore }) }),
    ).toThrow('database catalog/catalog-db: a restore must create a new cluster; catalog-db is the cluster being restored (choose another restore.clusterName)');
  });
});

describe('backup policy bad input', () => {
  const base: BarmanCloudBackupProps = {
    endpoint: 'https://s3.example.svc',
    bucket: { name: 'backups', uri: (p?: string) => `s3://backups/${p ?? ''}` },
    prefix: 'postgres/x',
    credentials: () => {
      throw new Error('unused');
    },
  };
  test.each([
    [{ archiveTimeout: '20min' }, 'database backups: archiveTimeout 20min exceeds the 15 minute recovery point objective; use 15min or less'],
    [{ archiveTimeout: '5 minutes' }, 'database backups: archiveTimeout must be a PostgreSQL duration such as 5min (got "5 minutes")'],
    [{ weeklySchedule: '0 2 * * 0' }, 'database backups: weeklySchedule must be a CloudNativePG ScheduledBackup schedule: 6 fields (second, minute, hour, day of month, month, day of week), such as "0 0 2 * * 0" (got "0 2 * * 0": it has 5 fields)'],
    [{ retentionDays: 0 }, 'database backups: retentionDays must be an integer >= 1 (got 0)'],
  ])('%j', (override, message) => {
    expect(() => new BarmanCloudBackups({ ...base, ...override })).toThrow(message);
  });
});
