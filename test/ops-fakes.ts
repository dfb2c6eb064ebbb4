/**
 * Small stand-ins for the handles the operations components (airflow, monitoring, logging,
 * velero) consume, so their tests build one component alone. They follow the interfaces in
 * charts/handles.ts and constructs/; the whole-platform tests use the real components.
 */
import { Construct } from 'constructs';
import type { CertificateAuthority, IngressController } from '../constructs/ingress';
import { trustBundleFake } from './identity-fakes';
import type { Bucket, BucketGrant, ObjectStore, S3Credentials } from '../constructs/object-store';
import type { DatabaseBackupTarget, PostgresOperator } from '../constructs/postgres-database';
import type { DatabaseBackupProvider } from '../constructs/database-backups';
import { PlatformSecret } from '../constructs/secret';

export const fakeIngress: IngressController = {
  className: 'traefik',
  namespace: 'traefik',
  podLabels: { 'app.kubernetes.io/name': 'traefik' },
  tlsAnnotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' },
};

export const fakeAuthority: CertificateAuthority = { clusterIssuer: 'lakeplane-ca', trust: trustBundleFake };

export const fakePostgres: PostgresOperator = { namespace: 'cloudnative-pg', podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg' } };

/** Keycloak stand-in, shared with the lakehouse tests. */
export { FakeIdentity } from './lakehouse-fakes';

/** Object store stand-in: buckets by name, one generated key per grant. */
export class FakeObjectStore implements ObjectStore, DatabaseBackupProvider {
  readonly endpoint = 'https://minio.minio.svc:443';
  readonly host = 'minio.minio.svc';
  readonly port = 443;
  readonly region = 'us-east-1';
  readonly pathStyle = true;
  readonly namespace = 'minio';
  readonly podLabels = { 'v1.min.io/tenant': 'datalake' };
  readonly caSecret = { name: 'minio-ca', key: 'ca.crt' };
  readonly buckets: string[] = [];
  readonly grants: Array<{ consumer: string; namespace: string; grants: readonly BucketGrant[] }> = [];
  readonly backedUp: string[] = [];

  databaseBackups(_scope: Construct, namespace: string): DatabaseBackupTarget {
    return { attach: (_s, db) => (this.backedUp.push(`${namespace}/${db.clusterName}`), {}) };
  }

  bucket(name: string): Bucket {
    if (!this.buckets.includes(name)) {
      this.buckets.push(name);
    }
    return { name, uri: (prefix?: string) => `s3://${name}/${prefix ?? ''}` };
  }

  grant(scope: Construct, consumer: string, namespace: string, grants: readonly BucketGrant[]): S3Credentials {
    this.grants.push({ consumer, namespace, grants });
    const secret = new PlatformSecret(scope, `s3-${consumer}`, {
      name: `${consumer}-s3`,
      namespace,
      keys: { accessKey: { generate: { length: 20 } }, secretKey: { generate: { length: 40 } } },
      readers: [consumer],
      description: `object store key of ${consumer}`,
    });
    return { secret, accessKeyKey: 'accessKey', secretKeyKey: 'secretKey' };
  }
}
