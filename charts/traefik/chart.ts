/**
 * traefik: the platform's ingress controller, the front door every UI is reached through.
 * The upstream chart, an HA pair in production with a PodDisruptionBudget and a hard spread
 * over nodes, the default IngressClass `traefik`, HTTP redirected to HTTPS on the `web` entry
 * point, Prometheus metrics, and a LoadBalancer Service (MetalLB on-premise).
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { TraefikConfig } from './config';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import type { IngressController } from '../../constructs/ingress';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, assertSize, toResources } from '../../constructs/resources';
import { DEFAULT_UID, waive } from '../../constructs/workload';
import { defineComponent } from '../spec';
import type { TraefikValues } from './values';

export const TRAEFIK_NAMESPACE = 'traefik';
/** The IngressClass every PlatformIngress uses. */
export const INGRESS_CLASS = 'traefik';
/** Container ports of the chart's entry points (the Service maps 80/443 to them). */
export const ENTRY_POINTS = { web: 8000, websecure: 8443, metrics: 9100 } as const;

export interface TraefikProps {
  readonly common: PlatformCommon;
  readonly config?: TraefikConfig;
}

export class Traefik extends PlatformChart {
  readonly controller: IngressController;
  readonly replicas: number;
  readonly size: ContainerSize;

  constructor(scope: Construct, props: TraefikProps) {
    super(scope, { component: 'traefik', common: props.common, phase: 1, namespace: TRAEFIK_NAMESPACE });
    const production = props.common.profile === 'production';
    const config = props.config ?? {};
    this.replicas = config.replicas ?? (production ? 2 : 1);
    this.size = { cpu: config.cpu ?? (production ? 0.5 : 0.1), memoryGiB: config.memoryGiB ?? (production ? 0.5 : 0.25) };
    if (!Number.isInteger(this.replicas) || this.replicas < 1) {
      throw new Error(`traefik.replicas must be an integer >= 1 (got ${this.replicas})`);
    }
    assertSize(this.size, 'traefik');

    // The label the upstream chart puts on its pods (its name), used by every selector here.
    const podLabels = { 'app.kubernetes.io/name': 'traefik' };
    const ns = new PlatformNamespace(this, 'namespace', { name: TRAEFIK_NAMESPACE });
    // Clients (people, and services inside the cluster) reach the entry points from anywhere.
    new k8s.KubeNetworkPolicy(this, 'allow-clients', {
      metadata: { name: 'allow-from-clients', namespace: TRAEFIK_NAMESPACE },
      spec: {
        podSelector: { matchLabels: podLabels },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ ipBlock: { cidr: '0.0.0.0/0' } }, { namespaceSelector: {} }],
            ports: [ENTRY_POINTS.web, ENTRY_POINTS.websecure].map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) })),
          },
        ],
      },
    });
    // Backends live in every namespace; each admits the controller with its own policy (PlatformIngress).
    const toBackends = new k8s.KubeNetworkPolicy(this, 'allow-backends', {
      metadata: { name: 'allow-to-backends', namespace: TRAEFIK_NAMESPACE },
      spec: { podSelector: { matchLabels: podLabels }, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: {} }] }] },
    });
    waive(
      toBackends,
      'default-deny',
      'the ingress controller forwards to UI backends in every namespace on their own ports; each backend admits only the controller, on its port, with the NetworkPolicy of its PlatformIngress',
    );
    ns.allowKubeApi(podLabels);

    const resources = toResources(this.size);
    const values: TraefikValues = {
      image: { registry: props.common.images.registry('docker.io') },
      deployment: { replicas: this.replicas },
      podDisruptionBudget: this.replicas >= 2 ? { enabled: true, maxUnavailable: 1 } : { enabled: false },
      topologySpreadConstraints:
        this.replicas >= 2 ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: podLabels } }] : [],
      ingressClass: { enabled: true, isDefaultClass: true, name: INGRESS_CLASS },
      // The Gateway API is not used by the platform: no Gateway or GatewayClass objects.
      gateway: { enabled: false },
      gatewayClass: { enabled: false },
      providers: {
        kubernetesCRD: { enabled: true },
        kubernetesIngress: { enabled: true, publishedService: { enabled: true } },
      },
      ports: {
        web: { http: { redirections: { entryPoint: { to: 'websecure', scheme: 'https', permanent: true } } } },
        websecure: { http: { tls: { enabled: true } } },
        metrics: { port: ENTRY_POINTS.metrics, expose: { default: false } },
      },
      metrics: { prometheus: { entryPoint: 'metrics' } },
      service: {
        spec: { type: 'LoadBalancer' },
        annotations: config.loadBalancerIP ? { 'metallb.io/loadBalancerIPs': config.loadBalancerIP } : {},
      },
      // No calls home from an on-premise cluster.
      global: { checkNewVersion: false, sendAnonymousUsage: false },
      resources: { requests: resources.requests, limits: resources.limits },
      // Pod Security "restricted": non-root and seccomp at pod level, the rest per container.
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
      podSecurityContext: { runAsNonRoot: true, runAsUser: DEFAULT_UID, runAsGroup: DEFAULT_UID, seccompProfile: { type: 'RuntimeDefault' } },
    };
    new HelmApplication<TraefikValues>(this, 'chart', {
      chart: 'traefik',
      releaseName: 'traefik',
      namespace: TRAEFIK_NAMESPACE,
      values,
      holdsData: false,
    });
    this.declareWorkload({ name: 'traefik', replicas: this.replicas, size: this.size });

    new PodMetrics(this, 'metrics', { name: 'traefik', namespace: TRAEFIK_NAMESPACE, selector: podLabels, port: 'metrics', portNumber: ENTRY_POINTS.metrics });

    this.controller = {
      className: INGRESS_CLASS,
      namespace: TRAEFIK_NAMESPACE,
      podLabels,
      // Routes of a PlatformIngress are served on the TLS entry point only.
      tlsAnnotations: {
        'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure',
        'traefik.ingress.kubernetes.io/router.tls': 'true',
      },
    };
  }
}

export const traefikComponent = defineComponent({
  id: 'traefik',
  phase: 1,
  layer: 'infrastructure',
  description: 'Ingress controller: routes https://<ui>.<domain> to each UI, redirects HTTP to HTTPS',
  dependsOn: () => [],
  charts: ['traefik'],
  build: (ctx) => {
    const chart = new Traefik(ctx.scope, { common: ctx.common, config: ctx.config.components.traefik });
    return { charts: [chart], handle: chart.controller };
  },
});
