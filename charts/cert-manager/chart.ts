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
 *
 * trust-manager runs here too: it reads Bundle sources from its trust namespace, which is
 * where the issuers' CA secrets live, and its webhook certificate comes from cert-manager. One
 * Bundle puts the platform CA (with the public roots) into every namespace that asks for it
 * (constructs/trust.ts), as a ConfigMap with a PEM file and a PKCS#12 trust store, and a Secret
 * copy. The chart syncs one wave after cert-manager's, the Bundle one wave after that.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import type { CertManagerConfig } from './config';
import type { TlsConfig } from '../../config/schema';
import { Certificate, CertificateSpecPrivateKeyAlgorithm } from '../../imports/cert-manager.io_certificate-cert-manager.io';
import { ClusterIssuer } from '../../imports/cert-manager.io_clusterissuer-cert-manager.io';
import { Bundle } from '../../imports/trust.cert-manager.io_bundle-trust.cert-manager.io';
import { ObjectWave, SYNC_OPTIONS_ANNOTATION, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority, CertificateIssuers, IngressController } from '../../constructs/ingress';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import type { TrustBundle } from '../../constructs/trust';
import { defineComponent } from '../spec';
import type { CertManagerDeploymentValues, CertManagerValues } from './values';
import type { TrustManagerValues } from './trust-manager-values';
import { CERTIFICATE_ALERTS } from './alerts';

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
/** trust-manager's webhook and metrics ports (chart values app.webhook.port, app.metrics.port). */
const TRUST_MANAGER_PORTS = { webhook: 6443, metrics: 9402 } as const;
/** Labels the trust-manager chart gives its pods (templates/deployment.yaml). */
const TRUST_MANAGER_POD_LABELS = { 'app.kubernetes.io/name': 'trust-manager' } as const;
/**
 * Waves inside this component: cert-manager's chart (0), then what needs its CRDs and webhook,
 * the issuers and trust-manager's chart (1), then the Bundle, which needs trust-manager's CRD
 * and webhook (2).
 */
const TRUST_MANAGER_WAVE = ObjectWave.JOBS;
const BUNDLE_WAVE = ObjectWave.JOBS + 1;

/**
 * The platform CA bundle. trust-manager names its targets after the Bundle, so the ConfigMap
 * and the Secret share the Bundle's name in every namespace with the label.
 */
export const PLATFORM_TRUST_BUNDLE: TrustBundle = {
  namespaceLabel: { key: 'lakeplane.io/platform-ca', value: 'true' },
  configMapName: 'platform-ca-bundle',
  secretName: 'platform-ca-bundle',
  pemKey: 'ca.crt',
  trustStoreKey: 'truststore.p12',
  trustStoreType: 'PKCS12',
};

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

    const { issuers, caSecret } = this.issuers(tls, props.ingress);
    this.trustManager(ns, production);
    this.platformBundle(caSecret);
    this.authority = { ...issuers, trust: PLATFORM_TRUST_BUNDLE };
  }

  /** trust-manager, in this namespace (its trust namespace), one wave after cert-manager. */
  private trustManager(ns: PlatformNamespace, production: boolean): void {
    const size: ContainerSize = production ? { cpu: 0.05, memoryGiB: 0.25 } : { cpu: 0.02, memoryGiB: 0.125 };
    // The init container only copies the CA package file into an emptyDir.
    const packageSize: ContainerSize = { cpu: 0.01, memoryGiB: 0.03125 };
    const resources = (s: ContainerSize) => {
      const r = toResources(s);
      return { requests: r.requests, limits: r.limits };
    };
    const values: TrustManagerValues = {
      crds: { enabled: true, keep: true },
      replicaCount: this.replicas,
      imageRegistry: this.common.images.registry('quay.io'),
      defaultPackage: { enabled: true, resources: resources(packageSize) },
      resources: resources(size),
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      podDisruptionBudget: { enabled: this.replicas >= 2 },
      topologySpreadConstraints:
        this.replicas >= 2
          ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { ...TRUST_MANAGER_POD_LABELS } } }]
          : [],
      // Velero's and Barman Cloud's CA references take only a Secret. The chart then lets
      // trust-manager write Secrets of this one name, and read Secrets cluster-wide.
      secretTargets: { enabled: true, authorizedSecrets: [PLATFORM_TRUST_BUNDLE.secretName] },
      app: { trust: { namespace: CERT_MANAGER_NAMESPACE } },
    };
    new HelmApplication<TrustManagerValues>(this, 'trust-manager', {
      chart: 'trustManager',
      releaseName: 'trust-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      values,
      holdsData: false,
      // Its webhook certificate is a cert-manager Certificate: after cert-manager's chart.
      wave: TRUST_MANAGER_WAVE,
    });
    this.declareWorkload({ name: 'trust-manager', replicas: this.replicas, size: { cpu: size.cpu + packageSize.cpu, memoryGiB: size.memoryGiB + packageSize.memoryGiB } });
    // API egress: allowKubeApi() above covers every pod of the namespace. The API server calls
    // the Bundle webhook.
    ns.allowIngress('api-server-trust-manager', { peers: [{ cidr: '0.0.0.0/0' }], ports: [TRUST_MANAGER_PORTS.webhook], podLabels: { ...TRUST_MANAGER_POD_LABELS } });
    new PodMetrics(this, 'trust-manager-metrics', {
      name: 'trust-manager',
      namespace: CERT_MANAGER_NAMESPACE,
      selector: TRUST_MANAGER_POD_LABELS,
      port: 'metrics',
      portNumber: TRUST_MANAGER_PORTS.metrics,
    });
  }

  /**
   * The Bundle: the platform CA certificate (`caSecret`'s tls.crt: the issuing CA and its
   * chain) and the public roots of the CA package, so that a client given only this bundle
   * still reaches public endpoints (and, with ACME, the UIs' publicly signed certificates).
   */
  private platformBundle(caSecret: string): void {
    const bundle = PLATFORM_TRUST_BUNDLE;
    const obj = new Bundle(this, 'platform-ca-bundle', {
      metadata: { name: bundle.configMapName },
      spec: {
        sources: [{ useDefaultCAs: true }, { secret: { name: caSecret, key: 'tls.crt' } }],
        target: {
          configMap: { key: bundle.pemKey },
          secret: { key: bundle.pemKey },
          // No password: trust-manager then writes a PKCS#12 store without encryption or MAC
          // (pkg/bundle/internal/truststore), which JVMs load without a password property.
          additionalFormats: { pkcs12: { key: bundle.trustStoreKey } },
          namespaceSelector: { matchLabels: { [bundle.namespaceLabel.key]: bundle.namespaceLabel.value } },
        },
      },
    });
    obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    setWave(obj, BUNDLE_WAVE);
    obj.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, 'SkipDryRunOnMissingResource=true');
  }

  private issuers(tls: TlsConfig, ingress: IngressController | undefined): { issuers: CertificateIssuers; caSecret: string } {
    switch (tls.issuer) {
      case 'selfsigned':
        this.inClusterRootCa(PLATFORM_ISSUER);
        return { issuers: { clusterIssuer: PLATFORM_ISSUER, internalIssuer: PLATFORM_ISSUER }, caSecret: ROOT_CA_SECRET };
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
        return { issuers: { clusterIssuer: PLATFORM_ISSUER, internalIssuer: PLATFORM_ISSUER }, caSecret: ca.name };
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
        // The UIs' certificates are publicly signed: the bundle's public roots cover them.
        return {
          issuers: { clusterIssuer: PLATFORM_ISSUER, internalIssuer: INTERNAL_ISSUER, http01Solver: { podLabels: ACME_SOLVER_POD_LABELS, port: ACME_SOLVER_PORT } },
          caSecret: ROOT_CA_SECRET,
        };
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
  alerts: [CERTIFICATE_ALERTS],
  id: 'cert-manager',
  phase: 1,
  layer: 'infrastructure',
  description: 'Certificates for every UI and internal TLS endpoint, from the issuer the tls config selects; the platform CA bundle (trust-manager) for their clients',
  dependsOn: (config) => (config.tls.issuer === 'acme' ? ['traefik'] : []),
  charts: ['certManager', 'trustManager'],
  build: (ctx) => {
    const ingress = ctx.config.tls.issuer === 'acme' ? ctx.handles.get('traefik') : undefined;
    const chart = new CertManager(ctx.scope, { common: ctx.common, config: ctx.config.components['cert-manager'], ingress });
    return { charts: [chart], handle: chart.authority };
  },
});
