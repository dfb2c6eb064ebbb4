/**
 * external-secrets (the alternative secrets backend): the External Secrets Operator and the
 * ClusterSecretStore every ExternalSecret reads from, here HashiCorp Vault with Kubernetes
 * auth (the operator's own service account logs in; no token is stored in the cluster).
 * Keys that only need to be random come from ESO's Password generator instead (see
 * PlatformSecret).
 */
import { JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import type { ExternalSecretsConfig } from './config';
import type { SecretsConfig } from '../../config/schema';
import {
  ClusterSecretStore,
  ClusterSecretStoreSpecProviderVaultVersion,
} from '../../imports/external-secrets.io_clustersecretstore-external-secrets.io';
import { ObjectWave, SYNC_OPTIONS_ANNOTATION, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { CLUSTER_SECRET_STORE } from '../../constructs/secret';
import type { SecretsController } from '../../constructs/secret';
import { defineComponent } from '../spec';
import type { ExternalSecretsPodValues, ExternalSecretsValues } from './values';

export const EXTERNAL_SECRETS_NAMESPACE = 'external-secrets';
/** The operator's service account (the chart's full name), which logs in to Vault. */
export const EXTERNAL_SECRETS_SERVICE_ACCOUNT = 'external-secrets';
const PORTS = { metrics: 8080, webhook: 10250 } as const;

export type VaultStore = Extract<SecretsConfig, { backend: 'external-secrets' }>['store'];

export interface ExternalSecretsProps {
  readonly common: PlatformCommon;
  readonly config?: ExternalSecretsConfig;
}

export class ExternalSecrets extends PlatformChart {
  readonly controller: SecretsController;
  readonly replicas: number;

  constructor(scope: Construct, props: ExternalSecretsProps) {
    super(scope, { component: 'external-secrets', common: props.common, phase: 1, namespace: EXTERNAL_SECRETS_NAMESPACE });
    const secrets = props.common.secrets;
    if (secrets.backend !== 'external-secrets') {
      throw new Error(`external-secrets needs secrets.backend "external-secrets" with a secrets.store (got backend "${secrets.backend}")`);
    }
    const production = props.common.profile === 'production';
    this.replicas = props.config?.replicas ?? (production ? 2 : 1);
    if (!Number.isInteger(this.replicas) || this.replicas < 1) {
      throw new Error(`external-secrets.replicas must be an integer >= 1 (got ${this.replicas})`);
    }
    const vaultPort = storePort(secrets.store.server);

    const ns = new PlatformNamespace(this, 'namespace', { name: EXTERNAL_SECRETS_NAMESPACE });
    ns.allowKubeApi();
    ns.allowIngress('api-server', { peers: [{ cidr: '0.0.0.0/0' }], ports: [PORTS.webhook], podLabels: { 'app.kubernetes.io/name': 'external-secrets-webhook' } });
    ns.allowEgress('vault', { peers: [{ cidr: '0.0.0.0/0' }], ports: [vaultPort], podLabels: { 'app.kubernetes.io/name': 'external-secrets' } });

    const sizes: Record<'controller' | 'webhook' | 'certController', ContainerSize> = production
      ? { controller: { cpu: 0.1, memoryGiB: 0.25 }, webhook: { cpu: 0.05, memoryGiB: 0.125 }, certController: { cpu: 0.05, memoryGiB: 0.125 } }
      : { controller: { cpu: 0.05, memoryGiB: 0.125 }, webhook: { cpu: 0.02, memoryGiB: 0.0625 }, certController: { cpu: 0.02, memoryGiB: 0.0625 } };
    const image = `${props.common.images.registry('ghcr.io')}/external-secrets/external-secrets`;
    const pod = (name: string, size: ContainerSize, replicas: number): ExternalSecretsPodValues => {
      const resources = toResources(size);
      const ha = replicas >= 2;
      return {
        replicaCount: replicas,
        image: { repository: image },
        resources: { requests: resources.requests, limits: resources.limits },
        podDisruptionBudget: { enabled: ha, minAvailable: 1 },
        livenessProbe: { enabled: true },
        topologySpreadConstraints: ha
          ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { 'app.kubernetes.io/name': name } } }]
          : [],
      };
    };
    const values: ExternalSecretsValues = {
      ...pod('external-secrets', sizes.controller, this.replicas),
      installCRDs: true,
      leaderElect: this.replicas >= 2,
      serviceMonitor: { enabled: false },
      readinessProbe: { enabled: true },
      webhook: pod('external-secrets-webhook', sizes.webhook, this.replicas),
      // Rotates the webhook's certificate; one is enough (it only acts on a schedule).
      certController: { replicaCount: 1, image: { repository: image }, resources: toResourceValues(sizes.certController), livenessProbe: { enabled: true } },
    };
    new HelmApplication<ExternalSecretsValues>(this, 'chart', {
      chart: 'externalSecrets',
      releaseName: 'external-secrets',
      namespace: EXTERNAL_SECRETS_NAMESPACE,
      values,
      holdsData: false,
    });
    this.declareWorkload({ name: 'external-secrets', replicas: this.replicas, size: sizes.controller });
    this.declareWorkload({ name: 'external-secrets-webhook', replicas: this.replicas, size: sizes.webhook });
    this.declareWorkload({ name: 'external-secrets-cert-controller', replicas: 1, size: sizes.certController });
    new PodMetrics(this, 'metrics', {
      name: 'external-secrets',
      namespace: EXTERNAL_SECRETS_NAMESPACE,
      selector: { 'app.kubernetes.io/name': 'external-secrets' },
      port: 'metrics',
      portNumber: PORTS.metrics,
    });

    const store = new ClusterSecretStore(this, 'store', {
      metadata: { name: CLUSTER_SECRET_STORE },
      spec: {
        provider: {
          vault: {
            server: secrets.store.server,
            path: secrets.store.path,
            version: secrets.store.version === 'v1' ? ClusterSecretStoreSpecProviderVaultVersion.V1 : ClusterSecretStoreSpecProviderVaultVersion.V2,
            auth: {
              kubernetes: {
                mountPath: secrets.store.mountPath,
                role: secrets.store.role,
                serviceAccountRef: { name: EXTERNAL_SECRETS_SERVICE_ACCOUNT, namespace: EXTERNAL_SECRETS_NAMESPACE },
              },
            },
          },
        },
      },
    });
    // Cluster-scoped: no namespace (the chart's default namespace would otherwise be set).
    store.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    // Its CRD comes with the chart: after it, and no dry run before the CRD exists.
    setWave(store, ObjectWave.JOBS);
    store.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, 'SkipDryRunOnMissingResource=true');

    this.controller = { namespace: EXTERNAL_SECRETS_NAMESPACE };
  }
}

function toResourceValues(size: ContainerSize): ExternalSecretsPodValues['resources'] {
  const r = toResources(size);
  return { requests: r.requests, limits: r.limits };
}

/** The TCP port of the store's URL (for the egress NetworkPolicy). */
export function storePort(server: string): number {
  const url = new URL(server);
  if (url.port) {
    return Number(url.port);
  }
  return url.protocol === 'http:' ? 80 : 443;
}

export const externalSecretsComponent = defineComponent({
  id: 'external-secrets',
  phase: 1,
  layer: 'security',
  description: 'Syncs declared secrets from the configured store (secrets.backend "external-secrets")',
  dependsOn: () => [],
  enabledByDefault: (config) => config.secrets.backend === 'external-secrets',
  charts: ['externalSecrets'],
  build: (ctx) => {
    const chart = new ExternalSecrets(ctx.scope, { common: ctx.common, config: ctx.config.components['external-secrets'] });
    return { charts: [chart], handle: chart.controller };
  },
});
