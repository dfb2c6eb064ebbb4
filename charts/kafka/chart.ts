/**
 * kafka: the Strimzi cluster operator (upstream chart, CRDs from the chart) and the platform's
 * Kafka cluster in KRaft mode: a `controllers` and a `brokers` KafkaNodePool, one TLS listener
 * with SCRAM-SHA-512 users, simple authorization (ACLs per user), topics as KafkaTopics, and
 * metrics from the Strimzi metrics reporter and Kafka Exporter (consumer lag).
 *
 * Strimzi 1.2 has no ZooKeeper (removed in 0.46) and serves only the v1 API (1.0 removed
 * v1beta2); replicas and storage live in the node pools (phase2-3-facts §2). The operator runs
 * its operands with the restricted pod security provider, so every Kafka pod meets
 * "restricted" like everything else; the price is that Connect cannot build images in the
 * cluster (kafka-connect uses a pre-built image).
 *
 * Clients reach the cluster through the handle only: `addUser` makes the KafkaUser here and
 * its password in the client's namespace (one generated value, two Secrets: sameAs), and opens
 * the network path; `addTopic` makes the KafkaTopic. The listener's certificate comes from
 * the platform's internal CA, so clients verify it with the platform CA bundle they already
 * trust.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  Kafka,
  KafkaSpecEntityOperatorTopicOperatorResourcesLimits as EoLimits,
  KafkaSpecEntityOperatorTopicOperatorResourcesRequests as EoRequests,
  KafkaSpecEntityOperatorUserOperatorResourcesLimits as UoLimits,
  KafkaSpecEntityOperatorUserOperatorResourcesRequests as UoRequests,
  KafkaSpecKafkaAuthorizationType,
  KafkaSpecKafkaExporterResourcesLimits as ExLimits,
  KafkaSpecKafkaExporterResourcesRequests as ExRequests,
  KafkaSpecKafkaListenersAuthenticationType,
  KafkaSpecKafkaListenersType,
  KafkaSpecKafkaMetricsConfigType,
  KafkaSpecKafkaRackType,
} from '../../imports/kafka.strimzi.io_kafka-kafka.strimzi.io';
import {
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecResourcesRequests,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
  KafkaNodePoolSpecStorageVolumesKraftMetadata,
  KafkaNodePoolSpecStorageVolumesType,
} from '../../imports/kafka.strimzi.io_kafkanodepool-kafka.strimzi.io';
import { KafkaTopic } from '../../imports/kafka.strimzi.io_kafkatopic-kafka.strimzi.io';
import {
  KafkaUser,
  KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAclsOperations,
  KafkaUserSpecAuthorizationAclsResourcePatternType,
  KafkaUserSpecAuthorizationAclsResourceType,
  KafkaUserSpecAuthorizationType,
} from '../../imports/kafka.strimzi.io_kafkauser-kafka.strimzi.io';
import { ObjectWave, protectData, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { InternalCertificate, serviceDnsNames } from '../../constructs/certificate';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority } from '../../constructs/ingress';
import { LABEL_COMPONENT, LABEL_POOL } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { assertDnsLabel, resourceName } from '../../constructs/naming';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, assertSize, cpuQuantity, memoryQuantity, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { defineComponent } from '../spec';
import type { KafkaConfig } from './config';
import type { KafkaAcl, KafkaClientCredentials, KafkaCluster, KafkaTopicRef, KafkaTopicSpec } from './handle';
import type { StrimziValues } from './values';
import { KAFKA_ALERTS, KAFKA_DASHBOARD } from './alerts';

export const KAFKA = 'kafka';
/** The Kafka resource's name: Strimzi names its Services and pods after it. */
export const KAFKA_CLUSTER = 'lakehouse';

/**
 * Ports. `tls` is the clients' listener; Strimzi adds its own replication (9091) and
 * controller (9090) listeners; metrics are served on `tcp-prometheus` by the metrics
 * reporter and Kafka Exporter (packaging/examples/metrics), Connect's REST API on 8083.
 */
export const KAFKA_PORTS = { tls: 9093, metrics: 9404, connectRest: 8083 } as const;

/**
 * Pod labels Strimzi sets: the cluster operator's come from the chart's Deployment template;
 * every operand pod of a Kafka carries `strimzi.io/cluster` and `strimzi.io/kind: Kafka`
 * (brokers, controllers, entity operator, Kafka Exporter), node pool pods `strimzi.io/pool-name`
 * and brokers `strimzi.io/broker-role: "true"`; a KafkaConnect's pods `strimzi.io/kind: KafkaConnect`.
 */
const OPERATOR_POD_LABELS = { 'strimzi.io/kind': 'cluster-operator' } as const;
const CLUSTER_LABEL = 'strimzi.io/cluster';
const POOL_LABEL = 'strimzi.io/pool-name';

const POOLS = { brokers: 'brokers', controllers: 'controllers' } as const;

/** Seven days, Kafka's own default retention. */
const DEFAULT_RETENTION_HOURS = 168;

export interface KafkaChartProps {
  readonly common: PlatformCommon;
  readonly config?: KafkaConfig;
  readonly authority: CertificateAuthority;
}

/** Sizes and counts after defaults, as the chart applies them. */
export interface KafkaSizing {
  readonly operatorReplicas: number;
  readonly brokers: number;
  readonly controllers: number;
  readonly broker: ContainerSize;
  readonly controller: ContainerSize;
  readonly brokerStorageGiB: number;
  readonly controllerStorageGiB: number;
  readonly storageClass: string;
  readonly rackTopologyKey: string;
  /** Replication factor of topics and internal topics; min.insync.replicas is one less (at least 1). */
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly partitions: number;
}

export function kafkaSizing(common: PlatformCommon, config: KafkaConfig = {}): KafkaSizing {
  const production = common.profile === 'production';
  const operatorReplicas = config.operatorReplicas ?? (production ? 2 : 1);
  const brokers = config.brokers ?? (production ? 3 : 1);
  const controllers = config.controllers ?? (production ? 3 : 1);
  if (controllers % 2 === 0) {
    throw new Error(`kafka.controllers must be odd: a KRaft quorum of ${controllers} survives no more failures than ${controllers - 1} (got ${controllers}; use ${controllers - 1} or ${controllers + 1})`);
  }
  const broker: ContainerSize = { cpu: config.brokerCpu ?? (production ? 4 : 0.5), memoryGiB: config.brokerMemoryGiB ?? (production ? 8 : 2) };
  const controller: ContainerSize = { cpu: config.controllerCpu ?? (production ? 1 : 0.25), memoryGiB: config.controllerMemoryGiB ?? (production ? 2 : 1) };
  assertSize(broker, 'kafka.broker');
  assertSize(controller, 'kafka.controller');
  const replicationFactor = Math.min(3, brokers);
  return {
    operatorReplicas,
    brokers,
    controllers,
    broker,
    controller,
    brokerStorageGiB: config.brokerStorageGiB ?? (production ? 500 : 20),
    controllerStorageGiB: config.controllerStorageGiB ?? (production ? 20 : 5),
    storageClass: config.storageClass ?? common.storageClasses.default,
    rackTopologyKey: config.rackTopologyKey ?? 'kubernetes.io/hostname',
    replicationFactor,
    minInsyncReplicas: Math.max(1, replicationFactor - 1),
    partitions: production ? 3 : 1,
  };
}

/** Half the container's memory for the heap; the rest is page cache and off-heap buffers. */
function heap(memoryGiB: number): string {
  return `${Math.floor((memoryGiB * 1024) / 2)}m`;
}

export class KafkaChart extends PlatformChart {
  readonly handle: KafkaCluster;
  readonly sizing: KafkaSizing;
  readonly values: StrimziValues;
  readonly kafka: Kafka;

  constructor(scope: Construct, props: KafkaChartProps) {
    super(scope, { component: KAFKA, common: props.common, phase: 2, namespace: KAFKA });
    const common = props.common;
    const sizing = kafkaSizing(common, props.config);
    this.sizing = sizing;
    const namespace = new PlatformNamespace(this, 'namespace', { name: KAFKA });

    this.values = this.operator(namespace, sizing);

    // The listener's certificate: the bootstrap Service and every broker's per-pod name
    // (`<pod>.<cluster>-kafka-brokers.<ns>.svc`, advertised without the cluster domain).
    const bootstrap = `${KAFKA_CLUSTER}-kafka-bootstrap`;
    const cert = new InternalCertificate(this, 'listener-tls', {
      name: `${KAFKA_CLUSTER}-listener-tls`,
      namespace: namespace.name,
      dnsNames: [...serviceDnsNames(bootstrap, namespace.name), `*.${KAFKA_CLUSTER}-kafka-brokers.${namespace.name}.svc`, `*.${KAFKA_CLUSTER}-kafka-brokers.${namespace.name}.svc.cluster.local`],
      authority: props.authority,
      // Kafka reads PEM keys only in PKCS#8.
      privateKeyEncoding: 'PKCS8',
    });

    this.kafka = this.cluster(namespace, sizing, cert.secretName);
    this.nodePools(namespace, sizing);

    const brokerPodLabels = { [CLUSTER_LABEL]: KAFKA_CLUSTER, 'strimzi.io/broker-role': 'true' };
    this.networkPolicies(namespace);

    // Brokers and controllers (metrics reporter) and Kafka Exporter (topics, consumer lag) serve
    // tcp-prometheus; the entity operator has no such port (Strimzi's example PodMonitor does the same).
    new PodMetrics(this, 'metrics', {
      name: KAFKA_CLUSTER,
      namespace: namespace.name,
      selector: { [CLUSTER_LABEL]: KAFKA_CLUSTER, 'strimzi.io/kind': 'Kafka' },
      port: 'tcp-prometheus',
      portNumber: KAFKA_PORTS.metrics,
    });

    const access = new KafkaAccess(this, namespace, sizing, brokerPodLabels);
    for (const [name, topic] of Object.entries(props.config?.topics ?? {})) {
      access.addTopic(name, topic);
    }
    this.handle = access;
  }

  /** The Strimzi chart: the cluster operator, watching every namespace (Connect has its own). */
  private operator(namespace: PlatformNamespace, sizing: KafkaSizing): StrimziValues {
    const common = this.common;
    const size: ContainerSize = common.profile === 'production' ? { cpu: 0.2, memoryGiB: 0.5 } : { cpu: 0.1, memoryGiB: 0.375 };
    const values: StrimziValues = {
      replicas: sizing.operatorReplicas,
      watchAnyNamespace: true,
      defaultImageRegistry: common.images.registry('quay.io'),
      labels: { [LABEL_COMPONENT]: KAFKA },
      // The operand pods' security contexts (phase2-3-facts §2: the default is baseline).
      extraEnvs: [{ name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' }],
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
      resources: toResources(size),
      topologySpreadConstraints:
        sizing.operatorReplicas >= 2 ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { ...OPERATOR_POD_LABELS } } }] : [],
      podDisruptionBudget: sizing.operatorReplicas >= 2 ? { enabled: true, minAvailable: sizing.operatorReplicas - 1 } : { enabled: false },
      generateNetworkPolicy: true,
      dashboards: { enabled: false },
    };
    new HelmApplication<StrimziValues>(this, 'operator', {
      chart: 'strimzi',
      releaseName: 'strimzi',
      namespace: namespace.name,
      values,
      // The chart owns the Kafka and KafkaNodePool CRDs: deleting it deletes the cluster and
      // every log volume claim with it. The Application never cascades.
      holdsData: true,
    });
    this.declareWorkload({ name: 'strimzi-cluster-operator', replicas: sizing.operatorReplicas, size });
    return values;
  }

  private cluster(namespace: PlatformNamespace, sizing: KafkaSizing, certSecret: string): Kafka {
    const production = this.common.profile === 'production';
    const eo: ContainerSize = production ? { cpu: 0.1, memoryGiB: 0.5 } : { cpu: 0.05, memoryGiB: 0.25 };
    const exporter: ContainerSize = production ? { cpu: 0.1, memoryGiB: 0.25 } : { cpu: 0.05, memoryGiB: 0.125 };
    const rf = sizing.replicationFactor;
    const minIsr = sizing.minInsyncReplicas;
    const kafka = new Kafka(this, 'kafka', {
      metadata: { name: KAFKA_CLUSTER, namespace: namespace.name },
      spec: {
        kafka: {
          // Strimzi 1.2.0's default and newest (kafka-versions.yaml).
          version: '4.3.1',
          metadataVersion: '4.3-IV0',
          listeners: [
            {
              name: 'tls',
              port: KAFKA_PORTS.tls,
              type: KafkaSpecKafkaListenersType.INTERNAL,
              tls: true,
              authentication: { type: KafkaSpecKafkaListenersAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512 },
              configuration: { brokerCertChainAndKey: { secretName: certSecret, certificate: 'tls.crt', key: 'tls.key' } },
            },
          ],
          authorization: { type: KafkaSpecKafkaAuthorizationType.SIMPLE },
          rack: { type: KafkaSpecKafkaRackType.TOPOLOGY_HYPHEN_LABEL, topologyKey: sizing.rackTopologyKey },
          config: {
            'default.replication.factor': rf,
            'min.insync.replicas': minIsr,
            'offsets.topic.replication.factor': rf,
            'transaction.state.log.replication.factor': rf,
            'transaction.state.log.min.isr': minIsr,
            // Topics exist because someone declared them (KafkaTopic), never by a typo.
            'auto.create.topics.enable': false,
          },
          metricsConfig: { type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER },
          // One broker down at a time; with one broker there is nothing to keep up.
          template: { podDisruptionBudget: { maxUnavailable: 1 } },
        },
        entityOperator: {
          topicOperator: { resources: { requests: { cpu: EoRequests.fromString(cpuQuantity(eo.cpu)), memory: EoRequests.fromString(memoryQuantity(eo.memoryGiB)) }, limits: { memory: EoLimits.fromString(memoryQuantity(eo.memoryGiB)) } } },
          userOperator: { resources: { requests: { cpu: UoRequests.fromString(cpuQuantity(eo.cpu)), memory: UoRequests.fromString(memoryQuantity(eo.memoryGiB)) }, limits: { memory: UoLimits.fromString(memoryQuantity(eo.memoryGiB)) } } },
        },
        // Consumer-group lag (kafka_consumergroup_lag) for the streaming job's alert.
        kafkaExporter: {
          groupRegex: '.*',
          topicRegex: '.*',
          resources: { requests: { cpu: ExRequests.fromString(cpuQuantity(exporter.cpu)), memory: ExRequests.fromString(memoryQuantity(exporter.memoryGiB)) }, limits: { memory: ExLimits.fromString(memoryQuantity(exporter.memoryGiB)) } },
        },
      },
    });
    protectData(kafka, 'the Kafka cluster: its topics and the records in them');
    setWave(kafka, ObjectWave.JOBS);
    this.declareWorkload({ name: `${KAFKA_CLUSTER}-entity-operator`, replicas: 1, size: { cpu: eo.cpu * 2, memoryGiB: eo.memoryGiB * 2 } });
    this.declareWorkload({ name: `${KAFKA_CLUSTER}-kafka-exporter`, replicas: 1, size: exporter });
    return kafka;
  }

  /** The controllers and brokers, each pool spread one pod per node and on the kafka pool when there is one. */
  private nodePools(namespace: PlatformNamespace, sizing: KafkaSizing): void {
    const kafkaPools = this.common.nodePools.filter((p) => p.role === 'kafka').map((p) => p.name);
    // One pod of a pool per node (required anti-affinity): a pool of role kafka needs as many nodes.
    const kafkaNodes = this.common.nodePools.filter((p) => p.role === 'kafka').reduce((n, p) => n + p.count, 0);
    const widest = Math.max(sizing.brokers, sizing.controllers);
    if (kafkaPools.length > 0 && kafkaNodes < widest) {
      throw new Error(
        `kafka: ${widest} ${sizing.brokers >= sizing.controllers ? 'brokers' : 'controllers'} are kept one per node, but the node pools of role kafka (${kafkaPools.join(', ')}) have ${kafkaNodes} node(s): add nodes to them or lower kafka.brokers and kafka.controllers`,
      );
    }
    if (kafkaPools.length === 0 && widest > 1) {
      this.warn(`kafka: no node pool has role kafka, so the ${sizing.brokers} brokers and ${sizing.controllers} controllers spread over the workers; production needs ${widest} nodes of role kafka (README: where this differs from the architecture document)`);
    }
    const pools = [
      { name: POOLS.controllers, role: KafkaNodePoolSpecRoles.CONTROLLER, replicas: sizing.controllers, size: sizing.controller, storageGiB: sizing.controllerStorageGiB },
      { name: POOLS.brokers, role: KafkaNodePoolSpecRoles.BROKER, replicas: sizing.brokers, size: sizing.broker, storageGiB: sizing.brokerStorageGiB },
    ];
    for (const pool of pools) {
      const podLabels = { [CLUSTER_LABEL]: KAFKA_CLUSTER, [POOL_LABEL]: pool.name };
      const nodePool = new KafkaNodePool(this, `pool-${pool.name}`, {
        metadata: { name: pool.name, namespace: namespace.name, labels: { [CLUSTER_LABEL]: KAFKA_CLUSTER } },
        spec: {
          replicas: pool.replicas,
          roles: [pool.role],
          storage: {
            type: KafkaNodePoolSpecStorageType.JBOD,
            volumes: [
              {
                id: 0,
                type: KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
                size: `${pool.storageGiB}Gi`,
                class: sizing.storageClass,
                deleteClaim: false,
                // The KRaft metadata log shares the data volume (at most one volume may carry it).
                kraftMetadata: KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
              },
            ],
          },
          resources: {
            requests: { cpu: KafkaNodePoolSpecResourcesRequests.fromString(cpuQuantity(pool.size.cpu)), memory: KafkaNodePoolSpecResourcesRequests.fromString(memoryQuantity(pool.size.memoryGiB)) },
            limits: { memory: KafkaNodePoolSpecResourcesLimits.fromString(memoryQuantity(pool.size.memoryGiB)) },
          },
          jvmOptions: { xms: heap(pool.size.memoryGiB), xmx: heap(pool.size.memoryGiB) },
          template: {
            pod: {
              metadata: { labels: { [LABEL_COMPONENT]: KAFKA } },
              affinity: {
                nodeAffinity:
                  kafkaPools.length > 0
                    ? { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: LABEL_POOL, operator: 'In', values: kafkaPools }] }] } }
                    : undefined,
                // One pod of a pool per node: a node's loss takes one replica of a partition, never two.
                podAntiAffinity:
                  pool.replicas > 1 ? { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: podLabels } }] } : undefined,
              },
            },
          },
        },
      });
      protectData(nodePool, `the ${pool.name}' volumes: ${pool.role === KafkaNodePoolSpecRoles.BROKER ? 'the topics\' records' : 'the KRaft metadata log'}`);
      setWave(nodePool, ObjectWave.JOBS);
      this.declareWorkload({ name: `${KAFKA_CLUSTER}-${pool.name}`, replicas: pool.replicas, size: pool.size, pool: 'kafka' });
      this.declareVolumes({ name: `${KAFKA_CLUSTER}-${pool.name}`, count: pool.replicas, sizeGiB: pool.storageGiB, storageClass: sizing.storageClass });
    }
  }

  private networkPolicies(namespace: PlatformNamespace): void {
    // Operator, brokers, controllers, entity and exporter pods talk to each other.
    namespace.allowWithinNamespace();
    // The operator and the entity operator watch resources; the brokers' init container reads
    // its node's rack label.
    namespace.allowEgress('operator-kube-api', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 6443], podLabels: { ...OPERATOR_POD_LABELS } });
    namespace.allowEgress('cluster-kube-api', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 6443], podLabels: { [CLUSTER_LABEL]: KAFKA_CLUSTER } });
    // The operator manages every KafkaConnect through its REST API, in whatever namespace it runs.
    new k8s.KubeNetworkPolicy(this, 'operator-to-connect', {
      metadata: { name: 'allow-to-kafka-connect-rest', namespace: namespace.name },
      spec: {
        podSelector: { matchLabels: { ...OPERATOR_POD_LABELS } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'strimzi.io/kind': 'KafkaConnect' } } }], ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(KAFKA_PORTS.connectRest) }] }],
      },
    });
  }
}

const OPERATIONS: Readonly<Record<string, KafkaUserSpecAuthorizationAclsOperations>> = Object.fromEntries(
  Object.values(KafkaUserSpecAuthorizationAclsOperations).map((op) => [op, op]),
);

/** The kafka handle: users, topics, and where the cluster is. */
class KafkaAccess implements KafkaCluster {
  readonly name = KAFKA_CLUSTER;
  readonly namespace: string;
  readonly bootstrapServers: string;
  readonly port = KAFKA_PORTS.tls;
  readonly tlsCa = 'platform-ca' as const;
  readonly brokerPodLabels: Readonly<Record<string, string>>;
  readonly replicationFactor: number;
  private readonly userList: Array<{ username: string; namespace: string; acls: readonly KafkaAcl[] }> = [];
  private readonly topicList = new Map<string, KafkaTopicRef>();

  constructor(
    private readonly chart: KafkaChart,
    private readonly ns: PlatformNamespace,
    private readonly sizing: KafkaSizing,
    brokerPodLabels: Readonly<Record<string, string>>,
  ) {
    this.namespace = ns.name;
    this.bootstrapServers = `${KAFKA_CLUSTER}-kafka-bootstrap.${ns.name}.svc:${KAFKA_PORTS.tls}`;
    this.brokerPodLabels = brokerPodLabels;
    this.replicationFactor = sizing.replicationFactor;
  }

  get users(): KafkaCluster['users'] {
    return [...this.userList].sort((a, b) => a.username.localeCompare(b.username));
  }

  get topics(): readonly KafkaTopicRef[] {
    return [...this.topicList.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  addTopic(name: string, spec: KafkaTopicSpec = {}): KafkaTopicRef {
    if (!/^[a-zA-Z0-9._-]{1,249}$/.test(name)) {
      throw new Error(`kafka topic "${name}" is not a valid topic name (1-249 letters, digits, ".", "_" and "-")`);
    }
    const partitions = spec.partitions ?? this.sizing.partitions;
    if (!Number.isInteger(partitions) || partitions < 1) {
      throw new Error(`kafka topic ${name}: partitions must be an integer >= 1 (got ${partitions})`);
    }
    const existing = this.topicList.get(name);
    if (existing) {
      if (spec.partitions !== undefined && spec.partitions !== existing.partitions) {
        throw new Error(`kafka topic ${name} is asked for with ${spec.partitions} partitions but already has ${existing.partitions}; ask with the same settings or none`);
      }
      return existing;
    }
    // KafkaTopic names are DNS names; the topic's own name may have "_" and capitals.
    const resource = resourceName('topic', name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-|-$/g, ''));
    const hours = spec.retentionHours ?? DEFAULT_RETENTION_HOURS;
    if (hours !== 'unlimited' && !(hours > 0)) {
      throw new Error(`kafka topic ${name}: retentionHours must be > 0 or 'unlimited' (got ${hours})`);
    }
    const retentionMs = hours === 'unlimited' ? -1 : Math.round(hours * 3600 * 1000);
    const topic = new KafkaTopic(this.chart, `topic-${name}`, {
      metadata: { name: resource, namespace: this.namespace, labels: { [CLUSTER_LABEL]: KAFKA_CLUSTER } },
      spec: {
        topicName: name,
        partitions,
        replicas: this.sizing.replicationFactor,
        config: { 'retention.ms': retentionMs, 'cleanup.policy': spec.cleanupPolicy ?? 'delete', 'min.insync.replicas': this.sizing.minInsyncReplicas },
      },
    });
    // Deleting a KafkaTopic deletes the topic and its records (the topic operator is bidirectional).
    protectData(topic, `the records of topic ${name}`);
    setWave(topic, ObjectWave.JOBS);
    const ref: KafkaTopicRef = { name, partitions, replicas: this.sizing.replicationFactor };
    this.topicList.set(name, ref);
    return ref;
  }

  addUser(scope: Construct, name: string, acls: readonly KafkaAcl[], options: { readonly namespace?: string } = {}): KafkaClientCredentials {
    assertDnsLabel(name, 'kafka user');
    const namespace = options.namespace ?? PlatformChart.of(scope).namespaceName;
    if (namespace === undefined) {
      throw new Error(`kafka user ${name}: the chart of ${scope.node.path} has no namespace; pass options.namespace`);
    }
    if (this.userList.some((u) => u.username === name)) {
      throw new Error(`kafka user "${name}" is added twice; give each client one user with all its ACLs`);
    }
    if (acls.length === 0) {
      throw new Error(`kafka user ${name}: give at least one ACL (a user without ACLs can do nothing under simple authorization)`);
    }
    for (const acl of acls) {
      if (acl.operations.length === 0) {
        throw new Error(`kafka user ${name}: the ACL on ${acl.resource.type} ${'name' in acl.resource ? acl.resource.name : ''} names no operation`);
      }
      if (acl.resource.type === 'topic' && (acl.resource.patternType ?? 'literal') === 'literal' && !this.topicList.has(acl.resource.name)) {
        throw new Error(`kafka user ${name}: ACL on topic "${acl.resource.name}", which is not a topic of the cluster; add it with addTopic first (or use patternType 'prefix')`);
      }
    }
    const secret = new PlatformSecret(scope, `kafka-user-${name}`, {
      name: `${name}-kafka`,
      namespace,
      keys: { password: { generate: { length: 32 } } },
      readers: [name],
      description: `Kafka password of user ${name} (SCRAM-SHA-512)`,
    });
    const copy = new PlatformSecret(this.chart, `user-${name}`, {
      name: `kafka-user-${name}`,
      namespace: this.namespace,
      keys: { password: { sameAs: secret.ref('password') } },
      readers: ['strimzi user operator'],
      description: `the password the user operator sets for Kafka user ${name}`,
    });
    const user = new KafkaUser(this.chart, `kafka-user-${name}`, {
      metadata: { name, namespace: this.namespace, labels: { [CLUSTER_LABEL]: KAFKA_CLUSTER } },
      spec: {
        authentication: { type: KafkaUserSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512, password: { valueFrom: { secretKeyRef: { name: copy.name, key: 'password' } } } },
        authorization: {
          type: KafkaUserSpecAuthorizationType.SIMPLE,
          acls: acls.map((acl) => ({
            resource:
              acl.resource.type === 'cluster'
                ? { type: KafkaUserSpecAuthorizationAclsResourceType.CLUSTER }
                : {
                    type: acl.resource.type === 'topic' ? KafkaUserSpecAuthorizationAclsResourceType.TOPIC : acl.resource.type === 'group' ? KafkaUserSpecAuthorizationAclsResourceType.GROUP : KafkaUserSpecAuthorizationAclsResourceType.TRANSACTIONAL_ID,
                    name: acl.resource.name,
                    patternType: acl.resource.patternType === 'prefix' ? KafkaUserSpecAuthorizationAclsResourcePatternType.PREFIX : KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL,
                  },
            operations: acl.operations.map((op) => OPERATIONS[op]),
          })),
        },
      },
    });
    user.metadata.addAnnotation('lakeplane.io/client-namespace', namespace);
    // After the chart's CRDs, like every custom resource of this component.
    setWave(user, ObjectWave.JOBS);
    this.userList.push({ username: name, namespace, acls });
    this.allowClient(scope, namespace);
    return {
      username: name,
      securityProtocol: 'SASL_SSL',
      saslMechanism: 'SCRAM-SHA-512',
      secret,
      password: secret.ref('password'),
      jaasConfig: (password: string) => `org.apache.kafka.common.security.scram.ScramLoginModule required username="${name}" password="${password}";`,
    };
  }

  /** The network path from the client's namespace to the brokers' TLS listener, both ends. */
  private allowClient(scope: Construct, namespace: string): void {
    if (namespace !== this.namespace) {
      this.ns.allowClientNamespace(namespace, this.brokerPodLabels, KAFKA_PORTS.tls);
    }
    const clientChart = PlatformChart.of(scope);
    const id = `allow-to-kafka-${namespace}`;
    if (!clientChart.node.tryFindChild(id)) {
      new k8s.KubeNetworkPolicy(clientChart, id, {
        metadata: { name: 'allow-to-kafka', namespace },
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [
            {
              to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': this.namespace } }, podSelector: { matchLabels: { ...this.brokerPodLabels } } }],
              ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(KAFKA_PORTS.tls) }],
            },
          ],
        },
      });
    }
  }
}

export const kafkaComponent = defineComponent<'kafka'>({
  alerts: [KAFKA_ALERTS],
  dashboards: [KAFKA_DASHBOARD],
  id: KAFKA,
  phase: 2,
  layer: 'streaming',
  description: 'Apache Kafka in KRaft mode (Strimzi): controllers and brokers in node pools, a TLS listener with SCRAM-SHA-512 users and ACLs, topics as KafkaTopics',
  holdsData: 'the topics and their records (the brokers\' volumes) and the KRaft metadata; removing the operator removes the Strimzi CRDs, and with them the cluster',
  charts: ['strimzi'],
  endpoints: [{ name: 'bootstrap servers (TLS, SASL SCRAM-SHA-512)', address: `${KAFKA_CLUSTER}-kafka-bootstrap.${KAFKA}.svc:${KAFKA_PORTS.tls}` }],
  dependsOn: () => ['cert-manager'],
  build(ctx) {
    const chart = new KafkaChart(ctx.scope, { common: ctx.common, config: ctx.config.components.kafka, authority: ctx.handles.get('cert-manager') });
    return { charts: [chart], handle: chart.handle };
  },
});
