/** The handle the rancher component gives the components that use it (charts/handles.ts). */

/** What the rancher component hands out. */
export interface RancherHandle {
  /** https://rancher.<domain> */
  readonly url: string;
  readonly namespace: string;
}
