/** Config slice of the `openmetadata` component. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { DatabaseConfigSchema } from '../../config/database';

/** A cron expression of five fields (Kubernetes CronJob syntax). */
const cron = z.string().regex(/^(\S+\s+){4}\S+$/, { error: 'must be a cron expression of five fields, e.g. "0 3 * * *"' });

export const OpenmetadataConfigSchema = z.strictObject({
  ...componentBase,
  /** Server replicas. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU per server in cores. @default 4 in production, 1 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory per server in GiB (the JVM heap is half of it). @default 8 in production, 2 in small */
  memoryGiB: z.number().min(1, { error: 'must be >= 1 (the server needs a heap of at least 512 MiB)' }).optional(),
  /** The search index (OpenSearch). */
  search: z
    .strictObject({
      /** OpenSearch nodes, each master-eligible and holding data. 2 cannot keep a quorum. @default 3 in production, 1 in small */
      nodes: z.int().min(1, { error: 'must be >= 1' }).refine((n) => n !== 2, { error: 'must not be 2: two master-eligible nodes cannot elect a master when one is down; use 1 or 3' }).optional(),
      /** CPU per node in cores. @default 2 in production, 0.5 in small */
      cpu: z.number().positive({ error: 'must be > 0' }).optional(),
      /** Memory per node in GiB (the JVM heap is half of it). @default 4 in production, 2 in small */
      memoryGiB: z.number().min(1, { error: 'must be >= 1' }).optional(),
      /** Volume per node in GiB. @default 50 in production, 5 in small */
      storageGiB: z.int().min(1, { error: 'must be >= 1' }).optional(),
    })
    .optional(),
  /** The catalog's database (entities, lineage, users). */
  database: DatabaseConfigSchema.optional(),
  /** When the ingestion pipelines run. @default metadata '0 4 * * *' (after the nightly batch and dbt), profiler '0 5 * * 0', usage '30 4 * * *', pipelines '45 4 * * *' (Airflow's DAGs) */
  schedules: z
    .strictObject({
      metadata: cron.optional(),
      profiler: cron.optional(),
      usage: cron.optional(),
      pipelines: cron.optional(),
    })
    .optional(),
  /** Keycloak user names made catalog administrators at first start (OpenMetadata's initialAdmins). @default [] */
  initialAdmins: z.array(z.string().regex(/^[A-Za-z0-9._@-]+$/, { error: 'must be a user name (letters, digits, ".", "_", "@", "-")' })).optional(),
});

export type OpenmetadataConfig = z.output<typeof OpenmetadataConfigSchema>;
