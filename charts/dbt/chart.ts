/**
 * dbt: the lakehouse's SQL models (the repository's dbt/ project: staging views over bronze
 * and silver, marts in gold, with tests and source freshness), run with dbt-trino against
 * Trino's iceberg catalog.
 *
 * - The dbt image (images/dbt/) holds dbt, the adapter and the project; the user's CI builds
 *   it, so a model change ships as a new image tag.
 * - Airflow runs it: the DAG dags/dbt_build.py launches the pod this component defines (the
 *   ConfigMap `dbt-run` in the dbt namespace: a Pod spec) with the KubernetesPodOperator,
 *   every night after the Spark batch. Airflow's task ServiceAccount may create, watch and
 *   delete pods in the dbt namespace and read that ConfigMap, nothing else.
 * - The profile (profiles.yml) is generated from the Trino handle: HTTPS to the coordinator
 *   inside the cluster, the platform CA, and the `dbt` service user with a password
 *   (dbt-trino's `ldap` method sends user and password over HTTPS; Trino checks it against
 *   its password file), which works in batch where OAuth's browser flow cannot.
 * - After the run, the pod publishes target/manifest.json and catalog.json to the object store
 *   for the catalog (phase 3) and for lineage.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { DbtConfig } from './config';
import type { DbtHandle } from './handle';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority } from '../../constructs/ingress';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { secretEnv } from '../../constructs/secret';
import { trustIn } from '../../constructs/trust';
import { toYaml } from '../../lib/yaml';
import type { Orchestrator } from '../airflow/handle';
import type { QueryEngine } from '../trino/handle';
import { defineComponent } from '../spec';

export const DBT = 'dbt';
/** The ConfigMap that holds the pod the DAG launches (dags/dbt_build.py reads it by this name). */
export const DBT_RUN_CONFIGMAP = 'dbt-run';
/** Where the image holds the project (images/dbt/Dockerfile). */
export const DBT_PROJECT_DIR = '/opt/dbt/project';
/** The bucket of the runs' artifacts. */
export const DBT_ARTIFACTS_BUCKET = 'dbt-artifacts';
/** The dbt image's user (images/dbt/Dockerfile). */
const DBT_UID = 10001;
const PROFILES_DIR = '/etc/dbt';

export interface DbtChartProps {
  readonly common: PlatformCommon;
  readonly config?: DbtConfig;
  readonly trino: QueryEngine;
  readonly orchestrator: Orchestrator;
  readonly objectStore: ObjectStore;
  readonly authority: CertificateAuthority;
}

/** profiles.yml for dbt-trino, from the Trino handle (dbt/adapters/trino/connections.py fields). */
export function profilesYaml(props: { readonly host: string; readonly port: number; readonly user: string; readonly caFile: string; readonly threads: number }): string {
  return toYaml({
    lakehouse: {
      target: 'platform',
      outputs: {
        platform: {
          type: 'trino',
          method: 'ldap',
          host: props.host,
          port: props.port,
          http_scheme: 'https',
          cert: props.caFile,
          user: props.user,
          password: "{{ env_var('DBT_TRINO_PASSWORD') }}",
          database: 'iceberg',
          schema: 'staging',
          threads: props.threads,
        },
      },
    },
  });
}

export class DbtChart extends PlatformChart {
  readonly handle: DbtHandle;
  /** The pod the DAG launches. */
  readonly pod: Record<string, unknown>;
  readonly profiles: string;

  constructor(scope: Construct, props: DbtChartProps) {
    super(scope, { component: DBT, common: props.common, phase: 2, namespace: DBT });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 1 : 0.25), memoryGiB: config.memoryGiB ?? (production ? 1 : 0.5) };
    const threads = config.threads ?? (production ? 4 : 2);

    const ns = new PlatformNamespace(this, 'namespace', { name: DBT });
    const trust = trustIn(this, ns.name, props.authority.trust);

    const password = props.trino.addServiceUser(this, props.trino.transformUser, ns.name);
    const artifacts = props.objectStore.bucket(DBT_ARTIFACTS_BUCKET);
    const credentials = props.objectStore.grant(this, DBT, ns.name, [{ bucket: artifacts, access: 'readwrite' }]);
    props.trino.allowClient(ns.name);
    ns.allowEgress('trino', { peers: [{ namespace: props.trino.namespace, podLabels: { ...props.trino.podLabels } }], ports: [props.trino.port] });

    this.profiles = profilesYaml({ host: props.trino.host, port: props.trino.port, user: props.trino.transformUser, caFile: trust.pemFile, threads });
    const profiles = new k8s.KubeConfigMap(this, 'profiles', {
      metadata: { name: 'dbt-profiles', namespace: ns.name },
      data: { 'profiles.yml': this.profiles },
    });

    const labels = { 'app.kubernetes.io/name': DBT, 'app.kubernetes.io/part-of': 'lakeplane', 'app.kubernetes.io/component': 'run' };
    this.pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: 'dbt-build-', namespace: ns.name, labels },
      spec: {
        restartPolicy: 'Never',
        automountServiceAccountToken: false,
        securityContext: { runAsNonRoot: true, runAsUser: DBT_UID, runAsGroup: DBT_UID, fsGroup: DBT_UID, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            // The KubernetesPodOperator looks for the container named `base`.
            name: 'base',
            image: props.common.images.built('dbt'),
            workingDir: DBT_PROJECT_DIR,
            command: ['/bin/sh', '-ec'],
            // Source freshness first (a stale source fails the run before models build on it),
            // then models and tests, then the docs catalog; the artifacts are published even
            // when a test fails, so the catalog shows the failing run.
            args: ['dbt source freshness && status=0; dbt build || status=$?; dbt docs generate || true; python -m publish_artifacts; exit $status'],
            env: [
              { name: 'DBT_PROFILES_DIR', value: PROFILES_DIR },
              { name: 'DBT_TARGET_PATH', value: '/tmp/dbt-target' },
              { name: 'DBT_LOG_PATH', value: '/tmp/dbt-logs' },
              secretEnv('DBT_TRINO_PASSWORD', password),
              { name: 'LAKEPLANE_ARTIFACTS_BUCKET', value: artifacts.name },
              { name: 'LAKEPLANE_ARTIFACTS_PREFIX', value: '' },
              { name: 'AWS_ENDPOINT_URL', value: props.objectStore.endpoint },
              { name: 'AWS_REGION', value: props.objectStore.region },
              { name: 'AWS_CA_BUNDLE', value: trust.pemFile },
              secretEnv('AWS_ACCESS_KEY_ID', { name: credentials.secret.name, key: credentials.accessKeyKey }),
              secretEnv('AWS_SECRET_ACCESS_KEY', { name: credentials.secret.name, key: credentials.secretKeyKey }),
            ],
            resources: toResources(size),
            securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
            volumeMounts: [
              { name: 'profiles', mountPath: PROFILES_DIR, readOnly: true },
              trust.volumeMount,
              { name: 'scratch', mountPath: '/tmp' },
            ],
          },
        ],
        volumes: [{ name: 'profiles', configMap: { name: profiles.name } }, trust.volume, { name: 'scratch', emptyDir: { sizeLimit: '2Gi' } }],
      },
    };
    new k8s.KubeConfigMap(this, 'run', {
      metadata: { name: DBT_RUN_CONFIGMAP, namespace: ns.name },
      data: { 'pod.yaml': toYaml(this.pod) },
    });
    this.declareWorkload({ name: 'dbt-build', replicas: 1, size });

    // Airflow's task pods launch the run here, follow it and clean it up.
    const launcher = new k8s.KubeRole(this, 'launcher', {
      metadata: { name: 'airflow-dbt-launcher', namespace: ns.name },
      rules: [
        { apiGroups: [''], resources: ['pods'], verbs: ['create', 'get', 'list', 'watch', 'delete', 'patch'] },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
        { apiGroups: [''], resources: ['events'], verbs: ['list'] },
        { apiGroups: [''], resources: ['configmaps'], resourceNames: [DBT_RUN_CONFIGMAP], verbs: ['get'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'launcher-binding', {
      metadata: { name: 'airflow-dbt-launcher', namespace: ns.name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: launcher.name },
      subjects: [{ kind: 'ServiceAccount', name: props.orchestrator.taskServiceAccount, namespace: props.orchestrator.namespace }],
    });

    this.handle = { artifacts: { bucket: artifacts, prefix: '' }, schemas: ['staging', 'gold'] };
  }
}

export const dbtComponent = defineComponent({
  id: DBT,
  phase: 2,
  layer: 'processing',
  description: 'dbt: the SQL models of dbt/ (staging over bronze and silver, marts in gold, tests, source freshness) on Trino, run nightly by Airflow',
  dependsOn: () => ['trino', 'airflow', 'minio', 'cert-manager'],
  build: (ctx) => {
    const chart = new DbtChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.dbt,
      trino: ctx.handles.get('trino'),
      orchestrator: ctx.handles.get('airflow'),
      objectStore: ctx.handles.get('minio'),
      authority: ctx.handles.get('cert-manager'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
