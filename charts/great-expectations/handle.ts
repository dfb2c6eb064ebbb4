/** The handle the great-expectations component gives the components that use it (charts/handles.ts). */
import type { Bucket } from '../../constructs/object-store';

/** The quality gate as Airflow and the catalog see it. */
export interface QualityGate {
  readonly namespace: string;
  /** The ConfigMap holding the check pod the dbt DAG launches before it builds gold. */
  readonly runConfigMap: string;
  /** Where the Data Docs site is written. */
  readonly dataDocs: { readonly bucket: Bucket; readonly prefix: string };
}
