/**
 * Sync policy, in one place: waves, retry, sync options and the protection of stateful
 * objects. Components never spell these annotations out themselves.
 */
import { ApiObject } from 'cdk8s';

/**
 * Waves inside one component's folder (argocd.argoproj.io/sync-wave on its objects):
 * namespaces and policies first, then secrets and certificates, then databases and storage,
 * then workloads, then jobs that use them.
 */
export const ObjectWave = {
  NAMESPACE: -3,
  SECRETS: -2,
  STORAGE: -1,
  WORKLOADS: 0,
  JOBS: 1,
} as const;
export type ObjectWave = (typeof ObjectWave)[keyof typeof ObjectWave];

/** Retry with exponential backoff: 10s, 20s, 40s, ... capped at 5m, 10 attempts. */
export const SYNC_RETRY = {
  limit: 10,
  backoff: { duration: '10s', factor: 2, maxDuration: '5m' },
} as const;

/** Automated sync with prune and self-heal. */
export const AUTOMATED = { prune: true, selfHeal: true } as const;

/** Application-level sync options every lakeplane Application carries. */
export const APP_SYNC_OPTIONS = [
  // Large CRDs (kube-prometheus-stack, CloudNativePG) exceed the client-side apply annotation limit.
  'ServerSideApply=true',
  // Custom resources sync in the same pass as the operator that installs their CRD.
  'SkipDryRunOnMissingResource=true',
  // Namespaces are lakeplane objects with Pod Security labels, never created implicitly.
  'CreateNamespace=false',
  'PruneLast=true',
] as const;

export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
/** Marks an object whose loss loses data. The policy gate checks it carries the protection. */
export const STATEFUL_ANNOTATION = 'lakeplane.io/stateful';

/** Sets the sync wave of one object. */
export function setWave(obj: ApiObject, wave: number): void {
  obj.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
}

/**
 * Protects an object that holds data: ArgoCD never prunes or deletes it, whatever happens to
 * the config or the Application. `what` says what data it holds (shown when a component is
 * decommissioned).
 */
export function protectData(obj: ApiObject, what: string): void {
  for (const [key, value] of Object.entries(dataProtection(what))) {
    obj.metadata.addAnnotation(key, value);
  }
}

/** The same protection as annotations, for objects an upstream chart renders (given through its values). */
export function dataProtection(what: string): Record<string, string> {
  return { [SYNC_OPTIONS_ANNOTATION]: 'Prune=false,Delete=false', [STATEFUL_ANNOTATION]: what };
}

/** On objects written from an upstream chart's render (gitops.charts: rendered): which chart, at which version. */
export const FROM_CHART_ANNOTATION = 'lakeplane.io/from-chart';

export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';

/**
 * Marks a Job as a PostSync hook that runs after every sync: the previous run is deleted
 * first so a new one always starts. The Job itself must be idempotent.
 */
export function postSyncHook(job: ApiObject): void {
  job.metadata.addAnnotation(HOOK_ANNOTATION, 'PostSync');
  job.metadata.addAnnotation(HOOK_DELETE_POLICY_ANNOTATION, 'BeforeHookCreation');
}
