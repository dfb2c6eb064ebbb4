/** The keys every component's config slice has; see config/components.ts. */
import { z } from 'zod';

export const componentBase = {
  /** Turn the component off (or on, when it is optional) regardless of the phase. @default - on when its phase <= the environment's phase */
  enabled: z.boolean().optional(),
  /**
   * Acknowledge that turning off a component that holds data orphans that data. Without it,
   * a synth that would stop generating such a component fails. @default false
   */
  decommission: z.boolean().optional(),
};
