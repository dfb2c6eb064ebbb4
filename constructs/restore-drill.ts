/**
 * Restore drills: a backup is only known to work once it has been restored. A drill is a
 * CronJob that restores the newest backup into a scratch place, proves the data came back,
 * records how long it took and how far behind the recovered point was, and removes the
 * scratch copy. Its result is a small Prometheus text file in a ConfigMap of the drill
 * namespace, which the drill exporter serves (see RestoreDrillExporter).
 *
 * Two drills, built from what the backups are:
 *
 * - PostgresRestoreDrill: a scratch CloudNativePG Cluster bootstrapped by `recovery` from the
 *   Barman Cloud backups of one live database, through a read-only ObjectStore of its own; the
 *   component's verification query runs on it; it is deleted afterwards.
 * - VeleroRestoreDrill: the newest completed backup of the daily schedule, restored with
 *   namespace mapping into drill namespaces: the chosen namespaces' objects (inert kinds only:
 *   nothing that runs or serves traffic) and the backup canary, whose volume carries a marker
 *   file written before the backup; the marker must come back.
 *
 * These constructs know nothing of components: whoever runs the drills hands them the
 * backed-up databases (as the object store recorded them) and the backup service's names.
 *
 * Upstream facts used here (pinned versions):
 * - Cluster.spec.bootstrap.recovery {source, database, owner, recoveryTarget.targetTime} and
 *   externalClusters[].plugin {name, parameters} (postgresql.cnpg.io CRD, CloudNativePG 1.30);
 *   the Barman Cloud plugin's parameters `barmanObjectName` and `serverName` (plugin v0.13
 *   docs, "Restore"); `source` names the external cluster, and serverName the folder of the
 *   backups, which is the live cluster's name.
 * - A cluster that lists no plugin in `spec.plugins` archives no WAL: the scratch copy writes
 *   nothing to the bucket, and its key could not (read-only policy).
 * - PostgreSQL logs "last completed transaction was at log time ..." when recovery ends
 *   (xlogrecovery.c): the recovered point, read from the recovery Job's log.
 * - Velero Restore.spec {backupName, includedNamespaces, namespaceMapping, includedResources,
 *   includeClusterResources, existingResourcePolicy, restorePVs} and status {phase, errors, warnings,
 *   progress.itemsRestored, progress.totalItems} (velero.io CRD, Velero 1.18); restored objects
 *   carry the label velero.io/restore-name.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { CronExpressionParser } from 'cron-parser';
import { ObjectStore as BarmanObjectStore } from '../imports/barmancloud.cnpg.io_objectstore-barmancloud.cnpg.io';
import { Restore } from '../imports/velero.io_restore-velero.io';
import { Cluster, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests } from '../imports/postgresql.cnpg.io_cluster-postgresql.cnpg.io';
import { ObjectWave, setWave } from '../argocd/sync';
import { BARMAN_CLOUD_PLUGIN, BackedUpDatabase } from './database-backups';
import { PlatformNamespace } from './namespace';
import { resourceName } from './naming';
import type { S3Credentials } from './object-store';
import { PlatformChart } from './platform-chart';
import { CLUSTER_LABEL, CNPG_PORTS, PostgresOperator } from './postgres-database';
import { ContainerSize, memoryQuantity, toResources } from './resources';
import { container, podSpec, waive } from './workload';

/** Label of every drill pod, with the drill's id as value (selects them for NetworkPolicies). */
export const DRILL_LABEL = 'lakeplane.io/restore-drill';
/** Label of the ConfigMaps holding a drill's result, which the exporter serves. */
export const RESULT_LABEL = 'lakeplane.io/restore-drill-result';
/** Key of the Prometheus text file in a result ConfigMap. */
export const RESULT_KEY = 'metrics.prom';
/** Placeholder of the recovery target time in a scratch cluster manifest (filled in when the drill starts). */
export const TARGET_TIME_PLACEHOLDER = '__TARGET_TIME__';

/** The metrics a drill writes; one series per drill (labels drill and kind). */
export const DRILL_METRICS = {
  success: 'lakeplane_restore_drill_success',
  lastRun: 'lakeplane_restore_drill_last_run_timestamp_seconds',
  lastSuccess: 'lakeplane_restore_drill_last_success_timestamp_seconds',
  duration: 'lakeplane_restore_drill_duration_seconds',
  lag: 'lakeplane_restore_drill_recovered_point_lag_seconds',
  rto: 'lakeplane_restore_drill_rto_seconds',
  rpo: 'lakeplane_restore_drill_rpo_seconds',
  overdueAfter: 'lakeplane_restore_drill_overdue_after_seconds',
} as const;

export type DrillKind = 'postgres' | 'velero';

/** What a drill is held to. */
export interface DrillTargets {
  /** Recovery time objective: the restore, from start to verified data. */
  readonly rtoMinutes: number;
  /** Recovery point objective: how far behind the drill's start the recovered point may be. */
  readonly rpoMinutes: number;
}

/** What every drill needs from the drills component. */
export interface DrillCommonProps {
  /** The drill namespace: the drill's Job, its result and (PostgreSQL) its scratch cluster. */
  readonly namespace: PlatformNamespace;
  /** CronJob schedule (5 fields, UTC). */
  readonly schedule: string;
  readonly targets: DrillTargets;
  /** Image with sh and kubectl. */
  readonly image: string;
  /** Longest a drill may run before it is stopped and counted as failed. @default 3 * rtoMinutes */
  readonly timeoutMinutes?: number;
}

/** A drill as the exporter and the alerts see it. */
export interface DrillDescription {
  /** Value of the `drill` label. */
  readonly id: string;
  readonly kind: DrillKind;
  readonly schedule: string;
  readonly targets: DrillTargets;
  /** The ConfigMap the drill writes its result to (in the drill namespace). */
  readonly resultConfigMap: string;
  /** Seconds after the last success before the drill is overdue: the longest gap of the schedule plus a day. */
  readonly overdueAfterSeconds: number;
}

const DRILL_SIZE: ContainerSize = { cpu: 0.05, memoryGiB: 0.125 };

/** longestGapSeconds() by schedule: a year of runs costs milliseconds, and every drill of a synth asks. */
const longestGaps = new Map<string, number>();

/** The longest gap between two runs of a 5-field schedule over a year, in seconds. */
export function longestGapSeconds(schedule: string): number {
  let gap = longestGaps.get(schedule);
  if (gap === undefined) {
    gap = walkLongestGap(schedule);
    longestGaps.set(schedule, gap);
  }
  return gap;
}

function walkLongestGap(schedule: string): number {
  const interval = CronExpressionParser.parse(`0 ${schedule}`, { currentDate: new Date('2026-01-01T00:00:00Z'), tz: 'UTC' });
  let previous = interval.next().getTime();
  let longest = 0;
  const end = previous + 366 * 86400_000;
  while (previous < end) {
    const next = interval.next().getTime();
    longest = Math.max(longest, next - previous);
    previous = next;
  }
  return Math.round(longest / 1000);
}

function describe(id: string, kind: DrillKind, props: DrillCommonProps): DrillDescription {
  for (const [field, value] of [['rtoMinutes', props.targets.rtoMinutes], ['rpoMinutes', props.targets.rpoMinutes]] as const) {
    if (!(value > 0)) {
      throw new Error(`restore drill ${id}: targets.${field} must be > 0 (got ${value})`);
    }
  }
  return {
    id,
    kind,
    schedule: props.schedule,
    targets: props.targets,
    resultConfigMap: resourceName('drill-result', id),
    overdueAfterSeconds: longestGapSeconds(props.schedule) + 86400,
  };
}

/** Shell functions every drill script shares: logging, timing and writing the result. */
function commonScript(drill: DrillDescription, namespace: string): string[] {
  const labels = `drill="${drill.id}",kind="${drill.kind}"`;
  return [
    '#!/bin/sh',
    `# Generated by lakeplane: restore drill ${drill.id} (${drill.kind}). Writes its result to ConfigMap ${drill.resultConfigMap}.`,
    'set -eu',
    `NS=${namespace}`,
    `RESULT=${drill.resultConfigMap}`,
    'START=$(date -u +%s)',
    'DURATION=""',
    'LAG=""',
    'SUCCESS=0',
    'say() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $*"; }',
    '# Earlier figures are kept when this run fails: the alerts then see the failure, and the last good duration.',
    'previous() { kubectl -n "$NS" get configmap "$RESULT" -o "jsonpath={.data.metrics\\.prom}" 2>/dev/null | grep "^$1{" | sed "s/^[^ ]* //" || true; }',
    'write_result() {',
    '  now=$(date -u +%s)',
    '  last_success=$(previous ' + DRILL_METRICS.lastSuccess + ')',
    '  if [ "$SUCCESS" = 1 ]; then last_success=$now; else DURATION=${DURATION:-$(previous ' + DRILL_METRICS.duration + ')}; LAG=${LAG:-$(previous ' + DRILL_METRICS.lag + ')}; fi',
    '  {',
    `    printf '%s %s\\n' '${DRILL_METRICS.success}{${labels}}' "$SUCCESS"`,
    `    printf '%s %s\\n' '${DRILL_METRICS.lastRun}{${labels}}' "$now"`,
    `    [ -z "$last_success" ] || printf '%s %s\\n' '${DRILL_METRICS.lastSuccess}{${labels}}' "$last_success"`,
    `    [ -z "$DURATION" ] || printf '%s %s\\n' '${DRILL_METRICS.duration}{${labels}}' "$DURATION"`,
    `    [ -z "$LAG" ] || printf '%s %s\\n' '${DRILL_METRICS.lag}{${labels}}' "$LAG"`,
    '  } > /tmp/metrics.prom',
    `  kubectl -n "$NS" create configmap "$RESULT" --from-file=${RESULT_KEY}=/tmp/metrics.prom --dry-run=client -o yaml \\`,
    `    | kubectl label --local -f - ${RESULT_LABEL}=true -o yaml | kubectl apply -f - >/dev/null`,
    '  say "result: success=$SUCCESS duration=${DURATION:-unknown}s recovered-point-lag=${LAG:-unknown}s"',
    '}',
  ];
}

/** The drill's CronJob, ServiceAccount and token-bearing pod, in the drill namespace. */
function drillJob(scope: Construct, drill: DrillDescription, props: DrillCommonProps, script: string, files: Record<string, string>): k8s.KubeServiceAccount {
  const namespace = props.namespace.name;
  const name = resourceName('restore-drill', drill.id);
  const timeoutMinutes = props.timeoutMinutes ?? 3 * props.targets.rtoMinutes;
  const labels = { [DRILL_LABEL]: drill.id };
  new k8s.KubeConfigMap(scope, 'script', {
    metadata: { name, namespace },
    data: { 'drill.sh': script, ...files },
  });
  const account = new k8s.KubeServiceAccount(scope, 'service-account', {
    metadata: { name, namespace },
    automountServiceAccountToken: false,
  });
  const pod = podSpec({
    serviceAccountName: account.name,
    restartPolicy: 'Never',
    containers: [
      container({
        name: 'drill',
        image: props.image,
        size: DRILL_SIZE,
        command: ['/bin/sh', '/drill/drill.sh'],
        env: [
          { name: 'HOME', value: '/tmp' },
          { name: 'TIMEOUT', value: `${timeoutMinutes * 60}` },
        ],
        volumeMounts: [{ name: 'drill', mountPath: '/drill', readOnly: true }],
        probes: 'run-to-completion',
      }),
    ],
    volumes: [{ name: 'drill', configMap: { name } }],
  });
  new k8s.KubeCronJob(scope, 'cronjob', {
    metadata: { name, namespace, labels },
    spec: {
      schedule: props.schedule,
      timeZone: 'Etc/UTC',
      // One drill at a time; a missed one waits for the next date (the overdue alert tells).
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          // A failed drill is a finding, not something to retry at once.
          backoffLimit: 0,
          // The script stops itself at TIMEOUT and records the failure; this is the backstop.
          activeDeadlineSeconds: timeoutMinutes * 60 + 600,
          template: { metadata: { labels }, spec: { ...pod, enableServiceLinks: false } },
        },
      },
    },
  });
  // The drill talks to the Kubernetes API only (its address is no pod: the API ports anywhere).
  props.namespace.allowEgress(`kube-api-${drill.id}`, { podLabels: labels, peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 6443] });
  return account;
}

function roleFor(scope: Construct, id: string, namespace: string, rules: k8s.PolicyRule[], account: k8s.KubeServiceAccount, accountNamespace: string): void {
  const name = account.name;
  const role = new k8s.KubeRole(scope, `role-${id}`, { metadata: { name, namespace }, rules });
  new k8s.KubeRoleBinding(scope, `binding-${id}`, {
    metadata: { name, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
    subjects: [{ kind: 'ServiceAccount', name, namespace: accountNamespace }],
  });
}

/** The rules every drill has in its own namespace: its result ConfigMap, nothing else of it. */
function resultRules(drill: DrillDescription): k8s.PolicyRule[] {
  return [
    // create cannot be limited to a name (RBAC has no name before the object exists).
    { apiGroups: [''], resources: ['configmaps'], verbs: ['create'] },
    { apiGroups: [''], resources: ['configmaps'], resourceNames: [drill.resultConfigMap], verbs: ['get', 'patch', 'update'] },
  ];
}

export interface PostgresRestoreDrillProps extends DrillCommonProps {
  /** The live database, as its backup target recorded it. */
  readonly source: BackedUpDatabase;
  /** A key that may only read the source's backups, delivered in the drill namespace. */
  readonly credentials: S3Credentials;
  /** The CA bundle that signs the object store's endpoint, in the drill namespace. @default - the public trust store */
  readonly endpointCa?: { readonly name: string; readonly key: string };
  readonly operator: PostgresOperator;
  /**
   * Restore to this many minutes before the drill starts instead of to the newest archived
   * WAL (a point-in-time drill). @default - the newest point (recovery to the end of the WAL)
   */
  readonly pointInTimeMinutesAgo?: number;
  /**
   * Largest size of the scratch instance: the live size, capped here (a restore downloads and
   * replays; it serves no clients). @default { cpu: 1, memoryGiB: 2 }
   */
  readonly maxScratchSize?: ContainerSize;
}

/**
 * The drill of one live PostgreSQL database. Everything it names is in the drill namespace:
 * the scratch cluster, its read-only ObjectStore, its key. The drill's Role is in the drill
 * namespace only, so it cannot reach the live cluster even by mistake.
 */
export class PostgresRestoreDrill extends Construct {
  readonly drill: DrillDescription;
  /** The live database drilled. */
  readonly source: BackedUpDatabase;
  /** Name of the scratch cluster (in the drill namespace). */
  readonly scratchCluster: string;
  /** The scratch cluster as the drill creates it (also in the drill's ConfigMap). */
  readonly clusterManifest: Record<string, unknown>;
  /** The read-only ObjectStore the scratch cluster recovers from. */
  readonly objectStoreName: string;
  readonly verificationSql: string;
  /** Size and volume of the scratch instance while the drill runs. */
  readonly scratchSize: ContainerSize;
  readonly scratchStorageGiB: number;

  constructor(scope: Construct, id: string, props: PostgresRestoreDrillProps) {
    super(scope, id);
    const source = props.source;
    this.source = source;
    const db = source.database;
    const namespace = props.namespace.name;
    if (!source.verification) {
      throw new Error(
        `database ${db.namespace}/${db.clusterName} is backed up but declares no verification query; give its PostgresDatabase a \`verification\` (a SELECT answering true when the restored data is the component's)`,
      );
    }
    if (namespace === db.namespace) {
      throw new Error(`restore drill of ${db.namespace}/${db.clusterName}: the drill namespace must not be the live database's namespace`);
    }
    const drillId = db.clusterName.startsWith(`${db.namespace}-`) || db.clusterName === db.namespace ? db.clusterName : resourceName(db.namespace, db.clusterName);
    this.drill = describe(drillId, 'postgres', props);
    this.scratchCluster = resourceName('drill', drillId);
    this.objectStoreName = resourceName('drill', drillId, 'source');
    if (this.scratchCluster.length > 50) {
      throw new Error(`restore drill ${drillId}: scratch cluster name ${this.scratchCluster} is longer than 50 characters (CloudNativePG adds suffixes); shorten the cluster name`);
    }
    if (props.pointInTimeMinutesAgo !== undefined && !(Number.isInteger(props.pointInTimeMinutesAgo) && props.pointInTimeMinutesAgo >= 1)) {
      throw new Error(`restore drill ${drillId}: pointInTimeMinutesAgo must be an integer >= 1 (got ${props.pointInTimeMinutesAgo})`);
    }

    // Recovery only: no retention policy (retention deletes), and the key is read-only.
    const store = new BarmanObjectStore(this, 'source-store', {
      metadata: { name: this.objectStoreName, namespace },
      spec: {
        configuration: {
          destinationPath: source.destinationPath,
          endpointUrl: source.endpoint,
          endpointCa: props.endpointCa ? { name: props.endpointCa.name, key: props.endpointCa.key } : undefined,
          s3Credentials: {
            accessKeyId: { name: props.credentials.secret.name, key: props.credentials.accessKeyKey },
            secretAccessKey: { name: props.credentials.secret.name, key: props.credentials.secretKeyKey },
          },
          wal: { maxParallel: 4 },
        },
      },
    });
    setWave(store, ObjectWave.SECRETS);

    const cap = props.maxScratchSize ?? { cpu: 1, memoryGiB: 2 };
    this.scratchSize = { cpu: Math.min(source.size.cpu, cap.cpu), memoryGiB: Math.min(source.size.memoryGiB, cap.memoryGiB) };
    this.scratchStorageGiB = source.storageGiB;
    const resources = toResources(this.scratchSize);
    // Typed by the imported CRD, then carried as JSON in the drill's ConfigMap: ArgoCD never
    // applies it, the drill does, into its own namespace.
    const scratch = new Cluster(new Construct(this, 'manifest'), 'cluster', {
      metadata: { name: this.scratchCluster, namespace, labels: { [DRILL_LABEL]: drillId } },
      spec: {
        instances: 1,
        imageName: source.image,
        enablePdb: false,
        enableSuperuserAccess: false,
        bootstrap: {
          recovery: {
            source: 'origin',
            database: db.database,
            owner: db.owner,
            ...(props.pointInTimeMinutesAgo !== undefined ? { recoveryTarget: { targetTime: TARGET_TIME_PLACEHOLDER } } : {}),
          },
        },
        externalClusters: [{ name: 'origin', plugin: { name: BARMAN_CLOUD_PLUGIN, parameters: { barmanObjectName: this.objectStoreName, serverName: source.serverName } } }],
        storage: { size: memoryQuantity(source.storageGiB), storageClass: source.storageClass },
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
      },
    });
    this.clusterManifest = scratch.toJson() as Record<string, unknown>;
    // The scratch cluster is made at run time: the synthesized chart must not carry it.
    this.node.tryRemoveChild('manifest');

    this.verificationSql = `SET default_transaction_read_only = on;\n${source.verification.query.trim()};\n`;
    const script = [
      ...commonScript(this.drill, namespace),
      `CLUSTER=${this.scratchCluster}`,
      `DATABASE=${db.database}`,
      'cleanup() {',
      '  kubectl -n "$NS" delete cluster "$CLUSTER" --ignore-not-found --wait=false >/dev/null || true',
      '}',
      'finish() { status=$?; [ "$status" = 0 ] || SUCCESS=0; cleanup; write_result; exit "$status"; }',
      'trap finish EXIT',
      `say "restore drill of ${db.namespace}/${db.clusterName} (backups ${source.destinationPath}${source.serverName}/) into $NS/$CLUSTER"`,
      '# A scratch cluster left by an interrupted run goes first.',
      'kubectl -n "$NS" delete cluster "$CLUSTER" --ignore-not-found --wait=true --timeout=10m',
      ...(props.pointInTimeMinutesAgo !== undefined
        ? [
            `TARGET=$(date -u -d "@$((START - ${props.pointInTimeMinutesAgo * 60}))" +%Y-%m-%dT%H:%M:%SZ)`,
            'say "recovery target: $TARGET"',
            `sed "s/${TARGET_TIME_PLACEHOLDER}/$TARGET/" /drill/cluster.json | kubectl create -f -`,
          ]
        : ['kubectl create -f /drill/cluster.json']),
      'kubectl -n "$NS" wait "cluster/$CLUSTER" --for=condition=Ready --timeout="${TIMEOUT}s"',
      'say "scratch cluster ready; verifying"',
      '# The verification query of the component, read-only, on the scratch copy only.',
      `ANSWER=$(kubectl -n "$NS" exec -i "$CLUSTER-1" -c postgres -- psql -d "$DATABASE" -v ON_ERROR_STOP=1 -tAq < /drill/verify.sql)`,
      'DURATION=$(( $(date -u +%s) - START ))',
      `[ "$ANSWER" = t ] || { say "verification failed (${source.verification.description.replace(/["$`\\]/g, '')}): got '$ANSWER'"; exit 1; }`,
      '# The recovered point: the last transaction replayed, from the recovery Job\'s log.',
      `POINT=$(kubectl -n "$NS" logs -l "${CLUSTER_LABEL}=$CLUSTER,cnpg.io/jobRole=full-recovery" --tail=-1 2>/dev/null | grep -o 'last completed transaction was at log time [0-9-]* [0-9:]*' | tail -1 | sed 's/.*log time //' || true)`,
      'if [ -n "$POINT" ]; then LAG=$(( START - $(date -u -d "$POINT" +%s) )); fi',
      'SUCCESS=1',
      '',
    ].join('\n');
    const account = drillJob(this, this.drill, props, script, {
      'cluster.json': `${JSON.stringify(this.clusterManifest, null, 2)}\n`,
      'verify.sql': this.verificationSql,
    });
    roleFor(
      this,
      'drill',
      namespace,
      [
        { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: ['create'] },
        { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], resourceNames: [this.scratchCluster], verbs: ['get', 'list', 'watch', 'delete'] },
        { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] },
        { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] },
        ...resultRules(this.drill),
      ],
      account,
      namespace,
    );

    // The scratch cluster's pods: the operator's calls to the status port, the API server;
    // the object store is opened by the grant of the read-only key.
    new k8s.KubeNetworkPolicy(this, 'scratch-netpol', {
      metadata: { name: resourceName('allow', this.scratchCluster), namespace },
      spec: {
        podSelector: { matchLabels: { [CLUSTER_LABEL]: this.scratchCluster } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.operator.namespace } }, podSelector: { matchLabels: { ...props.operator.podLabels } } }],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(CNPG_PORTS.status) }],
          },
        ],
        egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(443) }, { protocol: 'TCP', port: k8s.IntOrString.fromNumber(6443) }] }],
      },
    });
  }
}

/** A namespace of the daily backup and where the drill restores it. */
export interface VeleroDrillMapping {
  readonly from: string;
  /** A drill namespace (made by the drills component, with its own default-deny policies). */
  readonly to: PlatformNamespace;
}

export interface VeleroRestoreDrillProps extends DrillCommonProps {
  /** Velero's namespace, where Backups and Restores live. */
  readonly veleroNamespace: string;
  /** The schedule whose newest completed backup is restored. */
  readonly scheduleName: string;
  /** Chosen namespaces of the backup, restored as objects only (nothing that runs). */
  readonly namespaces: readonly VeleroDrillMapping[];
  /** The canary: a namespace of the backup whose volume carries a marker file. */
  readonly canary: VeleroDrillMapping & { readonly markerPath: string };
}

/**
 * Kinds restored from the chosen namespaces: configuration and claims, nothing that runs a
 * pod (which would start a second copy of a component against live databases), serves traffic
 * (an ingress route would take a live host name) or archives backups (a CloudNativePG Cluster
 * or ObjectStore would write into the live backup folder). Secrets are left out on purpose:
 * the drill has no business reading copies of live credentials.
 */
export const VELERO_DRILL_OBJECT_KINDS = ['configmaps', 'serviceaccounts', 'persistentvolumeclaims'] as const;
/** Kinds restored from the canary namespace: its pod is what brings the volume data back (file-system restore). */
export const VELERO_DRILL_CANARY_KINDS = ['deployments.apps', 'replicasets.apps', 'pods', 'persistentvolumeclaims'] as const;

/** The drill of the daily Velero backup. */
export class VeleroRestoreDrill extends Construct {
  readonly drill: DrillDescription;
  /** The two Restores as the drill creates them (backup and restore names filled in at run time). */
  readonly restores: { readonly objects: Record<string, unknown>; readonly canary: Record<string, unknown> };

  constructor(scope: Construct, id: string, props: VeleroRestoreDrillProps) {
    super(scope, id);
    const namespace = props.namespace.name;
    this.drill = describe('velero-daily', 'velero', props);
    if (props.namespaces.length === 0) {
      throw new Error('velero restore drill: choose at least one namespace of the daily backup (restoreDrills.velero.namespaces)');
    }
    const targets = [...props.namespaces, props.canary];
    for (const m of targets) {
      if (m.from === m.to.name) {
        throw new Error(`velero restore drill: namespace ${m.from} would be restored onto itself; map it to a drill namespace`);
      }
    }
    // Typed by the imported CRD, then carried as JSON in the drill's ConfigMap (names filled in at run time).
    const manifests = new Construct(this, 'manifests');
    const restore = (suffix: string, mappings: readonly VeleroDrillMapping[], kinds: readonly string[]) =>
      new Restore(manifests, suffix, {
        metadata: { name: `__RESTORE__-${suffix}`, namespace: props.veleroNamespace, labels: { [DRILL_LABEL]: this.drill.id } },
        spec: {
          backupName: '__BACKUP__',
          includedNamespaces: mappings.map((m) => m.from),
          namespaceMapping: Object.fromEntries(mappings.map((m) => [m.from, m.to.name])),
          includedResources: [...kinds],
          includeClusterResources: false,
          // Never update an object that exists: the drill namespaces are ArgoCD's.
          existingResourcePolicy: 'none',
          restorePVs: true,
        },
      }).toJson() as Record<string, unknown>;
    this.restores = {
      objects: restore('objects', props.namespaces, VELERO_DRILL_OBJECT_KINDS),
      canary: restore('canary', [props.canary], VELERO_DRILL_CANARY_KINDS),
    };
    this.node.tryRemoveChild('manifests');

    const drillNamespaces = targets.map((m) => m.to.name);
    const script = [
      ...commonScript(this.drill, namespace),
      `VELERO=${props.veleroNamespace}`,
      `TARGETS="${drillNamespaces.join(' ')}"`,
      `CANARY=${props.canary.to.name}`,
      'RESTORE=restore-drill-$(date -u +%Y%m%d%H%M%S)',
      '# Removes what an earlier run restored (every restored object carries velero.io/restore-name).',
      'cleanup() {',
      '  for ns in $TARGETS; do',
      '    kubectl -n "$ns" delete deployments,replicasets,pods,configmaps,serviceaccounts,persistentvolumeclaims -l velero.io/restore-name --ignore-not-found --wait=false >/dev/null || true',
      '  done',
      '}',
      'finish() { status=$?; [ "$status" = 0 ] || SUCCESS=0; cleanup; kubectl -n "$VELERO" delete restores.velero.io -l ' + `${DRILL_LABEL}=${this.drill.id}` + ' --ignore-not-found >/dev/null || true; write_result; exit "$status"; }',
      'trap finish EXIT',
      'cleanup',
      '# The newest completed backup of the schedule.',
      `BACKUP=$(kubectl -n "$VELERO" get backups.velero.io -l velero.io/schedule-name=${props.scheduleName} -o jsonpath='{range .items[?(@.status.phase=="Completed")]}{.status.startTimestamp}{" "}{.metadata.name}{"\\n"}{end}' | sort | tail -1)`,
      '[ -n "$BACKUP" ] || { say "no completed backup of the schedule"; exit 1; }',
      'BACKUP_TIME=$(date -u -d "$(echo "$BACKUP" | cut -d" " -f1 | sed "s/T/ /; s/Z$//")" +%s)',
      'BACKUP=$(echo "$BACKUP" | cut -d" " -f2)',
      'say "restoring backup $BACKUP into $TARGETS"',
      'wait_restore() {',
      '  deadline=$(( $(date -u +%s) + TIMEOUT ))',
      '  while :; do',
      '    phase=$(kubectl -n "$VELERO" get restores.velero.io "$1" -o jsonpath="{.status.phase}")',
      '    case "$phase" in',
      '      Completed) break ;;',
      '      PartiallyFailed|Failed|FailedValidation) say "restore $1: $phase"; kubectl -n "$VELERO" get restores.velero.io "$1" -o jsonpath="{.status}"; echo; return 1 ;;',
      '    esac',
      '    [ "$(date -u +%s)" -lt "$deadline" ] || { say "restore $1 not done in ${TIMEOUT}s (phase ${phase:-none})"; return 1; }',
      '    sleep 10',
      '  done',
      '  errors=$(kubectl -n "$VELERO" get restores.velero.io "$1" -o jsonpath="{.status.errors}")',
      '  restored=$(kubectl -n "$VELERO" get restores.velero.io "$1" -o jsonpath="{.status.progress.itemsRestored}")',
      '  total=$(kubectl -n "$VELERO" get restores.velero.io "$1" -o jsonpath="{.status.progress.totalItems}")',
      '  [ "${errors:-0}" = 0 ] || { say "restore $1: $errors errors"; return 1; }',
      '  [ "${restored:-0}" -gt 0 ] && [ "$restored" = "$total" ] || { say "restore $1: $restored of $total items restored"; return 1; }',
      '  say "restore $1: $restored items"',
      '}',
      'for part in objects canary; do',
      '  sed "s/__BACKUP__/$BACKUP/; s/__RESTORE__/$RESTORE/" "/drill/restore-$part.json" | kubectl create -f - >/dev/null',
      '  wait_restore "$RESTORE-$part"',
      'done',
      '# The restored objects are there, in every chosen namespace.',
      ...props.namespaces.map(
        (m) =>
          `[ "$(kubectl -n ${m.to.name} get configmaps,serviceaccounts -l velero.io/restore-name=$RESTORE-objects -o name | wc -l)" -gt 0 ] || { say "nothing of ${m.from} restored into ${m.to.name}"; exit 1; }`,
      ),
      '# The canary\'s volume came back with its marker (written before the backup).',
      `kubectl -n "$CANARY" wait pod -l "velero.io/restore-name=$RESTORE-canary" --for=condition=Ready --timeout="\${TIMEOUT}s"`,
      `POD=$(kubectl -n "$CANARY" get pods -l "velero.io/restore-name=$RESTORE-canary" -o jsonpath="{.items[0].metadata.name}")`,
      `MARKER=$(kubectl -n "$CANARY" exec "$POD" -- cat ${props.canary.markerPath})`,
      'case "$MARKER" in ""|*[!0-9]*) say "canary marker missing or damaged: \'$MARKER\'"; exit 1 ;; esac',
      '[ "$MARKER" -le "$BACKUP_TIME" ] || { say "canary marker $MARKER is newer than the backup ($BACKUP_TIME)"; exit 1; }',
      'DURATION=$(( $(date -u +%s) - START ))',
      'LAG=$(( START - MARKER ))',
      'SUCCESS=1',
      '',
    ].join('\n');
    const account = drillJob(this, this.drill, props, script, {
      'restore-objects.json': `${JSON.stringify(this.restores.objects, null, 2)}\n`,
      'restore-canary.json': `${JSON.stringify(this.restores.canary, null, 2)}\n`,
    });
    roleFor(this, 'drill', namespace, resultRules(this.drill), account, namespace);
    // In Velero's namespace: read backups, make and remove the drill's Restores.
    roleFor(
      this,
      'velero',
      props.veleroNamespace,
      [
        { apiGroups: ['velero.io'], resources: ['backups'], verbs: ['get', 'list'] },
        { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create', 'get', 'list', 'delete', 'deletecollection'] },
      ],
      account,
      namespace,
    );
    // In each drill namespace: see and remove what was restored; the canary pod is read.
    for (const m of targets) {
      roleFor(
        this,
        `target-${m.to.name}`,
        m.to.name,
        [
          { apiGroups: [''], resources: ['pods', 'configmaps', 'serviceaccounts', 'persistentvolumeclaims'], verbs: ['get', 'list', 'watch', 'delete'] },
          { apiGroups: ['apps'], resources: ['deployments', 'replicasets'], verbs: ['get', 'list', 'watch', 'delete'] },
          ...(m === props.canary ? [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }] : []),
        ],
        account,
        namespace,
      );
    }
  }
}

export interface RestoreDrillExporterProps {
  readonly namespace: PlatformNamespace;
  readonly drills: readonly DrillDescription[];
  /** busybox: sh, sort and httpd. */
  readonly image: string;
}

/** Port of the exporter's metrics. */
export const EXPORTER_PORT = 9188;
/** Path Prometheus scrapes (busybox httpd answers text/plain for .txt, which Prometheus parses as its text format). */
export const EXPORTER_PATH = '/metrics.txt';

/**
 * Serves the drills' results to Prometheus, without a Pushgateway and without any API access:
 * the kubelet mounts the result ConfigMaps (optional: a drill that never ran has none yet) and
 * the targets ConfigMap into the pod, and busybox httpd serves their lines, sorted so that the
 * series of one metric stand together. A result is therefore a plain object in the cluster,
 * read by `kubectl get configmap` too, kept across exporter restarts and backed up with it.
 */
export class RestoreDrillExporter extends Construct {
  readonly podLabels: Readonly<Record<string, string>>;
  /** The targets file: RTO, RPO and the overdue threshold of each drill. */
  readonly targets: string;

  constructor(scope: Construct, id: string, props: RestoreDrillExporterProps) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    const namespace = props.namespace.name;
    const name = 'restore-drill-exporter';
    this.podLabels = { 'app.kubernetes.io/name': name };
    const lines: string[] = [];
    for (const d of props.drills) {
      const labels = `drill="${d.id}",kind="${d.kind}"`;
      lines.push(
        `${DRILL_METRICS.rto}{${labels}} ${d.targets.rtoMinutes * 60}`,
        `${DRILL_METRICS.rpo}{${labels}} ${d.targets.rpoMinutes * 60}`,
        `${DRILL_METRICS.overdueAfter}{${labels}} ${d.overdueAfterSeconds}`,
      );
    }
    this.targets = `${lines.join('\n')}\n`;
    new k8s.KubeConfigMap(this, 'targets', { metadata: { name: 'restore-drill-targets', namespace }, data: { 'targets.prom': this.targets } });

    const serve = [
      'mkdir -p /tmp/www',
      `collect() { cat /drill/*.prom 2>/dev/null | grep -v '^#' | grep . | sort > /tmp/www/next.txt; mv /tmp/www/next.txt /tmp/www${EXPORTER_PATH}; }`,
      'collect',
      '(while :; do sleep 30; collect; done) &',
      `exec httpd -f -v -p ${EXPORTER_PORT} -h /tmp/www`,
    ].join('\n');
    const probe: k8s.Probe = { httpGet: { path: EXPORTER_PATH, port: k8s.IntOrString.fromNumber(EXPORTER_PORT) }, periodSeconds: 30, timeoutSeconds: 5, failureThreshold: 3 };
    const pod = podSpec({
      restartPolicy: 'Always',
      containers: [
        container({
          name: 'exporter',
          image: props.image,
          size: { cpu: 0.01, memoryGiB: 0.03125 },
          command: ['/bin/sh', '-c', serve],
          ports: [{ name: 'metrics', containerPort: EXPORTER_PORT }],
          volumeMounts: [{ name: 'drill', mountPath: '/drill', readOnly: true }],
          probes: { readiness: probe, liveness: probe },
        }),
      ],
      volumes: [
        {
          name: 'drill',
          projected: {
            sources: [
              { configMap: { name: 'restore-drill-targets', items: [{ key: 'targets.prom', path: 'targets.prom' }] } },
              ...props.drills.map((d) => ({ configMap: { name: d.resultConfigMap, optional: true, items: [{ key: RESULT_KEY, path: `${d.id}.prom` }] } })),
            ],
          },
        },
      ],
    });
    new k8s.KubeDeployment(this, 'deployment', {
      metadata: { name, namespace, labels: this.podLabels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { ...this.podLabels } },
        template: { metadata: { labels: { ...this.podLabels } }, spec: { ...pod, enableServiceLinks: false } },
      },
    });
    chart.declareWorkload({ name, replicas: 1, size: { cpu: 0.01, memoryGiB: 0.03125 } });
  }
}

/** The backup canary: a pod whose volume gets a fresh marker (epoch seconds) every hour, so a backup carries one. */
export class BackupCanary extends Construct {
  readonly podLabels: Readonly<Record<string, string>>;
  readonly markerPath = '/data/marker';

  constructor(scope: Construct, id: string, props: { readonly namespace: string; readonly image: string; readonly storageClass: string }) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    const name = 'backup-canary';
    this.podLabels = { 'app.kubernetes.io/name': name };
    const pvc = new k8s.KubePersistentVolumeClaim(this, 'pvc', {
      metadata: { name, namespace: props.namespace },
      spec: { accessModes: ['ReadWriteOnce'], storageClassName: props.storageClass, resources: { requests: { storage: k8s.Quantity.fromString('1Gi') } } },
    });
    waive(pvc, 'protect-data', 'holds only the canary marker, rewritten every hour: pruning it loses nothing');
    const probe: k8s.Probe = { exec: { command: ['test', '-s', this.markerPath] }, periodSeconds: 60, failureThreshold: 3 };
    const size: ContainerSize = { cpu: 0.01, memoryGiB: 0.015625 };
    const pod = podSpec({
      containers: [
        container({
          name: 'canary',
          image: props.image,
          size,
          // A restored copy must keep the marker it came back with: write only where there is none yet or in the live namespace.
          command: ['/bin/sh', '-c', `while :; do if [ -z "$RESTORED" ]; then date -u +%s > ${this.markerPath}.next && mv ${this.markerPath}.next ${this.markerPath}; fi; sleep 3600; done`],
          env: [{ name: 'RESTORED', valueFrom: { fieldRef: { fieldPath: "metadata.labels['velero.io/restore-name']" } } }],
          volumeMounts: [{ name: 'data', mountPath: '/data' }],
          probes: { readiness: probe, liveness: { ...probe, initialDelaySeconds: 30 } },
        }),
      ],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: name } }],
    });
    new k8s.KubeDeployment(this, 'deployment', {
      metadata: { name, namespace: props.namespace, labels: this.podLabels },
      spec: {
        replicas: 1,
        strategy: { type: 'Recreate' },
        selector: { matchLabels: { ...this.podLabels } },
        template: { metadata: { labels: { ...this.podLabels } }, spec: { ...pod, enableServiceLinks: false } },
      },
    });
    chart.declareWorkload({ name, replicas: 1, size });
    chart.declareVolumes({ name, count: 1, sizeGiB: 1, storageClass: props.storageClass });
  }
}
