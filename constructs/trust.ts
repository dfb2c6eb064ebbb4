/**
 * The platform CA as clients consume it. The certificate component distributes one bundle
 * (the platform's CA certificates next to the usual public roots) with trust-manager: a
 * ConfigMap, and a Secret copy for APIs that only take a Secret reference, written into every
 * namespace that carries the bundle's label. A consumer asks for it in its own namespace with
 * `trustIn`, which labels that namespace and says where the files are once mounted.
 */
import { Construct } from 'constructs';
import { PlatformNamespace } from './namespace';

/** Where the bundle is found in a labelled namespace (the certificate component's handle). */
export interface TrustBundle {
  /** The label a namespace carries to receive the bundle. */
  readonly namespaceLabel: { readonly key: string; readonly value: string };
  /** ConfigMap with the bundle; the same name in every labelled namespace. */
  readonly configMapName: string;
  /** Secret with the same PEM key, for APIs that only read a Secret (Velero, Barman Cloud). */
  readonly secretName: string;
  /** Key of the PEM bundle, in the ConfigMap and in the Secret. */
  readonly pemKey: string;
  /** Key of the trust store for JVMs (ConfigMap binaryData); it has no password. */
  readonly trustStoreKey: string;
  /** The trust store's format, as javax.net.ssl.trustStoreType names it. */
  readonly trustStoreType: 'PKCS12';
}

/** Where containers mount the bundle's ConfigMap. */
export const TRUST_MOUNT_DIR = '/etc/platform-ca';
/** Name of the volume that carries it. */
export const TRUST_VOLUME = 'platform-ca';

/** The bundle in one namespace, ready to mount. */
export interface NamespaceTrust {
  readonly bundle: TrustBundle;
  /** A volume of the bundle's ConfigMap (PEM bundle and trust store). */
  readonly volume: { readonly name: string; readonly configMap: { readonly name: string } };
  /** Its mount, read-only, at TRUST_MOUNT_DIR. */
  readonly volumeMount: { readonly name: string; readonly mountPath: string; readonly readOnly: true };
  /** Path of the PEM bundle inside a container that mounts the volume. */
  readonly pemFile: string;
  /** Path of the trust store inside a container that mounts the volume. */
  readonly trustStoreFile: string;
  /**
   * JVM system properties that make the trust store the JVM's default (it replaces the JDK's
   * cacerts, so it carries the public roots too). No password property: the store has none.
   */
  readonly jvmOptions: readonly string[];
  /**
   * Environment that points OpenSSL-based and Go clients (SSL_CERT_FILE) and Python requests
   * (REQUESTS_CA_BUNDLE) at the PEM bundle.
   */
  readonly env: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  /** The Secret copy's key, for a SecretKeySelector. */
  readonly secretKeyRef: { readonly name: string; readonly key: string };
}

/**
 * The platform CA bundle in `namespace`, which must be a PlatformNamespace of the chart
 * `scope` belongs to: it gets the bundle's label, so trust-manager writes the bundle there.
 */
export function trustIn(scope: Construct, namespace: string, bundle: TrustBundle): NamespaceTrust {
  const ns = PlatformNamespace.find(scope, namespace);
  if (!ns) {
    throw new Error(
      `platform CA bundle: namespace "${namespace}" is not made by this chart (${scope.node.path}); the bundle reaches only PlatformNamespaces that carry its label, so make the namespace with PlatformNamespace in the same chart`,
    );
  }
  ns.addLabel(bundle.namespaceLabel.key, bundle.namespaceLabel.value);
  const pemFile = `${TRUST_MOUNT_DIR}/${bundle.pemKey}`;
  const trustStoreFile = `${TRUST_MOUNT_DIR}/${bundle.trustStoreKey}`;
  return {
    bundle,
    volume: { name: TRUST_VOLUME, configMap: { name: bundle.configMapName } },
    volumeMount: { name: TRUST_VOLUME, mountPath: TRUST_MOUNT_DIR, readOnly: true },
    pemFile,
    trustStoreFile,
    jvmOptions: [`-Djavax.net.ssl.trustStore=${trustStoreFile}`, `-Djavax.net.ssl.trustStoreType=${bundle.trustStoreType}`],
    env: [
      { name: 'SSL_CERT_FILE', value: pemFile },
      { name: 'REQUESTS_CA_BUNDLE', value: pemFile },
    ],
    secretKeyRef: { name: bundle.secretName, key: bundle.pemKey },
  };
}
