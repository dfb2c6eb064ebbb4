/**
 * Orchestration: Apache Airflow 3 from the official chart. KubernetesExecutor (one pod per
 * task), two schedulers and two API servers in production, the metadata database in its own
 * PostgreSQL, login through Keycloak (FAB auth manager, OAuth), StatsD metrics scraped, the
 * UI through the platform ingress. DAGs live in this repository's `dags/` folder and reach
 * the pods by git-sync from the GitOps repository.
 *
 * Connections come from the environment (the secrets backend of Airflow's env-var lookup):
 * AIRFLOW_CONN_* hold endpoints only, credentials are env vars from secrets (the object
 * store key through its grant, the database's operator-generated secret). DAG code never
 * holds an address or a credential.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { PlatformConfig } from '../../config/schema';
import type { AirflowConfig } from './config';
import { ObjectWave, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import { CertificateAuthority, IngressController, PlatformIngress } from '../../constructs/ingress';
import { ServiceMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { DatabaseBackupProvider, restoredClusterName } from '../../constructs/database-backups';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { resourceName } from '../../constructs/naming';
import { trustIn } from '../../constructs/trust';
import { container, podSpec } from '../../constructs/workload';
import type { IdentityProvider } from '../keycloak/handle';
import type { SecretKeyRef } from '../../constructs/secret';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import type { AirflowValues, SecretEnvValues, SpreadValues } from './values';
import { AIRFLOW_DAG_FILES, LOADTEST_SCRIPT } from './dags';
import type { MetadataReader, Orchestrator } from './handle';
import type { IcebergCatalog } from '../nessie/handle';
import type { QueryEngine } from '../trino/handle';
import { AIRFLOW_ALERTS } from './alerts';

/** What the orchestration component hands out. */

/** The log groomer sidecar: a shell loop deleting old log files. */
const LOG_GROOMER_SIZE: ContainerSize = { cpu: 0.01, memoryGiB: 0.0625 };

/** The query engine as Airflow reaches it (a slice of the Trino handle). */
export interface TrinoEndpoint {
  readonly host: string;
  /** The coordinator's HTTPS port (its certificate is signed by the platform CA). */
  readonly port: number;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /** Trino service user Airflow connects as. */
  readonly user: string;
  /** Registers the user with Trino: its password, sealed in Airflow's namespace (`scope` is Airflow's chart). */
  readonly credentials: (scope: Construct, namespace: string) => SecretKeyRef;
}

/** The catalog as Airflow reaches it (a slice of the Nessie handle). */
export interface CatalogEndpoint {
  /** Nessie API base URL over TLS, e.g. https://nessie.nessie.svc:19121/api/v2 */
  readonly apiUrl: string;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly port: number;
}

export interface AirflowProps {
  readonly common: PlatformCommon;
  readonly config?: AirflowConfig;
  readonly postgres: PostgresOperator;
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  readonly objectStore: ObjectStore & DatabaseBackupProvider;
  /** @default - no Trino connection (the health check then fails on it, loudly) */
  readonly trino?: TrinoEndpoint;
  /** @default - no Nessie connection (the health check then fails on it, loudly) */
  readonly catalog?: CatalogEndpoint;
  /**
   * When dbt's pod definition exists, the schedule of the dbt_build DAG (dags/dbt_build.py);
   * without it the DAG is never scheduled. @default - not scheduled
   */
  readonly dbtSchedule?: string;
}

export const AIRFLOW_RELEASE = 'airflow';
const AIRFLOW_HOST = 'airflow';
const API_PORT = 8080;
const AIRFLOW_UID = 50000;
/** The users the chart runs git-sync and StatsD as (values.yaml: dags.gitSync.uid, statsd.uid). */
const GIT_SYNC_UID = 65533;
const STATSD_UID = 65534;
const TIER = { tier: 'airflow' } as const;
/**
 * Containers of every Airflow pod. The chart applies the global securityContexts to Airflow's
 * own containers only; git-sync and StatsD need theirs set (see the values type).
 */
const RESTRICTED_CONTAINER = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' }, runAsNonRoot: true } as const;
/** Bucket of task logs (remote logging: task pods are deleted when they finish). */
export const AIRFLOW_LOGS_BUCKET = 'airflow-logs';
/** Bucket the CSV upload pipeline reads from and the bronze Iceberg tables live in. */
export const BRONZE_BUCKET = 'bronze';
const OIDC_MOUNT = '/opt/airflow/secrets/oidc';

/** Environment variable with the Trino service user's password (dags/lakeplane/trino.py). */
export const TRINO_PASSWORD_ENV = 'LAKEPLANE_TRINO_PASSWORD';

/** Airflow connection ids the DAGs use; their values come from the environment. */
export const CONNECTION_IDS = { trino: 'trino_default', nessie: 'nessie', objectStore: 'object_store', postgres: 'airflow_db' } as const;

export class AirflowChart extends PlatformChart implements Orchestrator {
  readonly namespace: string;
  readonly url: string;
  readonly podLabels = TIER;
  /** The chart's worker ServiceAccount, which KubernetesExecutor task pods run as (templates/workers/worker-serviceaccount.yaml: <release>-worker). */
  readonly taskServiceAccount = `${AIRFLOW_RELEASE}-worker`;
  readonly helm: HelmApplication<AirflowValues>;
  readonly database: PostgresDatabase;
  /** The Trino service user's password in Airflow's namespace, when Trino is there. */
  readonly trinoPassword?: SecretKeyRef;
  private readonly ns: PlatformNamespace;
  get metadataDatabasePodLabels(): Readonly<Record<string, string>> {
    return this.database.podLabels;
  }

  constructor(scope: Construct, id: string, props: AirflowProps) {
    super(scope, { component: id, common: props.common, phase: 1, namespace: id });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    const schedulers = config.schedulers ?? (production ? 2 : 1);
    const apiServers = config.apiServers ?? (production ? 2 : 1);
    const size: ContainerSize = config.size ?? (production ? { cpu: 2, memoryGiB: 4 } : { cpu: 0.5, memoryGiB: 1 });
    const smallSize: ContainerSize = production ? { cpu: 0.25, memoryGiB: 1 } : { cpu: 0.1, memoryGiB: 0.5 };
    const taskSize: ContainerSize = production ? { cpu: 1, memoryGiB: 2 } : { cpu: 0.25, memoryGiB: 0.5 };
    const statsdSize: ContainerSize = { cpu: 0.1, memoryGiB: 0.125 };
    const gitSyncSize: ContainerSize = { cpu: 0.05, memoryGiB: 0.125 };
    const dagsSubPath = config.dags?.subPath ?? 'dags';
    const period = config.dags?.period ?? '60s';
    const maintenance = {
      schemas: config.maintenance?.schemas ?? ['bronze', 'silver', 'gold'],
      schedule: config.maintenance?.schedule ?? '0 3 * * *',
    };
    this.namespace = id;

    const ns = new PlatformNamespace(this, 'namespace', { name: id });
    this.ns = ns;
    const ingress = new PlatformIngress(this, 'ingress', {
      host: AIRFLOW_HOST,
      namespace: this.namespace,
      serviceName: `${AIRFLOW_RELEASE}-api-server`,
      servicePort: API_PORT,
      podLabels: { ...TIER, component: 'api-server' },
      controller: props.ingress,
      authority: props.authority,
    });
    this.url = ingress.url;

    // A configured restore builds a new cluster from the backups; Airflow follows it.
    const db = config.database ?? {};
    const baseCluster = 'airflow-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    this.database = new PostgresDatabase(this, 'db', {
      name: db.restore ? restoredClusterName(baseCluster, db.restore) : baseCluster,
      namespace: this.namespace,
      database: 'airflow',
      owner: 'airflow',
      instances: db.instances ?? (production ? 2 : 1),
      size: { cpu: db.cpu ?? (production ? 0.5 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 2 : 0.5) },
      storageGiB: db.storageGiB ?? (production ? 20 : 5),
      operator: props.postgres,
      backup: props.objectStore.databaseBackups(this, this.namespace, { restore }),
      // The metadata schema was migrated (alembic_version) and holds the parsed DAGs.
      verification: {
        description: 'the metadata database is migrated and holds the DAGs',
        query: 'SELECT EXISTS (SELECT 1 FROM alembic_version) AND EXISTS (SELECT 1 FROM dag)',
      },
    });

    const keys = new PlatformSecret(this, 'keys', {
      name: 'airflow-keys',
      namespace: this.namespace,
      keys: {
        // A Fernet key is 32 random bytes, URL-safe base64 with padding: the seal command makes it.
        'fernet-key': { randomBytes: { bytes: 32, encoding: 'base64url' } },
        'api-secret-key': { generate: { length: 48 } },
        'jwt-secret': { generate: { length: 48 } },
      },
      readers: ['airflow'],
      description: 'Airflow Fernet key (encrypts connections in the database), API and JWT signing keys',
    });

    const oidc = props.identity.addClient(this, 'airflow', {
      redirectUris: [`${this.url}/auth/oauth-authorized/keycloak`],
      namespace: this.namespace,
      name: 'Airflow',
    });
    if (!oidc.secret) {
      throw new Error('airflow: the Keycloak client "airflow" must be confidential (it has no secret)');
    }

    const store = props.objectStore;
    const bronze = store.bucket(BRONZE_BUCKET);
    const logs = store.bucket(AIRFLOW_LOGS_BUCKET);
    const s3 = store.grant(this, 'airflow', this.namespace, [
      { bucket: bronze, access: 'readwrite' },
      { bucket: logs, access: 'readwrite' },
    ]);

    let sshKeySecret: string | undefined;
    const repo = common.gitops.repoURL;
    if (!repo.startsWith('https://')) {
      const git = new PlatformSecret(this, 'git', {
        name: 'airflow-git',
        namespace: this.namespace,
        keys: { gitSshKey: { input: `read-only deploy key (private, OpenSSH format) of ${repo}` } },
        readers: ['airflow git-sync'],
        description: 'SSH deploy key git-sync reads the DAGs with',
      });
      sshKeySecret = git.name;
    }

    // The platform CA bundle (public roots included) in every Airflow container, task pods
    // too. The S3 connection verifies the object store against it; Python's TLS clients use it
    // through SSL_CERT_FILE and REQUESTS_CA_BUNDLE, among them the OAuth login to Keycloak:
    // FAB's OAuth client is authlib's requests integration, a requests Session, which takes
    // REQUESTS_CA_BUNDLE whenever a request does not set `verify` itself.
    const trust = trustIn(this, this.namespace, props.authority.trust);
    const connections = airflowConnections(props, store.endpoint, store.region, trust.pemFile);
    // The Trino service user's password, for the DAGs' client and the load test (lakeplane/trino.py reads it).
    const trinoPassword = props.trino?.credentials(this, this.namespace);
    this.trinoPassword = trinoPassword;
    const secretEnv: SecretEnvValues[] = [
      ...(trinoPassword ? [{ envName: TRINO_PASSWORD_ENV, secretName: trinoPassword.name, secretKey: trinoPassword.key }] : []),
      { envName: 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', secretName: this.database.secretName, secretKey: 'uri' },
      { envName: 'AIRFLOW_CONN_AIRFLOW_DB', secretName: this.database.secretName, secretKey: 'uri' },
      { envName: 'AWS_ACCESS_KEY_ID', secretName: s3.secret.name, secretKey: s3.accessKeyKey },
      { envName: 'AWS_SECRET_ACCESS_KEY', secretName: s3.secret.name, secretKey: s3.secretKeyKey },
    ];
    const spread = (component: string, replicas: number): SpreadValues[] =>
      replicas >= 2 ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { ...TIER, component } } }] : [];
    const image = (name: 'airflow' | 'statsdExporter' | 'gitSync') => {
      const parts = common.images.parts(name);
      return { repository: `${parts.registry}/${parts.repository}`, tag: parts.tag };
    };

    const values: AirflowValues = {
      images: { airflow: image('airflow'), statsd: image('statsdExporter'), gitSync: image('gitSync'), pod_template: image('airflow') },
      executor: 'KubernetesExecutor',
      securityContexts: {
        pod: { runAsNonRoot: true, runAsUser: AIRFLOW_UID, runAsGroup: 0, fsGroup: 0, seccompProfile: { type: 'RuntimeDefault' } },
        containers: RESTRICTED_CONTAINER,
      },
      networkPolicies: { enabled: false },
      env: [
        ...trust.env,
        ...Object.entries(connections).map(([name, value]) => ({ name, value })),
        { name: 'AIRFLOW_VAR_MAINTENANCE_SCHEMAS', value: maintenance.schemas.join(',') },
        { name: 'AIRFLOW_VAR_MAINTENANCE_SCHEDULE', value: maintenance.schedule },
        ...(props.dbtSchedule ? [{ name: 'AIRFLOW_VAR_DBT_SCHEDULE', value: props.dbtSchedule }] : []),
        { name: 'AIRFLOW_VAR_BRONZE_BUCKET', value: bronze.name },
      ],
      secret: secretEnv,
      volumes: [trust.volume],
      volumeMounts: [trust.volumeMount],
      enableBuiltInSecretEnvVars: { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: false, AIRFLOW_CONN_AIRFLOW_DB: false },
      // The chart's own metadata secret is not made; the connection comes from the
      // operator-generated `uri` key (see `secret`).
      // KubernetesExecutor: no Celery broker. Naming a Secret keeps the chart from rendering
      // one with a placeholder URL into git; nothing reads it (the env var is Celery-only).
      data: { metadataSecretName: this.database.secretName, brokerUrlSecretName: 'airflow-celery-broker-unused' },
      fernetKeySecretName: keys.name,
      apiSecretKeySecretName: keys.name,
      jwtSecretName: keys.name,
      config: {
        // Task pods report to the API server inside the cluster, not through the public ingress.
        core: { load_examples: 'False', execution_api_server_url: `http://${AIRFLOW_RELEASE}-api-server.${this.namespace}.svc:${API_PORT}/execution/` },
        api: { base_url: this.url },
        logging: {
          remote_logging: 'True',
          remote_base_log_folder: logs.uri('tasks'),
          remote_log_conn_id: CONNECTION_IDS.objectStore,
        },
        secrets: { use_cache: 'True' },
      },
      scheduler: {
        replicas: schedulers,
        resources: toResources(size),
        logGroomerSidecar: { resources: toResources(LOG_GROOMER_SIZE) },
        podDisruptionBudget: { enabled: schedulers >= 2, config: { maxUnavailable: 1 } },
        topologySpreadConstraints: spread('scheduler', schedulers),
      },
      apiServer: {
        replicas: apiServers,
        resources: toResources(size),
        podDisruptionBudget: { enabled: apiServers >= 2, config: { maxUnavailable: 1 } },
        topologySpreadConstraints: spread('api-server', apiServers),
        // Behind the TLS ingress: trust X-Forwarded-* so OAuth redirects are https. Only the
        // ingress controller reaches these pods (NetworkPolicy).
        args: ['bash', '-c', 'exec airflow api-server --proxy-headers'],
        env: [{ name: 'FORWARDED_ALLOW_IPS', value: '*' }],
        apiServerConfig: webserverConfig({ clientId: oidc.clientId, issuerUrl: oidc.issuerUrl, rolesClaim: oidc.rolesClaim, secretFile: `${OIDC_MOUNT}/client-secret` }),
        extraVolumes: [{ name: 'oidc', secret: { secretName: oidc.secret.name, items: [{ key: oidc.secret.key, path: 'client-secret' }] } }],
        extraVolumeMounts: [{ name: 'oidc', mountPath: OIDC_MOUNT, readOnly: true }],
      },
      dagProcessor: { replicas: 1, resources: toResources(smallSize), logGroomerSidecar: { resources: toResources(LOG_GROOMER_SIZE) } },
      triggerer: { replicas: 1, resources: toResources(smallSize), persistence: { enabled: false }, logGroomerSidecar: { resources: toResources(LOG_GROOMER_SIZE) } },
      workers: { resources: toResources(taskSize), persistence: { enabled: false } },
      statsd: {
        enabled: true,
        resources: toResources(statsdSize),
        securityContexts: {
          pod: { runAsNonRoot: true, runAsUser: STATSD_UID, runAsGroup: STATSD_UID, seccompProfile: { type: 'RuntimeDefault' } },
          container: { ...RESTRICTED_CONTAINER, readOnlyRootFilesystem: true },
        },
      },
      createUserJob: { enabled: false, useHelmHooks: false },
      migrateDatabaseJob: {
        useHelmHooks: false,
        applyCustomEnv: true,
        jobAnnotations: { 'argocd.argoproj.io/hook': 'Sync' },
        resources: toResources(smallSize),
      },
      postgresql: { enabled: false },
      redis: { enabled: false },
      pgbouncer: { enabled: false },
      dags: {
        gitSync: {
          enabled: true,
          repo,
          branch: common.gitops.targetRevision,
          rev: 'HEAD',
          ref: common.gitops.targetRevision,
          depth: 1,
          subPath: dagsSubPath,
          period,
          ...(sshKeySecret ? { sshKeySecret } : {}),
          resources: toResources(gitSyncSize),
          // Not read-only: git-sync adds its user to /etc/passwd (GITSYNC_ADD_USER, set by the chart).
          securityContexts: { container: { ...RESTRICTED_CONTAINER, runAsUser: GIT_SYNC_UID } },
        },
      },
    };
    this.helm = new HelmApplication<AirflowValues>(this, 'airflow', {
      chart: 'airflow',
      releaseName: AIRFLOW_RELEASE,
      namespace: this.namespace,
      values,
      holdsData: false,
    });

    new ServiceMetrics(this, 'statsd-metrics', {
      name: 'airflow-statsd',
      namespace: this.namespace,
      selector: { ...TIER, component: 'statsd' },
      port: 'statsd-scrape',
      portNumber: 9102,
    });

    ns.allowWithinNamespace();
    // The scheduler starts task pods; the API server reads their logs.
    ns.allowKubeApi();
    // git-sync pulls the GitOps repository; the API server exchanges the login code with
    // Keycloak at its public address.
    ns.allowEgress('git-and-oidc', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 22] });
    // The object store grant opens the path to the S3 port (both ends).
    if (props.trino) {
      ns.allowEgress('trino', { peers: [{ namespace: props.trino.namespace, podLabels: { ...props.trino.podLabels } }], ports: [props.trino.port] });
    }
    if (props.catalog) {
      ns.allowEgress('nessie', { peers: [{ namespace: props.catalog.namespace, podLabels: { ...props.catalog.podLabels } }], ports: [props.catalog.port] });
    }

    if (config.loadTest?.enabled ?? false) {
      if (!props.trino) {
        throw new Error('airflow.loadTest.enabled needs the trino component (the load test queries it); enable trino or turn the load test off');
      }
      this.loadTest(config, common, { volume: trust.volume, volumeMount: trust.volumeMount }, this.trinoPassword!);
    }

    this.declareWorkload({ name: 'airflow-scheduler', replicas: schedulers, size: sumSize(size, gitSyncSize) });
    this.declareWorkload({ name: 'airflow-api-server', replicas: apiServers, size });
    this.declareWorkload({ name: 'airflow-dag-processor', replicas: 1, size: sumSize(smallSize, gitSyncSize) });
    this.declareWorkload({ name: 'airflow-triggerer', replicas: 1, size: sumSize(smallSize, gitSyncSize) });
    this.declareWorkload({ name: 'airflow-statsd', replicas: 1, size: statsdSize });
  }

  /** The Month 5-6 load test: concurrent Trino queries, latency percentiles in the Job's log. */
  private loadTest(config: AirflowConfig, common: PlatformCommon, ca: { readonly volume: k8s.Volume; readonly volumeMount: k8s.VolumeMount }, trinoPassword: SecretKeyRef): void {
    const concurrency = config.loadTest?.concurrency ?? 100;
    const queries = config.loadTest?.queries ?? 1000;
    const table = config.loadTest?.table ?? 'iceberg.bronze.test_table';
    if (queries < concurrency) {
      throw new Error(`airflow.loadTest.queries must be >= concurrency (got ${queries} < ${concurrency}): every worker sends at least one query`);
    }
    const script = new k8s.KubeConfigMap(this, 'loadtest-script', {
      metadata: { name: 'trino-loadtest', namespace: this.namespace },
      data: { 'loadtest.py': LOADTEST_SCRIPT },
    });
    const job = new k8s.KubeJob(this, 'loadtest', {
      metadata: { name: 'trino-loadtest', namespace: this.namespace },
      spec: {
        backoffLimit: 0,
        ttlSecondsAfterFinished: 7 * 86400,
        activeDeadlineSeconds: 3600,
        template: {
          metadata: { labels: { ...TIER, component: 'loadtest' } },
          spec: podSpec({
            restartPolicy: 'Never',
            containers: [
              container({
                name: 'loadtest',
                image: common.images.ref('airflow'),
                size: { cpu: 1, memoryGiB: 1 },
                command: ['python', '/scripts/loadtest.py'],
                env: [
                  { name: 'LOADTEST_CONCURRENCY', value: String(concurrency) },
                  { name: 'LOADTEST_QUERIES', value: String(queries) },
                  { name: 'LOADTEST_SQL', value: `SELECT count(*) FROM ${table}` },
                  // The same connection and service user the DAGs use, from the environment.
                  { name: `AIRFLOW_CONN_${CONNECTION_IDS.trino.toUpperCase()}`, value: this.helm.values.env.find((e) => e.name === `AIRFLOW_CONN_${CONNECTION_IDS.trino.toUpperCase()}`)!.value },
                  { name: TRINO_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: trinoPassword.name, key: trinoPassword.key } } },
                ],
                volumeMounts: [{ name: 'script', mountPath: '/scripts', readOnly: true }, ca.volumeMount],
                probes: 'run-to-completion',
              }),
            ],
            volumes: [{ name: 'script', configMap: { name: script.name } }, ca.volume],
          }),
        },
      },
    });
    setWave(job, ObjectWave.JOBS);
  }

  addMetadataReader(scope: Construct, reader: string, secretNamespace: string, clientNamespace: string): MetadataReader {
    // The password is made once, on the reader's side; the database's Secret holds the same value.
    const password = new PlatformSecret(scope, `airflow-db-reader-${reader}`, {
      name: resourceName('airflow-db', reader),
      namespace: secretNamespace,
      keys: { password: { generate: { length: 32 } } },
      readers: [`${reader} (Airflow's metadata database, read-only)`],
      description: `Password of the read-only role ${reader} of Airflow's metadata database`,
    });
    const role = new PlatformSecret(this, `db-role-${reader}`, {
      name: resourceName(this.database.clusterName, 'role', reader),
      namespace: this.namespace,
      keys: { password: { sameAs: password.ref('password') } },
      publicValues: { username: reader },
      type: 'kubernetes.io/basic-auth',
      // CloudNativePG reloads a role's password when a Secret with this label changes.
      labels: { 'cnpg.io/reload': 'true' },
      readers: ['cloudnative-pg (the role\'s password)'],
      description: `The read-only role ${reader} of Airflow's metadata database, as CloudNativePG reads it`,
    });
    this.database.addReadOnlyRole(reader, role.name, `read-only: ${reader}`);
    this.ns.allowIngress(`${clientNamespace}-to-db`, { peers: [{ namespace: clientNamespace }], ports: [this.database.port], podLabels: { ...this.database.podLabels } });
    return { host: this.database.host, port: this.database.port, database: this.database.database, user: reader, password: password.ref('password') };
  }
}

function sumSize(a: ContainerSize, b: ContainerSize): ContainerSize {
  return { cpu: a.cpu + b.cpu, memoryGiB: a.memoryGiB + b.memoryGiB };
}

/** AIRFLOW_CONN_* values: endpoints only, as Airflow's JSON connection format. */
export function airflowConnections(props: Pick<AirflowProps, 'trino' | 'catalog'>, s3Endpoint: string, region: string, caFile: string): Record<string, string> {
  const env: Record<string, string> = {};
  const name = (id: string) => `AIRFLOW_CONN_${id.toUpperCase()}`;
  // The key comes from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (the object store grant).
  env[name(CONNECTION_IDS.objectStore)] = JSON.stringify({ conn_type: 'aws', extra: { endpoint_url: s3Endpoint, region_name: region, verify: caFile } });
  // Trino and Nessie serve TLS signed by the platform CA; `verify` is the CA file (the
  // Trino provider's name for it). The Trino password is TRINO_PASSWORD, from its secret.
  if (props.trino) {
    env[name(CONNECTION_IDS.trino)] = JSON.stringify({
      conn_type: 'trino',
      host: props.trino.host,
      port: props.trino.port,
      login: props.trino.user,
      schema: 'iceberg',
      extra: { protocol: 'https', verify: caFile },
    });
  }
  if (props.catalog) {
    env[name(CONNECTION_IDS.nessie)] = JSON.stringify({ conn_type: 'http', host: props.catalog.apiUrl, extra: { verify: caFile } });
  }
  return env;
}

/** webserver_config.py: FAB login through Keycloak, platform roles mapped to Airflow roles. */
export function webserverConfig(oidc: { clientId: string; issuerUrl: string; rolesClaim: string; secretFile: string }): string {
  return `# Written by lakeplane: Airflow UI login through Keycloak (OpenID Connect).
from pathlib import Path

from flask_appbuilder.security.manager import AUTH_OAUTH
from airflow.providers.fab.auth_manager.security_manager.override import FabAirflowSecurityManagerOverride

ISSUER = ${JSON.stringify(oidc.issuerUrl)}
ROLES_CLAIM = ${JSON.stringify(oidc.rolesClaim)}

AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Viewer"
AUTH_ROLES_SYNC_AT_LOGIN = True
# Platform roles (Keycloak realm roles) to Airflow roles.
AUTH_ROLES_MAPPING = {"admin": ["Admin"], "engineer": ["Op"], "analyst": ["Viewer"]}
OAUTH_PROVIDERS = [
    {
        "name": "keycloak",
        "icon": "fa-key",
        "token_key": "access_token",
        "remote_app": {
            "client_id": ${JSON.stringify(oidc.clientId)},
            "client_secret": Path(${JSON.stringify(oidc.secretFile)}).read_text().strip(),
            "server_metadata_url": ISSUER + "/.well-known/openid-configuration",
            "api_base_url": ISSUER + "/protocol/openid-connect/",
            "client_kwargs": {"scope": "openid email profile"},
        },
    }
]


class PlatformSecurityManager(FabAirflowSecurityManagerOverride):
    """Reads the user and the platform roles from Keycloak's userinfo endpoint."""

    def get_oauth_user_info(self, provider, response):
        info = self.appbuilder.sm.oauth_remotes[provider].get("userinfo").json()
        roles = info.get(ROLES_CLAIM) or []
        return {
            "username": info.get("preferred_username", ""),
            "first_name": info.get("given_name", ""),
            "last_name": info.get("family_name", ""),
            "email": info.get("email", ""),
            "role_keys": roles if isinstance(roles, list) else [roles],
        }


SECURITY_MANAGER_CLASS = PlatformSecurityManager
`;
}

/** The Trino handle as Airflow uses it; lets Airflow's namespace in. */
function trinoEndpoint(trino: QueryEngine): TrinoEndpoint {
  trino.allowClient('airflow');
  return {
    host: trino.host,
    port: trino.port,
    namespace: trino.namespace,
    podLabels: trino.podLabels,
    user: trino.pipelineUser,
    credentials: (scope, namespace) => trino.addServiceUser(scope, trino.pipelineUser, namespace),
  };
}

/** The Nessie handle as Airflow uses it; lets Airflow's namespace in. */
function catalogEndpoint(nessie: IcebergCatalog): CatalogEndpoint {
  nessie.allowClient('airflow');
  return { apiUrl: nessie.nessieUri, namespace: nessie.namespace, podLabels: nessie.podLabels, port: nessie.port };
}

function airflowDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cloudnative-pg', 'keycloak', 'traefik', 'cert-manager', 'minio', 'nessie', 'trino'];
}

export const airflowComponent = defineComponent({
  alerts: [AIRFLOW_ALERTS],
  id: 'airflow',
  phase: 1,
  layer: 'orchestration',
  description: 'Apache Airflow 3 (KubernetesExecutor): DAGs from git, login through Keycloak, health check, Iceberg maintenance and CSV ingestion',
  dependsOn: airflowDeps,
  holdsData: 'DAG run history, task state and connections in the airflow PostgreSQL database; task logs in the object store bucket "airflow-logs"',
  ui: AIRFLOW_HOST,
  charts: ['airflow'],
  build(ctx) {
    const chart = new AirflowChart(ctx.scope, 'airflow', {
      common: ctx.common,
      config: ctx.config.components.airflow,
      postgres: ctx.handles.get('cloudnative-pg'),
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      objectStore: ctx.handles.get('minio'),
      trino: trinoEndpoint(ctx.handles.get('trino')),
      catalog: catalogEndpoint(ctx.handles.get('nessie')),
      // After the nightly Spark batch (03:00) and the Iceberg maintenance.
      dbtSchedule: ctx.enabled.has('dbt') ? '0 5 * * *' : undefined,
    });
    return { charts: [chart], handle: chart };
  },
});

/** DAG files shipped in dags/ (checked by the test suite). */
export { AIRFLOW_DAG_FILES };
