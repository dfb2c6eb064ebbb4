/** The trino component: its spec, for charts/registry.ts. */
export { trinoComponent } from './chart';
