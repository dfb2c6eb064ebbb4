/**
 * The cloudnative-pg component's alerts and dashboard: the monitoring component loads them where cloudnative-pg is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';
import { WAL_RPO_SECONDS, DAILY_BACKUP_MAX_AGE_SECONDS } from '../../constructs/alerts';

export const POSTGRES_ALERTS: AlertGroup = {
  name: 'lakeplane.postgresql',
  subject: 'PostgreSQL backups and WAL archiving (15-minute RPO)',
  rules: [
    {
      alert: 'PostgresBackupTooOld',
      expr: `time() - max by (namespace, cluster) (cnpg_collector_last_available_backup_timestamp > 0) > ${DAILY_BACKUP_MAX_AGE_SECONDS}`,
      for: '15m',
      severity: 'critical',
      summary: 'Last successful backup of {{ $labels.namespace }}/{{ $labels.cluster }} is {{ $value | humanizeDuration }} old',
      description: 'The daily base backup did not complete: a restore would have to replay more WAL, or fail.',
      runbook: 'postgres-point-in-time-restore.md#backup-too-old',
    },
    {
      alert: 'PostgresWalArchivingBehind',
      expr: `max by (namespace, pod) (cnpg_pg_stat_archiver_seconds_since_last_archival) > ${WAL_RPO_SECONDS}`,
      for: '5m',
      severity: 'critical',
      summary: '{{ $labels.namespace }}/{{ $labels.pod }} archived no WAL for {{ $value | humanizeDuration }} (RPO is 15 minutes)',
      description: 'Transactions since the last archived segment would be lost in a disaster: the recovery point objective is not met.',
      runbook: 'postgres-point-in-time-restore.md#wal-archiving-behind',
    },
    {
      alert: 'PostgresWalArchivingFailing',
      expr: 'increase(cnpg_pg_stat_archiver_failed_count[10m]) > 0',
      for: '5m',
      severity: 'critical',
      summary: '{{ $labels.namespace }}/{{ $labels.pod }} fails to archive WAL',
      description: 'WAL segments pile up on the database volume and the recovery point falls behind.',
      runbook: 'postgres-point-in-time-restore.md#wal-archiving-behind',
    },
  ],
};

export const POSTGRES_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-postgresql',
  title: 'Lakeplane / PostgreSQL',
  panels: [
    { title: 'Seconds since last WAL archived', unit: 's', targets: [{ expr: 'max by (namespace, pod) (cnpg_pg_stat_archiver_seconds_since_last_archival)', legend: '{{namespace}}/{{pod}}' }] },
    { title: 'Age of last base backup', unit: 's', targets: [{ expr: 'time() - max by (namespace, cluster) (cnpg_collector_last_available_backup_timestamp > 0)', legend: '{{namespace}}/{{cluster}}' }] },
    { title: 'Replication lag', unit: 's', targets: [{ expr: 'max by (namespace, pod) (cnpg_pg_replication_lag)', legend: '{{namespace}}/{{pod}}' }] },
    { title: 'Connections', unit: 'short', targets: [{ expr: 'sum by (namespace, pod) (cnpg_backends_total)', legend: '{{namespace}}/{{pod}}' }] },
    { title: 'Database size', unit: 'bytes', targets: [{ expr: 'sum by (namespace, datname) (cnpg_pg_database_size_bytes)', legend: '{{namespace}}/{{datname}}' }] },
    { title: 'Transactions per second', unit: 'short', targets: [{ expr: 'sum by (namespace, datname) (rate(cnpg_pg_stat_database_xact_commit[5m]))', legend: '{{namespace}}/{{datname}}' }] },
  ],
};
