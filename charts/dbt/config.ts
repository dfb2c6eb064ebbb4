/** Configuration of the dbt component (the lakehouse's SQL models, run by Airflow). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const DbtConfigSchema = z.strictObject({
  ...componentBase,
  /** Parallel model builds (dbt's `threads`). @default 4 in production, 2 in small */
  threads: z.int().min(1, { error: 'must be >= 1' }).max(32, { error: 'must be <= 32' }).optional(),
  /** CPU and memory of the dbt pod. @default 1 CPU / 1 GiB in production, 0.25 / 0.5 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export type DbtConfig = z.output<typeof DbtConfigSchema>;
