/** The external-secrets component: its spec, for charts/registry.ts. */
export { externalSecretsComponent } from './chart';
