/**
 * Restore drills: every backup the platform takes is restored on a schedule, into scratch
 * places, checked and timed, and the result is a Prometheus metric that pages when a drill
 * fails, is overdue or is slower than the recovery time objective (docs/runbooks/restore-drill.md).
 *
 * Why a component and not a construct inside each database's component: the drills share one
 * namespace, one read-only key on the backups, one exporter and one set of alerts, and they
 * must see every backup, of every component, including ones added later. The object store
 * records each database its backup target is attached to (with the verification query its
 * component declared next to the database), and this component drills each of them; a
 * database built after this component, whose drill would be missing, fails the synth (see the
 * validation below). The drill itself is a reusable construct (constructs/restore-drill.ts).
 *
 * Least privilege: each drill has its own ServiceAccount and Roles in the drill namespaces
 * only (and, for Velero, Backups and Restores in Velero's namespace); the key on the backups
 * bucket may only read the databases' folders; the drill namespace denies all traffic but the
 * API server, the object store, the operator's status calls and Prometheus; every pod is Pod
 * Security "restricted".
 */
import { Construct } from 'constructs';
import type { PlatformConfig } from '../../config/schema';
import type { PlatformCommon } from '../../constructs/common';
import type { DatabaseBackupCatalog } from '../../constructs/database-backups';
import type { CertificateAuthority } from '../../constructs/ingress';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { resourceName } from '../../constructs/naming';
import type { BucketGrant, ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import type { PostgresOperator } from '../../constructs/postgres-database';
import {
  BackupCanary,
  DrillDescription,
  DrillTargets,
  EXPORTER_PATH,
  EXPORTER_PORT,
  PostgresRestoreDrill,
  RestoreDrillExporter,
  VeleroRestoreDrill,
} from '../../constructs/restore-drill';
import { trustIn } from '../../constructs/trust';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import type { BackupService } from '../velero/handle';
import type { RestoreDrillsConfig } from './config';
import type { RestoreDrills } from './handle';
import { RESTORE_DRILL_ALERTS, RESTORE_DRILL_DASHBOARD } from './alerts';

/** The drill namespace. */
export const DRILL_NAMESPACE = 'restore-drills';
/** The namespace of the backup canary (in the daily Velero backup). */
export const CANARY_NAMESPACE = 'backup-canary';
/** Where the Velero drill restores a namespace of the backup. */
export function restoredNamespace(source: string): string {
  return resourceName('restored', source);
}

/** Components that own backed-up databases (each declares its verification query next to its database). */
export const DATABASE_COMPONENTS = ['keycloak', 'nessie', 'airflow', 'trino', 'monitoring', 'mlflow', 'openmetadata', 'ranger'] as const;

/** Components that add their namespace to Velero's daily backup themselves (its handle's include), so the Velero drill covers it. */
export const BACKUP_NAMESPACE_COMPONENTS = ['jupyterhub'] as const;

export interface RestoreDrillsProps {
  readonly common: PlatformCommon;
  readonly config?: RestoreDrillsConfig;
  /** The object store: the backups bucket, a read-only key, and the catalog of backed-up databases. */
  readonly objectStore: ObjectStore & DatabaseBackupCatalog;
  readonly operator: PostgresOperator;
  /** Signs the object store's endpoint. */
  readonly authority: CertificateAuthority;
  /** Velero, when it is on: its daily backup gets a drill. @default - no Velero drill */
  readonly backups?: BackupService;
}

export class RestoreDrillsChart extends PlatformChart implements RestoreDrills {
  readonly namespace = DRILL_NAMESPACE;
  readonly drills: DrillDescription[] = [];
  readonly postgresDrills: PostgresRestoreDrill[] = [];
  readonly veleroDrill?: VeleroRestoreDrill;

  constructor(scope: Construct, props: RestoreDrillsProps) {
    super(scope, { component: 'restore-drills', common: props.common, phase: 1, namespace: DRILL_NAMESPACE });
    const config = props.config ?? {};
    const schedule = config.schedule ?? '0 4 1 * *';
    const targets: DrillTargets = { rtoMinutes: config.rtoMinutes ?? 30, rpoMinutes: config.rpoMinutes ?? 15 };
    const kubectl = props.common.images.ref('kubectl');
    const ns = new PlatformNamespace(this, 'namespace', { name: DRILL_NAMESPACE });

    // PostgreSQL: one drill per database backed up so far (the databases' components are built first).
    const databases = props.objectStore.backedUpDatabases();
    if (databases.length > 0) {
      const ca = trustIn(this, ns.name, props.authority.trust).secretKeyRef;
      // One key for the drills, read-only, on the databases' folders only.
      const folders = new Map<string, BucketGrant>();
      for (const d of databases) {
        folders.set(`${d.bucket.name}/${d.prefix}`, { bucket: d.bucket, access: 'read', prefix: d.prefix });
      }
      const credentials = props.objectStore.grant(this, 'restore-drills', ns.name, [...folders.values()]);
      const postgresSchedule = config.postgres?.schedule ?? schedule;
      const stagger = config.postgres?.staggerMinutes ?? 30;
      for (const [index, source] of databases.entries()) {
        const drill = new PostgresRestoreDrill(this, `postgres-${source.database.namespace}-${source.database.clusterName}`, {
          namespace: ns,
          schedule: staggered(postgresSchedule, index * stagger, databases.length),
          targets,
          image: kubectl,
          source,
          credentials,
          endpointCa: ca,
          operator: props.operator,
          pointInTimeMinutesAgo: config.postgres?.pointInTimeMinutesAgo,
        });
        this.postgresDrills.push(drill);
        this.drills.push(drill.drill);
      }
    }
    // One scratch cluster at a time, the largest, for the capacity plan (the drills are staggered).
    const largest = [...this.postgresDrills].sort((a, b) => b.scratchSize.memoryGiB - a.scratchSize.memoryGiB || b.scratchStorageGiB - a.scratchStorageGiB)[0];
    if (largest) {
      this.declareWorkload({ name: 'restore-drill-scratch', replicas: 1, size: largest.scratchSize });
      this.declareVolumes({ name: 'restore-drill-scratch', count: 1, sizeGiB: largest.scratchStorageGiB, storageClass: largest.source.storageClass });
    }
    const drilled = databases.length;
    this.node.addValidation({
      validate: () => {
        const missing = props.objectStore.backedUpDatabases().slice(drilled).map((d) => `${d.database.namespace}/${d.database.clusterName}`);
        return missing.map(
          (m) => `database ${m} is backed up but has no restore drill: its component is built after restore-drills; add the component to DATABASE_COMPONENTS in charts/restore-drills/chart.ts`,
        );
      },
    });

    // Velero: the canary, the drill namespaces, the drill.
    const veleroOn = props.backups !== undefined && (config.velero?.enabled ?? true);
    if (props.backups && veleroOn) {
      const backups = props.backups;
      const chosen = config.velero?.namespaces ?? backups.namespaces.filter((n) => n !== CANARY_NAMESPACE);
      for (const n of chosen) {
        if (!backups.namespaces.includes(n)) {
          throw new Error(`restore-drills.velero.namespaces: ${n} is not in the daily backup (it covers ${backups.namespaces.join(', ')}); choose among those`);
        }
      }
      const canaryNs = new PlatformNamespace(this, 'canary-namespace', { name: CANARY_NAMESPACE });
      const canary = new BackupCanary(this, 'canary', { namespace: canaryNs.name, image: props.common.images.ref('busybox'), storageClass: props.common.storageClasses.default });
      backups.include(canaryNs.name);
      const mapping = (from: string) => ({ from, to: new PlatformNamespace(this, `restored-${from}`, { name: restoredNamespace(from) }) });
      const drill = new VeleroRestoreDrill(this, 'velero', {
        namespace: ns,
        schedule: config.velero?.schedule ?? schedule,
        targets,
        image: kubectl,
        veleroNamespace: backups.namespace,
        scheduleName: backups.scheduleName,
        namespaces: chosen.map(mapping),
        canary: { ...mapping(CANARY_NAMESPACE), markerPath: canary.markerPath },
      });
      this.veleroDrill = drill;
      this.drills.push(drill.drill);
    }

    if (this.drills.length === 0) {
      this.warn('restore-drills: nothing to drill (no database is backed up and Velero is off)');
    }
    const exporter = new RestoreDrillExporter(this, 'exporter', { namespace: ns, drills: this.drills, image: props.common.images.ref('busybox') });
    new PodMetrics(this, 'exporter-metrics', {
      name: 'restore-drill-exporter',
      namespace: ns.name,
      selector: exporter.podLabels,
      port: 'metrics',
      portNumber: EXPORTER_PORT,
      path: EXPORTER_PATH,
      interval: '60s',
    });
  }
}

/**
 * The schedule moved later by `minutes` (one database's drill after another's). Only a schedule
 * whose minute and hour are plain numbers can be moved; the last drill must start the same day.
 */
export function staggered(schedule: string, minutes: number, drills: number): string {
  if (minutes === 0) {
    return schedule;
  }
  const [minute, hour, ...rest] = schedule.trim().split(/\s+/);
  if (!/^[0-9]+$/.test(minute) || !/^[0-9]+$/.test(hour)) {
    throw new Error(
      `restore-drills: the PostgreSQL drills are staggered (postgres.staggerMinutes), which needs a schedule with a plain minute and hour (got "${schedule}"); use e.g. "0 4 1 * *" or set postgres.staggerMinutes: 0`,
    );
  }
  const start = Number(hour) * 60 + Number(minute) + minutes;
  if (start >= 24 * 60) {
    throw new Error(
      `restore-drills: ${drills} PostgreSQL drills staggered by postgres.staggerMinutes from ${hour.padStart(2, '0')}:${minute.padStart(2, '0')} would start past midnight; start earlier or lower postgres.staggerMinutes`,
    );
  }
  return [String(start % 60), String(Math.floor(start / 60)), ...rest].join(' ');
}

function restoreDrillsDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cert-manager', 'minio', 'cloudnative-pg'];
}

export const restoreDrillsComponent = defineComponent<'restore-drills'>({
  alerts: [RESTORE_DRILL_ALERTS],
  dashboards: [RESTORE_DRILL_DASHBOARD],
  id: 'restore-drills',
  phase: 1,
  layer: 'backup',
  description: 'Restore drills: each database and the daily Velero backup restored on a schedule into scratch namespaces, verified and timed, as metrics and alerts',
  images: ['kubectl', 'busybox'],
  dependsOn: restoreDrillsDeps,
  // Built after every component that owns a backed-up database, after Velero, and after the
  // components that add their namespace to Velero's daily backup (BACKUP_NAMESPACE_COMPONENTS).
  optionalDeps: () => [...DATABASE_COMPONENTS, 'velero', ...BACKUP_NAMESPACE_COMPONENTS],
  build(ctx) {
    const chart = new RestoreDrillsChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components['restore-drills'],
      objectStore: ctx.handles.get('minio'),
      operator: ctx.handles.get('cloudnative-pg'),
      authority: ctx.handles.get('cert-manager'),
      backups: ctx.handles.find('velero'),
    });
    return { charts: [chart], handle: chart };
  },
});
