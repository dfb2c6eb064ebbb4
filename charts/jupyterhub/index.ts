/** The jupyterhub component (a browser workspace per person): its spec, for charts/registry.ts. */
export { jupyterhubComponent } from './chart';
