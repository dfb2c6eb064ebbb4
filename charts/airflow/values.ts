/** The Apache Airflow values lakeplane sets (official chart 1.21, Airflow 3). */
import type { K8sResources } from '../../constructs/resources';

/** The sidecar that trims old task logs (scheduler, DAG processor, triggerer). */
export interface LogGroomerValues {
  readonly resources: K8sResources;
}

export interface AirflowPodSecurity {
  readonly runAsNonRoot: true;
  readonly runAsUser: number;
  readonly runAsGroup: number;
  readonly fsGroup: number;
  readonly seccompProfile: { readonly type: 'RuntimeDefault' };
}

export interface AirflowContainerSecurity {
  readonly allowPrivilegeEscalation: false;
  readonly capabilities: { readonly drop: readonly ['ALL'] };
  readonly seccompProfile: { readonly type: 'RuntimeDefault' };
  readonly runAsNonRoot: true;
}

/** A container security context of the "restricted" profile, with the chart's user where it sets one. */
export interface RestrictedContainerSecurity extends AirflowContainerSecurity {
  readonly runAsUser?: number;
  readonly runAsGroup?: number;
  readonly readOnlyRootFilesystem?: true;
}

export interface SecretEnvValues {
  readonly envName: string;
  readonly secretName: string;
  readonly secretKey: string;
}

export interface PdbValues {
  readonly enabled: boolean;
  readonly config: { readonly maxUnavailable: number };
}

export interface SpreadValues {
  readonly maxSkew: 1;
  readonly topologyKey: 'kubernetes.io/hostname';
  readonly whenUnsatisfiable: 'DoNotSchedule';
  readonly labelSelector: { readonly matchLabels: Readonly<Record<string, string>> };
}

/** A Secret or a ConfigMap volume. */
export type VolumeValues =
  | { readonly name: string; readonly secret: { readonly secretName: string; readonly items?: ReadonlyArray<{ readonly key: string; readonly path: string }> } }
  | { readonly name: string; readonly configMap: { readonly name: string } };

export interface VolumeMountValues {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly: true;
}

export interface AirflowValues {
  readonly images: {
    readonly airflow: { readonly repository: string; readonly tag: string };
    readonly statsd: { readonly repository: string; readonly tag: string };
    readonly gitSync: { readonly repository: string; readonly tag: string };
    /** Image of the task pod template (the executor sets the same one from airflow.cfg). */
    readonly pod_template: { readonly repository: string; readonly tag: string };
  };
  readonly executor: 'KubernetesExecutor';
  readonly securityContexts: { readonly pod: AirflowPodSecurity; readonly containers: AirflowContainerSecurity };
  readonly networkPolicies: { readonly enabled: false };
  readonly env: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly secret: readonly SecretEnvValues[];
  /** Volumes and mounts of every Airflow container (task pods included). */
  readonly volumes: readonly VolumeValues[];
  readonly volumeMounts: readonly VolumeMountValues[];
  readonly enableBuiltInSecretEnvVars: {
    readonly AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: false;
    readonly AIRFLOW_CONN_AIRFLOW_DB: false;
  };
  readonly data: {
    readonly metadataSecretName: string;
    /**
     * The chart renders a Celery broker-URL Secret unless this names one (templates/secrets/
     * redis-secrets.yaml), even for the KubernetesExecutor, which never reads it.
     */
    readonly brokerUrlSecretName: string;
  };
  readonly fernetKeySecretName: string;
  readonly apiSecretKeySecretName: string;
  readonly jwtSecretName: string;
  readonly config: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly scheduler: {
    readonly replicas: number;
    readonly resources: K8sResources;
    readonly logGroomerSidecar: LogGroomerValues;
    readonly podDisruptionBudget: PdbValues;
    readonly topologySpreadConstraints: readonly SpreadValues[];
  };
  readonly apiServer: {
    readonly replicas: number;
    readonly resources: K8sResources;
    readonly podDisruptionBudget: PdbValues;
    readonly topologySpreadConstraints: readonly SpreadValues[];
    readonly args: readonly string[];
    readonly env: ReadonlyArray<{ readonly name: string; readonly value: string }>;
    /** webserver_config.py of the FAB auth manager (login through Keycloak). */
    readonly apiServerConfig: string;
    readonly extraVolumes: readonly VolumeValues[];
    readonly extraVolumeMounts: readonly VolumeMountValues[];
  };
  readonly dagProcessor: { readonly replicas: number; readonly resources: K8sResources; readonly logGroomerSidecar: LogGroomerValues };
  readonly triggerer: { readonly replicas: number; readonly resources: K8sResources; readonly persistence: { readonly enabled: false }; readonly logGroomerSidecar: LogGroomerValues };
  readonly workers: { readonly resources: K8sResources; readonly persistence: { readonly enabled: false } };
  readonly statsd: {
    readonly enabled: true;
    readonly resources: K8sResources;
    /** The chart's default is only runAsUser (templates/_helpers.yaml, localPodSecurityContext). */
    readonly securityContexts: {
      readonly pod: Omit<AirflowPodSecurity, 'fsGroup'>;
      readonly container: RestrictedContainerSecurity;
    };
  };
  readonly createUserJob: { readonly enabled: false; readonly useHelmHooks: false };
  readonly migrateDatabaseJob: {
    readonly useHelmHooks: false;
    readonly applyCustomEnv: true;
    readonly jobAnnotations: Readonly<Record<string, string>>;
    readonly resources: K8sResources;
  };
  readonly postgresql: { readonly enabled: false };
  readonly redis: { readonly enabled: false };
  readonly pgbouncer: { readonly enabled: false };
  readonly dags: {
    readonly gitSync: {
      readonly enabled: true;
      readonly repo: string;
      readonly branch: string;
      readonly rev: 'HEAD';
      readonly ref: string;
      readonly depth: 1;
      readonly subPath: string;
      readonly period: string;
      readonly sshKeySecret?: string;
      readonly knownHosts?: string;
      readonly resources: K8sResources;
      /**
       * The git-sync containers (init and sidecar, task pods too). Without it the chart sets
       * only runAsUser (templates/_helpers.yaml, localContainerSecurityContext), not the
       * global securityContexts.
       */
      readonly securityContexts: { readonly container: RestrictedContainerSecurity };
    };
  };
}
