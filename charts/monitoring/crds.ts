/**
 * The Prometheus Operator's CRDs (ServiceMonitor, PodMonitor, PrometheusRule, ...) before
 * anything else. Every component owns the monitors of its endpoints, so nearly every
 * component's folder holds a PodMonitor or ServiceMonitor; the monitoring stack itself comes
 * late (Grafana needs Keycloak and PostgreSQL). Without the CRDs first, the first components
 * could never sync and progressive sync would never reach the monitoring stack.
 *
 * The CRDs come from the same pinned kube-prometheus-stack chart, in a release that renders
 * nothing else; the monitoring component's own release then leaves the CRDs out.
 */
import { Construct } from 'constructs';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import { PlatformChart } from '../../constructs/platform-chart';
import { defineComponent } from '../spec';
import type { MonitoringCrds } from './handle';

/** A kube-prometheus-stack release with every workload off: its CRDs only. */
export interface PrometheusCrdsValues {
  readonly crds: { readonly enabled: true };
  readonly defaultRules: { readonly create: false };
  readonly windowsMonitoring: { readonly enabled: false };
  readonly alertmanager: { readonly enabled: false };
  readonly grafana: { readonly enabled: false };
  readonly kubernetesServiceMonitors: { readonly enabled: false };
  readonly kubeStateMetrics: { readonly enabled: false };
  readonly nodeExporter: { readonly enabled: false };
  readonly prometheusOperator: { readonly enabled: false };
  readonly prometheus: { readonly enabled: false };
  readonly thanosRuler: { readonly enabled: false };
}

export class MonitoringCrdsChart extends PlatformChart implements MonitoringCrds {
  readonly apiGroup = 'monitoring.coreos.com' as const;
  readonly helm: HelmApplication<PrometheusCrdsValues>;

  constructor(scope: Construct, id: string, common: PlatformCommon) {
    super(scope, { component: id, common, phase: 1 });
    this.helm = new HelmApplication<PrometheusCrdsValues>(this, 'crds', {
      chart: 'kubePrometheusStack',
      releaseName: 'prometheus-crds',
      // Nothing namespaced is rendered; the release needs a namespace that always exists.
      namespace: common.gitops.argocdNamespace,
      // Deleting the Application must not delete the CRDs (and with them every monitor).
      holdsData: true,
      values: {
        crds: { enabled: true },
        defaultRules: { create: false },
        windowsMonitoring: { enabled: false },
        alertmanager: { enabled: false },
        grafana: { enabled: false },
        kubernetesServiceMonitors: { enabled: false },
        kubeStateMetrics: { enabled: false },
        nodeExporter: { enabled: false },
        prometheusOperator: { enabled: false },
        prometheus: { enabled: false },
        thanosRuler: { enabled: false },
      },
    });
  }
}

export const monitoringCrdsComponent = defineComponent({
  id: 'monitoring-crds',
  phase: 1,
  layer: 'observability',
  description: 'Prometheus Operator CRDs (ServiceMonitor, PodMonitor, PrometheusRule), first, so every component can own its monitors',
  dependsOn: () => [],
  charts: ['kubePrometheusStack'],
  build(ctx) {
    const chart = new MonitoringCrdsChart(ctx.scope, 'monitoring-crds', ctx.common);
    return { charts: [chart], handle: chart };
  },
});
