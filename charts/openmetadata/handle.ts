/** The handle the openmetadata component gives the components that use it (charts/handles.ts). */

/** The data catalog as its clients see it. */
export interface DataCatalog {
  /** http://<service>.<namespace>.svc:<port>/api: the API inside the cluster (quality results, lineage). */
  readonly apiUri: string;
  /** https://openmetadata.<domain>: people, through Keycloak. */
  readonly url: string;
  readonly namespace: string;
  /** Labels of the server pods. */
  readonly podLabels: Readonly<Record<string, string>>;
  readonly port: number;
  /** The name of the Trino service in the catalog, under which the lakehouse's tables are listed. */
  readonly trinoService: string;
  /** Lets the pods of `namespace` (with `podLabels`, or all of them) reach the API. */
  allowClient(namespace: string, podLabels?: Readonly<Record<string, string>>): void;
}
