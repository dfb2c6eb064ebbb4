/**
 * kafka-connect: a Kafka Connect cluster (Strimzi `KafkaConnect`, managed by the kafka
 * component's operator) that captures changes from operational databases with Debezium and
 * lands every change event as raw files in the bronze bucket.
 *
 * - The image is pre-built (images/kafka-connect/: Strimzi's Kafka image plus the Debezium
 *   PostgreSQL and MySQL connectors and Aiven's S3 sink, each pinned with its sha512). Strimzi's
 *   in-cluster build needs a registry to push to and cannot run under the restricted pod
 *   security profile (phase2-3-facts §2).
 * - Secrets never enter the connector configs: they are read at run time by Strimzi's
 *   Kubernetes config provider (`${secrets:<ns>/<secret>:<key>}`), which needs `get` on those
 *   Secrets for the Connect service account (the Role below, limited to their names).
 * - One KafkaConnector per configured source; each captured table is a KafkaTopic made
 *   through the kafka handle (the brokers create no topic on their own). The S3 sink reads
 *   them all and writes `s3://bronze/cdc/<topic>/...` as JSON lines, with a key of its own that
 *   reaches the bronze bucket only: a changelog. Merging it
 *   into silver is a Spark or dbt job; the Iceberg sink is append-only and not on Maven
 *   (README, "Where this differs").
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  KafkaConnect,
  KafkaConnectSpecAuthenticationType,
  KafkaConnectSpecMetricsConfigType,
  KafkaConnectSpecResourcesLimits,
  KafkaConnectSpecResourcesRequests,
} from '../../imports/kafka.strimzi.io_kafkaconnect-kafka.strimzi.io';
import { KafkaConnector } from '../../imports/kafka.strimzi.io_kafkaconnector-kafka.strimzi.io';
import { ObjectWave, setWave } from '../../argocd/sync';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority } from '../../constructs/ingress';
import { LABEL_COMPONENT } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, assertSize, cpuQuantity, memoryQuantity } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { trustIn } from '../../constructs/trust';
import type { KafkaAcl, KafkaCluster } from '../kafka/handle';
import { defineComponent } from '../spec';
import type { CdcSource, KafkaConnectConfig } from './config';
import type { ChangeDataCapture } from './handle';

export const KAFKA_CONNECT = 'kafka-connect';
/** The KafkaConnect's name: its pods, Services and service account (`<name>-connect`) follow it. */
export const CONNECT_CLUSTER = 'lakehouse-connect';
/** The Connect REST API (the operator manages connectors through it) and the metrics port. */
export const CONNECT_PORTS = { rest: 8083, metrics: 9404 } as const;
/** Kafka version of the worker image (the Strimzi base image's). */
export const CONNECT_KAFKA_VERSION = '4.3.1';

/** Every change topic starts with this; the sink reads them all. */
export const CDC_TOPIC_PREFIX = 'cdc';

/** Connector classes, as the plugins in the image name them. */
export const CONNECTOR_CLASSES = {
  postgres: 'io.debezium.connector.postgresql.PostgresConnector',
  mysql: 'io.debezium.connector.mysql.MySqlConnector',
  s3Sink: 'io.aiven.kafka.connect.s3.AivenKafkaConnectS3SinkConnector',
} as const;

/** Debezium's heartbeat topic of a source (`topic.heartbeat.prefix` default `__debezium-heartbeat`). */
function heartbeatTopic(prefix: string): string {
  return `__debezium-heartbeat.${prefix}`;
}

export interface KafkaConnectChartProps {
  readonly common: PlatformCommon;
  readonly config?: KafkaConnectConfig;
  readonly kafka: KafkaCluster;
  readonly objectStore: ObjectStore;
  readonly authority: CertificateAuthority;
}

export class KafkaConnectChart extends PlatformChart {
  readonly handle: ChangeDataCapture;
  readonly replicas: number;
  readonly size: ContainerSize;
  readonly connect: KafkaConnect;

  constructor(scope: Construct, props: KafkaConnectChartProps) {
    super(scope, { component: KAFKA_CONNECT, common: props.common, phase: 2, namespace: KAFKA_CONNECT });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    this.replicas = config.replicas ?? (production ? 2 : 1);
    this.size = { cpu: config.cpu ?? (production ? 1 : 0.25), memoryGiB: config.memoryGiB ?? (production ? 4 : 1.5) };
    assertSize(this.size, 'kafka-connect');
    const sources = config.sources ?? [];
    const seen = new Set<string>();
    for (const source of sources) {
      if (seen.has(source.name)) {
        throw new Error(`kafka-connect.sources: "${source.name}" is listed twice; give every source its own name`);
      }
      seen.add(source.name);
    }
    const serverIds = sources.flatMap((s) => (s.type === 'mysql' ? [s.serverId] : []));
    const dupId = serverIds.find((id, i) => serverIds.indexOf(id) !== i);
    if (dupId !== undefined) {
      throw new Error(`kafka-connect.sources: serverId ${dupId} is used by two MySQL sources; every binlog reader needs its own database.server.id`);
    }

    const namespace = new PlatformNamespace(this, 'namespace', { name: KAFKA_CONNECT });
    const kafka = props.kafka;
    const trust = trustIn(this, namespace.name, props.authority.trust);

    // Connect's own topics, compacted as Connect requires; the config topic has one partition.
    const internalTopics = {
      config: kafka.addTopic(`${CONNECT_CLUSTER}-configs`, { partitions: 1, cleanupPolicy: 'compact' }),
      offset: kafka.addTopic(`${CONNECT_CLUSTER}-offsets`, { partitions: production ? 25 : 1, cleanupPolicy: 'compact' }),
      status: kafka.addTopic(`${CONNECT_CLUSTER}-status`, { partitions: production ? 5 : 1, cleanupPolicy: 'compact' }),
    };
    const changeTopics = sources.flatMap((s) => this.sourceTopics(s).map((t) => kafka.addTopic(t).name));
    for (const s of sources) {
      kafka.addTopic(heartbeatTopic(`${CDC_TOPIC_PREFIX}.${s.name}`), { partitions: 1 });
      if (s.type === 'mysql') {
        // The schema history is read back whole on every restart: one partition, kept forever.
        kafka.addTopic(schemaHistoryTopic(s), { partitions: 1, retentionHours: 'unlimited' });
      }
    }

    const acls: KafkaAcl[] = [
      ...Object.values(internalTopics).map((t): KafkaAcl => ({ resource: { type: 'topic', name: t.name }, operations: ['Read', 'Write', 'Describe', 'DescribeConfigs'] })),
      { resource: { type: 'group', name: CONNECT_CLUSTER }, operations: ['Read', 'Describe'] },
      // Change topics, heartbeats and schema history: the sources write them, the sink reads them.
      { resource: { type: 'topic', name: `${CDC_TOPIC_PREFIX}.`, patternType: 'prefix' }, operations: ['Read', 'Write', 'Describe'] },
      { resource: { type: 'topic', name: '__debezium-heartbeat.', patternType: 'prefix' }, operations: ['Write', 'Describe'] },
      { resource: { type: 'topic', name: 'schema-history.', patternType: 'prefix' }, operations: ['Read', 'Write', 'Describe'] },
      // Sink connectors consume as connect-<connector>; Debezium's schema history reader as <connector>-schemahistory.
      { resource: { type: 'group', name: 'connect-', patternType: 'prefix' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: `${CDC_TOPIC_PREFIX}-`, patternType: 'prefix' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'cluster' }, operations: ['Describe', 'DescribeConfigs'] },
    ];
    const user = kafka.addUser(this, 'kafka-connect', acls);

    const bronze = props.objectStore.bucket('bronze');
    // readwrite, not write: the sink's documented permissions include s3:GetObject (Aiven s3-sink-connector README, Authorization).
    const s3 = props.objectStore.grant(this, 'kafka-connect', namespace.name, [{ bucket: bronze, access: 'readwrite' }]);

    const credentials = new Map(
      sources.map((s) => [
        s.name,
        new PlatformSecret(this, `source-${s.name}`, {
          name: `source-${s.name}`,
          namespace: namespace.name,
          keys: { password: { input: `password of the ${s.type === 'postgres' ? 'PostgreSQL' : 'MySQL'} user ${s.user ?? 'debezium'} on ${s.host} (Debezium source ${s.name})` } },
          readers: [`KafkaConnector ${s.name}`],
          description: `Debezium's database password for source ${s.name}`,
        }),
      ]),
    );

    const heap = `${Math.floor((this.size.memoryGiB * 1024) / 2)}m`;
    const serviceAccount = `${CONNECT_CLUSTER}-connect`;
    const podLabels = { 'strimzi.io/cluster': CONNECT_CLUSTER, 'strimzi.io/kind': 'KafkaConnect' };
    this.connect = new KafkaConnect(this, 'connect', {
      metadata: {
        name: CONNECT_CLUSTER,
        namespace: namespace.name,
        // Connectors are KafkaConnector resources, not REST calls (phase2-3-facts §2).
        annotations: { 'strimzi.io/use-connector-resources': 'true' },
      },
      spec: {
        version: CONNECT_KAFKA_VERSION,
        replicas: this.replicas,
        image: props.common.images.built('kafkaConnect'),
        bootstrapServers: kafka.bootstrapServers,
        groupId: CONNECT_CLUSTER,
        configStorageTopic: internalTopics.config.name,
        offsetStorageTopic: internalTopics.offset.name,
        statusStorageTopic: internalTopics.status.name,
        // The listener's certificate is signed by the platform CA (the bundle's Secret copy here).
        tls: { trustedCertificates: [{ secretName: trust.secretKeyRef.name, certificate: trust.secretKeyRef.key }] },
        authentication: { type: KafkaConnectSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512, username: user.username, passwordSecret: { secretName: user.secret.name, password: user.password.key } },
        config: {
          // -1: the brokers' default.replication.factor.
          'config.storage.replication.factor': -1,
          'offset.storage.replication.factor': -1,
          'status.storage.replication.factor': -1,
          'config.providers': 'secrets',
          'config.providers.secrets.class': 'io.strimzi.kafka.KubernetesSecretConfigProvider',
          'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
          'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
          'key.converter.schemas.enable': false,
          'value.converter.schemas.enable': false,
          // Topics are KafkaTopics; the workers create none.
          'topic.creation.enable': false,
        },
        resources: {
          requests: { cpu: KafkaConnectSpecResourcesRequests.fromString(cpuQuantity(this.size.cpu)), memory: KafkaConnectSpecResourcesRequests.fromString(memoryQuantity(this.size.memoryGiB)) },
          limits: { memory: KafkaConnectSpecResourcesLimits.fromString(memoryQuantity(this.size.memoryGiB)) },
        },
        // The S3 client verifies the object store with the platform CA: its trust store becomes the JVM's.
        jvmOptions: {
          xms: heap,
          xmx: heap,
          javaSystemProperties: [
            { name: 'javax.net.ssl.trustStore', value: trust.trustStoreFile },
            { name: 'javax.net.ssl.trustStoreType', value: props.authority.trust.trustStoreType },
          ],
        },
        metricsConfig: { type: KafkaConnectSpecMetricsConfigType.STRIMZI_METRICS_REPORTER },
        template: {
          pod: {
            metadata: { labels: { [LABEL_COMPONENT]: KAFKA_CONNECT } },
            volumes: [{ name: trust.volume.name, configMap: { name: trust.volume.configMap.name } }],
            affinity:
              this.replicas > 1
                ? { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: podLabels } }] } }
                : undefined,
          },
          connectContainer: { volumeMounts: [{ ...trust.volumeMount }] },
          podDisruptionBudget: { maxUnavailable: 1 },
        },
      },
    });
    setWave(this.connect, ObjectWave.WORKLOADS);
    this.declareWorkload({ name: `${CONNECT_CLUSTER}-connect`, replicas: this.replicas, size: this.size });

    const secretRef = (secret: PlatformSecret, key: string): string => `\${secrets:${namespace.name}/${secret.name}:${key}}`;
    const jaas = user.jaasConfig(secretRef(user.secret, user.password.key));
    for (const source of sources) {
      this.sourceConnector(namespace.name, source, secretRef(credentials.get(source.name)!, 'password'), { bootstrap: kafka.bootstrapServers, jaas, trustFile: trust.pemFile });
    }

    const format = config.sink?.format ?? 'jsonl';
    const prefix = config.sink?.prefix ?? 'cdc/';
    const sink = new KafkaConnector(this, 'bronze-sink', {
      metadata: { name: 'bronze-sink', namespace: namespace.name, labels: { 'strimzi.io/cluster': CONNECT_CLUSTER } },
      spec: {
        class: CONNECTOR_CLASSES.s3Sink,
        tasksMax: production ? 2 : 1,
        autoRestart: { enabled: true },
        config: {
          'topics.regex': `${CDC_TOPIC_PREFIX}\\..*`,
          'aws.access.key.id': secretRef(s3.secret, s3.accessKeyKey),
          'aws.secret.access.key': secretRef(s3.secret, s3.secretKeyKey),
          'aws.s3.bucket.name': bronze.name,
          'aws.s3.endpoint': props.objectStore.endpoint,
          'aws.s3.region': props.objectStore.region,
          'aws.s3.path.style.access.enabled': props.objectStore.pathStyle,
          'aws.s3.prefix': prefix,
          'format.output.type': format,
          'format.output.fields': 'key,value,offset,timestamp,headers',
          'file.compression.type': format === 'jsonl' ? 'gzip' : 'none',
          // One folder per topic; the changelog keeps every event in offset order.
          'file.name.template': '{{topic}}/{{partition:padding=true}}-{{start_offset:padding=true}}',
        },
      },
    });
    setWave(sink, ObjectWave.JOBS);

    this.secretsAccess(namespace.name, serviceAccount, [user.secret.name, s3.secret.name, ...[...credentials.values()].map((s) => s.name)]);
    this.networkPolicies(namespace, kafka, podLabels, sources);
    new PodMetrics(this, 'metrics', { name: CONNECT_CLUSTER, namespace: namespace.name, selector: podLabels, port: 'tcp-prometheus', portNumber: CONNECT_PORTS.metrics });

    this.handle = { name: CONNECT_CLUSTER, namespace: namespace.name, topics: [...changeTopics].sort(), landingUri: bronze.uri(prefix) };
  }

  /** The change topics of one source: `cdc.<source>.<schema or database>.<table>` (Debezium's topic naming). */
  private sourceTopics(source: CdcSource): string[] {
    return source.tables.map((table) => `${CDC_TOPIC_PREFIX}.${source.name}.${source.type === 'mysql' ? `${source.database}.${table.split('.')[1]}` : table}`);
  }

  private sourceConnector(namespace: string, source: CdcSource, password: string, kafka: { bootstrap: string; jaas: string; trustFile: string }): void {
    const prefix = `${CDC_TOPIC_PREFIX}.${source.name}`;
    const common: Record<string, string | number | boolean> = {
      'topic.prefix': prefix,
      'database.hostname': source.host,
      'database.user': source.user ?? 'debezium',
      'database.password': password,
      'snapshot.mode': source.snapshotMode ?? 'initial',
      // A heartbeat keeps the source's position moving when its tables are quiet (PostgreSQL: the slot's WAL is released).
      'heartbeat.interval.ms': 60000,
      'tombstones.on.delete': true,
    };
    let config: Record<string, string | number | boolean>;
    if (source.type === 'postgres') {
      const slot = `debezium_${source.name.replace(/-/g, '_')}`;
      config = {
        ...common,
        'database.port': source.port ?? 5432,
        'database.dbname': source.database,
        'database.sslmode': 'require',
        'plugin.name': 'pgoutput',
        'slot.name': slot,
        'publication.name': `${slot}_publication`,
        // Only the listed tables are published (the user needs ownership of them, or a pre-created publication).
        'publication.autocreate.mode': 'filtered',
        'table.include.list': source.tables.join(','),
        ...(source.failoverSlot ? { 'slot.failover': true } : {}),
      };
    } else {
      // The schema history has its own Kafka clients; they inherit nothing of the worker's
      // security settings (phase2-3-facts §2), so they get the listener's TLS and SCRAM here.
      const clientSecurity = (role: 'producer' | 'consumer'): Record<string, string> => ({
        [`schema.history.internal.${role}.security.protocol`]: 'SASL_SSL',
        [`schema.history.internal.${role}.sasl.mechanism`]: 'SCRAM-SHA-512',
        [`schema.history.internal.${role}.sasl.jaas.config`]: kafka.jaas,
        [`schema.history.internal.${role}.ssl.truststore.type`]: 'PEM',
        [`schema.history.internal.${role}.ssl.truststore.location`]: kafka.trustFile,
      });
      config = {
        ...common,
        'database.port': source.port ?? 3306,
        'database.server.id': source.serverId,
        'database.include.list': source.database,
        'table.include.list': source.tables.map((t) => `${source.database}.${t.split('.')[1]}`).join(','),
        'database.ssl.mode': 'required',
        // DDL goes to the schema history only, not to a topic of its own.
        'include.schema.changes': false,
        'schema.history.internal.kafka.bootstrap.servers': kafka.bootstrap,
        'schema.history.internal.kafka.topic': schemaHistoryTopic(source),
        // Passed through to the schema history's consumer (schema.history.internal.consumer.*).
        'schema.history.internal.consumer.group.id': `${CDC_TOPIC_PREFIX}-${source.name}-schemahistory`,
        ...clientSecurity('producer'),
        ...clientSecurity('consumer'),
      };
    }
    const connector = new KafkaConnector(this, `source-${source.name}-connector`, {
      metadata: { name: source.name, namespace, labels: { 'strimzi.io/cluster': CONNECT_CLUSTER } },
      // One task: a Debezium PostgreSQL or MySQL source reads one replication stream.
      spec: { class: source.type === 'postgres' ? CONNECTOR_CLASSES.postgres : CONNECTOR_CLASSES.mysql, tasksMax: 1, autoRestart: { enabled: true }, config },
    });
    setWave(connector, ObjectWave.JOBS);
  }

  /** The config provider reads these Secrets through the API, as the Connect service account. */
  private secretsAccess(namespace: string, serviceAccount: string, secrets: readonly string[]): void {
    const role = new k8s.KubeRole(this, 'secrets-reader', {
      metadata: { name: `${CONNECT_CLUSTER}-secrets`, namespace },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: [...new Set(secrets)].sort(), verbs: ['get'] }],
    });
    new k8s.KubeRoleBinding(this, 'secrets-reader-binding', {
      metadata: { name: `${CONNECT_CLUSTER}-secrets`, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace }],
    });
  }

  private networkPolicies(namespace: PlatformNamespace, kafka: KafkaCluster, podLabels: Readonly<Record<string, string>>, sources: readonly CdcSource[]): void {
    // Workers forward REST calls to each other; the operator calls the REST API.
    namespace.allowWithinNamespace();
    namespace.allowIngress('strimzi-operator', { peers: [{ namespace: kafka.namespace, podLabels: { 'strimzi.io/kind': 'cluster-operator' } }], ports: [CONNECT_PORTS.rest], podLabels: { ...podLabels } });
    // The config provider reads Secrets from the API server.
    namespace.allowKubeApi({ ...podLabels });
    for (const source of sources) {
      const port = source.port ?? (source.type === 'postgres' ? 5432 : 3306);
      const network = source.network ?? { cidr: '0.0.0.0/0' };
      namespace.allowEgress(`source-${source.name}`, { peers: ['namespace' in network ? { namespace: network.namespace } : { cidr: network.cidr }], ports: [port], podLabels: { ...podLabels } });
    }
  }
}

/** A MySQL source's schema history topic. */
export function schemaHistoryTopic(source: { readonly name: string }): string {
  return `schema-history.${CDC_TOPIC_PREFIX}.${source.name}`;
}

export const kafkaConnectComponent = defineComponent<'kafka-connect'>({
  id: KAFKA_CONNECT,
  phase: 2,
  layer: 'streaming',
  description: 'Kafka Connect (Strimzi) with Debezium PostgreSQL and MySQL sources; every change event lands in the bronze bucket as raw files (Aiven S3 sink)',
  images: ['strimziKafka'],
  // Strimzi's REST API Service of a KafkaConnect: <name>-connect-api.
  endpoints: [{ name: 'Connect REST API (the operator only)', address: `http://${CONNECT_CLUSTER}-connect-api.${KAFKA_CONNECT}.svc:${CONNECT_PORTS.rest}` }],
  dependsOn: () => ['kafka', 'minio', 'cert-manager'],
  build(ctx) {
    const chart = new KafkaConnectChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components['kafka-connect'],
      kafka: ctx.handles.get('kafka'),
      objectStore: ctx.handles.get('minio'),
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
