/**
 * Ingestion pipelines as code: the services and ingestion pipelines lakeplane registers in
 * OpenMetadata (the shapes of its REST API, openmetadata-spec CreateDatabaseService and
 * CreateIngestionPipeline). A sync Job (./pipelines.py) puts them through the API on every
 * sync and deploys each pipeline; the server's Kubernetes pipeline client (K8sPipelineClient)
 * then runs every pipeline as a CronJob of the ingestion image in this namespace. No Airflow
 * of OpenMetadata's own is involved.
 *
 * Secrets never appear here: a value `${NAME}` is read by the Job from its environment
 * (sealed Secrets), and OpenMetadata stores it encrypted with its Fernet key.
 */

/** The names the platform's services carry in the catalog. */
export const TRINO_SERVICE = 'lakehouse';
export const AIRFLOW_SERVICE = 'airflow';

/** Medallion and dbt schemas of the iceberg catalog that the catalog lists. */
export const CATALOGUED_SCHEMAS = ['bronze', 'silver', 'staging', 'gold'] as const;

export interface PipelineSchedules {
  /** Tables, columns and views; dbt's models and lineage. */
  readonly metadata: string;
  /** Column statistics and sample data. */
  readonly profiler: string;
  /** Query history: usage counts and query lineage. */
  readonly usage: string;
  /** Airflow's DAGs, tasks and runs. */
  readonly pipelines: string;
}

/** Airflow's metadata database as OpenMetadata's Airflow connector reads it. */
export interface AirflowSource {
  /** Airflow's UI, which the catalog links pipelines to. */
  readonly url: string;
  /** host:port of the metadata database inside the cluster. */
  readonly databaseHostPort: string;
  readonly database: string;
  /** The read-only role; its password is `${AIRFLOW_DB_PASSWORD}` in the Job's environment. */
  readonly user: string;
}

export interface PipelineInputs {
  /** host:port of the Trino coordinator's HTTPS listener inside the cluster. */
  readonly trinoHostPort: string;
  readonly trinoUser: string;
  /** The PEM bundle that verifies Trino's certificate, as mounted in the ingestion pods. */
  readonly caFile: string;
  /** Where the dbt component publishes its artifacts; undefined when dbt is not built. */
  readonly dbt?: { readonly bucket: string; readonly prefix: string; readonly endpoint: string; readonly region: string };
  /** Airflow's metadata database; undefined when Airflow is not ingested. */
  readonly airflow?: AirflowSource;
  readonly schedules: PipelineSchedules;
}

/** A catalog role the Job creates for a realm role, with OpenMetadata's seeded policies it grants. */
export interface CatalogRole {
  readonly name: string;
  readonly displayName: string;
  readonly policies: readonly string[];
}

/**
 * The realm's roles as catalog roles: OpenMetadata gives a user the roles named in the token's
 * `roles` claim (useRolesFromProvider) when roles of those names exist. Analysts read and
 * comment (the seeded DataConsumerPolicy); engineers also curate descriptions, tags, owners
 * and glossaries (DataStewardPolicy). Catalog administrators are the configured initialAdmins.
 */
export const CATALOG_ROLES: readonly CatalogRole[] = [
  { name: 'analyst', displayName: 'Analyst (platform role)', policies: ['DataConsumerPolicy'] },
  { name: 'engineer', displayName: 'Engineer (platform role)', policies: ['DataConsumerPolicy', 'DataStewardPolicy'] },
];

/** A service and its ingestion pipelines, as the Job puts them. */
export interface CatalogService {
  /** services/databaseServices or services/pipelineServices */
  readonly kind: 'databaseServices' | 'pipelineServices';
  readonly service: Record<string, unknown>;
  readonly pipelines: ReadonlyArray<Record<string, unknown>>;
}

const schemaFilter = { includes: CATALOGUED_SCHEMAS.map((s) => `^${s}$`) };

/**
 * The catalog's services: Trino (the lakehouse's tables, with metadata, profiler, usage and
 * dbt pipelines) and Airflow (its DAGs and tasks, from its metadata database). The document's Nessie commit-history connector does not exist in
 * OpenMetadata; lineage comes from dbt's manifest (model to model and source to model), from
 * Trino's query history (INSERT ... SELECT and CREATE TABLE AS), and from the pipeline
 * definitions.
 */
export function catalogServices(inputs: PipelineInputs): CatalogService[] {
  const trino = {
    name: TRINO_SERVICE,
    serviceType: 'Trino',
    description: 'The lakehouse: Trino over the Nessie-catalogued Iceberg tables (bronze, silver, staging, gold).',
    connection: {
      config: {
        type: 'Trino',
        scheme: 'trino',
        hostPort: inputs.trinoHostPort,
        username: inputs.trinoUser,
        authType: { password: '${TRINO_PASSWORD}' },
        catalog: 'iceberg',
        // trino-python-client's connect() arguments: HTTPS, verified against the platform CA.
        // The run pods the server creates mount nothing (the pipeline client takes no volumes),
        // so the bundle must be at this path in the ingestion image itself.
        connectionArguments: { http_scheme: 'https', verify: inputs.caFile },
      },
    },
  };
  const pipeline = (suffix: string, pipelineType: string, schedule: string, config: Record<string, unknown>, service = TRINO_SERVICE) => ({
    name: `${service}-${suffix}`,
    displayName: `${service} ${suffix}`,
    pipelineType,
    sourceConfig: { config },
    airflowConfig: { scheduleInterval: schedule },
    loggerLevel: 'INFO',
  });
  return [
    {
      kind: 'databaseServices',
      service: trino,
      pipelines: [
        pipeline('metadata', 'metadata', inputs.schedules.metadata, {
          type: 'DatabaseMetadata',
          databaseFilterPattern: { includes: ['^iceberg$'] },
          schemaFilterPattern: schemaFilter,
          includeViews: true,
          markDeletedTables: true,
        }),
        pipeline('profiler', 'profiler', inputs.schedules.profiler, {
          type: 'Profiler',
          databaseFilterPattern: { includes: ['^iceberg$'] },
          schemaFilterPattern: { includes: ['^silver$', '^gold$'] },
          // A sample, not the whole table: profiling a fact table in full is a batch job of its own.
          profileSample: 10,
          profileSampleType: 'PERCENTAGE',
          generateSampleData: false,
        }),
        pipeline('usage', 'usage', inputs.schedules.usage, {
          type: 'DatabaseUsage',
          queryLogDuration: 1,
          resultLimit: 10000,
        }),
        // dbt's models, tests and model-to-model lineage from the manifest the dbt component
        // publishes after every run (manifest.json, catalog.json under <prefix>latest/).
        ...(inputs.dbt ? [dbtPipeline(inputs.dbt)] : []),
      ],
    },
    ...(inputs.airflow ? [airflowService(inputs.airflow)] : []),
  ];

  /**
   * Airflow as a pipeline service: OpenMetadata's Airflow connector reads the metadata
   * database (openmetadata-spec connections/pipeline/airflowConnection.json: hostPort is the
   * UI, connection a postgresConnection), giving every DAG as a pipeline with its tasks and
   * their order, its runs' status, and lineage where a task declares inlets and outlets.
   */
  function airflowService(airflow: AirflowSource): CatalogService {
    return {
      kind: 'pipelineServices',
      service: {
        name: AIRFLOW_SERVICE,
        serviceType: 'Airflow',
        description: 'The platform\'s Airflow: its DAGs, their tasks and runs, read from its metadata database (read-only).',
        connection: {
          config: {
            type: 'Airflow',
            hostPort: airflow.url,
            numberOfStatus: 10,
            connection: {
              type: 'Postgres',
              scheme: 'postgresql+psycopg2',
              username: airflow.user,
              authType: { password: '${AIRFLOW_DB_PASSWORD}' },
              hostPort: airflow.databaseHostPort,
              database: airflow.database,
              // TLS to CloudNativePG; the run pods cannot mount its CA, so the certificate is not verified.
              sslMode: 'require',
            },
          },
        },
      },
      pipelines: [
        pipeline('metadata', 'metadata', inputs.schedules.pipelines, { type: 'PipelineMetadata', includeLineage: true, markDeletedPipelines: true, includeTags: true }, AIRFLOW_SERVICE),
      ],
    };
  }

  function dbtPipeline(dbt: NonNullable<PipelineInputs['dbt']>): Record<string, unknown> {
    return pipeline('dbt', 'dbt', inputs.schedules.metadata, {
          type: 'DBT',
          dbtConfigSource: {
            dbtConfigType: 's3',
            dbtSecurityConfig: {
              awsAccessKeyId: '${DBT_ARTIFACTS_ACCESS_KEY_ID}',
              awsSecretAccessKey: '${DBT_ARTIFACTS_SECRET_ACCESS_KEY}',
              awsRegion: dbt.region,
              endPointURL: dbt.endpoint,
            },
            dbtPrefixConfig: { dbtBucketName: dbt.bucket, dbtObjectPrefix: `${dbt.prefix}latest/` },
          },
          dbtUpdateDescriptions: true,
          includeTags: true,
    });
  }
}
