/** The airflow component: executor, HA, metadata database, Keycloak login, DAGs by git-sync, connections. */
import { App } from 'cdk8s';
import { AirflowChart, AirflowProps, CONNECTION_IDS, TRINO_PASSWORD_ENV, TrinoEndpoint, airflowConnections, webserverConfig } from '../charts/airflow/chart';
import { PlatformSecret } from '../constructs/secret';
import type { PlatformCommon } from '../constructs/common';
import { parseConfig } from '../config/load';
import { ENVIRONMENTS } from '../config';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { HELM_VALUES_DIR, helmValuesProblems } from './helm-values';
import { UPSTREAM_VALUES, testNeeding } from './support/requirements';
import { FakeIdentity, FakeObjectStore, fakeAuthority, fakeIngress, fakePostgres } from './ops-fakes';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { field, findObject, manifests, testCommon } from './util';

/** A Trino endpoint that records the service users registered with it. */
function fakeTrino(): TrinoEndpoint & { registered: Array<{ namespace: string; secret: string }> } {
  const registered: Array<{ namespace: string; secret: string }> = [];
  return {
    host: 'trino.trino.svc',
    port: 8443,
    namespace: 'trino',
    podLabels: { 'app.kubernetes.io/name': 'trino' },
    user: 'airflow',
    registered,
    credentials: (scope, namespace) => {
      const secret = new PlatformSecret(scope, 'trino-user', { name: 'trino-airflow', namespace, keys: { password: { generate: { length: 40 } } }, readers: ['airflow'], description: 'test' });
      registered.push({ namespace, secret: secret.name });
      return secret.ref('password');
    },
  };
}
const trino = fakeTrino();
const catalog = { apiUrl: 'https://nessie.nessie.svc:19121/api/v2', namespace: 'nessie', podLabels: { 'app.kubernetes.io/name': 'nessie' }, port: 19121 };

function build(common: PlatformCommon = testCommon('prod'), extra: Partial<AirflowProps> = {}) {
  const identity = new FakeIdentity();
  const objectStore = new FakeObjectStore();
  const chart = new AirflowChart(new App({ outdir: 'unused' }), 'airflow', {
    common,
    postgres: fakePostgres,
    identity,
    ingress: fakeIngress,
    authority: fakeAuthority,
    objectStore,
    trino,
    catalog,
    ...extra,
  });
  return { chart, identity, objectStore };
}

const prod = build();
const objs = manifests(prod.chart);
const values = prod.chart.helm.values;
const env = Object.fromEntries(values.env.map((e) => [e.name, e.value]));

describe('airflow (production)', () => {
  test('snapshot', () => {
    expect(objs).toMatchSnapshot();
  });

  test('KubernetesExecutor, 2 schedulers and 2 API servers of 2 CPU / 4 GiB, spread and protected', () => {
    expect(values.executor).toBe('KubernetesExecutor');
    for (const part of [values.scheduler, values.apiServer]) {
      expect(part.replicas).toBe(2);
      expect(part.resources).toEqual({ requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '4Gi' } });
      expect(part.podDisruptionBudget).toEqual({ enabled: true, config: { maxUnavailable: 1 } });
      expect(part.topologySpreadConstraints).toHaveLength(1);
    }
    expect([values.redis.enabled, values.postgresql.enabled, values.pgbouncer.enabled]).toEqual([false, false, false]);
  });

  test('metadata database: its own PostgreSQL, connection from the operator-generated secret', () => {
    expect(field(findObject(objs, 'Cluster', 'airflow-db'), 'spec.instances')).toBe(2);
    expect(values.data.metadataSecretName).toBe('airflow-db-app');
    expect(values.enableBuiltInSecretEnvVars).toEqual({ AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: false, AIRFLOW_CONN_AIRFLOW_DB: false });
    expect(values.secret).toContainEqual({ envName: 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', secretName: 'airflow-db-app', secretKey: 'uri' });
    expect(prod.objectStore.backedUp).toEqual(['airflow/airflow-db']);
  });

  test('login through Keycloak: an OIDC client, the FAB OAuth config, the secret as a file', () => {
    expect(prod.identity.clients).toEqual([{ clientId: 'airflow', options: { redirectUris: ['https://airflow.data.example.com/auth/oauth-authorized/keycloak'], namespace: 'airflow', name: 'Airflow' } }]);
    expect(values.apiServer.apiServerConfig).toContain('AUTH_TYPE = AUTH_OAUTH');
    expect(values.apiServer.args).toEqual(['bash', '-c', 'exec airflow api-server --proxy-headers']);
    expect(values.apiServer.apiServerConfig).toContain('ISSUER = "https://keycloak.data.example.com/realms/lakeplane"');
    expect(values.apiServer.apiServerConfig).toContain('Path("/opt/airflow/secrets/oidc/client-secret")');
    expect(values.apiServer.extraVolumes).toEqual([{ name: 'oidc', secret: { secretName: 'airflow-oidc', items: [{ key: 'client-secret', path: 'client-secret' }] } }]);
    expect(field(findObject(objs, 'Ingress', 'airflow'), 'spec.rules.0.http.paths.0.backend.service')).toEqual({ name: 'airflow-api-server', port: { number: 8080 } });
  });

  test('DAGs reach Airflow by git-sync from the GitOps repository', () => {
    expect(values.dags.gitSync).toMatchObject({ enabled: true, repo: 'https://git.example.com/platform/lakeplane-gitops.git', branch: 'main', ref: 'main', subPath: 'dags' });
    expect(values.dags.gitSync.sshKeySecret).toBeUndefined();
  });

  test('git-sync, StatsD and task pods meet Pod Security "restricted": the chart sets little for them on its own', () => {
    const restricted = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' }, runAsNonRoot: true };
    expect(values.dags.gitSync.securityContexts.container).toEqual({ ...restricted, runAsUser: 65533 });
    expect(values.statsd.securityContexts).toEqual({
      pod: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
      container: { ...restricted, readOnlyRootFilesystem: true },
    });
    expect(values.securityContexts.containers).toEqual(restricted);
    // The task pod template names the same image as the executor (through the mirror, if any).
    expect(values.images.pod_template).toEqual(values.images.airflow);
  });

  test('connections are endpoints from the environment; credentials come from secrets', () => {
    // Trino and Nessie over TLS, verified against the platform CA; Trino as its service user.
    const caFile = JSON.parse(env.AIRFLOW_CONN_OBJECT_STORE).extra.verify;
    expect(JSON.parse(env.AIRFLOW_CONN_TRINO_DEFAULT)).toEqual({ conn_type: 'trino', host: 'trino.trino.svc', port: 8443, login: 'airflow', schema: 'iceberg', extra: { protocol: 'https', verify: caFile } });
    expect(JSON.parse(env.AIRFLOW_CONN_NESSIE)).toEqual({ conn_type: 'http', host: 'https://nessie.nessie.svc:19121/api/v2', extra: { verify: caFile } });
    expect(values.secret).toContainEqual({ envName: TRINO_PASSWORD_ENV, secretName: 'trino-airflow', secretKey: 'password' });
    expect(trino.registered).toContainEqual({ namespace: 'airflow', secret: 'trino-airflow' });
    expect(JSON.parse(env.AIRFLOW_CONN_OBJECT_STORE)).toEqual({ conn_type: 'aws', extra: { endpoint_url: 'https://minio.minio.svc:443', region_name: 'us-east-1', verify: '/etc/platform-ca/ca.crt' } });
    expect(values.volumes).toEqual([{ name: 'platform-ca', configMap: { name: 'platform-ca-bundle' } }]);
    expect(values.secret.map((s) => s.envName)).toEqual([TRINO_PASSWORD_ENV, 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'AIRFLOW_CONN_AIRFLOW_DB', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    for (const value of Object.values(env)) {
      expect(value).not.toMatch(/password|secret/i);
    }
    expect(Object.values(CONNECTION_IDS).sort()).toEqual(['airflow_db', 'nessie', 'object_store', 'trino_default']);
    expect(prod.objectStore.grants[0].grants.map((g) => `${g.bucket.name}:${g.access}`)).toEqual(['bronze:readwrite', 'airflow-logs:readwrite']);
    expect(values.config.core.execution_api_server_url).toBe('http://airflow-api-server.airflow.svc:8080/execution/');
    expect(values.config.logging).toEqual({ remote_logging: 'True', remote_base_log_folder: 's3://airflow-logs/tasks', remote_log_conn_id: 'object_store' });
  });

  test('the maintenance DAG\'s settings come from config through the environment; it has no retention (Nessie GC expires)', () => {
    expect(env.AIRFLOW_VAR_MAINTENANCE_SCHEMAS).toBe('bronze,silver,gold');
    expect(env.AIRFLOW_VAR_MAINTENANCE_SCHEDULE).toBe('0 3 * * *');
    expect(Object.keys(env).filter((name) => name.startsWith('AIRFLOW_VAR_MAINTENANCE_')).sort()).toEqual(['AIRFLOW_VAR_MAINTENANCE_SCHEDULE', 'AIRFLOW_VAR_MAINTENANCE_SCHEMAS']);
  });

  test('StatsD metrics are scraped', () => {
    const monitor = findObject(objs, 'ServiceMonitor', 'airflow-statsd');
    expect(field(monitor, 'spec.selector.matchLabels')).toEqual({ tier: 'airflow', component: 'statsd' });
    expect(field(monitor, 'spec.endpoints.0.port')).toBe('statsd-scrape');
  });

  test('the load test is off by default', () => {
    expect(objs.find((o) => o.kind === 'Job')).toBeUndefined();
  });

  testNeeding(UPSTREAM_VALUES)('the chart accepts the values', () => {
    // `config` is airflow.cfg: any section and key (the schema allows every name with a
    // scalar value); the defaults file lists only some of them.
    const schema = JSON.parse(fs.readFileSync(path.join(HELM_VALUES_DIR, 'airflow.values.schema.json'), 'utf8'));
    expect(schema.properties.config.additionalProperties).toEqual({ type: 'object', additionalProperties: { type: ['boolean', 'integer', 'number', 'string'] } });
    expect(helmValuesProblems('airflow', values).filter((p) => !p.startsWith('config.'))).toEqual([]);
  });

  test('footprint', () => {
    expect(prod.chart.workloads.map((w) => [w.name, w.replicas])).toEqual([
      ['airflow-db', 2],
      ['airflow-scheduler', 2],
      ['airflow-api-server', 2],
      ['airflow-dag-processor', 1],
      ['airflow-triggerer', 1],
      ['airflow-statsd', 1],
    ]);
  });
});

describe('airflow config', () => {
  test('small profile: one of each, small sizes', () => {
    const v = build(testCommon('dev')).chart.helm.values;
    expect([v.scheduler.replicas, v.apiServer.replicas]).toEqual([1, 1]);
    expect(v.scheduler.podDisruptionBudget.enabled).toBe(false);
    expect(v.scheduler.topologySpreadConstraints).toEqual([]);
  });

  test('knobs win (all props), and the load test Job runs 100 concurrent queries when enabled', () => {
    const all: Required<AirflowProps> = {
      common: testCommon('prod', { gitops: { repoURL: 'git@git.example.com:platform/lakeplane.git', targetRevision: 'release' } }),
      config: {
        schedulers: 3,
        apiServers: 3,
        size: { cpu: 4, memoryGiB: 8 },
        dags: { subPath: 'pipelines/dags', period: '30s' },
        maintenance: { schemas: ['gold'], schedule: '0 4 * * *' },
        loadTest: { enabled: true },
        database: { instances: 3, storageGiB: 50, restore: { targetTime: '2026-11-20T14:14:00Z' } },
      },
      postgres: fakePostgres,
      identity: new FakeIdentity(),
      ingress: fakeIngress,
      authority: fakeAuthority,
      objectStore: new FakeObjectStore(),
      trino,
      catalog,
      dbtSchedule: '30 5 * * *',
    };
    const chart = new AirflowChart(new App({ outdir: 'unused' }), 'airflow', all);
    const v = chart.helm.values;
    expect(v.env).toEqual(expect.arrayContaining([{ name: 'AIRFLOW_VAR_DBT_SCHEDULE', value: '30 5 * * *' }]));
    expect(build(testCommon('prod')).chart.helm.values.env.map((e: { name: string }) => e.name)).not.toContain('AIRFLOW_VAR_DBT_SCHEDULE');
    expect([v.scheduler.replicas, v.apiServer.replicas, v.scheduler.resources.requests.cpu]).toEqual([3, 3, '4']);
    expect(v.dags.gitSync).toMatchObject({ repo: 'git@git.example.com:platform/lakeplane.git', branch: 'release', subPath: 'pipelines/dags', period: '30s', sshKeySecret: 'airflow-git' });
    expect(v.env).toContainEqual({ name: 'AIRFLOW_VAR_MAINTENANCE_SCHEMAS', value: 'gold' });
    // A point-in-time restore builds a new cluster; Airflow follows it.
    expect(v.data.metadataSecretName).toBe('airflow-db-pitr-202611201414-app');
    expect(field(findObject(manifests(chart), 'Cluster', 'airflow-db-pitr-202611201414'), 'spec.instances')).toBe(3);
    const o = manifests(chart);
    const job = findObject(o, 'Job', 'trino-loadtest');
    const envOf = Object.fromEntries(field(job, 'spec.template.spec.containers.0.env').map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(envOf).toMatchObject({ LOADTEST_CONCURRENCY: '100', LOADTEST_QUERIES: '1000', LOADTEST_SQL: 'SELECT count(*) FROM iceberg.bronze.test_table' });
    expect(field(job, 'spec.template.spec.containers.0.command')).toEqual(['python', '/scripts/loadtest.py']);
    // The load test signs in as the DAGs' service user and verifies Trino against the platform CA it mounts.
    expect(field(job, 'spec.template.spec.containers.0.env')).toContainEqual({ name: TRINO_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: 'trino-airflow', key: 'password' } } });
    const caFile = JSON.parse(envOf[`AIRFLOW_CONN_${CONNECTION_IDS.trino.toUpperCase()}`]).extra.verify;
    const mounts: Array<{ name: string; mountPath: string }> = field(job, 'spec.template.spec.containers.0.volumeMounts');
    expect(mounts.some((m) => caFile.startsWith(`${m.mountPath}/`))).toBe(true);
    expect(field(findObject(o, 'ConfigMap', 'trino-loadtest'), 'data')['loadtest.py']).toContain('p50=');
    expect(field(job, 'spec.template.spec.securityContext.runAsNonRoot')).toBe(true);
  });

  test('bad config is refused with the field, the value and the fix', () => {
    const bad = (airflow: unknown) => () => parseConfig({ ...ENVIRONMENTS.prod, components: { airflow } }, 'test');
    expect(bad({ schedulers: 0 })).toThrow('components.airflow.schedulers: got 0; must be >= 1');
    expect(bad({ maintenance: { schemas: ['Gold-Zone'] } })).toThrow('components.airflow.maintenance.schemas[0]: got "Gold-Zone"; must be a lower-case SQL identifier');
    expect(bad({ maintenance: { retentionDays: 7 } })).toThrow(
      'components.airflow.maintenance.retentionDays: got 7; is no longer an Airflow setting: Nessie GC expires snapshots and files now; set nessie.gc.cutoffDays',
    );
    expect(bad({ loadTest: { table: 'test_table' } })).toThrow('components.airflow.loadTest.table: got "test_table"; must be catalog.schema.table');
    expect(() => build(testCommon('prod'), { config: { loadTest: { enabled: true, concurrency: 100, queries: 10 } } })).toThrow(
      'airflow.loadTest.queries must be >= concurrency (got 10 < 100): every worker sends at least one query',
    );
    expect(() => build(testCommon('prod'), { trino: undefined, config: { loadTest: { enabled: true } } })).toThrow(
      'airflow.loadTest.enabled needs the trino component (the load test queries it); enable trino or turn the load test off',
    );
  });

  test('helpers', () => {
    expect(Object.keys(airflowConnections({}, 'https://s3', 'r', '/ca.crt'))).toEqual(['AIRFLOW_CONN_OBJECT_STORE']);
    expect(webserverConfig({ clientId: 'c', issuerUrl: 'https://i', rolesClaim: 'roles', secretFile: '/s' })).toContain('AUTH_ROLES_MAPPING = {"admin": ["Admin"], "engineer": ["Op"], "analyst": ["Viewer"]}');
  });
});

describe('airflow trusts the platform CA', () => {
  const trust = fakeAuthority.trust;
  const pem = `/etc/platform-ca/${trust.pemKey}`;

  test('the namespace receives the bundle; every Airflow container mounts it and Python\'s TLS clients (OAuth with Keycloak among them) read it', () => {
    expect(findObject(objs, 'Namespace', 'airflow').metadata.labels).toMatchObject({ [trust.namespaceLabel.key]: trust.namespaceLabel.value });
    expect(values.volumes).toEqual([{ name: 'platform-ca', configMap: { name: trust.configMapName } }]);
    expect(values.volumeMounts).toEqual([{ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true }]);
    expect(env.SSL_CERT_FILE).toBe(pem);
    expect(env.REQUESTS_CA_BUNDLE).toBe(pem);
    expect(findObject(objs, 'Namespace', 'airflow')).toBeDefined();
    expect(objs.filter((o) => o.kind === 'Certificate').map((o) => o.metadata.name)).not.toContain('platform-ca-bundle');
  });

  test('rendered by helm: the API server, scheduler, triggerer, DAG processor and task pods all mount the bundle and have the variables', async () => {
    const [render] = await renderReleases([helmReleaseOf(findObject(objs, 'Application', 'prod-helm-airflow'))]);
    const rendered = render.objects.map((o) => o.object);
    const podSpecs: Array<[string, any]> = rendered
      .filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')
      .map((o) => [`${o.kind}/${o.metadata.name}`, field(o, 'spec.template.spec')]);
    // The task pod template is a file in a ConfigMap (pod_template_file.yaml).
    const template = rendered.find((o) => o.kind === 'ConfigMap' && Object.keys((o.data ?? {}) as object).includes('pod_template_file.yaml'));
    expect(template).toBeDefined();
    podSpecs.push(['pod template', field(parse((template!.data as Record<string, string>)['pod_template_file.yaml']), 'spec')]);
    const airflowPods = podSpecs.filter(([name]) => /api-server|scheduler|triggerer|dag-processor|pod template/.test(name));
    expect(airflowPods.map(([name]) => name).sort()).toEqual(['Deployment/airflow-api-server', 'Deployment/airflow-dag-processor', 'Deployment/airflow-scheduler', 'Deployment/airflow-triggerer', 'pod template'].sort());
    for (const [name, spec] of airflowPods) {
      const volume = spec.volumes.find((v: { name: string }) => v.name === 'platform-ca');
      expect(`${name}: ${volume?.configMap?.name}`).toBe(`${name}: ${trust.configMapName}`);
      const main = spec.containers.find((c: { name: string }) => ['api-server', 'scheduler', 'triggerer', 'dag-processor', 'base'].includes(c.name));
      expect(`${name}: ${main.volumeMounts.some((m: { name: string; mountPath: string }) => m.name === 'platform-ca' && m.mountPath === '/etc/platform-ca')}`).toBe(`${name}: true`);
      const vars = Object.fromEntries((main.env ?? []).map((e: { name: string; value?: string }) => [e.name, e.value]));
      expect(`${name}: ${vars.REQUESTS_CA_BUNDLE} ${vars.SSL_CERT_FILE}`).toBe(`${name}: ${pem} ${pem}`);
    }
  });
});
