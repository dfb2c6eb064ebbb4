/**
 * cloudnative-pg: the CloudNativePG operator (upstream chart, CRDs from the chart). Every
 * component that needs PostgreSQL gets its own cluster through `PostgresDatabase` with this
 * component's handle; the operator watches all namespaces.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { CloudnativePgConfig } from '../../config/components/cloudnative-pg';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import { LABEL_COMPONENT, LABEL_NAME } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { CNPG_PORTS, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, assertSize, toResources } from '../../constructs/resources';
import { defineComponent } from '../registry';
import type { CloudnativePgValues } from './values/cloudnative-pg';

export const CLOUDNATIVE_PG = 'cloudnative-pg';

/** The operator's ports: metrics (scraped) and the admission webhook (called by the API server). */
export const OPERATOR_PORTS = { metrics: 8080, webhook: 9443 } as const;

/** Operator pod user: the chart's default non-root user. */
const OPERATOR_UID = 10001;

export interface CloudnativePgChartProps {
  readonly common: PlatformCommon;
  readonly config?: CloudnativePgConfig;
}

export class CloudnativePgChart extends PlatformChart {
  readonly handle: PostgresOperator;
  readonly replicas: number;
  readonly size: ContainerSize;
  readonly values: CloudnativePgValues;

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
  }
}

export const cloudnativePgComponent = defineComponent({
  id: CLOUDNATIVE_PG,
  phase: 1,
  layer: 'infrastructure',
  description: 'CloudNativePG operator: HA PostgreSQL clusters for the components that need a database',
  dependsOn: () => [],
  holdsData: 'Removing the operator removes the CloudNativePG CRDs, and with them every PostgreSQL cluster of the platform (Keycloak, Nessie, Airflow databases)',
  charts: ['cloudnativePg'],
  build: (ctx) => {
    const chart = new CloudnativePgChart(ctx.scope, { common: ctx.common, config: ctx.config.components['cloudnative-pg'] });
    return { charts: [chart], handle: chart.handle };
  },
});
