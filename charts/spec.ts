/**
 * What a component is: its spec (id, phase, layer, dependencies, build) and what its build
 * receives and returns. A component's index.ts exports its spec, made with defineComponent;
 * charts/registry.ts lists them. This module imports only types (the config, the common
 * block, the handles), so a component importing it never loads the registry or another
 * component.
 */
import type { Construct } from 'constructs';
import type { Phase, PlatformConfig } from '../config/schema';
import type { PlatformCommon } from '../constructs/common';
import type { PlatformChart } from '../constructs/platform-chart';
import type { ChartName, ImageName } from '../versions';
import type { ComponentHandles } from './handles';
import type { AlertGroup, DashboardSpec } from '../constructs/alerts';

export type ComponentId = keyof ComponentHandles;

/** Layers of the platform map, from the architecture document. */
export type Layer =
  | 'infrastructure'
  | 'security'
  | 'storage'
  | 'catalog'
  | 'query'
  | 'orchestration'
  | 'observability'
  | 'backup'
  | 'processing'
  | 'streaming'
  | 'governance'
  | 'ml';

/** What a component's build function receives. */
export interface BuildContext {
  /** The environment's App: the component creates its PlatformChart(s) in it. */
  readonly scope: Construct;
  readonly config: PlatformConfig;
  readonly common: PlatformCommon;
  /** Handles of already-built components; only declared dependencies may be asked for. */
  readonly handles: HandleLookup;
  /** Every component this environment builds. */
  readonly enabled: ReadonlySet<ComponentId>;
  /** The alert groups and dashboards of the components this environment builds (their specs' `alerts` and `dashboards`), for the monitoring stack. */
  readonly alerts: readonly AlertGroup[];
  readonly dashboards: readonly DashboardSpec[];
}

export interface HandleLookup {
  get<Id extends ComponentId>(id: Id): ComponentHandles[Id];
  /** The handle if that component is enabled (for optional integrations). */
  find<Id extends ComponentId>(id: Id): ComponentHandles[Id] | undefined;
}

export interface BuiltComponent<Id extends ComponentId> {
  /** Charts this component wrote (usually one, output to dist/<env>/<id>/). */
  readonly charts: readonly PlatformChart[];
  readonly handle: ComponentHandles[Id];
}

export interface ComponentSpec<Id extends ComponentId = ComponentId> {
  readonly id: Id;
  readonly phase: Phase;
  readonly layer: Layer;
  /** One line for the platform map. */
  readonly description: string;
  /** Components this one needs, for this config (e.g. the configured secrets backend). */
  dependsOn(config: PlatformConfig): readonly ComponentId[];
  /** Components this one uses when they are enabled, without needing them. @default - none */
  optionalDeps?(config: PlatformConfig): readonly ComponentId[];
  /** Whether the component is on by default when its phase is reached. @default - always */
  enabledByDefault?(config: PlatformConfig): boolean;
  /** What data is lost if this component is removed, or undefined when it holds none. */
  readonly holdsData?: string;
  /** Web UI host name prefix, if it has one (`<ui>.<domain>`), for the platform map. */
  readonly ui?: string;
  /** In-cluster endpoints clients use (protocol, host and port), for the platform map. @default - none */
  readonly endpoints?: ReadonlyArray<{ readonly name: string; readonly address: string }>;
  /** Upstream Helm charts the component installs (versions.ts CHARTS), for the platform map. @default - none */
  readonly charts?: readonly ChartName[];
  /** Images the component runs without a chart (versions.ts IMAGES), for the platform map's versions. @default - none */
  readonly images?: readonly ImageName[];
  /** Alert groups over this component's workloads (charts/<id>/alerts.ts); they exist where it is built. @default - none */
  readonly alerts?: readonly AlertGroup[];
  /** Grafana dashboards of this component. @default - none */
  readonly dashboards?: readonly DashboardSpec[];
  build(ctx: BuildContext): BuiltComponent<Id>;
}

/** Defines a component spec with its handle type checked. */
export function defineComponent<Id extends ComponentId>(spec: ComponentSpec<Id>): ComponentSpec {
  return spec as unknown as ComponentSpec;
}
