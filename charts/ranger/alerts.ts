/**
 * The ranger component's alerts: the monitoring component loads them where ranger is built
 * (ComponentSpec alerts). Each alert names its runbook section. Ranger admin's own metrics
 * (/service/metrics/prometheus, scraped over HTTPS) are Hadoop metrics2 gauges whose names
 * upstream does not document; these alerts read what kube-state-metrics knows of the admin and
 * of the policy sync Job, and the scrape's own `up`.
 */
import type { AlertGroup } from '../../constructs/alerts';

export const RANGER_ALERTS: AlertGroup = {
  name: 'lakeplane.ranger',
  subject: 'fine-grained access control: the policy admin and the policy sync',
  rules: [
    {
      alert: 'RangerAdminDown',
      expr: 'kube_deployment_status_replicas_available{namespace="ranger",deployment="ranger-admin"} < 1',
      for: '10m',
      severity: 'critical',
      summary: 'No Ranger admin has been available for 10 minutes',
      description: 'Trino keeps enforcing the policies it downloaded last (and its policy cache after a restart), but policy changes do not reach it, and a Trino coordinator started without a cache denies every query.',
      runbook: 'ranger.md#ranger-admin-down',
    },
    {
      alert: 'RangerAdminDegraded',
      expr: 'kube_deployment_status_replicas_available{namespace="ranger",deployment="ranger-admin"} < kube_deployment_spec_replicas{namespace="ranger",deployment="ranger-admin"}',
      for: '30m',
      severity: 'warning',
      summary: '{{ $value }} Ranger admins available, fewer than configured',
      description: 'One more failure stops policy downloads and the admin UI.',
      runbook: 'ranger.md#ranger-admin-down',
    },
    {
      alert: 'RangerAdminMetricsDown',
      expr: 'up{namespace="ranger",service="ranger-admin"} == 0',
      for: '15m',
      severity: 'warning',
      summary: 'Prometheus cannot scrape Ranger admin {{ $labels.pod }}',
      description: 'The admin does not answer on its HTTPS port, or its certificate does not verify against the platform CA.',
      runbook: 'ranger.md#ranger-admin-down',
    },
    {
      alert: 'RangerPolicySyncFailed',
      expr: 'kube_job_status_failed{namespace="ranger",job_name="ranger-policies"} > 0',
      for: '0m',
      severity: 'warning',
      summary: 'The Ranger policy sync failed',
      description: 'Ranger holds the policies of the last successful sync, not those in git: a changed rule, mask or row filter is not in force.',
      runbook: 'ranger.md#ranger-policy-sync-failed',
    },
  ],
};
