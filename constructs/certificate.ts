/**
 * InternalCertificate: TLS for an endpoint inside the cluster (a Service that other services
 * connect to), signed by the platform's internal CA. Every internal TLS endpoint gets one; the
 * Secret it names holds tls.crt, tls.key and ca.crt (the CA that clients verify against).
 */
import { Construct } from 'constructs';
import {
  Certificate,
  CertificateSpecAdditionalOutputFormatsType,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyEncoding,
  CertificateSpecPrivateKeyRotationPolicy,
  CertificateSpecUsages,
} from '../imports/cert-manager.io_certificate-cert-manager.io';
import { ObjectWave, setWave } from '../argocd/sync';
import type { CertificateIssuers } from './ingress';
import { resourceName } from './naming';

/** Key of the combined key-and-chain PEM when `additionalOutputFormats` has CombinedPEM (cert-manager docs, "Additional Certificate Output Formats"). */
export const COMBINED_PEM_KEY = 'tls-combined.pem';

/** Lifetime of internal certificates and when they are renewed (cert-manager durations). */
export const INTERNAL_CERT_DURATION = '2160h'; // 90 days
export const INTERNAL_CERT_RENEW_BEFORE = '720h'; // 30 days

export interface InternalCertificateProps {
  /** Certificate and Secret name in the namespace, e.g. "trino-internal-tls". */
  readonly name: string;
  readonly namespace: string;
  /**
   * DNS names the endpoint answers to. @default - the Service's in-cluster names:
   * `<service>`, `<service>.<namespace>`, `<service>.<namespace>.svc` and `<service>.<namespace>.svc.cluster.local`
   */
  readonly dnsNames?: readonly string[];
  /** Service whose names are certified when dnsNames is not given. @default - none (dnsNames is then required) */
  readonly serviceName?: string;
  readonly authority: CertificateIssuers;
  /** Also valid for client authentication (mutual TLS). @default false */
  readonly clientAuth?: boolean;
  /**
   * How the private key is written to tls.key: PKCS#8 (`BEGIN PRIVATE KEY`) is read by every
   * TLS stack; PKCS#1 is cert-manager's default. @default 'PKCS1'
   */
  readonly privateKeyEncoding?: 'PKCS1' | 'PKCS8';
  /**
   * Extra formats cert-manager writes into the Secret: `CombinedPEM` is key and chain in one
   * file, `tls-combined.pem`, for servers that read a single PEM file. @default - none
   */
  readonly additionalOutputFormats?: ReadonlyArray<'CombinedPEM' | 'DER'>;
}

export class InternalCertificate extends Construct {
  /** The Secret cert-manager writes: tls.crt, tls.key, ca.crt. */
  readonly secretName: string;
  readonly dnsNames: readonly string[];

  constructor(scope: Construct, id: string, props: InternalCertificateProps) {
    super(scope, id);
    this.secretName = resourceName(props.name);
    const dnsNames = props.dnsNames ?? (props.serviceName ? serviceDnsNames(props.serviceName, props.namespace) : undefined);
    if (!dnsNames || dnsNames.length === 0) {
      throw new Error(`internal certificate ${props.namespace}/${props.name}: give dnsNames or serviceName (got neither)`);
    }
    this.dnsNames = dnsNames;
    const cert = new Certificate(this, 'certificate', {
      metadata: { name: this.secretName, namespace: props.namespace },
      spec: {
        secretName: this.secretName,
        dnsNames: [...dnsNames],
        duration: INTERNAL_CERT_DURATION,
        renewBefore: INTERNAL_CERT_RENEW_BEFORE,
        usages: [
          CertificateSpecUsages.DIGITAL_SIGNATURE,
          CertificateSpecUsages.SERVER_AUTH,
          ...(props.clientAuth ? [CertificateSpecUsages.CLIENT_AUTH] : []),
        ],
        issuerRef: { kind: 'ClusterIssuer', name: props.authority.internalIssuer ?? props.authority.clusterIssuer, group: 'cert-manager.io' },
        privateKey: {
          rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
          algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
          size: 256,
          ...(props.privateKeyEncoding ? { encoding: props.privateKeyEncoding === 'PKCS8' ? CertificateSpecPrivateKeyEncoding.PKCS8 : CertificateSpecPrivateKeyEncoding.PKCS1 } : {}),
        },
        additionalOutputFormats: props.additionalOutputFormats?.map((type) => ({
          type: type === 'CombinedPEM' ? CertificateSpecAdditionalOutputFormatsType.COMBINED_PEM : CertificateSpecAdditionalOutputFormatsType.DER,
        })),
      },
    });
    setWave(cert, ObjectWave.SECRETS);
  }
}

/** The names a Service answers to inside the cluster. */
export function serviceDnsNames(service: string, namespace: string): string[] {
  return [service, `${service}.${namespace}`, `${service}.${namespace}.svc`, `${service}.${namespace}.svc.cluster.local`];
}
