/**
 * The trino component's alerts and dashboard: the monitoring component loads them where trino is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';

export const TRINO_ALERTS: AlertGroup = {
  name: 'lakeplane.trino',
  subject: 'Trino queued queries and memory pressure',
  rules: [
    {
      alert: 'TrinoQueriesQueued',
      expr: 'sum by (job) (trino_execution_querymanager_queuedqueries) > 10',
      for: '10m',
      severity: 'warning',
      summary: '{{ $value }} Trino queries queued for 10 minutes',
      description: 'The cluster cannot keep up with the query load: scale the workers or look for runaway queries.',
      runbook: 'scale-trino.md#trino-queries-queued',
    },
    {
      alert: 'TrinoMemoryPressure',
      // The bean is trino.memory:type=ClusterMemoryPool,name=general. The exporter's default
      // format names a metric domain_<first key property's value>_<attribute> and turns the
      // other key properties into labels, so the pool is the label name="general", not part
      // of the name (jmxDefaultMetricName in trino.ts; its test checks these names).
      expr: 'sum by (job) (trino_memory_clustermemorypool_freedistributedbytes{name="general"}) / sum by (job) (trino_memory_clustermemorypool_totaldistributedbytes{name="general"}) < 0.10',
      for: '10m',
      severity: 'warning',
      summary: 'Trino general memory pool {{ $value | humanizePercentage }} free',
      description: 'Queries will be blocked or killed for lack of memory.',
      runbook: 'scale-trino.md#trino-memory-pressure',
    },
    {
      alert: 'TrinoQueriesKilledOutOfMemory',
      expr: 'increase(trino_memory_clustermemorymanager_querieskilledduetooutofmemory[15m]) > 0',
      for: '0m',
      severity: 'warning',
      summary: 'Trino killed {{ $value }} queries for lack of memory in 15 minutes',
      description: 'The cluster ran out of memory for at least one query.',
      runbook: 'scale-trino.md#trino-memory-pressure',
    },
  ],
};

export const TRINO_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-trino',
  title: 'Lakeplane / Trino',
  panels: [
    { title: 'Running queries', type: 'stat', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_runningqueries)' }] },
    { title: 'Queued queries', type: 'stat', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_queuedqueries)' }] },
    { title: 'Active workers', type: 'stat', unit: 'short', targets: [{ expr: 'max(trino_metadata_discoverynodemanager_activenodecount)' }] },
    { title: 'Queries over time', unit: 'short', targets: [{ expr: 'sum(trino_execution_querymanager_runningqueries)', legend: 'running' }, { expr: 'sum(trino_execution_querymanager_queuedqueries)', legend: 'queued' }] },
    { title: 'Failed queries per minute', unit: 'short', targets: [{ expr: 'sum(rate(trino_execution_querymanager_failedqueries_totalcount[5m])) * 60', legend: 'failed' }] },
    // The pool is a label in the JMX exporter's default format (see the TrinoMemoryPressure alert).
    { title: 'General pool free', unit: 'percentunit', targets: [{ expr: 'sum(trino_memory_clustermemorypool_freedistributedbytes{name="general"}) / sum(trino_memory_clustermemorypool_totaldistributedbytes{name="general"})', legend: 'free' }] },
    { title: 'JVM heap used', unit: 'bytes', targets: [{ expr: 'sum by (pod) (java_lang_memory_heapmemoryusage_used{job=~".*trino.*"})', legend: '{{pod}}' }] },
  ],
};
