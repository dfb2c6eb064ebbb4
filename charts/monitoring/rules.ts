/**
 * The platform's alerts: the architecture document's key metrics (object store disk and
 * latency, Trino queue and memory, node CPU and memory, pod restarts) and what it implies
 * (PostgreSQL backups and WAL archiving against the 15-minute RPO, Velero backups,
 * certificate expiry, ArgoCD sync and health). Each alert names its runbook section.
 *
 * Metric names are those the exporters publish: MinIO's v2 metrics (store-wide figures such as
 * capacity come from every server alike and are read with max(), see MINIO_METRICS_ENDPOINTS), Trino's JMX
 * exporter (lower-cased names, default rule: domain_bean_attribute), node exporter, kube-state-metrics, CloudNativePG's default monitoring queries,
 * Velero, cert-manager and ArgoCD.
 */

import type { ComponentId } from '../spec';

import { DRILL_METRICS } from '../../constructs/restore-drill';

export type Severity = 'critical' | 'warning';

export interface AlertSpec {
  readonly alert: string;
  readonly expr: string;
  /** How long the condition holds before the alert fires. */
  readonly for: string;
  readonly severity: Severity;
  /** One line; may use {{ $labels.x }} and {{ $value }}. */
  readonly summary: string;
  readonly description: string;
  /** Runbook file under docs/runbooks/ and the section anchor: 'incident-response.md#pod-restarting'. */
  readonly runbook: string;
}

export interface AlertGroup {
  readonly name: string;
  /** The component whose workloads the group watches: the group exists only where it is built. @default - platform-wide */
  readonly component?: ComponentId;
  /** What the group watches (one of the document's key metrics). */
  readonly subject: string;
  readonly rules: readonly AlertSpec[];
}

/** The 15-minute recovery point objective of the PostgreSQL backup strategy, in seconds. */
export const WAL_RPO_SECONDS = 15 * 60;
/** A daily backup plus two hours of slack. */
export const DAILY_BACKUP_MAX_AGE_SECONDS = 26 * 3600;

export const ALERT_GROUPS: readonly AlertGroup[] = [
  {
    name: 'lakeplane.object-store',
    subject: 'object store disk usage and request latency',
    rules: [
      {
        alert: 'ObjectStoreDiskUsageHigh',
        expr: 'max by (job) (minio_cluster_capacity_usable_free_bytes) / max by (job) (minio_cluster_capacity_usable_total_bytes) < 0.20',
        for: '30m',
        severity: 'warning',
        summary: 'Object store has less than 20% usable capacity left ({{ $value | humanizePercentage }} free)',
        description: 'Usable capacity is running out. Expire data (bronze lifecycle), add drives, or plan a new server pool before writes fail.',
        runbook: 'incident-response.md#object-store-disk-filling-up',
      },
      {
        alert: 'ObjectStoreDiskUsageCritical',
        expr: 'max by (job) (minio_cluster_capacity_usable_free_bytes) / max by (job) (minio_cluster_capacity_usable_total_bytes) < 0.10',
        for: '10m',
        severity: 'critical',
        summary: 'Object store has less than 10% usable capacity left ({{ $value | humanizePercentage }} free)',
        description: 'Writes will fail soon. Stop non-essential ingestion and free space now.',
        runbook: 'incident-response.md#object-store-disk-filling-up',
      },
      {
        alert: 'ObjectStoreDriveOffline',
        expr: 'max by (job) (minio_cluster_drive_offline_total) > 0',
        for: '5m',
        severity: 'critical',
        summary: '{{ $value }} object store drive(s) offline',
        description: 'Erasure coding tolerates a limited number of lost drives; replace or bring the drive back before another fails.',
        runbook: 'incident-response.md#object-store-disk-filling-up',
      },
      {
        alert: 'ObjectStoreRequestLatencyHigh',
        expr: 'histogram_quantile(0.99, sum by (le, job) (rate(minio_s3_requests_ttfb_seconds_distribution[5m]))) > 1',
        for: '15m',
        severity: 'warning',
        summary: 'Object store p99 time to first byte is {{ $value | humanizeDuration }}',
        description: 'S3 requests are slow: queries and ingestion slow down with them. Check drive health, network and request rate.',
        runbook: 'incident-response.md#object-store-requests-slow',
      },
    ],
  },
  {
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
  },
  {
    name: 'lakeplane.nodes',
    subject: 'node CPU and memory',
    rules: [
      {
        alert: 'NodeCpuHigh',
        expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',
        for: '15m',
        severity: 'warning',
        summary: 'Node {{ $labels.instance }} CPU {{ $value | humanizePercentage }} busy for 15 minutes',
        description: 'Sustained CPU saturation slows every pod on the node.',
        runbook: 'incident-response.md#node-cpu-high',
      },
      {
        alert: 'NodeMemoryLow',
        expr: 'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes < 0.10',
        for: '10m',
        severity: 'critical',
        summary: 'Node {{ $labels.instance }} has {{ $value | humanizePercentage }} memory available',
        description: 'The kernel will start killing pods (OOM) or the kubelet will evict them.',
        runbook: 'incident-response.md#node-memory-low',
      },
    ],
  },
  {
    name: 'lakeplane.pods',
    subject: 'pod restarts',
    rules: [
      {
        alert: 'PodRestartLoop',
        expr: 'increase(kube_pod_container_status_restarts_total[15m]) > 3',
        for: '5m',
        severity: 'warning',
        summary: '{{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) restarted {{ $value }} times in 15 minutes',
        description: 'A container keeps crashing; its service is degraded or down.',
        runbook: 'incident-response.md#pod-restarting',
      },
    ],
  },
  {
    name: 'lakeplane.postgresql',
    subject: 'PostgreSQL backups and WAL archiving (15-minute RPO)',
    rules: [
      {
        alert: 'PostgresBackupTooOld',
        expr: `time() - max by (namespace, cluster) (cnpg_collector_last_available_backup_timestamp > 0) > ${DAILY_BACKUP_MAX_AGE_SECONDS}`,
        for: '15m',
        severity: 'critical',
        summary: 'Last successful backup of {{ $labels.namespace }}/{{ $labels.cluster }} is {{ $value | humanizeDuration }} old',
        description: 'The daily base backup did not complete: a restore would have to replay more WAL, or fail.',
        runbook: 'postgres-point-in-time-restore.md#backup-too-old',
      },
      {
        alert: 'PostgresWalArchivingBehind',
        expr: `max by (namespace, pod) (cnpg_pg_stat_archiver_seconds_since_last_archival) > ${WAL_RPO_SECONDS}`,
        for: '5m',
        severity: 'critical',
        summary: '{{ $labels.namespace }}/{{ $labels.pod }} archived no WAL for {{ $value | humanizeDuration }} (RPO is 15 minutes)',
        description: 'Transactions since the last archived segment would be lost in a disaster: the recovery point objective is not met.',
        runbook: 'postgres-point-in-time-restore.md#wal-archiving-behind',
      },
      {
        alert: 'PostgresWalArchivingFailing',
        expr: 'increase(cnpg_pg_stat_archiver_failed_count[10m]) > 0',
        for: '5m',
        severity: 'critical',
        summary: '{{ $labels.namespace }}/{{ $labels.pod }} fails to archive WAL',
        description: 'WAL segments pile up on the database volume and the recovery point falls behind.',
        runbook: 'postgres-point-in-time-restore.md#wal-archiving-behind',
      },
    ],
  },
  {
    name: 'lakeplane.velero',
    subject: 'Velero backup failures',
    rules: [
      {
        alert: 'VeleroBackupFailed',
        expr: 'increase(velero_backup_failure_total[1h]) > 0 or increase(velero_backup_partial_failure_total[1h]) > 0',
        for: '0m',
        severity: 'critical',
        summary: 'Velero backup of schedule {{ $labels.schedule }} failed',
        description: 'The nightly save point is missing or incomplete.',
        runbook: 'disaster-recovery.md#velero-backup-failed',
      },
      {
        alert: 'VeleroBackupTooOld',
        expr: `time() - max by (schedule) (velero_backup_last_successful_timestamp{schedule!=""}) > ${DAILY_BACKUP_MAX_AGE_SECONDS}`,
        for: '15m',
        severity: 'critical',
        summary: 'Last successful Velero backup of {{ $labels.schedule }} is {{ $value | humanizeDuration }} old',
        description: 'No complete cluster backup in more than a day.',
        runbook: 'disaster-recovery.md#velero-backup-failed',
      },
    ],
  },
  {
    name: 'lakeplane.restore-drills',
    component: 'restore-drills',
    subject: 'restore drills: every backup restored on a schedule, verified, and timed against the RTO',
    rules: [
      {
        alert: 'RestoreDrillFailed',
        expr: `max by (drill, kind) (${DRILL_METRICS.success}) == 0`,
        for: '0m',
        severity: 'critical',
        summary: 'Restore drill {{ $labels.drill }} ({{ $labels.kind }}) failed',
        description: 'The latest restore of this backup did not come back verified. Until a drill passes, nobody knows this backup can be restored.',
        runbook: 'restore-drill.md#restoredrillfailed',
      },
      {
        alert: 'RestoreDrillOverdue',
        // No success within the schedule's longest gap plus a day; a drill that never succeeded
        // counts from its CronJob's creation (kube-state-metrics), so a new drill is not overdue at once.
        expr: [
          `time() - max by (drill, kind) (${DRILL_METRICS.lastSuccess}) > on (drill, kind) max by (drill, kind) (${DRILL_METRICS.overdueAfter})`,
          `or (time() - max by (drill) (label_replace(kube_cronjob_created{cronjob=~"restore-drill-.+"}, "drill", "$1", "cronjob", "restore-drill-(.+)")))`,
          `> on (drill) max by (drill) (${DRILL_METRICS.overdueAfter}) unless on (drill) max by (drill) (${DRILL_METRICS.lastSuccess})`,
        ].join(' '),
        for: '1h',
        severity: 'critical',
        summary: 'Restore drill {{ $labels.drill }} has not succeeded for {{ $value | humanizeDuration }}',
        description: 'The drill did not run (suspended, never scheduled, its Job stopped before writing a result) or kept failing: the backup is unproven.',
        runbook: 'restore-drill.md#restoredrilloverdue',
      },
      {
        alert: 'RestoreSlowerThanRTO',
        expr: `max by (drill, kind) (${DRILL_METRICS.duration}) > on (drill, kind) max by (drill, kind) (${DRILL_METRICS.rto})`,
        for: '0m',
        severity: 'warning',
        summary: 'Restore drill {{ $labels.drill }} took {{ $value | humanizeDuration }}, longer than the recovery time objective',
        description: 'A real restore of this backup would take longer than the platform promises. Find the slow step in the drill log before it is needed.',
        runbook: 'restore-drill.md#restoreslowerthanrto',
      },
    ],
  },
  {
    name: 'lakeplane.certificates',
    subject: 'certificate expiry',
    rules: [
      {
        alert: 'CertificateExpiringSoon',
        expr: 'certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 86400',
        for: '1h',
        severity: 'warning',
        summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}',
        description: 'cert-manager renews 30 days before expiry by default; a certificate this close to expiry failed to renew.',
        runbook: 'incident-response.md#certificate-expiring',
      },
      {
        alert: 'CertificateExpiryCritical',
        expr: 'certmanager_certificate_expiration_timestamp_seconds - time() < 3 * 86400',
        for: '10m',
        severity: 'critical',
        summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}',
        description: 'Clients will refuse the service when it expires.',
        runbook: 'incident-response.md#certificate-expiring',
      },
      {
        alert: 'CertificateNotReady',
        expr: 'max by (namespace, name) (certmanager_certificate_ready_status{condition="False"}) == 1',
        for: '30m',
        severity: 'warning',
        summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready',
        description: 'cert-manager cannot issue or renew it.',
        runbook: 'incident-response.md#certificate-expiring',
      },
    ],
  },
  {
    name: 'lakeplane.argocd',
    subject: 'ArgoCD application out of sync or degraded',
    rules: [
      {
        alert: 'ArgoCdAppOutOfSync',
        expr: 'max by (name, project) (argocd_app_info{sync_status="OutOfSync"}) == 1',
        for: '30m',
        severity: 'warning',
        summary: 'ArgoCD application {{ $labels.name }} out of sync for 30 minutes',
        description: 'The cluster does not run what git says; automated sync keeps failing or was disabled.',
        runbook: 'incident-response.md#argocd-application-out-of-sync',
      },
      {
        alert: 'ArgoCdAppDegraded',
        expr: 'max by (name, project, health_status) (argocd_app_info{health_status=~"Degraded|Missing"}) == 1',
        for: '15m',
        severity: 'critical',
        summary: 'ArgoCD application {{ $labels.name }} is {{ $labels.health_status }}',
        description: 'Resources of the application are unhealthy.',
        runbook: 'incident-response.md#argocd-application-degraded',
      },
    ],
  },
  {
    name: 'lakeplane.airflow',
    component: 'airflow',
    subject: 'Airflow scheduler heartbeat',
    rules: [
      {
        alert: 'AirflowSchedulerDown',
        // Absent counts as down: with the StatsD exporter (or every scheduler) gone there is no
        // series at all, and a rate over nothing is nothing, not 0.
        expr: 'sum(rate(airflow_scheduler_heartbeat[5m])) == 0 or absent(airflow_scheduler_heartbeat)',
        for: '10m',
        severity: 'critical',
        summary: 'No Airflow scheduler heartbeat for 10 minutes',
        description: 'No DAG runs are scheduled while every scheduler is down. No heartbeat series at all means the StatsD exporter is down or unscraped: check it first.',
        runbook: 'incident-response.md#pod-restarting',
      },
    ],
  },
  {
    name: 'lakeplane.spark',
    component: 'spark-streaming',
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
  },
  {
    // Strimzi metrics reporter names (kafka_<group>_<type>_<name>, lower case) on brokers and
    // controllers; Kafka Exporter's kafka_consumergroup_lag per group, topic and partition.
    name: 'lakeplane.kafka',
    component: 'kafka',
    subject: 'Kafka replication, partition availability and consumer lag',
    rules: [
      {
        alert: 'KafkaUnderReplicatedPartitions',
        expr: 'sum by (namespace) (kafka_server_replicamanager_underreplicatedpartitions) > 0',
        for: '10m',
        severity: 'warning',
        summary: '{{ $value }} Kafka partition(s) have fewer in-sync replicas than replicas',
        description: 'A broker is down, slow or out of disk: one more failure and writes with min.insync.replicas stop. Find the broker that left the ISR.',
        runbook: 'incident-response.md#kafka-partitions-under-replicated',
      },
      {
        alert: 'KafkaOfflinePartitions',
        // Reported by the active controller; every other node reports 0.
        expr: 'max by (namespace) (kafka_controller_kafkacontroller_offlinepartitionscount) > 0',
        for: '1m',
        severity: 'critical',
        summary: '{{ $value }} Kafka partition(s) have no leader',
        description: 'Producers and consumers of those partitions fail: change capture stops and the streaming job waits. Bring the brokers holding their replicas back.',
        runbook: 'incident-response.md#kafka-partitions-offline',
      },
      {
        alert: 'KafkaNoActiveController',
        expr: 'sum by (namespace) (kafka_controller_kafkacontroller_activecontrollercount) != 1',
        for: '5m',
        severity: 'critical',
        summary: 'The KRaft quorum has {{ $value }} active controllers instead of 1',
        description: 'Without exactly one active controller no leader is elected and no topic changes. Check that a majority of the controllers is up.',
        runbook: 'incident-response.md#kafka-partitions-offline',
      },
      {
        alert: 'KafkaConsumerLagHigh',
        // Kafka Exporter sees a group's lag from its committed offsets: Connect's sink (connect-bronze-sink)
        // commits; the streaming job's Spark source groups (spark-*) only when the job commits its progress.
        expr: 'sum by (consumergroup, topic) (kafka_consumergroup_lag{consumergroup=~"spark-.*|connect-.*"}) > 100000',
        for: '15m',
        severity: 'warning',
        summary: 'Consumer group {{ $labels.consumergroup }} is {{ $value }} records behind on {{ $labels.topic }}',
        description: 'Bronze falls behind the source and, past the topic retention, unread records are lost. Check the consumer (the streaming job or the bronze sink) before the topic expires them.',
        runbook: 'incident-response.md#kafka-consumer-lag-growing',
      },
    ],
  },
];

/** Every alert, flat. */
export function allAlerts(groups: readonly AlertGroup[] = ALERT_GROUPS): AlertSpec[] {
  return groups.flatMap((g) => g.rules);
}
