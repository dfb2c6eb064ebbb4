/** Config slice of the `velero` component (cluster backups). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { cronSchedule } from '../../config/cron';
import { duration } from '../../config/durations';

export const VeleroConfigSchema = z.strictObject({
  ...componentBase,
  /** When the daily backup runs (cluster time zone, usually UTC). @default '0 2 * * *' */
  schedule: cronSchedule('velero').optional(),
  /** How long a backup is kept. @default '720h' (30 days) */
  ttl: duration.optional(),
  /** Back up pod volumes with the node agent (file-system backup). @default true */
  fileSystemBackup: z.boolean().optional(),
  /** Namespaces backed up in addition to those of the components that hold configuration and data. @default - none */
  extraNamespaces: z.array(z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a namespace name' })).optional(),
});

export type VeleroConfig = z.output<typeof VeleroConfigSchema>;
