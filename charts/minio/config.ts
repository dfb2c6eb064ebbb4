/** Config slices of the `minio-operator` and `minio` components (the object store). */
import { z } from 'zod';
import { cronSchedule } from '../../config/cron';
import { componentBase } from '../../config/component-base';

const bucketName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'must be an S3 bucket name: 3-63 lower-case letters, digits, "." and "-"' });

export const MinioOperatorConfigSchema = z.strictObject({
  ...componentBase,
  /** Operator pods. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
});

export const MinioConfigSchema = z.strictObject({
  ...componentBase,
  /** Tenant name; the S3 service is named by the operator. @default 'datalake' */
  tenant: z.string().regex(/^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$/, { error: 'must be a short DNS label (at most 32 characters)' }).optional(),
  /** MinIO server pods. @default 4 in production, 1 in small */
  servers: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Drives (PVCs) per server. @default 4 */
  volumesPerServer: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Size of one drive in GiB. @default 1024 in production, 10 in small */
  volumeSizeGiB: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Erasure-coding parity (EC:N) of the standard storage class. @default 4 in production, 2 in small */
  parity: z.int().min(0, { error: 'must be >= 0' }).optional(),
  /** CPU request per server in cores. @default 2 in production, 0.5 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per server in GiB. @default 12 in production, 2 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Region clients sign requests for. @default 'us-east-1' */
  region: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a region name such as us-east-1' }).optional(),
  /** Buckets created besides the well-known ones (bronze, silver, gold, backups) and the ones components ask for. @default - none */
  extraBuckets: z.array(bucketName).optional(),
  /**
   * Days after which the raw files the CSV load is done with (bronze processed/ and failed/)
   * expire. Tables are never expired by a lifecycle rule: snapshot expiry in the table format
   * keeps their history. @default 90
   */
  bronzeExpirationDays: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Backups of every PostgreSQL database to the `backups` bucket (CloudNativePG Barman Cloud plugin). */
  databaseBackups: z
    .strictObject({
      /** Base backups and WAL kept this many days. @default 30 */
      retentionDays: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /** Longest wait before a WAL segment is archived: the recovery point objective (at most 15min). @default '5min' */
      archiveTimeout: z.string().regex(/^[0-9]+(s|min)$/, { error: 'must be a PostgreSQL duration such as 5min or 300s' }).optional(),
      /** Weekly base backup, CloudNativePG cron with seconds first. @default '0 0 2 * * 0' (Sunday 02:00) */
      weeklySchedule: cronSchedule('cnpg').optional(),
      /** Daily base backup on the other days. @default '0 0 2 * * 1-6' */
      dailySchedule: cronSchedule('cnpg').optional(),
    })
    .optional(),
});

export type MinioOperatorConfig = z.output<typeof MinioOperatorConfigSchema>;
export type MinioConfig = z.output<typeof MinioConfigSchema>;
