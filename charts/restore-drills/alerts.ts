/**
 * The restore-drills component's alerts and dashboard: the monitoring component loads them where restore-drills is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';
import { DRILL_METRICS } from '../../constructs/restore-drill';

export const RESTORE_DRILL_ALERTS: AlertGroup = {
  name: 'lakeplane.restore-drills',
  subject: 'restore drills: every backup restored on a schedule, verified, and timed against the RTO',
  rules: [
    {
      alert: 'RestoreDrillFailed',
      expr: `max by (drill, kind) (${DRILL_METRICS.success}) == 0`,
      for: '0m',
      severity: 'critical',
      summary: 'Restore drill {{ $labels.drill }} ({{ $labels.kind }}) failed',
      description: 'The latest restore of this backup did not come back verified. Until a drill passes, nobody knows this backup can be restored.',
      runbook: 'restore-drill.md#restoredrillfailed',
    },
    {
      alert: 'RestoreDrillOverdue',
      // No success within the schedule's longest gap plus a day; a drill that never succeeded
      // counts from its CronJob's creation (kube-state-metrics), so a new drill is not overdue at once.
      expr: [
        `time() - max by (drill, kind) (${DRILL_METRICS.lastSuccess}) > on (drill, kind) max by (drill, kind) (${DRILL_METRICS.overdueAfter})`,
        `or (time() - max by (drill) (label_replace(kube_cronjob_created{cronjob=~"restore-drill-.+"}, "drill", "$1", "cronjob", "restore-drill-(.+)")))`,
        `> on (drill) max by (drill) (${DRILL_METRICS.overdueAfter}) unless on (drill) max by (drill) (${DRILL_METRICS.lastSuccess})`,
      ].join(' '),
      for: '1h',
      severity: 'critical',
      summary: 'Restore drill {{ $labels.drill }} has not succeeded for {{ $value | humanizeDuration }}',
      description: 'The drill did not run (suspended, never scheduled, its Job stopped before writing a result) or kept failing: the backup is unproven.',
      runbook: 'restore-drill.md#restoredrilloverdue',
    },
    {
      alert: 'RestoreSlowerThanRTO',
      expr: `max by (drill, kind) (${DRILL_METRICS.duration}) > on (drill, kind) max by (drill, kind) (${DRILL_METRICS.rto})`,
      for: '0m',
      severity: 'warning',
      summary: 'Restore drill {{ $labels.drill }} took {{ $value | humanizeDuration }}, longer than the recovery time objective',
      description: 'A real restore of this backup would take longer than the platform promises. Find the slow step in the drill log before it is needed.',
      runbook: 'restore-drill.md#restoreslowerthanrto',
    },
  ],
};

export const RESTORE_DRILL_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-restore-drills',
  title: 'Lakeplane / Restore drills',
  panels: [
    { title: 'Drills failing', type: 'stat', unit: 'short', targets: [{ expr: 'count(max by (drill) (lakeplane_restore_drill_success) == 0) or vector(0)' }] },
    { title: 'Oldest successful drill', type: 'stat', unit: 's', targets: [{ expr: 'time() - min(lakeplane_restore_drill_last_success_timestamp_seconds)' }] },
    { title: 'Slowest restore', type: 'stat', unit: 's', targets: [{ expr: 'max(lakeplane_restore_drill_duration_seconds)' }] },
    { title: 'Last result (1 passed, 0 failed)', unit: 'short', targets: [{ expr: 'max by (drill) (lakeplane_restore_drill_success)', legend: '{{drill}}' }] },
    { title: 'Restore duration against the RTO', unit: 's', targets: [{ expr: 'max by (drill) (lakeplane_restore_drill_duration_seconds)', legend: '{{drill}}' }, { expr: 'max(lakeplane_restore_drill_rto_seconds)', legend: 'RTO' }] },
    { title: 'Recovered point lag against the RPO', unit: 's', targets: [{ expr: 'max by (drill) (lakeplane_restore_drill_recovered_point_lag_seconds)', legend: '{{drill}}' }, { expr: 'max(lakeplane_restore_drill_rpo_seconds)', legend: 'RPO' }] },
    { title: 'Time since last successful drill', unit: 's', targets: [{ expr: 'time() - max by (drill) (lakeplane_restore_drill_last_success_timestamp_seconds)', legend: '{{drill}}' }] },
  ],
};
