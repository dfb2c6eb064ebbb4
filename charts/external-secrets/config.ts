/** Configuration of the external-secrets component. The store itself is the top-level `secrets.store`. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const ExternalSecretsConfigSchema = z.strictObject({
  ...componentBase,
  /** Controller and webhook pods each. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
});

export type ExternalSecretsConfig = z.output<typeof ExternalSecretsConfigSchema>;
