/** The argocd component: its spec, for charts/registry.ts. */
export { argocdComponent } from './chart';
