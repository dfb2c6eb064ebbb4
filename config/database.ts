/**
 * The `database` block of a component that owns a PostgreSQL database: size, and the
 * point-in-time restore that recreates it from its backups (docs/postgres-restore.md).
 */
import { z } from 'zod';

export const DatabaseRestoreSchema = z.strictObject({
  /**
   * Recover up to this instant (RFC 3339 with a zone, e.g. 2026-11-20T15:14:00Z): the last
   * base backup before it, then the archived WAL up to it.
   */
  targetTime: z.iso.datetime({ offset: true, error: 'must be an RFC 3339 time with a zone, such as 2026-11-20T15:14:00Z' }),
  /** Cluster whose backups are restored. @default - the component's current database cluster */
  fromCluster: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a cluster name (DNS label)' }).optional(),
  /** Name of the new cluster (the old one is never overwritten). @default - <cluster>-pitr-<yyyymmddhhmm> */
  clusterName: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a DNS label' }).max(50, { error: 'must be at most 50 characters' }).optional(),
});

export const DatabaseConfigSchema = z.strictObject({
  /** Instances: 1 primary + standbys. @default 2 in production, 1 in small */
  instances: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per instance in cores. @default 1 in production, 0.25 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per instance in GiB. @default 2 in production, 0.5 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Data volume per instance in GiB. @default 20 in production, 5 in small */
  storageGiB: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Point-in-time restore into a new cluster. @default - none (the database starts empty) */
  restore: DatabaseRestoreSchema.optional(),
});

export type DatabaseRestore = z.output<typeof DatabaseRestoreSchema>;
export type DatabaseConfig = z.output<typeof DatabaseConfigSchema>;
