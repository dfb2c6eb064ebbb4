/**
 * Backup: Velero. Backups go to the object store bucket `velero` (separate from the data
 * buckets, with a key of its own), daily at 02:00 with 30 days of retention, volumes copied
 * by the node agent (file-system backup, kopia). The namespaces covered are those of the
 * components that hold configuration and data, taken from their handles.
 *
 * PostgreSQL data volumes are skipped: a copy of a live database's files is not consistent,
 * and CloudNativePG backs each database up on its own (base backups and WAL archiving).
 * The node agent reads every pod's volumes from the node as root: the velero namespace is
 * "privileged", with the reason.
 */
import { ApiObject, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { BackupStorageLocation } from '../../imports/velero.io_backupstoragelocation-velero.io';
import { Schedule } from '../../imports/velero.io_schedule-velero.io';
import type { PlatformConfig } from '../../config/schema';
import type { VeleroConfig } from './config';
import { durationHours } from '../../config/durations';
import { ObjectWave, setWave } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import type { CertificateAuthority } from '../../constructs/ingress';
import { trustIn } from '../../constructs/trust';
import { PlatformCommon } from '../../constructs/common';
import { PodMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { waive } from '../../constructs/workload';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import type { EnvVarFromSecret, VeleroValues } from './values';
import type { BackupService } from './handle';
import { VELERO_ALERTS } from './alerts';

export interface VeleroProps {
  readonly common: PlatformCommon;
  readonly config?: VeleroConfig;
  readonly objectStore: ObjectStore;
  /** Namespaces of the components whose configuration and data are backed up. */
  readonly namespaces: readonly string[];
  /** Signs the object store's endpoint: Velero trusts it through a CA bundle in its namespace. */
  readonly authority: CertificateAuthority;
}

export const VELERO_BUCKET = 'velero';
export const STORAGE_LOCATION = 'default';
export const DAILY_SCHEDULE = 'daily';
const VOLUME_POLICY = 'velero-volume-policy';
const VELERO_POD_LABELS = { 'app.kubernetes.io/name': 'velero', name: 'velero' } as const;
const NODE_AGENT_POD_LABELS = { name: 'node-agent' } as const;

export class VeleroChart extends PlatformChart implements BackupService {
  readonly namespace: string;
  readonly schedule: string;
  readonly ttl: string;
  readonly storageLocation = STORAGE_LOCATION;
  readonly scheduleName = DAILY_SCHEDULE;
  private readonly namespaceSet: Set<string>;
  readonly helm: HelmApplication<VeleroValues>;
  readonly dailySchedule: Schedule;
  readonly location: BackupStorageLocation;

  constructor(scope: Construct, id: string, props: VeleroProps) {
    super(scope, { component: id, common: props.common, phase: 1, namespace: id });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    this.schedule = config.schedule ?? '0 2 * * *';
    this.ttl = config.ttl ?? '720h';
    const fileSystemBackup = config.fileSystemBackup ?? true;
    const serverSize: ContainerSize = production ? { cpu: 0.25, memoryGiB: 0.5 } : { cpu: 0.1, memoryGiB: 0.25 };
    // Idle but for the nightly backup; with no CPU limit it uses the node's idle CPU then.
    const agentSize: ContainerSize = production ? { cpu: 0.1, memoryGiB: 1 } : { cpu: 0.05, memoryGiB: 0.5 };
    const pluginSize: ContainerSize = { cpu: 0.05, memoryGiB: 0.0625 };
    if (durationHours(this.ttl) < 24) {
      throw new Error(`velero.ttl must keep a daily backup at least a day (got ${this.ttl}); use e.g. 720h for 30 days`);
    }
    this.namespace = id;
    this.namespaceSet = new Set([...props.namespaces, ...(config.extraNamespaces ?? [])]);
    if (this.namespaceSet.size === 0) {
      throw new Error('velero: no namespace to back up; enable the components that hold data or set velero.extraNamespaces');
    }

    const ns = new PlatformNamespace(this, 'namespace', {
      name: id,
      podSecurity: fileSystemBackup ? 'privileged' : undefined,
      podSecurityReason: fileSystemBackup ? 'the node agent reads every pod volume from the node (hostPath /var/lib/kubelet/pods) as root to copy it' : undefined,
    });
    if (fileSystemBackup) {
      const nsObject = ns.node.findChild('namespace') as ApiObject;
      waive(nsObject, 'host-path', 'the Velero node agent reads pod volumes under /var/lib/kubelet/pods');
      waive(nsObject, 'run-as-non-root', 'the Velero node agent reads files of every owner in pod volumes');
    }

    const bucket = props.objectStore.bucket(VELERO_BUCKET);
    const credentials = props.objectStore.grant(this, 'velero', this.namespace, [{ bucket, access: 'readwrite' }]);
    // The S3 plugin takes the key from the AWS SDK's environment variables. The chart puts
    // configuration.extraEnvVars into the server Deployment and the node-agent DaemonSet alike
    // (velero chart 12.1.0, templates/deployment.yaml and node-agent-daemonset.yaml): set here
    // only, so no container lists a variable twice (server-side apply refuses duplicate keys).
    const env: EnvVarFromSecret[] = [
      { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: credentials.secret.name, key: credentials.accessKeyKey } } },
      { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: credentials.secret.name, key: credentials.secretKeyKey } } },
    ];
    const restricted = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } } as const;
    const image = common.images.parts('velero');
    this.helm = new HelmApplication<VeleroValues>(this, 'velero', {
      chart: 'velero',
      releaseName: 'velero',
      namespace: this.namespace,
      holdsData: false,
      values: {
        image: { repository: `${image.registry}/${image.repository}`, tag: image.tag },
        initContainers: [
          {
            name: 'velero-plugin-for-aws',
            image: common.images.ref('veleroPluginAws'),
            imagePullPolicy: 'IfNotPresent',
            volumeMounts: [{ mountPath: '/target', name: 'plugins' }],
            resources: toResources(pluginSize),
            securityContext: restricted,
          },
        ],
        resources: toResources(serverSize),
        podSecurityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: restricted,
        metrics: { enabled: true, serviceMonitor: { enabled: false } },
        upgradeCRDs: true,
        upgradeJobResources: toResources({ cpu: 0.05, memoryGiB: 0.125 }),
        configuration: {
          backupStorageLocation: [],
          volumeSnapshotLocation: [],
          uploaderType: 'kopia',
          defaultVolumesToFsBackup: fileSystemBackup,
          defaultBackupStorageLocation: STORAGE_LOCATION,
          extraEnvVars: env,
        },
        credentials: { useSecret: false },
        backupsEnabled: false,
        snapshotsEnabled: false,
        deployNodeAgent: fileSystemBackup,
        nodeAgent: {
          resources: toResources(agentSize),
          podSecurityContext: { runAsUser: 0 },
          containerSecurityContext: { allowPrivilegeEscalation: false, seccompProfile: { type: 'RuntimeDefault' } },
        },
        schedules: {},
      },
    });
    if (fileSystemBackup) {
      waive(this.helm.application.apiObject, 'host-path', 'renders the Velero node agent, which reads pod volumes under /var/lib/kubelet/pods');
      waive(this.helm.application.apiObject, 'run-as-non-root', 'renders the Velero node agent, which runs as root to read volumes of every owner');
    }

    const store = props.objectStore;
    // The object store's certificate is signed by the platform CA; the location takes only a
    // Secret, so the bundle's Secret copy.
    const trust = trustIn(this, this.namespace, props.authority.trust);
    this.location = new BackupStorageLocation(this, 'location', {
      metadata: { name: STORAGE_LOCATION, namespace: this.namespace },
      spec: {
        provider: 'aws',
        default: true,
        objectStorage: { bucket: bucket.name, prefix: common.env, caCertRef: { ...trust.secretKeyRef } },
        config: { region: store.region, s3Url: store.endpoint, s3ForcePathStyle: String(store.pathStyle) },
        validationFrequency: '1h',
      },
    });
    setWave(this.location, ObjectWave.JOBS);

    // Skip PostgreSQL data and WAL volumes (CloudNativePG backs them up consistently).
    new k8s.KubeConfigMap(this, 'volume-policy', {
      metadata: { name: VOLUME_POLICY, namespace: this.namespace },
      data: {
        'policy.yaml': [
          'version: v1',
          'volumePolicies:',
          '  - conditions:',
          '      pvcLabels:',
          '        cnpg.io/pvcRole: PG_DATA',
          '    action:',
          '      type: skip',
          '  - conditions:',
          '      pvcLabels:',
          '        cnpg.io/pvcRole: PG_WAL',
          '    action:',
          '      type: skip',
          '',
        ].join('\n'),
      },
    });

    this.dailySchedule = new Schedule(this, 'daily', {
      metadata: { name: DAILY_SCHEDULE, namespace: this.namespace },
      spec: {
        schedule: this.schedule,
        useOwnerReferencesInBackup: false,
        template: {
          ttl: this.ttl,
          // Rendered at synth: namespaces added by components built later (include) are covered.
          includedNamespaces: Lazy.any({ produce: () => this.namespaces }) as unknown as string[],
          storageLocation: STORAGE_LOCATION,
          defaultVolumesToFsBackup: fileSystemBackup,
          snapshotVolumes: false,
          resourcePolicy: { kind: 'configmap', name: VOLUME_POLICY },
        },
      },
    });
    setWave(this.dailySchedule, ObjectWave.JOBS);

    new PodMetrics(this, 'server-metrics', { name: 'velero', namespace: this.namespace, selector: VELERO_POD_LABELS, port: 'http-monitoring', portNumber: 8085 });
    if (fileSystemBackup) {
      new PodMetrics(this, 'node-agent-metrics', { name: 'velero-node-agent', namespace: this.namespace, selector: NODE_AGENT_POD_LABELS, port: 'http-monitoring', portNumber: 8085 });
    }

    ns.allowWithinNamespace();
    ns.allowKubeApi();
    // The object store grant opens the path to the S3 port (both ends).

    this.declareWorkload({ name: 'velero', replicas: 1, size: { cpu: serverSize.cpu + pluginSize.cpu, memoryGiB: serverSize.memoryGiB + pluginSize.memoryGiB } });
    if (fileSystemBackup) {
      this.declareWorkload({ name: 'velero-node-agent', replicas: 1, size: agentSize, perNode: true });
    }
  }

  /** Every namespace the daily backup covers, sorted. */
  get namespaces(): readonly string[] {
    return [...this.namespaceSet].sort();
  }

  include(namespace: string): void {
    this.namespaceSet.add(namespace);
  }
}

/** Components whose namespaces hold configuration and data worth a cluster backup. */
export const BACKED_UP_COMPONENTS = ['keycloak', 'airflow', 'nessie', 'trino'] as const;

function veleroDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cert-manager', 'minio'];
}

export const veleroComponent = defineComponent({
  alerts: [VELERO_ALERTS],
  id: 'velero',
  phase: 1,
  layer: 'backup',
  description: 'Velero: daily backup of the platform namespaces and their volumes to the object store, 30-day retention',
  dependsOn: veleroDeps,
  optionalDeps: () => [...BACKED_UP_COMPONENTS],
  charts: ['velero'],
  build(ctx) {
    const namespaces = [
      ctx.handles.find('keycloak')?.namespace,
      ctx.handles.find('airflow')?.namespace,
      ctx.handles.find('nessie')?.namespace,
      ctx.handles.find('trino')?.namespace,
    ].filter((n): n is string => n !== undefined);
    const chart = new VeleroChart(ctx.scope, 'velero', {
      common: ctx.common,
      config: ctx.config.components.velero,
      objectStore: ctx.handles.get('minio'),
      namespaces,
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart };
  },
});
