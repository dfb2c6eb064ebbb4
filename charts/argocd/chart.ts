/**
 * argocd: ArgoCD's own installation, from the official argo-cd chart, so that ArgoCD manages
 * itself once bootstrapped. The bootstrap installs the release `argocd` by hand with the very
 * values this component's Helm Application carries (argocd/install.ts); the Application then
 * adopts that release.
 *
 * - its namespace (gitops.argocdNamespace), Pod Security "restricted", protected from prune
 *   and delete: deleting it would delete every Application of the platform;
 * - the Helm Application never deletes in cascade (holdsData): the chart's CRDs hold every
 *   Application and AppProject;
 * - https://argocd.<domain> through Traefik, TLS from the platform issuer;
 * - login through Keycloak (its own OIDC client, groups mapped to ArgoCD roles) when the
 *   identity provider is enabled; the local admin stays for the bootstrap and break-glass;
 * - NetworkPolicies for its flows: within the namespace, the API server, the git and chart
 *   repositories, the OIDC issuer, from Traefik, and from Prometheus (with the ServiceMonitors).
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import {
  ARGOCD,
  ARGOCD_SECRET_LABEL,
  ArgocdOidc,
  argocdValues,
} from '../../argocd/install';
import { ObjectWave, protectData, setWave } from '../../argocd/sync';
import type { ArgocdConfig } from './config';
import {
  Certificate,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
  CertificateSpecUsages,
} from '../../imports/cert-manager.io_certificate-cert-manager.io';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import { CertificateAuthority, IngressController, PlatformIngress } from '../../constructs/ingress';
import { ServiceMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize } from '../../constructs/resources';
import { parseCpu, parseMemoryGiB } from '../../constructs/workload';
import type { IdentityProvider } from '../keycloak/handle';
import { defineComponent } from '../spec';
import type { ArgoCdValues } from './values';
import type { ResourceValues } from '../../constructs/helm-values';
import type { ArgocdHandle } from './handle';
import type { Monitoring } from '../monitoring/handle';

/**
 * Pod labels the chart gives each ArgoCD workload (`app.kubernetes.io/name: argocd-<name>`,
 * `argo-cd.selectorLabels` in templates/_common.tpl, release `argocd`).
 */
export const ARGOCD_POD_LABELS = {
  controller: { 'app.kubernetes.io/name': 'argocd-application-controller' },
  server: { 'app.kubernetes.io/name': 'argocd-server' },
  repoServer: { 'app.kubernetes.io/name': 'argocd-repo-server' },
  applicationSet: { 'app.kubernetes.io/name': 'argocd-applicationset-controller' },
} as const;

/** Container ports of the metrics endpoints (values.yaml `<component>.containerPorts.metrics`). */
export const ARGOCD_METRICS_PORTS = { controller: 8082, server: 8083, repoServer: 8084, applicationSet: 8080 } as const;

/** The chart's metrics Services: `app.kubernetes.io/name` and `app.kubernetes.io/component`. */
const METRICS_SERVICES = {
  controller: { name: 'argocd-metrics', component: 'application-controller' },
  server: { name: 'argocd-server-metrics', component: 'server' },
  repoServer: { name: 'argocd-repo-server-metrics', component: 'repo-server' },
  applicationSet: { name: 'argocd-metrics', component: 'applicationset-controller' },
} as const;
/** Port name of every metrics Service (values.yaml `<component>.metrics.service.portName`). */
const METRICS_PORT_NAME = 'http-metrics';

/** The API server: Service `argocd-server` port 80 to the pods' 8080 (templates/argocd-server/service.yaml). */
const SERVER_SERVICE = 'argocd-server';
const SERVER_SERVICE_PORT = 80;
const SERVER_PORT = 8080;
/** Secret in ArgoCD's namespace holding the CA that signed Keycloak's certificate (private issuers). */
const OIDC_CA_SECRET = 'argocd-oidc-ca';

export interface ArgocdChartProps {
  readonly common: PlatformCommon;
  readonly config?: ArgocdConfig;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  /** Single sign-on. @default - local accounts only */
  readonly identity?: IdentityProvider;
  /** Scraping of ArgoCD's metrics. @default - no metrics */
  readonly monitoring?: Monitoring;
}

export class ArgocdChart extends PlatformChart {
  readonly handle: ArgocdHandle;
  /** The chart values: the Helm Application's, and the bootstrap values file's. */
  readonly argocdValues: ArgoCdValues;
  readonly helm: HelmApplication<ArgoCdValues>;

  constructor(scope: Construct, props: ArgocdChartProps) {
    const common = props.common;
    super(scope, { component: ARGOCD, common, phase: 1, namespace: common.gitops.argocdNamespace });
    const namespace = new PlatformNamespace(this, 'namespace', { name: common.gitops.argocdNamespace });
    protectData(
      namespace.node.findChild('namespace') as ApiObject,
      "every ArgoCD Application and AppProject of the platform, ArgoCD's settings and repository credentials (deleting the namespace deletes them all)",
    );

    const ingress = new PlatformIngress(this, 'ingress', {
      host: ARGOCD,
      namespace: namespace.name,
      serviceName: SERVER_SERVICE,
      servicePort: SERVER_SERVICE_PORT,
      targetPort: SERVER_PORT,
      podLabels: ARGOCD_POD_LABELS.server,
      controller: props.ingress,
      authority: props.authority,
    });

    const oidc = props.identity ? this.oidcClient(props.identity, namespace.name, ingress.url, props.authority) : undefined;
    this.argocdValues = argocdValues({ common, config: props.config, oidc, metrics: props.monitoring !== undefined });
    if (this.argocdValues.configs.cm.url !== ingress.url) {
      throw new Error(`argocd: argocd-cm url ${this.argocdValues.configs.cm.url} differs from the ingress ${ingress.url}`);
    }
    this.helm = new HelmApplication<ArgoCdValues>(this, 'argo-cd', {
      chart: 'argoCd',
      // The release the bootstrap installs: the Application adopts it.
      releaseName: ARGOCD,
      namespace: namespace.name,
      values: this.argocdValues,
      // Its CRDs hold every Application and AppProject: deleting the Application keeps them.
      holdsData: true,
    });
    this.declareWorkloads(this.argocdValues);
    this.networkPolicies(namespace, oidc);
    if (props.monitoring) {
      this.metrics(namespace.name);
    }
    this.handle = { url: ingress.url, namespace: namespace.name };
  }

  /** ArgoCD's client in the platform realm; its secret arrives labelled for ArgoCD to read. */
  private oidcClient(identity: IdentityProvider, namespace: string, url: string, authority: CertificateAuthority): ArgocdOidc {
    const client = identity.addClient(this, ARGOCD, {
      redirectUris: [`${url}/auth/callback`],
      namespace,
      name: 'ArgoCD',
      groupsClaim: true,
      secretLabels: ARGOCD_SECRET_LABEL,
    });
    if (!client.secret || !client.groupsClaim || !client.groups) {
      throw new Error('argocd: the Keycloak client "argocd" must be confidential and carry the groups claim');
    }
    return {
      issuerUrl: client.issuerUrl,
      clientId: client.clientId,
      clientSecret: client.secret,
      groupsClaim: client.groupsClaim,
      groups: client.groups,
      rootCA: this.common.tls.issuer === 'acme' ? undefined : this.issuerCa(namespace, authority),
    };
  }

  /**
   * The CA that signed Keycloak's certificate (the UI issuer, a private CA unless ACME), as
   * `ca.crt` of a Secret labelled for ArgoCD, which reads it as oidc.config `rootCA`. Like
   * ca-bundle.ts, a small certificate nobody serves carries it; here with the label ArgoCD needs.
   */
  private issuerCa(namespace: string, authority: CertificateAuthority): { namespace: string; name: string; key: string } {
    const cert = new Certificate(this, 'oidc-ca', {
      metadata: { name: OIDC_CA_SECRET, namespace },
      spec: {
        secretName: OIDC_CA_SECRET,
        secretTemplate: { labels: { ...ARGOCD_SECRET_LABEL } },
        dnsNames: [`${OIDC_CA_SECRET}.${namespace}.svc`],
        usages: [CertificateSpecUsages.CLIENT_AUTH],
        issuerRef: { kind: 'ClusterIssuer', name: authority.clusterIssuer, group: 'cert-manager.io' },
        privateKey: { rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS, algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
      },
    });
    setWave(cert, ObjectWave.SECRETS);
    return { namespace, name: OIDC_CA_SECRET, key: 'ca.crt' };
  }

  /** The pods the chart runs, for the capacity report. */
  private declareWorkloads(values: ArgoCdValues): void {
    this.declareWorkload({ name: 'argocd-application-controller', replicas: values.controller.replicas, size: sizeOf(values.controller.resources) });
    this.declareWorkload({ name: 'argocd-server', replicas: values.server.replicas, size: sizeOf(values.server.resources) });
    this.declareWorkload({ name: 'argocd-repo-server', replicas: values.repoServer.replicas, size: sizeOf(values.repoServer.resources) });
    this.declareWorkload({ name: 'argocd-applicationset-controller', replicas: values.applicationSet.replicas, size: sizeOf(values.applicationSet.resources) });
    const ha = values['redis-ha'];
    if (ha.enabled && ha.redis && ha.sentinel && ha.splitBrainDetection && ha.haproxy) {
      this.declareWorkload({ name: 'argocd-redis-ha-server', replicas: 3, size: sumOf([ha.redis.resources, ha.sentinel.resources, ha.splitBrainDetection.resources]) });
      this.declareWorkload({ name: 'argocd-redis-ha-haproxy', replicas: 3, size: sizeOf(ha.haproxy.resources) });
    } else {
      this.declareWorkload({ name: 'argocd-redis', replicas: 1, size: sizeOf(values.redis.resources) });
    }
  }

  private networkPolicies(namespace: PlatformNamespace, oidc: ArgocdOidc | undefined): void {
    const common = this.common;
    // The server, controllers, repo server and Redis talk to each other.
    namespace.allowWithinNamespace();
    // The controllers and the server watch and apply objects; the Redis password Job writes its Secret.
    namespace.allowKubeApi();
    // The repo server clones the GitOps repository and pulls the charts.
    namespace.allowEgress('repositories', {
      podLabels: { ...ARGOCD_POD_LABELS.repoServer },
      peers: [{ cidr: '0.0.0.0/0' }],
      ports: repositoryPorts(common),
    });
    if (oidc) {
      // The server exchanges the login code with Keycloak at the issuer's address.
      namespace.allowEgress('oidc', { podLabels: { ...ARGOCD_POD_LABELS.server }, peers: [{ cidr: '0.0.0.0/0' }], ports: [urlPort(oidc.issuerUrl)] });
    }
  }

  /**
   * A ServiceMonitor per metrics Service the chart makes, and the NetworkPolicy that lets
   * Prometheus reach its pods. The Services carry `app.kubernetes.io/name` and
   * `app.kubernetes.io/component` (templates/<component>/metrics.yaml): the controller's and
   * the ApplicationSet controller's share the name `argocd-metrics`.
   */
  private metrics(namespace: string): void {
    for (const part of ['controller', 'server', 'repoServer', 'applicationSet'] as const) {
      const service = METRICS_SERVICES[part];
      new ServiceMetrics(this, `metrics-${part.toLowerCase()}`, {
        name: ARGOCD_POD_LABELS[part]['app.kubernetes.io/name'],
        namespace,
        selector: { 'app.kubernetes.io/name': service.name, 'app.kubernetes.io/component': service.component },
        port: METRICS_PORT_NAME,
        portNumber: ARGOCD_METRICS_PORTS[part],
        podLabels: ARGOCD_POD_LABELS[part],
      });
    }
  }
}

/** TCP ports of the GitOps repository and of every chart repository the platform pulls from. */
export function repositoryPorts(common: PlatformCommon): number[] {
  const ports = new Set<number>([gitPort(common.gitops.repoURL)]);
  for (const repo of common.charts.repositories()) {
    ports.add(urlPort(repo.includes('://') ? repo : `https://${repo}`));
  }
  return [...ports].sort((a, b) => a - b);
}

function gitPort(repoURL: string): number {
  // scp-like git@host:path is SSH on 22.
  return repoURL.startsWith('git@') ? 22 : urlPort(repoURL);
}

function urlPort(value: string): number {
  const url = new URL(value);
  if (url.port) {
    return Number(url.port);
  }
  return url.protocol === 'ssh:' ? 22 : url.protocol === 'http:' ? 80 : 443;
}

function sizeOf(resources: ResourceValues): ContainerSize {
  const memoryGiB = parseMemoryGiB(resources.requests.memory);
  const limit = parseMemoryGiB(resources.limits.memory);
  return { cpu: parseCpu(resources.requests.cpu), memoryGiB, ...(limit !== memoryGiB ? { memoryLimitGiB: limit } : {}) };
}

function sumOf(list: readonly ResourceValues[]): ContainerSize {
  const sizes = list.map(sizeOf);
  return { cpu: sizes.reduce((n, s) => n + s.cpu, 0), memoryGiB: sizes.reduce((n, s) => n + s.memoryGiB, 0) };
}

export const argocdComponent = defineComponent({
  id: ARGOCD,
  phase: 1,
  layer: 'infrastructure',
  description: 'ArgoCD: syncs every component from git, and its own installation (the argo-cd chart)',
  dependsOn: () => ['traefik', 'cert-manager'],
  // Single sign-on when Keycloak is on; metrics when the monitoring stack is.
  optionalDeps: () => ['keycloak', 'monitoring'],
  holdsData: "every Application and AppProject of the platform (custom resources in ArgoCD's namespace), ArgoCD's settings and repository credentials",
  ui: ARGOCD,
  charts: ['argoCd'],
  build: (ctx) => {
    const chart = new ArgocdChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.argocd,
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      identity: ctx.handles.find('keycloak'),
      monitoring: ctx.handles.find('monitoring'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
