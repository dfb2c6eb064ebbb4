/** Configuration of the cert-manager component. The issuer itself is the top-level `tls`. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const CertManagerConfigSchema = z.strictObject({
  ...componentBase,
  /** Controller, webhook and cainjector pods each. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
});

export type CertManagerConfig = z.output<typeof CertManagerConfigSchema>;
