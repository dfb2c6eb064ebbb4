/**
 * Stand-ins for the handles the PostgreSQL, identity and Rancher components consume (the
 * ingress controller, the certificate authority, the PostgreSQL operator), so each of their
 * tests builds one component alone. They follow constructs/ingress.ts and
 * constructs/postgres-database.ts; the whole-platform tests use the real components.
 */
import { PLATFORM_TRUST_BUNDLE } from '../charts/cert-manager/chart';
import type { CertificateAuthority, IngressController } from '../constructs/ingress';
import type { TrustBundle } from '../constructs/trust';
import type { PostgresOperator } from '../constructs/postgres-database';

export const ingressFake: IngressController = {
  className: 'traefik',
  namespace: 'traefik',
  podLabels: { 'app.kubernetes.io/name': 'traefik' },
  tlsAnnotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' },
};

/** The platform CA bundle: the certificate component's own description of it (plain data). */
export const trustBundleFake: TrustBundle = PLATFORM_TRUST_BUNDLE;

export const authorityFake: CertificateAuthority = { clusterIssuer: 'lakeplane-ca', trust: trustBundleFake };

export const postgresOperatorFake: PostgresOperator = {
  namespace: 'cloudnative-pg',
  podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/component': 'cloudnative-pg' },
};
