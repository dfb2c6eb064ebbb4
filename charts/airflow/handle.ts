/** The handle the airflow component gives the components that use it (charts/handles.ts). */

export interface Orchestrator {
  readonly namespace: string;
  /** https://airflow.<domain> */
  readonly url: string;
  /** Labels of every Airflow pod (scheduler, API server, task pods). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** The ServiceAccount task pods run as (KubernetesExecutor); a pod a task launches elsewhere is launched by it. */
  readonly taskServiceAccount: string;
}
