/** The values lakeplane sets on the codecentric keycloakx chart (codecentric.github.io/helm-charts). */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues } from '../../constructs/helm-values';

export interface KeycloakxValues {
  readonly nameOverride: string;
  readonly fullnameOverride: string;
  readonly replicas: number;
  readonly image: { readonly repository: string; readonly tag: string };
  /** Arguments to the image's kc.sh entry point. */
  readonly args: readonly string[];
  /** Environment variables, as the YAML text the chart templates in. */
  readonly extraEnv: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly podSecurityContext: PodSecurityValues;
  readonly securityContext: ContainerSecurityValues & { readonly runAsGroup?: number };
  readonly resources: ResourceValues;
  readonly podDisruptionBudget: { readonly maxUnavailable?: number };
  readonly serviceAccount: { readonly create: boolean; readonly automountServiceAccountToken: boolean };
  readonly enableServiceLinks: boolean;
  readonly database: {
    readonly vendor: 'postgres';
    readonly hostname: string;
    readonly port: number;
    readonly database: string;
    readonly username: string;
    /** Secret with the password under the key `password` (CloudNativePG's `<cluster>-app`). */
    readonly existingSecret: string;
    readonly existingSecretKey: string;
  };
  readonly dbchecker: { readonly enabled: boolean };
  /** `default`: the chart sets KC_CACHE=ispn and KC_CACHE_STACK=jdbc-ping (discovery through the database); `custom`: nothing. */
  readonly cache: { readonly stack: 'default' | 'custom' };
  readonly proxy: { readonly enabled: boolean; readonly mode: 'xforwarded' | 'forwarded'; readonly http: { readonly enabled: boolean } };
  readonly metrics: { readonly enabled: boolean };
  readonly health: { readonly enabled: boolean };
  readonly http: { readonly relativePath: string };
  readonly ingress: { readonly enabled: boolean };
  readonly serviceMonitor: { readonly enabled: boolean };
}
