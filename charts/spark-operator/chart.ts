/**
 * spark-operator: the Kubeflow Spark operator (chart 2.5.2), which turns SparkApplication and
 * ScheduledSparkApplication objects into driver and executor pods, and the namespace the
 * platform's Spark applications run in.
 *
 * - The operator's submission client is Spark 4.0 (the operator image is built on
 *   apache/spark:4.0.4, kubeflow/spark-operator v2.5.2 Dockerfile), so applications run the
 *   4.0 line; Spark 3.5, which the architecture document names, is end of life.
 * - The mutating webhook is what puts the pod security context, volumes and env of a
 *   SparkApplication onto its driver and executor pods (internal/webhook/sparkpod_defaulter.go),
 *   so it is on, with failurePolicy Fail: a pod it could not default would run without its
 *   restricted security context and be refused by Pod Security anyway. Its serving certificate
 *   comes from cert-manager, issued by the platform's internal CA, and cert-manager's CA
 *   injector writes the CA into the webhook configurations (templates/certmanager/, and the
 *   `cert-manager.io/inject-ca-from` annotation in templates/webhook/).
 * - Drivers and executors run in one job namespace under Pod Security "restricted"; the chart
 *   makes the drivers' ServiceAccount and Role there (templates/spark/).
 */
import { Construct } from 'constructs';
import type { SparkOperatorConfig } from './config';
import type { SparkOperatorHandle } from './handle';
import type { SparkOperatorValues } from './values';
import { HelmApplication } from '../../constructs/application';
import { INTERNAL_CERT_DURATION, INTERNAL_CERT_RENEW_BEFORE } from '../../constructs/certificate';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority } from '../../constructs/ingress';
import { PodMetrics } from '../../constructs/metrics';
import { NetworkRule, PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { NamespaceTrust, trustIn } from '../../constructs/trust';
import { defineComponent } from '../spec';

export const SPARK_OPERATOR = 'spark-operator';
const RELEASE = 'spark-operator';
/** The job namespace when config names none. */
export const DEFAULT_JOB_NAMESPACE = 'spark-jobs';
/** The Spark user of the apache/spark images (apache/spark-docker Dockerfile: `USER spark`, uid 185). */
export const SPARK_UID = 185;
/** Controller metrics (chart values prometheus.metrics.port) and the webhook's port. */
const METRICS_PORT = 8080;
const WEBHOOK_PORT = 9443;
/** The Spark line of the operator's submission client. */
export const OPERATOR_SPARK_VERSION = '4.0.4';

export interface SparkOperatorChartProps {
  readonly common: PlatformCommon;
  readonly config?: SparkOperatorConfig;
  readonly authority: CertificateAuthority;
}

export class SparkOperatorChart extends PlatformChart {
  readonly handle: SparkOperatorHandle;
  readonly values: SparkOperatorValues;
  readonly jobNamespace: PlatformNamespace;
  /** The platform CA bundle in the job namespace, for drivers and executors. */
  readonly jobTrust: NamespaceTrust;

  constructor(scope: Construct, props: SparkOperatorChartProps) {
    super(scope, { component: SPARK_OPERATOR, common: props.common, phase: 2, namespace: SPARK_OPERATOR });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const replicas = config.replicas ?? (production ? 2 : 1);
    const size: ContainerSize = production ? { cpu: 0.2, memoryGiB: 0.5 } : { cpu: 0.1, memoryGiB: 0.25 };

    const ns = new PlatformNamespace(this, 'namespace', { name: SPARK_OPERATOR });
    this.jobNamespace = new PlatformNamespace(this, 'job-namespace', { name: config.jobNamespace ?? DEFAULT_JOB_NAMESPACE });
    this.jobTrust = trustIn(this, this.jobNamespace.name, props.authority.trust);

    const security = {
      // The images' user is the name `spark`: with runAsNonRoot the kubelet needs the number.
      podSecurityContext: { runAsNonRoot: true, runAsUser: SPARK_UID, runAsGroup: SPARK_UID, fsGroup: SPARK_UID, seccompProfile: { type: 'RuntimeDefault' as const } },
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' as const } },
    };
    // The chart's pod labels (templates/controller/_helpers.tpl, templates/webhook/_helpers.tpl).
    const podLabels = (component: string) => ({ 'app.kubernetes.io/name': 'spark-operator', 'app.kubernetes.io/component': component });
    const part = (component: string) => ({
      replicas,
      resources: toResources(size),
      ...security,
      podDisruptionBudget: { enable: replicas > 1, minAvailable: 1 },
      topologySpreadConstraints: replicas > 1 ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule' as const, labelSelector: { matchLabels: podLabels(component) } }] : [],
      labels: { 'app.kubernetes.io/part-of': 'lakeplane' },
    });
    this.values = {
      image: { registry: props.common.images.registry('ghcr.io'), repository: 'kubeflow/spark-operator/controller' },
      controller: { ...part('controller'), uiService: { enable: false } },
      webhook: { ...part('webhook'), enable: true, failurePolicy: 'Fail' },
      spark: { jobNamespaces: [this.jobNamespace.name] },
      prometheus: { metrics: { enable: true, port: METRICS_PORT }, podMonitor: { create: false } },
      certManager: {
        enable: true,
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: props.authority.internalIssuer ?? props.authority.clusterIssuer },
        duration: INTERNAL_CERT_DURATION,
        renewBefore: INTERNAL_CERT_RENEW_BEFORE,
      },
    };
    new HelmApplication<SparkOperatorValues>(this, 'spark-operator', {
      chart: 'sparkOperator',
      releaseName: RELEASE,
      namespace: ns.name,
      values: this.values,
      holdsData: false,
    });
    this.declareWorkload({ name: 'spark-operator-controller', replicas, size });
    this.declareWorkload({ name: 'spark-operator-webhook', replicas, size });

    const controllerLabels = podLabels('controller');
    const webhookLabels = podLabels('webhook');
    new PodMetrics(this, 'metrics', { name: 'spark-operator-controller', namespace: ns.name, selector: controllerLabels, port: 'metrics', portNumber: METRICS_PORT });
    // Controller and webhook watch and change objects through the API server; the API server
    // calls the webhook (its address is not a pod: any source on the webhook port).
    ns.allowKubeApi();
    ns.allowIngress('kube-api-webhook', { peers: [{ cidr: '0.0.0.0/0' }], ports: [WEBHOOK_PORT], podLabels: webhookLabels });

    // Drivers and executors talk to each other (block manager, shuffle, RPC); drivers create
    // and delete their executor pods through the API server.
    const driver = { 'spark-role': 'driver' };
    this.jobNamespace.allowWithinNamespace();
    this.jobNamespace.allowKubeApi(driver);

    const jobNamespace = this.jobNamespace;
    this.handle = {
      jobNamespace: jobNamespace.name,
      // templates/spark/serviceaccount.yaml: <fullname>-spark.
      driverServiceAccount: `${RELEASE}-spark`,
      sparkVersion: OPERATOR_SPARK_VERSION,
      driverPodLabels: driver,
      trust: this.jobTrust,
      allowEgress: (name: string, rule: NetworkRule) => jobNamespace.allowEgress(name, rule),
      allowIngress: (name: string, rule: NetworkRule) => jobNamespace.allowIngress(name, rule),
    };
  }
}

export const sparkOperatorComponent = defineComponent({
  id: SPARK_OPERATOR,
  phase: 2,
  layer: 'processing',
  description: `Kubeflow Spark operator (Spark ${OPERATOR_SPARK_VERSION} line): runs SparkApplications in the job namespace, with its webhook certificate from cert-manager`,
  dependsOn: () => ['cert-manager'],
  charts: ['sparkOperator'],
  build: (ctx) => {
    const chart = new SparkOperatorChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components['spark-operator'],
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
