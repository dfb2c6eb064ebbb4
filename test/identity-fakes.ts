/**
 * Stand-ins for the handles the PostgreSQL, identity and Rancher components consume (the
 * ingress controller, the certificate authority, the PostgreSQL operator), so each of their
 * tests builds one component alone. They follow constructs/ingress.ts and
 * constructs/postgres-database.ts; the whole-platform tests use the real components.
 */
import type { CertificateAuthority, IngressController } from '../constructs/ingress';
import type { TrustBundle } from '../constructs/trust';
import type { PostgresOperator } from '../constructs/postgres-database';

export const ingressFake: IngressController = {
  className: 'traefik',
  namespace: 'traefik',
  podLabels: { 'app.kubernetes.io/name': 'traefik' },
  tlsAnnotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' },
};

/** The platform CA bundle as the certificate component describes it (charts/phase1/cert-manager.ts). */
export const trustBundleFake: TrustBundle = {
  namespaceLabel: { key: 'lakeplane.io/platform-ca', value: 'true' },
  configMapName: 'platform-ca-bundle',
  secretName: 'platform-ca-bundle',
  pemKey: 'ca.crt',
  trustStoreKey: 'truststore.p12',
  trustStoreType: 'PKCS12',
};

export const authorityFake: CertificateAuthority = { clusterIssuer: 'lakeplane-ca', trust: trustBundleFake };

export const postgresOperatorFake: PostgresOperator = {
  namespace: 'cloudnative-pg',
  podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/component': 'cloudnative-pg' },
};
