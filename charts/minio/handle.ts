/** The handles of the minio components (charts/handles.ts): the operator's, and the tenant's. */
import type { DatabaseBackupCatalog, DatabaseBackupProvider } from '../../constructs/database-backups';
import type { ObjectStore } from '../../constructs/object-store';

/**
 * The object store (MinIO today; any S3 store behind the same interface), database backups
 * to it, and the catalog of the databases backed up (read by the restore drills). The building
 * blocks consume ObjectStore (constructs/object-store.ts), so it is defined there.
 */
export type ObjectStoreHandle = ObjectStore & DatabaseBackupProvider & DatabaseBackupCatalog;

/** What the operator hands the tenant. */
export interface MinioOperator {
  readonly namespace: string;
  /** Labels of the operator pods (they call every tenant's S3 port). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Port of the upgrade server the tenant's servers download new binaries from. */
  readonly upgradePort: number;
  /** Lets a tenant's pods into the operator pods' upgrade port (the tenant opens its own egress). */
  allowTenant(namespace: string, podLabels: Readonly<Record<string, string>>): void;
}
