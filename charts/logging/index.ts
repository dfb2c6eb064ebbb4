/** The logging component: its spec, for charts/registry.ts. */
export { loggingComponent } from './chart';
