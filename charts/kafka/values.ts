/**
 * The values lakeplane sets on the upstream Strimzi chart (strimzi-kafka-operator 1.2.0,
 * packaging/helm-charts/helm3/strimzi-kafka-operator/values.yaml).
 */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

export interface StrimziValues {
  readonly replicas: number;
  /** Watch every namespace: the chart then binds its roles cluster-wide (ClusterRoleBindings), not per namespace. */
  readonly watchAnyNamespace: boolean;
  /** Registry of every Strimzi image (operator, Kafka, init); each image's own registry stays empty. */
  readonly defaultImageRegistry: string;
  /** Extra labels on the operator pod (the chart sets name and strimzi.io/kind). */
  readonly labels: Readonly<Record<string, string>>;
  /** Extra operator environment: the pod security provider of the operands. */
  readonly extraEnvs: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly podSecurityContext: PodSecurityValues;
  readonly securityContext: ContainerSecurityValues;
  readonly resources: ResourceValues;
  readonly topologySpreadConstraints: readonly TopologySpreadValues[];
  /** The chart's PodDisruptionBudget of the operator (templates/051-PodDisruptionBudget-*.yaml). */
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly minAvailable?: number };
  /** The operator makes the NetworkPolicies of its operands (their listener ports); kept on. */
  readonly generateNetworkPolicy: boolean;
  /** The chart's Grafana dashboards ConfigMap stays off: the platform's dashboards cover Kafka. */
  readonly dashboards: { readonly enabled: boolean };
}
