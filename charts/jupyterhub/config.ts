/** Config slice of the `jupyterhub` component. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

const profile = z.strictObject({
  /** Users of this profile running at the same time: what the capacity plan and the namespace quota count. */
  concurrentUsers: z.int().min(0, { error: 'must be >= 0' }),
});

export const JupyterhubConfigSchema = z.strictObject({
  ...componentBase,
  /**
   * Concurrent users per profile (Small 2 vCPU / 4 GiB, Medium 4 / 8, Large 8 / 16, each
   * guaranteed and limited). The namespace's ResourceQuota admits exactly this many.
   * @default { small: { concurrentUsers: 6 }, medium: { concurrentUsers: 3 }, large: { concurrentUsers: 1 } } in production, 1 / 0 / 0 in small (only the profiles with users are offered)
   */
  profiles: z.strictObject({ small: profile.optional(), medium: profile.optional(), large: profile.optional() }).optional(),
  /** A notebook server idle this long is stopped (its volume stays). @default 60 */
  idleTimeoutMinutes: z.int().min(10, { error: 'must be >= 10' }).max(24 * 60, { error: 'must be <= 1440 (a day)' }).optional(),
  /** Each user's home volume, on the default storage class: its size is the user's storage quota. @default 10 */
  homeGiB: z.int().min(1, { error: 'must be >= 1' }).max(500, { error: 'must be <= 500' }).optional(),
  /** People with a home volume (it outlives their server): what the capacity plan counts for storage. @default 40 in production, 5 in small */
  registeredUsers: z.int().min(1, { error: 'must be >= 1' }).optional(),
});

export type JupyterhubConfig = z.output<typeof JupyterhubConfigSchema>;
