/**
 * Grafana dashboards the Grafana sidecar loads from ConfigMaps: Kubernetes, the object store,
 * Trino, PostgreSQL and a platform overview. Small, readable panels over the same metrics
 * the alerts use; written as data and rendered to Grafana's JSON model by `dashboardJson`.
 */
import type { ComponentId } from '../spec';

export type PanelUnit = 'percentunit' | 'bytes' | 's' | 'short' | 'reqps' | 'Bps';

export interface PanelSpec {
  readonly title: string;
  /** One PromQL expression per series; the legend uses Grafana's {{label}} templating. */
  readonly targets: ReadonlyArray<{ readonly expr: string; readonly legend?: string }>;
  readonly unit: PanelUnit;
  /** 'stat' for a single number, 'timeseries' for a graph. @default 'timeseries' */
  readonly type?: 'stat' | 'timeseries';
}

export interface DashboardSpec {
  /** Stable uid and ConfigMap key. */
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly PanelSpec[];
}

export const DASHBOARDS: readonly DashboardSpec[] = [
  {
    uid: 'lakeplane-platform',
    title: 'Lakeplane / Platform overview',
    panels: [
      { title: 'Targets up', type: 'stat', unit: 'percentunit', targets: [{ expr: 'avg(up)' }] },
      { title: 'Firing alerts', type: 'stat', unit: 'short', targets: [{ expr: 'count(ALERTS{alertstate="firing", alertname!="Watchdog"}) or vector(0)' }] },
      { title: 'Object store free capacity', type: 'stat', unit: 'percentunit', targets: [{ expr: 'max(minio_cluster_capacity_usable_free_bytes) / max(minio_cluster_capacity_usable_total_bytes)' }] },
      { title: 'Trino running queries', type: 'stat', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_runningqueries)' }] },
      { title: 'ArgoCD applications not synced', type: 'stat', unit: 'short', targets: [{ expr: 'count(argocd_app_info{sync_status!="Synced"}) or vector(0)' }] },
      { title: 'Hours since last Velero backup', type: 'stat', unit: 's', targets: [{ expr: 'time() - max(velero_backup_last_successful_timestamp{schedule!=""})' }] },
      { title: 'Scrape targets down by job', unit: 'short', targets: [{ expr: 'count by (job) (up == 0)', legend: '{{job}}' }] },
      { title: 'Container restarts (1h)', unit: 'short', targets: [{ expr: 'sum by (namespace) (increase(kube_pod_container_status_restarts_total[1h]))', legend: '{{namespace}}' }] },
    ],
  },
  {
    uid: 'lakeplane-kubernetes',
    title: 'Lakeplane / Kubernetes',
    panels: [
      { title: 'Node CPU busy', unit: 'percentunit', targets: [{ expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', legend: '{{instance}}' }] },
      { title: 'Node memory available', unit: 'percentunit', targets: [{ expr: 'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', legend: '{{instance}}' }] },
      { title: 'Node root filesystem free', unit: 'percentunit', targets: [{ expr: 'node_filesystem_avail_bytes{mountpoint="/"} / node_filesystem_size_bytes{mountpoint="/"}', legend: '{{instance}}' }] },
      { title: 'CPU requested per namespace', unit: 'short', targets: [{ expr: 'sum by (namespace) (kube_pod_container_resource_requests{resource="cpu"})', legend: '{{namespace}}' }] },
      { title: 'Memory requested per namespace', unit: 'bytes', targets: [{ expr: 'sum by (namespace) (kube_pod_container_resource_requests{resource="memory"})', legend: '{{namespace}}' }] },
      { title: 'Pods not ready', unit: 'short', targets: [{ expr: 'sum by (namespace) (kube_pod_status_ready{condition="false"})', legend: '{{namespace}}' }] },
      { title: 'Container restarts (15m)', unit: 'short', targets: [{ expr: 'sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total[15m])) > 0', legend: '{{namespace}}/{{pod}}' }] },
    ],
  },
  {
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
  },
  {
    uid: 'lakeplane-trino',
    title: 'Lakeplane / Trino',
    panels: [
      { title: 'Running queries', type: 'stat', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_runningqueries)' }] },
      { title: 'Queued queries', type: 'stat', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_queuedqueries)' }] },
      { title: 'Active workers', type: 'stat', unit: 'short', targets: [{ expr: 'max(trino_metadata_discoverynodemanager_activenodecount)' }] },
      { title: 'Queries over time', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_runningqueries)', legend: 'running' }, { expr: 'sum(trino_execution_querymanager_queuedqueries)', legend: 'queued' }] },
      { title: 'Failed queries per minute', unit: 'short', targets: [{ expr: 'sum(rate(trino_execution_querymanager_failedqueries_totalcount[5m])) * 60', legend: 'failed' }] },
      // The pool is a label in the JMX exporter's default format (see the TrinoMemoryPressure alert).
      { title: 'General pool free', unit: 'percentunit', targets: [{ expr: 'sum(trino_memory_clustermemorypool_freedistributedbytes{name="general"}) / sum(trino_memory_clustermemorypool_totaldistributedbytes{name="general"})', legend: 'free' }] },
      { title: 'JVM heap used', unit: 'bytes', targets: [{ expr: 'sum by (pod) (java_lang_memory_heapmemoryusage_used{job=~".*trino.*"})', legend: '{{pod}}' }] },
    ],
  },
  {
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
  },
];

/** Dashboards of components that are built only in some environments or phases. */
export const COMPONENT_DASHBOARDS: ReadonlyArray<DashboardSpec & { readonly component: ComponentId }> = [
  {
    component: 'kafka',
    uid: 'lakeplane-kafka',
    title: 'Lakeplane / Kafka',
    panels: [
      { title: 'Under-replicated partitions', type: 'stat', unit: 'short', targets: [{ expr: 'sum(kafka_server_replicamanager_underreplicatedpartitions)' }] },
      { title: 'Offline partitions', type: 'stat', unit: 'short', targets: [{ expr: 'max(kafka_controller_kafkacontroller_offlinepartitionscount)' }] },
      { title: 'Active controllers', type: 'stat', unit: 'short', targets: [{ expr: 'sum(kafka_controller_kafkacontroller_activecontrollercount)' }] },
      { title: 'Partitions', type: 'stat', unit: 'short', targets: [{ expr: 'sum(kafka_server_replicamanager_partitioncount)' }] },
      { title: 'Bytes in per broker', unit: 'Bps', targets: [{ expr: 'sum by (pod) (rate(kafka_server_brokertopicmetrics_bytesin_total[5m]))', legend: '{{pod}}' }] },
      { title: 'Bytes out per broker', unit: 'Bps', targets: [{ expr: 'sum by (pod) (rate(kafka_server_brokertopicmetrics_bytesout_total[5m]))', legend: '{{pod}}' }] },
      { title: 'Consumer lag by group', unit: 'short', targets: [{ expr: 'sum by (consumergroup, topic) (kafka_consumergroup_lag)', legend: '{{consumergroup}} {{topic}}' }] },
      { title: 'Broker volume free', unit: 'percentunit', targets: [{ expr: 'kubelet_volume_stats_available_bytes{namespace="kafka"} / kubelet_volume_stats_capacity_bytes{namespace="kafka"}', legend: '{{persistentvolumeclaim}}' }] },
    ],
  },
  {
    component: 'restore-drills',
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
  },
];

/** Grafana's dashboard JSON model for one spec (stable key order, no ids). */
export function dashboardJson(spec: DashboardSpec, datasourceUid: string): Record<string, unknown> {
  const width = 12;
  const statWidth = 4;
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  const panels = spec.panels.map((panel, index) => {
    const type = panel.type ?? 'timeseries';
    const w = type === 'stat' ? statWidth : width;
    const h = type === 'stat' ? 4 : 8;
    if (x + w > 24) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const gridPos = { h, w, x, y };
    x += w;
    rowHeight = Math.max(rowHeight, h);
    return {
      id: index + 1,
      type,
      title: panel.title,
      gridPos,
      datasource: { type: 'prometheus', uid: datasourceUid },
      fieldConfig: { defaults: { unit: panel.unit }, overrides: [] },
      targets: panel.targets.map((t, i) => ({
        refId: String.fromCharCode(65 + i),
        expr: t.expr,
        legendFormat: t.legend ?? '__auto',
        datasource: { type: 'prometheus', uid: datasourceUid },
      })),
    };
  });
  return {
    uid: spec.uid,
    title: spec.title,
    tags: ['lakeplane'],
    timezone: 'utc',
    schemaVersion: 39,
    editable: false,
    refresh: '1m',
    time: { from: 'now-6h', to: 'now' },
    panels,
  };
}
