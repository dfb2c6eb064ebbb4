/**
 * The handle the sealed-secrets component gives the components that use it: the secrets
 * controller, shared with external-secrets (constructs/secret.ts).
 */
export type { SecretsController as SealedSecretsHandle } from '../../constructs/secret';
