/**
 * The jupyterhub component's alerts and dashboard: the monitoring component loads them where
 * jupyterhub is built (ComponentSpec alerts and dashboards). Each alert names its runbook
 * section. The hub's metrics are JupyterHub's (jupyterhub/metrics.py: running servers, active
 * users, spawn durations by status), scraped at /hub/metrics; the quota is kube-state-metrics'.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';

export const JUPYTERHUB_ALERTS: AlertGroup = {
  name: 'lakeplane.jupyterhub',
  subject: 'JupyterHub availability, notebook starts and the notebook quota',
  rules: [
    {
      alert: 'JupyterHubDown',
      expr: 'absent(up{job="hub", namespace="jupyterhub"} == 1)',
      for: '10m',
      severity: 'critical',
      summary: 'The JupyterHub hub has not answered a scrape for 10 minutes',
      description: 'Nobody can sign in or start a notebook; running notebooks keep running.',
      runbook: 'incident-response.md#jupyterhub-down',
    },
    {
      alert: 'JupyterHubSpawnFailures',
      // Statuses other than success: failure, throttled, too-many-users, already-pending.
      expr: 'sum(increase(jupyterhub_server_spawn_duration_seconds_count{status!="success"}[30m])) > 3',
      for: '0m',
      severity: 'warning',
      summary: '{{ $value }} notebook servers failed to start in 30 minutes',
      description: 'Users are asking for notebooks that do not start: the quota is full, the image cannot be pulled, or a volume cannot be attached.',
      runbook: 'incident-response.md#jupyterhub-spawn-failures',
    },
    {
      alert: 'JupyterHubQuotaNearlyFull',
      expr: 'max by (resource) (kube_resourcequota{namespace="jupyterhub", resourcequota="notebooks", type="used"} / on (resource) kube_resourcequota{namespace="jupyterhub", resourcequota="notebooks", type="hard"}) > 0.9',
      for: '15m',
      severity: 'warning',
      summary: 'The notebook quota is {{ $value | humanizePercentage }} used ({{ $labels.resource }})',
      description: 'The next user of a large profile may be refused: the configured concurrent users are nearly all running.',
      runbook: 'incident-response.md#jupyterhub-quota-nearly-full',
    },
  ],
};

export const JUPYTERHUB_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-jupyterhub',
  title: 'Lakeplane / JupyterHub',
  panels: [
    { title: 'Running notebook servers', type: 'stat', unit: 'short', targets: [{ expr: 'sum(jupyterhub_running_servers)' }] },
    { title: 'Active users (24 h)', type: 'stat', unit: 'short', targets: [{ expr: 'max(jupyterhub_active_users{period="24h"})' }] },
    { title: 'Registered users', type: 'stat', unit: 'short', targets: [{ expr: 'max(jupyterhub_total_users)' }] },
    { title: 'Server starts', unit: 'short', targets: [{ expr: 'sum by (status) (increase(jupyterhub_server_spawn_duration_seconds_count[1h]))', legend: '{{status}}' }] },
    { title: 'Notebook memory by user', unit: 'bytes', targets: [{ expr: 'sum by (pod) (container_memory_working_set_bytes{namespace="jupyterhub", container="notebook"})', legend: '{{pod}}' }] },
    { title: 'Notebook quota used', unit: 'percentunit', targets: [{ expr: 'kube_resourcequota{namespace="jupyterhub", resourcequota="notebooks", type="used"} / on (resource) kube_resourcequota{namespace="jupyterhub", resourcequota="notebooks", type="hard"}', legend: '{{resource}}' }] },
  ],
};
