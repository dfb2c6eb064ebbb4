/**
 * S3 IAM policy documents generated from typed grants: each consumer's access key may do
 * exactly what its grants say on exactly its buckets (or one prefix of a bucket).
 */
import type { BucketAccess } from '../../constructs/object-store';

/** One grant as the policy sees it: a bucket name, an access level and an optional key prefix. */
export interface PolicyGrant {
  readonly bucket: string;
  readonly access: BucketAccess;
  /** Limit the grant to keys under this prefix (no leading or trailing "/"). @default - the whole bucket */
  readonly prefix?: string;
}

export interface PolicyStatement {
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

const BUCKET_ACTIONS: Readonly<Record<BucketAccess, readonly string[]>> = {
  read: ['s3:GetBucketLocation', 's3:ListBucket'],
  write: ['s3:GetBucketLocation', 's3:ListBucketMultipartUploads'],
  readwrite: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
};

const OBJECT_ACTIONS: Readonly<Record<BucketAccess, readonly string[]>> = {
  read: ['s3:GetObject'],
  write: ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
  readwrite: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
};

/** The policy of one consumer: one pair of statements (bucket, objects) per grant. */
export function policyDocument(grants: readonly PolicyGrant[]): PolicyDocument {
  if (grants.length === 0) {
    throw new Error('a policy needs at least one grant');
  }
  const statements: PolicyStatement[] = [];
  for (const grant of [...grants].sort((a, b) => `${a.bucket}/${a.prefix ?? ''}`.localeCompare(`${b.bucket}/${b.prefix ?? ''}`))) {
    if (grant.prefix !== undefined && !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(grant.prefix)) {
      throw new Error(`grant on bucket ${grant.bucket}: prefix "${grant.prefix}" must be path segments without leading or trailing "/"`);
    }
    const bucketArn = `arn:aws:s3:::${grant.bucket}`;
    statements.push({
      Effect: 'Allow',
      Action: BUCKET_ACTIONS[grant.access],
      Resource: [bucketArn],
      ...(grant.prefix !== undefined ? { Condition: { StringLike: { 's3:prefix': [`${grant.prefix}/*`, `${grant.prefix}/`] } } } : {}),
    });
    statements.push({
      Effect: 'Allow',
      Action: OBJECT_ACTIONS[grant.access],
      Resource: [grant.prefix !== undefined ? `${bucketArn}/${grant.prefix}/*` : `${bucketArn}/*`],
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** A lifecycle configuration (as `mc ilm import` reads it) that expires every object after `days`. */
export function expirationRule(id: string, days: number): { Rules: readonly unknown[] } {
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`lifecycle rule ${id}: expiration days must be an integer >= 1 (got ${days})`);
  }
  return { Rules: [{ ID: id, Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: days } }] };
}
