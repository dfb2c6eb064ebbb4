/**
 * The handle the cert-manager component gives the components that use it: the issuers and the
 * platform CA bundle. The building blocks consume it (constructs/ingress.ts, certificate.ts,
 * trust.ts), so it is defined there.
 */
export type { CertificateAuthority as CertManagerHandle } from '../../constructs/ingress';
