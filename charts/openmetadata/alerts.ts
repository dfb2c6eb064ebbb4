/**
 * The openmetadata component's alerts: the monitoring component loads them where openmetadata
 * is built (ComponentSpec alerts). Each alert names its runbook section.
 */
import type { AlertGroup } from '../../constructs/alerts';

export const OPENMETADATA_ALERTS: AlertGroup = {
  name: 'lakeplane.openmetadata',
  subject: 'the data catalog: server availability and failing ingestion runs',
  rules: [
    {
      alert: 'OpenmetadataServerDown',
      expr: 'kube_deployment_status_replicas_available{namespace="openmetadata",deployment="openmetadata"} < 1',
      for: '10m',
      severity: 'critical',
      summary: 'No OpenMetadata server has been available for 10 minutes',
      description: 'The catalog UI and API are down; ingestion runs and quality results cannot be written.',
      runbook: 'openmetadata.md#openmetadata-server-down',
    },
    {
      alert: 'OpenmetadataSearchDegraded',
      expr: 'kube_statefulset_status_replicas_ready{namespace="openmetadata",statefulset="openmetadata-search-master"} < kube_statefulset_replicas{namespace="openmetadata",statefulset="openmetadata-search-master"}',
      for: '15m',
      severity: 'warning',
      summary: '{{ $value }} OpenSearch nodes of the catalog ready, fewer than configured',
      description: 'Search in the catalog is degraded or down, and losing another node can lose the index.',
      runbook: 'openmetadata.md#openmetadata-search-degraded',
    },
    {
      alert: 'OpenmetadataIngestionFailed',
      expr: 'sum by (job_name) (kube_job_status_failed{namespace="openmetadata"}) > 0',
      for: '0m',
      severity: 'warning',
      summary: 'Ingestion run {{ $labels.job_name }} failed',
      description: 'The catalog is not refreshed: tables, lineage or profiles are stale until the next run succeeds.',
      runbook: 'openmetadata.md#openmetadata-ingestion-failed',
    },
  ],
};
