/**
 * The ranger component's alerts: the monitoring component loads them where ranger is built
 * (ComponentSpec alerts). Each alert names its runbook section. Ranger admin serves its own
 * metrics only over its HTTPS port (/service/metrics/prometheus); these alerts read what
 * kube-state-metrics knows of the admin and of the policy sync Job.
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
