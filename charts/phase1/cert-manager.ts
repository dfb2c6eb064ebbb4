/**
 * cert-manager: certificates for every UI and every internal TLS endpoint. The upstream chart
 * (with its CRDs), and the platform's ClusterIssuers chosen by the `tls` config:
 *
 * - `selfsigned` (dev): a self-signed root CA made in the cluster signs everything;
 * - `ca` (on-premise): the organisation's CA key pair, delivered through the secrets backend;
 * - `acme`: a public ACME CA for the UIs (HTTP-01 through the ingress controller), and a
 *   self-signed internal CA for cluster-internal names, which no public CA signs.
 *
 * The issuers sync after the chart: a later wave, and no dry run while the CRDs are missing.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import type { CertManagerConfig } from '../../config/components/cert-manager';
import type { TlsConfig } from '../../config/schema';
import { Certificate, CertificateSpecPrivateKeyAlgorithm } from '../../imports/cert-manager.io_certificate-cert-manager.io';
import { ClusterIssuer } from '../../imports/cert-manager.io_clusterissuer-cert-manager.io';
import { ObjectWave, SYNC_OPTIONS_ANNOTATION, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority, IngressController } from '../../constructs/ingress';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { defineComponent } from '../registry';
import type { CertManagerDeploymentValues, CertManagerValues } from './values/cert-manager';

export const CERT_MANAGER_NAMESPACE = 'cert-manager';
/** The ClusterIssuer of the UIs' certificates. */
export const PLATFORM_ISSUER = 'lakeplane';
/** The ClusterIssuer of internal certificates when the platform issuer cannot sign them (ACME). */
export const INTERNAL_ISSUER = 'lakeplane-internal';
/** Root CA made in the cluster (selfsigned, and the internal CA next to ACME). */
export const ROOT_CA_SECRET = 'lakeplane-root-ca';
/** Lifetime of the in-cluster root CA: 10 years, renewed one year before. */
const ROOT_CA_DURATION = '87600h';
const ROOT_CA_RENEW_BEFORE = '8760h';

/** Labels and port of the pods cert-manager runs to answer HTTP-01 challenges. */
export const ACME_SOLVER_POD_LABELS = { 'acme.cert-manager.io/http01-solver': 'true' } as const;
export const ACME_SOLVER_PORT = 8089;

/** Container ports of the chart's pods. */
const PORTS = { metrics: 9402, webhook: 10250 } as const;

export interface CertManagerProps {
  readonly common: PlatformCommon;
  readonly config?: CertManagerConfig;
  /** The ingress controller that solves ACME HTTP-01 challenges; required when tls.issuer is `acme`. */
  readonly ingress?: IngressController;
}

export class CertManager extends PlatformChart {
  readonly authority: CertificateAuthority;
  readonly replicas: number;

  constructor(scope: Construct, props: CertManagerProps) {
    super(scope, { component: 'cert-manager', common: props.common, phase: 1, namespace: CERT_MANAGER_NAMESPACE });
    const production = props.common.profile === 'production';
    const tls = props.common.tls;
    this.replicas = props.config?.replicas ?? (production ? 2 : 1);
    if (!Number.isInteger(this.replicas) || this.replicas < 1) {
      throw new Error(`cert-manager.replicas must be an integer >= 1 (got ${this.replicas})`);
    }
    if (tls.issuer === 'acme' && !props.ingress) {
      throw new Error('cert-manager: tls.issuer "acme" solves HTTP-01 challenges through the ingress controller; pass its handle (traefik) as `ingress`');
    }

    const ns = new PlatformNamespace(this, 'namespace', { name: CERT_MANAGER_NAMESPACE });
    ns.allowKubeApi();
    // The API server calls the admission webhook; it is not a pod, so any address may.
    ns.allowIngress('api-server', { peers: [{ cidr: '0.0.0.0/0' }], ports: [PORTS.webhook], podLabels: { 'app.kubernetes.io/name': 'webhook' } });
    if (tls.issuer === 'acme') {
      // The ACME server, and the HTTP-01 self-check against the public host names.
      ns.allowEgress('acme', { peers: [{ cidr: '0.0.0.0/0' }], ports: [80, 443], podLabels: { 'app.kubernetes.io/name': 'cert-manager' } });
    }

    const sizes: Record<'controller' | 'webhook' | 'cainjector', ContainerSize> = production
      ? { controller: { cpu: 0.1, memoryGiB: 0.25 }, webhook: { cpu: 0.05, memoryGiB: 0.125 }, cainjector: { cpu: 0.05, memoryGiB: 0.25 } }
      : { controller: { cpu: 0.05, memoryGiB: 0.125 }, webhook: { cpu: 0.02, memoryGiB: 0.0625 }, cainjector: { cpu: 0.02, memoryGiB: 0.125 } };
    const deployment = (name: string, size: ContainerSize): CertManagerDeploymentValues => {
      const resources = toResources(size);
      return {
        replicaCount: this.replicas,
        podDisruptionBudget: { enabled: this.replicas >= 2 },
        topologySpreadConstraints:
          this.replicas >= 2
            ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { 'app.kubernetes.io/name': name } } }]
            : [],
        resources: { requests: resources.requests, limits: resources.limits },
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
      };
    };
    const values: CertManagerValues = {
      ...deployment('cert-manager', sizes.controller),
      crds: { enabled: true, keep: true },
      imageRegistry: props.common.images.registry('quay.io'),
      // Leader election in its own namespace: the platform's project deploys nowhere else.
      global: { leaderElection: { namespace: CERT_MANAGER_NAMESPACE } },
      prometheus: { enabled: true, servicemonitor: { enabled: false } },
      webhook: deployment('webhook', sizes.webhook),
      cainjector: deployment('cainjector', sizes.cainjector),
      // A Helm hook Job; ArgoCD's health checks already wait for the webhook.
      startupapicheck: { enabled: false },
    };
    new HelmApplication<CertManagerValues>(this, 'chart', {
      chart: 'certManager',
      releaseName: 'cert-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      values,
      holdsData: false,
    });
    this.declareWorkload({ name: 'cert-manager', replicas: this.replicas, size: sizes.controller });
    this.declareWorkload({ name: 'cert-manager-webhook', replicas: this.replicas, size: sizes.webhook });
    this.declareWorkload({ name: 'cert-manager-cainjector', replicas: this.replicas, size: sizes.cainjector });
    new PodMetrics(this, 'metrics', {
      name: 'cert-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      selector: { 'app.kubernetes.io/name': 'cert-manager', 'app.kubernetes.io/component': 'controller' },
      port: 'http-metrics',
      portNumber: PORTS.metrics,
    });

    this.authority = this.issuers(tls, props.ingress);
  }

  private issuers(tls: TlsConfig, ingress: IngressController | undefined): CertificateAuthority {
    switch (tls.issuer) {
      case 'selfsigned':
        this.inClusterRootCa(PLATFORM_ISSUER);
        return { clusterIssuer: PLATFORM_ISSUER, internalIssuer: PLATFORM_ISSUER };
      case 'ca': {
        // The organisation's CA key pair: sealed (or stored) like every other secret; never generated.
        const ca = new PlatformSecret(this, 'ca-key-pair', {
          name: tls.caSecretName,
          namespace: CERT_MANAGER_NAMESPACE,
          type: 'kubernetes.io/tls',
          keys: {
            'tls.crt': { input: 'PEM certificate of the platform CA (the issuing CA, followed by its chain)' },
            'tls.key': { input: 'PEM private key of the platform CA' },
          },
          readers: ['cert-manager'],
          description: 'Key pair of the internal CA that signs every platform certificate',
        });
        this.issuer(PLATFORM_ISSUER, { ca: { secretName: ca.name } });
        return { clusterIssuer: PLATFORM_ISSUER, internalIssuer: PLATFORM_ISSUER };
      }
      case 'acme':
        this.issuer(PLATFORM_ISSUER, {
          acme: {
            server: tls.server,
            email: tls.email,
            privateKeySecretRef: { name: 'lakeplane-acme-account' },
            solvers: [{ http01: { ingress: { ingressClassName: ingress!.className } } }],
          },
        });
        this.inClusterRootCa(INTERNAL_ISSUER);
        return { clusterIssuer: PLATFORM_ISSUER, internalIssuer: INTERNAL_ISSUER, http01Solver: { podLabels: ACME_SOLVER_POD_LABELS, port: ACME_SOLVER_PORT } };
    }
  }

  /** A self-signed root CA made by cert-manager in its namespace, and a CA issuer `name` on it. */
  private inClusterRootCa(name: string): void {
    this.issuer('lakeplane-selfsigned', { selfSigned: {} });
    const root = new Certificate(this, 'root-ca', {
      metadata: { name: ROOT_CA_SECRET, namespace: CERT_MANAGER_NAMESPACE },
      spec: {
        isCa: true,
        commonName: `lakeplane ${this.common.env} root CA`,
        secretName: ROOT_CA_SECRET,
        duration: ROOT_CA_DURATION,
        renewBefore: ROOT_CA_RENEW_BEFORE,
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
        issuerRef: { kind: 'ClusterIssuer', name: 'lakeplane-selfsigned', group: 'cert-manager.io' },
      },
    });
    afterChart(root);
    this.issuer(name, { ca: { secretName: ROOT_CA_SECRET } });
  }

  private issuer(name: string, spec: ConstructorParameters<typeof ClusterIssuer>[2]['spec']): void {
    const issuer = new ClusterIssuer(this, `issuer-${name}`, { metadata: { name }, spec });
    // Cluster-scoped: no namespace (the chart's default namespace would otherwise be set).
    issuer.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    afterChart(issuer);
  }
}

/** Objects whose CRDs the chart installs: a later wave, and no dry run before the CRDs exist. */
function afterChart(obj: ApiObject): void {
  setWave(obj, ObjectWave.JOBS);
  obj.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, 'SkipDryRunOnMissingResource=true');
}

export const certManagerComponent = defineComponent({
  id: 'cert-manager',
  phase: 1,
  layer: 'infrastructure',
  description: 'Certificates for every UI and internal TLS endpoint, from the issuer the tls config selects',
  dependsOn: (config) => (config.tls.issuer === 'acme' ? ['traefik'] : []),
  charts: ['certManager'],
  build: (ctx) => {
    const ingress = ctx.config.tls.issuer === 'acme' ? ctx.handles.get('traefik') : undefined;
    const chart = new CertManager(ctx.scope, { common: ctx.common, config: ctx.config.components['cert-manager'], ingress });
    return { charts: [chart], handle: chart.authority };
  },
});
