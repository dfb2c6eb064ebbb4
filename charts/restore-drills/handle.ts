/** The handle the restore-drills component gives (charts/handles.ts): its drills, for the platform map and tests. */
import type { DrillDescription } from '../../constructs/restore-drill';

export interface RestoreDrills {
  /** The drill namespace: drill Jobs, scratch clusters, results. */
  readonly namespace: string;
  readonly drills: readonly DrillDescription[];
}
