/**
 * PostgresDatabase: a component's own CloudNativePG cluster. HA by default (primary +
 * standby), required anti-affinity, sizes, storage class, scraping, protection of the data,
 * the operator-generated credentials on the handle, and the backup plug point.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { PostgresDatabase, PostgresDatabaseProps } from '../constructs/postgres-database';
import { IMAGES } from '../versions';
import { postgresOperatorFake as fakePostgres } from './identity-fakes';
import { field, findAll, findObject, manifests, testChart, testCommon } from './util';

const base = { name: 'app-db', namespace: 'app', database: 'app', owner: 'app', operator: fakePostgres } as const;

describe('PostgresDatabase with defaults', () => {
  const chart = testChart(testCommon('prod'), 'app', 'app');
  const db = new PostgresDatabase(chart, 'db', base);
  const objects = manifests(chart);
  const cluster = findObject(objects, 'Cluster', 'app-db');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('HA: a primary and a standby, never on the same node, with the operator\'s PDB', () => {
    expect(field(cluster, 'spec.instances')).toBe(2);
    expect(field(cluster, 'spec.affinity')).toEqual({ enablePodAntiAffinity: true, podAntiAffinityType: 'required', topologyKey: 'kubernetes.io/hostname' });
    expect(field(cluster, 'spec.enablePDB')).toBe(true);
  });

  test('PostgreSQL 14 or newer, no superuser access, the owner gets the application database', () => {
    const major = Number(IMAGES.postgres.tag.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(14);
    expect(field(cluster, 'spec.imageName')).toBe(`ghcr.io/cloudnative-pg/postgresql:${IMAGES.postgres.tag}`);
    expect(field(cluster, 'spec.enableSuperuserAccess')).toBe(false);
    expect(field(cluster, 'spec.bootstrap.initdb')).toEqual({ database: 'app', owner: 'app' });
  });

  test('default size and storage: 1 CPU, 2 GiB, 20 GiB on the environment\'s default class', () => {
    expect(field(cluster, 'spec.resources')).toEqual({ requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(field(cluster, 'spec.storage')).toEqual({ size: '20Gi', storageClass: 'longhorn' });
    expect(field(cluster, 'spec.postgresql.parameters.shared_buffers')).toBe('512MB');
  });

  test('the data is protected from pruning and deletion, and synced before workloads', () => {
    const annotations = cluster.metadata.annotations as Record<string, string>;
    expect(annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(annotations['lakeplane.io/stateful']).toBe('PostgreSQL cluster app/app-db (database app)');
    expect(annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
  });

  test('the instances are scraped by a PodMonitor on the metrics port', () => {
    const monitor = findObject(objects, 'PodMonitor', 'app-db');
    expect(field(monitor, 'spec.selector.matchLabels')).toEqual({ 'cnpg.io/cluster': 'app-db', 'cnpg.io/podRole': 'instance' });
    expect(field(monitor, 'spec.podMetricsEndpoints.0.port')).toBe('metrics');
    const scrape = findObject(objects, 'NetworkPolicy', 'allow-scrape-app-db');
    expect(field(scrape, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 9187 }]);
  });

  test('the handle carries the operator-generated credentials and the read-write service', () => {
    expect(db.handle.secretName).toBe('app-db-app');
    expect(db.handle.host).toBe('app-db-rw.app.svc');
    expect(db.handle.port).toBe(5432);
    expect(db.handle.jdbcUrl).toBe('jdbc:postgresql://app-db-rw.app.svc:5432/app');
    expect(db.handle.podLabels).toEqual({ 'cnpg.io/cluster': 'app-db', 'cnpg.io/podRole': 'instance' });
    // No Secret or SealedSecret is made: CloudNativePG generates the application user's password.
    expect(findAll(objects, 'Secret')).toEqual([]);
    expect(findAll(objects, 'SealedSecret')).toEqual([]);
  });

  test('network: clients of the namespace and the operator\'s status calls in; replication and the API server out', () => {
    const policy = findObject(objects, 'NetworkPolicy', 'allow-app-db');
    // Every pod of the cluster: the bootstrap Jobs (initdb, join) need the API server and the primary too.
    expect(field(policy, 'spec.podSelector.matchLabels')).toEqual({ 'cnpg.io/cluster': 'app-db' });
    expect(field(policy, 'spec.ingress.0')).toEqual({ from: [{ podSelector: {} }], ports: [{ protocol: 'TCP', port: 5432 }] });
    expect(field(policy, 'spec.ingress.1.from.0')).toEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cloudnative-pg' } },
      podSelector: { matchLabels: fakePostgres.podLabels },
    });
    expect(field(policy, 'spec.ingress.1.ports')).toEqual([{ protocol: 'TCP', port: 8000 }]);
    expect(field(policy, 'spec.ingress')).toHaveLength(2);
    expect(field(policy, 'spec.egress.0.ports')).toEqual([{ protocol: 'TCP', port: 5432 }]);
  });

  test('the capacity report sees every instance and its volume', () => {
    expect(chart.workloads).toEqual([{ name: 'app-db', replicas: 2, size: { cpu: 1, memoryGiB: 2 } }]);
    expect(chart.volumes).toEqual([{ name: 'app-db', count: 2, sizeGiB: 20, storageClass: 'longhorn' }]);
  });
});

describe('PostgresDatabase with every prop', () => {
  const attached: string[] = [];
  const backup = {
    attach(scope: Construct, db: PostgresDatabase): Record<string, unknown> {
      attached.push(db.clusterName);
      new ApiObject(scope, 'backup-marker', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${db.clusterName}-backup`, namespace: db.namespace } });
      return { plugins: [{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: `${db.clusterName}-store` } }] };
    },
  };
  const props: Required<PostgresDatabaseProps> = {
    ...base,
    instances: 3,
    size: { cpu: 4, memoryGiB: 8, cpuLimit: 6, memoryLimitGiB: 10 },
    storageGiB: 100,
    storageClass: 'fast-ssd',
    backup,
    verification: { description: 'the app table has a row', query: 'SELECT EXISTS (SELECT 1 FROM app)' },
  };
  const chart = testChart(testCommon('prod'), 'app', 'app');
  const db = new PostgresDatabase(chart, 'db', props);
  const objects = manifests(chart);
  const cluster = findObject(objects, 'Cluster', 'app-db');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('sizes, limits and storage class as given', () => {
    expect(field(cluster, 'spec.instances')).toBe(3);
    expect(field(cluster, 'spec.resources')).toEqual({ requests: { cpu: '4', memory: '8Gi' }, limits: { cpu: '6', memory: '10Gi' } });
    expect(field(cluster, 'spec.storage')).toEqual({ size: '100Gi', storageClass: 'fast-ssd' });
    expect(field(cluster, 'spec.postgresql.parameters.shared_buffers')).toBe('2GB');
    expect(chart.volumes).toEqual([{ name: 'app-db', count: 3, sizeGiB: 100, storageClass: 'fast-ssd' }]);
  });

  test('the verification query a restore drill runs is kept on the database, not rendered into the live cluster', () => {
    expect(db.verification).toEqual(props.verification);
    expect(JSON.stringify(cluster)).not.toContain('FROM app');
  });

  test('a verification query that could write, or runs two statements, is refused', () => {
    const c = testChart(testCommon('prod'), 'app', 'app');
    expect(() => new PostgresDatabase(c, 'db', { ...base, verification: { description: 'x', query: 'DELETE FROM app' } })).toThrow(
      'app-db.verification.query must be a read-only SELECT (got "DELETE FROM app")',
    );
    expect(() => new PostgresDatabase(c, 'db2', { ...base, name: 'app2-db', verification: { description: 'x', query: 'SELECT 1; DROP TABLE app' } })).toThrow(
      'app2-db.verification.query must be a single statement without ";"',
    );
  });

  test('the backup target plugs its spec and its own objects in', () => {
    expect(attached).toEqual(['app-db']);
    expect(field(cluster, 'spec.plugins.0.parameters.barmanObjectName')).toBe('app-db-store');
    expect(findObject(objects, 'ConfigMap', 'app-db-backup').metadata.namespace).toBe('app');
  });
});

describe('PostgresDatabase on one instance', () => {
  const chart = testChart(testCommon('dev'), 'app', 'app');
  new PostgresDatabase(chart, 'db', { ...base, instances: 1 });
  const cluster = findObject(manifests(chart), 'Cluster', 'app-db');

  test('no PodDisruptionBudget (it would block every node drain), storage on the dev class', () => {
    expect(field(cluster, 'spec.instances')).toBe(1);
    expect(field(cluster, 'spec.enablePDB')).toBe(false);
    expect(field(cluster, 'spec.storage.storageClass')).toBe('local-path');
  });
});

describe('PostgresDatabase rejects bad input', () => {
  const make = (over: Partial<PostgresDatabaseProps>) => () => new PostgresDatabase(testChart(testCommon('prod'), 'app', 'app'), 'db', { ...base, ...over });

  test.each([
    [{ instances: 0 }, 'app-db.instances must be an integer >= 1 (got 0)'],
    [{ instances: 1.5 }, 'app-db.instances must be an integer >= 1 (got 1.5)'],
    [{ storageGiB: 0 }, 'app-db.storageGiB must be an integer >= 1 (got 0)'],
    [{ size: { cpu: 0, memoryGiB: 1 } }, 'app-db.cpu must be > 0 (got 0)'],
    [{ database: 'my-db' }, 'app-db.database must be a PostgreSQL identifier: lower-case letters, digits and "_", not starting with a digit (got "my-db")'],
    [{ owner: '1owner' }, 'app-db.owner must be a PostgreSQL identifier: lower-case letters, digits and "_", not starting with a digit (got "1owner")'],
    [{ name: 'App_DB' }, 'resource name "App_DB" is not a DNS label (lower-case letters, digits and "-", starting and ending with a letter or digit)'],
  ])('%j', (over, message) => {
    expect(make(over as Partial<PostgresDatabaseProps>)).toThrow(message);
  });
});
