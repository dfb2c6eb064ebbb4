/** The values lakeplane sets on the Project Nessie chart (helm/nessie, 0.108.4). */

type Json = Readonly<Record<string, unknown>>;

export interface NessieValues {
  readonly replicaCount: number;
  readonly image: { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };
  readonly versionStoreType: 'JDBC2';
  readonly jdbc: {
    readonly jdbcUrl: string;
    readonly secret: { readonly name: string; readonly username: string; readonly password: string };
  };
  readonly catalog: {
    readonly enabled: boolean;
    readonly iceberg: {
      readonly defaultWarehouse: string;
      readonly warehouses: ReadonlyArray<{ readonly name: string; readonly location: string }>;
    };
    readonly storage: {
      readonly s3: {
        readonly defaultOptions: {
          readonly region: string;
          readonly endpoint: string;
          readonly pathStyleAccess: boolean;
          readonly authType: 'STATIC';
          readonly accessKeySecret: { readonly name: string; readonly awsAccessKeyId: string; readonly awsSecretAccessKey: string };
        };
      };
    };
  };
  readonly authentication: {
    readonly enabled: boolean;
    readonly oidcAuthServerUrl: string;
    readonly oidcClientId: string;
    readonly oidcClientSecret?: { readonly name: string; readonly key: string };
  };
  /** The main Service's ports; the first one is quarkus.http.port, every one is a container port. */
  readonly service: { readonly ports: ReadonlyArray<{ readonly name: string; readonly number: number }> };
  readonly advancedConfig: Readonly<Record<string, string>>;
  readonly extraEnv: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly extraInitContainers?: readonly Json[];
  readonly extraVolumes: readonly Json[];
  readonly extraVolumeMounts: readonly Json[];
  readonly metrics: { readonly enabled: boolean };
  readonly serviceMonitor: { readonly enabled: boolean };
  readonly podSecurityContext: Json;
  readonly securityContext: Json;
  readonly resources: {
    readonly requests: { readonly cpu: string; readonly memory: string };
    readonly limits: { readonly memory: string };
  };
  readonly affinity: Json;
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly policy?: { readonly maxUnavailable: number } };
}
