/**
 * The values lakeplane sets on the upstream trust-manager chart (quay.io/jetstack/charts,
 * v0.24.0). Everything else keeps the chart's default: the webhook certificate from
 * cert-manager (an Issuer and a Certificate the chart renders), the webhook on 6443 behind a
 * Service on 443, metrics on 9402, readiness on 6060.
 */
import type { PodSecurityValues, ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

export interface TrustManagerValues {
  readonly crds: { readonly enabled: boolean; readonly keep: boolean };
  readonly replicaCount: number;
  /** Registry of both images (trust-manager and the default CA package); the chart adds `jetstack/`. */
  readonly imageRegistry: string;
  /** The Debian CA package an init container copies in, so Bundles may use `useDefaultCAs`. */
  readonly defaultPackage: { readonly enabled: boolean; readonly resources: ResourceValues };
  readonly resources: ResourceValues;
  /** The chart's containers already drop everything and run read-only as non-root; this is the pod's part. */
  readonly podSecurityContext: PodSecurityValues;
  readonly podDisruptionBudget: { readonly enabled: boolean };
  readonly topologySpreadConstraints: readonly TopologySpreadValues[];
  /**
   * Bundles may write Secrets, but only with these names: the chart then grants create,
   * patch and delete on those names and read on Secrets (templates/_helpers.tpl).
   */
  readonly secretTargets: { readonly enabled: boolean; readonly authorizedSecrets: readonly string[] };
  readonly app: {
    /** Where Bundle sources are read from; the namespace must exist. */
    readonly trust: { readonly namespace: string };
  };
}
