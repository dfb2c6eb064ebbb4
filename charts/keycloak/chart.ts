/**
 * keycloak: identity for every web UI. Keycloak (codecentric keycloakx chart) in production
 * mode behind Traefik with TLS, its own HA PostgreSQL from CloudNativePG, an Infinispan
 * cluster between its pods (members found through that database: JGroups jdbc-ping), health
 * and metrics.
 *
 * Realm as code: the `lakeplane` realm (roles, groups, and one OIDC client per UI registered
 * by the component that needs it through `addClient`) is rendered into a ConfigMap once the
 * whole environment is built, and a keycloak-config-cli Job applies it on every sync, so an
 * updated realm is updated in place. Client secrets come from the secrets backend: one copy
 * in this namespace (the Job reads it) and one in the consumer's namespace, same value.
 */
import { JsonPatch, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import { postSyncHook } from '../../argocd/sync';
import type { KeycloakConfig } from './config';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority, IngressController } from '../../constructs/ingress';
import { PlatformIngress } from '../../constructs/ingress';
import { LABEL_COMPONENT, LABEL_NAME, selectorLabels } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { assertDnsLabel, resourceName } from '../../constructs/naming';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, assertSize, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { container, podSpec } from '../../constructs/workload';
import { CHARTS } from '../../versions';
import type { IdentityProvider, OidcClient, OidcClientOptions, PlatformGroup, PlatformRole } from './handle';
import { defineComponent } from '../spec';
import { DatabaseBackupProvider, restoredClusterName } from '../../constructs/database-backups';
import { GROUPS_CLAIM, PLATFORM_GROUPS, PLATFORM_ROLES, ROLES_CLAIM, RealmClient, clientSecretEnv, realmRepresentation } from './realm';
import type { KeycloakxValues } from './values';

export const KEYCLOAK = 'keycloak';
/** The platform realm. */
export const REALM = 'lakeplane';

/**
 * Ports of a Keycloak pod: HTTP (behind Traefik), management (health, metrics), and the two the
 * jdbc-ping stack uses between pods: JGroups unicast (jgroups.bind.port) and FD_SOCK2 failure
 * detection (bind port + jgroups.fd.port-offset 50000), per Keycloak's caching guide.
 */
export const KEYCLOAK_PORTS = { http: 8080, management: 9000, jgroups: 7800, jgroupsFailureDetection: 57800 } as const;
/**
 * The cache stack the pods run: the chart's `cache.stack: default` sets KC_CACHE=ispn and
 * KC_CACHE_STACK=jdbc-ping (keycloakx 7.1.11, templates/statefulset.yaml). Each pod registers
 * in a table of the Keycloak database (JGroups JDBC_PING2) and finds the others there: no DNS
 * query, no Kubernetes API access.
 */
export const KEYCLOAK_CACHE_STACK = 'jdbc-ping';
/** The chart's Service in front of the pods (`<fullname>-http`), port 80 to the pods' 8080. */
const HTTP_SERVICE = 'keycloak-http';
const HTTP_SERVICE_PORT = 80;
/** User the Keycloak image runs as. */
const KEYCLOAK_UID = 1000;
/** The bootstrap administrator of the master realm (the realm-config Job logs in as it). */
const ADMIN_USER = 'admin';

export interface KeycloakChartProps {
  readonly common: PlatformCommon;
  readonly config?: KeycloakConfig;
  readonly postgres: PostgresOperator;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  /** Where the database's backups go (the object store). @default - no backups */
  readonly databaseBackups?: DatabaseBackupProvider;
}

export class KeycloakChart extends PlatformChart implements IdentityProvider {
  readonly realm = REALM;
  readonly issuerUrl: string;
  readonly roles: readonly PlatformRole[] = PLATFORM_ROLES;
  readonly groups: readonly PlatformGroup[] = PLATFORM_GROUPS;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly replicas: number;
  readonly size: ContainerSize;
  readonly url: string;
  readonly database: PostgresDatabase;
  readonly values: KeycloakxValues;
  /** Clients registered so far, in registration order. */
  readonly clients: RealmClient[] = [];
  private readonly platformNamespace: PlatformNamespace;
  /** The realm-config Job; each confidential client adds its secret to its environment. */
  private readonly realmJob: k8s.KubeJob;

  constructor(scope: Construct, props: KeycloakChartProps) {
    super(scope, { component: KEYCLOAK, common: props.common, phase: 1, namespace: KEYCLOAK });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const replicas = config.replicas ?? (production ? 2 : 1);
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 2 : 0.5), memoryGiB: config.memoryGiB ?? (production ? 4 : 1.5) };
    const db = config.database ?? {};
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new Error(`keycloak.replicas must be an integer >= 1 (got ${replicas})`);
    }
    assertSize(size, 'keycloak');
    this.replicas = replicas;
    this.size = size;

    const namespace = new PlatformNamespace(this, 'namespace', { name: KEYCLOAK });
    this.platformNamespace = namespace;
    this.namespace = namespace.name;
    this.podLabels = { [LABEL_NAME]: KEYCLOAK, [LABEL_COMPONENT]: KEYCLOAK };

    const ingress = new PlatformIngress(this, 'ingress', {
      host: KEYCLOAK,
      namespace: this.namespace,
      serviceName: HTTP_SERVICE,
      servicePort: HTTP_SERVICE_PORT,
      targetPort: KEYCLOAK_PORTS.http,
      podLabels: this.podLabels,
      controller: props.ingress,
      authority: props.authority,
    });
    this.url = ingress.url;
    this.issuerUrl = `${ingress.url}/realms/${REALM}`;

    // A configured restore builds a new cluster from the backups; Keycloak follows it.
    const baseCluster = 'keycloak-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    if (restore && !props.databaseBackups) {
      throw new Error('keycloak.database.restore needs the object store holding the backups (minio), which is not enabled; enable it or remove the restore');
    }
    this.database = new PostgresDatabase(this, 'database', {
      name: db.restore ? restoredClusterName(baseCluster, db.restore) : baseCluster,
      namespace: this.namespace,
      database: 'keycloak',
      owner: 'keycloak',
      instances: db.instances ?? (production ? 2 : 1),
      size: { cpu: db.cpu ?? (production ? 4 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 8 : 0.5) },
      storageGiB: db.storageGiB ?? (production ? 20 : 5),
      operator: props.postgres,
      backup: props.databaseBackups?.databaseBackups(this, namespace.name, { restore }),
      // Keycloak's own table of realms (its JPA entity RealmEntity, table REALM).
      verification: { description: `the realm table holds the ${REALM} realm`, query: `SELECT EXISTS (SELECT 1 FROM realm WHERE name = '${REALM}')` },
    });

    const admin = new PlatformSecret(this, 'admin', {
      name: 'keycloak-admin',
      namespace: this.namespace,
      keys: { password: { generate: { length: 32 } } },
      readers: ['keycloak', 'keycloak-realm-config'],
      description: `Password of the bootstrap administrator "${ADMIN_USER}" of the master realm`,
    });

    const env = [
      { name: 'KC_HOSTNAME', value: this.url },
      // Services in the cluster may call the token endpoint on the internal Service.
      { name: 'KC_HOSTNAME_BACKCHANNEL_DYNAMIC', value: 'true' },
      { name: 'KC_BOOTSTRAP_ADMIN_USERNAME', value: ADMIN_USER },
      { name: 'KC_BOOTSTRAP_ADMIN_PASSWORD', valueFrom: admin.envFrom('password') },
    ];
    const resources = toResources(size);
    this.values = {
      nameOverride: KEYCLOAK,
      fullnameOverride: KEYCLOAK,
      replicas,
      image: { repository: `${props.common.images.registry('quay.io')}/keycloak/keycloak`, tag: CHARTS.keycloakx.appVersion },
      args: ['start'],
      extraEnv: stringify(env),
      podLabels: { [LABEL_COMPONENT]: KEYCLOAK },
      podSecurityContext: { runAsNonRoot: true, runAsUser: KEYCLOAK_UID, fsGroup: KEYCLOAK_UID, seccompProfile: { type: 'RuntimeDefault' } },
      securityContext: {
        runAsNonRoot: true,
        runAsUser: KEYCLOAK_UID,
        allowPrivilegeEscalation: false,
        // Keycloak re-augments its build at start when build options (database, cache, metrics)
        // are set at run time, writing under /opt/keycloak; "restricted" does not require a
        // read-only root file system.
        readOnlyRootFilesystem: false,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      resources: { requests: resources.requests, limits: resources.limits },
      podDisruptionBudget: replicas >= 2 ? { maxUnavailable: 1 } : {},
      serviceAccount: { create: true, automountServiceAccountToken: false },
      enableServiceLinks: false,
      database: {
        vendor: 'postgres',
        hostname: this.database.host,
        port: this.database.port,
        database: this.database.database,
        username: this.database.owner,
        existingSecret: this.database.secretName,
        existingSecretKey: 'password',
      },
      dbchecker: { enabled: false },
      // KC_CACHE=ispn, KC_CACHE_STACK=jdbc-ping (KEYCLOAK_CACHE_STACK).
      cache: { stack: 'default' },
      proxy: { enabled: true, mode: 'xforwarded', http: { enabled: true } },
      metrics: { enabled: true },
      health: { enabled: true },
      http: { relativePath: '/' },
      ingress: { enabled: false },
      serviceMonitor: { enabled: false },
    };
    new HelmApplication<KeycloakxValues>(this, 'keycloak', {
      chart: 'keycloakx',
      releaseName: KEYCLOAK,
      namespace: this.namespace,
      values: this.values,
      // Users and sessions live in the PostgreSQL cluster, which is protected on its own.
      holdsData: false,
    });
    this.declareWorkload({ name: KEYCLOAK, replicas, size });

    new PodMetrics(this, 'metrics', {
      name: KEYCLOAK,
      namespace: this.namespace,
      selector: this.podLabels,
      port: 'http-internal',
      portNumber: KEYCLOAK_PORTS.management,
      path: '/metrics',
    });

    // Infinispan between the pods (jdbc-ping: unicast and failure detection), and the pods to
    // their database, which is also where they find each other.
    const jgroups = [KEYCLOAK_PORTS.jgroups, KEYCLOAK_PORTS.jgroupsFailureDetection];
    namespace.allowIngress('keycloak-cluster', { peers: [{ podLabels: { ...this.podLabels } }], ports: jgroups, podLabels: { ...this.podLabels } });
    namespace.allowEgress('keycloak-cluster', { peers: [{ podLabels: { ...this.podLabels } }], ports: jgroups, podLabels: { ...this.podLabels } });
    namespace.allowEgress('keycloak-db', { peers: [{ podLabels: { ...this.database.podLabels } }], ports: [this.database.port], podLabels: { ...this.podLabels } });

    this.realmJob = this.realmConfig(admin);
  }

  /**
   * Registers an OIDC client of the platform realm. The client secret is generated once and
   * delivered twice: here for the realm import, and in the consumer's namespace (`scope`).
   */
  addClient(scope: Construct, clientId: string, options: OidcClientOptions): OidcClient {
    assertDnsLabel(clientId, 'keycloak client id');
    if (this.clients.some((c) => c.clientId === clientId)) {
      throw new Error(`keycloak client "${clientId}" is registered twice; each component registers its own client once`);
    }
    // A machine client (client credentials only) has no login flow, so it needs no redirect.
    if (options.redirectUris.length === 0 && !options.serviceAccount) {
      throw new Error(`keycloak client "${clientId}": redirectUris must list at least one URI (got none)`);
    }
    for (const uri of options.redirectUris) {
      if (!/^https:\/\/[^\s*]+\*?$/.test(uri)) {
        throw new Error(`keycloak client "${clientId}": redirect URI "${uri}" must be an https:// URL (a trailing * is the only wildcard)`);
      }
    }
    const publicClient = options.publicClient ?? false;
    if (publicClient && options.serviceAccount) {
      throw new Error(`keycloak client "${clientId}": a public client has no secret, so it cannot use client credentials (serviceAccount); make it confidential or drop serviceAccount`);
    }
    let consumerSecret: PlatformSecret | undefined;
    let secretEnv: string | undefined;
    if (!publicClient) {
      const own = new PlatformSecret(this, `client-${clientId}`, {
        name: resourceName('oidc-client', clientId),
        namespace: this.namespace,
        keys: { 'client-secret': { generate: { length: 48 } } },
        readers: ['keycloak-realm-config'],
        description: `OIDC client secret of ${clientId} (realm ${REALM}), read by the realm import`,
      });
      consumerSecret = new PlatformSecret(scope, `oidc-${clientId}`, {
        name: resourceName(clientId, 'oidc'),
        namespace: options.namespace,
        keys: { 'client-secret': { sameAs: own.ref('client-secret') } },
        readers: [clientId],
        description: `OIDC client secret of ${clientId} in realm ${REALM}`,
        labels: options.secretLabels ? { ...options.secretLabels } : undefined,
      });
      secretEnv = clientSecretEnv(clientId);
      // Clients arrive after the Job is made: each adds its secret to the Job's environment.
      this.realmJob.addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/env/-', { name: secretEnv, valueFrom: own.envFrom('client-secret') }));
    }
    const groupsClaim = options.groupsClaim ?? false;
    const audiences = options.audiences ?? [];
    this.clients.push({ clientId, name: options.name ?? clientId, redirectUris: options.redirectUris, publicClient, secretEnv, serviceAccount: options.serviceAccount ?? false, ...(groupsClaim ? { groupsClaim } : {}), ...(audiences.length > 0 ? { audiences } : {}) });

    // The consumer may call Keycloak directly on the internal Service (token, userinfo, JWKS).
    if (options.namespace !== this.namespace) {
      this.platformNamespace.allowIngress(resourceName('oidc', clientId), {
        peers: [{ namespace: options.namespace }],
        ports: [KEYCLOAK_PORTS.http],
        podLabels: { ...this.podLabels },
      });
    }
    return {
      clientId,
      issuerUrl: this.issuerUrl,
      secret: consumerSecret?.ref('client-secret'),
      rolesClaim: ROLES_CLAIM,
      ...(groupsClaim ? { groupsClaim: GROUPS_CLAIM, groups: PLATFORM_GROUPS } : {}),
    };
  }

  /** The realm JSON as it stands (every client registered so far). */
  realmJson(): string {
    return `${JSON.stringify(realmRepresentation(REALM, 'lakeplane', this.clients), null, 2)}\n`;
  }

  /** The realm ConfigMap (rendered at synth, after every client is registered) and the Job that applies it on every sync. */
  private realmConfig(admin: PlatformSecret): k8s.KubeJob {
    const name = 'keycloak-realm-config';
    const configMap = new k8s.KubeConfigMap(this, 'realm', {
      metadata: { name: resourceName('keycloak-realm', REALM), namespace: this.namespace },
      data: { [`${REALM}.json`]: Lazy.any({ produce: () => this.realmJson() }) },
    });
    const jobLabels = selectorLabels(KEYCLOAK, name);
    const env: k8s.EnvVar[] = [
      { name: 'KEYCLOAK_URL', value: `http://${HTTP_SERVICE}.${this.namespace}.svc:${HTTP_SERVICE_PORT}` },
      { name: 'KEYCLOAK_USER', value: ADMIN_USER },
      { name: 'KEYCLOAK_PASSWORD', valueFrom: admin.envFrom('password') },
      // Keycloak may still be starting when the sync ends: wait for it.
      { name: 'KEYCLOAK_AVAILABILITYCHECK_ENABLED', value: 'true' },
      { name: 'KEYCLOAK_AVAILABILITYCHECK_TIMEOUT', value: '600s' },
      { name: 'IMPORT_FILES_LOCATIONS', value: '/config/*' },
      { name: 'IMPORT_VARSUBSTITUTION_ENABLED', value: 'true' },
    ];
    const job = new k8s.KubeJob(this, 'realm-job', {
      metadata: {
        name,
        namespace: this.namespace,
        labels: jobLabels,
      },
      spec: {
        backoffLimit: 6,
        activeDeadlineSeconds: 1800,
        template: {
          metadata: { labels: jobLabels },
          spec: podSpec({
            restartPolicy: 'OnFailure',
            containers: [
              container({
                name: 'keycloak-config-cli',
                image: this.common.images.ref('keycloakConfigCli'),
                size: { cpu: 0.25, memoryGiB: 0.75 },
                env: [...env],
                volumeMounts: [{ name: 'realm', mountPath: '/config', readOnly: true }],
                probes: 'run-to-completion',
              }),
            ],
            volumes: [{ name: 'realm', configMap: { name: configMap.name } }],
          }),
        },
      },
    });
    // Runs after every sync, so an updated realm is applied in place.
    postSyncHook(job);

    this.platformNamespace.allowEgress(name, { peers: [{ podLabels: { ...this.podLabels } }], ports: [KEYCLOAK_PORTS.http], podLabels: jobLabels });
    this.platformNamespace.allowIngress(name, { peers: [{ podLabels: jobLabels }], ports: [KEYCLOAK_PORTS.http], podLabels: { ...this.podLabels } });
    return job;
  }
}

export const keycloakComponent = defineComponent({
  id: KEYCLOAK,
  phase: 1,
  layer: 'security',
  description: 'Keycloak: single sign-on for every UI, the lakeplane realm with roles, groups and one OIDC client per UI',
  dependsOn: () => ['cloudnative-pg', 'traefik', 'cert-manager'],
  // The database is backed up to the object store when there is one.
  optionalDeps: () => ['minio'],
  holdsData: 'Keycloak users, groups, sessions and realm settings (its PostgreSQL cluster)',
  ui: KEYCLOAK,
  charts: ['keycloakx'],
  build: (ctx) => {
    const chart = new KeycloakChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.keycloak,
      postgres: ctx.handles.get('cloudnative-pg'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      databaseBackups: ctx.handles.find('minio'),
    });
    return { charts: [chart], handle: chart };
  },
});
