/**
 * PostgreSQL backups through CloudNativePG's Barman Cloud plugin, to any S3 object store:
 * continuous WAL archiving (with `archive_timeout` bounding the recovery point), weekly and
 * daily base backups by ScheduledBackup, retention, one key prefix and one write key per
 * database, and the point-in-time restore that recreates a database under a new name.
 *
 * A component gets backups by passing `objectStore.databaseBackups(...)` as the `backup` of
 * its PostgresDatabase; the interface below is all it sees.
 */
import { Construct } from 'constructs';
import {
  ObjectStore as BarmanObjectStore,
  ObjectStoreSpecConfigurationDataCompression,
  ObjectStoreSpecConfigurationWalCompression,
} from '../imports/barmancloud.cnpg.io_objectstore-barmancloud.cnpg.io';
import {
  ScheduledBackup,
  ScheduledBackupSpecBackupOwnerReference,
  ScheduledBackupSpecMethod,
} from '../imports/postgresql.cnpg.io_scheduledbackup-postgresql.cnpg.io';
import { ObjectWave, setWave } from '../argocd/sync';
import { cronExpectation, cronProblem } from '../config/cron';
import type { DatabaseRestore } from '../config/database';
import type { Bucket, S3Credentials } from './object-store';
import type { DatabaseBackupTarget, DatabaseHandle, DatabaseVerification, PostgresDatabase } from './postgres-database';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';

/** The Barman Cloud plugin's name, as CloudNativePG clusters and backups refer to it. */
export const BARMAN_CLOUD_PLUGIN = 'barman-cloud.cloudnative-pg.io';

/** Backup policy of the platform (architecture document: weekly full, daily, continuous WAL). */
export interface DatabaseBackupPolicy {
  /** Base backups and WAL older than this are removed (Barman recovery window). @default 30 */
  readonly retentionDays?: number;
  /**
   * Longest time before a WAL segment is switched and archived even when little was written:
   * the recovery point objective. PostgreSQL duration. @default '5min'
   */
  readonly archiveTimeout?: string;
  /** Weekly base backup (CloudNativePG six-field cron, seconds first). @default '0 0 2 * * 0' (Sunday 02:00) */
  readonly weeklySchedule?: string;
  /** Daily base backup on the other days. @default '0 0 2 * * 1-6' (Monday to Saturday 02:00) */
  readonly dailySchedule?: string;
}

/** What a component asks for when it wants its database backed up. */
export interface DatabaseBackupOptions {
  /** Recreate the database from its backups up to a time, under a new cluster name. @default - none */
  readonly restore?: DatabaseRestore;
}

/**
 * A database whose backups exist, as a restore reads them: where the backups are, under which
 * server name, and how the component proves a restored copy good. Recorded by the backup target
 * when it is attached, so every backed-up database is known to the restore drills.
 */
export interface BackedUpDatabase {
  readonly database: DatabaseHandle;
  /** Image, size and storage of the live instances, so a scratch copy restores the same way. */
  readonly image: string;
  readonly size: PostgresDatabase['size'];
  readonly storageGiB: number;
  readonly storageClass: string;
  /** s3:// folder of the namespace's databases; the cluster's backups are under <serverName>/. */
  readonly destinationPath: string;
  /** Bucket and key prefix (no trailing "/") of destinationPath, for a read-only grant. */
  readonly bucket: Bucket;
  readonly prefix: string;
  /** The folder name the live cluster archives under: its cluster name. */
  readonly serverName: string;
  readonly endpoint: string;
  /** The component's verification query. @default - none declared (the drills refuse it) */
  readonly verification?: DatabaseVerification;
}

/** What the object store knows of the databases backed up to it. */
export interface DatabaseBackupCatalog {
  /** Every database attached to a backup target so far, in the order they were built. */
  backedUpDatabases(): readonly BackedUpDatabase[];
}

/** The object store hands these out (see ObjectStore.databaseBackups in charts/handles.ts). */
export interface DatabaseBackupProvider {
  /**
   * A backup target for databases in `namespace`; `scope` is the consumer's construct (the
   * ObjectStore, ScheduledBackups and credentials are output there).
   */
  databaseBackups(scope: Construct, namespace: string, options?: DatabaseBackupOptions): DatabaseBackupTarget;
}

export interface BarmanCloudBackupProps extends DatabaseBackupPolicy, DatabaseBackupOptions {
  /** https:// endpoint of the object store. */
  readonly endpoint: string;
  /** Bucket the backups go to. */
  readonly bucket: Bucket;
  /** Key prefix of this namespace's databases inside the bucket (each cluster adds its name). */
  readonly prefix: string;
  /** A key limited to `bucket`/`prefix`, delivered in the database's namespace. */
  readonly credentials: (scope: Construct, consumer: string, namespace: string) => S3Credentials;
  /** The CA bundle that signs the endpoint, in the database's namespace. @default - the public trust store */
  readonly endpointCa?: (scope: Construct, namespace: string) => { readonly secretName: string; readonly key: string };
  /** Told of every database the target is attached to (the object store's backup catalog). @default - nobody */
  readonly onAttach?: (database: BackedUpDatabase) => void;
}

const PG_DURATION = /^[0-9]+(ms|s|min|h|d)$/;

export class BarmanCloudBackups implements DatabaseBackupTarget {
  readonly retentionDays: number;
  readonly archiveTimeout: string;
  readonly weeklySchedule: string;
  readonly dailySchedule: string;

  constructor(private readonly props: BarmanCloudBackupProps) {
    this.retentionDays = props.retentionDays ?? 30;
    this.archiveTimeout = props.archiveTimeout ?? '5min';
    this.weeklySchedule = props.weeklySchedule ?? '0 0 2 * * 0';
    this.dailySchedule = props.dailySchedule ?? '0 0 2 * * 1-6';
    if (!Number.isInteger(this.retentionDays) || this.retentionDays < 1) {
      throw new Error(`database backups: retentionDays must be an integer >= 1 (got ${this.retentionDays})`);
    }
    if (!PG_DURATION.test(this.archiveTimeout)) {
      throw new Error(`database backups: archiveTimeout must be a PostgreSQL duration such as 5min (got "${this.archiveTimeout}")`);
    }
    if (archiveTimeoutMinutes(this.archiveTimeout) > 15) {
      throw new Error(`database backups: archiveTimeout ${this.archiveTimeout} exceeds the 15 minute recovery point objective; use 15min or less`);
    }
    for (const [field, value] of [['weeklySchedule', this.weeklySchedule], ['dailySchedule', this.dailySchedule]] as const) {
      const problem = cronProblem(value, 'cnpg');
      if (problem) {
        throw new Error(`database backups: ${field} must be ${cronExpectation('cnpg')} (got "${value}": ${problem})`);
      }
    }
  }

  /** Where a cluster's backups live: s3://<bucket>/<prefix>/<cluster>/. */
  destinationPath(): string {
    return this.props.bucket.uri(`${this.props.prefix}/`);
  }

  attach(scope: Construct, db: PostgresDatabase): Record<string, unknown> {
    const name = resourceName(db.clusterName, 'backup');
    const credentials = this.props.credentials(scope, name, db.namespace);
    const ca = this.props.endpointCa?.(scope, db.namespace);
    const store = new BarmanObjectStore(scope, 'backup-store', {
      metadata: { name, namespace: db.namespace },
      spec: {
        retentionPolicy: `${this.retentionDays}d`,
        configuration: {
          destinationPath: this.destinationPath(),
          endpointUrl: this.props.endpoint,
          endpointCa: ca ? { name: ca.secretName, key: ca.key } : undefined,
          s3Credentials: {
            accessKeyId: { name: credentials.secret.name, key: credentials.accessKeyKey },
            secretAccessKey: { name: credentials.secret.name, key: credentials.secretKeyKey },
          },
          wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP, maxParallel: 4 },
          data: { compression: ObjectStoreSpecConfigurationDataCompression.GZIP, jobs: 2 },
        },
      },
    });
    setWave(store, ObjectWave.SECRETS);

    for (const [kind, schedule] of [['weekly', this.weeklySchedule], ['daily', this.dailySchedule]] as const) {
      const backup = new ScheduledBackup(scope, `backup-${kind}`, {
        metadata: { name: resourceName(db.clusterName, kind), namespace: db.namespace },
        spec: {
          cluster: { name: db.clusterName },
          schedule,
          method: ScheduledBackupSpecMethod.PLUGIN,
          pluginConfiguration: { name: BARMAN_CLOUD_PLUGIN },
          backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
          // The first base backup is taken as soon as the cluster is up, not a week later.
          immediate: kind === 'weekly',
        },
      });
      setWave(backup, ObjectWave.JOBS);
    }

    const spec: Record<string, unknown> = {
      plugins: [{ name: BARMAN_CLOUD_PLUGIN, isWalArchiver: true, parameters: { barmanObjectName: name } }],
      postgresql: { parameters: { archive_timeout: this.archiveTimeout } },
    };
    this.props.onAttach?.({
      database: db.handle,
      image: PlatformChart.of(scope).common.images.ref('postgres'),
      size: db.size,
      storageGiB: db.storageGiB,
      storageClass: db.storageClass,
      destinationPath: this.destinationPath(),
      bucket: this.props.bucket,
      prefix: this.props.prefix,
      serverName: db.clusterName,
      endpoint: this.props.endpoint,
      verification: db.verification,
    });
    const restore = this.props.restore;
    if (restore) {
      const source = restore.fromCluster;
      if (!source) {
        throw new Error(`database ${db.namespace}/${db.clusterName}: restore needs fromCluster (the cluster whose backups are restored)`);
      }
      if (source === db.clusterName) {
        throw new Error(`database ${db.namespace}/${db.clusterName}: a restore must create a new cluster; ${source} is the cluster being restored (choose another restore.clusterName)`);
      }
      spec.bootstrap = {
        recovery: {
          source: 'origin',
          database: db.database,
          owner: db.owner,
          recoveryTarget: { targetTime: restore.targetTime },
        },
      };
      spec.externalClusters = [
        { name: 'origin', plugin: { name: BARMAN_CLOUD_PLUGIN, parameters: { barmanObjectName: name, serverName: source } } },
      ];
    }
    return spec;
  }
}

/** The name of the cluster a restore creates (config's clusterName, else <cluster>-pitr-<yyyymmddhhmm>). */
export function restoredClusterName(cluster: string, restore: DatabaseRestore): string {
  if (restore.clusterName) {
    return restore.clusterName;
  }
  const stamp = new Date(restore.targetTime).toISOString().replace(/[-:T]/g, '').slice(0, 12);
  return resourceName(cluster, 'pitr', stamp);
}

function archiveTimeoutMinutes(value: string): number {
  const match = /^([0-9]+)(ms|s|min|h|d)$/.exec(value)!;
  const perUnit: Record<string, number> = { ms: 1 / 60000, s: 1 / 60, min: 1, h: 60, d: 1440 };
  return Number(match[1]) * perUnit[match[2]];
}
