/**
 * The handle the traefik component gives the components that use it: the platform ingress.
 * The building blocks consume it (constructs/ingress.ts PlatformIngress), so it is defined there.
 */
export type { IngressController as TraefikHandle } from '../../constructs/ingress';
