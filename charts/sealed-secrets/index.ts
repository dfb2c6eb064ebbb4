/** The sealed-secrets component: its spec, for charts/registry.ts. */
export { sealedSecretsComponent } from './chart';
