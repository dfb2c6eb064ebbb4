/** The traefik component: its spec, for charts/registry.ts. */
export { traefikComponent } from './chart';
