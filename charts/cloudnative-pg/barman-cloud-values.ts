/**
 * The values lakeplane sets on the upstream Barman Cloud plugin chart
 * (cloudnative-pg.github.io/charts, plugin-barman-cloud). Only keys the chart's templates read
 * are typed: 0.7.0 ignores `certificate.issuerName`, `updateStrategy` and `podAnnotations`.
 */
import type { ResourceValues, SeccompValues } from '../../constructs/helm-values';

/**
 * An image of the chart: `<registry>/<repository>:<tag>`. lakeplane sets the registry (the
 * mirror's path for the upstream registry); the repository and the tag stay the chart's, the
 * tag being the chart's appVersion, so the plugin and its sidecar are always released together.
 */
export interface PluginBarmanCloudImageValues {
  readonly registry: string;
}

export interface PluginBarmanCloudValues {
  readonly replicaCount: number;
  /** The plugin's own pod (the gRPC server the operator calls). */
  readonly image: PluginBarmanCloudImageValues;
  /** The sidecar the plugin injects into every PostgreSQL instance pod (WAL archiving, backups, restore). */
  readonly sidecarImage: PluginBarmanCloudImageValues;
  /** The ObjectStore CRD, from the chart. */
  readonly crds: { readonly create: boolean };
  /** Extra labels on the plugin pod (the chart adds app.kubernetes.io/name and instance). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** The chart's pod securityContext keys: only these two. */
  readonly podSecurityContext: { readonly runAsNonRoot: boolean; readonly seccompProfile: SeccompValues };
  readonly containerSecurityContext: {
    readonly runAsUser: number;
    readonly runAsGroup: number;
    readonly allowPrivilegeEscalation: boolean;
    readonly readOnlyRootFilesystem: boolean;
    readonly capabilities: { readonly drop: readonly string[] };
    readonly seccompProfile: SeccompValues;
  };
  readonly resources: ResourceValues;
}
