/** The handle the airflow component gives the components that use it (charts/handles.ts). */
import type { Construct } from 'constructs';
import type { SecretKeyRef } from '../../constructs/secret';

/** A read-only login to Airflow's metadata database. */
export interface MetadataReader {
  /** The database's read-write service (the primary), inside the cluster. */
  readonly host: string;
  readonly port: number;
  readonly database: string;
  /** The role's name. */
  readonly user: string;
  /** The role's password, in the namespace that asked. */
  readonly password: SecretKeyRef;
}

export interface Orchestrator {
  readonly namespace: string;
  /** https://airflow.<domain> */
  readonly url: string;
  /** Labels of every Airflow pod (scheduler, API server, task pods). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** The ServiceAccount task pods run as (KubernetesExecutor); a pod a task launches elsewhere is launched by it. */
  readonly taskServiceAccount: string;
  /** Labels of the metadata database's pods (a reader's egress policy selects them). */
  readonly metadataDatabasePodLabels: Readonly<Record<string, string>>;
  /**
   * A login role `reader` that reads every table of the metadata database and writes none
   * (DAGs, tasks, runs: what a catalog's Airflow connector reads). Its password is a platform
   * secret in `secretNamespace` (made in `scope`), the database's copy in Airflow's namespace;
   * the pods of `clientNamespace` may connect to the database's port.
   */
  addMetadataReader(scope: Construct, reader: string, secretNamespace: string, clientNamespace: string): MetadataReader;
}
