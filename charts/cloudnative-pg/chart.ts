/**
 * cloudnative-pg: the CloudNativePG operator (upstream chart, CRDs from the chart) and its
 * Barman Cloud plugin, which archives WAL and takes base backups to the object store. Every
 * component that needs PostgreSQL gets its own cluster through `PostgresDatabase` with this
 * component's handle; the operator watches all namespaces.
 *
 * Why the plugin is part of this component and not one of its own:
 * - it must run in the operator's namespace: the operator finds plugins only among the
 *   Services of the namespace it is installed in (label `cnpg.io/pluginName`, annotations for
 *   the port and the mTLS secrets), so a separate component would write into this one's
 *   namespace;
 * - every component with a database already depends on this one, so every ObjectStore and
 *   every Cluster naming the plugin syncs after it without each of them naming a new
 *   dependency;
 * - the operator and its plugin are one unit for operations: without the plugin, clusters
 *   that name it never start and WAL fills their volumes.
 * The price: this component now syncs after cert-manager (the plugin chart issues the
 * operator-plugin mTLS certificates with cert-manager), one RollingSync step later.
 */
import { disruptionBudget } from '../../constructs/workload';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ObjectWave } from '../../argocd/sync';
import type { CloudnativePgConfig } from './config';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import { LABEL_COMPONENT, LABEL_NAME } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { CNPG_PORTS, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, assertSize, toResources } from '../../constructs/resources';
import { defineComponent } from '../spec';
import type { CloudnativePgValues } from './values';
import type { PluginBarmanCloudValues } from './barman-cloud-values';
import { POSTGRES_ALERTS, POSTGRES_DASHBOARD } from './alerts';

export const CLOUDNATIVE_PG = 'cloudnative-pg';

/** The operator's ports: metrics (scraped) and the admission webhook (called by the API server). */
export const OPERATOR_PORTS = { metrics: 8080, webhook: 9443 } as const;

/** Operator pod user: the chart's default non-root user. */
const OPERATOR_UID = 10001;

/**
 * The Barman Cloud plugin: its release (the chart's Deployment, ClusterRole and pod label
 * app.kubernetes.io/name are named after it), the gRPC port the operator calls (mutual TLS,
 * certificates from the chart's own cert-manager Issuer) and the image's non-root user.
 */
export const BARMAN_CLOUD_RELEASE = 'plugin-barman-cloud';
export const BARMAN_CLOUD_PORT = 9090;
const BARMAN_CLOUD_UID = 10001;

export interface CloudnativePgChartProps {
  readonly common: PlatformCommon;
  readonly config?: CloudnativePgConfig;
}

export class CloudnativePgChart extends PlatformChart {
  readonly handle: PostgresOperator;
  readonly replicas: number;
  readonly size: ContainerSize;
  readonly values: CloudnativePgValues;
  /** The Barman Cloud plugin's values and pod labels. */
  readonly barmanCloud: { readonly values: PluginBarmanCloudValues; readonly podLabels: Readonly<Record<string, string>>; readonly size: ContainerSize };

  constructor(scope: Construct, props: CloudnativePgChartProps) {
    super(scope, { component: CLOUDNATIVE_PG, common: props.common, phase: 1, namespace: CLOUDNATIVE_PG });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const replicas = config.replicas ?? (production ? 2 : 1);
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 0.1 : 0.05), memoryGiB: config.memoryGiB ?? (production ? 0.5 : 0.25) };
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new Error(`cloudnative-pg.replicas must be an integer >= 1 (got ${replicas})`);
    }
    assertSize(size, 'cloudnative-pg');
    this.replicas = replicas;
    this.size = size;

    const namespace = new PlatformNamespace(this, 'namespace', { name: CLOUDNATIVE_PG });
    // The chart labels its pods app.kubernetes.io/name=cloudnative-pg (and instance, which
    // ArgoCD rewrites and selectors never use); the component label is ours.
    const podLabels = { [LABEL_NAME]: CLOUDNATIVE_PG, [LABEL_COMPONENT]: CLOUDNATIVE_PG };
    this.handle = { namespace: namespace.name, podLabels };

    this.values = {
      replicaCount: replicas,
      image: { repository: `${props.common.images.registry('ghcr.io')}/cloudnative-pg/cloudnative-pg` },
      crds: { create: true },
      config: { clusterWide: true },
      podLabels: { [LABEL_COMPONENT]: CLOUDNATIVE_PG },
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: {
        runAsUser: OPERATOR_UID,
        runAsGroup: OPERATOR_UID,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      resources: toResources(size),
      topologySpreadConstraints:
        replicas >= 2 ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: podLabels } }] : [],
      monitoring: { podMonitorEnabled: false },
    };
    new HelmApplication<CloudnativePgValues>(this, 'operator', {
      chart: 'cloudnativePg',
      releaseName: CLOUDNATIVE_PG,
      namespace: namespace.name,
      values: this.values,
      // The chart owns the CRDs: deleting the release would delete every Cluster, and with it
      // every database of the platform. The Application never cascades.
      holdsData: true,
    });
    this.declareWorkload({ name: 'cloudnative-pg-operator', replicas, size });
    // The chart has no PodDisruptionBudget of its own: with 2+ replicas, one stays up through a drain.
    disruptionBudget(this, { name: CLOUDNATIVE_PG, namespace: namespace.name, replicas, selector: podLabels });

    new PodMetrics(this, 'metrics', {
      name: CLOUDNATIVE_PG,
      namespace: namespace.name,
      selector: podLabels,
      port: 'metrics',
      portNumber: OPERATOR_PORTS.metrics,
    });

    // The API server calls the admission webhook; it is not a pod, so any address may.
    namespace.allowIngress('kube-api-webhook', { peers: [{ cidr: '0.0.0.0/0' }], ports: [OPERATOR_PORTS.webhook], podLabels });
    namespace.allowKubeApi(podLabels);
    // The operator asks every instance for its status, in whatever namespace the cluster is.
    // (PlatformNamespace peers name one namespace, so this policy is written out.)
    new k8s.KubeNetworkPolicy(this, 'to-instances', {
      metadata: { name: 'allow-to-postgres-instances', namespace: namespace.name },
      spec: {
        podSelector: { matchLabels: podLabels },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'cnpg.io/podRole': 'instance' } } }],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(CNPG_PORTS.status) }],
          },
        ],
      },
    });

    this.barmanCloud = this.barmanCloudPlugin(namespace, podLabels);
  }

  /**
   * The Barman Cloud plugin, in the operator's namespace, one wave after the operator's chart
   * (the operator's CRDs, Backup and Cluster, exist before the plugin reads them). The whole
   * component syncs after cert-manager, whose CRDs and webhook the chart's Issuer and
   * Certificates need.
   */
  private barmanCloudPlugin(namespace: PlatformNamespace, operatorPodLabels: Readonly<Record<string, string>>): CloudnativePgChart['barmanCloud'] {
    const production = this.common.profile === 'production';
    // One replica everywhere: plugin v0.13.0 serves its gRPC port only on the leader of its
    // leader election, so a second pod would never be ready and the Application never
    // healthy. The chart updates it with Recreate; while it restarts, running clusters keep
    // archiving (their sidecar does the work), only the operator's calls wait.
    const replicas = 1;
    const size: ContainerSize = production ? { cpu: 0.05, memoryGiB: 0.25 } : { cpu: 0.02, memoryGiB: 0.125 };
    const podLabels = { [LABEL_NAME]: BARMAN_CLOUD_RELEASE, [LABEL_COMPONENT]: CLOUDNATIVE_PG };
    const values: PluginBarmanCloudValues = {
      replicaCount: replicas,
      // The plugin and the sidecar it injects into every instance pod, both through the mirror.
      image: { registry: this.common.images.registry('ghcr.io') },
      sidecarImage: { registry: this.common.images.registry('ghcr.io') },
      crds: { create: true },
      podLabels: { [LABEL_COMPONENT]: CLOUDNATIVE_PG },
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: {
        runAsUser: BARMAN_CLOUD_UID,
        runAsGroup: BARMAN_CLOUD_UID,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      resources: toResources(size),
    };
    new HelmApplication<PluginBarmanCloudValues>(this, 'barman-cloud', {
      chart: 'barmanCloudPlugin',
      releaseName: BARMAN_CLOUD_RELEASE,
      namespace: namespace.name,
      values,
      wave: ObjectWave.JOBS,
      // The chart owns the ObjectStore CRD: deleting it deletes every ObjectStore, and every
      // database stops archiving. The Application never cascades.
      holdsData: true,
    });
    this.declareWorkload({ name: BARMAN_CLOUD_RELEASE, replicas, size });

    // The operator calls the plugin; nothing else does (the sidecars in the instance pods are
    // called by their own instance manager, inside the pod).
    namespace.allowIngress('operator', { peers: [{ podLabels: { ...operatorPodLabels } }], ports: [BARMAN_CLOUD_PORT], podLabels });
    namespace.allowEgress('barman-cloud', { peers: [{ podLabels }], ports: [BARMAN_CLOUD_PORT], podLabels: { ...operatorPodLabels } });
    // The plugin watches ObjectStores, reads Backups and Secrets and writes Roles for the
    // sidecars: the Kubernetes API, on the ports of allowKubeApi (a second policy, for its pods).
    namespace.allowEgress('barman-cloud-kube-api', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 6443], podLabels });
    return { values, podLabels, size };
  }
}

export const cloudnativePgComponent = defineComponent({
  alerts: [POSTGRES_ALERTS],
  dashboards: [POSTGRES_DASHBOARD],
  id: CLOUDNATIVE_PG,
  phase: 1,
  layer: 'infrastructure',
  description: 'CloudNativePG operator: HA PostgreSQL clusters for the components that need a database, backed up by its Barman Cloud plugin',
  // The plugin chart's mTLS certificates are cert-manager Certificates.
  dependsOn: () => ['cert-manager'],
  holdsData:
    'Removing the operator removes the CloudNativePG CRDs, and with them every PostgreSQL cluster of the platform (Keycloak, Nessie, Airflow databases); removing the plugin removes the ObjectStore CRD and every database stops archiving',
  charts: ['cloudnativePg', 'barmanCloudPlugin'],
  build: (ctx) => {
    const chart = new CloudnativePgChart(ctx.scope, { common: ctx.common, config: ctx.config.components['cloudnative-pg'] });
    return { charts: [chart], handle: chart.handle };
  },
});
