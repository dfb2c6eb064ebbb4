/**
 * Grafana dashboards the Grafana sidecar loads from ConfigMaps: the platform overview and
 * Kubernetes here, the components' own (object store, Trino, PostgreSQL, ...) from their specs. Small, readable panels over the same metrics
 * the alerts use; written as data and rendered to Grafana's JSON model by `dashboardJson`.
 */
import type { DashboardSpec } from '../../constructs/alerts';

/** The platform-wide dashboards; each component's own is in its alerts.ts. */
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
