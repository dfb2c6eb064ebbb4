/** The values lakeplane sets on the upstream cert-manager chart (quay.io/jetstack/charts). */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

/** What the controller, webhook and cainjector deployments each take. */
export interface CertManagerDeploymentValues {
  readonly replicaCount: number;
  /** With `enabled` only, the chart keeps one pod up (minAvailable 1). */
  readonly podDisruptionBudget: { readonly enabled: boolean };
  readonly topologySpreadConstraints: readonly TopologySpreadValues[];
  readonly resources: ResourceValues;
  readonly securityContext: PodSecurityValues;
  readonly containerSecurityContext: ContainerSecurityValues;
}

export interface CertManagerValues extends CertManagerDeploymentValues {
  readonly crds: { readonly enabled: boolean; readonly keep: boolean };
  readonly imageRegistry: string;
  readonly global: { readonly leaderElection: { readonly namespace: string } };
  readonly prometheus: { readonly enabled: boolean; readonly servicemonitor: { readonly enabled: boolean } };
  readonly webhook: CertManagerDeploymentValues;
  readonly cainjector: CertManagerDeploymentValues;
  readonly startupapicheck: { readonly enabled: boolean };
}
