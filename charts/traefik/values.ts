/** The values lakeplane sets on the upstream Traefik chart (traefik.github.io/charts). */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues, TopologySpreadValues } from '../../constructs/helm-values';

export interface TraefikEntryPointValues {
  readonly port?: number;
  readonly exposedPort?: number;
  readonly expose?: { readonly default: boolean };
  readonly http?: {
    readonly redirections?: { readonly entryPoint: { readonly to: string; readonly scheme: 'https'; readonly permanent: boolean } };
    readonly tls?: { readonly enabled: boolean };
  };
}

export interface TraefikValues {
  readonly image: { readonly registry: string };
  readonly deployment: { readonly replicas: number };
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly maxUnavailable?: number };
  readonly topologySpreadConstraints: readonly TopologySpreadValues[];
  readonly ingressClass: { readonly enabled: boolean; readonly isDefaultClass: boolean; readonly name: string };
  readonly gateway: { readonly enabled: boolean };
  readonly gatewayClass: { readonly enabled: boolean };
  readonly providers: {
    readonly kubernetesCRD: { readonly enabled: boolean };
    readonly kubernetesIngress: { readonly enabled: boolean; readonly publishedService: { readonly enabled: boolean } };
  };
  readonly ports: {
    readonly web: TraefikEntryPointValues;
    readonly websecure: TraefikEntryPointValues;
    readonly metrics: TraefikEntryPointValues;
  };
  readonly metrics: { readonly prometheus: { readonly entryPoint: string } };
  readonly service: {
    readonly spec: { readonly type: 'LoadBalancer' | 'ClusterIP'; readonly externalTrafficPolicy?: 'Local' | 'Cluster' };
    readonly annotations: Readonly<Record<string, string>>;
  };
  readonly global: { readonly checkNewVersion: boolean; readonly sendAnonymousUsage: boolean };
  readonly resources: ResourceValues;
  readonly securityContext: ContainerSecurityValues;
  readonly podSecurityContext: PodSecurityValues;
}
