/**
 * spark-streaming: the lakehouse's Spark jobs, run by the Spark operator in its job namespace
 * from the lakehouse Spark image (images/spark/):
 *
 * - `stream-to-bronze`, a long-running SparkApplication (restart policy Always, a fixed set
 *   of executors: dynamic allocation would keep shuffle-holding executors forever on a
 *   stream): Kafka -> an Iceberg bronze table, with its checkpoints in a bucket of their own;
 * - `bronze-to-silver`, a ScheduledSparkApplication every night with dynamic allocation and
 *   shuffle tracking (no external shuffle service on Kubernetes): the latest record per key,
 *   merged into silver.
 *
 * The catalog is Iceberg's REST catalog on Nessie (the catalog handle's URI and warehouse),
 * with OAuth2 client credentials of the jobs' own Keycloak client; the object store's
 * endpoint and the job's own key come from the object-store handle; the platform CA is
 * trusted through the job namespace's bundle (JVM trust store). Secrets reach the driver as
 * environment variables and are set on the session by the job (jobs/lakehouse_session.py),
 * never written into the SparkApplication.
 */
import * as fs from 'fs';
import * as path from 'path';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { SparkStreamingConfig } from './config';
import type { SparkJobsHandle } from './handle';
import {
  ScheduledSparkApplication,
  ScheduledSparkApplicationSpecTemplate,
  ScheduledSparkApplicationSpecTemplateType,
} from '../../imports/sparkoperator.k8s.io_scheduledsparkapplication-sparkoperator.k8s.io';
import { SparkApplication, SparkApplicationSpec, SparkApplicationSpecRestartPolicyType, SparkApplicationSpecType } from '../../imports/sparkoperator.k8s.io_sparkapplication-sparkoperator.k8s.io';
import type { PlatformCommon } from '../../constructs/common';
import { LABEL_POOL } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { sparkMemoryMiB, sparkPodMemoryMiB } from '../../constructs/spark';
import type { ObjectStore, S3Credentials } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import type { ContainerSize } from '../../constructs/resources';
import { secretEnv } from '../../constructs/secret';
import { waive } from '../../constructs/workload';
import type { KafkaCluster } from '../kafka/handle';
import type { IdentityProvider } from '../keycloak/handle';
import type { IcebergCatalog } from '../nessie/handle';
import type { SparkOperatorHandle } from '../spark-operator/handle';
import { defineComponent } from '../spec';
import { SPARK_ALERTS } from './alerts';

export const SPARK_STREAMING = 'spark-streaming';
/** The catalog's name inside Spark (spark.sql.catalog.<name>), the same as Trino's. */
export const SPARK_CATALOG = 'iceberg';
/** Where the jobs' Python files are mounted (the ConfigMap `lakeplane-spark-jobs`). */
export const JOBS_DIR = '/opt/lakeplane/jobs';
/** The bucket of the streaming checkpoints. */
export const CHECKPOINT_BUCKET = 'spark-checkpoints';
/** Spark's UI port on the driver, where PrometheusServlet serves the metrics. */
const SPARK_UI_PORT = 4040;
/** The Spark user of the image (apache/spark: `USER spark`, uid 185). */
const SPARK_UID = 185;

const JOB_FILES = ['lakehouse_session.py', 'stream_to_bronze.py', 'bronze_to_silver.py'] as const;

export interface SparkPartSize {
  readonly cores: number;
  /** JVM heap, Spark's notation (`8g`). */
  readonly memory: string;
}

export interface SparkStreamingChartProps {
  readonly common: PlatformCommon;
  readonly config?: SparkStreamingConfig;
  readonly operator: SparkOperatorHandle;
  readonly catalog: IcebergCatalog;
  readonly objectStore: ObjectStore;
  readonly identity: IdentityProvider;
  readonly kafka: KafkaCluster;
}

/** The pod a driver or executor of this size asks for: the heap plus Spark's overhead (constructs/spark.ts). */
export function sparkPodSize(part: SparkPartSize): ContainerSize {
  const heap = sparkMemoryMiB(part.memory);
  if (heap === undefined) {
    throw new Error(`spark memory "${part.memory}": must be a number with m or g, such as 512m or 8g`);
  }
  return { cpu: part.cores, memoryGiB: sparkPodMemoryMiB(heap) / 1024 };
}

export class SparkStreamingChart extends PlatformChart {
  readonly handle: SparkJobsHandle;
  readonly streaming: SparkApplication;
  readonly batch: ScheduledSparkApplication;
  readonly credentials: S3Credentials;

  constructor(scope: Construct, props: SparkStreamingChartProps) {
    const namespace = props.operator.jobNamespace;
    super(scope, { component: SPARK_STREAMING, common: props.common, phase: 2, namespace });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const tables = config.tables ?? { bronze: 'bronze.events', silver: 'silver.events' };
    const topicName = config.streaming?.topic ?? 'events';

    // The architecture document's batch sizes in production: driver 4 cores / 8 GB, executors
    // 4 cores / 16 GB, up to 6 of them.
    const streamDriver = config.streaming?.driver ?? (production ? { cores: 2, memory: '4g' } : { cores: 1, memory: '1g' });
    const streamExecutor = config.streaming?.executor ?? (production ? { cores: 2, memory: '8g', instances: 2 } : { cores: 1, memory: '2g', instances: 1 });
    const batchDriver = config.batch?.driver ?? (production ? { cores: 4, memory: '8g' } : { cores: 1, memory: '1g' });
    const batchExecutor = config.batch?.executor ?? (production ? { cores: 4, memory: '16g', maxExecutors: 6 } : { cores: 1, memory: '2g', maxExecutors: 2 });

    // Who the jobs are: a Keycloak client for the catalog, an object-store key for the
    // tables' files and the checkpoints, a Kafka user that reads the topic.
    const oidc = props.identity.addClient(this, 'spark-jobs', { namespace, name: 'Spark jobs', redirectUris: [], serviceAccount: true });
    if (!oidc.secret) {
      throw new Error('spark-streaming: the jobs\' OIDC client must be confidential (they get tokens with its secret)');
    }
    const checkpoints = props.objectStore.bucket(CHECKPOINT_BUCKET);
    const bronzeBucket = props.objectStore.bucket('bronze');
    const silverBucket = props.objectStore.bucket('silver');
    this.credentials = props.objectStore.grant(this, 'spark-jobs', namespace, [
      { bucket: bronzeBucket, access: 'readwrite' },
      { bucket: silverBucket, access: 'readwrite' },
      { bucket: checkpoints, access: 'readwrite' },
    ]);
    const topic = props.kafka.addTopic(topicName);
    const kafkaUser = props.kafka.addUser(this, 'spark-streaming', [
      { resource: { type: 'topic', name: topic.name }, operations: ['Read', 'Describe'] },
      // The Kafka source's consumer groups are named spark-kafka-source-<uuid>-... (Spark's KafkaSourceProvider).
      { resource: { type: 'group', name: 'spark-kafka-source-', patternType: 'prefix' }, operations: ['Read', 'Describe'] },
    ], { namespace });
    const checkpointLocation = `s3a://${checkpoints.name}/stream-to-bronze/`;

    // The jobs' code, mounted into drivers and executors.
    const code = new k8s.KubeConfigMap(this, 'jobs', {
      metadata: { name: 'lakeplane-spark-jobs', namespace },
      data: Object.fromEntries(JOB_FILES.map((file) => [file, fs.readFileSync(path.join(__dirname, 'jobs', file), 'utf8')])),
    });
    const trust = props.operator.trust;

    const env = (extra: Record<string, string>): Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }> => [
      { name: 'LAKEPLANE_CATALOG', value: SPARK_CATALOG },
      { name: 'LAKEPLANE_BRONZE_TABLE', value: tables.bronze },
      { name: 'LAKEPLANE_SILVER_TABLE', value: tables.silver },
      { name: 'LAKEPLANE_OIDC_CLIENT_ID', value: oidc.clientId },
      secretEnv('LAKEPLANE_OIDC_CLIENT_SECRET', oidc.secret!),
      secretEnv('LAKEPLANE_S3_ACCESS_KEY', { name: this.credentials.secret.name, key: this.credentials.accessKeyKey }),
      secretEnv('LAKEPLANE_S3_SECRET_KEY', { name: this.credentials.secret.name, key: this.credentials.secretKeyKey }),
      { name: 'PYTHONPATH', value: JOBS_DIR },
      ...Object.entries(extra).map(([name, value]) => ({ name, value })),
    ];

    // Everything about the catalog and the store that is not secret.
    const sparkConf: Record<string, string> = {
      'spark.sql.extensions': 'org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions,org.projectnessie.spark.extensions.NessieSparkSessionExtensions',
      [`spark.sql.catalog.${SPARK_CATALOG}`]: 'org.apache.iceberg.spark.SparkCatalog',
      [`spark.sql.catalog.${SPARK_CATALOG}.type`]: 'rest',
      [`spark.sql.catalog.${SPARK_CATALOG}.uri`]: props.catalog.icebergRestUri,
      [`spark.sql.catalog.${SPARK_CATALOG}.warehouse`]: props.catalog.warehouse,
      [`spark.sql.catalog.${SPARK_CATALOG}.rest.auth.type`]: 'oauth2',
      [`spark.sql.catalog.${SPARK_CATALOG}.oauth2-server-uri`]: `${props.catalog.issuerUrl}/protocol/openid-connect/token`,
      [`spark.sql.catalog.${SPARK_CATALOG}.scope`]: 'openid',
      [`spark.sql.catalog.${SPARK_CATALOG}.s3.endpoint`]: props.objectStore.endpoint,
      [`spark.sql.catalog.${SPARK_CATALOG}.s3.path-style-access`]: String(props.objectStore.pathStyle),
      [`spark.sql.catalog.${SPARK_CATALOG}.client.region`]: props.objectStore.region,
      'spark.sql.defaultCatalog': SPARK_CATALOG,
      'spark.hadoop.fs.s3a.endpoint': props.objectStore.endpoint,
      'spark.hadoop.fs.s3a.path.style.access': String(props.objectStore.pathStyle),
      'spark.hadoop.fs.s3a.endpoint.region': props.objectStore.region,
      'spark.hadoop.fs.s3a.impl': 'org.apache.hadoop.fs.s3a.S3AFileSystem',
      // The platform CA for every TLS peer (Nessie, Keycloak, the object store, Kafka).
      'spark.driver.extraJavaOptions': trust.jvmOptions.join(' '),
      'spark.executor.extraJavaOptions': trust.jvmOptions.join(' '),
      // Metrics in Prometheus' format on the driver's UI port (no JMX agent jar).
      'spark.ui.prometheus.enabled': 'true',
      'spark.metrics.conf.*.sink.prometheusServlet.class': 'org.apache.spark.metrics.sink.PrometheusServlet',
      'spark.metrics.conf.*.sink.prometheusServlet.path': '/metrics/prometheus',
    };

    const volumes = [
      { name: 'jobs', configMap: { name: code.name } },
      trust.volume,
      // The root filesystem is read-only: Spark's scratch space and Python's caches.
      { name: 'scratch', emptyDir: { sizeLimit: '10Gi' } },
    ];
    const mounts = [
      { name: 'jobs', mountPath: JOBS_DIR, readOnly: true },
      trust.volumeMount,
      { name: 'scratch', mountPath: '/tmp' },
    ];
    const podSecurityContext = { runAsNonRoot: true, runAsUser: SPARK_UID, runAsGroup: SPARK_UID, fsGroup: SPARK_UID, seccompProfile: { type: 'RuntimeDefault' } };
    const securityContext = { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
    // Only the driver holds the secrets: it opens the catalog and the Kafka source, and the
    // credentials reach the executors' tasks through the plan, never through their pods.
    // Spark's own pool when the cluster has one (phase 3 in the document), else anywhere.
    const sparkPools = props.common.nodePools.filter((p) => p.role === 'spark').map((p) => p.name);
    const affinity = sparkPools.length > 0 ? { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: LABEL_POOL, operator: 'In', values: sparkPools }] }] } } } : undefined;
    const pool = sparkPools.length > 0 ? ('spark' as const) : undefined;
    const part = (job: string, size: SparkPartSize, role: 'driver' | 'executor', extraEnv: Record<string, string>) => ({
      ...(affinity ? { affinity } : {}),
      cores: size.cores,
      memory: size.memory,
      labels: { 'app.kubernetes.io/name': job, 'app.kubernetes.io/part-of': 'lakeplane', 'app.kubernetes.io/component': role },
      env: role === 'driver' ? env(extraEnv) : [{ name: 'PYTHONPATH', value: JOBS_DIR }],
      volumeMounts: mounts,
      podSecurityContext,
      securityContext,
      ...(role === 'driver' ? { serviceAccount: props.operator.driverServiceAccount } : {}),
    });
    const image = props.common.images.built('spark');
    const base = {
      type: SparkApplicationSpecType.PYTHON,
      mode: 'cluster',
      image,
      imagePullPolicy: 'IfNotPresent',
      sparkVersion: props.operator.sparkVersion,
      sparkConf,
      volumes,
    };

    const streamEnv = {
      LAKEPLANE_KAFKA_BOOTSTRAP: props.kafka.bootstrapServers,
      LAKEPLANE_KAFKA_TOPIC: topic.name,
      LAKEPLANE_KAFKA_USER: kafkaUser.username,
      LAKEPLANE_KAFKA_SECURITY_PROTOCOL: kafkaUser.securityProtocol,
      LAKEPLANE_KAFKA_SASL_MECHANISM: kafkaUser.saslMechanism,
      LAKEPLANE_CHECKPOINT: checkpointLocation,
      LAKEPLANE_TRIGGER: config.streaming?.trigger ?? '1 minute',
    };
    const streamDriverSpec = { ...part('stream-to-bronze', streamDriver, 'driver', streamEnv) };
    (streamDriverSpec.env as unknown[]).push(secretEnv('LAKEPLANE_KAFKA_PASSWORD', kafkaUser.password));
    this.streaming = new SparkApplication(this, 'stream-to-bronze', {
      metadata: { name: 'stream-to-bronze', namespace },
      spec: {
        ...base,
        mainApplicationFile: `local://${JOBS_DIR}/stream_to_bronze.py`,
        restartPolicy: { type: SparkApplicationSpecRestartPolicyType.ALWAYS, onFailureRetryInterval: 30, onSubmissionFailureRetryInterval: 60 },
        driver: streamDriverSpec,
        executor: { ...part('stream-to-bronze', { cores: streamExecutor.cores, memory: streamExecutor.memory }, 'executor', streamEnv), instances: streamExecutor.instances },
      } as unknown as SparkApplicationSpec,
    });
    waive(this.streaming, 'probes', 'the driver and executors of a Spark application serve no health endpoint; the operator restarts a failed application (restartPolicy Always) and SparkStreamingJobDown alerts on it');
    this.declareWorkload({ name: 'stream-to-bronze-driver', replicas: 1, size: sparkPodSize(streamDriver), pool });
    this.declareWorkload({ name: 'stream-to-bronze-executor', replicas: streamExecutor.instances, size: sparkPodSize(streamExecutor), pool });

    const batchEnv = {};
    this.batch = new ScheduledSparkApplication(this, 'bronze-to-silver', {
      metadata: { name: 'bronze-to-silver', namespace },
      spec: {
        schedule: config.batch?.schedule ?? '0 3 * * *',
        timeZone: config.batch?.timeZone ?? 'UTC',
        // A night's run that is still going when the next is due is not started twice.
        concurrencyPolicy: 'Forbid',
        successfulRunHistoryLimit: 3,
        failedRunHistoryLimit: 3,
        template: {
          ...base,
          type: ScheduledSparkApplicationSpecTemplateType.PYTHON,
          mainApplicationFile: `local://${JOBS_DIR}/bronze_to_silver.py`,
          restartPolicy: { type: 'OnFailure', onFailureRetries: 2, onFailureRetryInterval: 300, onSubmissionFailureRetries: 3, onSubmissionFailureRetryInterval: 60 },
          dynamicAllocation: { enabled: true, initialExecutors: 1, minExecutors: 1, maxExecutors: batchExecutor.maxExecutors, shuffleTrackingEnabled: true, shuffleTrackingTimeout: 600_000 },
          driver: part('bronze-to-silver', batchDriver, 'driver', batchEnv),
          executor: part('bronze-to-silver', { cores: batchExecutor.cores, memory: batchExecutor.memory }, 'executor', batchEnv),
        } as unknown as ScheduledSparkApplicationSpecTemplate,
      },
    });
    waive(this.batch, 'probes', 'the driver and executors of a Spark batch run serve no health endpoint; the operator retries a failed run (restartPolicy OnFailure)');
    // A nightly run needs its room at night: the report counts it at its widest.
    this.declareWorkload({ name: 'bronze-to-silver-driver', replicas: 1, size: sparkPodSize(batchDriver), pool });
    this.declareWorkload({ name: 'bronze-to-silver-executor', replicas: batchExecutor.maxExecutors, size: sparkPodSize(batchExecutor), pool });

    new PodMetrics(this, 'metrics', {
      name: 'stream-to-bronze',
      namespace,
      selector: { 'app.kubernetes.io/name': 'stream-to-bronze', 'spark-role': 'driver' },
      port: 'spark-ui',
      portNumber: SPARK_UI_PORT,
      path: '/metrics/prometheus',
    });

    // The network paths: drivers and executors to the catalog and Keycloak (the object-store
    // grant and the Kafka user open their own paths from this namespace); each server opens its side.
    props.catalog.allowClient(namespace);
    props.operator.allowEgress('spark-jobs-catalog', { peers: [{ namespace: props.catalog.namespace, podLabels: { ...props.catalog.podLabels } }], ports: [props.catalog.port] });
    props.operator.allowEgress('spark-jobs-identity', { peers: [{ namespace: props.identity.namespace, podLabels: { ...props.identity.podLabels } }] });

    this.handle = { tables, topic: topic.name, checkpointLocation };
  }
}

export const sparkStreamingComponent = defineComponent({
  alerts: [SPARK_ALERTS],
  id: SPARK_STREAMING,
  phase: 2,
  layer: 'processing',
  description: 'Spark jobs: Kafka -> Iceberg bronze continuously (stream-to-bronze), bronze -> silver nightly (bronze-to-silver), on the Nessie catalog',
  dependsOn: () => ['spark-operator', 'nessie', 'minio', 'keycloak', 'kafka'],
  images: ['spark'],
  build: (ctx) => {
    const chart = new SparkStreamingChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components['spark-streaming'],
      operator: ctx.handles.get('spark-operator'),
      catalog: ctx.handles.get('nessie'),
      objectStore: ctx.handles.get('minio'),
      identity: ctx.handles.get('keycloak'),
      kafka: ctx.handles.get('kafka'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
