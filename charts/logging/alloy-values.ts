/** The Grafana Alloy values lakeplane sets (chart 1.x), as the node log agent. */
import type { K8sResources } from '../../constructs/resources';

export interface AlloyValues {
  readonly image: { readonly registry: string };
  readonly alloy: {
    readonly configMap: { readonly create: true; readonly content: string };
    /** Mounts /var/log of the node read-only. */
    readonly mounts: { readonly varlog: true; readonly dockercontainers: false; readonly extra: ReadonlyArray<{ readonly name: string; readonly mountPath: string }> };
    readonly storagePath: string;
    readonly enableReporting: false;
    readonly resources: K8sResources;
    readonly securityContext: {
      readonly runAsUser: 0;
      readonly runAsNonRoot: false;
      readonly allowPrivilegeEscalation: false;
      readonly readOnlyRootFilesystem: true;
      readonly capabilities: { readonly drop: readonly ['ALL'] };
      readonly seccompProfile: { readonly type: 'RuntimeDefault' };
    };
  };
  readonly configReloader: { readonly image: { readonly registry: string }; readonly resources: K8sResources };
  readonly controller: {
    readonly type: 'daemonset';
    readonly tolerations: ReadonlyArray<{ readonly operator: 'Exists' }>;
    readonly volumes: { readonly extra: ReadonlyArray<{ readonly name: string; readonly emptyDir: { readonly sizeLimit: string } }> };
  };
}
