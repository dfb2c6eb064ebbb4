/**
 * Per-component configuration slices. Every component has `enabled` and `decommission`;
 * components with knobs of their own extend `componentBase` in their folder's config.ts
 * (charts/<id>/config.ts) and are listed here. Only components the platform really builds are
 * listed, so configuring one that does not exist is an unknown-key error.
 */
import { z } from 'zod';
import { AirflowConfigSchema } from '../charts/airflow/config';
import { ArgocdConfigSchema } from '../charts/argocd/config';
import { CertManagerConfigSchema } from '../charts/cert-manager/config';
import { CloudnativePgConfigSchema } from '../charts/cloudnative-pg/config';
import { ExternalSecretsConfigSchema } from '../charts/external-secrets/config';
import { KeycloakConfigSchema } from '../charts/keycloak/config';
import { LoggingConfigSchema } from '../charts/logging/config';
import { MinioConfigSchema, MinioOperatorConfigSchema } from '../charts/minio/config';
import { MonitoringConfigSchema } from '../charts/monitoring/config';
import { NessieConfigSchema } from '../charts/nessie/config';
import { RancherConfigSchema } from '../charts/rancher/config';
import { SealedSecretsConfigSchema } from '../charts/sealed-secrets/config';
import { TraefikConfigSchema } from '../charts/traefik/config';
import { TrinoConfigSchema } from '../charts/trino/config';
import { VeleroConfigSchema } from '../charts/velero/config';
import { RestoreDrillsConfigSchema } from '../charts/restore-drills/config';
import { KafkaConfigSchema } from '../charts/kafka/config';
import { KafkaConnectConfigSchema } from '../charts/kafka-connect/config';
import { SparkOperatorConfigSchema } from '../charts/spark-operator/config';
import { SparkStreamingConfigSchema } from '../charts/spark-streaming/config';
import { DbtConfigSchema } from '../charts/dbt/config';
import { MlflowConfigSchema } from '../charts/mlflow/config';
import { JupyterhubConfigSchema } from '../charts/jupyterhub/config';
import { OpenmetadataConfigSchema } from '../charts/openmetadata/config';
import { GreatExpectationsConfigSchema } from '../charts/great-expectations/config';
import { RangerConfigSchema } from '../charts/ranger/config';

// Defined in its own module so the slice files under components/ can import it without an
// import cycle through this file (the cycle left it undefined while the slices loaded).
export { componentBase } from './component-base';
import { componentBase } from './component-base';

/** A component with no knobs beyond enabled/decommission. */
export const plainComponent = z.strictObject(componentBase);

export const COMPONENT_CONFIG = z.strictObject({
  traefik: TraefikConfigSchema.optional(),
  'cert-manager': CertManagerConfigSchema.optional(),
  'sealed-secrets': SealedSecretsConfigSchema.optional(),
  'external-secrets': ExternalSecretsConfigSchema.optional(),
  'cloudnative-pg': CloudnativePgConfigSchema.optional(),
  keycloak: KeycloakConfigSchema.optional(),
  rancher: RancherConfigSchema.optional(),
  'minio-operator': MinioOperatorConfigSchema.optional(),
  minio: MinioConfigSchema.optional(),
  nessie: NessieConfigSchema.optional(),
  trino: TrinoConfigSchema.optional(),
  airflow: AirflowConfigSchema.optional(),
  monitoring: MonitoringConfigSchema.optional(),
  logging: LoggingConfigSchema.optional(),
  velero: VeleroConfigSchema.optional(),
  'restore-drills': RestoreDrillsConfigSchema.optional(),
  argocd: ArgocdConfigSchema.optional(),
  'spark-operator': SparkOperatorConfigSchema.optional(),
  'spark-streaming': SparkStreamingConfigSchema.optional(),
  dbt: DbtConfigSchema.optional(),
  kafka: KafkaConfigSchema.optional(),
  'kafka-connect': KafkaConnectConfigSchema.optional(),
  mlflow: MlflowConfigSchema.optional(),
  jupyterhub: JupyterhubConfigSchema.optional(),
  openmetadata: OpenmetadataConfigSchema.optional(),
  'great-expectations': GreatExpectationsConfigSchema.optional(),
  ranger: RangerConfigSchema.optional(),
});

export type ComponentsConfig = z.output<typeof COMPONENT_CONFIG>;
export type ComponentConfigId = keyof ComponentsConfig;
