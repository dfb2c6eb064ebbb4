/**
 * The values lakeplane sets on the Kubeflow spark-operator chart 2.5.2 (values.yaml of the
 * chart in the chart mirror; there is no upstream values schema).
 */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

export interface SparkOperatorImageValues {
  readonly registry: string;
  readonly repository: string;
}

export interface SparkOperatorPartValues {
  readonly replicas: number;
  readonly resources: ResourceValues;
  readonly podSecurityContext: PodSecurityValues;
  readonly securityContext: ContainerSecurityValues;
  readonly podDisruptionBudget: { readonly enable: boolean; readonly minAvailable: number };
  readonly topologySpreadConstraints: readonly TopologySpreadValues[];
  readonly labels: Readonly<Record<string, string>>;
}

export interface SparkOperatorValues {
  readonly image: SparkOperatorImageValues;
  readonly controller: SparkOperatorPartValues & {
    /** The Spark UI Service per application; lakeplane exposes no Spark UI ingress. */
    readonly uiService: { readonly enable: boolean };
  };
  readonly webhook: SparkOperatorPartValues & {
    readonly enable: boolean;
    readonly failurePolicy: 'Fail' | 'Ignore';
  };
  readonly spark: {
    /** Namespaces watched; the chart makes the drivers' ServiceAccount and Role in each. */
    readonly jobNamespaces: readonly string[];
  };
  readonly prometheus: {
    readonly metrics: { readonly enable: boolean; readonly port: number };
    /** lakeplane's own PodMonitor and NetworkPolicy scrape the controller (constructs/metrics.ts). */
    readonly podMonitor: { readonly create: boolean };
  };
  /** The webhook's serving certificate from cert-manager, issued by the platform's internal CA. */
  readonly certManager: {
    readonly enable: boolean;
    readonly issuerRef: { readonly group: string; readonly kind: string; readonly name: string };
    readonly duration: string;
    readonly renewBefore: string;
  };
}
