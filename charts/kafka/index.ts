/** The kafka component: its spec, for charts/registry.ts. */
export { kafkaComponent } from './chart';
