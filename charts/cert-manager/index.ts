/** The cert-manager component: its spec, for charts/registry.ts. */
export { certManagerComponent } from './chart';
