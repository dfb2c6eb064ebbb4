/**
 * The platform's own alerts, beside those each component declares next to its chart
 * (charts/<id>/alerts.ts): node CPU and memory, pod restarts (the architecture document's key
 * metrics from node exporter and kube-state-metrics), and ArgoCD's sync and health, which
 * deliver everything and exist wherever the platform does. Each alert names its runbook section.
 */
import type { AlertGroup } from '../../constructs/alerts';

/** The platform-wide groups (nodes, pods, ArgoCD); each component's own are in its alerts.ts. */
export const ALERT_GROUPS: readonly AlertGroup[] = [
  {
    name: 'lakeplane.nodes',
    subject: 'node CPU and memory',
    rules: [
      {
        alert: 'NodeCpuHigh',
        expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',
        for: '15m',
        severity: 'warning',
        summary: 'Node {{ $labels.instance }} CPU {{ $value | humanizePercentage }} busy for 15 minutes',
        description: 'Sustained CPU saturation slows every pod on the node.',
        runbook: 'incident-response.md#node-cpu-high',
      },
      {
        alert: 'NodeMemoryLow',
        expr: 'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes < 0.10',
        for: '10m',
        severity: 'critical',
        summary: 'Node {{ $labels.instance }} has {{ $value | humanizePercentage }} memory available',
        description: 'The kernel will start killing pods (OOM) or the kubelet will evict them.',
        runbook: 'incident-response.md#node-memory-low',
      },
    ],
  },
  {
    name: 'lakeplane.pods',
    subject: 'pod restarts',
    rules: [
      {
        alert: 'PodRestartLoop',
        expr: 'increase(kube_pod_container_status_restarts_total[15m]) > 3',
        for: '5m',
        severity: 'warning',
        summary: '{{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) restarted {{ $value }} times in 15 minutes',
        description: 'A container keeps crashing; its service is degraded or down.',
        runbook: 'incident-response.md#pod-restarting',
      },
    ],
  },
  {
    name: 'lakeplane.argocd',
    subject: 'ArgoCD application out of sync or degraded',
    rules: [
      {
        alert: 'ArgoCdAppOutOfSync',
        expr: 'max by (name, project) (argocd_app_info{sync_status="OutOfSync"}) == 1',
        for: '30m',
        severity: 'warning',
        summary: 'ArgoCD application {{ $labels.name }} out of sync for 30 minutes',
        description: 'The cluster does not run what git says; automated sync keeps failing or was disabled.',
        runbook: 'incident-response.md#argocd-application-out-of-sync',
      },
      {
        alert: 'ArgoCdAppDegraded',
        expr: 'max by (name, project, health_status) (argocd_app_info{health_status=~"Degraded|Missing"}) == 1',
        for: '15m',
        severity: 'critical',
        summary: 'ArgoCD application {{ $labels.name }} is {{ $labels.health_status }}',
        description: 'Resources of the application are unhealthy.',
        runbook: 'incident-response.md#argocd-application-degraded',
      },
    ],
  },
];
