/**
 * The minio component's alerts and dashboard: the monitoring component loads them where minio is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';

export const OBJECT_STORE_ALERTS: AlertGroup = {
  name: 'lakeplane.object-store',
  subject: 'object store disk usage and request latency',
  rules: [
    {
      alert: 'ObjectStoreDiskUsageHigh',
      expr: 'max by (job) (minio_cluster_capacity_usable_free_bytes) / max by (job) (minio_cluster_capacity_usable_total_bytes) < 0.20',
      for: '30m',
      severity: 'warning',
      summary: 'Object store has less than 20% usable capacity left ({{ $value | humanizePercentage }} free)',
      description: 'Usable capacity is running out. Expire data (bronze lifecycle), add drives, or plan a new server pool before writes fail.',
      runbook: 'incident-response.md#object-store-disk-filling-up',
    },
    {
      alert: 'ObjectStoreDiskUsageCritical',
      expr: 'max by (job) (minio_cluster_capacity_usable_free_bytes) / max by (job) (minio_cluster_capacity_usable_total_bytes) < 0.10',
      for: '10m',
      severity: 'critical',
      summary: 'Object store has less than 10% usable capacity left ({{ $value | humanizePercentage }} free)',
      description: 'Writes will fail soon. Stop non-essential ingestion and free space now.',
      runbook: 'incident-response.md#object-store-disk-filling-up',
    },
    {
      alert: 'ObjectStoreDriveOffline',
      expr: 'max by (job) (minio_cluster_drive_offline_total) > 0',
      for: '5m',
      severity: 'critical',
      summary: '{{ $value }} object store drive(s) offline',
      description: 'Erasure coding tolerates a limited number of lost drives; replace or bring the drive back before another fails.',
      runbook: 'incident-response.md#object-store-disk-filling-up',
    },
    {
      alert: 'ObjectStoreRequestLatencyHigh',
      expr: 'histogram_quantile(0.99, sum by (le, job) (rate(minio_s3_requests_ttfb_seconds_distribution[5m]))) > 1',
      for: '15m',
      severity: 'warning',
      summary: 'Object store p99 time to first byte is {{ $value | humanizeDuration }}',
      description: 'S3 requests are slow: queries and ingestion slow down with them. Check drive health, network and request rate.',
      runbook: 'incident-response.md#object-store-requests-slow',
    },
  ],
};

export const OBJECT_STORE_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-object-store',
  title: 'Lakeplane / Object store',
  panels: [
    { title: 'Usable capacity used', type: 'stat', unit: 'percentunit', targets: [{ expr: '1 - max(minio_cluster_capacity_usable_free_bytes) / max(minio_cluster_capacity_usable_total_bytes)' }] },
    { title: 'Drives offline', type: 'stat', unit: 'short', targets: [{ expr: 'max(minio_cluster_drive_offline_total)' }] },
    { title: 'Bucket size', unit: 'bytes', targets: [{ expr: 'max by (bucket) (minio_bucket_usage_total_bytes)', legend: '{{bucket}}' }] },
    { title: 'Requests per second', unit: 'reqps', targets: [{ expr: 'sum by (api) (rate(minio_s3_requests_total[5m]))', legend: '{{api}}' }] },
    { title: 'Request errors per second', unit: 'reqps', targets: [{ expr: 'sum by (api) (rate(minio_s3_requests_errors_total[5m]))', legend: '{{api}}' }] },
    { title: 'Time to first byte p99', unit: 's', targets: [{ expr: 'histogram_quantile(0.99, sum by (le) (rate(minio_s3_requests_ttfb_seconds_distribution[5m])))', legend: 'p99' }] },
    { title: 'Traffic', unit: 'Bps', targets: [{ expr: 'sum(rate(minio_s3_traffic_received_bytes[5m]))', legend: 'in' }, { expr: 'sum(rate(minio_s3_traffic_sent_bytes[5m]))', legend: 'out' }] },
  ],
};
