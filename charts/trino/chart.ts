/**
 * The query engine: Trino (upstream chart) with the `iceberg` catalog on Nessie and the object
 * store, an optional `postgresql` catalog, JVM and memory limits derived from the container
 * memory, file-based access control generated from role rules, resource groups and query
 * limits, OAuth2 login through Keycloak behind the platform ingress, JMX metrics, and the Job
 * that makes the first query answer on a fresh cluster.
 *
 * Who is who: people sign in through Keycloak (OAuth2) and get their platform roles from the
 * group file; service users (the setup Job, Airflow) sign in with a password over HTTPS, the
 * coordinator holding only the hashes. In-cluster clients use the coordinator's HTTPS port,
 * whose certificate the platform's internal CA signs; the plain HTTP port is left to the
 * ingress controller (which forwards https) and to the nodes themselves (shared secret).
 */
import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { IdentityProvider } from '../keycloak/handle';
import type { PolicyAdmin, RangerPluginSettings } from '../ranger/handle';
import { defineComponent } from '../spec';
import type { TrinoConfig } from './config';
import { ObjectWave, postSyncHook, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { COMBINED_PEM_KEY, InternalCertificate, serviceDnsNames } from '../../constructs/certificate';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority, IngressController } from '../../constructs/ingress';
import { PlatformIngress } from '../../constructs/ingress';
import { LABEL_POOL } from '../../constructs/labels';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, cpuQuantity, memoryQuantity } from '../../constructs/resources';
import { PlatformSecret, SecretKeyRef } from '../../constructs/secret';
import { resourceName } from '../../constructs/naming';
import { container, disruptionBudget, podSpec } from '../../constructs/workload';
import { NamespaceTrust, trustIn } from '../../constructs/trust';
import type { DatabaseBackupProvider } from '../../constructs/database-backups';
import {
  DEFAULT_ACCESS_RULES,
  ADMIN_GROUP,
  PIPELINE_USER,
  SERVICE_USERS,
  TRANSFORM_USER,
  CATALOG_USER,
  QUALITY_USER,
  SETUP_USER,
  AccessControlDocument,
  TrinoMemory,
  TrinoServiceUser,
  accessControlRules,
  dataSize,
  deriveMemory,
  groupFile,
  resourceGroups,
} from './server-config';
import { TrinoNodeValues, TrinoValues } from './values';
import type { QueryEngine } from './handle';
import type { IcebergCatalog } from '../nessie/handle';
import { TRINO_ALERTS, TRINO_DASHBOARD } from './alerts';

export interface TrinoChartProps {
  readonly common: PlatformCommon;
  /** The component's config slice. @default - the profile's sizes, the document's access rules, no postgresql catalog */
  readonly config?: TrinoConfig;
  /** The data buckets and Trino's key (and backups of the optional postgresql catalog's database). */
  readonly objectStore: ObjectStore & DatabaseBackupProvider;
  /** The Iceberg REST catalog behind the `iceberg` catalog. */
  readonly catalog: IcebergCatalog;
  /** OAuth2 login and the catalog's client-credential tokens. */
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  /** Signs the UI's certificate and the CA bundle the JVM trusts. */
  readonly authority: CertificateAuthority;
  /** Needed only for the optional postgresql catalog. @default - none */
  readonly postgres?: PostgresOperator;
  /**
   * Ranger's policy admin: when given, Trino's access control is Ranger's (the built-in plugin)
   * instead of the file rules, whose equivalents Ranger gets. @default - file rules
   */
  readonly policyAdmin?: PolicyAdmin;
}

/** Plain HTTP: the ingress controller (TLS ends there) and the nodes' internal communication. */
export const TRINO_PORT = 8080;
/** HTTPS for clients inside the cluster (the chart's server.config.https.port). */
export const TRINO_HTTPS_PORT = 8443;
/** Where the coordinator mounts its certificate Secret. */
const TLS_MOUNT = '/etc/trino/tls';
export const JMX_EXPORTER_PORT = 5556;
const TRINO_UID = 1000;

/** The chart's configuration directory (server.config.path) and the group file in it. */
const CONFIG_DIR = '/etc/trino';
const GROUP_FILE = 'group.db';

/** Where the coordinator keeps the Ranger plugin's last downloaded policies (an emptyDir: it survives container restarts). */
const RANGER_CACHE_DIR = '/var/lib/trino-ranger';

/** The Secret with Trino's password file (password.db). */
const PASSWORD_FILE_SECRET = 'trino-password-file';

/** Catalogs the chart defines by default (TPC-H and TPC-DS data generators). */
export const CHART_CATALOGS = ['tpcds', 'tpch'] as const;

/** Schemas the first-query Job creates, each in its own bucket. */
export const MEDALLION_SCHEMAS = ['bronze', 'silver', 'gold'] as const;

export class TrinoChart extends PlatformChart {
  readonly handle: QueryEngine;
  readonly values: TrinoValues;
  readonly coordinatorMemory: TrinoMemory;
  readonly workerMemory: TrinoMemory;
  /** Catalog name -> properties file content. */
  readonly catalogProperties: Readonly<Record<string, string>>;
  readonly firstQuerySql: string;
  /** The group file (group.db): platform roles and their members. */
  readonly groupFile: string;
  /** The file rules (rules.json): enforced when Ranger is off, translated into Ranger policies when it is on. */
  readonly fileRules: AccessControlDocument;
  /** Which access control Trino runs: its file rules, or Ranger's plugin. */
  readonly accessControl: 'file' | 'ranger';
  /** The Ranger plugin's settings when the access control is Ranger's. */
  readonly ranger?: RangerPluginSettings;
  private readonly ns: PlatformNamespace;
  private readonly coordinatorLabels = { 'app.kubernetes.io/name': 'trino', 'app.kubernetes.io/component': 'coordinator' };
  /** Service users registered so far, and where each one's password is. */
  private readonly serviceUsers = new Map<TrinoServiceUser, SecretKeyRef>();

  constructor(scope: Construct, props: TrinoChartProps) {
    super(scope, { component: 'trino', common: props.common, phase: 1, namespace: 'trino' });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const coordinator: ContainerSize = {
      cpu: config.coordinator?.cpu ?? (production ? 4 : 1),
      memoryGiB: config.coordinator?.memoryGiB ?? (production ? 16 : 5),
    };
    const worker: ContainerSize = {
      cpu: config.workers?.cpu ?? (production ? 8 : 1),
      memoryGiB: config.workers?.memoryGiB ?? (production ? 32 : 5),
    };
    const replicas = config.workers?.replicas ?? (production ? 3 : 1);
    const maxReplicas = config.workers?.maxReplicas ?? (production ? 6 : 2);
    const autoscaling = config.workers?.autoscaling ?? false;
    const heapPercent = config.heapPercent ?? 80;
    const maxExecutionTime = config.queryMaxExecutionTime ?? '2h';
    const maxConcurrentQueries = config.maxConcurrentQueries ?? (production ? 40 : 8);
    const maxQueuedQueries = config.maxQueuedQueries ?? 200;
    const postgresqlCatalog = config.postgresqlCatalog?.enabled ?? false;
    if (maxReplicas < replicas) {
      throw new Error(`trino.workers.maxReplicas must be >= trino.workers.replicas ${replicas} (got ${maxReplicas})`);
    }
    this.coordinatorMemory = deriveMemory('trino.coordinator', coordinator.memoryGiB, heapPercent);
    this.workerMemory = deriveMemory('trino.workers', worker.memoryGiB, heapPercent);

    this.ns = new PlatformNamespace(this, 'namespace', { name: 'trino' });
    const namespace = this.ns.name;
    const host = `trino.${namespace}.svc`;
    const trinoPods = { 'app.kubernetes.io/name': 'trino' };

    // Credentials: the object store (data buckets), the OIDC client, the internal secret.
    const dataBuckets = MEDALLION_SCHEMAS.map((name) => props.objectStore.bucket(name));
    const s3 = props.objectStore.grant(this, 'trino', namespace, dataBuckets.map((bucket) => ({ bucket, access: 'readwrite' as const })));
    const ui = new PlatformIngress(this, 'ui', {
      host: 'trino',
      namespace,
      serviceName: 'trino',
      servicePort: TRINO_PORT,
      podLabels: this.coordinatorLabels,
      controller: props.ingress,
      authority: props.authority,
    });
    const oidc = props.identity.addClient(this, 'trino', {
      redirectUris: [`${ui.url}/oauth2/callback`, `${ui.url}/ui/logout/logout.html`],
      namespace,
      name: 'Trino',
      // Trino gets its own tokens (client credentials) for the catalog's REST API.
      serviceAccount: true,
    });
    if (!oidc.secret) {
      throw new Error('trino: the OIDC client must be confidential (Trino exchanges the authorization code with its client secret)');
    }
    const internal = new PlatformSecret(this, 'internal-secret', {
      name: 'trino-internal',
      namespace,
      keys: { 'shared-secret': { generate: { length: 64 } } },
      readers: ['trino coordinator', 'trino workers'],
      description: 'shared secret that authenticates Trino nodes to each other',
    });

    // Catalogs, wired from the handles.
    const catalogs: Record<string, string> = {
      iceberg: properties({
        'connector.name': 'iceberg',
        'iceberg.catalog.type': 'rest',
        'iceberg.rest-catalog.uri': props.catalog.icebergRestUri,
        'iceberg.rest-catalog.warehouse': props.catalog.warehouse,
        'iceberg.rest-catalog.security': 'OAUTH2',
        'iceberg.rest-catalog.oauth2.server-uri': `${props.catalog.issuerUrl}/protocol/openid-connect/token`,
        'iceberg.rest-catalog.oauth2.credential': `${oidc.clientId}:\${ENV:TRINO_OIDC_CLIENT_SECRET}`,
        'iceberg.rest-catalog.oauth2.scope': 'openid',
        'iceberg.file-format': 'PARQUET',
        'fs.native-s3.enabled': 'true',
        's3.endpoint': props.objectStore.endpoint,
        's3.region': props.objectStore.region,
        's3.path-style-access': String(props.objectStore.pathStyle),
        's3.aws-access-key': '${ENV:S3_ACCESS_KEY}',
        's3.aws-secret-key': '${ENV:S3_SECRET_KEY}',
      }),
    };
    const env: Array<Record<string, unknown>> = [
      { name: 'S3_ACCESS_KEY', valueFrom: { secretKeyRef: { name: s3.secret.name, key: s3.accessKeyKey } } },
      { name: 'S3_SECRET_KEY', valueFrom: { secretKeyRef: { name: s3.secret.name, key: s3.secretKeyKey } } },
      { name: 'TRINO_OIDC_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: oidc.secret.name, key: oidc.secret.key } } },
      { name: 'TRINO_SHARED_SECRET', valueFrom: { secretKeyRef: { name: internal.name, key: 'shared-secret' } } },
    ];
    let sandbox: PostgresDatabase | undefined;
    if (postgresqlCatalog) {
      if (!props.postgres) {
        throw new Error('trino.postgresqlCatalog.enabled needs the cloudnative-pg component (it runs the catalog\'s database)');
      }
      sandbox = new PostgresDatabase(this, 'sandbox-db', {
        name: 'trino-sandbox-db',
        namespace,
        database: config.postgresqlCatalog?.database ?? 'sandbox',
        owner: 'trino',
        instances: production ? 2 : 1,
        size: { cpu: production ? 1 : 0.25, memoryGiB: production ? 2 : 0.5 },
        storageGiB: production ? 20 : 5,
        operator: props.postgres,
        backup: props.objectStore.databaseBackups(this, namespace),
        // The sandbox holds users' tables, none the platform knows of: the database itself must come back.
        verification: { description: 'the sandbox database came back', query: `SELECT current_database() = '${config.postgresqlCatalog?.database ?? 'sandbox'}'` },
      });
      catalogs.postgresql = properties({
        'connector.name': 'postgresql',
        'connection-url': sandbox.jdbcUrl,
        'connection-user': '${ENV:PG_USER}',
        'connection-password': '${ENV:PG_PASSWORD}',
      });
      env.push(
        { name: 'PG_USER', valueFrom: { secretKeyRef: { name: sandbox.secretName, key: 'username' } } },
        { name: 'PG_PASSWORD', valueFrom: { secretKeyRef: { name: sandbox.secretName, key: 'password' } } },
      );
    }
    this.catalogProperties = catalogs;
    // The chart's own data generators (tpch, tpcds) stay: a map key cannot be removed from
    // Helm values through an Application. Only admin reaches them unless a rule says so.
    const catalogNames = [...Object.keys(catalogs), ...CHART_CATALOGS].sort();
    const rules = accessControlRules(config.accessRules ?? DEFAULT_ACCESS_RULES, [...catalogNames, 'system']);
    // People's platform roles: Trino 480 takes no groups from tokens (the OAuth2 groups-field
    // was deprecated in 408 and removed in 480), so the file group provider maps each member
    // of the realm's groups to the roles the group grants.
    this.groupFile = groupFile(config.groupMembers ?? {}, props.identity.groups, props.identity.roles, config.extraGroups ?? {});
    this.fileRules = rules;
    this.accessControl = props.policyAdmin ? 'ranger' : 'file';
    // With Ranger, Ranger decides: it gets the file rules' equivalents and the plugin's groups
    // are still those of the group file (use.rangerGroups off), so the realm's groups and the
    // extra groups reach its policies unchanged.
    this.ranger = props.policyAdmin?.addTrinoService(this, {
      namespace,
      podLabels: this.coordinatorLabels,
      jdbcUrl: `jdbc:trino://${host}:${TRINO_HTTPS_PORT}?SSL=true`,
      fileRules: rules,
      catalogs: [...catalogNames, 'system'],
      groups: [...props.identity.roles, ...Object.keys(config.extraGroups ?? {})].sort(),
      administrators: ADMIN_GROUP,
      maintenance: [{ user: PIPELINE_USER, catalog: 'iceberg', schemas: [...MEDALLION_SCHEMAS] }],
    });
    if (this.ranger) {
      env.push({ name: RANGER_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: this.ranger.password.name, key: this.ranger.password.key } } });
    }

    // TLS for in-cluster clients: key and chain in one PEM (what Trino's keystore path reads),
    // reloaded by Trino when cert-manager renews it (http-server.https.ssl-context.refresh-time, 1m).
    const tls = new InternalCertificate(this, 'tls', {
      // Not `trino-tls`: that is the UI's certificate (PlatformIngress).
      name: 'trino-internal-tls',
      namespace,
      authority: props.authority,
      dnsNames: serviceDnsNames('trino', namespace),
      privateKeyEncoding: 'PKCS8',
      additionalOutputFormats: ['CombinedPEM'],
    });

    const computePools = props.common.nodePools.filter((p) => p.role === 'compute').map((p) => p.name);
    const nodeAffinity =
      computePools.length > 0
        ? { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: LABEL_POOL, operator: 'In', values: computePools }] }] } }
        : undefined;
    // The JVM's trust store is the platform CA bundle's PKCS#12 store (public roots included):
    // OAuth2 against Keycloak, the object store and other in-cluster HTTPS endpoints.
    const trust = trustIn(this, namespace, props.authority.trust);
    const node = (memory: TrinoMemory, size: ContainerSize, component: string): TrinoNodeValues => ({
      jvm: { maxHeapSize: `${memory.heapMiB}M` },
      config: { memory: { heapHeadroomPerNode: dataSize(memory.headroomMiB) }, query: { maxMemoryPerNode: dataSize(memory.maxMemoryPerNodeMiB) } },
      additionalJVMConfig: [...trust.jvmOptions],
      resources: { requests: { cpu: cpuQuantity(size.cpu), memory: memoryQuantity(size.memoryGiB) }, limits: { memory: memoryQuantity(size.memoryGiB) } },
      affinity: {
        ...(nodeAffinity ? { nodeAffinity } : {}),
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { ...trinoPods, 'app.kubernetes.io/component': component } }, topologyKey: 'kubernetes.io/hostname' } },
          ],
        },
      },
      additionalVolumes: [trust.volume],
      additionalVolumeMounts: [trust.volumeMount],
    });
    const workerCount = autoscaling ? maxReplicas : replicas;
    const coordinatorNode = node(this.coordinatorMemory, coordinator, 'coordinator');
    const image = props.common.images.parts('trino');
    const restricted = {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    };
    this.values = {
      image: { registry: image.registry, repository: image.repository, tag: image.tag, pullPolicy: 'IfNotPresent' },
      server: {
        workers: replicas,
        node: { environment: props.common.env.replace(/-/g, '_') },
        config: {
          // Service users by password (file authenticator), people by OAuth2; tried in this order.
          authenticationType: 'PASSWORD,OAUTH2',
          https: { enabled: true, port: TRINO_HTTPS_PORT, keystore: { path: `${TLS_MOUNT}/${COMBINED_PEM_KEY}` } },
          // One query may use its per-node limit on every worker, never more.
          query: { maxMemory: dataSize(this.workerMemory.maxMemoryPerNodeMiB * replicas) },
        },
        coordinatorExtraConfig: [
          // TLS of the UI ends at the ingress controller, which sets X-Forwarded-Proto: https
          // (Trino authenticates only secure requests). With authentication on, Trino refuses
          // every other request over plain HTTP ("Authentication over HTTP is not enabled",
          // allow-insecure-over-http is then false by default) except the nodes' own, which
          // carry the shared secret. Only the ingress controller and Trino's pods reach it.
          'http-server.process-forwarded=true',
          `http-server.authentication.oauth2.issuer=${oidc.issuerUrl}`,
          `http-server.authentication.oauth2.client-id=${oidc.clientId}`,
          'http-server.authentication.oauth2.client-secret=${ENV:TRINO_OIDC_CLIENT_SECRET}',
          'http-server.authentication.oauth2.principal-field=preferred_username',
          'web-ui.authentication.type=oauth2',
          `query.max-execution-time=${maxExecutionTime}`,
          // A query that exceeds its memory on a node is killed, not the node.
          'query.low-memory-killer.policy=total-reservation-on-blocked-nodes',
        ].join('\n'),
        autoscaling: { enabled: autoscaling, maxReplicas, targetCPUUtilizationPercentage: 70, targetMemoryUtilizationPercentage: '' },
      },
      // Exactly one access control: Ranger's plugin when Ranger is built, else the file rules.
      accessControl: this.ranger
        ? { type: 'properties', properties: rangerAccessControl(this.ranger) }
        : { type: 'configmap', refreshPeriod: '60s', configFile: 'rules.json', rules: { 'rules.json': JSON.stringify(rules, null, 2) } },
      // For PASSWORD the chart writes password-authenticator.properties (password-authenticator.name=file)
      // with the password file from this Secret, re-read every 5 s (the file authenticator's default).
      auth: { passwordAuthSecret: PASSWORD_FILE_SECRET },
      resourceGroups: {
        type: 'configmap',
        resourceGroupsConfig: JSON.stringify(resourceGroups({ maxConcurrentQueries, maxQueuedQueries }), null, 2),
      },
      additionalConfigProperties: ['internal-communication.shared-secret=${ENV:TRINO_SHARED_SECRET}'],
      catalogs,
      env,
      securityContext: { runAsUser: TRINO_UID, runAsGroup: TRINO_UID, fsGroup: TRINO_UID, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      // Trino writes its data and log directories inside the image, so the root filesystem stays writable.
      containerSecurityContext: restricted,
      service: { port: TRINO_PORT },
      coordinator: {
        ...coordinatorNode,
        ...(this.ranger
          ? {
              additionalVolumes: [...coordinatorNode.additionalVolumes, { name: 'ranger-cache', emptyDir: { sizeLimit: '256Mi' } }],
              additionalVolumeMounts: [...coordinatorNode.additionalVolumeMounts, { name: 'ranger-cache', mountPath: RANGER_CACHE_DIR }],
            }
          : {}),
        secretMounts: [{ name: 'tls', secretName: tls.secretName, path: TLS_MOUNT }],
        // The file group provider and its group file, in the coordinator's config ConfigMap
        // (mounted whole, so a change reaches the pod and is re-read within a minute). Not the
        // chart's auth.groups: that renders the file as a plain Secret, and it holds no secret.
        additionalConfigFiles: {
          'group-provider.properties': properties({ 'group-provider.name': 'file', 'file.group-file': `${CONFIG_DIR}/${GROUP_FILE}`, 'file.refresh-period': '60s' }),
          [GROUP_FILE]: this.groupFile,
          ...(this.ranger ? rangerPluginFiles(this.ranger, props.common.env) : {}),
        },
      },
      worker: {
        ...node(this.workerMemory, worker, 'worker'),
        topologySpreadConstraints: [
          {
            maxSkew: 1,
            topologyKey: 'kubernetes.io/hostname',
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: { matchLabels: { ...trinoPods, 'app.kubernetes.io/component': 'worker' } },
          },
        ],
      },
      jmx: {
        enabled: true,
        registryPort: 9080,
        serverPort: 9081,
        exporter: {
          enabled: true,
          image: props.common.images.ref('jmxExporter'),
          pullPolicy: 'IfNotPresent',
          port: JMX_EXPORTER_PORT,
          configProperties: JMX_EXPORTER_CONFIG,
          securityContext: { ...restricted, readOnlyRootFilesystem: true, runAsUser: TRINO_UID, runAsGroup: TRINO_UID },
          resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '256Mi' } },
        },
      },
      // Scraped by the PodMetrics below, which also opens the port to Prometheus.
      serviceMonitor: { enabled: false },
    };
    new HelmApplication<TrinoValues>(this, 'trino', {
      chart: 'trino',
      releaseName: 'trino',
      namespace,
      values: this.values,
      holdsData: false,
    });
    const exporter = { cpu: 0.1, memoryGiB: 0.25 };
    this.declareWorkload({ name: 'trino-coordinator', replicas: 1, size: { cpu: coordinator.cpu + exporter.cpu, memoryGiB: coordinator.memoryGiB + exporter.memoryGiB }, pool: 'compute' });
    // With autoscaling, plan for the maximum the HPA may reach.
    // The trino chart has no PodDisruptionBudget for its workers: a drain keeps all but one.
    disruptionBudget(this, { name: 'trino-worker', namespace, replicas: workerCount, selector: { ...trinoPods, 'app.kubernetes.io/component': 'worker' } });
    this.declareWorkload({ name: 'trino-worker', replicas: workerCount, size: { cpu: worker.cpu + exporter.cpu, memoryGiB: worker.memoryGiB + exporter.memoryGiB }, pool: 'compute' });

    new PodMetrics(this, 'metrics', { name: 'trino', namespace, selector: trinoPods, port: 'jmx-exporter', portNumber: JMX_EXPORTER_PORT });

    // Network: nodes and the setup Job talk inside the namespace; out to the catalog, the
    // identity provider (OIDC discovery, tokens) and the object store (opened by its grant).
    // Other namespaces reach only the HTTPS port (allowClient); the ingress controller the
    // HTTP port (PlatformIngress).
    this.ns.allowWithinNamespace();
    props.catalog.allowClient(namespace);
    if (props.policyAdmin) {
      // The plugin downloads policies and the user store from Ranger admin.
      this.ns.allowEgress('policy-admin', { peers: [{ namespace: props.policyAdmin.namespace, podLabels: { ...props.policyAdmin.podLabels } }], ports: [props.policyAdmin.port], podLabels: this.coordinatorLabels });
    }
    this.ns.allowEgress('catalog', { peers: [{ namespace: props.catalog.namespace, podLabels: { ...props.catalog.podLabels } }], ports: [props.catalog.port], podLabels: trinoPods });
    this.ns.allowEgress('identity', {
      peers: [
        { namespace: props.identity.namespace, podLabels: { ...props.identity.podLabels } },
        { namespace: props.ingress.namespace, podLabels: { ...props.ingress.podLabels } },
      ],
      podLabels: trinoPods,
    });

    // The password file: one hash per service user, made once every component has registered its users.
    props.common.secretCatalog.onFinalize(() => {
      new PlatformSecret(this, 'password-file', {
        name: PASSWORD_FILE_SECRET,
        namespace,
        keys: { 'password.db': { passwordFile: { users: Object.fromEntries([...this.serviceUsers].sort(([a], [b]) => a.localeCompare(b))) } } },
        readers: ['trino coordinator'],
        description: 'password hashes of the Trino service users (file password authenticator)',
      });
    });

    const uri = `https://${host}:${TRINO_HTTPS_PORT}`;
    this.firstQuerySql = firstQuerySql(Object.fromEntries(MEDALLION_SCHEMAS.map((s, i) => [s, dataBuckets[i].uri()])), { testTable: !production });
    new FirstQueryJob(this, 'first-query', {
      namespace,
      image: props.common.images.ref('trino'),
      server: uri,
      trust,
      password: this.addServiceUser(this, SETUP_USER, namespace),
      sql: this.firstQuerySql,
    });

    this.handle = {
      host,
      port: TRINO_HTTPS_PORT,
      uri,
      externalUri: ui.url,
      // http-server.authentication.oauth2.client-id: the audience Trino requires of a bearer token.
      audience: oidc.clientId,
      catalogs: catalogNames,
      namespace,
      podLabels: this.coordinatorLabels,
      allowClient: (clientNamespace: string) => this.allowClient(clientNamespace),
      addServiceUser: (scope: Construct, user: TrinoServiceUser, clientNamespace: string) => this.addServiceUser(scope, user, clientNamespace),
      pipelineUser: PIPELINE_USER,
      transformUser: TRANSFORM_USER,
      catalogUser: CATALOG_USER,
      qualityUser: QUALITY_USER,
    };
  }

  /** Lets the pods of `namespace` reach the coordinator's HTTPS port. */
  allowClient(namespace: string): void {
    this.ns.allowClientNamespace(namespace, this.coordinatorLabels, TRINO_HTTPS_PORT);
  }

  /** See QueryEngine.addServiceUser. */
  addServiceUser(scope: Construct, user: TrinoServiceUser, namespace: string): SecretKeyRef {
    if (!(SERVICE_USERS as readonly string[]).includes(user)) {
      throw new Error(`trino service user "${user}" is not one of Trino's service users (${SERVICE_USERS.join(', ')}); its access rules are in charts/trino/server-config.ts`);
    }
    if (this.serviceUsers.has(user)) {
      throw new Error(`trino service user "${user}" is registered twice; one component owns each service user`);
    }
    const secret = new PlatformSecret(scope, `trino-user-${user}`, {
      name: resourceName('trino', user),
      namespace,
      keys: { password: { generate: { length: 40 } } },
      readers: [`Trino service user ${user}`],
      description: `password of the Trino service user ${user}; Trino holds only its hash`,
    });
    const ref = secret.ref('password');
    this.serviceUsers.set(user, ref);
    return ref;
  }

}

/** The environment variable with the sealed part of the plugin's Ranger password. */
const RANGER_PASSWORD_ENV = 'RANGER_PLUGIN_PASSWORD';

/** The plugin's files, in the coordinator's config folder. */
const RANGER_SECURITY_FILE = 'ranger-trino-security.xml';
const RANGER_AUDIT_FILE = 'ranger-trino-audit.xml';

/**
 * access-control.properties for Ranger (Trino 480 plugin/trino-ranger RangerConfig:
 * ranger.service.name, ranger.plugin.config.resource, ranger.hadoop.config.resource). No
 * policy-manager SSL file: without a trust store of its own the plugin's REST client uses the
 * JVM's, which holds the platform CA (Ranger's RangerRESTClient getTrustManagers).
 */
export function rangerAccessControl(ranger: RangerPluginSettings): string {
  return properties({
    'access-control.name': 'ranger',
    'ranger.service.name': ranger.serviceName,
    'ranger.plugin.config.resource': `${CONFIG_DIR}/${RANGER_SECURITY_FILE},${CONFIG_DIR}/${RANGER_AUDIT_FILE}`,
  });
}

/**
 * The Ranger plugin's configuration (Ranger 2.8.0, the version Trino 480 bundles:
 * RangerPluginConfig and PolicyRefresher read ranger.plugin.trino.*, AuditProviderFactory
 * xasecure.audit.*). Groups stay Trino's (use.rangerGroups off). Without policies, because
 * the admin was never reached and there is no cache, the plugin allows nothing
 * (RangerBasePlugin.isAccessAllowed returns no result and Trino denies).
 */
export function rangerPluginFiles(ranger: RangerPluginSettings, cluster: string): Record<string, string> {
  return {
    [RANGER_SECURITY_FILE]: hadoopConfiguration({
      'ranger.plugin.trino.service.name': ranger.serviceName,
      'ranger.plugin.trino.policy.rest.url': ranger.policyRestUrl,
      'ranger.plugin.trino.policy.pollIntervalMs': String(ranger.pollIntervalMs),
      // The last policies downloaded: a restarted container enforces them when the admin is down.
      'ranger.plugin.trino.policy.cache.dir': `${RANGER_CACHE_DIR}/policy-cache`,
      // Ranger 2.9.0 refuses unauthenticated downloads: basic authentication as the plugin's
      // account, the password from the environment (Hadoop's Configuration expands ${env.*}).
      'ranger.plugin.trino.policy.rest.client.username': ranger.user,
      'ranger.plugin.trino.policy.rest.client.password': `${ranger.passwordPrefix}\${env.${RANGER_PASSWORD_ENV}}`,
      'ranger.plugin.trino.use.rangerGroups': 'false',
      'ranger.plugin.trino.use.only.rangerGroups': 'false',
      'ranger.plugin.trino.access.cluster.name': cluster,
    }),
    // Audit events go to Trino's log (logger ranger.audit), which the log pipeline collects:
    // the Elasticsearch destination cannot write to OpenSearch 3 (charts/ranger/chart.ts).
    [RANGER_AUDIT_FILE]: hadoopConfiguration({
      'xasecure.audit.is.enabled': 'true',
      'xasecure.audit.destination.log4j': 'true',
      'xasecure.audit.destination.log4j.logger': 'ranger.audit',
    }),
  };
}

/** A Hadoop-style configuration file: one <property> per key, in the given order. */
function hadoopConfiguration(entries: Readonly<Record<string, string>>): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<configuration>',
    ...Object.entries(entries).map(([name, value]) => `  <property>\n    <name>${escape(name)}</name>\n    <value>${escape(value)}</value>\n  </property>`),
    '</configuration>',
    '',
  ].join('\n');
}

/** A Java properties file, keys in the given order. */
function properties(entries: Readonly<Record<string, string>>): string {
  return `${Object.entries(entries)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

/**
 * The name and labels the JMX exporter gives an attribute under its default format (a rule
 * without `name`, as JMX_EXPORTER_CONFIG has): `<domain>_<value of the first key property>_
 * <attribute>`, made safe and lower-cased (lowercaseOutputName), and every other key property
 * as a label (JmxCollector.defaultExport in prometheus/jmx_exporter). Alerts and dashboards
 * are checked against it.
 */
export function jmxDefaultMetricName(objectName: string, attribute: string): { name: string; labels: Record<string, string> } {
  const [domain, keyList] = objectName.split(':');
  const properties = keyList.split(',').map((pair) => pair.split('=') as [string, string]);
  const [first, ...rest] = properties;
  const name = [domain, first[1], attribute].join('_').replace(/[^a-zA-Z0-9:_]/g, '_').replace(/__+/g, '_').toLowerCase();
  return { name, labels: Object.fromEntries(rest.map(([k, v]) => [k.toLowerCase(), v])) };
}

/** The JMX exporter's rules: Trino's query, memory and cluster beans, plus JVM memory and GC. */
const JMX_EXPORTER_CONFIG = [
  'hostPort: localhost:9080',
  'startDelaySeconds: 0',
  'ssl: false',
  'lowercaseOutputName: true',
  'lowercaseOutputLabelNames: true',
  'includeObjectNames:',
  '  - "trino.execution:name=QueryManager"',
  '  - "trino.execution:name=SqlTaskManager"',
  '  - "trino.execution.executor:name=TaskExecutor"',
  '  - "trino.memory:*"',
  '  - "trino.failuredetector:name=HeartbeatFailureDetector"',
  '  - "trino.metadata:name=DiscoveryNodeManager"',
  '  - "trino.execution.resourcegroups:*"',
  '  - "java.lang:type=Memory"',
  '  - "java.lang:type=GarbageCollector,*"',
  'rules:',
  '  - pattern: ".*"',
  '',
].join('\n');

/**
 * The first-query SQL, idempotent: schemas in their own buckets, then a query that proves the
 * catalog answers. With `testTable` (the small profile, for development) also the test table
 * and its one row; a production lake gets no test table from a sync.
 */
export function firstQuerySql(schemaLocations: Readonly<Record<string, string>>, options: { readonly testTable: boolean } = { testTable: true }): string {
  return [
    ...Object.entries(schemaLocations).map(([schema, location]) => `CREATE SCHEMA IF NOT EXISTS iceberg.${schema} WITH (location = '${location}');`),
    ...(options.testTable
      ? [
          'CREATE TABLE IF NOT EXISTS iceberg.bronze.test_table (id BIGINT, note VARCHAR, created_at TIMESTAMP(6) WITH TIME ZONE);',
          "INSERT INTO iceberg.bronze.test_table SELECT 1, 'lakeplane first query', current_timestamp WHERE NOT EXISTS (SELECT 1 FROM iceberg.bronze.test_table);",
          'SELECT * FROM iceberg.bronze.test_table;',
        ]
      : ['SHOW SCHEMAS FROM iceberg;']),
    '',
  ].join('\n');
}

interface FirstQueryJobProps {
  readonly namespace: string;
  readonly image: string;
  /** https://... of the coordinator. */
  readonly server: string;
  /** The platform CA bundle in the namespace (it holds the CA that signs the coordinator's certificate). */
  readonly trust: NamespaceTrust;
  /** The setup user's password (in the Job's namespace). */
  readonly password: SecretKeyRef;
  readonly sql: string;
}

/** PostSync hook on every sync: waits for the coordinator, then runs the idempotent SQL. */
class FirstQueryJob extends Construct {
  constructor(scope: Construct, id: string, props: FirstQueryJobProps) {
    super(scope, id);
    const name = 'trino-first-query';
    new k8s.KubeConfigMap(this, 'sql', {
      metadata: { name, namespace: props.namespace },
      data: { 'first-query.sql': props.sql },
    });
    const script = [
      'set -eu',
      // --password takes the password from TRINO_PASSWORD; the trust store may be a PEM file.
      `TRINO="trino --server ${props.server} --truststore-path ${props.trust.pemFile} --user ${SETUP_USER} --password"`,
      'tries=0',
      "until $TRINO --execute 'SELECT 1' >/dev/null 2>&1; do",
      '  tries=$((tries + 1))',
      '  if [ "$tries" -ge 60 ]; then echo "Trino not answering after 10 minutes" >&2; exit 1; fi',
      '  sleep 10',
      'done',
      '$TRINO --file /sql/first-query.sql',
    ].join('\n');
    const job = new k8s.KubeJob(this, 'job', {
      metadata: { name, namespace: props.namespace, labels: { 'app.kubernetes.io/name': name } },
      spec: {
        backoffLimit: 6,
        activeDeadlineSeconds: 1800,
        template: {
          metadata: { labels: { 'app.kubernetes.io/name': name } },
          spec: podSpec({
            restartPolicy: 'OnFailure',
            containers: [
              container({
                name: 'trino-cli',
                image: props.image,
                size: { cpu: 0.2, memoryGiB: 0.5 },
                command: ['/bin/sh', '-c', script],
                env: [
                  { name: 'HOME', value: '/tmp' },
                  { name: 'JAVA_TOOL_OPTIONS', value: '-Xmx256m' },
                  { name: 'TRINO_PASSWORD', valueFrom: { secretKeyRef: { name: props.password.name, key: props.password.key } } },
                ],
                volumeMounts: [{ name: 'sql', mountPath: '/sql', readOnly: true }, props.trust.volumeMount],
                probes: 'run-to-completion',
              }),
            ],
            volumes: [{ name: 'sql', configMap: { name } }, props.trust.volume],
          }),
        },
      },
    });
    postSyncHook(job);
    setWave(job as ApiObject, ObjectWave.JOBS);
  }
}

export const trinoComponent = defineComponent<'trino'>({
  alerts: [TRINO_ALERTS],
  dashboards: [TRINO_DASHBOARD],
  id: 'trino',
  phase: 1,
  layer: 'query',
  description: 'Query engine (Trino): iceberg catalog on Nessie and the object store, OAuth2 login, access rules by role',
  ui: 'trino',
  charts: ['trino'],
  dependsOn: (config) => [
    'minio',
    'nessie',
    'keycloak',
    'traefik',
    'cert-manager',
    ...(config.components.trino?.postgresqlCatalog?.enabled ? (['cloudnative-pg'] as const) : []),
  ],
  // Ranger, when built, takes over access control (built before Trino: its policy sync does not need Trino).
  optionalDeps: () => ['ranger'],
  build(ctx) {
    const chart = new TrinoChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.trino,
      objectStore: ctx.handles.get('minio'),
      catalog: ctx.handles.get('nessie'),
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      postgres: ctx.config.components.trino?.postgresqlCatalog?.enabled ? ctx.handles.get('cloudnative-pg') : undefined,
      policyAdmin: ctx.handles.find('ranger'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
