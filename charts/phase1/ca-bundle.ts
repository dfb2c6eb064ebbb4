/**
 * The platform CA certificate as a Secret key in a namespace. It is the Secret copy of the
 * platform CA bundle that trust-manager writes (see constructs/trust.ts, which new code uses
 * directly: the ConfigMap, the JVM trust store, the environment for OpenSSL, Go and Python).
 */
import { Construct } from 'constructs';
import type { CertificateAuthority } from '../../constructs/ingress';
import { trustIn } from '../../constructs/trust';

/** Where a client finds the platform CA certificate in its own namespace. */
export interface CaBundle {
  readonly secretName: string;
  readonly key: string;
}

/** The platform CA bundle's Secret in `namespace` (a PlatformNamespace of scope's chart, which gets the bundle's label). */
export function caBundle(scope: Construct, namespace: string, authority: CertificateAuthority): CaBundle {
  const ref = trustIn(scope, namespace, authority.trust).secretKeyRef;
  return { secretName: ref.name, key: ref.key };
}
