/** The handle the monitoring component gives the components that use it (charts/handles.ts). */

/** A Grafana data source another component registers (e.g. Loki). */
export interface GrafanaDatasource {
  /** Name shown in Grafana; also the ConfigMap name suffix. */
  readonly name: string;
  /** Grafana data source type, e.g. 'loki'. */
  readonly type: string;
  readonly uid: string;
  /** In-cluster URL Grafana queries. */
  readonly url: string;
  /** Namespace, pod labels and port of the server, for Grafana's egress NetworkPolicy. */
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly port: number;
}

/** What the monitoring component hands out. */
export interface Monitoring {
  readonly namespace: string;
  /** https://grafana.<domain> */
  readonly grafanaUrl: string;
  /** In-cluster Prometheus query URL. */
  readonly prometheusUrl: string;
  /** In-cluster Alertmanager URL. */
  readonly alertmanagerUrl: string;
  readonly grafanaPodLabels: Readonly<Record<string, string>>;
  /** Label (key and value) that makes the Grafana sidecar load a dashboard ConfigMap from any namespace. */
  readonly dashboardLabel: { readonly key: string; readonly value: string };
  /** Adds a Grafana data source (a ConfigMap the datasource sidecar loads) and lets Grafana reach it. */
  addDatasource(datasource: GrafanaDatasource): void;
}

/** What the CRD component hands out: the API group whose CRDs it installs. */
export interface MonitoringCrds {
  readonly apiGroup: 'monitoring.coreos.com';
}
