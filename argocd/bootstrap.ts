/**
 * The bootstrap of a cluster that has nothing but Kubernetes, as data: the README, the
 * platform map of each environment and the sync simulation all read it from here, so the
 * documented bootstrap is the simulated one.
 *
 * 1. helm installs ArgoCD with the generated values (dist/<env>/bootstrap/argocd-values.yaml);
 * 2. one kubectl apply creates the environment's AppProject, then the root Application in it
 *    (in that order: ArgoCD refuses an Application whose project does not exist);
 * 3. the root Application syncs dist/<env>/gitops/, and from then on ArgoCD syncs everything,
 *    itself included (the `argocd` component adopts the helm release).
 */
import type { PlatformCommon } from '../constructs/common';
import type { Manifest } from '../lib/output';
import { CHARTS } from '../versions';
import type { BootstrapStep } from './simulation';

/** The Helm release name of ArgoCD: the `argocd` component's Application must use the same to adopt it. */
export const ARGOCD_RELEASE = 'argocd';

/** Where the install values are written, relative to dist/<env>/ (outside every synced folder). */
export const BOOTSTRAP_VALUES_FILE = 'bootstrap/argocd-values.yaml';

/** The bootstrap of one environment; `files` are the rendered files of dist/<env>/ by path. */
export function bootstrapSteps(common: PlatformCommon, files: ReadonlyMap<string, Manifest>, gitopsFolder: string): BootstrapStep[] {
  const envDir = `${common.gitops.path.replace(/\/+$/, '')}/${common.env}`;
  const pick = (kind: string, name: string): string => {
    const found = [...files].find(([file, obj]) => file.startsWith(`${gitopsFolder}/`) && obj.kind === kind && obj.metadata.name === name);
    if (!found) {
      throw new Error(`${common.env}: the bootstrap needs the ${kind} ${name} in ${gitopsFolder}/, which synth did not produce`);
    }
    return found[0];
  };
  const project = pick('AppProject', `lakeplane-${common.env}`);
  const root = pick('Application', `${common.env}-root`);
  const chart = common.charts.resolve('argoCd');
  const ref = chart.oci ? `oci://${chart.repoURL.replace(/\/+$/, '')}/${chart.chart}` : `${chart.chart} --repo ${chart.repoURL}`;
  const ns = common.gitops.argocdNamespace;
  return [
    {
      kind: 'helm-install',
      chart: 'argoCd',
      namespace: ns,
      command: `helm install ${ARGOCD_RELEASE} ${ref} --version ${CHARTS.argoCd.version} --namespace ${ns} --create-namespace --values ${envDir}/${BOOTSTRAP_VALUES_FILE}`,
    },
    {
      kind: 'kubectl-apply',
      files: [project, root],
      command: `kubectl apply --server-side -f ${envDir}/${project} -f ${envDir}/${root}`,
    },
  ];
}
