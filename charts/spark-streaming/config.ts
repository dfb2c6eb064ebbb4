/**
 * Configuration of the spark-streaming component: the lakehouse's Spark jobs, the streaming
 * ingest (Kafka -> Iceberg bronze) and the nightly bronze -> silver batch.
 */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { cronSchedule } from '../../config/cron';

/** Spark's memory strings as SparkApplication takes them: `512m`, `8g`. */
const sparkMemory = z.string().regex(/^[1-9]\d*[mg]$/, { error: 'must be a Spark memory size such as 512m or 8g' });

/** An Iceberg table of the catalog, `<namespace>.<table>`. */
const tableName = z.string().regex(/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/, { error: 'must be <namespace>.<table>, lower-case' });

const SparkPartSchema = z.strictObject({
  /** Cores of the pod (spark.driver.cores / spark.executor.cores). */
  cores: z.int().min(1, { error: 'must be an integer >= 1' }),
  /** JVM heap; the pod gets 10% more (at least 384 MiB) for Spark's overhead. */
  memory: sparkMemory,
});

export const SparkStreamingConfigSchema = z.strictObject({
  ...componentBase,
  /** The Iceberg tables, as `<namespace>.<table>` in the catalog. @default { bronze: 'bronze.events', silver: 'silver.events' } */
  tables: z.strictObject({ bronze: tableName, silver: tableName }).optional(),
  /** The streaming job (a long-running SparkApplication with a fixed set of executors). */
  streaming: z
    .strictObject({
      /** Kafka topic it reads. @default 'events' */
      topic: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/, { error: 'must be a Kafka topic name (letters, digits, . _ -)' }).optional(),
      /** Micro-batch interval. @default '1 minute' */
      trigger: z.string().regex(/^\d+ (second|seconds|minute|minutes)$/, { error: 'must be a Spark trigger interval such as "30 seconds" or "1 minute"' }).optional(),
      driver: SparkPartSchema.optional(),
      executor: SparkPartSchema.extend({ instances: z.int().min(1, { error: 'must be >= 1' }) }).optional(),
    })
    .optional(),
  /** The nightly batch (a ScheduledSparkApplication with dynamic allocation). */
  batch: z
    .strictObject({
      /** Cron schedule, 5 fields, in the time zone below. @default '0 3 * * *' */
      schedule: cronSchedule('spark').optional(),
      /** IANA time zone of the schedule. @default 'UTC' */
      timeZone: z.string().min(1).optional(),
      driver: SparkPartSchema.optional(),
      executor: SparkPartSchema.extend({ maxExecutors: z.int().min(1, { error: 'must be >= 1' }) }).optional(),
    })
    .optional(),
});

export type SparkStreamingConfig = z.output<typeof SparkStreamingConfigSchema>;
