/** The handle the spark-streaming component gives later components (the catalog, data quality). */

export interface SparkJobsHandle {
  /** The Iceberg tables the jobs write, `<namespace>.<table>` in the platform catalog. */
  readonly tables: { readonly bronze: string; readonly silver: string };
  /** The Kafka topic the streaming job reads. */
  readonly topic: string;
  /** Where the streaming job keeps its checkpoints (s3a://...). */
  readonly checkpointLocation: string;
}
