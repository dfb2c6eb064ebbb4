/**
 * The object store, as every S3 client sees it. MinIO implements it today; another S3
 * implementation (Ceph RGW, a vendor appliance) can replace it without touching consumers,
 * because consumers only ever use this interface.
 */
import { Construct } from 'constructs';
import { PlatformSecret } from './secret';

export type BucketAccess = 'read' | 'write' | 'readwrite';

/** A bucket a consumer was handed. */
export interface Bucket {
  readonly name: string;
  /** s3://<bucket>/<prefix> style URI of the bucket root (prefix optional). */
  uri(prefix?: string): string;
}

export interface BucketGrant {
  readonly bucket: Bucket;
  readonly access: BucketAccess;
  /** Limits the grant to keys under this prefix of the bucket (e.g. a read-only key on one folder). @default - the whole bucket */
  readonly prefix?: string;
}

/** Credentials of one consumer, delivered through the secrets backend into its namespace. */
export interface S3Credentials {
  /** The Secret (keys `accessKey`, `secretKey`) in the consumer's namespace. */
  readonly secret: PlatformSecret;
  readonly accessKeyKey: 'accessKey';
  readonly secretKeyKey: 'secretKey';
}

export interface ObjectStore {
  /** https:// endpoint clients use (TLS). */
  readonly endpoint: string;
  readonly host: string;
  readonly port: number;
  readonly region: string;
  /** True when clients must use path-style addressing. */
  readonly pathStyle: boolean;
  /** Namespace and pod labels of the servers, for clients' egress NetworkPolicies. */
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /** Secret (in the store's namespace) and key of the CA bundle that signs the endpoint. @default - the public trust store */
  readonly caSecret?: { readonly name: string; readonly key: string };
  /**
   * A bucket by name. Well-known buckets (bronze, silver, gold, backups) always exist;
   * other names are created because a consumer asked for them.
   */
  bucket(name: string): Bucket;
  /**
   * Gives one consumer its own access key, limited to the granted buckets, as a secret in the
   * consumer's namespace. `scope` is the consumer's construct (the secret is output there).
   */
  grant(scope: Construct, consumer: string, namespace: string, grants: readonly BucketGrant[]): S3Credentials;
}
