/**
 * Kafka Connect: the workers (pre-built image, TLS and SCRAM to Kafka, secrets through the
 * config provider with the Role it needs), the Debezium sources from config, the sink into
 * bronze with its own object-store key and bucket policy, and the image definition held to
 * versions.ts. Wiring with the real kafka and minio charts, as the platform builds them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { KafkaChart } from '../charts/kafka/chart';
import { CONNECT_CLUSTER, KafkaConnectChart } from '../charts/kafka-connect/chart';
import type { KafkaConnectConfig } from '../charts/kafka-connect/config';
import { MinioChart } from '../charts/minio/chart';
import { BUILT_IMAGES, CONNECT_PLUGINS, IMAGES } from '../versions';
import { kafkaComponent } from '../charts/kafka';
import { kafkaConnectComponent } from '../charts/kafka-connect';
import { renderMapMarkdown } from '../report/map';
import { authority, minioOperator } from './lakehouse-fakes';
import { field, findAll, findObject, manifests, testCommon, testConfig } from './util';

const ORDERS: NonNullable<KafkaConnectConfig['sources']>[number] = { type: 'postgres', name: 'orders', host: 'orders-db.example.internal', database: 'orders', tables: ['public.orders', 'public.customers'] };
const SHOP: NonNullable<KafkaConnectConfig['sources']>[number] = { type: 'mysql', name: 'shop', host: '10.0.4.20', database: 'shop', tables: ['shop.carts'], serverId: 5401, network: { cidr: '10.0.4.0/24' } };

function build(config: KafkaConnectConfig = {}, env: 'prod' | 'dev' = 'prod') {
  const common = testCommon(env, { registry: { builtImages: 'registry.example.com/platform' } });
  const app = new App({ outdir: 'unused' });
  const kafka = new KafkaChart(app, { common, authority });
  const minio = new MinioChart(app, { common, operator: minioOperator, authority });
  const chart = new KafkaConnectChart(app, { common, config, kafka: kafka.handle, objectStore: minio.handle, authority });
  return { chart, kafka, minio, objects: manifests(chart), kafkaObjects: manifests(kafka) };
}

const prod = build({ sources: [ORDERS, SHOP] });

describe('kafka-connect (production)', () => {
  test('2 workers from the pre-built image, spread, TLS to the listener with the platform CA, SCRAM as its own user', () => {
    const connect = findObject(prod.objects, 'KafkaConnect', CONNECT_CLUSTER);
    expect(field(connect, 'metadata.annotations')).toMatchObject({ 'strimzi.io/use-connector-resources': 'true' });
    expect(field(connect, 'spec.replicas')).toBe(2);
    expect(field(connect, 'spec.image')).toBe(`registry.example.com/platform/lakeplane/kafka-connect:${BUILT_IMAGES.kafkaConnect.tag}`);
    expect(field(connect, 'spec.build')).toBeUndefined();
    expect(field(connect, 'spec.bootstrapServers')).toBe(prod.kafka.handle.bootstrapServers);
    expect(field(connect, 'spec.tls.trustedCertificates')).toEqual([{ secretName: authority.trust.secretName, certificate: authority.trust.pemKey }]);
    expect(field(connect, 'spec.authentication')).toEqual({ type: 'scram-sha-512', username: 'kafka-connect', passwordSecret: { secretName: 'kafka-connect-kafka', password: 'password' } });
    expect(field(connect, 'spec.template.pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution.0.topologyKey')).toBe('kubernetes.io/hostname');
    expect(field(connect, 'spec.template.podDisruptionBudget')).toEqual({ maxUnavailable: 1 });
    expect(field(connect, 'spec.config')).toMatchObject({ 'config.providers': 'secrets', 'config.providers.secrets.class': 'io.strimzi.kafka.KubernetesSecretConfigProvider', 'topic.creation.enable': false });
  });

  test('secrets reach connectors only through the config provider, whose Role reads exactly those Secrets', () => {
    const role = findObject(prod.objects, 'Role', `${CONNECT_CLUSTER}-secrets`);
    expect(field(role, 'rules')).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['kafka-connect-kafka', 'kafka-connect-s3', 'source-orders', 'source-shop'], verbs: ['get'] }]);
    const binding = findObject(prod.objects, 'RoleBinding', `${CONNECT_CLUSTER}-secrets`);
    expect(field(binding, 'subjects')).toEqual([{ kind: 'ServiceAccount', name: `${CONNECT_CLUSTER}-connect`, namespace: 'kafka-connect' }]);
    for (const connector of findAll(prod.objects, 'KafkaConnector')) {
      const text = JSON.stringify(field(connector, 'spec.config'));
      for (const key of ['database.password', 'aws.secret.access.key', 'aws.access.key.id']) {
        const value = field(connector, 'spec.config')[key];
        if (value !== undefined) expect([connector.metadata.name, key, value]).toEqual([connector.metadata.name, key, expect.stringMatching(/^\$\{secrets:kafka-connect\/[a-z0-9-]+:[A-Za-z]+\}$/)]);
      }
      expect(text).not.toMatch(/password=\\"[^$]/);
    }
    // The source passwords are sealed inputs, one secret per source.
    expect(findObject(prod.objects, 'SealedSecret', 'source-orders')).toBeDefined();
  });

  test('Debezium PostgreSQL: pgoutput, its own slot and filtered publication, the listed tables', () => {
    const pg = findObject(prod.objects, 'KafkaConnector', 'orders');
    expect(field(pg, 'metadata.labels')).toMatchObject({ 'strimzi.io/cluster': CONNECT_CLUSTER });
    expect(field(pg, 'spec.class')).toBe('io.debezium.connector.postgresql.PostgresConnector');
    expect(field(pg, 'spec.tasksMax')).toBe(1);
    expect(field(pg, 'spec.config')).toMatchObject({
      'topic.prefix': 'cdc.orders',
      'database.hostname': 'orders-db.example.internal',
      'database.port': 5432,
      'database.dbname': 'orders',
      'plugin.name': 'pgoutput',
      'slot.name': 'debezium_orders',
      'publication.autocreate.mode': 'filtered',
      'table.include.list': 'public.orders,public.customers',
    });
  });

  test('Debezium MySQL: unique server id, schema history on its own topic with the listener security repeated', () => {
    const my = findObject(prod.objects, 'KafkaConnector', 'shop');
    expect(field(my, 'spec.class')).toBe('io.debezium.connector.mysql.MySqlConnector');
    const config = field(my, 'spec.config');
    expect(config).toMatchObject({ 'database.server.id': 5401, 'database.include.list': 'shop', 'table.include.list': 'shop.carts', 'schema.history.internal.kafka.topic': 'schema-history.cdc.shop' });
    for (const role of ['producer', 'consumer']) {
      expect(config[`schema.history.internal.${role}.security.protocol`]).toBe('SASL_SSL');
      expect(config[`schema.history.internal.${role}.sasl.jaas.config`]).toBe(
        'org.apache.kafka.common.security.scram.ScramLoginModule required username="kafka-connect" password="${secrets:kafka-connect/kafka-connect-kafka:password}";',
      );
    }
    const egress = findObject(prod.objects, 'NetworkPolicy', 'allow-to-source-shop');
    expect(field(egress, 'spec.egress.0')).toEqual({ to: [{ ipBlock: { cidr: '10.0.4.0/24' } }], ports: [{ protocol: 'TCP', port: 3306 }] });
  });
});

describe('kafka-connect wiring', () => {
  test('the sink writes to the bronze bucket, which exists, with a policy for its own user on that bucket only', () => {
    const sink = findObject(prod.objects, 'KafkaConnector', 'bronze-sink');
    expect(field(sink, 'spec.class')).toBe('io.aiven.kafka.connect.s3.AivenKafkaConnectS3SinkConnector');
    const config = field(sink, 'spec.config');
    expect(config['aws.s3.bucket.name']).toBe('bronze');
    expect(config['aws.s3.endpoint']).toBe(prod.minio.handle.endpoint);
    expect(config['topics.regex']).toBe('cdc\\..*');
    expect(prod.minio.handle.buckets).toContain('bronze');
    const policy = prod.minio.handle.policyOf('kafka-connect');
    expect(JSON.stringify(policy)).toContain('arn:aws:s3:::bronze');
    expect(JSON.stringify(policy)).toContain('s3:PutObject');
    expect(JSON.stringify(policy)).not.toMatch(/arn:aws:s3:::(silver|gold|backups)/);
    expect(prod.chart.handle.landingUri).toBe('s3://bronze/cdc/');
  });

  test('users, ACLs and topics agree: every captured table is a topic, and the user may write and read it', () => {
    const topics = prod.kafka.handle.topics.map((t) => t.name);
    expect(prod.chart.handle.topics).toEqual(['cdc.orders.public.customers', 'cdc.orders.public.orders', 'cdc.shop.shop.carts']);
    for (const t of [...prod.chart.handle.topics, `${CONNECT_CLUSTER}-configs`, `${CONNECT_CLUSTER}-offsets`, `${CONNECT_CLUSTER}-status`, 'schema-history.cdc.shop', '__debezium-heartbeat.cdc.orders']) {
      expect(topics).toContain(t);
    }
    const user = prod.kafka.handle.users.find((u) => u.username === 'kafka-connect')!;
    expect(user.namespace).toBe('kafka-connect');
    const allows = (topic: string, op: string): boolean =>
      user.acls.some(
        (a) =>
          a.resource.type === 'topic' &&
          a.operations.includes(op as never) &&
          ((a.resource.patternType ?? 'literal') === 'prefix' ? topic.startsWith(a.resource.name) : topic === a.resource.name),
      );
    for (const t of prod.chart.handle.topics) {
      expect([t, allows(t, 'Write'), allows(t, 'Read')]).toEqual([t, true, true]);
    }
    expect(allows('other.topic', 'Read')).toBe(false);
    // Connect's internal topics are compacted, the config topic has one partition.
    const configTopic = findObject(prod.kafkaObjects, 'KafkaTopic', `topic-${CONNECT_CLUSTER}-configs`);
    expect(field(configTopic, 'spec')).toMatchObject({ partitions: 1, config: { 'cleanup.policy': 'compact' } });
    const history = findObject(prod.kafkaObjects, 'KafkaTopic', 'topic-schema-history-cdc-shop');
    expect(field(history, 'spec.config.retention.ms')).toBeUndefined();
    expect(field(history, 'spec.config')['retention.ms']).toBe(-1);
  });

  test('network: the operator reaches the REST API, workers reach the API server, Kafka and the object store', () => {
    const names = findAll(prod.objects, 'NetworkPolicy').map((p) => p.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['default-deny', 'allow-from-strimzi-operator', 'allow-to-kube-api', 'allow-to-kafka', 'allow-to-object-store', 'allow-to-source-orders']));
    const fromOperator = findObject(prod.objects, 'NetworkPolicy', 'allow-from-strimzi-operator');
    expect(field(fromOperator, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8083 }]);
    expect(findObject(prod.kafkaObjects, 'NetworkPolicy', 'allow-from-kafka-connect')).toBeDefined();
  });

  test('the platform map lists the new endpoints, as the handles give them', () => {
    const map = renderMapMarkdown({ config: testConfig('dev'), components: [kafkaComponent, kafkaConnectComponent], waves: new Map() });
    expect(map).toContain(`| kafka | bootstrap servers (TLS, SASL SCRAM-SHA-512) | \`${prod.kafka.handle.bootstrapServers}\` |`);
    expect(map).toContain(`| kafka-connect | Connect REST API (the operator only) | \`http://${CONNECT_CLUSTER}-connect-api.kafka-connect.svc:8083\` |`);
  });

  test('no source by default: only the sink, no source secret, and small sizes in dev', () => {
    const dev = build({}, 'dev');
    expect(findAll(dev.objects, 'KafkaConnector').map((c) => c.metadata.name)).toEqual(['bronze-sink']);
    expect(field(findObject(dev.objects, 'KafkaConnect'), 'spec.replicas')).toBe(1);
    expect(field(findObject(dev.objects, 'Role'), 'rules.0.resourceNames')).toEqual(['kafka-connect-kafka', 'kafka-connect-s3']);
  });

  test('errors name the field, the value and the fix', () => {
    expect(() => build({ sources: [ORDERS, ORDERS] })).toThrow('kafka-connect.sources: "orders" is listed twice; give every source its own name');
    expect(() => build({ sources: [SHOP, { ...SHOP, name: 'shop2' }] })).toThrow('kafka-connect.sources: serverId 5401 is used by two MySQL sources; every binlog reader needs its own database.server.id');
    expect(() => build({ cpu: 0 })).toThrow('kafka-connect.cpu must be > 0 (got 0)');
  });

  test('every config key is covered (Required<KafkaConnectConfig>)', () => {
    const all: Required<KafkaConnectConfig> = {
      enabled: true,
      decommission: false,
      replicas: 3,
      cpu: 2,
      memoryGiB: 6,
      sources: [{ ...ORDERS, user: 'cdc', port: 6432, failoverSlot: true, snapshotMode: 'no_data', network: { namespace: 'orders' } }],
      sink: { format: 'parquet', prefix: 'raw/cdc/' },
    };
    const { objects } = build(all);
    expect(field(findObject(objects, 'KafkaConnect'), 'spec.replicas')).toBe(3);
    expect(field(findObject(objects, 'KafkaConnect'), 'spec.resources.requests')).toEqual({ cpu: '2', memory: '6Gi' });
    expect(field(findObject(objects, 'KafkaConnector', 'orders'), 'spec.config')).toMatchObject({ 'database.user': 'cdc', 'database.port': 6432, 'slot.failover': true, 'snapshot.mode': 'no_data' });
    expect(field(findObject(objects, 'KafkaConnector', 'bronze-sink'), 'spec.config')).toMatchObject({ 'format.output.type': 'parquet', 'aws.s3.prefix': 'raw/cdc/' });
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-source-orders'), 'spec.egress.0.to.0.namespaceSelector.matchLabels')).toEqual({ 'kubernetes.io/metadata.name': 'orders' });
  });
});

describe('the Kafka Connect image definition', () => {
  const dir = path.join(__dirname, '..', 'images', 'kafka-connect');
  const dockerfile = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
  const build = fs.readFileSync(path.join(dir, 'build.sh'), 'utf8');
  const locked = fs
    .readFileSync(path.join(dir, 'plugins.sha512'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(' '));

  test('built on the pinned Strimzi Kafka image, plugins into Strimzi\'s plugin path as user 1001, no in-cluster build', () => {
    const base = IMAGES[BUILT_IMAGES.kafkaConnect.base];
    const ref = `${base.registry}/${base.repository}:${base.tag}`;
    expect(dockerfile).toContain(`ARG BASE_IMAGE=${ref}`);
    expect(build).toContain(`BASE_IMAGE=${ref}`);
    expect(build).toContain(`TAG=${BUILT_IMAGES.kafkaConnect.tag}`);
    expect(build).toContain(`REPOSITORY=${BUILT_IMAGES.kafkaConnect.repository}`);
    expect(dockerfile).toMatch(/COPY --chown=1001:0 plugins\/ \/opt\/kafka\/plugins\/\nUSER 1001\n$/);
    // The Kafka version of the base tag is the one the KafkaConnect asks for.
    expect(base.tag).toMatch(/-kafka-4\.3\.1$/);
  });

  test('the locked plugins are those of versions.ts, each with a sha512 or marked unlocked for lock.sh', () => {
    expect(locked.map(([name, , url]) => [name, url])).toEqual(Object.entries(CONNECT_PLUGINS).map(([name, p]) => [name, p.url]));
    for (const [name, sum] of locked) {
      expect([name, sum]).toEqual([name, expect.stringMatching(/^([0-9a-f]{128}|-)$/)]);
    }
    // The build refuses an archive without a locked sum.
    expect(build).toContain('has no locked sha512');
  });
});
