/** Config slice of the `restore-drills` component (backups proven by restoring them). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { cronSchedule } from '../../config/cron';

const namespaceName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a namespace name' });

export const RestoreDrillsConfigSchema = z.strictObject({
  ...componentBase,
  /**
   * When the drills run: a Kubernetes CronJob schedule, 5 fields, UTC. @default '0 4 1 * *'
   * (monthly, the first day at 04:00, after the 02:00 backups)
   */
  schedule: cronSchedule('cronjob').optional(),
  /** Recovery time objective in minutes: a drill that takes longer pages (RestoreSlowerThanRTO). @default 30 */
  rtoMinutes: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Recovery point objective in minutes, exported next to each drill's recovered-point lag. @default 15 */
  rpoMinutes: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** PostgreSQL drills: one per backed-up database. */
  postgres: z
    .strictObject({
      /** Schedule of the PostgreSQL drills. @default - the drills' schedule */
      schedule: cronSchedule('cronjob').optional(),
      /**
       * Minutes between the start of one database's drill and the next, so that the scratch
       * clusters do not all run at once (0: all at the same time). Needs a schedule whose minute
       * and hour are plain numbers. @default 30
       */
      staggerMinutes: z.int().min(0, { error: 'must be >= 0' }).optional(),
      /** Restore to this many minutes before the drill instead of to the newest point. @default - the newest point */
      pointInTimeMinutesAgo: z.int().min(1, { error: 'must be >= 1' }).optional(),
    })
    .optional(),
  /** The Velero drill: the newest daily backup, restored into drill namespaces. */
  velero: z
    .strictObject({
      /** Run it (when the velero component is on). @default true */
      enabled: z.boolean().optional(),
      /** Schedule of the Velero drill. @default - the drills' schedule */
      schedule: cronSchedule('cronjob').optional(),
      /** Namespaces of the daily backup restored (objects only) into restored-<namespace>. @default - every namespace of the backup */
      namespaces: z.array(namespaceName).min(1, { error: 'must name at least one namespace' }).optional(),
    })
    .optional(),
});

export type RestoreDrillsConfig = z.output<typeof RestoreDrillsConfigSchema>;
