/** The handle the trino component gives the components that use it (charts/handles.ts). */
import type { SecretKeyRef } from '../../constructs/secret';
import type { TrinoServiceUser } from './server-config';
import type { Construct } from 'constructs';

/** The query engine as its clients see it. */
export interface QueryEngine {
  /** Coordinator Service host inside the cluster. */
  readonly host: string;
  /** The coordinator's HTTPS port. */
  readonly port: number;
  /**
   * https://<host>:<port>: inside the cluster, for platform services let in by allowClient,
   * signed by the platform's internal CA (the CA bundle of the client's namespace verifies it).
   */
  readonly uri: string;
  /** https://trino.<domain>: people and tools, OAuth2 through Keycloak. */
  readonly externalUri: string;
  /**
   * The OIDC client id Trino accepts as the audience of bearer tokens: a client that queries
   * with its user's token asks Keycloak to add it to its tokens.
   */
  readonly audience: string;
  /** Catalogs Trino serves (e.g. iceberg, postgresql). */
  readonly catalogs: readonly string[];
  readonly namespace: string;
  /** Labels of the coordinator pods. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Lets the pods of `namespace` reach the coordinator's HTTPS port. */
  allowClient(namespace: string): void;
  /**
   * The password of a service user, generated and sealed for `namespace` (in the caller's
   * chart, `scope`); Trino's password file holds only its hash. Each user is registered once.
   */
  addServiceUser(scope: Construct, user: TrinoServiceUser, namespace: string): SecretKeyRef;
  /** The service user pipelines (Airflow's DAGs) connect as; the access rules give it bronze writes and maintenance. */
  readonly pipelineUser: TrinoServiceUser;
  /** The service user dbt's models run as (reads bronze and silver, builds staging and gold). */
  readonly transformUser: TrinoServiceUser;
  /** The service user the data catalog's ingestion runs as (reads every iceberg table, writes nothing). */
  readonly catalogUser: TrinoServiceUser;
  /** The service user the quality gate's checks run as (reads silver and staging, writes nothing). */
  readonly qualityUser: TrinoServiceUser;
}
