/**
 * The kube-prometheus-stack values lakeplane sets (chart 88.x). Only what is set is typed;
 * everything else keeps the chart's default. Keys under `grafana` beyond those the
 * kube-prometheus-stack values file lists belong to the Grafana subchart.
 */
import type { K8sResources } from '../../constructs/resources';

export interface ImageValues {
  readonly registry: string;
}

export interface PodSecurityValues {
  readonly runAsNonRoot: true;
  readonly runAsUser: number;
  readonly runAsGroup: number;
  readonly fsGroup: number;
  readonly seccompProfile: { readonly type: 'RuntimeDefault' };
}

export interface ContainerSecurityValues {
  readonly allowPrivilegeEscalation: false;
  readonly readOnlyRootFilesystem: boolean;
  readonly capabilities: { readonly drop: readonly ['ALL'] };
  readonly seccompProfile?: { readonly type: 'RuntimeDefault' };
  readonly runAsNonRoot?: true;
}

export interface VolumeClaimTemplateValues {
  readonly metadata?: { readonly annotations?: Readonly<Record<string, string>> };
  readonly spec: {
    readonly storageClassName: string;
    readonly accessModes: readonly ['ReadWriteOnce'];
    readonly resources: { readonly requests: { readonly storage: string } };
  };
}

export interface PdbValues {
  readonly enabled: boolean;
  readonly minAvailable?: number;
}

export interface PrometheusSpecValues {
  readonly replicas: number;
  readonly retention: string;
  readonly image: ImageValues;
  readonly resources: K8sResources;
  readonly podAntiAffinity: 'hard' | 'soft' | '';
  readonly externalUrl: string;
  readonly storageSpec: { readonly volumeClaimTemplate: VolumeClaimTemplateValues };
  readonly persistentVolumeClaimRetentionPolicy: { readonly whenDeleted: 'Retain'; readonly whenScaled: 'Retain' };
  readonly ruleSelectorNilUsesHelmValues: false;
  readonly serviceMonitorSelectorNilUsesHelmValues: false;
  readonly podMonitorSelectorNilUsesHelmValues: false;
  readonly probeSelectorNilUsesHelmValues: false;
  readonly scrapeConfigSelectorNilUsesHelmValues: false;
  readonly ruleNamespaceSelector: Record<string, never>;
  readonly serviceMonitorNamespaceSelector: Record<string, never>;
  readonly podMonitorNamespaceSelector: Record<string, never>;
  readonly securityContext: PodSecurityValues;
}

export interface AlertmanagerSpecValues {
  readonly replicas: number;
  readonly image: ImageValues;
  readonly resources: K8sResources;
  readonly podAntiAffinity: 'hard' | 'soft' | '';
  readonly externalUrl: string;
  /** Secrets mounted at /etc/alertmanager/secrets/<name>/. */
  readonly secrets: readonly string[];
  readonly storage: { readonly volumeClaimTemplate: VolumeClaimTemplateValues };
  readonly persistentVolumeClaimRetentionPolicy: { readonly whenDeleted: 'Retain'; readonly whenScaled: 'Retain' };
  readonly securityContext: PodSecurityValues;
}

/** The Alertmanager configuration file, as a typed object. */
export interface AlertmanagerConfigValues {
  readonly global: { readonly resolve_timeout: string };
  readonly route: AlertmanagerRoute;
  readonly receivers: readonly AlertmanagerReceiver[];
  readonly inhibit_rules: ReadonlyArray<{
    readonly source_matchers: readonly string[];
    readonly target_matchers: readonly string[];
    readonly equal: readonly string[];
  }>;
}

export interface AlertmanagerRoute {
  readonly receiver: string;
  readonly group_by?: readonly string[];
  readonly group_wait?: string;
  readonly group_interval?: string;
  readonly repeat_interval?: string;
  readonly matchers?: readonly string[];
  readonly continue?: boolean;
  readonly routes?: readonly AlertmanagerRoute[];
}

export interface AlertmanagerReceiver {
  readonly name: string;
  readonly slack_configs?: ReadonlyArray<{
    readonly api_url_file: string;
    readonly channel: string;
    readonly send_resolved: boolean;
    readonly title: string;
    readonly text: string;
  }>;
  readonly email_configs?: ReadonlyArray<{
    readonly to: string;
    readonly from: string;
    readonly smarthost: string;
    readonly auth_username?: string;
    readonly auth_password_file?: string;
    readonly require_tls: boolean;
    readonly send_resolved: boolean;
  }>;
}

export interface GrafanaValues {
  readonly enabled: true;
  readonly defaultDashboardsEnabled: boolean;
  readonly defaultDashboardsTimezone: string;
  readonly admin: { readonly existingSecret: string; readonly userKey: string; readonly passwordKey: string };
  readonly sidecar: {
    readonly dashboards: { readonly enabled: true; readonly label: string; readonly labelValue: string; readonly searchNamespace: 'ALL' };
    readonly datasources: { readonly enabled: true; readonly label: string; readonly labelValue: string };
    /** Both sidecar containers (grafana chart: sidecar.resources). */
    readonly resources: K8sResources;
  };
  // Grafana subchart values (not listed in the kube-prometheus-stack values file).
  readonly replicas: number;
  readonly image: ImageValues;
  readonly resources: K8sResources;
  readonly persistence: { readonly enabled: false };
  readonly podDisruptionBudget?: { readonly maxUnavailable: number };
  readonly topologySpreadConstraints?: ReadonlyArray<Record<string, unknown>>;
  readonly securityContext: PodSecurityValues;
  readonly containerSecurityContext: ContainerSecurityValues;
  /** grafana.ini, as sections of settings. */
  readonly 'grafana.ini': Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
  /** ConfigMaps mounted into the Grafana container (grafana chart templates/_pod.tpl). */
  readonly extraConfigmapMounts: ReadonlyArray<{ readonly name: string; readonly configMap: string; readonly mountPath: string; readonly readOnly: true }>;
  /** Environment variables from secrets: name -> secretKeyRef. */
  readonly envValueFrom: Readonly<Record<string, { readonly secretKeyRef: { readonly name: string; readonly key: string } }>>;
}

export interface KubePrometheusStackValues {
  readonly fullnameOverride: string;
  readonly crds: { readonly enabled: false };
  readonly defaultRules: { readonly create: boolean };
  readonly prometheus: {
    /** On the Prometheus object (templates/prometheus/prometheus.yaml). */
    readonly annotations: Record<string, string>;
    readonly podDisruptionBudget: PdbValues;
    readonly prometheusSpec: PrometheusSpecValues;
  };
  readonly alertmanager: {
    /** On the Alertmanager object (templates/alertmanager/alertmanager.yaml). */
    readonly annotations: Record<string, string>;
    readonly podDisruptionBudget: PdbValues;
    readonly config: AlertmanagerConfigValues;
    readonly alertmanagerSpec: AlertmanagerSpecValues;
  };
  readonly grafana: GrafanaValues;
  readonly prometheusOperator: {
    readonly image: ImageValues;
    readonly resources: K8sResources;
    /** The Jobs that create and patch the admission webhook's certificate. */
    readonly admissionWebhooks: { readonly patch: { readonly resources: K8sResources } };
  };
  readonly 'prometheus-node-exporter': {
    /** Node exporter runs in its own namespace: it needs the host's network and PID namespace. */
    readonly namespaceOverride: string;
    readonly resources: K8sResources;
    /** Pod level (the chart's default plus the seccomp profile). */
    readonly securityContext: PodSecurityValues;
    /** It reads /proc and /sys through the host mounts: no capability is needed. */
    readonly containerSecurityContext: ContainerSecurityValues;
  };
  readonly 'kube-state-metrics': { readonly resources: K8sResources };
  /**
   * CoreDNS: the chart's dashboard stays (it needs `enabled`), but not the headless Service the
   * chart writes into kube-system, nor its ServiceMonitor: the platform writes nothing into
   * kube-system (the AppProject does not permit it). The monitoring component scrapes the
   * CoreDNS pods with a PodMonitor of its own instead.
   */
  readonly coreDns: { readonly enabled: true; readonly service: { readonly enabled: false }; readonly serviceMonitor: { readonly enabled: false } };
  // Control-plane components are not reachable on most on-premise distributions' defaults;
  // scraping them is left to the distribution (RKE2 exposes them behind its own config).
  // Each would also write a Service into kube-system.
  readonly kubeEtcd: { readonly enabled: boolean };
  readonly kubeScheduler: { readonly enabled: boolean };
  readonly kubeControllerManager: { readonly enabled: boolean };
  readonly kubeProxy: { readonly enabled: boolean };
}
