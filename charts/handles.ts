/**
 * The typed handles components hand each other, keyed by component id. A component that
 * needs another's endpoint, bucket, database or OIDC client asks for its handle; nothing is
 * hard-coded. Each component's handle type is named in its folder (charts/<id>/handle.ts);
 * where building blocks consume it (ingress, certificate authority, object store, PostgreSQL
 * operator, secrets controller) the interface itself is defined with them in constructs/. A
 * handle file imports only other handle files and constructs/, and nothing imports this file
 * but the component spec types (charts/spec.ts) and the build, so it closes no import cycle.
 */
import type { TraefikHandle } from './traefik/handle';
import type { CertManagerHandle } from './cert-manager/handle';
import type { SealedSecretsHandle } from './sealed-secrets/handle';
import type { ExternalSecretsHandle } from './external-secrets/handle';
import type { CloudnativePgHandle } from './cloudnative-pg/handle';
import type { IdentityProvider } from './keycloak/handle';
import type { RancherHandle } from './rancher/handle';
import type { MinioOperator, ObjectStoreHandle } from './minio/handle';
import type { IcebergCatalog } from './nessie/handle';
import type { QueryEngine } from './trino/handle';
import type { Orchestrator } from './airflow/handle';
import type { Monitoring, MonitoringCrds } from './monitoring/handle';
import type { LogStore } from './logging/handle';
import type { BackupService } from './velero/handle';
import type { RestoreDrills } from './restore-drills/handle';
import type { ArgocdHandle } from './argocd/handle';
import type { KafkaCluster } from './kafka/handle';
import type { ChangeDataCapture } from './kafka-connect/handle';
import type { SparkOperatorHandle } from './spark-operator/handle';
import type { SparkJobsHandle } from './spark-streaming/handle';
import type { DbtHandle } from './dbt/handle';
import type { TrackingServer } from './mlflow/handle';
import type { NotebookHub } from './jupyterhub/handle';
import type { DataCatalog } from './openmetadata/handle';
import type { QualityGate } from './great-expectations/handle';
import type { PolicyAdmin } from './ranger/handle';

export interface ComponentHandles {
  traefik: TraefikHandle;
  'cert-manager': CertManagerHandle;
  'sealed-secrets': SealedSecretsHandle;
  'external-secrets': ExternalSecretsHandle;
  'cloudnative-pg': CloudnativePgHandle;
  keycloak: IdentityProvider;
  rancher: RancherHandle;
  'minio-operator': MinioOperator;
  minio: ObjectStoreHandle;
  nessie: IcebergCatalog;
  trino: QueryEngine;
  airflow: Orchestrator;
  monitoring: Monitoring;
  'monitoring-crds': MonitoringCrds;
  logging: LogStore;
  velero: BackupService;
  'restore-drills': RestoreDrills;
  argocd: ArgocdHandle;
  kafka: KafkaCluster;
  'kafka-connect': ChangeDataCapture;
  'spark-operator': SparkOperatorHandle;
  'spark-streaming': SparkJobsHandle;
  dbt: DbtHandle;
  mlflow: TrackingServer;
  jupyterhub: NotebookHub;
  openmetadata: DataCatalog;
  'great-expectations': QualityGate;
  ranger: PolicyAdmin;
}
