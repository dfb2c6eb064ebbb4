/**
 * MLflow: experiment tracking and the model registry (the architecture document's §3.3), from
 * the community-charts mlflow chart (image burakince/mlflow, which bundles the
 * mlflow-oidc-auth plugin).
 *
 * - One server (2 vCPU / 4 GiB in production); the tracking store is its own PostgreSQL
 *   (CloudNativePG, backed up to the object store like every platform database), the
 *   OIDC plugin's users and permissions a second, small one.
 * - Artifacts: MLflow's proxied artifact storage (`--serve-artifacts`). The server alone holds
 *   an object-store key, limited to the `mlflow-artifacts` bucket; notebooks, Spark jobs and
 *   model servers upload and download through the server and hold none. The chart has no
 *   endpoint field: the endpoint (MLFLOW_S3_ENDPOINT_URL) and the platform CA (AWS_CA_BUNDLE)
 *   are set as environment (templates/deployment.yaml sets the endpoint only for its bundled
 *   MinIO).
 * - Login through Keycloak with the plugin (`--app-name=oidc-auth`): every platform group may
 *   sign in, the admin groups administer permissions, and what nobody granted defaults to
 *   READ (the chart's default, MANAGE, would let anyone change anyone's permissions).
 * - Metrics: `--expose-prometheus` (prometheus_flask_exporter at /metrics), scraped by a
 *   ServiceMonitor of lakeplane's own.
 * - Models registered in MLflow are served by `mlflow models serve` Deployments at
 *   /invocations (./serving.ts; docs/ml.md).
 */
import { Construct } from 'constructs';
import type { PlatformConfig } from '../../config/schema';
import type { MlflowConfig } from './config';
import type { TrackingServer } from './handle';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import type { DatabaseBackupProvider } from '../../constructs/database-backups';
import { restoredClusterName } from '../../constructs/database-backups';
import { CertificateAuthority, IngressController, PlatformIngress } from '../../constructs/ingress';
import { ServiceMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { trustIn } from '../../constructs/trust';
import type { IdentityProvider } from '../keycloak/handle';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import { ModelServing } from './serving';
import { MLFLOW_ALERTS, MLFLOW_DASHBOARD } from './alerts';
import type { MlflowValues } from './values';

export const MLFLOW = 'mlflow';
/** The chart names its objects after the release (`mlflow.fullname`: the release name contains the chart name). */
const RELEASE = 'mlflow';
const HOST = 'mlflow';
/** The chart's Service port and the server's container port (values.yaml service.port, service.containerPort). */
const SERVICE_PORT = 80;
const SERVER_PORT = 5000;
/** The image's user (values.yaml securityContext.runAsUser/runAsGroup). */
const MLFLOW_UID = 1001;
/** The bucket the server keeps artifacts in (models, plots, logged files). */
export const MLFLOW_ARTIFACTS_BUCKET = 'mlflow-artifacts';
/** Where the plugin's Kubernetes-secrets provider reads its secret settings, one file per key. */
const PLUGIN_SECRETS_DIR = '/var/run/secrets/mlflow-oidc-auth';
/** Where prometheus_flask_exporter keeps its multiprocess files (a writable emptyDir: the root filesystem is read-only). */
const METRICS_DIR = '/tmp/prometheus';
/** Selector labels of the chart (templates/_helpers.tpl mlflow.selectorLabels), without the instance label ArgoCD rewrites. */
const SERVER_LABELS = { 'app.kubernetes.io/name': 'mlflow' } as const;
/** Host patterns of addresses in the private ranges, with any port (MLflow's --allowed-hosts takes wildcards). */
const POD_ADDRESS_PATTERNS = ['localhost:*', '127.0.0.1:*', '10.*', ...Array.from({ length: 16 }, (_, i) => `172.${16 + i}.*`), '192.168.*'];

export interface MlflowChartProps {
  readonly common: PlatformCommon;
  readonly config?: MlflowConfig;
  readonly postgres: PostgresOperator;
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  readonly objectStore: ObjectStore & DatabaseBackupProvider;
}

export class MlflowChart extends PlatformChart implements TrackingServer {
  readonly namespace = MLFLOW;
  readonly url: string;
  readonly trackingUri = `http://${RELEASE}.${MLFLOW}.svc:${SERVICE_PORT}`;
  readonly podLabels = SERVER_LABELS;
  readonly port = SERVER_PORT;
  readonly audience: string;
  readonly helm: HelmApplication<MlflowValues>;
  readonly database: PostgresDatabase;
  readonly authDatabase: PostgresDatabase;
  private readonly ns: PlatformNamespace;

  constructor(scope: Construct, props: MlflowChartProps) {
    super(scope, { component: MLFLOW, common: props.common, phase: 3, namespace: MLFLOW });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 2 : 0.25), memoryGiB: config.memoryGiB ?? (production ? 4 : 1) };
    const defaultPermission = config.defaultPermission ?? 'READ';

    this.ns = new PlatformNamespace(this, 'namespace', { name: MLFLOW });
    const ingress = new PlatformIngress(this, 'ingress', {
      host: HOST,
      namespace: MLFLOW,
      serviceName: RELEASE,
      servicePort: SERVICE_PORT,
      targetPort: SERVER_PORT,
      podLabels: SERVER_LABELS,
      controller: props.ingress,
      authority: props.authority,
    });
    this.url = ingress.url;

    // The tracking store: experiments, runs, parameters, metrics, the model registry.
    const db = config.database ?? {};
    const baseCluster = 'mlflow-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    const instances = db.instances ?? (production ? 2 : 1);
    this.database = new PostgresDatabase(this, 'db', {
      name: db.restore ? restoredClusterName(baseCluster, db.restore) : baseCluster,
      namespace: MLFLOW,
      database: 'mlflow',
      owner: 'mlflow',
      instances,
      size: { cpu: db.cpu ?? (production ? 0.5 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 2 : 0.5) },
      storageGiB: db.storageGiB ?? (production ? 20 : 5),
      operator: props.postgres,
      backup: props.objectStore.databaseBackups(this, MLFLOW, { restore }),
      // MLflow's schema is migrated (alembic_version) and holds the Default experiment it
      // creates on first start (experiment id 0).
      verification: {
        description: 'the tracking store is migrated and holds its experiments',
        query: 'SELECT EXISTS (SELECT 1 FROM alembic_version) AND EXISTS (SELECT 1 FROM experiments)',
      },
    });
    // The plugin's users, groups and permissions, in a database of their own: the plugin
    // migrates its schema with its own Alembic history, which must not meet MLflow's.
    this.authDatabase = new PostgresDatabase(this, 'auth-db', {
      name: 'mlflow-auth-db',
      namespace: MLFLOW,
      database: 'mlflow_auth',
      owner: 'mlflow_auth',
      instances,
      size: { cpu: production ? 0.25 : 0.1, memoryGiB: production ? 0.5 : 0.25 },
      storageGiB: production ? 2 : 1,
      operator: props.postgres,
      backup: props.objectStore.databaseBackups(this, MLFLOW),
      verification: {
        description: 'the permission store holds its tables',
        query: "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = 'public'",
      },
    });

    const groups = props.identity.groups;
    // The plugin's login callback route (mlflow_oidc_auth/routers/auth.py: CALLBACK = "/callback",
    // one of the routes its auth middleware leaves open).
    const redirectUri = `${this.url}/callback`;
    const oidc = props.identity.addClient(this, MLFLOW, {
      redirectUris: [redirectUri],
      namespace: MLFLOW,
      name: 'MLflow',
      groupsClaim: true,
    });
    if (!oidc.secret || !oidc.groupsClaim) {
      throw new Error('mlflow: the Keycloak client "mlflow" must be confidential and carry the groups claim (the plugin authorizes by group)');
    }
    this.audience = oidc.clientId;

    // The plugin signs its session cookies with SECRET_KEY. The chart always renders its own
    // random key into a Secret (templates/flask_secret.yaml, regenerated at every render);
    // the plugin's Kubernetes-secrets provider (CONFIG_K8S_SECRETS_ENABLED) reads this sealed
    // one from files first: providers are tried by priority, secret files before environment.
    const session = new PlatformSecret(this, 'session', {
      name: 'mlflow-session',
      namespace: MLFLOW,
      keys: { SECRET_KEY: { generate: { length: 64 } } },
      readers: ['mlflow server (oidc-auth plugin)'],
      description: 'key that signs the MLflow login session cookies',
    });

    const bucket = props.objectStore.bucket(MLFLOW_ARTIFACTS_BUCKET);
    const s3 = props.objectStore.grant(this, MLFLOW, MLFLOW, [{ bucket, access: 'readwrite' }]);
    const trust = trustIn(this, MLFLOW, props.authority.trust);
    const image = common.images.parts('mlflow');
    const imageRepository = `${image.registry}/${image.repository}`;
    const restricted = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, runAsNonRoot: true, privileged: false, runAsUser: MLFLOW_UID, runAsGroup: MLFLOW_UID, seccompProfile: { type: 'RuntimeDefault' } } as const;
    const probe = { initialDelaySeconds: 10, periodSeconds: 15, timeoutSeconds: 3, failureThreshold: 5 };
    const internalHosts = [`${RELEASE}.${MLFLOW}.svc`, `${RELEASE}.${MLFLOW}.svc.cluster.local`];

    const values: MlflowValues = {
      replicaCount: config.replicas ?? 1,
      image: { repository: imageRepository, tag: image.tag, pullPolicy: 'IfNotPresent' },
      initImages: { mlflowDbMigration: { repository: imageRepository, tag: image.tag, pullPolicy: 'IfNotPresent' } },
      strategy: { type: 'Recreate' },
      // The server calls no Kubernetes API.
      serviceAccount: { create: true, automount: false },
      extraPodLabels: {},
      // The image has no seccomp profile of its own (values.yaml sets none): RuntimeDefault for restricted.
      podSecurityContext: { runAsNonRoot: true, fsGroup: MLFLOW_UID, fsGroupChangePolicy: 'OnRootMismatch', seccompProfile: { type: 'RuntimeDefault' } },
      securityContext: restricted,
      service: { type: 'ClusterIP', port: SERVICE_PORT, containerPort: SERVER_PORT },
      telemetry: { enabled: false },
      backendStore: {
        databaseMigration: true,
        databaseConnectionCheck: false,
        // PGHOST/PGPORT/PGDATABASE in the chart's ConfigMap, PGUSER/PGPASSWORD from the
        // operator-generated secret; the server connects with `postgresql://` and libpq's env.
        postgres: { enabled: true, host: this.database.host, port: this.database.port, database: this.database.database },
        existingDatabaseSecret: { name: this.database.secretName, usernameKey: 'username', passwordKey: 'password' },
      },
      artifactRoot: {
        proxiedArtifactStorage: true,
        s3: { enabled: true, bucket: bucket.name, path: 'artifacts', existingSecret: { name: s3.secret.name, keyOfAccessKeyId: s3.accessKeyKey, keyOfSecretAccessKey: s3.secretKeyKey } },
      },
      oidcAuth: {
        enabled: true,
        discoveryUrl: `${oidc.issuerUrl}/.well-known/openid-configuration`,
        clientId: oidc.clientId,
        existingSecret: { name: oidc.secret.name, clientSecretKey: oidc.secret.key },
        redirectUri,
        // Bearer tokens (notebooks, jobs) must name this client as their audience.
        audience: oidc.clientId,
        scope: 'openid,email,profile',
        providerDisplayName: 'Sign in with the platform account',
        groupsAttribute: oidc.groupsClaim,
        groupName: groups.map((g) => g.name),
        adminGroupName: groups.filter((g) => g.role === 'admin').map((g) => g.name),
        defaultPermission,
        database: {
          postgres: {
            enabled: true,
            host: this.authDatabase.host,
            port: this.authDatabase.port,
            database: this.authDatabase.database,
            existingSecret: { name: this.authDatabase.secretName, usernameKey: 'username', passwordKey: 'password' },
          },
        },
        trustedProxies: [],
      },
      // Requests whose Host is not listed are refused (MLFLOW_SERVER_ALLOWED_HOSTS: MLflow's
      // DNS-rebinding protection; the list replaces its default of localhost and private IPs).
      // The kubelet's probes and Prometheus' scrapes name the pod by its IP, so the private
      // ranges stay (IP literals cannot be rebound); names are only the platform's own.
      serverAllowedHosts: [ingress.hostname, ...internalHosts, ...internalHosts.map((h) => `${h}:${SERVICE_PORT}`), ...POD_ADDRESS_PATTERNS],
      corsAllowedOrigins: [this.url],
      extraArgs: { exposePrometheus: METRICS_DIR },
      extraEnvVars: {
        MLFLOW_S3_ENDPOINT_URL: props.objectStore.endpoint,
        AWS_DEFAULT_REGION: props.objectStore.region,
        // boto3 verifies the object store, requests (the plugin's OIDC discovery and token
        // calls to Keycloak) verifies Keycloak, both against the platform CA bundle.
        AWS_CA_BUNDLE: trust.pemFile,
        ...Object.fromEntries(trust.env.map((e) => [e.name, e.value])),
        CONFIG_K8S_SECRETS_ENABLED: 'true',
        CONFIG_K8S_SECRETS_PATH: PLUGIN_SECRETS_DIR,
        // A user who calls the API with a token before ever signing in to the UI gets a
        // (non-admin) account, when the token's issuer and audience are the platform's
        // (mlflow_oidc_auth/config.py: OIDC_PROVISION_ON_BEARER_AUTH needs OIDC_ISSUER and
        // OIDC_AUDIENCE); plugin releases without it ask for one browser sign-in first.
        OIDC_ISSUER: oidc.issuerUrl,
        OIDC_PROVISION_ON_BEARER_AUTH: 'true',
      },
      extraVolumes: [trust.volume, { name: 'session', secret: { secretName: session.name } }],
      extraVolumeMounts: [trust.volumeMount, { name: 'session', mountPath: PLUGIN_SECRETS_DIR, readOnly: true }],
      resources: toResources(size),
      serviceMonitor: { enabled: false },
      ingress: { enabled: false },
      livenessProbe: probe,
      readinessProbe: probe,
      postgresql: { enabled: false },
      mysql: { enabled: false },
      minio: { enabled: false },
    };
    this.helm = new HelmApplication<MlflowValues>(this, 'mlflow', {
      chart: 'mlflow',
      releaseName: RELEASE,
      namespace: MLFLOW,
      values,
      holdsData: false,
    });

    new ServiceMetrics(this, 'metrics', {
      name: 'mlflow',
      namespace: MLFLOW,
      selector: SERVER_LABELS,
      port: 'http',
      portNumber: SERVER_PORT,
      podLabels: SERVER_LABELS,
    });

    this.ns.allowWithinNamespace();
    // The plugin reads Keycloak's discovery document and exchanges the login code at
    // Keycloak's public address (through the ingress).
    this.ns.allowEgress('oidc', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443], podLabels: { ...SERVER_LABELS } });

    // The migration init container runs with the server's resources.
    this.declareWorkload({ name: 'mlflow', replicas: config.replicas ?? 1, size });

    // Model servers download their model through the tracking server (same namespace).
    for (const serving of config.serving ?? []) {
      new ModelServing(this, `serving-${serving.name}`, {
        config: serving,
        namespace: MLFLOW,
        image: common.images.ref('mlflow'),
        trackingUri: this.trackingUri,
        trust,
      });
    }
  }

  allowClient(namespace: string, podLabels?: Readonly<Record<string, string>>): void {
    this.ns.allowIngress(`client-${namespace}${podLabels ? '-selected' : ''}`, {
      peers: [{ namespace, ...(podLabels ? { podLabels: { ...podLabels } } : {}) }],
      ports: [SERVER_PORT],
      podLabels: { ...SERVER_LABELS },
    });
  }
}

function mlflowDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cloudnative-pg', 'keycloak', 'traefik', 'cert-manager', 'minio'];
}

export const mlflowComponent = defineComponent({
  id: MLFLOW,
  phase: 3,
  layer: 'ml',
  description: 'MLflow: experiment tracking and the model registry, artifacts proxied to the object store, login through Keycloak, models served at /invocations',
  dependsOn: mlflowDeps,
  holdsData: 'experiments, runs and the model registry in the mlflow PostgreSQL database, permissions in mlflow-auth-db; artifacts (models, plots) in the object store bucket "mlflow-artifacts"',
  ui: HOST,
  endpoints: [{ name: 'tracking API', address: `http://${RELEASE}.${MLFLOW}.svc:${SERVICE_PORT}` }],
  charts: ['mlflow'],
  alerts: [MLFLOW_ALERTS],
  dashboards: [MLFLOW_DASHBOARD],
  build(ctx) {
    const chart = new MlflowChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.mlflow,
      postgres: ctx.handles.get('cloudnative-pg'),
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      objectStore: ctx.handles.get('minio'),
    });
    return { charts: [chart], handle: chart };
  },
});
