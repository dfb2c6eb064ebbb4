/**
 * The values lakeplane sets on the official argo-cd chart (argoproj.github.io/argo-helm), and
 * on its redis-ha subchart. Key names are the chart's; each was checked against its templates.
 */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues } from '../../constructs/helm-values';

/** Spread over nodes; the chart fills in the component's own label selector when none is given. */
export interface ArgoSpreadValues {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
}

export interface ArgoPdbValues {
  readonly enabled: boolean;
  readonly maxUnavailable?: number;
}

/** `<component>.metrics`: the metrics Service (templates/<component>/metrics.yaml) and the chart's own ServiceMonitor. */
export interface ArgoMetricsValues {
  readonly enabled: boolean;
  readonly serviceMonitor: { readonly enabled: false };
}

/** What every ArgoCD workload of the chart takes (controller, server, repoServer, applicationSet). */
export interface ArgoComponentValues {
  readonly replicas: number;
  readonly resources: ResourceValues;
  readonly containerSecurityContext: ContainerSecurityValues;
  readonly metrics: ArgoMetricsValues;
}

/** `readinessProbe`/`livenessProbe` of the components whose chart defaults leave them off. */
export interface ArgoProbeValues {
  readonly enabled: boolean;
}

export interface ArgoReplicatedValues extends ArgoComponentValues {
  readonly pdb: ArgoPdbValues;
  readonly topologySpreadConstraints: readonly ArgoSpreadValues[];
}

/**
 * `configs.cm` becomes argocd-cm: every key but create/annotations is a data key
 * (templates/argocd-configs/argocd-cm.yaml, `argo-cd.config.cm` in _helpers.tpl), merged over
 * the chart's defaults, which stay.
 */
export interface ArgoCmValues {
  readonly url: string;
  readonly 'application.resourceTrackingMethod': 'annotation' | 'label' | 'annotation+label';
  readonly 'admin.enabled': boolean;
  readonly 'exec.enabled': boolean;
  readonly 'resource.customizations.health.argoproj.io_Application': string;
  /** The OIDC settings as the YAML text ArgoCD reads. @default - none (local accounts only) */
  readonly 'oidc.config'?: string;
}

/** `configs.params` becomes argocd-cmd-params-cm; every value is stringified by the chart. */
export interface ArgoParamsValues {
  readonly 'applicationsetcontroller.enable.progressive.syncs': boolean;
  readonly 'server.insecure': boolean;
}

/** `configs.rbac` becomes argocd-rbac-cm, copied as is. */
export interface ArgoRbacValues {
  readonly 'policy.default': string;
  readonly 'policy.csv': string;
  readonly scopes: string;
}

/** One entry of `configs.repositories`: a Secret labelled argocd.argoproj.io/secret-type: repository. */
export interface ArgoRepositoryValues {
  readonly name: string;
  readonly url: string;
  readonly type: 'helm' | 'git';
  /** A string: the chart base64-encodes every field with `b64enc`, which takes strings. */
  readonly enableOCI?: 'true';
}

export interface RedisHaValues {
  readonly enabled: boolean;
  readonly image?: { readonly repository: string };
  readonly securityContext?: PodSecurityValues;
  readonly containerSecurityContext?: ContainerSecurityValues;
  readonly redis?: { readonly resources: ResourceValues };
  readonly sentinel?: { readonly resources: ResourceValues };
  readonly splitBrainDetection?: { readonly resources: ResourceValues };
  readonly init?: { readonly resources: ResourceValues };
  readonly podDisruptionBudget?: { readonly maxUnavailable: number };
  readonly haproxy?: {
    readonly image: { readonly repository: string };
    readonly resources: ResourceValues;
    readonly init: { readonly resources: ResourceValues };
    readonly securityContext: PodSecurityValues;
    readonly containerSecurityContext: ContainerSecurityValues;
    readonly podDisruptionBudget: { readonly maxUnavailable: number };
  };
}

export interface ArgoCdValues {
  readonly global: {
    readonly domain: string;
    readonly image: { readonly repository: string };
    /** Pod-level security context of every ArgoCD Deployment and StatefulSet. */
    readonly securityContext: PodSecurityValues;
    readonly networkPolicy: { readonly create: boolean };
  };
  readonly crds: { readonly install: boolean; readonly keep: boolean; readonly annotations: Readonly<Record<string, string>> };
  readonly configs: {
    readonly cm: ArgoCmValues;
    readonly params: ArgoParamsValues;
    readonly rbac: ArgoRbacValues;
    readonly repositories: Readonly<Record<string, ArgoRepositoryValues>>;
  };
  readonly controller: ArgoComponentValues;
  readonly server: ArgoReplicatedValues;
  readonly repoServer: ArgoReplicatedValues;
  readonly applicationSet: ArgoReplicatedValues & { readonly readinessProbe: ArgoProbeValues; readonly livenessProbe: ArgoProbeValues };
  readonly dex: { readonly enabled: boolean };
  readonly notifications: { readonly enabled: boolean };
  readonly commitServer: { readonly enabled: boolean };
  readonly redis: {
    readonly enabled: boolean;
    readonly image: { readonly repository: string };
    readonly resources: ResourceValues;
    readonly securityContext: PodSecurityValues;
    readonly containerSecurityContext: ContainerSecurityValues;
    readonly readinessProbe: ArgoProbeValues;
    readonly livenessProbe: ArgoProbeValues;
  };
  readonly redisSecretInit: {
    readonly resources: ResourceValues;
    readonly securityContext: PodSecurityValues;
    readonly containerSecurityContext: ContainerSecurityValues;
  };
  readonly 'redis-ha': RedisHaValues;
}
