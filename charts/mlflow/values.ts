/**
 * The values lakeplane sets on the community-charts mlflow chart 1.11.5 (values.yaml and
 * values.schema.json of the chart in the chart mirror).
 */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues } from '../../constructs/helm-values';

interface ExistingCredentials {
  readonly name: string;
  readonly usernameKey: string;
  readonly passwordKey: string;
}

interface ProbeValues {
  readonly initialDelaySeconds: number;
  readonly periodSeconds: number;
  readonly timeoutSeconds: number;
  readonly failureThreshold: number;
}

export interface MlflowValues {
  readonly replicaCount: number;
  readonly image: { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };
  readonly initImages: { readonly mlflowDbMigration: { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' } };
  /** Recreate: one replica, and the migration init container must not run beside an old server. */
  readonly strategy: { readonly type: 'Recreate' };
  readonly serviceAccount: { readonly create: boolean; readonly automount: boolean };
  readonly extraPodLabels: Readonly<Record<string, string>>;
  readonly podSecurityContext: PodSecurityValues & { readonly fsGroupChangePolicy: 'OnRootMismatch' };
  readonly securityContext: ContainerSecurityValues & { readonly runAsGroup: number; readonly privileged: false };
  readonly service: { readonly type: 'ClusterIP'; readonly port: number; readonly containerPort: number };
  readonly telemetry: { readonly enabled: false };
  readonly backendStore: {
    /** The mlflow-db-migration init container (templates/deployment.yaml): upgrades the schema before the server starts. */
    readonly databaseMigration: boolean;
    readonly databaseConnectionCheck: boolean;
    readonly postgres: { readonly enabled: true; readonly host: string; readonly port: number; readonly database: string };
    readonly existingDatabaseSecret: ExistingCredentials;
  };
  readonly artifactRoot: {
    /** --serve-artifacts: clients upload and download through the server and hold no S3 key. */
    readonly proxiedArtifactStorage: true;
    readonly s3: {
      readonly enabled: true;
      readonly bucket: string;
      readonly path: string;
      readonly existingSecret: { readonly name: string; readonly keyOfAccessKeyId: string; readonly keyOfSecretAccessKey: string };
    };
  };
  readonly oidcAuth: {
    readonly enabled: true;
    readonly discoveryUrl: string;
    readonly clientId: string;
    readonly existingSecret: { readonly name: string; readonly clientSecretKey: string };
    readonly redirectUri: string;
    /** OIDC_AUDIENCE: the audience bearer tokens must carry. */
    readonly audience: string;
    readonly scope: string;
    readonly providerDisplayName: string;
    readonly groupsAttribute: string;
    readonly groupName: readonly string[];
    readonly adminGroupName: readonly string[];
    readonly defaultPermission: 'NO_PERMISSIONS' | 'READ' | 'EDIT';
    readonly database: { readonly postgres: { readonly enabled: true; readonly host: string; readonly port: number; readonly database: string; readonly existingSecret: ExistingCredentials } };
    /** Addresses whose X-Forwarded-* headers are trusted (the ingress controller). */
    readonly trustedProxies: readonly string[];
  };
  readonly serverAllowedHosts: readonly string[];
  readonly corsAllowedOrigins: readonly string[];
  /** Rendered as `--<kebab-case key>=<value>` on the server's command line. */
  readonly extraArgs: Readonly<Record<string, string>>;
  /** Plain environment variables (rendered as `value:`, never from a secret). */
  readonly extraEnvVars: Readonly<Record<string, string>>;
  readonly extraVolumes: readonly Record<string, unknown>[];
  readonly extraVolumeMounts: readonly Record<string, unknown>[];
  readonly resources: ResourceValues;
  /** lakeplane's own ServiceMonitor and NetworkPolicy scrape the server (constructs/metrics.ts). */
  readonly serviceMonitor: { readonly enabled: false };
  readonly ingress: { readonly enabled: false };
  readonly livenessProbe: ProbeValues;
  readonly readinessProbe: ProbeValues;
  readonly postgresql: { readonly enabled: false };
  readonly mysql: { readonly enabled: false };
  readonly minio: { readonly enabled: false };
}
