/**
 * PostgresDatabase: a component's own PostgreSQL, as a CloudNativePG Cluster in the
 * component's namespace. HA (primary + standby) when instances >= 2, required anti-affinity,
 * CloudNativePG's own PodDisruptionBudgets, resources, storage class, metrics, and the
 * operator-generated application credentials handed to the consumer as a typed handle.
 *
 * Backups plug in through `backup`: the lakehouse-core object store provides a
 * DatabaseBackupTarget and the construct wires WAL archiving and scheduled base backups.
 *
 * PostgreSQL major version: the `postgres` image of versions.ts (the architecture document
 * asks for 14 or newer; a test holds it to that).
 */
import { JsonPatch } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  Cluster,
  ClusterSpecPrimaryUpdateStrategy,
  ClusterSpecResourcesLimits,
  ClusterSpecResourcesRequests,
} from '../imports/postgresql.cnpg.io_cluster-postgresql.cnpg.io';
import { ObjectWave, protectData, setWave } from '../argocd/sync';
import { PodMetrics } from './metrics';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';
import { ContainerSize, assertSize, memoryQuantity, toResources } from './resources';

/** What the CloudNativePG operator component hands out. */
export interface PostgresOperator {
  readonly namespace: string;
  /** Labels of the operator pods (they call each instance's status port). */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** The connection a consumer gets. Credentials are the operator-generated `<cluster>-app` secret. */
export interface DatabaseHandle {
  /** Cluster name. */
  readonly clusterName: string;
  readonly namespace: string;
  /** Read-write service host (the primary). */
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly owner: string;
  /** Secret with keys username, password, host, port, dbname, uri, jdbc-uri. */
  readonly secretName: string;
  /** jdbc:postgresql://host:port/database */
  readonly jdbcUrl: string;
  /** Labels of the database pods, for NetworkPolicies of clients. */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** Where a database's backups go; implemented by the object-store integration. */
export interface DatabaseBackupTarget {
  /**
   * Wires archiving and scheduled backups into the cluster being built: returns the fields
   * merged into the Cluster's spec (e.g. `plugins`), and may add its own objects (ObjectStore,
   * ScheduledBackup, egress NetworkPolicy) under `scope`. Called before `db.cluster` exists;
   * every other field of `db` is set.
   */
  attach(scope: Construct, db: PostgresDatabase): Record<string, unknown>;
}

/**
 * How a restore of this database is known to be good: a query over the component's own data
 * that answers a single boolean, true when the data a restore brings back is the component's
 * (Keycloak's realm table holds the platform realm, Nessie's references hold the default
 * branch). The component declares it next to its database; the restore drill runs it on the
 * scratch copy, never on the live cluster.
 */
export interface DatabaseVerification {
  /** What the query proves, one line, e.g. "the realm table holds the lakeplane realm". */
  readonly description: string;
  /** A read-only SQL query answering one row with one boolean column, true when the data is good. */
  readonly query: string;
}

/** PostgreSQL identifiers the construct accepts for database and owner names. */
const PG_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The label CloudNativePG puts on every pod of a cluster: instances and its Jobs. */
export const CLUSTER_LABEL = 'cnpg.io/cluster';

/** Labels CloudNativePG puts on the instance pods of a cluster (not on its Jobs or poolers). */
export function instancePodLabels(clusterName: string): Record<string, string> {
  return { [CLUSTER_LABEL]: clusterName, 'cnpg.io/podRole': 'instance' };
}

/** Ports of a CloudNativePG instance pod. */
export const CNPG_PORTS = { postgres: 5432, status: 8000, metrics: 9187 } as const;

export interface PostgresDatabaseProps {
  /** Cluster name, e.g. "keycloak-db". */
  readonly name: string;
  readonly namespace: string;
  /** Application database name. */
  readonly database: string;
  /** Application database owner. */
  readonly owner: string;
  /** Number of instances: 1 primary + (n-1) standbys (the architecture document's primary + standby). @default 2 */
  readonly instances?: number;
  /** Per-instance size. @default { cpu: 1, memoryGiB: 2 } */
  readonly size?: ContainerSize;
  /** Data volume size in GiB. @default 20 */
  readonly storageGiB?: number;
  /** Storage class. @default - the environment's default storage class */
  readonly storageClass?: string;
  readonly operator: PostgresOperator;
  /** Backup target. @default - no backups (the object store adds them) */
  readonly backup?: DatabaseBackupTarget;
  /**
   * The query a restore drill runs on a restored copy to prove the data came back. Every
   * backed-up database needs one (the restore drills refuse a database without it).
   * @default - none
   */
  readonly verification?: DatabaseVerification;
}

export class PostgresDatabase extends Construct implements DatabaseHandle {
  readonly clusterName: string;
  readonly namespace: string;
  readonly host: string;
  readonly port = 5432;
  readonly database: string;
  readonly owner: string;
  readonly secretName: string;
  /** The Secret of the CA CloudNativePG made for the cluster (ca.crt signs the server certificate). */
  readonly caSecretName: string;
  readonly jdbcUrl: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly instances: number;
  readonly storageClass: string;
  readonly storageGiB: number;
  readonly size: ContainerSize;
  readonly verification?: DatabaseVerification;
  readonly cluster: Cluster;

  constructor(scope: Construct, id: string, props: PostgresDatabaseProps) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    const instances = props.instances ?? 2;
    const size = props.size ?? { cpu: 1, memoryGiB: 2 };
    const storageGiB = props.storageGiB ?? 20;
    const storageClass = props.storageClass ?? chart.common.storageClasses.default;
    if (!Number.isInteger(instances) || instances < 1) {
      throw new Error(`${props.name}.instances must be an integer >= 1 (got ${instances})`);
    }
    if (!Number.isInteger(storageGiB) || storageGiB < 1) {
      throw new Error(`${props.name}.storageGiB must be an integer >= 1 (got ${storageGiB})`);
    }
    for (const [field, value] of [['database', props.database], ['owner', props.owner]] as const) {
      if (!PG_IDENTIFIER.test(value)) {
        throw new Error(`${props.name}.${field} must be a PostgreSQL identifier: lower-case letters, digits and "_", not starting with a digit (got "${value}")`);
      }
    }
    assertSize(size, props.name);

    this.clusterName = resourceName(props.name);
    this.namespace = props.namespace;
    this.database = props.database;
    this.owner = props.owner;
    this.instances = instances;
    this.storageClass = storageClass;
    this.storageGiB = storageGiB;
    this.size = size;
    if (props.verification) {
      assertVerification(props.verification, props.name);
      this.verification = props.verification;
    }
    this.host = `${this.clusterName}-rw.${this.namespace}.svc`;
    this.secretName = `${this.clusterName}-app`;
    this.caSecretName = `${this.clusterName}-ca`;
    this.jdbcUrl = `jdbc:postgresql://${this.host}:${this.port}/${this.database}`;
    this.podLabels = instancePodLabels(this.clusterName);

    const resources = toResources(size);
    // The backup target's PostgreSQL parameters (archive_timeout) join the construct's own.
    const { postgresql: backupPostgresql, ...backupSpec } = (props.backup?.attach(this, this) ?? {}) as { postgresql?: { parameters?: Record<string, string> } };
    this.cluster = new Cluster(this, 'cluster', {
      metadata: { name: this.clusterName, namespace: this.namespace },
      spec: {
        instances,
        imageName: chart.common.images.ref('postgres'),
        primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        // CloudNativePG's primary PDB on a single instance would block every node drain.
        enablePdb: instances >= 2,
        enableSuperuserAccess: false,
        bootstrap: { initdb: { database: this.database, owner: this.owner } },
        storage: { size: memoryQuantity(storageGiB), storageClass },
        resources: {
          requests: {
            cpu: ClusterSpecResourcesRequests.fromString(resources.requests.cpu),
            memory: ClusterSpecResourcesRequests.fromString(resources.requests.memory),
          },
          limits: {
            memory: ClusterSpecResourcesLimits.fromString(resources.limits.memory),
            ...(resources.limits.cpu ? { cpu: ClusterSpecResourcesLimits.fromString(resources.limits.cpu) } : {}),
          },
        },
        affinity: { enablePodAntiAffinity: true, podAntiAffinityType: 'required', topologyKey: 'kubernetes.io/hostname' },
        postgresql: { parameters: { shared_buffers: memoryQuantity(Math.max(0.125, size.memoryGiB / 4)).replace('Gi', 'GB').replace('Mi', 'MB'), ...backupPostgresql?.parameters } },
        ...backupSpec,
      },
    });
    protectData(this.cluster, `PostgreSQL cluster ${this.namespace}/${this.clusterName} (database ${this.database})`);
    setWave(this.cluster, ObjectWave.STORAGE);

    new PodMetrics(this, 'metrics', {
      name: this.clusterName,
      namespace: this.namespace,
      selector: this.podLabels,
      port: 'metrics',
      portNumber: CNPG_PORTS.metrics,
    });

    // Clients in the namespace (replication between instances included) and the operator's
    // calls to the status port; Prometheus is let in by PodMetrics above. The policy covers
    // every pod of the cluster, the operator's bootstrap Jobs too (initdb, and the join Job
    // that clones a standby from the primary), which carry the cluster label but not the
    // instance role.
    new k8s.KubeNetworkPolicy(this, 'netpol', {
      metadata: { name: resourceName('allow', this.clusterName), namespace: this.namespace },
      spec: {
        podSelector: { matchLabels: { [CLUSTER_LABEL]: this.clusterName } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: [{ podSelector: {} }], ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(this.port) }] },
          {
            from: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.operator.namespace } },
                podSelector: { matchLabels: { ...props.operator.podLabels } },
              },
            ],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(CNPG_PORTS.status) }],
          },
        ],
        egress: [
          { to: [{ podSelector: { matchLabels: { ...this.podLabels } } }], ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(this.port) }] },
          // The instance manager talks to the Kubernetes API server.
          { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(443) }, { protocol: 'TCP', port: k8s.IntOrString.fromNumber(6443) }] },
        ],
      },
    });

    chart.declareWorkload({ name: this.clusterName, replicas: instances, size });
    chart.declareVolumes({ name: this.clusterName, count: instances, sizeGiB: storageGiB, storageClass });
  }

  private readonly readers: string[] = [];

  /**
   * A login role that reads every table and writes none (PostgreSQL's predefined
   * pg_read_all_data), managed by CloudNativePG (spec.managed.roles) with its password from
   * `passwordSecret` in the cluster's namespace, a Secret with the keys `username` (the role's
   * name, which CloudNativePG checks) and `password`.
   */
  addReadOnlyRole(name: string, passwordSecret: string, comment: string): void {
    if (!PG_IDENTIFIER.test(name)) {
      throw new Error(`${this.clusterName}: read-only role must be a PostgreSQL identifier: lower-case letters, digits and "_", not starting with a digit (got "${name}")`);
    }
    if (name === this.owner || this.readers.includes(name)) {
      throw new Error(`${this.clusterName}: role "${name}" exists already (the owner or another reader); give each reader its own role`);
    }
    const role = { name, ensure: 'present', login: true, inherit: true, superuser: false, createdb: false, createrole: false, replication: false, bypassrls: false, connectionLimit: 5, comment, inRoles: ['pg_read_all_data'], passwordSecret: { name: passwordSecret } };
    this.cluster.addJsonPatch(this.readers.length === 0 ? JsonPatch.add('/spec/managed', { roles: [role] }) : JsonPatch.add('/spec/managed/roles/-', role));
    this.readers.push(name);
  }

  /** A client may reach this database (adds nothing when the client is in the same namespace). */
  get handle(): DatabaseHandle {
    return this;
  }
}

/**
 * Checks a verification query: one statement, read-only by its first word (SELECT or WITH),
 * no statement separator. The drill also runs it in a read-only transaction.
 */
export function assertVerification(verification: DatabaseVerification, name: string): void {
  const query = verification.query.trim();
  if (!/^(select|with)\s/i.test(query)) {
    throw new Error(`${name}.verification.query must be a read-only SELECT (got "${query.slice(0, 40)}")`);
  }
  if (query.includes(';')) {
    throw new Error(`${name}.verification.query must be a single statement without ";" (got "${query.slice(0, 40)}")`);
  }
  if (!verification.description.trim()) {
    throw new Error(`${name}.verification.description must say what the query proves`);
  }
}
