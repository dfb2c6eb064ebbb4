/** The ranger component (fine-grained access control for Trino): its spec, for charts/registry.ts. */
export { rangerComponent } from './chart';
