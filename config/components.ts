/**
 * Per-component configuration slices. Every component has `enabled` and `decommission`;
 * components with knobs of their own extend `componentBase` in their own file under
 * config/components/ and are listed here. Only components the platform really builds are
 * listed, so configuring one that does not exist is an unknown-key error.
 */
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

/** A component with no knobs beyond enabled/decommission. */
export const plainComponent = z.strictObject(componentBase);

export const COMPONENT_CONFIG = z.strictObject({
});

export type ComponentsConfig = z.output<typeof COMPONENT_CONFIG>;
export type ComponentConfigId = keyof ComponentsConfig;
