/**
 * The MinIO operator (upstream chart), which runs object-store tenants. Separated from the
 * tenant itself (the `minio` component) the way operators and their custom resources are.
 */
import { disruptionBudget } from '../../constructs/workload';
import { Construct } from 'constructs';
import { defineComponent } from '../spec';
import type { MinioOperatorConfig } from './config';
import type { PlatformCommon } from '../../constructs/common';
import { HelmApplication } from '../../constructs/application';
import type { CertificateAuthority } from '../../constructs/ingress';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { toResources } from '../../constructs/resources';
import { trustIn } from '../../constructs/trust';
import { MinioOperatorValues } from './operator-values';
import type { MinioOperator } from './handle';

/**
 * The operator's upgrade server (pkg/common/const.go UpgradeServerPort, behind the chart's
 * Service `operator`): for an in-place upgrade the operator tells each tenant server to fetch
 * the new MinIO binary from http://operator.<namespace>.svc:4221/webhook/v1/update.
 */
export const MINIO_OPERATOR_UPGRADE_PORT = 4221;

export interface MinioOperatorChartProps {
  readonly common: PlatformCommon;
  /** The component's config slice. @default - 2 replicas in production, 1 in small */
  readonly config?: MinioOperatorConfig;
  /** Its CA is the one the operator trusts for tenant certificates. */
  readonly authority: CertificateAuthority;
}

/** The MinIO operator's UID (the chart's default). */
const OPERATOR_UID = 1000;

export class MinioOperatorChart extends PlatformChart {
  readonly handle: MinioOperator;
  readonly values: MinioOperatorValues;

  constructor(scope: Construct, props: MinioOperatorChartProps) {
    super(scope, { component: 'minio-operator', common: props.common, phase: 1, namespace: 'minio-operator' });
    const production = props.common.profile === 'production';
    const replicas = props.config?.replicas ?? (production ? 2 : 1);
    const size = { cpu: production ? 0.2 : 0.1, memoryGiB: 0.25 };

    const ns = new PlatformNamespace(this, 'namespace', { name: 'minio-operator' });
    const podLabels = { 'app.kubernetes.io/name': 'operator' };
    ns.allowKubeApi(podLabels);
    // The operator calls each tenant's S3 port (9000) for health and provisioning; tenants
    // live in other namespaces that this component does not know.
    ns.allowEgress('minio-tenants', { peers: [{ cidr: '0.0.0.0/0' }], ports: [9000], podLabels });

    // The operator verifies tenant certificates against Go's system pool (and CAs in Secrets
    // named operator-ca-tls-*; pkg/controller/operator.go), and Go reads the system pool from
    // SSL_CERT_FILE: the platform CA bundle, public roots included. Read once at start.
    const trust = trustIn(this, ns.name, props.authority.trust);

    const image = props.common.images.parts('minioOperator');
    const sidecar = props.common.images.parts('minioOperatorSidecar');
    this.values = {
      operator: {
        // The STS endpoint is not used: consumers get static keys through the secrets backend.
        env: [{ name: 'OPERATOR_STS_ENABLED', value: 'off' }, ...trust.env],
        volumes: [trust.volume],
        volumeMounts: [trust.volumeMount],
        image: { repository: `${image.registry}/${image.repository}`, tag: image.tag, pullPolicy: 'IfNotPresent' },
        sidecarImage: { repository: `${sidecar.registry}/${sidecar.repository}`, tag: sidecar.tag, pullPolicy: 'IfNotPresent' },
        replicaCount: replicas,
        // seccomp is set per container (the chart's pod securityContext has no seccompProfile key).
        securityContext: { runAsUser: OPERATOR_UID, runAsGroup: OPERATOR_UID, runAsNonRoot: true, fsGroup: OPERATOR_UID },
        containerSecurityContext: {
          runAsUser: OPERATOR_UID,
          runAsGroup: OPERATOR_UID,
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        },
        resources: toResources(size),
      },
    };
    new HelmApplication<MinioOperatorValues>(this, 'operator', {
      chart: 'minioOperator',
      releaseName: 'minio-operator',
      namespace: ns.name,
      values: this.values,
      // The chart installs the Tenant CRD: deleting it would delete every tenant and its data.
      holdsData: true,
    });
    this.declareWorkload({ name: 'minio-operator', replicas, size });
    // The operator chart has no PodDisruptionBudget (templates/): with 2+ replicas, one stays up through a drain.
    disruptionBudget(this, { name: 'minio-operator', namespace: ns.name, replicas, selector: podLabels });
    this.handle = {
      namespace: ns.name,
      podLabels,
      upgradePort: MINIO_OPERATOR_UPGRADE_PORT,
      allowTenant: (namespace, tenantLabels) => {
        if (!ns.node.tryFindChild(`allow-ingress-tenant-${namespace}`)) {
          ns.allowIngress(`tenant-${namespace}`, { peers: [{ namespace, podLabels: { ...tenantLabels } }], ports: [MINIO_OPERATOR_UPGRADE_PORT], podLabels });
        }
      },
    };
  }
}

export const minioOperatorComponent = defineComponent<'minio-operator'>({
  id: 'minio-operator',
  phase: 1,
  layer: 'storage',
  description: 'MinIO operator: runs the object-store tenant',
  holdsData: 'the Tenant CRD: removing it removes every object-store tenant, with all buckets',
  charts: ['minioOperator'],
  dependsOn: () => ['cert-manager'],
  build(ctx) {
    const chart = new MinioOperatorChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components['minio-operator'],
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
