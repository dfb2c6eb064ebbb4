/**
 * Stand-ins for the handles the lakehouse core (minio, nessie, trino) consumes, so each of
 * their tests builds one component alone. They follow the interfaces in charts/handles.ts and
 * constructs/; the whole-platform tests use the real components.
 */
import { App } from 'cdk8s';
import { Construct } from 'constructs';
import type { IdentityProvider, OidcClient, OidcClientOptions, PlatformGroup, PlatformRole } from '../charts/keycloak/handle';
import { PLATFORM_GROUPS } from '../charts/keycloak/realm';
import type { DatabaseBackupOptions, DatabaseBackupProvider } from '../constructs/database-backups';
import type { PlatformCommon } from '../constructs/common';
import type { CertificateAuthority, IngressController } from '../constructs/ingress';
import { trustBundleFake } from './identity-fakes';
import type { Bucket, BucketGrant, ObjectStore, S3Credentials } from '../constructs/object-store';
import type { DatabaseBackupTarget, PostgresOperator } from '../constructs/postgres-database';
import { PlatformNamespace } from '../constructs/namespace';
import { PlatformChart } from '../constructs/platform-chart';
import { PlatformSecret } from '../constructs/secret';
import type { MinioOperator } from '../charts/minio/handle';
import type { IcebergCatalog } from '../charts/nessie/handle';

export const authority: CertificateAuthority = { clusterIssuer: 'lakeplane-ca', internalIssuer: 'lakeplane-internal-ca', trust: trustBundleFake };

export const ingress: IngressController = {
  className: 'traefik',
  namespace: 'traefik',
  podLabels: { 'app.kubernetes.io/name': 'traefik' },
  tlsAnnotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' },
};

export const postgresOperator: PostgresOperator = { namespace: 'cloudnative-pg', podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg' } };

/** The operator stand-in: records the tenants let into its upgrade port. */
export const minioOperator: MinioOperator & { readonly tenants: Array<{ namespace: string; podLabels: Readonly<Record<string, string>> }> } = {
  namespace: 'minio-operator',
  podLabels: { 'app.kubernetes.io/name': 'operator' },
  upgradePort: 4221,
  tenants: [],
  allowTenant(namespace, podLabels) {
    this.tenants.push({ namespace, podLabels });
  },
};

/**
 * Keycloak stand-in: records the clients; the secret is made in the consumer's scope, with the
 * labels the client asks for; a client that asks for a groups claim gets it, as from the realm.
 */
export class FakeIdentity implements IdentityProvider {
  readonly realm = 'lakeplane';
  readonly issuerUrl = 'https://keycloak.data.example.com/realms/lakeplane';
  readonly roles: readonly PlatformRole[] = ['admin', 'engineer', 'analyst'];
  readonly groups: readonly PlatformGroup[] = PLATFORM_GROUPS;
  readonly namespace = 'keycloak';
  readonly podLabels = { 'app.kubernetes.io/name': 'keycloak' };
  readonly clients: Array<{ clientId: string; options: OidcClientOptions }> = [];

  addClient(scope: Construct, clientId: string, options: OidcClientOptions): OidcClient {
    this.clients.push({ clientId, options });
    const secret = new PlatformSecret(scope, `oidc-${clientId}`, {
      name: `${clientId}-oidc`,
      namespace: options.namespace,
      keys: { 'client-secret': { generate: { length: 32 } } },
      readers: [clientId],
      description: `OIDC client secret of ${clientId}`,
      labels: options.secretLabels ? { ...options.secretLabels } : undefined,
    });
    return {
      clientId,
      issuerUrl: this.issuerUrl,
      secret: secret.ref('client-secret'),
      rolesClaim: 'roles',
      ...(options.groupsClaim ? { groupsClaim: 'groups', groups: PLATFORM_GROUPS } : {}),
    };
  }
}

/** Another S3 store behind the same interface, with its own names: consumers must follow it. */
export class OtherObjectStore implements ObjectStore, DatabaseBackupProvider {
  readonly host = 'rgw.ceph.svc';
  readonly port = 8443;
  readonly endpoint = 'https://rgw.ceph.svc:8443';
  readonly region = 'eu-central-1';
  readonly pathStyle = false;
  readonly namespace = 'ceph';
  readonly podLabels = { app: 'rgw' };
  readonly buckets: string[] = [];
  readonly grants: Array<{ consumer: string; namespace: string; grants: readonly BucketGrant[] }> = [];

  bucket(name: string): Bucket {
    if (!this.buckets.includes(name)) {
      this.buckets.push(name);
    }
    return { name: `lake-${name}`, uri: (prefix?: string) => `s3://lake-${name}/${prefix ?? ''}` };
  }

  grant(scope: Construct, consumer: string, namespace: string, grants: readonly BucketGrant[]): S3Credentials {
    this.grants.push({ consumer, namespace, grants });
    const secret = new PlatformSecret(scope, `rgw-${consumer}`, {
      name: `${consumer}-rgw-key`,
      namespace,
      keys: { accessKey: { generate: { length: 20 } }, secretKey: { generate: { length: 40 } } },
      readers: [consumer],
      description: `object store key of ${consumer}`,
    });
    return { secret, accessKeyKey: 'accessKey', secretKeyKey: 'secretKey' };
  }

  databaseBackups(_scope: Construct, _namespace: string, _options?: DatabaseBackupOptions): DatabaseBackupTarget {
    return { attach: () => ({}) };
  }
}

/** A catalog stand-in with its own host, for the rename test of Trino. */
export function fakeCatalog(host = 'catalog.lake.svc', port = 8181): IcebergCatalog & { clients: string[] } {
  const clients: string[] = [];
  return {
    nessieUri: `https://${host}:${port}/api/v2`,
    icebergRestUri: `https://${host}:${port}/iceberg`,
    warehouse: 'bronze',
    warehouseLocation: 's3://bronze/',
    defaultBranch: 'main',
    host,
    port,
    issuerUrl: 'https://keycloak.data.example.com/realms/lakeplane',
    namespace: host.split('.')[1],
    podLabels: { 'app.kubernetes.io/name': 'catalog' },
    clients,
    allowClient: (namespace: string) => {
      clients.push(namespace);
    },
  };
}

/** A consumer chart (another component) to grant from after the store is built. */
export function consumerChart(common: PlatformCommon, component: string, app?: App): PlatformChart {
  const chart = new PlatformChart(app ?? new App({ outdir: 'unused' }), { component, common, phase: 1, namespace: component });
  // Its namespace, as a real component makes it (the platform CA bundle reaches only those).
  new PlatformNamespace(chart, 'namespace', { name: component });
  return chart;
}
