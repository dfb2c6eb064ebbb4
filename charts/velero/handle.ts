/** The handle the velero component gives the components that use it (charts/handles.ts). */

/** What the backup component hands out. */
export interface BackupService {
  readonly namespace: string;
  /** Cron schedule of the daily backup. */
  readonly schedule: string;
  /** Retention of each backup (Velero TTL). */
  readonly ttl: string;
  /** Namespaces the daily backup covers. */
  readonly namespaces: readonly string[];
  /** Name of the backup storage location. */
  readonly storageLocation: string;
  /** Name of the daily Schedule (its backups carry the label velero.io/schedule-name with it). */
  readonly scheduleName: string;
  /** Adds a namespace to the daily backup (e.g. the restore drills' backup canary). */
  include(namespace: string): void;
}
