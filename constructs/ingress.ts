/**
 * PlatformIngress: the only way a component exposes a UI or API to people. It makes the
 * Certificate (cert-manager, from the platform's issuer), the Ingress at https://<host>.<domain>
 * with TLS on the ingress controller's secure entry point, and the NetworkPolicy that lets
 * the controller reach the backend pods.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  Certificate,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
} from '../imports/cert-manager.io_certificate-cert-manager.io';
import { ObjectWave, setWave } from '../argocd/sync';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';
import type { TrustBundle } from './trust';

/** What the ingress controller component hands out. */
export interface IngressController {
  readonly className: string;
  readonly namespace: string;
  /** Labels of the controller's pods, for NetworkPolicies of the backends. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Annotations that put a route on the TLS entry point. */
  readonly tlsAnnotations: Readonly<Record<string, string>>;
}

/** The issuers of the certificate component: what certificates are signed by. */
export interface CertificateIssuers {
  /** ClusterIssuer that signs the certificates of the UIs (PlatformIngress). */
  readonly clusterIssuer: string;
  /**
   * ClusterIssuer for internal TLS endpoints (`<service>.<namespace>.svc` names), signed by
   * the platform's internal CA; see InternalCertificate. A public ACME CA cannot sign
   * cluster-internal names, so with `acme` this is a separate internal CA.
   * @default - clusterIssuer
   */
  readonly internalIssuer?: string;
  /**
   * Set when the issuer solves ACME HTTP-01 challenges: cert-manager then runs a solver pod
   * in the Certificate's namespace, which the ingress controller must reach.
   * @default - no HTTP-01 solver
   */
  readonly http01Solver?: { readonly podLabels: Readonly<Record<string, string>>; readonly port: number };
}

/** What the certificate component hands out: its issuers, and the bundle clients verify with. */
export interface CertificateAuthority extends CertificateIssuers {
  /** The platform CA bundle, delivered into the namespaces that ask for it (constructs/trust.ts). */
  readonly trust: TrustBundle;
}

export interface PlatformIngressProps {
  /** Host name prefix: the UI is served at https://<host>.<domain>. */
  readonly host: string;
  readonly namespace: string;
  /** Backend Service name and port. */
  readonly serviceName: string;
  readonly servicePort: number;
  /** Labels of the backend pods (for the NetworkPolicy from the controller). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Port the backend pods listen on. @default servicePort */
  readonly targetPort?: number;
  readonly controller: IngressController;
  readonly authority: CertificateIssuers;
  /** URL path prefix. @default '/' */
  readonly path?: string;
}

export class PlatformIngress extends Construct {
  /** Fully qualified host name. */
  readonly hostname: string;
  /** https://<hostname> */
  readonly url: string;

  constructor(scope: Construct, id: string, props: PlatformIngressProps) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    this.hostname = `${props.host}.${chart.common.domain}`;
    this.url = `https://${this.hostname}`;
    const name = resourceName(props.host);
    const tlsSecret = resourceName(props.host, 'tls');

    const cert = new Certificate(this, 'certificate', {
      metadata: { name: tlsSecret, namespace: props.namespace },
      spec: {
        secretName: tlsSecret,
        dnsNames: [this.hostname],
        issuerRef: { kind: 'ClusterIssuer', name: props.authority.clusterIssuer, group: 'cert-manager.io' },
        privateKey: { rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS, algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
      },
    });
    setWave(cert, ObjectWave.SECRETS);

    new k8s.KubeIngress(this, 'ingress', {
      metadata: { name, namespace: props.namespace, annotations: { ...props.controller.tlsAnnotations } },
      spec: {
        ingressClassName: props.controller.className,
        tls: [{ hosts: [this.hostname], secretName: tlsSecret }],
        rules: [
          {
            host: this.hostname,
            http: {
              paths: [
                {
                  path: props.path ?? '/',
                  pathType: 'Prefix',
                  backend: { service: { name: props.serviceName, port: { number: props.servicePort } } },
                },
              ],
            },
          },
        ],
      },
    });

    if (props.authority.http01Solver) {
      // The ACME server fetches the challenge through the controller from the solver pod.
      new k8s.KubeNetworkPolicy(this, 'acme-solver', {
        metadata: { name: resourceName('allow-acme-solver', props.host), namespace: props.namespace },
        spec: {
          podSelector: { matchLabels: { ...props.authority.http01Solver.podLabels } },
          policyTypes: ['Ingress'],
          ingress: [
            {
              from: [
                {
                  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.controller.namespace } },
                  podSelector: { matchLabels: { ...props.controller.podLabels } },
                },
              ],
              ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(props.authority.http01Solver.port) }],
            },
          ],
        },
      });
    }

    new k8s.KubeNetworkPolicy(this, 'from-ingress', {
      metadata: { name: resourceName('allow-ingress-controller', props.host), namespace: props.namespace },
      spec: {
        podSelector: { matchLabels: { ...props.podLabels } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.controller.namespace } },
                podSelector: { matchLabels: { ...props.controller.podLabels } },
              },
            ],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(props.targetPort ?? props.servicePort) }],
          },
        ],
      },
    });
  }
}
