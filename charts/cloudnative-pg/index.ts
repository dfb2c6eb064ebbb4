/** The cloudnative-pg component: its spec, for charts/registry.ts. */
export { cloudnativePgComponent } from './chart';
