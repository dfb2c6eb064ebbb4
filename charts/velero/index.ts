/** The velero component: its spec, for charts/registry.ts. */
export { veleroComponent } from './chart';
