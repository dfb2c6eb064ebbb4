/** Config slice of the `nessie` component (the Iceberg catalog). */
import { z } from 'zod';
import { componentBase } from './base';
import { DatabaseConfigSchema } from './database';

export const NessieConfigSchema = z.strictObject({
  ...componentBase,
  /** Server pods. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per pod in cores. @default 1 in production, 0.25 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory per pod in GiB. @default 2 in production, 1 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
  /** The default branch. @default 'main' */
  defaultBranch: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'must be a branch name' }).optional(),
  /**
   * The default warehouse: the bucket where tables of a namespace without a location of its
   * own go. Every data bucket is a warehouse; the bronze, silver and gold schemas live in
   * their own. @default 'bronze'
   */
  warehouseBucket: z.enum(['bronze', 'silver', 'gold']).optional(),
  /** The version store's PostgreSQL. */
  database: DatabaseConfigSchema.optional(),
});

export type NessieConfig = z.output<typeof NessieConfigSchema>;
