/** The Velero values lakeplane sets (vmware-tanzu chart 12.x). */
import type { K8sResources } from '../../constructs/resources';

export interface EnvVarFromSecret {
  readonly name: string;
  readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } };
}

export interface RestrictedContainerValues {
  readonly allowPrivilegeEscalation: false;
  readonly readOnlyRootFilesystem: true;
  readonly capabilities: { readonly drop: readonly ['ALL'] };
  readonly seccompProfile?: { readonly type: 'RuntimeDefault' };
}

export interface VeleroValues {
  readonly image: { readonly repository: string; readonly tag: string };
  readonly initContainers: ReadonlyArray<{
    readonly name: string;
    readonly image: string;
    readonly imagePullPolicy: 'IfNotPresent';
    readonly volumeMounts: ReadonlyArray<{ readonly mountPath: string; readonly name: string }>;
    readonly resources: K8sResources;
    readonly securityContext: RestrictedContainerValues;
  }>;
  readonly resources: K8sResources;
  readonly podSecurityContext: {
    readonly runAsNonRoot: true;
    readonly runAsUser: number;
    readonly runAsGroup: number;
    readonly fsGroup: number;
    readonly seccompProfile: { readonly type: 'RuntimeDefault' };
  };
  readonly containerSecurityContext: RestrictedContainerValues;
  readonly metrics: { readonly enabled: true; readonly serviceMonitor: { readonly enabled: false } };
  readonly upgradeCRDs: true;
  /** The pre-upgrade Job that applies the chart's CRDs (templates/upgrade-crds/upgrade-crds.yaml). */
  readonly upgradeJobResources: K8sResources;
  readonly configuration: {
    /** Made as typed BackupStorageLocation objects instead (see the velero chart). */
    readonly backupStorageLocation: readonly [];
    readonly volumeSnapshotLocation: readonly [];
    readonly uploaderType: 'kopia';
    readonly defaultVolumesToFsBackup: boolean;
    readonly defaultBackupStorageLocation: string;
    /** Environment of the server and the node agent: the chart puts it into both. */
    readonly extraEnvVars: readonly EnvVarFromSecret[];
  };
  readonly credentials: { readonly useSecret: false };
  readonly backupsEnabled: false;
  readonly snapshotsEnabled: false;
  readonly deployNodeAgent: boolean;
  readonly nodeAgent: {
    readonly resources: K8sResources;
    /** The node agent reads every pod's volumes under /var/lib/kubelet/pods: root. */
    readonly podSecurityContext: { readonly runAsUser: 0 };
    readonly containerSecurityContext: { readonly allowPrivilegeEscalation: false; readonly seccompProfile: { readonly type: 'RuntimeDefault' } };
  };
  readonly schedules: Record<string, never>;
}
