/**
 * The typed handles components hand each other, keyed by component id. A component that
 * needs another's endpoint, bucket, database or OIDC client asks for its handle; nothing is
 * hard-coded. Each component adds its entry here when it is built.
 */
import type { CertificateAuthority, IngressController } from '../constructs/ingress';
import type { ObjectStore } from '../constructs/object-store';
import type { PostgresOperator } from '../constructs/postgres-database';
import type { SecretKeyRef } from '../constructs/secret';
import type { Construct } from 'constructs';
import type { RancherHandle } from './phase1/rancher';
import type { Orchestrator } from './phase1/airflow';
import type { Monitoring } from './phase1/monitoring';
import type { MonitoringCrds } from './phase1/monitoring-crds';
import type { LogStore } from './phase1/logging';
import type { BackupService } from './phase1/velero';
import type { DatabaseBackupProvider } from './phase1/database-backups';
import type { MinioOperator } from './phase1/minio-operator';
import type { IcebergCatalog } from './phase1/nessie';
import type { QueryEngine } from './phase1/trino';
import type { ArgocdHandle } from './phase1/argocd';

/** A secrets controller (sealed-secrets or external-secrets). */
export interface SecretsController {
  readonly namespace: string;
}

/** Platform roles, from the architecture document. */
export type PlatformRole = 'admin' | 'engineer' | 'analyst';

export interface OidcClientOptions {
  /** Redirect URIs the client may use; none for a machine client (`serviceAccount`), which has no login flow. */
  readonly redirectUris: readonly string[];
  /** Namespace of the consumer: the client secret is delivered there. */
  readonly namespace: string;
  /** Display name in the login page. @default - the client id */
  readonly name?: string;
  /** Public client (no secret), e.g. CLIs. @default false */
  readonly publicClient?: boolean;
  /** The client may also get tokens for itself (client credentials), e.g. to call another service's API. @default false */
  readonly serviceAccount?: boolean;
  /** Put the user's group names in a `groups` claim of the client's tokens (for tools that authorize by group). @default false */
  readonly groupsClaim?: boolean;
  /** Labels on the consumer's copy of the client secret (e.g. for tools that find secrets by label). @default - none */
  readonly secretLabels?: Readonly<Record<string, string>>;
}

/** A group of the platform realm and the platform role it grants. */
export interface PlatformGroup {
  readonly name: string;
  readonly role: PlatformRole;
}

/** An OIDC client registered in the platform realm. */
export interface OidcClient {
  readonly clientId: string;
  /** https://<keycloak host>/realms/<realm> */
  readonly issuerUrl: string;
  /** The client secret in the consumer's namespace (undefined for public clients). */
  readonly secret?: SecretKeyRef;
  /** Claim that carries the platform roles in ID and access tokens. */
  readonly rolesClaim: string;
  /** Claim that carries the user's group names, when the client asked for it (`groupsClaim`). */
  readonly groupsClaim?: string;
  /** The realm's groups, when the client asked for the groups claim. */
  readonly groups?: readonly PlatformGroup[];
}

/** The identity provider (Keycloak): one realm, roles, and a client per web UI. */
export interface IdentityProvider {
  readonly realm: string;
  readonly issuerUrl: string;
  readonly roles: readonly PlatformRole[];
  /** Namespace and pod labels of the server, for clients' egress NetworkPolicies. */
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /**
   * Registers an OIDC client in the realm; `scope` is the consumer's construct, where the
   * consumer's copy of the client secret is output.
   */
  addClient(scope: Construct, clientId: string, options: OidcClientOptions): OidcClient;
}

export interface ComponentHandles {
  'cert-manager': CertificateAuthority;
  traefik: IngressController;
  'sealed-secrets': SecretsController;
  'external-secrets': SecretsController;
  'cloudnative-pg': PostgresOperator;
  keycloak: IdentityProvider;
  rancher: RancherHandle;
  'minio-operator': MinioOperator;
  /** The object store (MinIO today; any S3 store behind the same interface) and database backups to it. */
  minio: ObjectStore & DatabaseBackupProvider;
  nessie: IcebergCatalog;
  trino: QueryEngine;
  airflow: Orchestrator;
  monitoring: Monitoring;
  'monitoring-crds': MonitoringCrds;
  logging: LogStore;
  velero: BackupService;
  argocd: ArgocdHandle;
}
