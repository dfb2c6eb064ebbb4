/**
 * The platform CA certificate in a namespace that needs to trust internal TLS endpoints (the
 * object store, the ingress). A Kubernetes Secret cannot be mounted across namespaces, so the
 * namespace gets a tiny certificate of its own from the platform issuer: cert-manager writes
 * the issuing CA next to it as `ca.crt`, which is all a client reads.
 */
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Certificate,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
  CertificateSpecUsages,
} from '../../imports/cert-manager.io_certificate-cert-manager.io';
import { ObjectWave, setWave } from '../../argocd/sync';
import type { CertificateAuthority } from '../../constructs/ingress';

/** Where a client finds the platform CA certificate in its own namespace. */
export interface CaBundle {
  readonly secretName: string;
  readonly key: 'ca.crt';
}

/** Name of the bundle secret in every namespace that asks for one. */
export const CA_BUNDLE_SECRET = 'platform-ca-bundle';

/**
 * The platform CA bundle in `namespace`, made once per chart and namespace (a second call
 * returns the first one).
 */
export function caBundle(scope: Construct, namespace: string, authority: CertificateAuthority, secretName: string = CA_BUNDLE_SECRET): CaBundle {
  const chart = Chart.of(scope);
  const id = `ca-bundle-${namespace}-${secretName}`;
  if (!chart.node.tryFindChild(id)) {
    const cert = new Certificate(chart, id, {
      metadata: { name: secretName, namespace },
      spec: {
        secretName,
        // A name nobody serves: the certificate exists only to carry ca.crt.
        dnsNames: [`${secretName}.${namespace}.svc`],
        usages: [CertificateSpecUsages.CLIENT_AUTH],
        issuerRef: { kind: 'ClusterIssuer', name: authority.internalIssuer ?? authority.clusterIssuer, group: 'cert-manager.io' },
        privateKey: { rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS, algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
      },
    });
    setWave(cert, ObjectWave.SECRETS);
  }
  return { secretName, key: 'ca.crt' };
}

/** What a JVM pod needs to trust the platform CA next to the public ones. */
export interface JavaTrustStore {
  readonly initContainer: Record<string, unknown>;
  readonly volumes: ReadonlyArray<Record<string, unknown>>;
  readonly volumeMounts: ReadonlyArray<Record<string, unknown>>;
  /** JVM options that select the merged trust store. */
  readonly jvmOptions: readonly string[];
}

/** Where the merged trust store is mounted in JVM containers. */
export const TRUSTSTORE_DIR = '/opt/platform-truststore';

/**
 * A trust store built at pod start: the image's own cacerts plus the platform CA, written by
 * an init container (same image, so the same keytool and JDK) into an emptyDir. The store's
 * password is the JDK's well-known default: it guards nothing secret (public certificates).
 */
export function javaTrustStore(bundle: CaBundle, image: string): JavaTrustStore {
  const script = [
    'set -eu',
    `cp "$JAVA_HOME/lib/security/cacerts" ${TRUSTSTORE_DIR}/cacerts`,
    `chmod u+w ${TRUSTSTORE_DIR}/cacerts`,
    `"$JAVA_HOME/bin/keytool" -importcert -noprompt -alias lakeplane-platform-ca -file /opt/platform-ca/ca.crt -keystore ${TRUSTSTORE_DIR}/cacerts -storepass changeit`,
  ].join('\n');
  return {
    initContainer: {
      name: 'platform-truststore',
      image,
      imagePullPolicy: 'IfNotPresent',
      command: ['/bin/sh', '-c', script],
      securityContext: {
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '256Mi' } },
      volumeMounts: [
        { name: 'platform-ca', mountPath: '/opt/platform-ca', readOnly: true },
        { name: 'platform-truststore', mountPath: TRUSTSTORE_DIR },
      ],
    },
    volumes: [
      { name: 'platform-ca', secret: { secretName: bundle.secretName, items: [{ key: bundle.key, path: 'ca.crt' }] } },
      { name: 'platform-truststore', emptyDir: { sizeLimit: '16Mi' } },
    ],
    volumeMounts: [{ name: 'platform-truststore', mountPath: TRUSTSTORE_DIR, readOnly: true }],
    jvmOptions: [`-Djavax.net.ssl.trustStore=${TRUSTSTORE_DIR}/cacerts`, '-Djavax.net.ssl.trustStorePassword=changeit'],
  };
}
