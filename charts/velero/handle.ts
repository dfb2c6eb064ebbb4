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
}
