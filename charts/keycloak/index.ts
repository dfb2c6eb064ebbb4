/** The keycloak component: its spec, for charts/registry.ts. */
export { keycloakComponent } from './chart';
