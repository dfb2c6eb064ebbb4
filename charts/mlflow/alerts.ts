/**
 * The mlflow component's alerts and dashboard: the monitoring component loads them where
 * mlflow is built (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 *
 * The request metrics are MLflow's own (`--expose-prometheus`: mlflow/server/prometheus_exporter.py
 * registers mlflow_http_request_total and mlflow_http_request_duration_seconds, by method and
 * status, as MLflow's tracking-server documentation lists them); the ServiceMonitor's job is the Service's
 * name, `mlflow`.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';

export const MLFLOW_ALERTS: AlertGroup = {
  name: 'lakeplane.mlflow',
  subject: 'MLflow tracking server availability and errors',
  rules: [
    {
      alert: 'MLflowDown',
      expr: 'absent(up{job="mlflow", namespace="mlflow"} == 1)',
      for: '10m',
      severity: 'critical',
      summary: 'The MLflow tracking server has not answered a scrape for 10 minutes',
      description: 'Runs cannot be logged and models cannot be loaded from the registry (model servers fail to start).',
      runbook: 'incident-response.md#mlflow-down',
    },
    {
      alert: 'MLflowServerErrors',
      expr: 'sum(rate(mlflow_http_request_total{status=~"5.."}[5m])) / sum(rate(mlflow_http_request_total[5m])) > 0.05',
      for: '10m',
      severity: 'warning',
      summary: '{{ $value | humanizePercentage }} of MLflow requests fail with a server error',
      description: 'The tracking store (PostgreSQL) or the artifact store (object store) is failing the server.',
      runbook: 'incident-response.md#mlflow-server-errors',
    },
  ],
};

export const MLFLOW_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-mlflow',
  title: 'Lakeplane / MLflow',
  panels: [
    { title: 'Server up', type: 'stat', unit: 'short', targets: [{ expr: 'sum(up{job="mlflow", namespace="mlflow"})' }] },
    { title: 'Requests per second', unit: 'reqps', targets: [{ expr: 'sum by (status) (rate(mlflow_http_request_total[5m]))', legend: '{{status}}' }] },
    { title: 'Request latency (p95)', unit: 's', targets: [{ expr: 'histogram_quantile(0.95, sum by (le) (rate(mlflow_http_request_duration_seconds_bucket[5m])))', legend: 'p95' }] },
    { title: 'Requests by method', unit: 'reqps', targets: [{ expr: 'sum by (method) (rate(mlflow_http_request_total[5m]))', legend: '{{method}}' }] },
    { title: 'Server and model servers memory', unit: 'bytes', targets: [{ expr: 'sum by (pod) (container_memory_working_set_bytes{namespace="mlflow", container=~"mlflow|serve"})', legend: '{{pod}}' }] },
  ],
};
