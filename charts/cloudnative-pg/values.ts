/** The values lakeplane sets on the upstream CloudNativePG operator chart (cloudnative-pg.github.io/charts). */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

export interface CloudnativePgValues {
  readonly replicaCount: number;
  /** Operator image; the tag defaults to the chart's appVersion. */
  readonly image: { readonly repository: string };
  readonly crds: { readonly create: boolean };
  readonly config: { readonly clusterWide: boolean };
  /** Extra labels on the operator pods (the chart adds app.kubernetes.io/name and instance). */
  readonly podLabels: Readonly<Record<string, string>>;
  readonly podSecurityContext: PodSecurityValues;
  readonly containerSecurityContext: ContainerSecurityValues & { readonly runAsGroup?: number };
  readonly resources: ResourceValues;
  readonly topologySpreadConstraints: readonly TopologySpreadValues[];
  /** The chart's own PodMonitor stays off: the component scrapes with PodMetrics. */
  readonly monitoring: { readonly podMonitorEnabled: boolean };
}
