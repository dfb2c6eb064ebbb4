/** The handle the jupyterhub component gives later components (charts/handles.ts). */

export interface NotebookHub {
  /** https://jupyter.<domain> */
  readonly url: string;
  readonly namespace: string;
  /** Labels of the users' notebook pods, for the policies of services they call. */
  readonly notebookPodLabels: Readonly<Record<string, string>>;
}
