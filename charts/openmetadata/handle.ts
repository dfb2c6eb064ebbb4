/** The handle the openmetadata component gives the components that use it (charts/handles.ts). */
import type { Construct } from 'constructs';
import type { SecretKeyRef } from '../../constructs/secret';

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
  /**
   * The ingestion bot's token (a JWT the server signs), as a Secret in `namespace`: a client
   * that writes to the catalog (test results) uses it. The catalog's sync Job reads the token
   * through the API on every sync and writes the Secret; nothing of it is in git. The Role
   * that lets the Job write that one Secret is made in `scope`, in `namespace`.
   */
  shareBotToken(scope: Construct, namespace: string): SecretKeyRef;
}
