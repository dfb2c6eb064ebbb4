/**
 * The component registry: which components exist, their phase, what they depend on, and how
 * to build them. main.ts builds the enabled ones in dependency order; each gets its config
 * slice, the `common` block and the typed handles of the components it depends on.
 */
import type { ComponentSpec } from './spec';
import type { AlertGroup, DashboardSpec } from '../constructs/alerts';
import { ALERT_GROUPS } from './monitoring/rules';
import { DASHBOARDS } from './monitoring/dashboards';
import { traefikComponent } from './traefik';
import { certManagerComponent } from './cert-manager';
import { sealedSecretsComponent } from './sealed-secrets';
import { externalSecretsComponent } from './external-secrets';
import { cloudnativePgComponent } from './cloudnative-pg';
import { keycloakComponent } from './keycloak';
import { rancherComponent } from './rancher';
import { minioComponent, minioOperatorComponent } from './minio';
import { nessieComponent } from './nessie';
import { trinoComponent } from './trino';
import { airflowComponent } from './airflow';
import { monitoringComponent, monitoringCrdsComponent } from './monitoring';
import { loggingComponent } from './logging';
import { veleroComponent } from './velero';
import { restoreDrillsComponent } from './restore-drills';
import { argocdComponent } from './argocd';
import { kafkaComponent } from './kafka';
import { kafkaConnectComponent } from './kafka-connect';
import { sparkOperatorComponent } from './spark-operator';
import { sparkStreamingComponent } from './spark-streaming';
import { dbtComponent } from './dbt';
import { mlflowComponent } from './mlflow';
import { jupyterhubComponent } from './jupyterhub';
import { openmetadataComponent } from './openmetadata';
import { greatExpectationsComponent } from './great-expectations';
import { rangerComponent } from './ranger';

export type { BuildContext, BuiltComponent, ComponentId, ComponentSpec, HandleLookup, Layer } from './spec';

/**
 * Registered components, one explicit list in the order of the README's phase table; each
 * component's folder (charts/<id>/) exports its spec from index.ts. Build order follows the
 * dependencies; this order breaks ties.
 */
export const COMPONENTS: readonly ComponentSpec[] = [
  // Phase 1: core
  traefikComponent,
  certManagerComponent,
  sealedSecretsComponent,
  externalSecretsComponent,
  cloudnativePgComponent,
  keycloakComponent,
  rancherComponent,
  minioOperatorComponent,
  minioComponent,
  nessieComponent,
  trinoComponent,
  airflowComponent,
  monitoringCrdsComponent,
  monitoringComponent,
  loggingComponent,
  veleroComponent,
  restoreDrillsComponent,
  argocdComponent,
  // Phase 2: processing and streaming
  sparkOperatorComponent,
  sparkStreamingComponent,
  dbtComponent,
  kafkaComponent,
  kafkaConnectComponent,
  // Phase 3: machine learning
  mlflowComponent,
  jupyterhubComponent,
  // Phase 3: governance
  openmetadataComponent,
  greatExpectationsComponent,
  rangerComponent,
];

/** Every alert group the platform can have: the monitoring stack's own, then each component's in registry order. */
export function everyAlertGroup(): AlertGroup[] {
  return [...ALERT_GROUPS, ...COMPONENTS.flatMap((c) => c.alerts ?? [])];
}

/** Every dashboard the platform can have, in the same order. */
export function everyDashboard(): DashboardSpec[] {
  return [...DASHBOARDS, ...COMPONENTS.flatMap((c) => c.dashboards ?? [])];
}
