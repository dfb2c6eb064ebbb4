/**
 * Every upstream chart and image the platform runs, pinned, in one place.
 *
 * Bumping a version is a one-line change here; the snapshot tests then show every object it
 * touches. Nothing may be `latest` or unpinned: a test walks these tables and fails if one is.
 */

/** A Helm chart from an upstream repository. */
export interface ChartSource {
  /** Helm repository URL, or for OCI registries the registry path without `oci://`. */
  readonly repoURL: string;
  /** Chart name inside the repository. */
  readonly chart: string;
  /** Exact chart version (no ranges). */
  readonly version: string;
  /** The application version the chart ships, for the platform map and the report. */
  readonly appVersion: string;
  /** True when repoURL is an OCI registry (ArgoCD then needs `enableOCI` on the repository). */
  readonly oci?: boolean;
}

export const CHARTS = {
  traefik: { repoURL: 'https://traefik.github.io/charts', chart: 'traefik', version: '41.3.0', appVersion: 'v3.7.11' },
  certManager: { repoURL: 'quay.io/jetstack/charts', chart: 'cert-manager', version: 'v1.21.1', appVersion: 'v1.21.1', oci: true },
  /** trust-manager: distributes the platform CA (a Bundle) to the namespaces whose clients verify internal TLS; installed next to cert-manager. */
  trustManager: { repoURL: 'quay.io/jetstack/charts', chart: 'trust-manager', version: 'v0.24.0', appVersion: 'v0.24.0', oci: true },
  sealedSecrets: { repoURL: 'https://bitnami-labs.github.io/sealed-secrets', chart: 'sealed-secrets', version: '2.18.5', appVersion: '0.36.6' },
  externalSecrets: { repoURL: 'https://charts.external-secrets.io', chart: 'external-secrets', version: '2.9.0', appVersion: 'v2.9.0' },
  cloudnativePg: { repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', version: '0.29.0', appVersion: '1.30.0' },
  /** CloudNativePG's Barman Cloud plugin (WAL archiving and base backups to S3); plugin v0.13.0 needs CloudNativePG 1.26 or newer. */
  barmanCloudPlugin: { repoURL: 'https://cloudnative-pg.github.io/charts', chart: 'plugin-barman-cloud', version: '0.7.0', appVersion: 'v0.13.0' },
  keycloakx: { repoURL: 'https://codecentric.github.io/helm-charts', chart: 'keycloakx', version: '7.1.11', appVersion: '26.5.6' },
  rancher: { repoURL: 'https://releases.rancher.com/server-charts/latest', chart: 'rancher', version: '2.15.0', appVersion: 'v2.15.0' },
  minioOperator: { repoURL: 'https://operator.min.io/', chart: 'operator', version: '7.1.1', appVersion: 'v7.1.1' },
  nessie: { repoURL: 'https://charts.projectnessie.org', chart: 'nessie', version: '0.108.4', appVersion: '0.108.4' },
  trino: { repoURL: 'https://trinodb.github.io/charts/', chart: 'trino', version: '1.42.2', appVersion: '480' },
  airflow: { repoURL: 'https://airflow.apache.org', chart: 'airflow', version: '1.21.0', appVersion: '3.2.1' },
  kubePrometheusStack: { repoURL: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '88.5.3', appVersion: 'v0.93.1' },
  loki: { repoURL: 'https://grafana-community.github.io/helm-charts', chart: 'loki', version: '18.11.0', appVersion: '3.7.6' },
  alloy: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.11.1', appVersion: 'v1.18.1' },
  velero: { repoURL: 'https://vmware-tanzu.github.io/helm-charts', chart: 'velero', version: '12.1.0', appVersion: '1.18.1' },
  /** Strimzi cluster operator (KRaft only since 0.46; v1 is the only API since 1.0); its CRDs come with the chart (crds/). */
  strimzi: { repoURL: 'https://strimzi.io/charts/', chart: 'strimzi-kafka-operator', version: '1.2.0', appVersion: '1.2.0' },
  /** Kubeflow Spark operator (phase 2); its submission client is Spark 4.0 (the operator image is built on apache/spark:4.0.4). */
  sparkOperator: { repoURL: 'https://kubeflow.github.io/spark-operator', chart: 'spark-operator', version: '2.5.2', appVersion: '2.5.2' },
  /** MLflow tracking server (community-charts; image burakince/mlflow with the mlflow-oidc-auth plugin), phase 3. */
  mlflow: { repoURL: 'https://community-charts.github.io/helm-charts', chart: 'mlflow', version: '1.11.5', appVersion: '3.15.1' },
  /** JupyterHub for Kubernetes (zero-to-jupyterhub-k8s): JupyterHub 5.5.0, oauthenticator 17.4.0, kubespawner 7.0.0, phase 3. */
  jupyterhub: { repoURL: 'https://hub.jupyter.org/helm-chart/', chart: 'jupyterhub', version: '4.4.0', appVersion: '5.5.0' },
  /** OpenMetadata server (the data catalog), phase 3: no subcharts; its database and search are external (CloudNativePG, the opensearch chart). */
  openmetadata: { repoURL: 'https://helm.open-metadata.org', chart: 'openmetadata', version: '1.13.1', appVersion: '1.13.1' },
  /** OpenSearch 3, the catalog's search index (OpenMetadata 1.13 needs OpenSearch 3.2 or newer), phase 3. */
  opensearch: { repoURL: 'https://opensearch-project.github.io/helm-charts', chart: 'opensearch', version: '3.6.0', appVersion: '3.6.0' },
  /** ArgoCD itself: installed once by helm at bootstrap, then managed by its own Application. */
  argoCd: { repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.1.1', appVersion: 'v3.4.4' },
} as const satisfies Record<string, ChartSource>;

export type ChartName = keyof typeof CHARTS;

/** A container image: registry host, repository path and an exact tag (or digest). */
export interface ImageRef {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
}

export const IMAGES = {
  /** PostgreSQL operand for CloudNativePG clusters. */
  postgres: { registry: 'ghcr.io', repository: 'cloudnative-pg/postgresql', tag: '17.6' },
  /**
   * MinIO server. The community edition is archived upstream: this is a frozen snapshot and
   * will get no further fixes. Pin it, mirror it, and keep the object store behind the
   * ObjectStore interface so another S3 implementation can replace it.
   */
  minio: { registry: 'quay.io', repository: 'minio/minio', tag: 'RELEASE.2025-09-07T16-13-09Z' },
  /** MinIO client, used by the bucket/policy setup Job. */
  minioClient: { registry: 'quay.io', repository: 'minio/mc', tag: 'RELEASE.2025-08-13T08-35-41Z' },
  /** MinIO operator and the sidecar it injects into tenant pods (released together). */
  minioOperator: { registry: 'quay.io', repository: 'minio/operator', tag: 'v7.1.1' },
  minioOperatorSidecar: { registry: 'quay.io', repository: 'minio/operator-sidecar', tag: 'v7.1.1' },
  /** Project Nessie server (the chart's appVersion). */
  nessie: { registry: 'ghcr.io', repository: 'projectnessie/nessie', tag: '0.108.4' },
  /** Nessie GC, the catalog's garbage collection (the same release as the server). */
  nessieGc: { registry: 'ghcr.io', repository: 'projectnessie/nessie-gc', tag: '0.108.4' },
  /** Prometheus JMX exporter sidecar of the Trino pods (the chart's default image, pinned). */
  jmxExporter: { registry: 'docker.io', repository: 'bitnamilegacy/jmx-exporter', tag: '1.4.0' },
  /** Trino CLI and server image (the CLI runs the first-query Job). */
  trino: { registry: 'docker.io', repository: 'trinodb/trino', tag: '480' },
  /** Keycloak realm-as-code tool, run as a Job on every sync; built against Keycloak 26.5 (the keycloakx chart's 26.5.6). */
  keycloakConfigCli: { registry: 'docker.io', repository: 'adorsys/keycloak-config-cli', tag: '6.5.1-26.5.5' },
  /**
   * kubectl with a shell and the usual text tools (alpine/k8s, tagged by its kubectl release):
   * the restore drills drive scratch restores with it (create, wait, verify, delete).
   */
  kubectl: { registry: 'docker.io', repository: 'alpine/k8s', tag: '1.34.2' },
  /** Strimzi's Kafka 4.3.1 image of Strimzi 1.2.0: the base of the Kafka Connect image (images/kafka-connect/). */
  strimziKafka: { registry: 'quay.io', repository: 'strimzi/kafka', tag: '1.2.0-kafka-4.3.1' },
  /** Plain shell utilities for small Jobs. */
  busybox: { registry: 'docker.io', repository: 'library/busybox', tag: '1.37.0' },
  /** Airflow (scheduler, API server, DAG processor, task pods, and the load-test Job's Python). */
  airflow: { registry: 'docker.io', repository: 'apache/airflow', tag: '3.2.1' },
  /** Pulls the DAGs folder from the GitOps repository into the Airflow pods. */
  gitSync: { registry: 'registry.k8s.io', repository: 'git-sync/git-sync', tag: 'v4.4.2' },
  /** Turns Airflow's StatsD metrics into Prometheus metrics. */
  statsdExporter: { registry: 'quay.io', repository: 'prometheus/statsd-exporter', tag: 'v0.29.0' },
  /** Velero server and node agent. */
  velero: { registry: 'docker.io', repository: 'velero/velero', tag: 'v1.18.1' },
  /** Spark 4.0 (Scala 2.13, Java 17), the operator's submission line: the base of the lakehouse Spark image (images/spark/). */
  spark: { registry: 'docker.io', repository: 'apache/spark', tag: '4.0.4' },
  /** Python for the dbt image (images/dbt/): dbt-trino 1.10 supports Python 3.9 to 3.13. */
  python: { registry: 'docker.io', repository: 'library/python', tag: '3.12.11-slim-bookworm' },
  /** MLflow server and model servers: the mlflow chart's image (its appVersion), which bundles mlflow-oidc-auth and the PostgreSQL and S3 clients. */
  mlflow: { registry: 'docker.io', repository: 'burakince/mlflow', tag: '3.15.1' },
  /** JupyterHub's hub image of the jupyterhub chart 4.4.0 (JupyterHub 5.5.0, oauthenticator 17.4.0, kubespawner 7.0.0, the idle culler). */
  jupyterhubHub: { registry: 'quay.io', repository: 'jupyterhub/k8s-hub', tag: '4.4.0' },
  /** The proxy in front of the hub and the notebook servers (the jupyterhub chart 4.4.0's default). */
  configurableHttpProxy: { registry: 'quay.io', repository: 'jupyterhub/configurable-http-proxy', tag: '5.2.0' },
  /** The pause container the jupyterhub chart's image puller keeps running after its pulls (the chart 4.4.0's default). */
  pause: { registry: 'registry.k8s.io', repository: 'pause', tag: '3.10.1' },
  /** Jupyter's docker-stacks PySpark notebook (Spark 4.0, Python 3.12): the base of the notebook image (images/notebook/). */
  pysparkNotebook: { registry: 'quay.io', repository: 'jupyter/pyspark-notebook', tag: 'spark-4.0.1' },
  /** OpenMetadata server (the openmetadata chart's appVersion; upstream publishes it on Docker Hub as well as docker.getcollate.io). */
  openmetadataServer: { registry: 'docker.io', repository: 'openmetadata/server', tag: '1.13.1' },
  /** OpenMetadata's ingestion image (connectors and the `metadata` CLI), the server's release: ingestion Jobs run it. */
  openmetadataIngestion: { registry: 'docker.io', repository: 'openmetadata/ingestion', tag: '1.13.1' },
  /** OpenSearch (the opensearch chart's appVersion). */
  opensearch: { registry: 'docker.io', repository: 'opensearchproject/opensearch', tag: '3.6.0' },
  /** Apache Ranger admin (upstream's image on Docker Hub, built from apache/ranger-tools release/Dockerfile.ranger; PostgreSQL driver included). */
  ranger: { registry: 'docker.io', repository: 'apache/ranger', tag: '2.9.0' },
  /** Velero's S3 object-store plugin (the release line paired with Velero 1.18). */
  veleroPluginAws: { registry: 'docker.io', repository: 'velero/velero-plugin-for-aws', tag: 'v1.14.0' },
} as const satisfies Record<string, ImageRef>;

export type ImageName = keyof typeof IMAGES;

/**
 * An image lakeplane defines (images/<name>/Dockerfile) and the user's CI builds and pushes to
 * `registry.builtImages`: an upstream base (IMAGES) plus pinned additions.
 */
export interface BuiltImage {
  readonly repository: string;
  readonly tag: string;
  /** The upstream image it starts FROM. */
  readonly base: ImageName;
  readonly dockerfile: string;
}

export const BUILT_IMAGES = {
  /** Spark with the Iceberg runtime, its AWS bundle, Nessie's SQL extensions and the Kafka source (SPARK_JARS). */
  spark: { repository: 'lakeplane/spark', tag: '4.0.4-iceberg1.11.0-nessie0.108.4-1', base: 'spark', dockerfile: 'images/spark/Dockerfile' },
  /** Kafka Connect workers: Strimzi's Kafka image with the plugins of CONNECT_PLUGINS (Debezium PostgreSQL and MySQL, Aiven's S3 sink). */
  kafkaConnect: { repository: 'lakeplane/kafka-connect', tag: '1.2.0-kafka-4.3.1-debezium3.5.2-aiven3.3.0-1', base: 'strimziKafka', dockerfile: 'images/kafka-connect/Dockerfile' },
  /** The JupyterHub user image: docker-stacks' PySpark notebook with the Trino client, SQLAlchemy, MLflow and scikit-learn pinned (NOTEBOOK_PACKAGES). */
  notebook: { repository: 'lakeplane/notebook', tag: 'spark-4.0.1-mlflow3.15.1-1', base: 'pysparkNotebook', dockerfile: 'images/notebook/Dockerfile' },
  /** dbt Core with the Trino adapter and the lakehouse's dbt project (dbt/) baked in (DBT_PACKAGES). */
  dbt: { repository: 'lakeplane/dbt', tag: '1.11.8-trino1.10.2-1', base: 'python', dockerfile: 'images/dbt/Dockerfile' },
  /** GX Core 1.x with the Trino SQLAlchemy dialect and boto3, and the checkpoint runner (GX_PACKAGES). */
  greatExpectations: { repository: 'lakeplane/great-expectations', tag: '1.20.0-2', base: 'python', dockerfile: 'images/great-expectations/Dockerfile' },
} as const satisfies Record<string, BuiltImage>;

export type BuiltImageName = keyof typeof BUILT_IMAGES;

/** A jar from Maven Central, by coordinates. */
export interface MavenJar {
  readonly group: string;
  readonly artifact: string;
  readonly version: string;
}

/**
 * The jars the lakehouse Spark image adds to /opt/spark/jars, for Spark 4.0 on Scala 2.13
 * (Spark 4 ships only _2.13 builds): Iceberg 1.11.0 supports Spark 4.0 and 4.1; Nessie's
 * extensions exist for 4.0, 3.5 and 3.4, not 4.1 (projectnessie/nessie
 * integrations/spark-scala.properties), which keeps the platform on 4.0. The Kafka source's
 * runtime dependencies are baked in too (no `deps.packages` download at run time). Their
 * sha512 sums are in images/spark/jars.sha512, written by images/spark/lock.sh.
 */
export const SPARK_JARS: readonly MavenJar[] = [
  { group: 'org.apache.iceberg', artifact: 'iceberg-spark-runtime-4.0_2.13', version: '1.11.0' },
  { group: 'org.apache.iceberg', artifact: 'iceberg-aws-bundle', version: '1.11.0' },
  { group: 'org.projectnessie.nessie-integrations', artifact: 'nessie-spark-extensions-4.0_2.13', version: '0.108.4' },
  { group: 'org.apache.spark', artifact: 'spark-sql-kafka-0-10_2.13', version: '4.0.4' },
  { group: 'org.apache.spark', artifact: 'spark-token-provider-kafka-0-10_2.13', version: '4.0.4' },
  { group: 'org.apache.kafka', artifact: 'kafka-clients', version: '3.9.0' },
  { group: 'org.apache.commons', artifact: 'commons-pool2', version: '2.12.0' },
  // S3A for the streaming checkpoints: hadoop-aws matching the image's Hadoop (3.4.1 in Spark 4.0) and its SDK v2 bundle.
  { group: 'org.apache.hadoop', artifact: 'hadoop-aws', version: '3.4.1' },
  { group: 'software.amazon.awssdk', artifact: 'bundle', version: '2.24.6' },
];

/** A Kafka Connect plugin archive the Connect image unpacks into /opt/kafka/plugins/<name>/. */
export interface ConnectPlugin {
  readonly version: string;
  /** Where the archive is downloaded from (Maven Central or the project's release page). */
  readonly url: string;
}

/**
 * The plugins of the Connect image (BUILT_IMAGES.kafkaConnect), pinned. Their sha512 sums are
 * in images/kafka-connect/plugins.sha512, written by images/kafka-connect/lock.sh; a test holds
 * that file and the Dockerfile to these URLs.
 */
export const CONNECT_PLUGINS = {
  /** Debezium 3.5.2.Final: 3.6.x has MySQL DDL-parser regressions (phase2-3-facts §2). */
  'debezium-postgres': {
    version: '3.5.2.Final',
    url: 'https://repo1.maven.org/maven2/io/debezium/debezium-connector-postgres/3.5.2.Final/debezium-connector-postgres-3.5.2.Final-plugin.tar.gz',
  },
  'debezium-mysql': {
    version: '3.5.2.Final',
    url: 'https://repo1.maven.org/maven2/io/debezium/debezium-connector-mysql/3.5.2.Final/debezium-connector-mysql-3.5.2.Final-plugin.tar.gz',
  },
  /** Aiven's S3 sink (Apache-2.0), released on GitHub with the other cloud-storage connectors. */
  'aiven-s3-sink': {
    version: '3.3.0',
    url: 'https://github.com/Aiven-Open/cloud-storage-connectors-for-apache-kafka/releases/download/v3.3.0/s3-sink-connector-for-apache-kafka-3.3.0.tar',
  },
} as const satisfies Record<string, ConnectPlugin>;

/**
 * The Python packages the notebook image (images/notebook/) pins on top of docker-stacks'
 * PySpark notebook, whose Spark and pyspark (4.0, the platform's line) it keeps. The MLflow
 * client is the server's release (IMAGES.mlflow), so the two speak the same REST API.
 */
export const NOTEBOOK_PACKAGES: Readonly<Record<string, string>> = {
  pandas: '3.1.1',
  numpy: '2.5.5',
  'scikit-learn': '1.9.1',
  matplotlib: '3.11.2',
  trino: '0.340.0',
  sqlalchemy: '2.1.9',
  mlflow: '3.15.1',
};

/**
 * The Python packages of the dbt image, pinned: dbt-trino 1.10.2 needs dbt-core >= 1.8 and
 * dbt-adapters < 2 (starburstdata/dbt-trino v1.10.2 setup.py); boto3 publishes the run's
 * manifest.json to the object store for the catalog.
 */
/**
 * The Python packages of the Great Expectations image (images/great-expectations/): GX Core
 * 1.x (the class-based API; the 0.x YAML and CLI workflow is gone), the Trino dialect its SQL
 * data source connects with, boto3 for Data Docs on the object store, and OpenMetadata's
 * ingestion package with its GX 1.x extra for the action that sends results to the catalog.
 * The action's client must be the server's release (IMAGES.openmetadataServer, 1.13.1; the
 * package adds a fourth number), and the package pins boto3 to ~=1.41.5 and SQLAlchemy to
 * >=2,<3 (ingestion/setup.py of that release), so boto3 follows it here.
 */
export const GX_PACKAGES: Readonly<Record<string, string>> = {
  great_expectations: '1.20.0',
  trino: '0.333.0',
  sqlalchemy: '2.0.41',
  boto3: '1.41.5',
  'openmetadata-ingestion[great-expectations-1xx]': '1.13.1.0',
};

export const DBT_PACKAGES: Readonly<Record<string, string>> = {
  'dbt-core': '1.11.8',
  'dbt-trino': '1.10.2',
  boto3: '1.40.0',
};
