/**
 * The Iceberg catalog: Project Nessie (upstream chart) with its version store in its own
 * PostgreSQL (backed up to the object store), the Iceberg REST and Nessie APIs for Trino and
 * later Spark, the warehouse in the object store, authentication through Keycloak, metrics,
 * and its UI behind the platform ingress.
 *
 * Clients inside the cluster use the HTTPS port, whose certificate the platform's internal CA
 * signs; the plain HTTP port is left to the ingress controller (TLS of the UI ends there).
 * Replicas tell each other which cache entries to drop over the management port.
 */
import { Construct } from 'constructs';
import type { IdentityProvider } from '../keycloak/handle';
import { defineComponent } from '../spec';
import type { NessieConfig } from './config';
import { HelmApplication } from '../../constructs/application';
import { InternalCertificate, serviceDnsNames } from '../../constructs/certificate';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority, IngressController } from '../../constructs/ingress';
import { PlatformIngress } from '../../constructs/ingress';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, cpuQuantity, memoryQuantity } from '../../constructs/resources';
import { trustIn } from '../../constructs/trust';
import { DatabaseBackupProvider, restoredClusterName } from '../../constructs/database-backups';
import { NessieGc } from './gc';
import { NessieValues } from './values';
import type { IcebergCatalog } from './handle';

export interface NessieChartProps {
  readonly common: PlatformCommon;
  /** The component's config slice. @default - the profile's sizes, branch main, warehouse bronze */
  readonly config?: NessieConfig;
  /** Warehouse buckets, Nessie's key, and the version store's backups. */
  readonly objectStore: ObjectStore & DatabaseBackupProvider;
  /** Runs the version store's PostgreSQL. */
  readonly postgres: PostgresOperator;
  /** Issues the tokens clients present (and Nessie's UI login). */
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  /** Signs the UI's certificate and the CA bundle the JVM trusts. */
  readonly authority: CertificateAuthority;
}

/** Nessie's HTTP port (the chart's first service port, quarkus.http.port): the ingress controller's. */
export const NESSIE_PORT = 19120;
/** The HTTPS port (quarkus.http.ssl-port) that clients inside the cluster use. */
export const NESSIE_HTTPS_PORT = 19121;
/** The Quarkus management port: health, metrics, and the peers' cache invalidations. */
export const NESSIE_MANAGEMENT_PORT = 9000;
/** Name of the TLS configuration of the HTTPS port (Quarkus TLS registry). */
const TLS_CONFIG = 'nessie-https';
const TLS_MOUNT = '/etc/nessie-tls';
const NESSIE_UID = 10000;
/** The medallion buckets: each is a warehouse of the catalog. */
const DATA_BUCKETS = ['bronze', 'silver', 'gold'] as const;
const NESSIE_GID = 10001;

export class NessieChart extends PlatformChart {
  readonly nessieUri: string;
  readonly icebergRestUri: string;
  readonly warehouse: string;
  readonly warehouseLocation: string;
  /** Warehouse name -> location: one per data bucket, so every table location is a known one. */
  readonly warehouses: Readonly<Record<string, string>>;
  readonly defaultBranch: string;
  readonly host: string;
  readonly port = NESSIE_HTTPS_PORT;
  readonly issuerUrl: string;
  readonly podLabels: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'nessie' };
  readonly database: PostgresDatabase;
  readonly values: NessieValues;
  /** The `nessie` handle. */
  readonly handle: IcebergCatalog;
  /** Garbage collection; undefined when nessie.gc.enabled is false. */
  readonly gc?: NessieGc;
  private readonly ns: PlatformNamespace;

  constructor(scope: Construct, props: NessieChartProps) {
    super(scope, { component: 'nessie', common: props.common, phase: 1, namespace: 'nessie' });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const replicas = config.replicas ?? (production ? 2 : 1);
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 1 : 0.25), memoryGiB: config.memoryGiB ?? (production ? 2 : 1) };
    this.defaultBranch = config.defaultBranch ?? 'main';
    this.warehouse = config.warehouseBucket ?? 'bronze';
    this.warehouses = Object.fromEntries(DATA_BUCKETS.map((name) => [name, props.objectStore.bucket(name).uri()]));
    const db = config.database ?? {};

    this.ns = new PlatformNamespace(this, 'namespace', { name: 'nessie' });
    const namespace = this.ns.name;
    this.host = `nessie.${namespace}.svc`;
    this.nessieUri = `https://${this.host}:${NESSIE_HTTPS_PORT}/api/v2`;
    this.icebergRestUri = `https://${this.host}:${NESSIE_HTTPS_PORT}/iceberg`;
    this.warehouseLocation = this.warehouses[this.warehouse];

    // The version store: its own PostgreSQL, backed up; a configured restore builds a new
    // cluster from the backups and Nessie follows it through the handle.
    const baseCluster = 'nessie-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    this.database = new PostgresDatabase(this, 'database', {
      name: restore ? restoredClusterName(baseCluster, db.restore!) : baseCluster,
      namespace,
      database: 'nessie',
      owner: 'nessie',
      instances: db.instances ?? (production ? 2 : 1),
      size: { cpu: db.cpu ?? (production ? 1 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 2 : 0.5) },
      storageGiB: db.storageGiB ?? (production ? 20 : 5),
      operator: props.postgres,
      backup: props.objectStore.databaseBackups(this, namespace, { restore }),
      // The JDBC2 version store keeps references in refs2, branches named refs/heads/<name>
      // (nessie versioned/storage/jdbc2 SqlConstants).
      verification: {
        description: `the version store holds the ${this.defaultBranch} branch`,
        query: `SELECT EXISTS (SELECT 1 FROM refs2 WHERE ref_name = 'refs/heads/${this.defaultBranch}')`,
      },
    });

    // The warehouse: Nessie writes table metadata to the data buckets.
    const s3 = props.objectStore.grant(this, 'nessie', namespace, DATA_BUCKETS.map((name) => ({ bucket: props.objectStore.bucket(name), access: 'readwrite' as const })));

    const ui = new PlatformIngress(this, 'ui', {
      host: 'nessie',
      namespace,
      serviceName: 'nessie',
      servicePort: NESSIE_PORT,
      podLabels: this.podLabels,
      controller: props.ingress,
      authority: props.authority,
    });
    const oidc = props.identity.addClient(this, 'nessie', { redirectUris: [`${ui.url}/*`], namespace, name: 'Nessie catalog' });
    this.issuerUrl = oidc.issuerUrl;

    // The JVM's trust store is the platform CA bundle's PKCS#12 store (public roots included):
    // OIDC against Keycloak, the object store and other in-cluster HTTPS endpoints.
    const trust = trustIn(this, namespace, props.authority.trust);
    // The API over TLS for clients inside the cluster, in PKCS#8 (what every PEM reader takes).
    const tls = new InternalCertificate(this, 'tls', {
      // Not `nessie-tls`: that is the UI's certificate (PlatformIngress).
      name: 'nessie-internal-tls',
      namespace,
      authority: props.authority,
      dnsNames: serviceDnsNames('nessie', namespace),
      privateKeyEncoding: 'PKCS8',
    });
    const image = props.common.images.parts('nessie');
    this.values = {
      replicaCount: replicas,
      image: { repository: `${image.registry}/${image.repository}`, tag: image.tag, pullPolicy: 'IfNotPresent' },
      versionStoreType: 'JDBC2',
      jdbc: {
        jdbcUrl: this.database.jdbcUrl,
        secret: { name: this.database.secretName, username: 'username', password: 'password' },
      },
      catalog: {
        enabled: true,
        iceberg: {
          defaultWarehouse: this.warehouse,
          warehouses: Object.entries(this.warehouses).map(([name, location]) => ({ name, location })),
        },
        storage: {
          s3: {
            defaultOptions: {
              region: props.objectStore.region,
              endpoint: props.objectStore.endpoint,
              pathStyleAccess: props.objectStore.pathStyle,
              authType: 'STATIC',
              accessKeySecret: { name: s3.secret.name, awsAccessKeyId: s3.accessKeyKey, awsSecretAccessKey: s3.secretKeyKey },
            },
          },
        },
      },
      authentication: {
        enabled: true,
        oidcAuthServerUrl: oidc.issuerUrl,
        oidcClientId: oidc.clientId,
        oidcClientSecret: oidc.secret ? { name: oidc.secret.name, key: oidc.secret.key } : undefined,
      },
      // The chart's first port is quarkus.http.port; the second one serves HTTPS.
      service: {
        ports: [
          { name: 'nessie-http', number: NESSIE_PORT },
          { name: 'nessie-https', number: NESSIE_HTTPS_PORT },
        ],
      },
      advancedConfig: {
        'nessie.server.default-branch': this.defaultBranch,
        // A named TLS configuration for the main HTTP server only: the management interface
        // (probes, metrics, cache invalidations) stays plain HTTP, as Quarkus does by default.
        // The registry re-reads the files cert-manager renews every reload-period.
        'quarkus.http.ssl-port': String(NESSIE_HTTPS_PORT),
        'quarkus.http.tls-configuration-name': TLS_CONFIG,
        [`quarkus.tls.${TLS_CONFIG}.key-store.pem.0.cert`]: `${TLS_MOUNT}/tls.crt`,
        [`quarkus.tls.${TLS_CONFIG}.key-store.pem.0.key`]: `${TLS_MOUNT}/tls.key`,
        [`quarkus.tls.${TLS_CONFIG}.reload-period`]: '1h',
      },
      // Quarkus' run-java script appends these to the JVM command line.
      extraEnv: [{ name: 'JAVA_OPTS_APPEND', value: trust.jvmOptions.join(' ') }],
      extraVolumes: [trust.volume, { name: 'tls', secret: { secretName: tls.secretName } }],
      extraVolumeMounts: [trust.volumeMount, { name: 'tls', mountPath: TLS_MOUNT, readOnly: true }],
      metrics: { enabled: true },
      // Scraped by the PodMetrics below, which also opens the port to Prometheus.
      serviceMonitor: { enabled: false },
      // runAsNonRoot on the container, seccomp on the pod: the keys the chart's values know.
      podSecurityContext: { fsGroup: NESSIE_GID, seccompProfile: { type: 'RuntimeDefault' } },
      securityContext: {
        runAsUser: NESSIE_UID,
        runAsGroup: NESSIE_GID,
        runAsNonRoot: true,
        privileged: false,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      },
      resources: { requests: { cpu: cpuQuantity(size.cpu), memory: memoryQuantity(size.memoryGiB) }, limits: { memory: memoryQuantity(size.memoryGiB) } },
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { ...this.podLabels } }, topologyKey: 'kubernetes.io/hostname' } },
          ],
        },
      },
      podDisruptionBudget: replicas >= 2 ? { enabled: true, policy: { maxUnavailable: 1 } } : { enabled: false },
    };
    new HelmApplication<NessieValues>(this, 'nessie', {
      chart: 'nessie',
      releaseName: 'nessie',
      namespace,
      values: this.values,
      holdsData: false,
    });
    this.declareWorkload({ name: 'nessie', replicas, size });

    new PodMetrics(this, 'metrics', {
      name: 'nessie',
      namespace,
      selector: this.podLabels,
      port: 'nessie-mgmt',
      portNumber: NESSIE_MANAGEMENT_PORT,
      path: '/q/metrics',
    });

    // Replicas invalidate each other's caches on the management port: the chart points
    // nessie.version.store.persist.cache-invalidations.service-names at the headless
    // `nessie-mgmt` Service, and Nessie serves those calls on the management port only.
    const peers = { peers: [{ podLabels: { ...this.podLabels } }], ports: [NESSIE_MANAGEMENT_PORT], podLabels: { ...this.podLabels } };
    this.ns.allowIngress('nessie-peers', peers);
    this.ns.allowEgress('nessie-peers', peers);

    // Egress: the version store, and the identity provider (JWKS) through the ingress
    // controller and directly. The object store is opened by its grant.
    this.ns.allowEgress('database', { peers: [{ podLabels: { ...this.database.podLabels } }], ports: [this.database.port], podLabels: this.podLabels });
    this.ns.allowEgress('identity', {
      peers: [
        { namespace: props.identity.namespace, podLabels: { ...props.identity.podLabels } },
        { namespace: props.ingress.namespace, podLabels: { ...props.ingress.podLabels } },
      ],
      podLabels: this.podLabels,
    });

    // Garbage collection across every branch and tag (Iceberg's own must not run here).
    if (config.gc?.enabled ?? true) {
      this.gc = new NessieGc(this, 'gc', {
        namespace: this.ns,
        config: config.gc,
        nessieUri: this.nessieUri,
        nessiePodLabels: this.podLabels,
        nessiePort: this.port,
        warehouses: DATA_BUCKETS.map((name) => props.objectStore.bucket(name)),
        objectStore: props.objectStore,
        postgres: props.postgres,
        identity: props.identity,
        ingress: props.ingress,
        trust: { initContainers: [], volumes: [trust.volume], volumeMounts: [trust.volumeMount], jvmOptions: trust.jvmOptions },
      });
    }

    this.handle = {
      nessieUri: this.nessieUri,
      icebergRestUri: this.icebergRestUri,
      warehouse: this.warehouse,
      warehouseLocation: this.warehouseLocation,
      defaultBranch: this.defaultBranch,
      host: this.host,
      port: this.port,
      issuerUrl: this.issuerUrl,
      namespace,
      podLabels: this.podLabels,
      allowClient: (clientNamespace: string) => this.allowClient(clientNamespace),
    };
  }

  /** Lets the pods of `namespace` reach the catalog's HTTPS port. */
  allowClient(namespace: string): void {
    this.ns.allowClientNamespace(namespace, this.podLabels, NESSIE_HTTPS_PORT);
  }
}

export const nessieComponent = defineComponent<'nessie'>({
  id: 'nessie',
  phase: 1,
  layer: 'catalog',
  description: 'Iceberg catalog (Project Nessie): Iceberg REST and Nessie APIs, default branch main',
  holdsData: 'the catalog: every branch, tag and commit of the Iceberg tables (its PostgreSQL database; backed up to the object store)',
  ui: 'nessie',
  charts: ['nessie'],
  dependsOn: () => ['minio', 'cloudnative-pg', 'keycloak', 'traefik', 'cert-manager'],
  build(ctx) {
    const chart = new NessieChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.nessie,
      objectStore: ctx.handles.get('minio'),
      postgres: ctx.handles.get('cloudnative-pg'),
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
