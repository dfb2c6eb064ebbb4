/**
 * The velero component's alerts: the monitoring component loads them where velero is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup } from '../../constructs/alerts';
import { DAILY_BACKUP_MAX_AGE_SECONDS } from '../../constructs/alerts';

export const VELERO_ALERTS: AlertGroup = {
  name: 'lakeplane.velero',
  subject: 'Velero backup failures',
  rules: [
    {
      alert: 'VeleroBackupFailed',
      expr: 'increase(velero_backup_failure_total[1h]) > 0 or increase(velero_backup_partial_failure_total[1h]) > 0',
      for: '0m',
      severity: 'critical',
      summary: 'Velero backup of schedule {{ $labels.schedule }} failed',
      description: 'The nightly save point is missing or incomplete.',
      runbook: 'disaster-recovery.md#velero-backup-failed',
    },
    {
      alert: 'VeleroBackupTooOld',
      expr: `time() - max by (schedule) (velero_backup_last_successful_timestamp{schedule!=""}) > ${DAILY_BACKUP_MAX_AGE_SECONDS}`,
      for: '15m',
      severity: 'critical',
      summary: 'Last successful Velero backup of {{ $labels.schedule }} is {{ $value | humanizeDuration }} old',
      description: 'No complete cluster backup in more than a day.',
      runbook: 'disaster-recovery.md#velero-backup-failed',
    },
  ],
};
