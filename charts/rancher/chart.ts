/**
 * rancher: the cluster management UI (Rancher chart), behind Traefik with a cert-manager
 * certificate. Optional: on by default in the production profile (the architecture document's
 * Phase 1 lists it), off in small.
 *
 * Rancher manages the cluster it runs on: it needs cluster-admin and runs its server as root
 * in `cattle-system` (the namespace Rancher requires), so that namespace cannot be
 * "restricted"; the reason is recorded on it.
 */
import { Construct } from 'constructs';
import type { RancherConfig } from './config';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority, IngressController } from '../../constructs/ingress';
import { PlatformIngress } from '../../constructs/ingress';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, assertSize, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { defineComponent } from '../spec';
import type { RancherValues } from './values';
import type { RancherHandle } from './handle';

export const RANCHER = 'rancher';
/** Rancher only runs in this namespace. */
export const RANCHER_NAMESPACE = 'cattle-system';
/** The Secret Rancher reads its first admin password from. */
const BOOTSTRAP_SECRET = 'bootstrap-secret';
/** Rancher's Service and pod port (plain HTTP behind the ingress controller). */
const RANCHER_PORT = 80;
/** rancher-webhook, which Rancher deploys into its namespace; the API server calls it. */
const WEBHOOK_PORT = 9443;

export interface RancherChartProps {
  readonly common: PlatformCommon;
  readonly config?: RancherConfig;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
}

export class RancherChart extends PlatformChart {
  readonly handle: RancherHandle;
  readonly replicas: number;
  readonly size: ContainerSize;
  readonly values: RancherValues;

  constructor(scope: Construct, props: RancherChartProps) {
    super(scope, { component: RANCHER, common: props.common, phase: 1, namespace: RANCHER_NAMESPACE });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const replicas = config.replicas ?? 1;
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 1 : 0.5), memoryGiB: config.memoryGiB ?? (production ? 4 : 2) };
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new Error(`rancher.replicas must be an integer >= 1 (got ${replicas})`);
    }
    assertSize(size, 'rancher');
    this.replicas = replicas;
    this.size = size;

    const namespace = new PlatformNamespace(this, 'namespace', {
      name: RANCHER_NAMESPACE,
      podSecurity: 'privileged',
      podSecurityReason:
        'Rancher manages the cluster it runs in: its server runs as root (the chart sets no securityContext) with cluster-admin, and it deploys its own webhook and agents here; Rancher\'s own Pod Security admission template exempts cattle-system',
    });
    // The chart labels Rancher's pods app=<release name>.
    const podLabels = { app: RANCHER };

    new PlatformSecret(this, 'bootstrap', {
      name: BOOTSTRAP_SECRET,
      namespace: namespace.name,
      keys: { bootstrapPassword: { generate: { length: 32 } } },
      readers: [RANCHER],
      description: 'Password of Rancher\'s first admin login (Rancher asks to change it at that login)',
    });

    const mirror = props.common.images.registry('docker.io');
    this.values = {
      image: { repository: `${mirror}/rancher/rancher` },
      replicas,
      antiAffinity: 'required',
      tls: 'external',
      ingress: { enabled: false, tls: { source: 'secret' } },
      networkExposure: { type: 'none' },
      bootstrapPassword: '',
      resources: toResources(size),
      systemDefaultRegistry: mirror === 'docker.io' ? '' : mirror,
      // The chart's post-delete Job deletes Rancher's namespaces; removal stays a manual decision.
      postDelete: { enabled: false },
    };
    new HelmApplication<RancherValues>(this, 'rancher', {
      chart: 'rancher',
      releaseName: RANCHER,
      namespace: namespace.name,
      values: this.values,
      holdsData: true,
    });
    this.declareWorkload({ name: RANCHER, replicas, size });

    const ingress = new PlatformIngress(this, 'ingress', {
      host: RANCHER,
      namespace: namespace.name,
      serviceName: RANCHER,
      servicePort: RANCHER_PORT,
      podLabels,
      controller: props.ingress,
      authority: props.authority,
    });
    this.handle = { url: ingress.url, namespace: namespace.name };

    // Rancher, its webhook and its agents talk to each other; all of them to the API server,
    // and Rancher to chart and image catalogs over HTTPS (allowKubeApi opens 443 to any address).
    namespace.allowWithinNamespace();
    namespace.allowKubeApi();
    namespace.allowIngress('kube-api-webhook', { peers: [{ cidr: '0.0.0.0/0' }], ports: [WEBHOOK_PORT] });
  }
}

export const rancherComponent = defineComponent({
  id: RANCHER,
  phase: 1,
  layer: 'infrastructure',
  description: 'Rancher: cluster management UI (workloads, logs, events) for operators',
  dependsOn: () => ['traefik', 'cert-manager'],
  enabledByDefault: (config) => config.profile === 'production',
  holdsData: 'Rancher users, settings, role bindings and cluster registrations (Kubernetes objects in its namespaces)',
  ui: RANCHER,
  charts: ['rancher'],
  build: (ctx) => {
    const chart = new RancherChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.rancher,
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
