/**
 * The object store: a MinIO Tenant run by the MinIO operator, with TLS from the platform's
 * internal CA, erasure coding, placement on the storage pool, metrics, and a setup Job that
 * creates the buckets, the lifecycle rules of raw files and one user and policy per consumer.
 *
 * The MinIO community edition is archived upstream; its images are frozen snapshots that get
 * no fixes. The image is pinned in versions.ts (through the registry mirror) and consumers
 * only see the MinIO-free ObjectStore interface, so another S3 implementation can replace it.
 */
import { ApiObject, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  Tenant,
  TenantSpecPoolsResourcesLimits,
  TenantSpecPoolsResourcesRequests,
  TenantSpecPoolsVolumeClaimTemplateSpecResourcesRequests,
} from '../../imports/minio.min.io_tenant-minio.min.io';
import {
  PodMonitor,
  PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction,
  PodMonitorSpecPodMetricsEndpointsRelabelingsAction,
  PodMonitorSpecPodMetricsEndpointsScheme,
} from '../../imports/monitoring.coreos.com_podmonitor-monitoring.coreos.com';
import { ObjectWave, postSyncHook, protectData, setWave } from '../../argocd/sync';
import type { MinioConfig } from './config';
import type { PlatformCommon } from '../../constructs/common';
import { InternalCertificate, serviceDnsNames } from '../../constructs/certificate';
import type { CertificateAuthority } from '../../constructs/ingress';
import { LABEL_POOL } from '../../constructs/labels';
import { PROMETHEUS_POD_LABELS } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { assertDnsLabel, resourceName } from '../../constructs/naming';
import type { Bucket, BucketGrant, ObjectStore, S3Credentials } from '../../constructs/object-store';
import type { DatabaseBackupTarget } from '../../constructs/postgres-database';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, cpuQuantity, memoryQuantity } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { container, podSpec } from '../../constructs/workload';
import { defineComponent } from '../spec';
import { trustIn } from '../../constructs/trust';
import { BackedUpDatabase, BarmanCloudBackups, DatabaseBackupCatalog, DatabaseBackupOptions, DatabaseBackupPolicy, DatabaseBackupProvider } from '../../constructs/database-backups';
import { ExpiryRule, PolicyGrant, lifecycleConfiguration, policyDocument } from './s3-policy';
import type { MinioOperator } from './handle';
import { OBJECT_STORE_ALERTS, OBJECT_STORE_DASHBOARD } from './alerts';

/** Buckets that always exist (architecture document, bucket strategy). */
export const WELL_KNOWN_BUCKETS = ['bronze', 'silver', 'gold', 'backups'] as const;

/**
 * Where raw files lie in the bronze bucket once the CSV load (dags/csv_to_bronze.py) is done
 * with them: a loaded file moves to processed/, one that failed to load to failed/. Only these
 * expire. uploads/ holds files not loaded yet and is kept, and so are the tables (the bronze
 * schema's location is the bucket itself): their retention is snapshot expiry in the table
 * format, never a lifecycle rule.
 */
export const BRONZE_RAW_FILE_PREFIXES = ['processed/', 'failed/'] as const;

/**
 * MinIO's v2 metrics endpoints, and the metric families each is scraped for (cmd/metrics-v2.go
 * at the pinned release). `node` serves what the scraped server measures itself: its drives,
 * its S3 requests, traffic and time to first byte. `cluster` and `bucket` serve figures of the
 * whole store (capacity, drives offline, bucket usage), the same from every server, next to a
 * copy of every peer's node figures. Every server is scraped, so the figures outlive a server
 * that is down; each endpoint keeps only its own families, so no series arrives twice, and the
 * store-wide ones are read with max() (CLUSTER_WIDE_METRICS), never summed over the servers.
 */
export const MINIO_METRICS_ENDPOINTS = [
  { path: '/minio/v2/metrics/node', interval: '30s', drop: 'minio_(cluster|bucket)_.*' },
  { path: '/minio/v2/metrics/cluster', interval: '60s', keep: 'minio_cluster_.*' },
  // Bucket usage follows the data scanner, which takes minutes per cycle.
  { path: '/minio/v2/metrics/bucket', interval: '5m', keep: 'minio_bucket_(usage|objects|quota)_.*' },
] as const;
/** Families every server reports alike (from the cluster and bucket endpoints): read them with max(). */
export const CLUSTER_WIDE_METRICS = /^minio_(cluster|bucket)_/;

/** The S3 port of every MinIO server pod; the operator's `minio` Service maps 443 to it. */
export const MINIO_POD_PORT = 9000;
/** Service the operator creates for the S3 API of a tenant. */
export const MINIO_SERVICE = 'minio';
/** UID/GID MinIO runs as in the operator's tenants. */
const MINIO_UID = 1000;

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export interface MinioChartProps {
  readonly common: PlatformCommon;
  /** The component's config slice. @default - the profile's sizes and the defaults of MinioConfig */
  readonly config?: MinioConfig;
  /** The operator that runs the tenant (its namespace and pods may reach the servers). */
  readonly operator: MinioOperator;
  /** Signs the tenant's TLS certificate (internal issuer). */
  readonly authority: CertificateAuthority;
  /** Backup policy of PostgreSQL databases stored here. @default - DatabaseBackupPolicy defaults */
  readonly databaseBackups?: DatabaseBackupPolicy;
}

/** One consumer's grants, as the setup Job renders them. */
interface ConsumerGrant {
  readonly consumer: string;
  readonly namespace: string;
  readonly grants: readonly PolicyGrant[];
  /** The copy of the consumer's key in MinIO's namespace, read by the setup Job. */
  readonly secretName: string;
}

/** Erasure-coding geometry, checked. */
export interface ErasureGeometry {
  readonly drives: number;
  /** Drives per erasure set (MinIO's choice for this drive count). */
  readonly setDrives: number;
  readonly parity: number;
}

/**
 * Checks an erasure-coding layout the way MinIO will see it: at least 4 drives, a set size
 * from 4 to 16 that divides the drive count and spreads evenly over the servers, and parity
 * at most half a set.
 */
export function erasureGeometry(servers: number, volumesPerServer: number, parity: number): ErasureGeometry {
  for (const [field, value] of [['servers', servers], ['volumesPerServer', volumesPerServer]] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`minio.${field} must be an integer >= 1 (got ${value})`);
    }
  }
  const drives = servers * volumesPerServer;
  if (drives < 4) {
    throw new Error(
      `minio: erasure coding needs at least 4 drives in total (servers x volumesPerServer = ${servers} x ${volumesPerServer} = ${drives}); raise minio.servers or minio.volumesPerServer`,
    );
  }
  let setDrives = 0;
  // MinIO's choice: the largest set that divides the drives and spreads evenly over the servers.
  for (let size = 16; size >= 4; size--) {
    if (drives % size === 0 && (size % servers === 0 || servers % size === 0)) {
      setDrives = size;
      break;
    }
  }
  if (setDrives === 0) {
    throw new Error(`minio: ${drives} drives on ${servers} servers cannot be split into erasure sets of 4 to 16 drives; use a drive count divisible by one of 4..16 that spreads evenly over the servers`);
  }
  if (!Number.isInteger(parity) || parity < 1) {
    throw new Error(`minio.parity must be an integer >= 1 (got ${parity}); EC:0 would lose data with the first failed drive`);
  }
  if (parity > setDrives / 2) {
    throw new Error(
      `minio.parity EC:${parity} is more than half of an erasure set of ${setDrives} drives (${drives} drives in total); use at most EC:${Math.floor(setDrives / 2)}`,
    );
  }
  return { drives, setDrives, parity };
}

export class MinioChart extends PlatformChart {
  readonly handle: MinioObjectStore;
  readonly tenantName: string;
  readonly geometry: ErasureGeometry;
  /** The lifecycle rules the setup Job installs, by bucket. */
  readonly lifecycle: { readonly bucket: string; readonly rules: readonly ExpiryRule[] };

  constructor(scope: Construct, props: MinioChartProps) {
    super(scope, { component: 'minio', common: props.common, phase: 1, namespace: 'minio' });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    this.tenantName = config.tenant ?? 'datalake';
    const servers = config.servers ?? (production ? 4 : 1);
    const volumesPerServer = config.volumesPerServer ?? 4;
    const volumeSizeGiB = config.volumeSizeGiB ?? (production ? 1024 : 10);
    const parity = config.parity ?? (production ? 4 : 2);
    // Production: the architecture's storage nodes (8 vCPU / 32 GiB) each hold two of the four
    // servers, next to the node's daemons.
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 2 : 0.5), memoryGiB: config.memoryGiB ?? (production ? 12 : 2) };
    const storageClass = props.common.storageClasses.objectStore ?? props.common.storageClasses.default;
    const bronzeExpirationDays = config.bronzeExpirationDays ?? 90;
    const region = config.region ?? 'us-east-1';
    this.geometry = erasureGeometry(servers, volumesPerServer, parity);
    if (!Number.isInteger(bronzeExpirationDays) || bronzeExpirationDays < 1) {
      throw new Error(`minio.bronzeExpirationDays must be an integer >= 1 (got ${bronzeExpirationDays})`);
    }
    this.lifecycle = {
      bucket: 'bronze',
      rules: BRONZE_RAW_FILE_PREFIXES.map((prefix) => ({ id: `expire-bronze-${prefix.replace(/\/$/, '')}`, prefix, days: bronzeExpirationDays })),
    };
    // Validates the rules now (a prefix is required), not when the Job renders.
    lifecycleConfiguration(this.lifecycle.rules);

    const ns = new PlatformNamespace(this, 'namespace', { name: 'minio' });
    const tenantLabels = { 'v1.min.io/tenant': this.tenantName };
    const storagePools = props.common.nodePools.filter((p) => p.role === 'storage').map((p) => p.name);

    // TLS on the S3 API: the operator's Service and every server's own name (servers call each other).
    const headless = `${this.tenantName}-hl`;
    const tls = new InternalCertificate(this, 'tls', {
      name: `${this.tenantName}-tls`,
      namespace: ns.name,
      authority: props.authority,
      dnsNames: [
        ...serviceDnsNames(MINIO_SERVICE, ns.name),
        ...serviceDnsNames(headless, ns.name),
        `*.${headless}.${ns.name}.svc`,
        `*.${headless}.${ns.name}.svc.cluster.local`,
      ],
    });

    // Root credentials in the format the operator and MinIO read (config.env), made by the
    // seal command (or given to it). Non-secret settings are plain env on the Tenant.
    const rootConfig = new PlatformSecret(this, 'root-config', {
      name: `${this.tenantName}-env-configuration`,
      namespace: ns.name,
      keys: {
        'config.env': { envFile: { variables: { MINIO_ROOT_USER: { length: 20 }, MINIO_ROOT_PASSWORD: { length: 40 } } } },
      },
      readers: ['minio tenant', 'minio-operator', 'minio-setup job'],
      description: `root credentials of the ${this.tenantName} object-store tenant`,
    });

    const image = props.common.images.ref('minio');
    const tenant = new Tenant(this, 'tenant', {
      metadata: { name: this.tenantName, namespace: ns.name },
      spec: {
        // Community edition, archived upstream: a frozen snapshot, pinned in versions.ts.
        image,
        imagePullPolicy: 'IfNotPresent',
        configuration: { name: rootConfig.name },
        env: [
          { name: 'MINIO_STORAGE_CLASS_STANDARD', value: `EC:${parity}` },
          { name: 'MINIO_SITE_REGION', value: region },
          // Metrics without a bearer token; the PodMonitor below reads them over TLS.
          { name: 'MINIO_PROMETHEUS_AUTH_TYPE', value: 'public' },
        ],
        requestAutoCert: false,
        externalCertSecret: [{ name: tls.secretName, type: 'cert-manager.io/v1' }],
        mountPath: '/export',
        podManagementPolicy: 'Parallel',
        prometheusOperator: false,
        features: { bucketDns: false, enableSftp: false },
        pools: [
          {
            name: 'pool-0',
            servers,
            volumesPerServer,
            volumeClaimTemplate: {
              metadata: { name: 'data' },
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: storageClass,
                resources: { requests: { storage: TenantSpecPoolsVolumeClaimTemplateSpecResourcesRequests.fromString(memoryQuantity(volumeSizeGiB)) } },
              },
            },
            resources: {
              requests: {
                cpu: TenantSpecPoolsResourcesRequests.fromString(cpuQuantity(size.cpu)),
                memory: TenantSpecPoolsResourcesRequests.fromString(memoryQuantity(size.memoryGiB)),
              },
              limits: { memory: TenantSpecPoolsResourcesLimits.fromString(memoryQuantity(size.memoryGiB)) },
            },
            securityContext: {
              runAsUser: MINIO_UID,
              runAsGroup: MINIO_UID,
              fsGroup: MINIO_UID,
              fsGroupChangePolicy: 'OnRootMismatch',
              runAsNonRoot: true,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            containerSecurityContext: {
              runAsUser: MINIO_UID,
              runAsGroup: MINIO_UID,
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              capabilities: { drop: ['ALL'] },
              seccompProfile: { type: 'RuntimeDefault' },
            },
            affinity: {
              nodeAffinity:
                storagePools.length > 0
                  ? { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: LABEL_POOL, operator: 'In', values: storagePools }] }] } }
                  : undefined,
              // One server per node when there are enough nodes; the spread below is the hard rule.
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: tenantLabels }, topologyKey: 'kubernetes.io/hostname' } },
                ],
              },
            },
            topologySpreadConstraints: [
              { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: tenantLabels } },
            ],
          },
        ],
      },
    });
    protectData(tenant, `object-store tenant ${ns.name}/${this.tenantName}: every bucket (bronze, silver, gold, backups and the components' own)`);
    setWave(tenant, ObjectWave.STORAGE);

    // Network: servers talk to each other and to the API server; the setup Job and the
    // operator reach the S3 port, the servers the operator's upgrade server; consumers are let
    // in by grant().
    ns.allowIngress('tenant-peers', { peers: [{ namespace: ns.name }], ports: [MINIO_POD_PORT], podLabels: tenantLabels });
    ns.allowEgress('tenant-peers', { peers: [{ namespace: ns.name, podLabels: tenantLabels }], ports: [MINIO_POD_PORT] });
    ns.allowIngress('minio-operator', { peers: [{ namespace: props.operator.namespace, podLabels: { ...props.operator.podLabels } }], ports: [MINIO_POD_PORT], podLabels: tenantLabels });
    // In-place upgrades: the servers download the new binary from the operator's upgrade server.
    ns.allowEgress('minio-operator', { peers: [{ namespace: props.operator.namespace, podLabels: { ...props.operator.podLabels } }], ports: [props.operator.upgradePort], podLabels: tenantLabels });
    props.operator.allowTenant(ns.name, tenantLabels);
    ns.allowKubeApi(tenantLabels);

    // Metrics over TLS, verified against the tenant certificate's CA: each server's own, and
    // the store-wide figures (see MINIO_METRICS_ENDPOINTS). The three scrapes of a pod differ
    // in their metrics_path label, so their series and `up` never collide.
    const tlsConfig = { ca: { secret: { name: tls.secretName, key: 'ca.crt' } }, serverName: `${MINIO_SERVICE}.${ns.name}.svc` };
    new PodMonitor(this, 'metrics', {
      metadata: { name: this.tenantName, namespace: ns.name },
      spec: {
        selector: { matchLabels: tenantLabels },
        podMetricsEndpoints: MINIO_METRICS_ENDPOINTS.map((e) => ({
          portNumber: MINIO_POD_PORT,
          path: e.path,
          interval: e.interval,
          scheme: PodMonitorSpecPodMetricsEndpointsScheme.HTTPS,
          tlsConfig,
          relabelings: [{ action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, sourceLabels: ['__metrics_path__'], targetLabel: 'metrics_path' }],
          metricRelabelings: [
            'keep' in e
              ? { action: PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction.KEEP, sourceLabels: ['__name__'], regex: e.keep }
              : { action: PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction.DROP, sourceLabels: ['__name__'], regex: e.drop },
          ],
        })),
      },
    });
    new k8s.KubeNetworkPolicy(this, 'allow-scrape', {
      metadata: { name: resourceName('allow-scrape', this.tenantName), namespace: ns.name },
      spec: {
        podSelector: { matchLabels: tenantLabels },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: {}, podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } } }],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(MINIO_POD_PORT) }],
          },
        ],
      },
    });

    this.declareWorkload({ name: this.tenantName, replicas: servers, size, pool: 'storage' });
    this.declareVolumes({ name: `${this.tenantName}-data`, count: this.geometry.drives, sizeGiB: volumeSizeGiB, storageClass });
    this.declareObjectStore({
      name: this.tenantName,
      servers,
      drivesPerServer: volumesPerServer,
      driveGiB: volumeSizeGiB,
      parity,
      erasureSetDrives: this.geometry.setDrives,
      pool: 'storage',
      storageClass,
    });

    this.handle = new MinioObjectStore(this, {
      namespace: ns.name,
      tenantLabels,
      region,
      caSecret: { name: tls.secretName, key: 'ca.crt' },
      authority: props.authority,
      databaseBackups: props.databaseBackups ?? {},
    });
    for (const bucket of config.extraBuckets ?? []) {
      this.handle.bucket(bucket);
    }

    new MinioSetupJob(this, 'setup', {
      namespace: ns.name,
      store: this.handle,
      image: props.common.images.ref('minioClient'),
      rootConfigSecret: rootConfig.name,
      caSecret: tls.secretName,
      tenantLabels,
      lifecycle: this.lifecycle,
    });
  }
}

interface MinioObjectStoreProps {
  readonly namespace: string;
  readonly tenantLabels: Readonly<Record<string, string>>;
  readonly region: string;
  readonly caSecret: { readonly name: string; readonly key: string };
  readonly authority: CertificateAuthority;
  readonly databaseBackups: DatabaseBackupPolicy;
}

/**
 * The `minio` handle: the ObjectStore every consumer sees, plus database backups. Buckets and
 * grants asked for after the chart is built still land in the setup Job (rendered lazily).
 */
export class MinioObjectStore implements ObjectStore, DatabaseBackupProvider, DatabaseBackupCatalog {
  readonly host: string;
  readonly port = 443;
  readonly endpoint: string;
  readonly region: string;
  readonly pathStyle = true;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly caSecret: { readonly name: string; readonly key: string };
  private readonly bucketNames = new Set<string>(WELL_KNOWN_BUCKETS);
  private readonly consumerList: ConsumerGrant[] = [];
  private readonly backedUp: BackedUpDatabase[] = [];

  constructor(
    private readonly chart: PlatformChart,
    private readonly props: MinioObjectStoreProps,
  ) {
    this.namespace = props.namespace;
    this.host = `${MINIO_SERVICE}.${props.namespace}.svc`;
    this.endpoint = `https://${this.host}:${this.port}`;
    this.region = props.region;
    this.podLabels = props.tenantLabels;
    this.caSecret = props.caSecret;
  }

  /** Every bucket the setup Job creates, sorted. */
  get buckets(): readonly string[] {
    return [...this.bucketNames].sort();
  }

  bucket(name: string): Bucket {
    if (!BUCKET_NAME.test(name)) {
      throw new Error(`bucket "${name}" is not a valid S3 bucket name (3-63 lower-case letters, digits, "." and "-")`);
    }
    this.bucketNames.add(name);
    return { name, uri: (prefix?: string) => `s3://${name}/${prefix ?? ''}` };
  }

  grant(scope: Construct, consumer: string, namespace: string, grants: readonly BucketGrant[]): S3Credentials {
    return this.grantPolicy(
      scope,
      consumer,
      namespace,
      grants.map((g) => ({ bucket: this.bucket(g.bucket.name).name, access: g.access, ...(g.prefix !== undefined ? { prefix: g.prefix } : {}) })),
    );
  }

  /**
   * A backup target for PostgreSQL databases in `namespace`: each cluster archives to
   * s3://backups/postgres/<namespace>/<cluster>/ with a key limited to that prefix. The
   * target outputs its objects next to each database it is attached to, so `scope` only
   * names the consumer.
   */
  databaseBackups(scope: Construct, namespace: string, options: DatabaseBackupOptions = {}): DatabaseBackupTarget {
    void scope;
    const bucket = this.bucket('backups');
    const prefix = `postgres/${namespace}`;
    return new BarmanCloudBackups({
      ...this.props.databaseBackups,
      ...options,
      endpoint: this.endpoint,
      bucket,
      prefix,
      credentials: (s, consumer, ns) => this.grantPolicy(s, consumer, ns, [{ bucket: bucket.name, access: 'readwrite', prefix }]),
      // The plugin takes the endpoint's CA from a Secret: the bundle's Secret copy there.
      endpointCa: (s, ns) => {
        const ca = trustIn(s, ns, this.props.authority.trust).secretKeyRef;
        return { secretName: ca.name, key: ca.key };
      },
      onAttach: (database) => this.backedUp.push(database),
    });
  }

  backedUpDatabases(): readonly BackedUpDatabase[] {
    return [...this.backedUp];
  }

  private grantPolicy(scope: Construct, consumer: string, namespace: string, grants: readonly PolicyGrant[]): S3Credentials {
    assertDnsLabel(consumer, 'object-store consumer');
    if (grants.length === 0) {
      throw new Error(`object-store grant to ${consumer}: give at least one bucket`);
    }
    if (this.consumerList.some((c) => c.consumer === consumer)) {
      throw new Error(`object-store consumer "${consumer}" is granted twice; give each consumer one grant with all its buckets`);
    }
    // Validates the grants now (prefix syntax), not when the Job renders.
    policyDocument(grants);
    const secret = new PlatformSecret(scope, `s3-${consumer}`, {
      name: `${consumer}-s3`,
      namespace,
      keys: { accessKey: { generate: { length: 20 } }, secretKey: { generate: { length: 40 } } },
      readers: [consumer],
      description: `object-store access key of ${consumer} (${describeGrants(grants)})`,
    });
    const copy = new PlatformSecret(this.chart, `user-${consumer}`, {
      name: `s3-user-${consumer}`,
      namespace: this.namespace,
      keys: { accessKey: { sameAs: secret.ref('accessKey') }, secretKey: { sameAs: secret.ref('secretKey') } },
      readers: ['minio-setup job'],
      description: `the object-store user of ${consumer}, created by the setup Job`,
    });
    this.consumerList.push({ consumer, namespace, grants, secretName: copy.name });
    this.allowConsumer(scope, namespace);
    return { secret, accessKeyKey: 'accessKey', secretKeyKey: 'secretKey' };
  }

  /** Opens the network path: the consumer's namespace to the servers' S3 port, both ends. */
  private allowConsumer(scope: Construct, namespace: string): void {
    const port = k8s.IntOrString.fromNumber(MINIO_POD_PORT);
    if (namespace !== this.namespace && !this.chart.node.tryFindChild(`allow-from-${namespace}`)) {
      new k8s.KubeNetworkPolicy(this.chart, `allow-from-${namespace}`, {
        metadata: { name: resourceName('allow-from', namespace), namespace: this.namespace },
        spec: {
          podSelector: { matchLabels: { ...this.podLabels } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } } }], ports: [{ protocol: 'TCP', port }] }],
        },
      });
    }
    const consumerChart = PlatformChart.of(scope);
    const egressId = `allow-to-object-store-${namespace}`;
    if (!consumerChart.node.tryFindChild(egressId)) {
      new k8s.KubeNetworkPolicy(consumerChart, egressId, {
        metadata: { name: 'allow-to-object-store', namespace },
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [
            {
              to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': this.namespace } }, podSelector: { matchLabels: { ...this.podLabels } } }],
              ports: [{ protocol: 'TCP', port }],
            },
          ],
        },
      });
    }
  }

  /** The policy document of one consumer (what the setup Job installs). */
  policyOf(consumer: string): ReturnType<typeof policyDocument> {
    const found = this.consumerList.find((c) => c.consumer === consumer);
    if (!found) {
      throw new Error(`object-store consumer "${consumer}" has no grant`);
    }
    return policyDocument(found.grants);
  }

  /** @internal the consumers with their secret names, for the setup Job. */
  setupConsumers(): readonly ConsumerGrant[] {
    return this.consumerList;
  }
}

function describeGrants(grants: readonly PolicyGrant[]): string {
  return grants.map((g) => `${g.access} ${g.bucket}${g.prefix ? `/${g.prefix}` : ''}`).join(', ');
}

/** Name of the policy (and of its file in the setup ConfigMap) of a consumer. */
export function policyName(consumer: string): string {
  return `lakeplane-${consumer}`;
}

interface MinioSetupJobProps {
  readonly namespace: string;
  readonly store: MinioObjectStore;
  readonly image: string;
  readonly rootConfigSecret: string;
  readonly caSecret: string;
  readonly tenantLabels: Readonly<Record<string, string>>;
  readonly lifecycle: MinioChart['lifecycle'];
}

/**
 * The setup Job (PostSync hook, every sync, idempotent): buckets, the bronze lifecycle rules,
 * one policy and one user per consumer. Its ConfigMap and volumes are rendered lazily so that
 * grants made by components built after the object store are included.
 */
class MinioSetupJob extends Construct {
  constructor(scope: Construct, id: string, props: MinioSetupJobProps) {
    super(scope, id);
    const name = 'minio-setup';
    const store = props.store;
    const files = (): Record<string, string> => {
      const data: Record<string, string> = {
        'setup.sh': setupScript(store, props.lifecycle),
        buckets: `${store.buckets.join('\n')}\n`,
        [`lifecycle-${props.lifecycle.bucket}.json`]: `${JSON.stringify(lifecycleConfiguration(props.lifecycle.rules), null, 2)}\n`,
      };
      for (const c of store.setupConsumers()) {
        data[`${policyName(c.consumer)}.json`] = `${JSON.stringify(policyDocument(c.grants), null, 2)}\n`;
      }
      return data;
    };
    new k8s.KubeConfigMap(this, 'config', {
      metadata: { name, namespace: props.namespace },
      data: Lazy.any({ produce: files }),
    });

    const volumes = (): k8s.Volume[] => [
      { name: 'setup', configMap: { name } },
      { name: 'root', secret: { secretName: props.rootConfigSecret } },
      { name: 'ca', secret: { secretName: props.caSecret, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      {
        name: 'users',
        projected: {
          sources: store.setupConsumers().map((c) => ({
            secret: {
              name: c.secretName,
              items: [
                { key: 'accessKey', path: `${c.consumer}/accessKey` },
                { key: 'secretKey', path: `${c.consumer}/secretKey` },
              ],
            },
          })),
        },
      },
    ];
    const spec = podSpec({
      restartPolicy: 'OnFailure',
      containers: [
        container({
          name: 'mc',
          image: props.image,
          size: { cpu: 0.1, memoryGiB: 0.25 },
          command: ['/bin/sh', '/setup/setup.sh'],
          env: [
            { name: 'S3_ENDPOINT', value: store.endpoint },
            { name: 'HOME', value: '/tmp' },
          ],
          volumeMounts: [
            { name: 'setup', mountPath: '/setup', readOnly: true },
            { name: 'root', mountPath: '/root-config', readOnly: true },
            { name: 'ca', mountPath: '/ca', readOnly: true },
            { name: 'users', mountPath: '/users', readOnly: true },
          ],
          probes: 'run-to-completion',
        }),
      ],
    });
    const job = new k8s.KubeJob(this, 'job', {
      metadata: { name, namespace: props.namespace, labels: { 'app.kubernetes.io/name': name } },
      spec: {
        backoffLimit: 10,
        activeDeadlineSeconds: 1800,
        template: {
          metadata: { labels: { 'app.kubernetes.io/name': name } },
          spec: { ...spec, volumes: Lazy.any({ produce: () => [...volumes(), ...(spec.volumes ?? [])] }) },
        },
      },
    });
    postSyncHook(job);
    setWave(job as ApiObject, ObjectWave.JOBS);

    new k8s.KubeNetworkPolicy(this, 'egress', {
      metadata: { name: resourceName('allow', name), namespace: props.namespace },
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/name': name } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ podSelector: { matchLabels: { ...props.tenantLabels } } }],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(MINIO_POD_PORT) }],
          },
        ],
      },
    });
  }
}

/** The setup script: every step is idempotent (mb --ignore-existing, ilm import, policy create, user add). */
function setupScript(store: MinioObjectStore, lifecycle: MinioChart['lifecycle']): string {
  const rules = lifecycle.rules.map((r) => `${r.prefix} after ${r.days} days`).join(', ');
  const lines = [
    '#!/bin/sh',
    '# Generated by lakeplane: buckets, lifecycle, one policy and user per consumer. Idempotent.',
    'set -eu',
    'MC="mc --config-dir /tmp/mc --quiet --no-color"',
    'mkdir -p /tmp/mc/certs/CAs',
    'cp /ca/ca.crt /tmp/mc/certs/CAs/platform-ca.crt',
    '. /root-config/config.env',
    'tries=0',
    'until $MC alias set lake "$S3_ENDPOINT" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null && $MC admin info lake >/dev/null; do',
    '  tries=$((tries + 1))',
    '  if [ "$tries" -ge 60 ]; then echo "object store not ready after 10 minutes" >&2; exit 1; fi',
    '  sleep 10',
    'done',
    'while read -r bucket; do',
    '  [ -n "$bucket" ] && $MC mb --ignore-existing "lake/$bucket"',
    'done < /setup/buckets',
    `# ${lifecycle.bucket}: raw files expire (${rules}); tables are never expired here. Replaces the bucket's lifecycle configuration.`,
    `$MC ilm import lake/${lifecycle.bucket} < /setup/lifecycle-${lifecycle.bucket}.json`,
    'attach() {',
    '  out=$($MC admin policy attach lake "$1" --user "$2" 2>&1) || case "$out" in *"already"*) ;; *) echo "$out" >&2; return 1 ;; esac',
    '}',
  ];
  for (const c of store.setupConsumers()) {
    const policy = policyName(c.consumer);
    lines.push(
      `# ${c.consumer} (${c.namespace}): ${describeGrants(c.grants)}`,
      `$MC admin policy create lake ${policy} /setup/${policy}.json`,
      `$MC admin user add lake "$(cat /users/${c.consumer}/accessKey)" "$(cat /users/${c.consumer}/secretKey)"`,
      `attach ${policy} "$(cat /users/${c.consumer}/accessKey)"`,
    );
  }
  lines.push('echo "object store set up: $(wc -l < /setup/buckets) buckets, ' + `${store.setupConsumers().length}` + ' consumers"', '');
  return lines.join('\n');
}

export const minioComponent = defineComponent<'minio'>({
  alerts: [OBJECT_STORE_ALERTS],
  dashboards: [OBJECT_STORE_DASHBOARD],
  id: 'minio',
  phase: 1,
  layer: 'storage',
  description: 'Object store (MinIO tenant): bronze, silver, gold and backups buckets, one key per consumer',
  holdsData: 'every object of the data lake (bronze, silver and gold tables) and the PostgreSQL backups',
  images: ['minio'],
  dependsOn: () => ['minio-operator', 'cert-manager'],
  build(ctx) {
    const chart = new MinioChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.minio,
      operator: ctx.handles.get('minio-operator'),
      authority: ctx.handles.get('cert-manager'),
      databaseBackups: ctx.config.components.minio?.databaseBackups,
    });
    return { charts: [chart], handle: chart.handle };
  },
});
