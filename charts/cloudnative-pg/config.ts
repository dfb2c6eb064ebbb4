/** Configuration of the cloudnative-pg component (the PostgreSQL operator). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const CloudnativePgConfigSchema = z.strictObject({
  ...componentBase,
  /** Operator pods (one leader, the others keep the admission webhook answering). @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per operator pod, in cores. @default 0.1 in production, 0.05 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per operator pod, in GiB. @default 0.5 in production, 0.25 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export type CloudnativePgConfig = z.output<typeof CloudnativePgConfigSchema>;
