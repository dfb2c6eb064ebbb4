/**
 * Configuration of the rancher component (the cluster management UI). Optional: on by default
 * in the production profile (the architecture document lists it in Phase 1), off in small;
 * `enabled` turns it on or off in any environment.
 */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const RancherConfigSchema = z.strictObject({
  ...componentBase,
  /** Rancher server pods. @default 1 (the document's single instance) */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per pod, in cores. @default 1 in production, 0.5 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per pod, in GiB. @default 4 in production, 2 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export type RancherConfig = z.output<typeof RancherConfigSchema>;
