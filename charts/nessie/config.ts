/** Config slice of the `nessie` component (the Iceberg catalog). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { cronSchedule } from '../../config/cron';
import { size } from '../../config/durations';
import { DatabaseConfigSchema } from '../../config/database';

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
  /**
   * Nessie GC: expires old snapshots and removes files no branch or tag uses any more
   * (Iceberg's own expire_snapshots and remove_orphan_files must not run on Nessie tables).
   */
  gc: z
    .strictObject({
      /** @default true */
      enabled: z.boolean().optional(),
      /** When it runs: a Kubernetes CronJob schedule, 5 fields, UTC. @default '0 5 * * *' (after the 03:00 compaction DAG) */
      schedule: cronSchedule('cronjob').optional(),
      /**
       * Commits younger than this stay live on every branch and tag, and so does everything
       * the newest commit older than it can read. @default 7
       */
      cutoffDays: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /**
       * 'deferred' records the files that would go, to be reviewed and deleted by hand
       * (nessie-gc list-deferred, then deferred-deletes; docs/lakehouse-core.md); 'immediate'
       * deletes them in the run. @default 'deferred'
       */
      deletion: z.enum(['deferred', 'immediate']).optional(),
      /** Size of the GC run. @default { cpu: 1, memoryGiB: 2 } in production, { cpu: 0.25, memoryGiB: 1 } in small */
      size: size.optional(),
    })
    .optional(),
});

export type NessieConfig = z.output<typeof NessieConfigSchema>;
