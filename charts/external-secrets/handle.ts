/**
 * The handle the external-secrets component gives the components that use it: the secrets
 * controller, shared with sealed-secrets (constructs/secret.ts).
 */
export type { SecretsController as ExternalSecretsHandle } from '../../constructs/secret';
