/**
 * The airflow component's alerts: the monitoring component loads them where airflow is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup } from '../../constructs/alerts';

export const AIRFLOW_ALERTS: AlertGroup = {
  name: 'lakeplane.airflow',
  subject: 'Airflow scheduler heartbeat',
  rules: [
    {
      alert: 'AirflowSchedulerDown',
      // Absent counts as down: with the StatsD exporter (or every scheduler) gone there is no
      // series at all, and a rate over nothing is nothing, not 0.
      expr: 'sum(rate(airflow_scheduler_heartbeat[5m])) == 0 or absent(airflow_scheduler_heartbeat)',
      for: '10m',
      severity: 'critical',
      summary: 'No Airflow scheduler heartbeat for 10 minutes',
      description: 'No DAG runs are scheduled while every scheduler is down. No heartbeat series at all means the StatsD exporter is down or unscraped: check it first.',
      runbook: 'incident-response.md#pod-restarting',
    },
  ],
};
