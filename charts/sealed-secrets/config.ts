/** Configuration of the sealed-secrets component. What synth does about unsealed values is `secrets.missing`. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const SealedSecretsConfigSchema = z.strictObject({
  ...componentBase,
  /**
   * How often the controller adds a new sealing key (Go duration; "0" turns renewal off).
   * Old keys stay, so values sealed earlier still unseal. @default '720h' (the controller's 30 days)
   */
  keyRenewPeriod: z.string().regex(/^(0|\d+h)$/, { error: 'must be a number of hours such as 720h, or 0 to turn renewal off' }).optional(),
});

export type SealedSecretsConfig = z.output<typeof SealedSecretsConfigSchema>;
