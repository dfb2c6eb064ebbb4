/** The values lakeplane sets on the Trino chart (trinodb/charts trino 1.42.2). */

type Json = Readonly<Record<string, unknown>>;

export interface TrinoResources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly memory: string };
}

export interface TrinoNodeValues {
  readonly jvm: { readonly maxHeapSize: string };
  readonly config: {
    readonly memory: { readonly heapHeadroomPerNode: string };
    readonly query: { readonly maxMemoryPerNode: string };
  };
  readonly additionalJVMConfig: readonly string[];
  readonly resources: TrinoResources;
  readonly affinity: Json;
  readonly additionalVolumes: readonly Json[];
  readonly additionalVolumeMounts: readonly Json[];
  readonly terminationGracePeriodSeconds?: number;
}

export interface TrinoWorkerValues extends TrinoNodeValues {
  readonly topologySpreadConstraints: readonly Json[];
}

export interface TrinoValues {
  readonly image: { readonly registry: string; readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };
  readonly server: {
    readonly workers: number;
    readonly node: { readonly environment: string };
    readonly config: {
      /** Ordered list of authentication types; the chart writes the file password authenticator when it holds PASSWORD. */
      readonly authenticationType: 'PASSWORD,OAUTH2';
      /** The coordinator's HTTPS listener (http-server.https.*); keystore.path may be a PEM of key and chain. */
      readonly https: { readonly enabled: boolean; readonly port: number; readonly keystore: { readonly path: string } };
      readonly query: { readonly maxMemory: string };
    };
    readonly coordinatorExtraConfig: string;
    readonly autoscaling: {
      readonly enabled: boolean;
      readonly maxReplicas: number;
      readonly targetCPUUtilizationPercentage: number;
      /** '' turns memory-based scaling off (a JVM's heap does not shrink with load). */
      readonly targetMemoryUtilizationPercentage: number | '';
    };
  };
  /**
   * Exactly one system access control: file rules (`configmap`: the chart writes
   * access-control.name=file and mounts the rules) or Ranger (`properties`: the chart writes
   * the properties as access-control.properties).
   */
  readonly accessControl:
    | {
        readonly type: 'configmap';
        readonly refreshPeriod: string;
        readonly configFile: string;
        readonly rules: Readonly<Record<string, string>>;
      }
    | { readonly type: 'properties'; readonly properties: string };
  /** The file password authenticator's Secret (key password.db). */
  readonly auth: { readonly passwordAuthSecret: string };
  readonly resourceGroups: { readonly type: 'configmap'; readonly resourceGroupsConfig: string };
  readonly additionalConfigProperties: readonly string[];
  /** Catalog name -> properties file (added to the chart's tpch and tpcds). */
  readonly catalogs: Readonly<Record<string, string>>;
  readonly env: readonly Json[];
  readonly initContainers?: { readonly coordinator: readonly Json[]; readonly worker: readonly Json[] };
  readonly securityContext: Json;
  readonly containerSecurityContext: Json;
  readonly service: { readonly port: number };
  readonly coordinator: TrinoNodeValues & {
    /** Secrets mounted into the coordinator (the TLS certificate). */
    readonly secretMounts: ReadonlyArray<{ readonly name: string; readonly secretName: string; readonly path: string }>;
    /** Extra files of the coordinator's config ConfigMap (file name -> content, templated with tpl). */
    readonly additionalConfigFiles: Readonly<Record<string, string>>;
  };
  readonly worker: TrinoWorkerValues;
  readonly jmx: {
    readonly enabled: boolean;
    readonly registryPort: number;
    readonly serverPort: number;
    readonly exporter: {
      readonly enabled: boolean;
      readonly image: string;
      readonly pullPolicy: 'IfNotPresent';
      readonly port: number;
      readonly configProperties: string;
      readonly securityContext: Json;
      readonly resources: TrinoResources;
    };
  };
  readonly serviceMonitor: { readonly enabled: boolean };
}
