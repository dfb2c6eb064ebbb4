/**
 * sealed-secrets (the default secrets backend): the controller that turns the committed
 * SealedSecrets back into Secrets. It makes and keeps the sealing key pair: its private keys
 * are the only way to read every sealed value, so the namespace that holds them is protected
 * and docs/secrets.md says how to back them up.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { SealedSecretsConfig } from './config';
import { protectData } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import type { SecretsController } from '../../constructs/secret';
import { defineComponent } from '../spec';
import type { SealedSecretsValues } from './values';

export const SEALED_SECRETS_NAMESPACE = 'sealed-secrets';
/** Controller name kubeseal looks for by default (`--controller-name`). */
export const SEALED_SECRETS_CONTROLLER = 'sealed-secrets-controller';
/** Label of the Secrets that hold the controller's sealing key pairs. */
export const SEALING_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';
const PORTS = { http: 8080, metrics: 8081 } as const;
/** The image's non-root user. */
const CONTROLLER_UID = 1001;

export interface SealedSecretsProps {
  readonly common: PlatformCommon;
  readonly config?: SealedSecretsConfig;
}

export class SealedSecrets extends PlatformChart {
  readonly controller: SecretsController;
  readonly size: ContainerSize;

  constructor(scope: Construct, props: SealedSecretsProps) {
    super(scope, { component: 'sealed-secrets', common: props.common, phase: 1, namespace: SEALED_SECRETS_NAMESPACE });
    const production = props.common.profile === 'production';
    this.size = production ? { cpu: 0.05, memoryGiB: 0.125 } : { cpu: 0.02, memoryGiB: 0.0625 };

    const ns = new PlatformNamespace(this, 'namespace', { name: SEALED_SECRETS_NAMESPACE });
    protectData(ns.node.findChild('namespace') as ApiObject, 'the sealing private keys: without them no SealedSecret of this cluster can be read');
    ns.allowKubeApi();
    // `kubeseal --fetch-cert` reaches the controller through the API server's service proxy.
    ns.allowIngress('api-server', { peers: [{ cidr: '0.0.0.0/0' }], ports: [PORTS.http] });

    const resources = toResources(this.size);
    const values: SealedSecretsValues = {
      fullnameOverride: SEALED_SECRETS_CONTROLLER,
      image: { registry: props.common.images.registry('docker.io') },
      keyrenewperiod: props.config?.keyRenewPeriod ?? '',
      resources: { requests: resources.requests, limits: resources.limits },
      podSecurityContext: { enabled: true, fsGroup: 65534, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: {
        enabled: true,
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        runAsUser: CONTROLLER_UID,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      metrics: { serviceMonitor: { enabled: false } },
    };
    // The controller keeps the sealing keys: deleting the Application must not delete them.
    new HelmApplication<SealedSecretsValues>(this, 'chart', {
      chart: 'sealedSecrets',
      releaseName: 'sealed-secrets',
      namespace: SEALED_SECRETS_NAMESPACE,
      values,
      holdsData: true,
    });
    // One controller: it is not built for several active replicas (each would make keys).
    this.declareWorkload({ name: SEALED_SECRETS_CONTROLLER, replicas: 1, size: this.size });
    new PodMetrics(this, 'metrics', {
      name: 'sealed-secrets',
      namespace: SEALED_SECRETS_NAMESPACE,
      selector: { 'app.kubernetes.io/name': 'sealed-secrets' },
      port: 'metrics',
      portNumber: PORTS.metrics,
    });
    this.controller = { namespace: SEALED_SECRETS_NAMESPACE };
  }
}

export const sealedSecretsComponent = defineComponent({
  id: 'sealed-secrets',
  phase: 1,
  layer: 'security',
  description: 'Unseals the committed SealedSecrets into Secrets (secrets.backend "sealed-secrets")',
  dependsOn: () => [],
  enabledByDefault: (config) => config.secrets.backend === 'sealed-secrets',
  holdsData: 'the sealing private keys; without them no committed SealedSecret can be read',
  charts: ['sealedSecrets'],
  build: (ctx) => {
    const chart = new SealedSecrets(ctx.scope, { common: ctx.common, config: ctx.config.components['sealed-secrets'] });
    return { charts: [chart], handle: chart.controller };
  },
});
