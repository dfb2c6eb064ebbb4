/** The handle the dbt component gives later components (the catalog reads its artifacts). */
import type { Bucket } from '../../constructs/object-store';

export interface DbtHandle {
  /** Where each run's manifest.json and catalog.json land: `<prefix>latest/` and `<prefix><run id>/`. */
  readonly artifacts: { readonly bucket: Bucket; readonly prefix: string };
  /** The schemas dbt builds in the iceberg catalog. */
  readonly schemas: readonly string[];
}
