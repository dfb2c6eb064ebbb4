/**
 * The component registry: which components exist, their phase, what they depend on, and how
 * to build them. main.ts builds the enabled ones in dependency order; each gets its config
 * slice, the `common` block and the typed handles of the components it depends on.
 */
import { Construct } from 'constructs';
import type { Phase, PlatformConfig } from '../config/schema';
import { PlatformCommon } from '../constructs/common';
import { PlatformChart } from '../constructs/platform-chart';
import type { ChartName, ImageName } from '../versions';
import type { ComponentHandles } from './handles';
import { certManagerComponent } from './phase1/cert-manager';
import { cloudnativePgComponent } from './phase1/cloudnative-pg';
import { externalSecretsComponent } from './phase1/external-secrets';
import { keycloakComponent } from './phase1/keycloak';
import { minioComponent } from './phase1/minio';
import { minioOperatorComponent } from './phase1/minio-operator';
import { nessieComponent } from './phase1/nessie';
import { rancherComponent } from './phase1/rancher';
import { sealedSecretsComponent } from './phase1/sealed-secrets';
import { traefikComponent } from './phase1/traefik';
import { trinoComponent } from './phase1/trino';
import { airflowComponent } from './phase1/airflow';
import { loggingComponent } from './phase1/logging';
import { monitoringComponent } from './phase1/monitoring';
import { monitoringCrdsComponent } from './phase1/monitoring-crds';
import { veleroComponent } from './phase1/velero';
import { argocdComponent } from './phase1/argocd';

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
  /** Upstream Helm charts the component installs (versions.ts CHARTS), for the platform map. @default - none */
  readonly charts?: readonly ChartName[];
  /** Images the component runs without a chart (versions.ts IMAGES), for the platform map's versions. @default - none */
  readonly images?: readonly ImageName[];
  build(ctx: BuildContext): BuiltComponent<Id>;
}

/** Registered components; each component file exports its spec and is listed here. */
export const COMPONENTS: readonly ComponentSpec[] = [
  sealedSecretsComponent,
  externalSecretsComponent,
  traefikComponent,
  certManagerComponent,
  cloudnativePgComponent,
  keycloakComponent,
  rancherComponent,
  minioOperatorComponent,
  minioComponent,
  nessieComponent,
  trinoComponent,
  monitoringCrdsComponent,
  airflowComponent,
  monitoringComponent,
  loggingComponent,
  veleroComponent,
  argocdComponent,
];

// Components define their spec with defineComponent (./define), which imports nothing of
// theirs at run time: a component file never loads the registry, so there is no import cycle.
export { defineComponent } from './define';
