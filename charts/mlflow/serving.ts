/**
 * A registered model as a REST service: `mlflow models serve` in a Deployment, scoring at
 * `POST /invocations` (MLflow's scoring server; `/ping` and `/health` answer its probes). The
 * architecture document's `/predict` is not MLflow's path.
 *
 * The model is loaded at start from the registry through the tracking server (proxied
 * artifacts: no object-store key). The server asks for a login: the pod signs in with an
 * access token the OIDC plugin issues to a user (a service account of the team that owns the
 * model) with READ on it, given as input when sealing. Its dependencies must be in the image
 * (`--env-manager local`: nothing is installed at start, no internet is needed).
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { NamespaceTrust } from '../../constructs/trust';
import { PlatformDeployment, container, httpProbe } from '../../constructs/workload';
import { PlatformSecret } from '../../constructs/secret';
import type { ModelServingConfig } from './config';

/** The scoring server's port. */
export const SERVING_PORT = 8080;

export interface ModelServingProps {
  readonly config: ModelServingConfig;
  readonly namespace: string;
  /** An image with MLflow and the model's libraries. */
  readonly image: string;
  /** The tracking server inside the cluster. */
  readonly trackingUri: string;
  readonly trust: NamespaceTrust;
}

export class ModelServing extends Construct {
  readonly name: string;
  readonly serviceUrl: string;

  constructor(scope: Construct, id: string, props: ModelServingProps) {
    super(scope, id);
    const config = props.config;
    const replicas = config.replicas ?? 1;
    const size = { cpu: config.cpu ?? 1, memoryGiB: config.memoryGiB ?? 2 };
    this.name = `model-${config.name}`;
    const login = new PlatformSecret(this, 'login', {
      name: `${this.name}-login`,
      namespace: props.namespace,
      keys: {
        username: { input: `MLflow user the ${config.name} model server signs in as (READ on ${config.model})` },
        token: { input: `MLflow access token of that user (MLflow UI: the user's page, create access token)` },
      },
      readers: [`${this.name} model server`],
      description: `sign-in of the ${config.name} model server to MLflow`,
    });
    const secretEnv = (name: string, key: string): k8s.EnvVar => ({ name, valueFrom: { secretKeyRef: { name: login.name, key } } });
    const deployment = new PlatformDeployment(this, 'deployment', {
      name: this.name,
      namespace: props.namespace,
      replicas,
      containers: [
        container({
          name: 'serve',
          image: props.image,
          size,
          command: ['mlflow'],
          args: ['models', 'serve', '--model-uri', config.model, '--host', '0.0.0.0', '--port', String(SERVING_PORT), '--env-manager', 'local'],
          env: [
            { name: 'MLFLOW_TRACKING_URI', value: props.trackingUri },
            secretEnv('MLFLOW_TRACKING_USERNAME', 'username'),
            secretEnv('MLFLOW_TRACKING_PASSWORD', 'token'),
            // The model is downloaded to a temporary folder, and the root filesystem is read-only.
            { name: 'TMPDIR', value: '/tmp' },
            { name: 'HOME', value: '/tmp' },
            ...props.trust.env,
          ],
          ports: [{ name: 'http', containerPort: SERVING_PORT }],
          volumeMounts: [props.trust.volumeMount],
          // Loading a model can take a minute: readiness holds traffic until it answers.
          probes: { readiness: httpProbe('/ping', SERVING_PORT, 20), liveness: httpProbe('/health', SERVING_PORT, 120) },
        }),
      ],
      volumes: [props.trust.volume],
    });
    new k8s.KubeService(this, 'service', {
      metadata: { name: this.name, namespace: props.namespace, labels: { ...deployment.selector } },
      spec: { selector: { ...deployment.selector }, ports: [{ name: 'http', port: SERVING_PORT, targetPort: k8s.IntOrString.fromNumber(SERVING_PORT) }] },
    });
    this.serviceUrl = `http://${this.name}.${props.namespace}.svc:${SERVING_PORT}/invocations`;
  }
}
