/**
 * The Kubernetes version the platform targets, in one place: helm renders the charts for it,
 * the API-server test admits every object against it, and the Pod Security labels of every
 * namespace pin its policy version.
 */
export const KUBERNETES_VERSION = '1.34.2';

/** The Pod Security Standards version of a Kubernetes version: its minor, `v1.34`. */
export function podSecurityVersion(kubernetesVersion: string = KUBERNETES_VERSION): string {
  const match = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(kubernetesVersion);
  if (!match) {
    throw new Error(`Kubernetes version "${kubernetesVersion}" is not <major>.<minor>[.<patch>]`);
  }
  return `v${match[1]}.${match[2]}`;
}
