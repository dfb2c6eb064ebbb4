/** Config slice of the `logging` component (Loki + Grafana Alloy). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { duration, size } from '../../config/durations';

export const LoggingConfigSchema = z.strictObject({
  ...componentBase,
  loki: z
    .strictObject({
      /** @default { cpu: 2, memoryGiB: 4 } in production, { cpu: 0.5, memoryGiB: 1 } in small */
      size: size.optional(),
      /** How long log lines are kept in the object store. @default '744h' (31 days) */
      retention: duration.optional(),
      /** Local volume for the write-ahead log and index cache. @default 20 in production, 5 in small */
      storageGiB: z.number().min(1, { error: 'must be >= 1' }).optional(),
    })
    .optional(),
  alloy: z
    .strictObject({
      /** Per node. @default { cpu: 0.1, memoryGiB: 0.5 } in production, { cpu: 0.05, memoryGiB: 0.25 } in small */
      size: size.optional(),
    })
    .optional(),
});

export type LoggingConfig = z.output<typeof LoggingConfigSchema>;
