/** The handle the logging component gives the components that use it (charts/handles.ts). */

/** What the logging component hands out. */
export interface LogStore {
  readonly namespace: string;
  /** In-cluster Loki base URL (push: /loki/api/v1/push). */
  readonly lokiUrl: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly port: number;
}
