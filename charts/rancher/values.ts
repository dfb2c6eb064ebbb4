/** The values lakeplane sets on the Rancher chart (releases.rancher.com/server-charts). */
import type { ResourceValues } from '../../constructs/helm-values';

export interface RancherValues {
  /** Server image; the tag defaults to the chart's appVersion. */
  readonly image: { readonly repository: string };
  readonly replicas: number;
  readonly antiAffinity: 'preferred' | 'required';
  /**
   * `external`: TLS ends at the ingress controller (the platform's PlatformIngress with a
   * cert-manager Certificate), Rancher serves plain HTTP behind it.
   */
  readonly tls: 'ingress' | 'external';
  /** The chart's own Ingress stays off; the component exposes Rancher through PlatformIngress. */
  readonly ingress: { readonly enabled: boolean; readonly tls: { readonly source: 'rancher' | 'letsEncrypt' | 'secret' } };
  readonly networkExposure: { readonly type: 'ingress' | 'gateway' | 'none' };
  /** Left empty: the password comes from the `bootstrap-secret` Secret the component declares. */
  readonly bootstrapPassword: '';
  readonly resources: ResourceValues;
  /** Registry prefix for the images Rancher deploys itself (the platform's image mirror). */
  readonly systemDefaultRegistry: string;
  readonly postDelete: { readonly enabled: boolean };
}
