/** Config slice of the `airflow` component. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { cronSchedule } from '../../config/cron';
import { size } from '../../config/durations';
import { DatabaseConfigSchema } from '../../config/database';

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, { error: 'must be a lower-case SQL identifier' });

export const AirflowConfigSchema = z.strictObject({
  ...componentBase,
  /** @default 2 in production, 1 in small */
  schedulers: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** API servers (the UI and REST API in Airflow 3). @default 2 in production, 1 in small */
  apiServers: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Size of each scheduler and API server. @default { cpu: 2, memoryGiB: 4 } in production, { cpu: 0.5, memoryGiB: 1 } in small */
  size: size.optional(),
  /** The metadata database: size, and a point-in-time restore (docs/postgres-restore.md). */
  database: DatabaseConfigSchema.optional(),
  dags: z
    .strictObject({
      /** Folder of the GitOps repository holding the DAGs. @default 'dags' */
      subPath: z.string().regex(/^[A-Za-z0-9._/-]+$/, { error: 'must be a relative path inside the repository' }).optional(),
      /** How often git-sync pulls. @default '60s' */
      period: z.string().regex(/^[0-9]+s$/, { error: 'must be seconds such as 60s' }).optional(),
    })
    .optional(),
  /**
   * The daily Iceberg maintenance DAG (compaction). Snapshots and unreferenced files are the
   * catalog's business: Nessie GC (nessie.gc) knows every branch and tag that still uses them.
   */
  maintenance: z
    .strictObject({
      /** Schemas of the iceberg catalog whose tables are maintained. @default ['bronze', 'silver', 'gold'] */
      schemas: z.array(identifier).min(1, { error: 'must list at least one schema' }).optional(),
      /** Gone: Nessie GC expires snapshots now (nessie.gc.cutoffDays); kept to say so. */
      retentionDays: z.unknown().refine(() => false, { error: 'is no longer an Airflow setting: Nessie GC expires snapshots and files now; set nessie.gc.cutoffDays' }).optional(),
      /** When the DAG runs: an Airflow cron schedule, 5 fields. @default '0 3 * * *' (after the 02:00 backups) */
      schedule: cronSchedule('airflow').optional(),
    })
    .optional(),
  /** The Month 5-6 load test: a Job firing concurrent Trino queries. Off unless enabled. */
  loadTest: z
    .strictObject({
      /** @default false */
      enabled: z.boolean().optional(),
      /** Queries in flight at once. @default 100 */
      concurrency: z.int().min(1, { error: 'must be >= 1' }).max(1000, { error: 'must be <= 1000' }).optional(),
      /** Total queries sent. @default 1000 */
      queries: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /** Table queried (catalog.schema.table). @default 'iceberg.bronze.test_table' */
      table: z.string().regex(/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/, { error: 'must be catalog.schema.table' }).optional(),
    })
    .optional(),
});

export type AirflowConfig = z.output<typeof AirflowConfigSchema>;
