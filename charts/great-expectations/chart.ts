/**
 * Great Expectations: the quality gate between silver and gold (the architecture document's
 * §3.2), with GX Core 1.x.
 *
 * - The suites are code (./suites.ts): GX 1.x expectation classes and their arguments on the
 *   tables the platform creates. The checkpoint runner in the image
 *   (images/great-expectations/run_checkpoint.py) builds an ephemeral GX context from them,
 *   validates through Trino (the `quality` service user, read-only, over HTTPS with the
 *   platform CA), writes Data Docs to the object store and exits non-zero on any failed
 *   expectation.
 * - Airflow runs it: the dbt DAG (dags/dbt_build.py) launches the pod this component defines
 *   (the ConfigMap `quality-run`) before `dbt build`, and a failed gate stops the build, so
 *   bad rows never reach the gold marts.
 * - Data Docs go to the `data-docs` bucket, which only this component writes (its own
 *   object-store user and policy).
 * - Where the catalog is built, every result also goes to OpenMetadata, as test cases on the
 *   table's page (OpenMetadata's GX 1.x action, OpenMetadataValidationAction1xx), with the
 *   token of the catalog's ingestion bot, which the catalog's sync Job writes here as a Secret.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { PlatformCommon } from '../../constructs/common';
import type { CertificateAuthority } from '../../constructs/ingress';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { ContainerSize, toResources } from '../../constructs/resources';
import { trustIn } from '../../constructs/trust';
import { toYaml } from '../../lib/yaml';
import type { Orchestrator } from '../airflow/handle';
import type { DataCatalog } from '../openmetadata/handle';
import type { QueryEngine } from '../trino/handle';
import { defineComponent } from '../spec';
import type { GreatExpectationsConfig } from './config';
import type { QualityGate } from './handle';
import { OrderChecks, qualitySuites, suiteProblems } from './suites';

export const GREAT_EXPECTATIONS = 'great-expectations';
/** The namespace of the check pods. */
export const QUALITY_NAMESPACE = 'data-quality';
/** The ConfigMap holding the pod the dbt DAG launches (dags/dbt_build.py reads it by this name). */
export const QUALITY_RUN_CONFIGMAP = 'quality-run';
/** The bucket of the Data Docs site. */
export const DATA_DOCS_BUCKET = 'data-docs';
/** The image's user (images/great-expectations/Dockerfile). */
const GX_UID = 10001;
const SUITES_DIR = '/etc/gx';
/** Labels of the check pods (the NetworkPolicies select them). */
const GATE_LABELS = { 'app.kubernetes.io/name': GREAT_EXPECTATIONS, 'app.kubernetes.io/component': 'quality-gate' } as const;

export interface GreatExpectationsChartProps {
  readonly common: PlatformCommon;
  readonly config?: GreatExpectationsConfig;
  readonly trino: QueryEngine;
  readonly orchestrator: Orchestrator;
  readonly objectStore: ObjectStore;
  readonly authority: CertificateAuthority;
  /** Where the results go besides Data Docs: the catalog, on the tables' pages. @default - no catalog: the log, the exit code and Data Docs only */
  readonly catalog?: DataCatalog;
}

export class GreatExpectationsChart extends PlatformChart {
  readonly handle: QualityGate;
  /** The pod the DAG launches. */
  readonly pod: Record<string, unknown>;
  readonly suites: ReturnType<typeof qualitySuites>;

  constructor(scope: Construct, props: GreatExpectationsChartProps) {
    super(scope, { component: GREAT_EXPECTATIONS, common: props.common, phase: 3, namespace: QUALITY_NAMESPACE });
    const config = props.config ?? {};
    const production = props.common.profile === 'production';
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 0.5 : 0.25), memoryGiB: config.memoryGiB ?? (production ? 1 : 0.5) };
    const min = config.minDailyRows ?? 1000;
    const max = config.maxDailyRows ?? 100000;
    if (min > max) {
      throw new Error(`great-expectations.minDailyRows must be <= maxDailyRows (got ${min} > ${max}); lower minDailyRows or raise maxDailyRows`);
    }
    this.suites = qualitySuites({ dailyRows: { min, max }, eventTypes: config.eventTypes, orders: orderChecks(config.orders) });
    const problems = suiteProblems(this.suites);
    if (problems.length > 0) {
      throw new Error(`great-expectations: the suites would not run:\n  ${problems.join('\n  ')}`);
    }

    const ns = new PlatformNamespace(this, 'namespace', { name: QUALITY_NAMESPACE });
    const trust = trustIn(this, ns.name, props.authority.trust);
    const password = props.trino.addServiceUser(this, props.trino.qualityUser, ns.name);
    props.trino.allowClient(ns.name);
    ns.allowEgress('trino', { peers: [{ namespace: props.trino.namespace, podLabels: { ...props.trino.podLabels } }], ports: [props.trino.port] });
    const docs = props.objectStore.bucket(DATA_DOCS_BUCKET);
    const credentials = props.objectStore.grant(this, GREAT_EXPECTATIONS, ns.name, [{ bucket: docs, access: 'readwrite' }]);

    // The results on the tables' pages in the catalog (the server's ingestion bot token, which
    // the catalog's sync Job writes here; the tables are there from its Trino ingestion).
    const catalog = props.catalog;
    const botToken = catalog?.shareBotToken(this, ns.name);
    if (catalog) {
      catalog.allowClient(ns.name, GATE_LABELS);
      ns.allowEgress('openmetadata', { peers: [{ namespace: catalog.namespace, podLabels: { ...catalog.podLabels } }], ports: [catalog.port], podLabels: GATE_LABELS });
    }

    const suitesConfig = new k8s.KubeConfigMap(this, 'suites', {
      metadata: { name: 'quality-suites', namespace: ns.name },
      data: { 'suites.json': `${JSON.stringify(this.suites, null, 2)}\n` },
    });

    const labels = { ...GATE_LABELS, 'app.kubernetes.io/part-of': 'lakeplane' };
    const secretEnv = (name: string, secret: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
    this.pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: 'quality-gate-', namespace: ns.name, labels },
      spec: {
        restartPolicy: 'Never',
        automountServiceAccountToken: false,
        securityContext: { runAsNonRoot: true, runAsUser: GX_UID, runAsGroup: GX_UID, fsGroup: GX_UID, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            // The KubernetesPodOperator follows the container named `base`.
            name: 'base',
            image: props.common.images.built('greatExpectations'),
            env: [
              { name: 'GX_SUITES_FILE', value: `${SUITES_DIR}/suites.json` },
              { name: 'TRINO_HOST', value: props.trino.host },
              { name: 'TRINO_PORT', value: String(props.trino.port) },
              { name: 'TRINO_USER', value: props.trino.qualityUser },
              secretEnv('TRINO_PASSWORD', password.name, password.key),
              { name: 'TRINO_CA_FILE', value: trust.pemFile },
              { name: 'GX_DOCS_BUCKET', value: docs.name },
              { name: 'GX_DOCS_PREFIX', value: 'data-docs' },
              { name: 'AWS_ENDPOINT_URL', value: props.objectStore.endpoint },
              { name: 'AWS_REGION', value: props.objectStore.region },
              { name: 'AWS_CA_BUNDLE', value: trust.pemFile },
              secretEnv('AWS_ACCESS_KEY_ID', credentials.secret.name, credentials.accessKeyKey),
              secretEnv('AWS_SECRET_ACCESS_KEY', credentials.secret.name, credentials.secretKeyKey),
              ...(catalog && botToken
                ? [
                    { name: 'OPENMETADATA_API', value: catalog.apiUri },
                    { name: 'OPENMETADATA_SERVICE', value: catalog.trinoService },
                    // Optional: before the catalog's first sync there is no token yet, and the
                    // gate still decides (the runner says the results were not sent).
                    { name: 'OPENMETADATA_JWT', valueFrom: { secretKeyRef: { name: botToken.name, key: botToken.key, optional: true } } },
                  ]
                : []),
            ],
            resources: toResources(size),
            securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
            volumeMounts: [{ name: 'suites', mountPath: SUITES_DIR, readOnly: true }, trust.volumeMount, { name: 'scratch', mountPath: '/tmp' }],
          },
        ],
        volumes: [{ name: 'suites', configMap: { name: suitesConfig.name } }, trust.volume, { name: 'scratch', emptyDir: { sizeLimit: '1Gi' } }],
      },
    };
    new k8s.KubeConfigMap(this, 'run', {
      metadata: { name: QUALITY_RUN_CONFIGMAP, namespace: ns.name },
      data: { 'pod.yaml': toYaml(this.pod) },
    });
    this.declareWorkload({ name: 'quality-gate', replicas: 1, size });

    // Airflow's task pods launch the gate here, follow it and clean it up.
    const launcher = new k8s.KubeRole(this, 'launcher', {
      metadata: { name: 'airflow-quality-launcher', namespace: ns.name },
      rules: [
        { apiGroups: [''], resources: ['pods'], verbs: ['create', 'get', 'list', 'watch', 'delete', 'patch'] },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
        { apiGroups: [''], resources: ['events'], verbs: ['list'] },
        { apiGroups: [''], resources: ['configmaps'], resourceNames: [QUALITY_RUN_CONFIGMAP], verbs: ['get'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'launcher-binding', {
      metadata: { name: 'airflow-quality-launcher', namespace: ns.name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: launcher.name },
      subjects: [{ kind: 'ServiceAccount', name: props.orchestrator.taskServiceAccount, namespace: props.orchestrator.namespace }],
    });

    this.handle = { namespace: ns.name, runConfigMap: QUALITY_RUN_CONFIGMAP, dataDocs: { bucket: docs, prefix: 'data-docs' } };
  }
}

/** The order checks' figures, defaulted (the document's) and checked against each other. */
export function orderChecks(config: GreatExpectationsConfig['orders'] = {}): OrderChecks {
  const rows = { min: config.minDailyRows ?? 1000, max: config.maxDailyRows ?? 100000 };
  const meanPrice = { min: config.minMeanPrice ?? 10, max: config.maxMeanPrice ?? 500 };
  if (rows.min > rows.max) {
    throw new Error(`great-expectations.orders.minDailyRows must be <= orders.maxDailyRows (got ${rows.min} > ${rows.max}); lower minDailyRows or raise maxDailyRows`);
  }
  if (meanPrice.min > meanPrice.max) {
    throw new Error(`great-expectations.orders.minMeanPrice must be <= orders.maxMeanPrice (got ${meanPrice.min} > ${meanPrice.max}); lower minMeanPrice or raise maxMeanPrice`);
  }
  const countryCodes = config.countryCodes ?? ['US', 'CA', 'MX'];
  const repeated = countryCodes.filter((c, i) => countryCodes.indexOf(c) !== i);
  if (repeated.length > 0) {
    throw new Error(`great-expectations.orders.countryCodes lists ${repeated.join(', ')} more than once; list each country once`);
  }
  return { countryCodes, dailyRows: rows, meanPrice };
}

export const greatExpectationsComponent = defineComponent({
  id: GREAT_EXPECTATIONS,
  phase: 3,
  layer: 'governance',
  description: 'Great Expectations (GX Core 1.x): the suites of charts/great-expectations on silver events and the staging events and orders, run by the dbt DAG before it builds gold; a failed expectation stops the build; Data Docs in the object store',
  dependsOn: () => ['trino', 'airflow', 'minio', 'cert-manager', 'dbt'],
  optionalDeps: () => ['openmetadata'],
  holdsData: undefined,
  build: (ctx) => {
    const chart = new GreatExpectationsChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components['great-expectations'],
      trino: ctx.handles.get('trino'),
      orchestrator: ctx.handles.get('airflow'),
      objectStore: ctx.handles.get('minio'),
      authority: ctx.handles.get('cert-manager'),
      catalog: ctx.handles.find('openmetadata'),
    });
    return { charts: [chart], handle: chart.handle };
  },
});
