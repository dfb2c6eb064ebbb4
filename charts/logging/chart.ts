/**
 * Logs: Loki (monolithic, one replica) with its chunks and index in the object store (bucket
 * `logs`, its own key), and Grafana Alloy on every node shipping container logs from
 * /var/log/pods. Grafana gets Loki as a data source through the monitoring handle.
 *
 * Alloy reads log files owned by root on the node's filesystem: it runs as root, with no
 * capabilities, and mounts /var/log read-only. That is the one exception here, so the agent
 * runs in a namespace of its own ("privileged", with the reason) and Loki's stays "restricted".
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { PlatformConfig } from '../../config/schema';
import type { LoggingConfig } from './config';
import { dataProtection } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import type { CertificateAuthority } from '../../constructs/ingress';
import { trustIn } from '../../constructs/trust';
import { PlatformCommon } from '../../constructs/common';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, memoryQuantity, toResources } from '../../constructs/resources';
import { waive } from '../../constructs/workload';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import { durationHours } from '../../config/durations';
import type { AlloyValues } from './alloy-values';
import type { LokiValues } from './loki-values';
import type { LogStore } from './handle';
import type { Monitoring } from '../monitoring/handle';

export interface LoggingProps {
  readonly common: PlatformCommon;
  readonly config?: LoggingConfig;
  readonly objectStore: ObjectStore;
  readonly monitoring: Monitoring;
  /** Signs the object store's endpoint: Loki trusts it through a CA bundle in its namespace. */
  readonly authority: CertificateAuthority;
}

export const LOKI_RELEASE = 'loki';
export const LOKI_PORT = 3100;
/** The bucket Loki writes chunks and index to. */
export const LOGS_BUCKET = 'logs';
/** Namespace of the node agent (host access, see the file comment). */
export const LOG_AGENT_NAMESPACE = 'logging-agent';
const LOKI_POD_LABELS = { 'app.kubernetes.io/name': 'loki', 'app.kubernetes.io/component': 'single-binary' } as const;
const ALLOY_POD_LABELS = { 'app.kubernetes.io/name': 'alloy' } as const;
/** Loki's rules sidecar: idle but for rule changes. */
const SIDECAR_SIZE: ContainerSize = { cpu: 0.05, memoryGiB: 0.125 };
/** Loki's schema start date: fixed, because changing it re-reads the index differently. */
const SCHEMA_FROM = '2026-01-01';

export class LoggingChart extends PlatformChart implements LogStore {
  readonly namespace: string;
  readonly lokiUrl: string;
  readonly podLabels = LOKI_POD_LABELS;
  readonly port = LOKI_PORT;
  readonly loki: HelmApplication<LokiValues>;
  readonly alloy: HelmApplication<AlloyValues>;

  constructor(scope: Construct, id: string, props: LoggingProps) {
    super(scope, { component: id, common: props.common, phase: 1, namespace: id });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    const lokiSize: ContainerSize = config.loki?.size ?? (production ? { cpu: 2, memoryGiB: 4 } : { cpu: 0.5, memoryGiB: 1 });
    const retention = config.loki?.retention ?? '744h';
    const storageGiB = config.loki?.storageGiB ?? (production ? 20 : 5);
    const alloySize: ContainerSize = config.alloy?.size ?? (production ? { cpu: 0.1, memoryGiB: 0.5 } : { cpu: 0.05, memoryGiB: 0.25 });
    if (durationHours(retention) < 24) {
      throw new Error(`logging.loki.retention must be at least 24h, Loki's index period (got ${retention})`);
    }
    const storageClass = common.storageClasses.default;
    this.namespace = id;
    this.lokiUrl = `http://${LOKI_RELEASE}.${this.namespace}.svc:${LOKI_PORT}`;

    const ns = new PlatformNamespace(this, 'namespace', { name: id });
    const agentNs = new PlatformNamespace(this, 'agent-namespace', {
      name: LOG_AGENT_NAMESPACE,
      podSecurity: 'privileged',
      podSecurityReason: 'the log agent reads container log files on each node: read-only hostPath /var/log, as root (files are root-owned), no capabilities',
    });
    const agentNsObject = agentNs.node.findChild('namespace') as ApiObject;
    waive(agentNsObject, 'host-path', 'Alloy reads /var/log/pods from the node, mounted read-only');
    waive(agentNsObject, 'run-as-non-root', 'log files under /var/log/pods are owned by root with mode 0640');

    const bucket = props.objectStore.bucket(LOGS_BUCKET);
    const credentials = props.objectStore.grant(this, 'loki', this.namespace, [{ bucket, access: 'readwrite' }]);
    const store = props.objectStore;
    // The object store's certificate is signed by the platform CA.
    const trust = trustIn(this, this.namespace, props.authority.trust);

    this.loki = new HelmApplication<LokiValues>(this, 'loki', {
      chart: 'loki',
      releaseName: LOKI_RELEASE,
      namespace: this.namespace,
      holdsData: true,
      values: {
        deploymentMode: 'Monolithic',
        loki: {
          auth_enabled: false,
          image: { registry: common.images.registry('docker.io') },
          commonConfig: { replication_factor: 1 },
          storage: {
            type: 's3',
            bucketNames: { chunks: bucket.name, ruler: bucket.name, admin: bucket.name },
            s3: {
              endpoint: store.endpoint,
              region: store.region,
              accessKeyId: '${LOKI_S3_ACCESS_KEY}',
              secretAccessKey: '${LOKI_S3_SECRET_KEY}',
              s3ForcePathStyle: store.pathStyle,
              insecure: false,
              http_config: { ca_file: trust.pemFile },
            },
          },
          schemaConfig: {
            configs: [{ from: SCHEMA_FROM, store: 'tsdb', object_store: 's3', schema: 'v13', index: { prefix: 'index_', period: '24h' } }],
          },
          limits_config: { retention_period: retention, reject_old_samples: true, reject_old_samples_max_age: '168h', volume_enabled: true },
          compactor: { retention_enabled: true, delete_request_store: 's3', working_directory: '/var/loki/compactor' },
        },
        singleBinary: {
          // Its volume holds the logs not yet flushed to the object store, and the index.
          annotations: dataProtection('Loki\'s write-ahead log and index on its volume'),
          replicas: 1,
          resources: toResources(lokiSize),
          // Expanded by Loki from `${...}` in its config: the chart always passes
          // -config.expand-env=true (loki chart 18.11.0, templates/_pod.tpl).
          extraEnv: [
            { name: 'LOKI_S3_ACCESS_KEY', valueFrom: { secretKeyRef: { name: credentials.secret.name, key: credentials.accessKeyKey } } },
            { name: 'LOKI_S3_SECRET_KEY', valueFrom: { secretKeyRef: { name: credentials.secret.name, key: credentials.secretKeyKey } } },
          ],
          persistence: { enabled: true, size: memoryQuantity(storageGiB), storageClass },
          extraVolumes: [trust.volume],
          extraVolumeMounts: [trust.volumeMount],
        },
        write: { replicas: 0 },
        read: { replicas: 0 },
        backend: { replicas: 0 },
        gateway: { enabled: false },
        lokiCanary: { enabled: false },
        test: { enabled: false },
        chunksCache: { enabled: false },
        resultsCache: { enabled: false },
        // The rules sidecar (k8s-sidecar) in Loki's pod watches ConfigMaps and Secrets through
        // the Kubernetes API: its egress is allowed below, its image comes through the mirror.
        sidecar: { image: { registry: common.images.registry('docker.io') }, resources: toResources(SIDECAR_SIZE) },
      },
    });

    this.alloy = new HelmApplication<AlloyValues>(this, 'alloy', {
      chart: 'alloy',
      releaseName: 'alloy',
      namespace: LOG_AGENT_NAMESPACE,
      holdsData: false,
      values: {
        image: { registry: common.images.registry('docker.io') },
        alloy: {
          configMap: { create: true, content: alloyConfig(`${this.lokiUrl}/loki/api/v1/push`) },
          mounts: { varlog: true, dockercontainers: false, extra: [{ name: 'storage', mountPath: '/var/lib/alloy' }] },
          storagePath: '/var/lib/alloy',
          enableReporting: false,
          resources: toResources(alloySize),
          securityContext: {
            runAsUser: 0,
            runAsNonRoot: false,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
          },
        },
        configReloader: { image: { registry: common.images.registry('quay.io') }, resources: toResources({ cpu: 0.01, memoryGiB: 0.0625 }) },
        controller: {
          type: 'daemonset',
          // Logs of every node, control plane included.
          tolerations: [{ operator: 'Exists' }],
          volumes: { extra: [{ name: 'storage', emptyDir: { sizeLimit: '1Gi' } }] },
        },
      },
    });
    waive(this.alloy.application.apiObject, 'host-path', 'renders the Alloy DaemonSet, which mounts the node /var/log read-only');
    waive(this.alloy.application.apiObject, 'run-as-non-root', 'renders the Alloy DaemonSet, which reads root-owned log files as root without capabilities');

    new PodMetrics(this, 'loki-metrics', { name: 'loki', namespace: this.namespace, selector: LOKI_POD_LABELS, port: 'http-metrics', portNumber: LOKI_PORT });
    new PodMetrics(this, 'alloy-metrics', { name: 'alloy', namespace: LOG_AGENT_NAMESPACE, selector: ALLOY_POD_LABELS, port: 'http-metrics', portNumber: 12345 });

    ns.allowWithinNamespace();
    // Only Loki's pods, for the rules sidecar: until it reaches the API server the sidecar is
    // not ready, so neither is Loki (and the sync waits on it).
    ns.allowKubeApi({ ...LOKI_POD_LABELS });
    ns.allowIngress('log-agent', { podLabels: { ...LOKI_POD_LABELS }, peers: [{ namespace: LOG_AGENT_NAMESPACE, podLabels: { ...ALLOY_POD_LABELS } }], ports: [LOKI_PORT] });
    ns.allowIngress('grafana', { podLabels: { ...LOKI_POD_LABELS }, peers: [{ namespace: props.monitoring.namespace, podLabels: { ...props.monitoring.grafanaPodLabels } }], ports: [LOKI_PORT] });
    // The object store grant opens the path to the S3 port (both ends).
    agentNs.allowKubeApi();
    agentNs.allowEgress('loki', { podLabels: { ...ALLOY_POD_LABELS }, peers: [{ namespace: this.namespace, podLabels: { ...LOKI_POD_LABELS } }], ports: [LOKI_PORT] });

    props.monitoring.addDatasource({ name: 'Loki', type: 'loki', uid: 'loki', url: this.lokiUrl, namespace: this.namespace, podLabels: LOKI_POD_LABELS, port: LOKI_PORT });

    this.declareWorkload({ name: 'loki', replicas: 1, size: { cpu: lokiSize.cpu + SIDECAR_SIZE.cpu, memoryGiB: lokiSize.memoryGiB + SIDECAR_SIZE.memoryGiB } });
    this.declareWorkload({ name: 'alloy', replicas: 1, size: alloySize, perNode: true });
    this.declareVolumes({ name: 'loki', count: 1, sizeGiB: storageGiB, storageClass });
  }
}

/**
 * Alloy's pipeline: discover this node's pods, tail their files under /var/log/pods, parse
 * the CRI format, label by namespace, pod, container and component, push to Loki.
 */
export function alloyConfig(pushUrl: string): string {
  return `// Written by lakeplane: container logs of this node to Loki.
discovery.kubernetes "pods" {
  role = "pod"
  selectors {
    role  = "pod"
    field = "spec.nodeName=" + sys.env("HOSTNAME")
  }
}

discovery.relabel "pod_logs" {
  targets = discovery.kubernetes.pods.targets
  rule {
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_name"]
    target_label  = "pod"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_container_name"]
    target_label  = "container"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_label_app_kubernetes_io_component"]
    target_label  = "component"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_uid", "__meta_kubernetes_pod_container_name"]
    separator     = "/"
    target_label  = "__path__"
    replacement   = "/var/log/pods/*$1/*.log"
  }
}

local.file_match "pod_logs" {
  path_targets = discovery.relabel.pod_logs.output
}

loki.source.file "pod_logs" {
  targets    = local.file_match.pod_logs.targets
  forward_to = [loki.process.pod_logs.receiver]
}

loki.process "pod_logs" {
  stage.cri {}
  forward_to = [loki.write.default.receiver]
}

loki.write "default" {
  endpoint {
    url = "${pushUrl}"
  }
}
`;
}

function loggingDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cert-manager', 'minio', 'monitoring'];
}

export const loggingComponent = defineComponent({
  id: 'logging',
  phase: 1,
  layer: 'observability',
  description: 'Loki (logs in the object store) and Grafana Alloy on every node; queried from Grafana',
  dependsOn: loggingDeps,
  holdsData: 'container logs in the object store bucket "logs" (31 days by default) and Loki\'s local write-ahead log',
  charts: ['loki', 'alloy'],
  build(ctx) {
    const chart = new LoggingChart(ctx.scope, 'logging', {
      common: ctx.common,
      config: ctx.config.components.logging,
      objectStore: ctx.handles.get('minio'),
      monitoring: ctx.handles.get('monitoring'),
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart };
  },
});
