/**
 * Kafka: the Strimzi operator's values, the KRaft cluster and its node pools as the document
 * sizes them, the TLS listener with SCRAM users, and the handle (users with ACLs, topics, the
 * network path) that clients such as Kafka Connect and the streaming job use.
 */
import { App } from 'cdk8s';
import { KAFKA_CLUSTER, KAFKA_PORTS, KafkaChart, KafkaChartProps, kafkaSizing } from '../charts/kafka/chart';
import type { KafkaConfig } from '../charts/kafka/config';
import { PlatformChart } from '../constructs/platform-chart';
import { PlatformNamespace } from '../constructs/namespace';
import { expectChartAccepts } from './helm-values';
import { authority } from './lakehouse-fakes';
import { field, findAll, findObject, manifests, testCommon } from './util';

function build(config: KafkaConfig = {}, env: 'prod' | 'dev' = 'prod', overrides: Partial<KafkaChartProps> = {}): { app: App; chart: KafkaChart } {
  const app = new App({ outdir: 'unused' });
  const chart = new KafkaChart(app, { common: testCommon(env), config, authority, ...overrides });
  return { app, chart };
}

/** A client chart in its own namespace, as the streaming job's is. */
function client(app: App, chart: KafkaChart, name = 'spark-streaming'): PlatformChart {
  const c = new PlatformChart(app, { component: name, common: chart.common, phase: 2, namespace: name });
  new PlatformNamespace(c, 'namespace', { name });
  return c;
}

const prod = build();
const prodObjects = manifests(prod.chart);

describe('kafka (production)', () => {
  test('the Strimzi chart accepts the values: restricted operands, every namespace watched, through the mirror', () => {
    expectChartAccepts('strimzi-kafka-operator', prod.chart.values);
    expect(prod.chart.values.extraEnvs).toEqual([{ name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' }]);
    expect(prod.chart.values.watchAnyNamespace).toBe(true);
    expect(prod.chart.values.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } });
    expect(prod.chart.values.replicas).toBe(2);
    expect(prod.chart.values.podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    const mirrored = build({}, 'prod', { common: testCommon('prod', { registry: { imageMirror: 'mirror.example.com' } }) });
    expect(mirrored.chart.values.defaultImageRegistry).toBe('mirror.example.com/quay.io');
  });

  test('KRaft: 3 controllers and 3 brokers of 4 CPU / 8 GiB / 500 GiB, one per node, rack-aware', () => {
    const kafka = findObject(prodObjects, 'Kafka', KAFKA_CLUSTER);
    expect(field(kafka, 'apiVersion')).toBe('kafka.strimzi.io/v1');
    expect(field(kafka, 'spec.zookeeper')).toBeUndefined();
    expect(field(kafka, 'spec.kafka.replicas')).toBeUndefined();
    expect(field(kafka, 'spec.kafka.rack')).toEqual({ type: 'topology-label', topologyKey: 'kubernetes.io/hostname' });
    const brokers = findObject(prodObjects, 'KafkaNodePool', 'brokers');
    const controllers = findObject(prodObjects, 'KafkaNodePool', 'controllers');
    expect(field(brokers, 'metadata.labels')).toMatchObject({ 'strimzi.io/cluster': KAFKA_CLUSTER });
    expect(field(brokers, 'spec.roles')).toEqual(['broker']);
    expect(field(controllers, 'spec.roles')).toEqual(['controller']);
    expect(field(brokers, 'spec.replicas')).toBe(3);
    expect(field(controllers, 'spec.replicas')).toBe(3);
    expect(field(brokers, 'spec.resources')).toEqual({ requests: { cpu: '4', memory: '8Gi' }, limits: { memory: '8Gi' } });
    expect(field(brokers, 'spec.jvmOptions')).toEqual({ '-Xms': '4096m', '-Xmx': '4096m' });
    expect(field(brokers, 'spec.storage.volumes')).toEqual([{ id: 0, type: 'persistent-claim', size: '500Gi', class: 'longhorn', deleteClaim: false, kraftMetadata: 'shared' }]);
    expect(field(brokers, 'spec.template.pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution')).toEqual([
      { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'strimzi.io/cluster': KAFKA_CLUSTER, 'strimzi.io/pool-name': 'brokers' } } },
    ]);
    // prod has no kafka pool in phase 1's node list: no node affinity, the report counts the brokers on the workers.
    expect(field(brokers, 'spec.template.pod.affinity.nodeAffinity')).toBeUndefined();
    expect(prod.chart.volumes).toContainEqual({ name: `${KAFKA_CLUSTER}-brokers`, count: 3, sizeGiB: 500, storageClass: 'longhorn' });
    expect(prod.chart.workloads).toContainEqual({ name: `${KAFKA_CLUSTER}-brokers`, replicas: 3, size: { cpu: 4, memoryGiB: 8 }, pool: 'kafka' });
  });

  test('replication 3 with min.insync 2, no auto-created topics, one broker down at a time', () => {
    const kafka = findObject(prodObjects, 'Kafka', KAFKA_CLUSTER);
    expect(field(kafka, 'spec.kafka.config')).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'offsets.topic.replication.factor': 3,
      'transaction.state.log.min.isr': 2,
      'auto.create.topics.enable': false,
    });
    expect(field(kafka, 'spec.kafka.template.podDisruptionBudget')).toEqual({ maxUnavailable: 1 });
  });

  test('one TLS listener with SCRAM-SHA-512, its certificate from the platform CA for the bootstrap and every broker', () => {
    const kafka = findObject(prodObjects, 'Kafka', KAFKA_CLUSTER);
    expect(field(kafka, 'spec.kafka.listeners')).toEqual([
      {
        name: 'tls',
        port: 9093,
        type: 'internal',
        tls: true,
        authentication: { type: 'scram-sha-512' },
        configuration: { brokerCertChainAndKey: { secretName: `${KAFKA_CLUSTER}-listener-tls`, certificate: 'tls.crt', key: 'tls.key' } },
      },
    ]);
    expect(field(kafka, 'spec.kafka.authorization.type')).toBe('simple');
    const cert = findObject(prodObjects, 'Certificate', `${KAFKA_CLUSTER}-listener-tls`);
    expect(field(cert, 'spec.dnsNames')).toEqual(expect.arrayContaining([`${KAFKA_CLUSTER}-kafka-bootstrap.kafka.svc`, `*.${KAFKA_CLUSTER}-kafka-brokers.kafka.svc`]));
    expect(field(cert, 'spec.issuerRef.name')).toBe('lakeplane-internal-ca');
    expect(prod.chart.handle.bootstrapServers).toBe(`${KAFKA_CLUSTER}-kafka-bootstrap.kafka.svc:9093`);
    expect(prod.chart.handle.tlsCa).toBe('platform-ca');
  });

  test('metrics: the reporter on brokers and controllers, Kafka Exporter for consumer lag, both scraped', () => {
    const kafka = findObject(prodObjects, 'Kafka', KAFKA_CLUSTER);
    expect(field(kafka, 'spec.kafka.metricsConfig')).toEqual({ type: 'strimziMetricsReporter' });
    expect(field(kafka, 'spec.kafkaExporter.groupRegex')).toBe('.*');
    const monitors = findAll(prodObjects, 'PodMonitor').map((m) => [field(m, 'spec.selector.matchLabels'), field(m, 'spec.podMetricsEndpoints.0.port')]);
    expect(monitors).toEqual([[{ 'strimzi.io/cluster': KAFKA_CLUSTER, 'strimzi.io/kind': 'Kafka' }, 'tcp-prometheus']]);
  });

  test('the cluster, its pools and its topics are protected from prune and delete, and sync after the CRDs', () => {
    const { chart } = build({ topics: { events: { partitions: 6 } } });
    const objects = manifests(chart);
    for (const obj of [findObject(objects, 'Kafka'), ...findAll(objects, 'KafkaNodePool'), ...findAll(objects, 'KafkaTopic')]) {
      expect([obj.metadata.name, field(obj, 'metadata.annotations')?.['argocd.argoproj.io/sync-options']]).toEqual([obj.metadata.name, 'Prune=false,Delete=false']);
      expect(field(obj, 'metadata.annotations')?.['argocd.argoproj.io/sync-wave']).toBe('1');
    }
    const app2 = findObject(objects, 'Application');
    expect(field(app2, 'metadata.finalizers')).toBeUndefined();
  });
});

describe('kafka (small)', () => {
  test('one controller and one broker, replication 1, small sizes', () => {
    const { chart } = build({}, 'dev');
    const objects = manifests(chart);
    expect(field(findObject(objects, 'KafkaNodePool', 'brokers'), 'spec.replicas')).toBe(1);
    expect(field(findObject(objects, 'KafkaNodePool', 'controllers'), 'spec.replicas')).toBe(1);
    expect(field(findObject(objects, 'KafkaNodePool', 'brokers'), 'spec.template.pod.affinity.podAntiAffinity')).toBeUndefined();
    expect(field(findObject(objects, 'Kafka'), 'spec.kafka.config')['min.insync.replicas']).toBe(1);
    expect(chart.values.replicas).toBe(1);
    expect(chart.values.podDisruptionBudget).toEqual({ enabled: false });
  });

  test('without a kafka pool, production warns that Kafka spreads over the workers; a kafka pool too small for one broker per node is refused', () => {
    expect(prod.chart.warnings).toEqual([
      'kafka: no node pool has role kafka, so the 3 brokers and 3 controllers spread over the workers; production needs 3 nodes of role kafka (README: where this differs from the architecture document)',
    ]);
    const common = testCommon('prod', { nodePools: [{ name: 'kafka', role: 'kafka', count: 1, cpu: 8, memoryGiB: 32, diskGiB: 930, diskType: 'ssd' }] });
    expect(() => build({}, 'prod', { common })).toThrow(
      'kafka: 3 brokers are kept one per node, but the node pools of role kafka (kafka) have 1 node(s): add nodes to them or lower kafka.brokers and kafka.controllers',
    );
    expect(build({}, 'dev').chart.warnings).toEqual([]);
  });

  test('brokers go to the kafka node pool when the environment has one', () => {
    const common = testCommon('prod', {
      nodePools: [
        { name: 'cp', role: 'control-plane', count: 3, cpu: 4, memoryGiB: 16, diskGiB: 200, diskType: 'ssd' },
        { name: 'kafka', role: 'kafka', count: 3, cpu: 8, memoryGiB: 32, diskGiB: 1000, diskType: 'ssd' },
      ],
    });
    const { chart } = build({}, 'prod', { common });
    expect(field(findObject(manifests(chart), 'KafkaNodePool', 'brokers'), 'spec.template.pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms')).toEqual([
      { matchExpressions: [{ key: 'lakeplane.io/pool', operator: 'In', values: ['kafka'] }] },
    ]);
  });
});

describe('kafka handle', () => {
  test('addUser: a SCRAM KafkaUser with its ACLs, the password generated once in the client namespace and copied, the network path opened', () => {
    const { app, chart } = build();
    const topic = chart.handle.addTopic('cdc.orders.public.orders');
    const c = client(app, chart);
    const creds = chart.handle.addUser(c, 'spark-streaming', [
      { resource: { type: 'topic', name: topic.name }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: 'spark-streaming', patternType: 'prefix' }, operations: ['Read'] },
    ]);
    expect(creds).toMatchObject({ username: 'spark-streaming', securityProtocol: 'SASL_SSL', saslMechanism: 'SCRAM-SHA-512', password: { namespace: 'spark-streaming', name: 'spark-streaming-kafka', key: 'password' } });
    expect(creds.jaasConfig('${env:KAFKA_PASSWORD}')).toBe('org.apache.kafka.common.security.scram.ScramLoginModule required username="spark-streaming" password="${env:KAFKA_PASSWORD}";');
    const objects = manifests(chart);
    const user = findObject(objects, 'KafkaUser', 'spark-streaming');
    expect(field(user, 'metadata.labels')).toMatchObject({ 'strimzi.io/cluster': KAFKA_CLUSTER });
    expect(field(user, 'spec.authentication')).toEqual({ type: 'scram-sha-512', password: { valueFrom: { secretKeyRef: { name: 'kafka-user-spark-streaming', key: 'password' } } } });
    expect(field(user, 'spec.authorization.acls')).toEqual([
      { resource: { type: 'topic', name: 'cdc.orders.public.orders', patternType: 'literal' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: 'spark-streaming', patternType: 'prefix' }, operations: ['Read'] },
    ]);
    // One generated value, two secrets: the client's and the user operator's copy.
    expect(findObject(objects, 'SealedSecret', 'kafka-user-spark-streaming')).toBeDefined();
    expect(findObject(manifests(c), 'SealedSecret', 'spark-streaming-kafka')).toBeDefined();
    const ingress = findObject(objects, 'NetworkPolicy', 'allow-from-spark-streaming');
    expect(field(ingress, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: KAFKA_PORTS.tls }]);
    const egress = findObject(manifests(c), 'NetworkPolicy', 'allow-to-kafka');
    expect(field(egress, 'spec.egress.0.to.0.namespaceSelector.matchLabels')).toEqual({ 'kubernetes.io/metadata.name': 'kafka' });
    expect(chart.handle.users).toEqual([{ username: 'spark-streaming', namespace: 'spark-streaming', acls: expect.any(Array) }]);
  });

  test('addTopic: a KafkaTopic with the cluster replication, asked twice gives the same topic', () => {
    const { chart } = build();
    const a = chart.handle.addTopic('db.users', { partitions: 6, retentionHours: 24 });
    expect(chart.handle.addTopic('db.users')).toBe(a);
    expect(a).toEqual({ name: 'db.users', partitions: 6, replicas: 3 });
    const topic = findObject(manifests(chart), 'KafkaTopic', 'topic-db-users');
    expect(field(topic, 'spec')).toEqual({ topicName: 'db.users', partitions: 6, replicas: 3, config: { 'retention.ms': 86400000, 'cleanup.policy': 'delete', 'min.insync.replicas': 2 } });
    expect(field(chart.handle.addTopic('history', { retentionHours: 'unlimited' }), 'name')).toBe('history');
  });

  test('errors name the field, the value and the fix', () => {
    expect(() => kafkaSizing(testCommon('prod'), { controllers: 2 })).toThrow('kafka.controllers must be odd: a KRaft quorum of 2 survives no more failures than 1 (got 2; use 1 or 3)');
    expect(() => kafkaSizing(testCommon('prod'), { brokerCpu: 0 })).toThrow('kafka.broker.cpu must be > 0 (got 0)');
    const { app, chart } = build();
    const c = client(app, chart);
    expect(() => chart.handle.addUser(c, 'x', [{ resource: { type: 'topic', name: 'nope' }, operations: ['Read'] }])).toThrow(
      'kafka user x: ACL on topic "nope", which is not a topic of the cluster; add it with addTopic first (or use patternType \'prefix\')',
    );
    expect(() => chart.handle.addUser(c, 'y', [])).toThrow('kafka user y: give at least one ACL');
    chart.handle.addUser(c, 'z', [{ resource: { type: 'cluster' }, operations: ['Describe'] }]);
    expect(() => chart.handle.addUser(c, 'z', [{ resource: { type: 'cluster' }, operations: ['Describe'] }])).toThrow('kafka user "z" is added twice; give each client one user with all its ACLs');
    expect(() => chart.handle.addTopic('bad topic')).toThrow('kafka topic "bad topic" is not a valid topic name');
    chart.handle.addTopic('t', { partitions: 3 });
    expect(() => chart.handle.addTopic('t', { partitions: 4 })).toThrow('kafka topic t is asked for with 4 partitions but already has 3; ask with the same settings or none');
    expect(() => chart.handle.addTopic('u', { retentionHours: 0 })).toThrow("kafka topic u: retentionHours must be > 0 or 'unlimited' (got 0)");
  });

  test('every config key is covered (Required<KafkaConfig>)', () => {
    const all: Required<KafkaConfig> = {
      enabled: true,
      decommission: false,
      operatorReplicas: 3,
      brokers: 5,
      controllers: 5,
      brokerCpu: 2,
      brokerMemoryGiB: 6,
      brokerStorageGiB: 100,
      controllerCpu: 0.5,
      controllerMemoryGiB: 1,
      controllerStorageGiB: 10,
      storageClass: 'fast-ssd',
      rackTopologyKey: 'topology.kubernetes.io/zone',
      topics: { 'orders.events': { partitions: 12, retentionHours: 48, cleanupPolicy: 'compact' } },
    };
    const { chart } = build(all);
    const objects = manifests(chart);
    expect(chart.values.replicas).toBe(3);
    expect(field(findObject(objects, 'KafkaNodePool', 'brokers'), 'spec.replicas')).toBe(5);
    expect(field(findObject(objects, 'KafkaNodePool', 'controllers'), 'spec.storage.volumes.0')).toMatchObject({ size: '10Gi', class: 'fast-ssd' });
    expect(field(findObject(objects, 'KafkaNodePool', 'brokers'), 'spec.resources.requests')).toEqual({ cpu: '2', memory: '6Gi' });
    expect(field(findObject(objects, 'Kafka'), 'spec.kafka.rack.topologyKey')).toBe('topology.kubernetes.io/zone');
    expect(field(findObject(objects, 'KafkaTopic', 'topic-orders-events'), 'spec')).toMatchObject({ partitions: 12, config: { 'cleanup.policy': 'compact', 'retention.ms': 172800000 } });
  });
});
