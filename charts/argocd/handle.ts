/** The handle the argocd component gives the components that use it (charts/handles.ts). */

/** What the argocd component hands out. */
export interface ArgocdHandle {
  /** https://argocd.<domain> */
  readonly url: string;
  readonly namespace: string;
}
