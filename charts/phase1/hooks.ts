/**
 * ArgoCD resource hooks for the setup Jobs of the lakehouse core: they run after every sync
 * (PostSync), the previous run is deleted first so a new one always starts, and each Job is
 * idempotent so running it again changes nothing.
 */
import { ApiObject } from 'cdk8s';

export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';

/** Marks a Job as a PostSync hook that is re-created on every sync. */
export function postSyncHook(job: ApiObject): void {
  job.metadata.addAnnotation(HOOK_ANNOTATION, 'PostSync');
  job.metadata.addAnnotation(HOOK_DELETE_POLICY_ANNOTATION, 'BeforeHookCreation');
}
