/**
 * Nessie GC: the catalog's garbage collection, a nightly CronJob of the nessie component.
 *
 * Iceberg's own expire_snapshots and remove_orphan_files know one table history only, while a
 * Nessie table has one per branch and tag; Nessie marks its tables gc.enabled=false so that
 * they refuse (nessie 0.108.4, IcebergApiV1TableResource; apache/iceberg#5718). Nessie GC
 * walks every reference instead (`nessie-gc gc`: mark, then sweep; site/docs/guides/management.md):
 *
 * - mark: on every branch and tag, the newest commit and every commit younger than the cutoff
 *   are live, and so is everything the oldest of them can read (gc/identify/IdentifyLiveContents:
 *   "the HEAD commit is always live", "all content reachable from the last live commit"). No
 *   table as any reference sees it today, or saw it within the cutoff, loses a file.
 * - sweep: files under the live tables' locations that no live snapshot names are orphans.
 *   Files written in the last day are never taken (--max-file-modification), so a write not yet
 *   committed when the mark ran keeps its files.
 * - by default deletion is deferred (--defer-deletes): the orphans are recorded in the live-set
 *   database, and a person reviews and deletes them (nessie-gc list-deferred, deferred-deletes),
 *   as upstream advises before trusting a deployment with immediate deletion.
 *
 * Least privilege: its own ServiceAccount (no API token mounted), its own OIDC client (client
 * credentials), an object-store key for the warehouse buckets only, its own PostgreSQL for the
 * live sets, egress to exactly those, and a restricted pod.
 */
import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { NessieConfig } from './config';
import type { IngressController } from '../../constructs/ingress';
import { selectorLabels } from '../../constructs/labels';
import type { PlatformNamespace } from '../../constructs/namespace';
import type { Bucket, ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize } from '../../constructs/resources';
import { container, podSpec } from '../../constructs/workload';
import type { IdentityProvider } from '../keycloak/handle';

export type NessieGcConfig = NonNullable<NessieConfig['gc']>;

/** What a JVM needs to trust the platform CA (the catalog's own trust store, reused). */
export interface JvmTrust {
  /** Containers that prepare the trust store before the JVM starts. */
  readonly initContainers: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly volumes: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly volumeMounts: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly jvmOptions: readonly string[];
}

export interface NessieGcProps {
  /** The catalog's namespace; the job runs there. */
  readonly namespace: PlatformNamespace;
  /** @default - enabled, nightly at 05:00, 7 days, deferred deletion, the profile's size */
  readonly config?: NessieGcConfig;
  /** Nessie API v2 of the catalog. */
  readonly nessieUri: string;
  readonly nessiePodLabels: Readonly<Record<string, string>>;
  readonly nessiePort: number;
  /** The warehouse buckets: the only ones the job's key may touch. */
  readonly warehouses: readonly Bucket[];
  readonly objectStore: ObjectStore;
  readonly postgres: PostgresOperator;
  /** Issues the job's tokens (client credentials) for the Nessie API. */
  readonly identity: IdentityProvider;
  /** The issuer's public address goes through the ingress controller. */
  readonly ingress: IngressController;
  readonly trust: JvmTrust;
}

/** Name of the job, its ServiceAccount, OIDC client and object-store consumer. */
export const NESSIE_GC = 'nessie-gc';
/** Files modified within this many hours are never deleted (writes not yet committed). */
export const GC_MIN_FILE_AGE_HOURS = 24;
/** Where the nessie-gc image has its tool (ENTRYPOINT java -jar /nessie-gc.jar). */
const GC_JAR = '/nessie-gc.jar';
/** The image's user (tools/dockerbuild/docker/Dockerfile-gctool). */
const GC_UID = 10000;
const GC_GID = 10001;

export class NessieGc extends Construct {
  readonly schedule: string;
  readonly cutoffDays: number;
  readonly deletion: 'deferred' | 'immediate';
  readonly podLabels: Readonly<Record<string, string>>;
  readonly database: PostgresDatabase;
  readonly cronJob: ApiObject;
  /** The gc command's arguments (after `java -jar /nessie-gc.jar`). */
  readonly args: readonly string[];

  constructor(scope: Construct, id: string, props: NessieGcProps) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    const config = props.config ?? {};
    const production = chart.common.profile === 'production';
    this.schedule = config.schedule ?? '0 5 * * *';
    this.cutoffDays = config.cutoffDays ?? 7;
    this.deletion = config.deletion ?? 'deferred';
    const size: ContainerSize = config.size ?? (production ? { cpu: 1, memoryGiB: 2 } : { cpu: 0.25, memoryGiB: 1 });
    if (!Number.isInteger(this.cutoffDays) || this.cutoffDays < 1) {
      throw new Error(`nessie.gc.cutoffDays must be an integer >= 1 (got ${this.cutoffDays}): a cutoff of 0 would leave only each branch's newest commit live`);
    }
    if (props.warehouses.length === 0) {
      throw new Error('nessie.gc: no warehouse bucket to clean; the job needs the buckets the catalog writes tables to');
    }
    const namespace = props.namespace.name;
    this.podLabels = selectorLabels(chart.component, NESSIE_GC);

    // The live-content sets and the deferred deletes. Not backed up: every run marks afresh,
    // and a lost list of deferred deletes is found again by the next run.
    this.database = new PostgresDatabase(this, 'database', {
      name: 'nessie-gc-db',
      namespace,
      database: 'nessie_gc',
      owner: 'nessie_gc',
      instances: 1,
      size: { cpu: 0.25, memoryGiB: 0.5 },
      storageGiB: production ? 5 : 2,
      operator: props.postgres,
    });

    const s3 = props.objectStore.grant(this, NESSIE_GC, namespace, props.warehouses.map((bucket) => ({ bucket, access: 'readwrite' as const })));
    const oidc = props.identity.addClient(this, NESSIE_GC, { namespace, name: 'Nessie GC', redirectUris: [], serviceAccount: true });
    if (!oidc.secret) {
      throw new Error('nessie.gc: the OIDC client must be confidential (it gets its tokens with its client secret)');
    }

    this.args = [
      'gc',
      `--uri=${props.nessieUri}`,
      // The client secret comes from NESSIE_AUTHENTICATION_OAUTH2_CLIENT_SECRET (the Nessie
      // client reads its settings from the environment too: NessieClientConfigSources).
      `--nessie-option=nessie.authentication.type=OAUTH2,nessie.authentication.oauth2.issuer-url=${oidc.issuerUrl},nessie.authentication.oauth2.client-id=${oidc.clientId},nessie.authentication.oauth2.grant-type=client_credentials`,
      `--default-cutoff=P${this.cutoffDays}D`,
      // Iceberg's S3FileIO; the key comes from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
      `--iceberg=s3.endpoint=${props.objectStore.endpoint},s3.path-style-access=${props.objectStore.pathStyle},client.region=${props.objectStore.region}`,
      // User and password from NESSIE_GC_JDBC_USER / NESSIE_GC_JDBC_PASSWORD (the tool's
      // environment defaults, "NESSIE_GC_" + option name).
      '--jdbc',
      `--jdbc-url=${this.database.jdbcUrl}`,
      '--jdbc-schema=CREATE_IF_NOT_EXISTS',
      ...(this.deletion === 'deferred' ? ['--defer-deletes'] : []),
    ];
    // --max-file-modification takes an instant: computed at start, one day back.
    const script = `exec java -jar ${GC_JAR} "$@" --max-file-modification="$(date -u -d "-${GC_MIN_FILE_AGE_HOURS} hours" +%Y-%m-%dT%H:%M:%SZ)"`;

    const gc = container({
      name: NESSIE_GC,
      image: chart.common.images.ref('nessieGc'),
      size,
      command: ['/bin/sh', '-c', script, NESSIE_GC],
      args: [...this.args],
      env: [
        { name: 'JAVA_TOOL_OPTIONS', value: ['-XX:MaxRAMPercentage=75', ...props.trust.jvmOptions].join(' ') },
        { name: 'NESSIE_AUTHENTICATION_OAUTH2_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: oidc.secret.name, key: oidc.secret.key } } },
        { name: 'NESSIE_GC_JDBC_USER', valueFrom: { secretKeyRef: { name: this.database.secretName, key: 'username' } } },
        { name: 'NESSIE_GC_JDBC_PASSWORD', valueFrom: { secretKeyRef: { name: this.database.secretName, key: 'password' } } },
        { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: s3.secret.name, key: s3.accessKeyKey } } },
        { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: s3.secret.name, key: s3.secretKeyKey } } },
      ],
      probes: 'run-to-completion',
    });
    const account = new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: { name: NESSIE_GC, namespace },
      automountServiceAccountToken: false,
    });
    const pod = podSpec({ containers: [gc], serviceAccountName: account.name, restartPolicy: 'Never' });
    const spec: k8s.CronJobSpec = {
      schedule: this.schedule,
      timeZone: 'Etc/UTC',
      // One run at a time; a missed run waits for the next night.
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 1,
          activeDeadlineSeconds: 6 * 3600,
          template: {
            metadata: { labels: this.podLabels },
            spec: {
              ...pod,
              // It calls no Kubernetes API; and no Service variables (the Nessie client reads NESSIE_* from the environment).
              automountServiceAccountToken: false,
              enableServiceLinks: false,
              securityContext: { ...pod.securityContext, runAsUser: GC_UID, runAsGroup: GC_GID, fsGroup: GC_GID },
            },
          },
        },
      },
    };
    // The trust store's pieces are plain objects, shared with the catalog's chart values: the
    // typed spec is turned into JSON first, then they are added as copies.
    const json = k8s.toJson_CronJobSpec(spec) as { jobTemplate: { spec: { template: { spec: Record<string, unknown> & { containers: Array<Record<string, unknown>>; volumes: unknown[] } } } } };
    const podJson = json.jobTemplate.spec.template.spec;
    const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    if (props.trust.initContainers.length > 0) {
      podJson.initContainers = copy(props.trust.initContainers);
    }
    podJson.volumes = [...podJson.volumes, ...copy(props.trust.volumes)];
    const main = podJson.containers[0];
    main.volumeMounts = [...((main.volumeMounts as unknown[] | undefined) ?? []), ...copy(props.trust.volumeMounts)];
    this.cronJob = new ApiObject(this, 'cronjob', {
      ...k8s.KubeCronJob.GVK,
      metadata: { name: NESSIE_GC, namespace, labels: this.podLabels },
      spec: json,
    });

    // Network: the catalog's API, the live-set database, the issuer (directly and through the
    // ingress controller); the object store is opened by the grant.
    const ns = props.namespace;
    const own = { ...this.podLabels };
    // allow-to-nessie-api (the job's pods) and allow-from-nessie-gc (the catalog's pods).
    ns.allowEgress('nessie-api', { podLabels: own, peers: [{ podLabels: { ...props.nessiePodLabels } }], ports: [props.nessiePort] });
    ns.allowIngress(NESSIE_GC, { podLabels: { ...props.nessiePodLabels }, peers: [{ podLabels: own }], ports: [props.nessiePort] });
    ns.allowEgress('nessie-gc-db', { podLabels: own, peers: [{ podLabels: { ...this.database.podLabels } }], ports: [this.database.port] });
    ns.allowEgress('identity-for-gc', {
      podLabels: own,
      peers: [
        { namespace: props.identity.namespace, podLabels: { ...props.identity.podLabels } },
        { namespace: props.ingress.namespace, podLabels: { ...props.ingress.podLabels } },
      ],
    });
  }
}
