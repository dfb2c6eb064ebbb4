/**
 * The label policy, in one place. Selectors use `app.kubernetes.io/name` and
 * `app.kubernetes.io/component` only: ArgoCD rewrites `app.kubernetes.io/instance`.
 */
export const PART_OF = 'lakeplane';
export const LABEL_PHASE = 'lakeplane.io/phase';
export const LABEL_ENVIRONMENT = 'lakeplane.io/environment';
export const LABEL_COMPONENT = 'app.kubernetes.io/component';
export const LABEL_NAME = 'app.kubernetes.io/name';
export const LABEL_VERSION = 'app.kubernetes.io/version';
/** Node label that places workloads on a node pool (the pool's name). */
export const LABEL_POOL = 'lakeplane.io/pool';

/** Labels every object of a component carries. */
export function componentLabels(component: string, phase: number, env: string): Record<string, string> {
  return {
    'app.kubernetes.io/part-of': PART_OF,
    'app.kubernetes.io/managed-by': 'lakeplane',
    [LABEL_COMPONENT]: component,
    [LABEL_PHASE]: String(phase),
    [LABEL_ENVIRONMENT]: env,
  };
}

/** The selector of one workload: stable across renames of the construct tree. */
export function selectorLabels(component: string, name: string): Record<string, string> {
  return { [LABEL_NAME]: name, [LABEL_COMPONENT]: component };
}
