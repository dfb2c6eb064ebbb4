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

/** One expiry rule of a bucket's lifecycle: objects under `prefix` are deleted `days` after they were written. */
export interface ExpiryRule {
  readonly id: string;
  /** Key prefix the rule is limited to: path segments ending in "/", never empty. */
  readonly prefix: string;
  readonly days: number;
}

/** A lifecycle configuration as `mc ilm import` reads it: one expiry rule per prefix. */
export interface LifecycleConfiguration {
  readonly Rules: ReadonlyArray<{
    readonly ID: string;
    readonly Status: 'Enabled';
    readonly Filter: { readonly Prefix: string };
    readonly Expiration: { readonly Days: number };
  }>;
}

const EXPIRY_PREFIX = /^([A-Za-z0-9._-]+\/)+$/;

/**
 * The lifecycle configuration of one bucket. Every rule names a prefix: a rule without one
 * would expire every object of the bucket, the files of any table in it included.
 */
export function lifecycleConfiguration(rules: readonly ExpiryRule[]): LifecycleConfiguration {
  if (rules.length === 0) {
    throw new Error('a lifecycle configuration needs at least one rule');
  }
  for (const rule of rules) {
    if (!EXPIRY_PREFIX.test(rule.prefix)) {
      throw new Error(
        `lifecycle rule ${rule.id}: prefix "${rule.prefix}" must be path segments ending in "/" (an empty prefix expires every object of the bucket, table files included)`,
      );
    }
    if (!Number.isInteger(rule.days) || rule.days < 1) {
      throw new Error(`lifecycle rule ${rule.id}: expiration days must be an integer >= 1 (got ${rule.days})`);
    }
  }
  return { Rules: rules.map((r) => ({ ID: r.id, Status: 'Enabled', Filter: { Prefix: r.prefix }, Expiration: { Days: r.days } })) };
}

/** A directory Trino gives a new table: `<table>-<UUID without dashes>` (unique table locations, Trino's default). */
const TABLE_DIRECTORY = /-[0-9a-f]{32}$/;

/**
 * Why an expiry rule of `bucket` could delete files of an Iceberg table, or undefined when it
 * cannot. `locations` are where tables are written (s3://<bucket>/<key>/: the catalog's
 * warehouses and its schemas' locations); `namespaces` are the catalog's namespaces.
 *
 * Trino (TrinoRestCatalog.defaultTableLocation) puts a new table of a schema with a location
 * at `<location>/<table>-<32 hex digits>/`, and every table file (data/, metadata/) lies under
 * that directory. So a rule deletes table files when its prefix covers a location, or when the
 * first path segment it adds below a location is such a table directory, or a namespace the
 * catalog may place under its warehouse. A prefix such as `processed/` below a location names
 * neither and never matches a table file.
 */
export function expiryRuleHitsTables(bucket: string, rule: ExpiryRule, locations: readonly string[], namespaces: readonly string[] = []): string | undefined {
  for (const location of locations) {
    const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(location);
    if (!match) {
      throw new Error(`table location "${location}" is not an s3://<bucket>/ URI`);
    }
    const [, locationBucket, rawKey] = match;
    if (locationBucket !== bucket) {
      continue;
    }
    const key = rawKey === '' || rawKey.endsWith('/') ? rawKey : `${rawKey}/`;
    if (key.startsWith(rule.prefix)) {
      return `lifecycle rule ${rule.id} (prefix "${rule.prefix}") expires the table location ${location} and every table under it`;
    }
    if (rule.prefix.startsWith(key)) {
      const first = rule.prefix.slice(key.length).split('/')[0];
      if (TABLE_DIRECTORY.test(first)) {
        return `lifecycle rule ${rule.id} (prefix "${rule.prefix}") names the directory of a table under ${location}`;
      }
      if (namespaces.includes(first)) {
        return `lifecycle rule ${rule.id} (prefix "${rule.prefix}") covers the namespace ${first}, whose tables the catalog may place under ${location}`;
      }
    }
  }
  return undefined;
}
