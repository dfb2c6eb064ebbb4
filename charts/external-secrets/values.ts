/** The values lakeplane sets on the upstream External Secrets Operator chart (charts.external-secrets.io). */
import type { ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

export interface ExternalSecretsPodValues {
  readonly replicaCount?: number;
  readonly image: { readonly repository: string };
  readonly resources: ResourceValues;
  readonly podDisruptionBudget?: { readonly enabled: boolean; readonly minAvailable: number };
  readonly topologySpreadConstraints?: readonly TopologySpreadValues[];
  /** The chart's own probes (off by default upstream); the rest of their settings are the chart's. */
  readonly livenessProbe?: { readonly enabled: boolean };
}

export interface ExternalSecretsValues extends ExternalSecretsPodValues {
  readonly installCRDs: boolean;
  /** Required for more than one controller replica. */
  readonly leaderElect: boolean;
  readonly serviceMonitor: { readonly enabled: boolean };
  /** The controller's readiness probe on its health server (off by default upstream). */
  readonly readinessProbe: { readonly enabled: boolean };
  readonly webhook: ExternalSecretsPodValues;
  readonly certController: ExternalSecretsPodValues;
}
