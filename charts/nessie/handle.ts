/** The handle the nessie component gives the components that use it (charts/handles.ts). */

/** The catalog as its clients see it (Trino now, Spark later). */
export interface IcebergCatalog {
  /** Nessie API v2 over TLS signed by the platform's internal CA, e.g. https://nessie.nessie.svc:19121/api/v2 */
  readonly nessieUri: string;
  /** Iceberg REST catalog base URI, e.g. https://nessie.nessie.svc:19121/iceberg */
  readonly icebergRestUri: string;
  /** Name of the default Iceberg warehouse (each data bucket is a warehouse of its own). */
  readonly warehouse: string;
  /** Where tables of a namespace without a location of its own go (s3://...). */
  readonly warehouseLocation: string;
  readonly defaultBranch: string;
  readonly host: string;
  /** The HTTPS port of nessieUri and icebergRestUri. */
  readonly port: number;
  /** Clients authenticate with a bearer token from this OIDC issuer. */
  readonly issuerUrl: string;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /** Lets the pods of `namespace` reach the catalog's HTTPS port. */
  allowClient(namespace: string): void;
}
