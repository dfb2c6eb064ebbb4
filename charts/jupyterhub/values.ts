/**
 * The values lakeplane sets on the zero-to-jupyterhub-k8s chart 4.4.0 (values.yaml and
 * values.schema.json of the chart in the chart mirror; helm checks them against the schema).
 */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues } from '../../constructs/helm-values';

export interface EgressAllowRules {
  readonly cloudMetadataServer: boolean;
  readonly dnsPortsCloudMetadataServer: boolean;
  readonly dnsPortsKubeSystemNamespace: boolean;
  readonly dnsPortsPrivateIPs: boolean;
  readonly nonPrivateIPs: boolean;
  readonly privateIPs: boolean;
}

export interface NetworkPolicyValues {
  readonly enabled: true;
  readonly egressAllowRules: EgressAllowRules;
}

interface ImageValues {
  readonly name: string;
  readonly tag: string;
}

/** An environment variable: a plain value, or a reference (`valueFrom`). */
export type ExtraEnvValue = string | { readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } } };

export interface ProfileValues {
  readonly display_name: string;
  readonly slug: string;
  readonly description: string;
  readonly default?: boolean;
  readonly kubespawner_override: {
    readonly cpu_guarantee: number;
    readonly cpu_limit: number;
    readonly mem_guarantee: string;
    readonly mem_limit: string;
  };
}

export interface JupyterhubValues {
  readonly hub: {
    /** Traitlets configuration, section by class (files/hub/jupyterhub_config.py loads it). */
    readonly config: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    /** A Secret of lakeplane's holding the cookie secret and the auth-state keys (read before the chart's own). */
    readonly existingSecret: string;
    readonly extraEnv: Readonly<Record<string, ExtraEnvValue>>;
    readonly extraVolumes: readonly Record<string, unknown>[];
    readonly extraVolumeMounts: readonly Record<string, unknown>[];
    readonly loadRoles: Readonly<Record<string, { readonly name: string; readonly scopes: readonly string[] }>>;
    readonly db: { readonly type: 'sqlite-pvc'; readonly pvc: { readonly storage: string; readonly storageClassName: string; readonly annotations: Readonly<Record<string, string>> } };
    readonly image: ImageValues;
    readonly resources: ResourceValues;
    readonly podSecurityContext: PodSecurityValues;
    readonly containerSecurityContext: ContainerSecurityValues & { readonly runAsGroup: number };
    readonly networkPolicy: NetworkPolicyValues;
    readonly authenticatePrometheus: false;
    readonly concurrentSpawnLimit: number;
    readonly activeServerLimit: number;
  };
  readonly proxy: {
    /** The chart's public Service: behind the platform ingress, never a LoadBalancer of its own. */
    readonly service: { readonly type: 'ClusterIP' };
    readonly chp: {
      readonly image: ImageValues;
      readonly resources: ResourceValues;
      readonly networkPolicy: NetworkPolicyValues;
    };
    readonly https: { readonly enabled: false };
  };
  readonly singleuser: {
    readonly image: ImageValues & { readonly pullPolicy: 'IfNotPresent' };
    /** The iptables init container that blocks the cloud metadata server runs privileged: off (the NetworkPolicy blocks it). */
    readonly cloudMetadata: { readonly blockWithIptables: false };
    readonly networkPolicy: NetworkPolicyValues;
    readonly uid: number;
    readonly fsGid: number;
    readonly allowPrivilegeEscalation: false;
    readonly extraEnv: Readonly<Record<string, ExtraEnvValue>>;
    readonly storage: {
      readonly type: 'dynamic';
      readonly capacity: string;
      readonly homeMountPath: string;
      readonly dynamic: { readonly storageClass: string; readonly storageAccessModes: readonly ['ReadWriteOnce'] };
      readonly extraVolumes: readonly Record<string, unknown>[];
      readonly extraVolumeMounts: readonly Record<string, unknown>[];
    };
    readonly cpu: { readonly guarantee: number; readonly limit: number };
    readonly memory: { readonly guarantee: string; readonly limit: string };
    readonly profileList: readonly ProfileValues[];
    readonly startTimeout: number;
  };
  readonly scheduling: {
    readonly userScheduler: { readonly enabled: false };
    readonly userPlaceholder: { readonly enabled: false };
    readonly podPriority: { readonly enabled: false };
  };
  readonly prePuller: {
    /** The Helm-hook puller (a Job and a DaemonSet) would hold every sync until all nodes pulled: off. */
    readonly hook: { readonly enabled: false };
    /** A DaemonSet that keeps the user image on every node, outside any sync. */
    readonly continuous: { readonly enabled: true };
    readonly pullProfileListImages: boolean;
    readonly resources: ResourceValues;
    readonly pause: { readonly image: ImageValues };
  };
  readonly ingress: { readonly enabled: false };
  readonly cull: {
    readonly enabled: true;
    readonly timeout: number;
    readonly every: number;
    readonly users: false;
    readonly adminUsers: true;
    readonly maxAge: number;
  };
}
