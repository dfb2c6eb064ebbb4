/**
 * The kafka component's alerts and dashboard: the monitoring component loads them where kafka is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';

export const KAFKA_ALERTS: AlertGroup = {
  // Strimzi metrics reporter names (kafka_<group>_<type>_<name>, lower case) on brokers and
  // controllers; Kafka Exporter's kafka_consumergroup_lag per group, topic and partition.
  name: 'lakeplane.kafka',
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
};

export const KAFKA_DASHBOARD: DashboardSpec = {
  uid: 'lakeplane-kafka',
  title: 'Lakeplane / Kafka',
  panels: [
    { title: 'Under-replicated partitions', type: 'stat', unit: 'short', targets: [{ expr: 'sum(kafka_server_replicamanager_underreplicatedpartitions)' }] },
    { title: 'Offline partitions', type: 'stat', unit: 'short', targets: [{ expr: 'max(kafka_controller_kafkacontroller_offlinepartitionscount)' }] },
    { title: 'Active controllers', type: 'stat', unit: 'short', targets: [{ expr: 'sum(kafka_controller_kafkacontroller_activecontrollercount)' }] },
    { title: 'Partitions', type: 'stat', unit: 'short', targets: [{ expr: 'sum(kafka_server_replicamanager_partitioncount)' }] },
    { title: 'Bytes in per broker', unit: 'Bps', targets: [{ expr: 'sum by (pod) (rate(kafka_server_brokertopicmetrics_bytesin_total[5m]))', legend: '{{pod}}' }] },
    { title: 'Bytes out per broker', unit: 'Bps', targets: [{ expr: 'sum by (pod) (rate(kafka_server_brokertopicmetrics_bytesout_total[5m]))', legend: '{{pod}}' }] },
    { title: 'Consumer lag by group', unit: 'short', targets: [{ expr: 'sum by (consumergroup, topic) (kafka_consumergroup_lag)', legend: '{{consumergroup}} {{topic}}' }] },
    { title: 'Broker volume free', unit: 'percentunit', targets: [{ expr: 'kubelet_volume_stats_available_bytes{namespace="kafka"} / kubelet_volume_stats_capacity_bytes{namespace="kafka"}', legend: '{{persistentvolumeclaim}}' }] },
  ],
};
