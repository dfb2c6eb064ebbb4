/** The values lakeplane sets on the upstream sealed-secrets chart (bitnami-labs.github.io/sealed-secrets). */
import type { ResourceValues, SeccompValues } from '../../constructs/helm-values';

export interface SealedSecretsValues {
  /** Name of the controller's objects; kubeseal's default controller name. */
  readonly fullnameOverride: string;
  readonly image: { readonly registry: string };
  /** Go duration between new sealing keys ("0" turns renewal off); empty for the controller default. */
  readonly keyrenewperiod: string;
  readonly resources: ResourceValues;
  /** The chart renders this map as the pod securityContext, minus `enabled`. */
  readonly podSecurityContext: {
    readonly enabled: boolean;
    readonly fsGroup: number;
    readonly runAsNonRoot: boolean;
    readonly seccompProfile: SeccompValues;
  };
  /** The chart renders this map as the container securityContext, minus `enabled`. */
  readonly containerSecurityContext: {
    readonly enabled: boolean;
    readonly readOnlyRootFilesystem: boolean;
    readonly runAsNonRoot: boolean;
    readonly runAsUser: number;
    readonly allowPrivilegeEscalation: boolean;
    readonly capabilities: { readonly drop: readonly string[] };
    readonly seccompProfile: SeccompValues;
  };
  readonly metrics: { readonly serviceMonitor: { readonly enabled: boolean } };
}
