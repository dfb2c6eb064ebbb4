/**
 * Shared validators for the operations components' slices: Prometheus-style durations
 * (what Prometheus, Loki and Velero accept). Cron schedules are parsed in config/cron.ts.
 */
import { z } from 'zod';

/** A duration such as 15d, 12h or 720h: one number and one unit (ms, s, m, h, d, w, y). */
export const duration = z
  .string()
  .regex(/^[0-9]+(ms|s|m|h|d|w|y)$/, { error: 'must be a duration such as 15d, 12h or 720h (a number and one of ms, s, m, h, d, w, y)' });

/** Hours in a duration, for checks that compare durations (e.g. a TTL of at least a day). */
export function durationHours(value: string): number {
  const match = /^([0-9]+)(ms|s|m|h|d|w|y)$/.exec(value);
  if (!match) {
    throw new Error(`"${value}" is not a duration`);
  }
  const perUnit: Record<string, number> = { ms: 1 / 3_600_000, s: 1 / 3600, m: 1 / 60, h: 1, d: 24, w: 168, y: 8760 };
  return Number(match[1]) * perUnit[match[2]];
}

/** A size override: cores and GiB. */
export const size = z.strictObject({
  cpu: z.number().positive({ error: 'must be > 0' }),
  memoryGiB: z.number().positive({ error: 'must be > 0' }),
});
