/** The handle the kafka-connect component gives (charts/handles.ts): where change events land. */

export interface ChangeDataCapture {
  /** Name of the KafkaConnect resource and its namespace. */
  readonly name: string;
  readonly namespace: string;
  /** Kafka topics the sources write, one per captured table (`cdc.<source>.<schema>.<table>`). */
  readonly topics: readonly string[];
  /** Where the sink lands them: `s3://<bucket>/<prefix>`, one folder per topic. */
  readonly landingUri: string;
}
