/**
 * The spark-streaming component's alerts: the monitoring component loads them where spark-streaming is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup } from '../../constructs/alerts';

export const SPARK_ALERTS: AlertGroup = {
  name: 'lakeplane.spark',
  subject: 'the streaming ingest into bronze',
  rules: [
    {
      alert: 'SparkStreamingJobDown',
      // The driver serves its metrics while the query runs; no scraped driver means no ingest.
      expr: 'absent(up{job=~".+/stream-to-bronze"} == 1)',
      for: '15m',
      severity: 'critical',
      summary: 'The Kafka -> bronze streaming job has had no running driver for 15 minutes',
      description: 'Events pile up in Kafka and bronze falls behind; once the topic retention passes, unread events are lost. Check the SparkApplication stream-to-bronze and its driver log.',
      runbook: 'incident-response.md#spark-streaming-job-down',
    },
  ],
};
