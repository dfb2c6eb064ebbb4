/**
 * Phase 2's Spark: the operator (chart values, webhook certificate, job namespace) and the
 * jobs (the streaming ingest and the nightly batch), built in both environments at phase 2,
 * with the wiring stated: the jobs reach the catalog, the object store, Keycloak and Kafka
 * through those components' handles and objects, and every driver and executor pod is
 * restricted.
 */
import { buildEnvironment } from '../lib/build';
import { Manifest, renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import { SparkOperatorChart, SPARK_UID } from '../charts/spark-operator/chart';
import { CHECKPOINT_BUCKET, SparkStreamingChart, SPARK_CATALOG, sparkPodSize } from '../charts/spark-streaming/chart';
import { NessieChart } from '../charts/nessie/chart';
import { BUILT_IMAGES, CHARTS } from '../versions';
import { field } from './util';

const builds = Object.fromEntries(
  (['dev', 'prod'] as const).map((env) => {
    const build = buildEnvironment(loadEnvironment(env, 2));
    return [env, { build, rendered: renderEnvironment(build) }];
  }),
);

function objects(env: 'dev' | 'prod', folder: string): readonly Manifest[] {
  return builds[env].rendered.objects.get(folder) ?? [];
}

function chartOf<T>(env: 'dev' | 'prod', folder: string, type: new (...args: never[]) => T): T {
  return builds[env].build.charts.get(folder)!.find((c): c is T & (typeof c) => c instanceof type) as T;
}

function env(part: unknown): Record<string, unknown> {
  return Object.fromEntries((field(part, 'env') as Array<{ name: string; value?: string; valueFrom?: unknown }>).map((e) => [e.name, e.value ?? e.valueFrom]));
}

describe.each(['dev', 'prod'] as const)('%s at phase 2', (name) => {
  const operator = () => chartOf(name, 'spark-operator', SparkOperatorChart);
  const jobs = () => chartOf(name, 'spark-streaming', SparkStreamingChart);
  const streaming = () => objects(name, 'spark-streaming').find((o) => o.kind === 'SparkApplication')!;
  const batch = () => objects(name, 'spark-streaming').find((o) => o.kind === 'ScheduledSparkApplication')!;

  it('installs the pinned operator chart watching one restricted job namespace, with its webhook on and its certificate from the internal CA', () => {
    const v = operator().values;
    expect(CHARTS.sparkOperator.version).toBe('2.5.2');
    expect(v.spark.jobNamespaces).toEqual([operator().jobNamespace.name]);
    expect(v.webhook.enable).toBe(true);
    expect(v.webhook.failurePolicy).toBe('Fail');
    expect(v.certManager).toMatchObject({ enable: true, issuerRef: { kind: 'ClusterIssuer', group: 'cert-manager.io' } });
    expect(v.controller.podSecurityContext).toMatchObject({ runAsNonRoot: true, runAsUser: SPARK_UID });
    const ns = objects(name, 'spark-operator').filter((o) => o.kind === 'Namespace');
    expect(ns.map((n) => [n.metadata.name, (n.metadata.labels as Record<string, string>)['pod-security.kubernetes.io/enforce']])).toEqual([
      ['spark-operator', 'restricted'],
      ['spark-jobs', 'restricted'],
    ]);
    expect(objects(name, 'spark-operator').some((o) => o.kind === 'PodMonitor')).toBe(true);
  });

  it('runs both jobs from the lakehouse image in the built-images registry, as the Spark version the operator submits with', () => {
    for (const app of [field(streaming(), 'spec'), field(batch(), 'spec.template')]) {
      expect(app.image).toBe(`registry.data.example.com/platform/${BUILT_IMAGES.spark.repository}:${BUILT_IMAGES.spark.tag}`);
      expect(app.sparkVersion).toBe(operator().handle.sparkVersion);
      expect(app.type).toBe('Python');
      expect(app.driver.serviceAccount).toBe(operator().handle.driverServiceAccount);
    }
    expect(field(streaming(), 'metadata.namespace')).toBe('spark-jobs');
  });

  it('wires the catalog, the object store and Keycloak from their handles, with no secret in the spec', () => {
    const catalog = chartOf(name, 'nessie', NessieChart).handle;
    const conf = field(streaming(), 'spec.sparkConf') as Record<string, string>;
    expect(conf[`spark.sql.catalog.${SPARK_CATALOG}.type`]).toBe('rest');
    expect(conf[`spark.sql.catalog.${SPARK_CATALOG}.uri`]).toBe(catalog.icebergRestUri);
    expect(conf[`spark.sql.catalog.${SPARK_CATALOG}.warehouse`]).toBe(catalog.warehouse);
    expect(conf[`spark.sql.catalog.${SPARK_CATALOG}.oauth2-server-uri`]).toBe(`${catalog.issuerUrl}/protocol/openid-connect/token`);
    expect(conf[`spark.sql.catalog.${SPARK_CATALOG}.oauth2-server-uri`]).toMatch(/^https:\/\/keycloak\.[a-z.]+\/realms\/lakeplane\/protocol\/openid-connect\/token$/);
    expect(conf['spark.hadoop.fs.s3a.endpoint']).toBe(conf[`spark.sql.catalog.${SPARK_CATALOG}.s3.endpoint`]);
    expect(conf['spark.driver.extraJavaOptions']).toContain('-Djavax.net.ssl.trustStore=');
    expect(JSON.stringify(field(streaming(), 'spec'))).not.toMatch(/password=|secret-access-key|credential"/i);
    // The secrets reach the driver as references to Secrets of the job namespace only.
    const driver = env(field(streaming(), 'spec.driver'));
    expect(driver.LAKEPLANE_OIDC_CLIENT_SECRET).toEqual({ secretKeyRef: { name: 'spark-jobs-oidc', key: 'client-secret' } });
    expect(driver.LAKEPLANE_S3_ACCESS_KEY).toEqual({ secretKeyRef: { name: jobs().credentials.secret.name, key: 'accessKey' } });
    expect(Object.keys(env(field(streaming(), 'spec.executor')))).toEqual(['PYTHONPATH']);
    const secrets = objects(name, 'spark-streaming').filter((o) => o.kind === 'SealedSecret').map((o) => o.metadata.name).sort();
    expect(secrets).toEqual(['spark-jobs-oidc', 'spark-jobs-s3', 'spark-streaming-kafka']);
  });

  it('reads the topic and connects as the user that the Kafka objects define, and checkpoints into its own bucket', () => {
    const kafka = objects(name, 'kafka');
    const driver = env(field(streaming(), 'spec.driver'));
    const topic = kafka.find((o) => o.kind === 'KafkaTopic' && (field(o, 'spec.topicName') ?? o.metadata.name) === driver.LAKEPLANE_KAFKA_TOPIC);
    expect(topic).toBeDefined();
    const user = kafka.find((o) => o.kind === 'KafkaUser' && o.metadata.name === driver.LAKEPLANE_KAFKA_USER)!;
    expect(field(user, 'spec.authentication.type')).toBe('scram-sha-512');
    const acls = field(user, 'spec.authorization.acls') as Array<{ resource: { type: string; name: string }; operations: string[] }>;
    expect(acls.find((a) => a.resource.type === 'topic')).toMatchObject({ resource: { name: driver.LAKEPLANE_KAFKA_TOPIC }, operations: expect.arrayContaining(['Read']) });
    expect(acls.every((a) => !a.operations.includes('Write') && !a.operations.includes('All'))).toBe(true);
    const bootstrap = kafka.find((o) => o.kind === 'Kafka')!;
    expect(String(driver.LAKEPLANE_KAFKA_BOOTSTRAP)).toBe(`${bootstrap.metadata.name}-kafka-bootstrap.${bootstrap.metadata.namespace}.svc:9093`);
    expect(driver.LAKEPLANE_CHECKPOINT).toBe(`s3a://${CHECKPOINT_BUCKET}/stream-to-bronze/`);
    expect(jobs().handle.checkpointLocation).toBe(driver.LAKEPLANE_CHECKPOINT);
  });

  it('keeps the stream running (restart Always, fixed executors) and sizes the nightly batch with dynamic allocation and shuffle tracking', () => {
    expect(field(streaming(), 'spec.restartPolicy.type')).toBe('Always');
    expect(field(streaming(), 'spec.dynamicAllocation')).toBeUndefined();
    expect(field(batch(), 'spec.schedule')).toBe('0 3 * * *');
    expect(field(batch(), 'spec.concurrencyPolicy')).toBe('Forbid');
    expect(field(batch(), 'spec.template.dynamicAllocation')).toMatchObject({ enabled: true, shuffleTrackingEnabled: true });
    if (name === 'prod') {
      // The architecture document's sizes: driver 4 cores / 8 GB, executors 6 x 4 cores / 16 GB.
      expect([field(batch(), 'spec.template.driver.cores'), field(batch(), 'spec.template.driver.memory')]).toEqual([4, '8g']);
      expect([field(batch(), 'spec.template.executor.cores'), field(batch(), 'spec.template.executor.memory'), field(batch(), 'spec.template.dynamicAllocation.maxExecutors')]).toEqual([4, '16g', 6]);
      // 16 GiB of heap is a 17.6 GiB pod.
      expect(sparkPodSize({ cores: 4, memory: '16g' }).memoryGiB).toBeCloseTo(17.6, 1);
    }
  });

  it('runs every driver and executor pod as uid 185 under the restricted profile, with the platform CA and no writable root', () => {
    for (const part of [field(streaming(), 'spec.driver'), field(streaming(), 'spec.executor'), field(batch(), 'spec.template.driver'), field(batch(), 'spec.template.executor')]) {
      expect(part.podSecurityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 185, runAsGroup: 185, seccompProfile: { type: 'RuntimeDefault' } });
      expect(part.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      expect(part.volumeMounts.map((m: { name: string }) => m.name)).toEqual(['jobs', 'platform-ca', 'scratch']);
    }
  });
});

describe('bad Spark input', () => {
  it('names the field, the value and the fix', () => {
    const input = { ...ENVIRONMENTS.dev, components: { 'spark-streaming': { batch: { executor: { cores: 4, memory: '16GB', maxExecutors: 6 } } } } };
    expect(() => parseConfig(input, 'config/environments/dev.ts')).toThrow(/components\.spark-streaming\.batch\.executor\.memory.*16GB.*512m or 8g/s);
  });

  it('refuses to build the jobs without a registry for the images lakeplane defines', () => {
    const config = loadEnvironment('dev', 2);
    const bare = { ...config, registry: { ...config.registry, builtImages: undefined, imageMirror: undefined } };
    expect(() => buildEnvironment(bare)).toThrow(/registry\.builtImages: not set.*images\/spark\/Dockerfile.*set registry\.builtImages/);
  });
});

describe('node pools that later phases bring', () => {
  it('are not part of the cluster below their phase; from phase 3 Spark runs on its own pool', () => {
    const pools = (phase: 1 | 2 | 3): string[] => buildEnvironment(loadEnvironment('prod', phase)).common.nodePools.map((p) => p.name);
    expect(pools(1)).toEqual(['control-plane', 'storage', 'compute']);
    expect(pools(2)).toEqual(['control-plane', 'storage', 'compute', 'compute-p2', 'storage-p2', 'kafka']);
    expect(pools(3)).toContain('spark');
    const jobsAt = (phase: 2 | 3) => {
      const b = buildEnvironment(loadEnvironment('prod', phase));
      return b.charts.get('spark-streaming')!.find((c): c is SparkStreamingChart => c instanceof SparkStreamingChart)!;
    };
    expect(field(jobsAt(2).streaming.toJson(), 'spec.driver.affinity')).toBeUndefined();
    expect(field(jobsAt(3).streaming.toJson(), 'spec.executor.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms')).toEqual([
      { matchExpressions: [{ key: 'lakeplane.io/pool', operator: 'In', values: ['spark'] }] },
    ]);
    expect(jobsAt(3).workloads.filter((w) => w.name.startsWith('bronze-to-silver')).map((w) => w.pool)).toEqual(['spark', 'spark']);
  });
});
