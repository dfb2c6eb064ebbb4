/** The rancher component: its spec, for charts/registry.ts. */
export { rancherComponent } from './chart';
