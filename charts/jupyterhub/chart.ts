/**
 * JupyterHub (zero-to-jupyterhub-k8s): a notebook server per person, from the notebook image
 * (images/notebook/: docker-stacks' PySpark notebook with the platform's clients pinned).
 *
 * - Login through Keycloak (GenericOAuthenticator): anyone in a platform group may sign in,
 *   the admin groups administer the hub; the hub keeps each user's tokens (auth state,
 *   encrypted) and refreshes them, and a notebook reads its user's current token from the hub
 *   API, so queries and runs happen as that person, never as a shared service user.
 * - Profiles Small (2 vCPU / 4 GiB), Medium (4 / 8), Large (8 / 16), each guaranteed and
 *   limited, so a server gets exactly its profile. A server idle for an hour is stopped (its
 *   home volume stays). The namespace's ResourceQuota admits the configured number of
 *   concurrent users of each profile and no more; the capacity plan counts the same.
 * - Each user's home is a volume of the default storage class; its size is the user's quota.
 * - Pod Security restricted for hub, proxy and notebooks: the chart's cloud-metadata blocker
 *   (a privileged iptables init container) is off, the notebooks' NetworkPolicy blocks the
 *   metadata address instead. Notebooks reach Trino, MLflow, the object store (a scratch
 *   bucket), Spark's drivers and Keycloak, and nothing else: every allowance of the chart's
 *   own policy is off, the platform's policies open exactly these.
 * - Images are pre-pulled by the continuous puller (a DaemonSet), not the Helm hook, which
 *   ArgoCD would run as a sync hook that waits for every node.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { PlatformConfig } from '../../config/schema';
import type { JupyterhubConfig } from './config';
import type { NotebookHub } from './handle';
import { dataProtection } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import { CertificateAuthority, IngressController, PlatformIngress } from '../../constructs/ingress';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, cpuQuantity, memoryQuantity, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { trustIn } from '../../constructs/trust';
import type { IdentityProvider } from '../keycloak/handle';
import type { TrackingServer } from '../mlflow/handle';
import type { SparkOperatorHandle } from '../spark-operator/handle';
import type { QueryEngine } from '../trino/handle';
import type { BackupService } from '../velero/handle';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import { NotebookSettings, notebookEnv, sampleNotebook } from './notebook';
import { JUPYTERHUB_ALERTS, JUPYTERHUB_DASHBOARD } from './alerts';
import { ServiceMetrics } from '../../constructs/metrics';
import type { JupyterhubValues, NetworkPolicyValues, ProfileValues } from './values';

export const JUPYTERHUB = 'jupyterhub';
const RELEASE = 'jupyterhub';
const HOST = 'jupyter';
/** The chart's public Service (templates/proxy/service.yaml: proxy-public, port 80 to the proxy's http port 8000). */
const PROXY_SERVICE = 'proxy-public';
const PROXY_PORT = 8000;
/** The notebook image's user and group (docker-stacks: jovyan, uid 1000, gid 100). */
const NOTEBOOK_UID = 1000;
const NOTEBOOK_GID = 100;
const HOME = '/home/jovyan';
/** The chart's legacy match labels (templates/_helpers.tpl jupyterhub.matchLabels), without `release`. */
const labelsOf = (component: string) => ({ component, app: 'jupyterhub' }) as const;
export const NOTEBOOK_POD_LABELS = labelsOf('singleuser-server');
const HUB_LABELS = labelsOf('hub');
/** The hub's API and metrics port (templates/hub/service.yaml: port `hub`). */
const HUB_PORT = 8081;
/** Ports Spark drivers serve a notebook on: the UI and Spark Connect. */
const SPARK_DRIVER_PORTS = [4040, 15002];
/** A bucket every notebook may read and write: scratch space, never lakehouse data. */
export const NOTEBOOK_SCRATCH_BUCKET = 'notebook-scratch';

/** The profiles: size guaranteed and limited. */
export const PROFILES = {
  small: { display: 'Small', cpu: 2, memoryGiB: 4 },
  medium: { display: 'Medium', cpu: 4, memoryGiB: 8 },
  large: { display: 'Large', cpu: 8, memoryGiB: 16 },
} as const;
export type ProfileName = keyof typeof PROFILES;

/** The restricted security context of notebook containers (KubeSpawner's container_security_context). */
const NOTEBOOK_CONTAINER_SECURITY = {
  runAsNonRoot: true,
  runAsUser: NOTEBOOK_UID,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
} as const;

export interface JupyterhubChartProps {
  readonly common: PlatformCommon;
  readonly config?: JupyterhubConfig;
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  readonly objectStore: ObjectStore;
  readonly trino: QueryEngine;
  readonly mlflow: TrackingServer;
  /** @default - no Spark: notebooks reach no driver */
  readonly spark?: SparkOperatorHandle;
  /** The cluster backup: the namespace (home volumes, the hub's database) joins its daily backup. @default - not backed up */
  readonly backups?: BackupService;
}

export class JupyterhubChart extends PlatformChart implements NotebookHub {
  readonly namespace = JUPYTERHUB;
  readonly url: string;
  readonly notebookPodLabels = NOTEBOOK_POD_LABELS;
  readonly helm: HelmApplication<JupyterhubValues>;
  /** What the notebooks' environment says, from the handles. */
  readonly notebookSettings: NotebookSettings;
  readonly concurrentUsers: Readonly<Record<ProfileName, number>>;

  constructor(scope: Construct, props: JupyterhubChartProps) {
    super(scope, { component: JUPYTERHUB, common: props.common, phase: 3, namespace: JUPYTERHUB });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    const defaults: Record<ProfileName, number> = production ? { small: 6, medium: 3, large: 1 } : { small: 1, medium: 0, large: 0 };
    this.concurrentUsers = {
      small: config.profiles?.small?.concurrentUsers ?? defaults.small,
      medium: config.profiles?.medium?.concurrentUsers ?? defaults.medium,
      large: config.profiles?.large?.concurrentUsers ?? defaults.large,
    };
    const totalUsers = this.concurrentUsers.small + this.concurrentUsers.medium + this.concurrentUsers.large;
    if (totalUsers < 1) {
      throw new Error('jupyterhub.profiles: at least one profile needs concurrentUsers >= 1 (got 0 for small, medium and large); set e.g. profiles.small.concurrentUsers: 5');
    }
    const idleMinutes = config.idleTimeoutMinutes ?? 60;
    const homeGiB = config.homeGiB ?? 10;
    const registeredUsers = config.registeredUsers ?? (production ? 40 : 5);
    const hubSize: ContainerSize = production ? { cpu: 0.5, memoryGiB: 1 } : { cpu: 0.1, memoryGiB: 0.5 };
    const proxySize: ContainerSize = production ? { cpu: 0.2, memoryGiB: 0.25 } : { cpu: 0.1, memoryGiB: 0.25 };
    // The puller's containers only pull (each init container runs `echo`) and then pause.
    const pullerSize: ContainerSize = { cpu: 0.01, memoryGiB: 0.03125 };
    const storageClass = common.storageClasses.default;

    const ns = new PlatformNamespace(this, 'namespace', { name: JUPYTERHUB });
    const ingress = new PlatformIngress(this, 'ingress', {
      host: HOST,
      namespace: JUPYTERHUB,
      serviceName: PROXY_SERVICE,
      servicePort: 80,
      targetPort: PROXY_PORT,
      podLabels: labelsOf('proxy'),
      controller: props.ingress,
      authority: props.authority,
    });
    this.url = ingress.url;
    const trust = trustIn(this, JUPYTERHUB, props.authority.trust);

    // Keycloak: the hub's client. Its tokens also name Trino and MLflow as audiences, so a
    // notebook can call both with its user's token.
    const oidc = props.identity.addClient(this, JUPYTERHUB, {
      redirectUris: [`${this.url}/hub/oauth_callback`],
      namespace: JUPYTERHUB,
      name: 'JupyterHub',
      groupsClaim: true,
      audiences: [props.trino.audience, props.mlflow.audience],
    });
    if (!oidc.secret || !oidc.groupsClaim) {
      throw new Error('jupyterhub: the Keycloak client "jupyterhub" must be confidential and carry the groups claim (the hub admits by group)');
    }
    const groups = props.identity.groups;
    // The chart's own Secret always carries generated values (templates/hub/secret.yaml); the
    // hub reads these from hub.existingSecret first (files/hub/z2jh.py get_secret_value).
    const hubSecret = new PlatformSecret(this, 'hub-secret', {
      name: 'jupyterhub-hub-keys',
      namespace: JUPYTERHUB,
      keys: {
        'hub.config.JupyterHub.cookie_secret': { randomBytes: { bytes: 32, encoding: 'hex' } },
        'hub.config.CryptKeeper.keys': { randomBytes: { bytes: 32, encoding: 'hex' } },
      },
      readers: ['jupyterhub hub'],
      description: 'JupyterHub cookie secret and the key that encrypts users\' tokens (auth state)',
    });

    // The notebooks' environment: every address from a handle.
    props.trino.allowClient(JUPYTERHUB);
    props.mlflow.allowClient(JUPYTERHUB, NOTEBOOK_POD_LABELS);
    this.notebookSettings = {
      trinoHost: props.trino.host,
      trinoPort: String(props.trino.port),
      catalog: 'iceberg',
      schema: 'gold',
      trackingUri: props.mlflow.trackingUri,
      caBundle: trust.pemFile,
    };
    if (!props.trino.catalogs.includes(this.notebookSettings.catalog)) {
      throw new Error(`jupyterhub: the sample notebook reads the "iceberg" catalog, which Trino does not serve (it serves ${props.trino.catalogs.join(', ')})`);
    }
    const scratch = props.objectStore.bucket(NOTEBOOK_SCRATCH_BUCKET);
    const s3 = props.objectStore.grant(this, 'notebooks', JUPYTERHUB, [{ bucket: scratch, access: 'readwrite' }]);
    const examples = new k8s.KubeConfigMap(this, 'examples', {
      metadata: { name: 'platform-examples', namespace: JUPYTERHUB },
      data: { 'lakehouse-quickstart.ipynb': sampleNotebook() },
    });

    const profiles: ProfileValues[] = (Object.keys(PROFILES) as ProfileName[])
      .filter((name) => this.concurrentUsers[name] > 0)
      .map((name, i) => {
        const p = PROFILES[name];
        return {
          display_name: `${p.display}: ${p.cpu} vCPU, ${p.memoryGiB} GiB`,
          slug: name,
          description: `${p.cpu} CPUs and ${p.memoryGiB} GiB of memory, guaranteed`,
          ...(i === 0 ? { default: true } : {}),
          kubespawner_override: { cpu_guarantee: p.cpu, cpu_limit: p.cpu, mem_guarantee: `${p.memoryGiB}G`, mem_limit: `${p.memoryGiB}G` },
        };
      });
    const smallest = PROFILES[profiles[0].slug as ProfileName];

    const closed = { cloudMetadataServer: false, dnsPortsCloudMetadataServer: false, dnsPortsPrivateIPs: false, nonPrivateIPs: false, privateIPs: false };
    // DNS through kube-system only; everything else is opened by the platform's policies below.
    const lockedDown: NetworkPolicyValues = { enabled: true, egressAllowRules: { ...closed, dnsPortsKubeSystemNamespace: true } };
    // The chart takes an image as name (registry and repository) and tag.
    const image = (name: 'jupyterhubHub' | 'configurableHttpProxy' | 'pause') => {
      const parts = common.images.parts(name);
      return { name: `${parts.registry}/${parts.repository}`, tag: parts.tag };
    };
    const notebookImage = common.images.built('notebook');
    const tagAt = notebookImage.lastIndexOf(':');

    const values: JupyterhubValues = {
      hub: {
        config: {
          JupyterHub: { authenticator_class: 'generic-oauth', admin_access: false },
          Authenticator: { enable_auth_state: true },
          GenericOAuthenticator: {
            client_id: oidc.clientId,
            oauth_callback_url: `${this.url}/hub/oauth_callback`,
            authorize_url: `${oidc.issuerUrl}/protocol/openid-connect/auth`,
            token_url: `${oidc.issuerUrl}/protocol/openid-connect/token`,
            userdata_url: `${oidc.issuerUrl}/protocol/openid-connect/userinfo`,
            login_service: 'the platform account',
            username_claim: 'preferred_username',
            scope: ['openid', 'profile', 'email'],
            // Groups from the userinfo (the client's groups claim), kept in auth state.
            auth_state_groups_key: `oauth_user.${oidc.groupsClaim}`,
            allowed_groups: groups.map((g) => g.name),
            admin_groups: groups.filter((g) => g.role === 'admin').map((g) => g.name),
            manage_groups: true,
            // Tokens are refreshed before a server starts and when older than 5 minutes.
            refresh_pre_spawn: true,
            auth_refresh_age: 300,
          },
          // Merged over what KubeSpawner derives from singleuser.uid/fsGid (its
          // pod_security_context and container_security_context traits): restricted.
          KubeSpawner: {
            pod_security_context: { runAsNonRoot: true, runAsUser: NOTEBOOK_UID, fsGroup: NOTEBOOK_GID, seccompProfile: { type: 'RuntimeDefault' } },
            container_security_context: NOTEBOOK_CONTAINER_SECURITY,
          },
        },
        existingSecret: hubSecret.name,
        extraEnv: {
          // OAuthenticator's client_secret defaults to $OAUTH_CLIENT_SECRET.
          OAUTH_CLIENT_SECRET: { valueFrom: { secretKeyRef: { name: oidc.secret.name, key: oidc.secret.key } } },
          // The hub's HTTP client (tornado, OpenSSL) verifies Keycloak against the platform CA bundle.
          ...Object.fromEntries(trust.env.map((e) => [e.name, e.value])),
        },
        extraVolumes: [trust.volume],
        extraVolumeMounts: [trust.volumeMount],
        // A notebook server's token may read its own user's auth state: the current access token.
        loadRoles: { server: { name: 'server', scopes: ['users:activity!user', 'access:servers!server', 'admin:auth_state!user'] } },
        db: { type: 'sqlite-pvc', pvc: { storage: '1Gi', storageClassName: storageClass, annotations: dataProtection('the JupyterHub database: users, their servers and encrypted tokens') } },
        image: image('jupyterhubHub'),
        resources: toResources(hubSize),
        podSecurityContext: { runAsNonRoot: true, fsGroup: NOTEBOOK_UID, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { runAsNonRoot: true, runAsUser: NOTEBOOK_UID, runAsGroup: NOTEBOOK_UID, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
        networkPolicy: lockedDown,
        authenticatePrometheus: false,
        concurrentSpawnLimit: Math.max(totalUsers, 4),
        activeServerLimit: totalUsers,
      },
      proxy: {
        service: { type: 'ClusterIP' },
        chp: { image: image('configurableHttpProxy'), resources: toResources(proxySize), networkPolicy: lockedDown },
        https: { enabled: false },
      },
      singleuser: {
        image: { name: notebookImage.slice(0, tagAt), tag: notebookImage.slice(tagAt + 1), pullPolicy: 'IfNotPresent' },
        cloudMetadata: { blockWithIptables: false },
        networkPolicy: lockedDown,
        uid: NOTEBOOK_UID,
        fsGid: NOTEBOOK_GID,
        allowPrivilegeEscalation: false,
        extraEnv: {
          ...notebookEnv(this.notebookSettings),
          ...Object.fromEntries(trust.env.map((e) => [e.name, e.value])),
          // The scratch bucket (the object store's endpoint and the notebooks' shared key).
          AWS_ENDPOINT_URL: props.objectStore.endpoint,
          AWS_REGION: props.objectStore.region,
          AWS_CA_BUNDLE: trust.pemFile,
          AWS_ACCESS_KEY_ID: { valueFrom: { secretKeyRef: { name: s3.secret.name, key: s3.accessKeyKey } } },
          AWS_SECRET_ACCESS_KEY: { valueFrom: { secretKeyRef: { name: s3.secret.name, key: s3.secretKeyKey } } },
          LAKEPLANE_SCRATCH_BUCKET: scratch.name,
        },
        storage: {
          type: 'dynamic',
          capacity: `${homeGiB}Gi`,
          homeMountPath: HOME,
          dynamic: { storageClass, storageAccessModes: ['ReadWriteOnce'] },
          extraVolumes: [trust.volume, { name: 'examples', configMap: { name: examples.name } }],
          extraVolumeMounts: [trust.volumeMount, { name: 'examples', mountPath: `${HOME}/platform-examples`, readOnly: true }],
        },
        // The default (the smallest profile offered); each profile overrides it.
        cpu: { guarantee: smallest.cpu, limit: smallest.cpu },
        memory: { guarantee: `${smallest.memoryGiB}G`, limit: `${smallest.memoryGiB}G` },
        profileList: profiles,
        startTimeout: 600,
      },
      scheduling: { userScheduler: { enabled: false }, userPlaceholder: { enabled: false }, podPriority: { enabled: false } },
      prePuller: {
        hook: { enabled: false },
        continuous: { enabled: true },
        pullProfileListImages: true,
        resources: toResources(pullerSize),
        pause: { image: image('pause') },
      },
      ingress: { enabled: false },
      cull: { enabled: true, timeout: idleMinutes * 60, every: 600, users: false, adminUsers: true, maxAge: 0 },
    };
    this.helm = new HelmApplication<JupyterhubValues>(this, 'jupyterhub', {
      chart: 'jupyterhub',
      releaseName: RELEASE,
      namespace: JUPYTERHUB,
      values,
      // The hub's database (users, servers) is a PVC of the release; home volumes are made
      // by the hub, outside the chart.
      holdsData: true,
    });

    // Users' home volumes and the hub's database are in no other backup.
    props.backups?.include(JUPYTERHUB);

    // The hub's metrics, without a token (authenticatePrometheus off): the NetworkPolicy lets
    // Prometheus in, and what they tell (user and server counts) the namespace already sees.
    new ServiceMetrics(this, 'metrics', { name: 'jupyterhub-hub', namespace: JUPYTERHUB, selector: HUB_LABELS, port: 'hub', portNumber: HUB_PORT, path: '/hub/metrics', podLabels: HUB_LABELS });

    // Network: within the namespace (hub, proxy, notebooks), the hub to the API server (it
    // starts the notebook pods) and to Keycloak at its public address.
    ns.allowWithinNamespace();
    ns.allowKubeApi({ ...HUB_LABELS });
    ns.allowEgress('hub-oidc', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443], podLabels: { ...HUB_LABELS } });
    // Notebooks: Trino, MLflow, the object store (opened by the grant), Spark's drivers,
    // Keycloak through the ingress controller, nothing else.
    const notebooks = { ...NOTEBOOK_POD_LABELS };
    ns.allowEgress('notebooks-trino', { peers: [{ namespace: props.trino.namespace, podLabels: { ...props.trino.podLabels } }], ports: [props.trino.port], podLabels: notebooks });
    ns.allowEgress('notebooks-mlflow', { peers: [{ namespace: props.mlflow.namespace, podLabels: { ...props.mlflow.podLabels } }], ports: [props.mlflow.port], podLabels: notebooks });
    ns.allowEgress('notebooks-keycloak', { peers: [{ namespace: props.ingress.namespace, podLabels: { ...props.ingress.podLabels } }], podLabels: notebooks });
    if (props.spark) {
      ns.allowEgress('notebooks-spark', {
        peers: [{ namespace: props.spark.jobNamespace, podLabels: { ...props.spark.driverPodLabels } }],
        ports: SPARK_DRIVER_PORTS,
        podLabels: notebooks,
      });
      props.spark.allowIngress('notebooks', { peers: [{ namespace: JUPYTERHUB, podLabels: notebooks }], ports: SPARK_DRIVER_PORTS, podLabels: { ...props.spark.driverPodLabels } });
    }

    // What the namespace may hold at once: the configured users of each profile, the hub,
    // the proxy and one image puller per node.
    const nodes = common.nodePools.reduce((n, p) => n + p.count, 0);
    const users = (Object.keys(PROFILES) as ProfileName[]).map((name) => ({ count: this.concurrentUsers[name], ...PROFILES[name] }));
    const cpu = users.reduce((s, u) => s + u.count * u.cpu, 0) + hubSize.cpu + proxySize.cpu + nodes * pullerSize.cpu;
    const memoryGiB = users.reduce((s, u) => s + u.count * u.memoryGiB, 0) + hubSize.memoryGiB + proxySize.memoryGiB + nodes * pullerSize.memoryGiB;
    new k8s.KubeResourceQuota(this, 'quota', {
      metadata: { name: 'notebooks', namespace: JUPYTERHUB },
      spec: {
        hard: {
          'requests.cpu': k8s.Quantity.fromString(cpuQuantity(cpu)),
          'requests.memory': k8s.Quantity.fromString(memoryQuantity(memoryGiB)),
          'limits.memory': k8s.Quantity.fromString(memoryQuantity(memoryGiB)),
          // Home volumes of every registered user, and the hub's database.
          persistentvolumeclaims: k8s.Quantity.fromNumber(registeredUsers + 1),
          'requests.storage': k8s.Quantity.fromString(`${registeredUsers * homeGiB + 1}Gi`),
        },
      },
    });

    this.declareWorkload({ name: 'jupyterhub-hub', replicas: 1, size: hubSize });
    this.declareWorkload({ name: 'jupyterhub-proxy', replicas: 1, size: proxySize });
    this.declareWorkload({ name: 'jupyterhub-image-puller', replicas: 1, size: pullerSize, perNode: true });
    for (const u of users.filter((x) => x.count > 0)) {
      this.declareWorkload({ name: `notebook-${u.display.toLowerCase()}`, replicas: u.count, size: { cpu: u.cpu, memoryGiB: u.memoryGiB } });
    }
    this.declareVolumes({ name: 'jupyterhub-hub-db', count: 1, sizeGiB: 1, storageClass });
    this.declareVolumes({ name: 'notebook-home', count: registeredUsers, sizeGiB: homeGiB, storageClass });
  }
}

function jupyterhubDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'keycloak', 'traefik', 'cert-manager', 'minio', 'trino', 'mlflow'];
}

export const jupyterhubComponent = defineComponent({
  id: JUPYTERHUB,
  phase: 3,
  layer: 'ml',
  description: 'JupyterHub: a notebook server per person (Small, Medium, Large), login through Keycloak, queries and runs as the user, idle servers stopped after an hour',
  dependsOn: jupyterhubDeps,
  optionalDeps: () => ['spark-operator', 'velero'],
  holdsData: "each user's home volume (notebooks and files) and the hub's database of users and servers (a PVC)",
  ui: HOST,
  charts: ['jupyterhub'],
  alerts: [JUPYTERHUB_ALERTS],
  dashboards: [JUPYTERHUB_DASHBOARD],
  build(ctx) {
    const chart = new JupyterhubChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.jupyterhub,
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      objectStore: ctx.handles.get('minio'),
      trino: ctx.handles.get('trino'),
      mlflow: ctx.handles.get('mlflow'),
      spark: ctx.handles.find('spark-operator'),
      backups: ctx.handles.find('velero'),
    });
    return { charts: [chart], handle: chart };
  },
});
