/** The nessie component: its spec, for charts/registry.ts. */
export { nessieComponent } from './chart';
