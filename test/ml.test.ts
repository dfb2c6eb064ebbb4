/**
 * Phase 3's machine-learning components, built in both environments at phase 3: MLflow (its
 * databases backed up and drilled, proxied artifacts with the endpoint and CA set, login
 * through Keycloak with a default permission short of MANAGE, metrics, the ingress, model
 * servers at /invocations) and JupyterHub (Keycloak groups, the three profiles, culling,
 * home volumes with a quota, restricted pods, notebooks reaching only what they may, no sync
 * hook, the quota and the capacity plan from the same numbers, and the sample notebook's
 * settings from the Trino and MLflow handles).
 */
import { buildEnvironment } from '../lib/build';
import { Manifest, renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import { MlflowChart, MLFLOW_ARTIFACTS_BUCKET } from '../charts/mlflow/chart';
import { ModelServing, ModelServingProps, SERVING_PORT } from '../charts/mlflow/serving';
import { JupyterhubChart, NOTEBOOK_POD_LABELS, PROFILES } from '../charts/jupyterhub/chart';
import { NOTEBOOK_ENV, sampleNotebook } from '../charts/jupyterhub/notebook';
import { TrinoChart } from '../charts/trino/chart';
import { DATABASE_COMPONENTS } from '../charts/restore-drills/chart';
import { TRUST_MOUNT_DIR } from '../constructs/trust';
import { BUILT_IMAGES, CHARTS, IMAGES, NOTEBOOK_PACKAGES } from '../versions';
import { findObject, manifests, testChart, testCommon } from './util';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import * as fs from 'fs';
import * as path from 'path';

const builds = Object.fromEntries(
  (['dev', 'prod'] as const).map((env) => {
    const build = buildEnvironment(loadEnvironment(env, 3));
    return [env, { build, rendered: renderEnvironment(build) }];
  }),
);

function objects(env: 'dev' | 'prod', folder: string): readonly Manifest[] {
  return builds[env].rendered.objects.get(folder) ?? [];
}

function chartOf<T>(env: 'dev' | 'prod', folder: string, type: new (...args: never[]) => T): T {
  return builds[env].build.charts.get(folder)!.find((c) => c instanceof type) as T;
}

const spec = (o: Manifest) => o.spec as Record<string, any>;

describe.each(['dev', 'prod'] as const)('%s at phase 3', (name) => {
  const mlflow = () => chartOf(name, 'mlflow', MlflowChart);
  const hub = () => chartOf(name, 'jupyterhub', JupyterhubChart);
  const trino = () => chartOf(name, 'trino', TrinoChart).handle;
  const production = name === 'prod';

  it('runs one MLflow server from the pinned chart, 2 vCPU / 4 GiB in production', () => {
    const v = mlflow().helm.values;
    expect(CHARTS.mlflow.version).toBe('1.11.5');
    expect(v.image).toMatchObject({ repository: `${IMAGES.mlflow.registry}/${IMAGES.mlflow.repository}`, tag: IMAGES.mlflow.tag });
    expect(v.replicaCount).toBe(1);
    if (production) expect(v.resources).toMatchObject({ requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '4Gi' } });
    expect(v.podSecurityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
    expect(v.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
  });

  it('keeps the tracking store in its own backed-up PostgreSQL, with the verification query the restore drills run', () => {
    const v = mlflow().helm.values;
    const db = mlflow().database;
    expect(v.backendStore.postgres).toEqual({ enabled: true, host: db.host, port: db.port, database: 'mlflow' });
    expect(v.backendStore.existingDatabaseSecret).toEqual({ name: db.secretName, usernameKey: 'username', passwordKey: 'password' });
    expect(v.oidcAuth.database.postgres).toMatchObject({ host: mlflow().authDatabase.host, database: 'mlflow_auth' });
    const backups = objects(name, 'mlflow').filter((o) => o.kind === 'ScheduledBackup').map((o) => spec(o).cluster.name);
    expect(new Set(backups)).toEqual(new Set(['mlflow-db', 'mlflow-auth-db']));
    expect(db.verification?.query).toContain('experiments');
    expect(DATABASE_COMPONENTS).toContain('mlflow');
  });

  it('proxies artifacts to its bucket with the endpoint and the platform CA set explicitly', () => {
    const v = mlflow().helm.values;
    expect(v.artifactRoot.proxiedArtifactStorage).toBe(true);
    expect(v.artifactRoot.s3).toMatchObject({ enabled: true, bucket: MLFLOW_ARTIFACTS_BUCKET, existingSecret: { name: 'mlflow-s3', keyOfAccessKeyId: 'accessKey', keyOfSecretAccessKey: 'secretKey' } });
    expect(v.extraEnvVars.MLFLOW_S3_ENDPOINT_URL).toMatch(/^https:\/\//);
    expect(v.extraEnvVars.AWS_CA_BUNDLE).toBe(`${TRUST_MOUNT_DIR}/${v.extraEnvVars.AWS_CA_BUNDLE.split('/').pop()}`);
    expect(v.extraVolumeMounts).toContainEqual(expect.objectContaining({ mountPath: TRUST_MOUNT_DIR }));
  });

  it('signs in through Keycloak by group, admins from the admin group, READ by default, the session key sealed', () => {
    const o = mlflow().helm.values.oidcAuth;
    expect(o.discoveryUrl).toMatch(/^https:\/\/.+\/realms\/.+\/\.well-known\/openid-configuration$/);
    expect(o.redirectUri).toBe(`${mlflow().url}/callback`);
    expect(o.audience).toBe(mlflow().audience);
    expect(o.groupName).toEqual(['platform-admins', 'data-engineers', 'analysts']);
    expect(o.adminGroupName).toEqual(['platform-admins']);
    expect(o.defaultPermission).toBe('READ');
    expect(mlflow().helm.values.extraEnvVars.CONFIG_K8S_SECRETS_ENABLED).toBe('true');
    expect(objects(name, 'mlflow').some((o) => o.kind === 'SealedSecret' && o.metadata.name === 'mlflow-session')).toBe(true);
  });

  it('serves https://mlflow.<domain> through the platform ingress and is scraped', () => {
    const ingress = findObject(objects(name, 'mlflow'), 'Ingress');
    expect(spec(ingress).rules[0].host).toBe(`mlflow.${builds[name].build.common.domain}`);
    expect(mlflow().helm.values.extraArgs).toEqual({ exposePrometheus: '/tmp/prometheus' });
    // The public name, the Service's names and pod addresses (probes, scrapes): no other name.
    const hosts = mlflow().helm.values.serverAllowedHosts;
    expect(hosts.filter((h) => /[a-z]/.test(h) && !h.startsWith('localhost'))).toEqual([`mlflow.${builds[name].build.common.domain}`, 'mlflow.mlflow.svc', 'mlflow.mlflow.svc.cluster.local', 'mlflow.mlflow.svc:80', 'mlflow.mlflow.svc.cluster.local:80']);
    expect(hosts).toEqual(expect.arrayContaining(['10.*', '172.16.*', '172.31.*', '192.168.*']));
    expect(hosts).not.toContain('172.32.*');
    expect(spec(findObject(objects(name, 'mlflow'), 'ServiceMonitor', 'mlflow')).endpoints[0]).toMatchObject({ port: 'http', path: '/metrics' });
  });

  it('logs notebooks in through Keycloak by group, with tokens that Trino and MLflow accept', () => {
    const c = hub().helm.values.hub.config;
    expect(c.JupyterHub.authenticator_class).toBe('generic-oauth');
    expect(c.GenericOAuthenticator).toMatchObject({
      allowed_groups: ['platform-admins', 'data-engineers', 'analysts'],
      admin_groups: ['platform-admins'],
      username_claim: 'preferred_username',
      oauth_callback_url: `${hub().url}/hub/oauth_callback`,
    });
    expect(c.Authenticator.enable_auth_state).toBe(true);
    const realm = JSON.parse(String(Object.values(findObject(objects(name, 'keycloak'), 'ConfigMap', 'keycloak-realm-lakeplane').data as object)[0]));
    const client = realm.clients.find((x: { clientId: string }) => x.clientId === 'jupyterhub');
    const audiences = client.protocolMappers.filter((m: { protocolMapper: string }) => m.protocolMapper === 'oidc-audience-mapper').map((m: { config: Record<string, string> }) => m.config['included.client.audience']);
    expect(audiences).toEqual([trino().audience, mlflow().audience]);
  });

  it('offers Small 2/4, Medium 4/8 and Large 8/16 (guaranteed and limited) as far as they have users, and culls after an hour', () => {
    const v = hub().helm.values;
    const offered = v.singleuser.profileList.map((p) => [p.slug, p.kubespawner_override]);
    const expected = (Object.keys(PROFILES) as (keyof typeof PROFILES)[])
      .filter((p) => hub().concurrentUsers[p] > 0)
      .map((p) => [p, { cpu_guarantee: PROFILES[p].cpu, cpu_limit: PROFILES[p].cpu, mem_guarantee: `${PROFILES[p].memoryGiB}G`, mem_limit: `${PROFILES[p].memoryGiB}G` }]);
    expect(offered).toEqual(expected);
    expect(PROFILES).toEqual({ small: { display: 'Small', cpu: 2, memoryGiB: 4 }, medium: { display: 'Medium', cpu: 4, memoryGiB: 8 }, large: { display: 'Large', cpu: 8, memoryGiB: 16 } });
    if (production) expect(offered.map(([slug]) => slug)).toEqual(['small', 'medium', 'large']);
    expect(v.cull).toMatchObject({ enabled: true, timeout: 3600 });
  });

  it('keeps every pod restricted: the metadata blocker off, the notebooks\' policy open to DNS only', () => {
    const v = hub().helm.values;
    expect(v.singleuser.cloudMetadata.blockWithIptables).toBe(false);
    expect(v.singleuser.networkPolicy.egressAllowRules).toEqual({ cloudMetadataServer: false, dnsPortsCloudMetadataServer: false, dnsPortsKubeSystemNamespace: true, dnsPortsPrivateIPs: false, nonPrivateIPs: false, privateIPs: false });
    expect(v.hub.config.KubeSpawner.container_security_context).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } });
    expect(v.hub.config.KubeSpawner.pod_security_context).toEqual({ runAsNonRoot: true, runAsUser: 1000, fsGroup: 100, seccompProfile: { type: 'RuntimeDefault' } });
    const ns = findObject(objects(name, 'jupyterhub'), 'Namespace');
    expect((ns.metadata.labels as Record<string, string>)['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('makes notebook pods, as KubeSpawner builds them from these settings, that meet the restricted Pod Security rules', () => {
    // A stand-in for the hub (which makes the pods at run time): KubeSpawner's pod from
    // singleuser.uid/fsGid and the pod and container security contexts of hub.config, with the
    // largest profile offered.
    const v = hub().helm.values;
    const ks = v.hub.config.KubeSpawner as { pod_security_context: object; container_security_context: object };
    const profile = v.singleuser.profileList[v.singleuser.profileList.length - 1].kubespawner_override;
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'jupyter-someone', namespace: 'jupyterhub', labels: { ...NOTEBOOK_POD_LABELS } },
      spec: {
        securityContext: ks.pod_security_context,
        containers: [
          {
            name: 'notebook',
            image: `${v.singleuser.image.name}:${v.singleuser.image.tag}`,
            securityContext: { runAsUser: v.singleuser.uid, allowPrivilegeEscalation: v.singleuser.allowPrivilegeEscalation, ...ks.container_security_context },
            resources: { requests: { cpu: String(profile.cpu_guarantee), memory: profile.mem_guarantee }, limits: { cpu: String(profile.cpu_limit), memory: profile.mem_limit } },
          },
        ],
      },
    };
    const ns = findObject(objects(name, 'jupyterhub'), 'Namespace');
    const podSecurity = ['run-as-non-root', 'no-privilege-escalation', 'drop-capabilities', 'seccomp', 'privileged', 'host-namespaces', 'host-path', 'host-port'];
    const problems = (p: object) =>
      checkPolicies([ns, p].map((obj) => ({ folder: 'jupyterhub', obj: obj as unknown as KubeObject })), { isNamespaced: (_apiVersion, kind) => kind !== 'Namespace' })
        .violations.filter((x) => podSecurity.includes(x.rule))
        .map((x) => x.rule);
    expect(problems(pod)).toEqual([]);
    // The chart's defaults alone (no security contexts from hub.config) would not pass.
    const bare = { ...pod, spec: { containers: [{ ...pod.spec.containers[0], securityContext: { runAsUser: v.singleuser.uid, allowPrivilegeEscalation: false } }] } };
    expect(problems(bare)).toEqual(expect.arrayContaining(['seccomp', 'drop-capabilities']));
  });

  it('lets notebooks reach Trino, MLflow, the object store, Spark and Keycloak, nothing else', () => {
    const egress = objects(name, 'jupyterhub').filter((o) => o.kind === 'NetworkPolicy' && (spec(o).policyTypes as string[]).includes('Egress'));
    const forNotebooks = egress.filter((o) => {
      const selector = spec(o).podSelector.matchLabels as Record<string, string> | undefined;
      return !selector || Object.entries(selector).every(([k, val]) => (NOTEBOOK_POD_LABELS as Record<string, string>)[k] === val);
    });
    expect(forNotebooks.map((o) => o.metadata.name).sort()).toEqual([
      'allow-dns',
      'allow-to-notebooks-keycloak',
      'allow-to-notebooks-mlflow',
      'allow-to-notebooks-spark',
      'allow-to-notebooks-trino',
      'allow-to-object-store',
      'allow-to-same-namespace',
      'default-deny',
    ]);
    // The Spark job namespace lets them in, to the drivers' UI and Spark Connect ports only.
    const sparkIn = objects(name, 'spark-operator').find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-from-notebooks')!;
    expect(spec(sparkIn).ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'jupyterhub' } }, podSelector: { matchLabels: NOTEBOOK_POD_LABELS } }], ports: [{ protocol: 'TCP', port: 4040 }, { protocol: 'TCP', port: 15002 }] },
    ]);
    // Nothing to the internet: only the hub may leave the cluster (Keycloak's public address).
    const open = egress.filter((o) => JSON.stringify(spec(o).egress ?? []).includes('0.0.0.0/0'));
    expect(open.length).toBeGreaterThan(0);
    expect(open.map((o) => spec(o).podSelector.matchLabels)).toEqual(open.map(() => ({ component: 'hub', app: 'jupyterhub' })));
  });

  it('pre-pulls with the continuous puller, never with a Helm hook', () => {
    const v = hub().helm.values;
    expect(v.prePuller.hook.enabled).toBe(false);
    expect(v.prePuller.continuous.enabled).toBe(true);
    expect(v.singleuser.image.name).toBe(`registry.data.example.com/platform/${BUILT_IMAGES.notebook.repository}`);
  });

  it('gives each user a home volume of the default storage class, and counts users the same in the quota and the capacity plan', () => {
    const v = hub().helm.values;
    const common = builds[name].build.common;
    expect(v.singleuser.storage).toMatchObject({ type: 'dynamic', capacity: '10Gi', dynamic: { storageClass: common.storageClasses.default } });
    const users = hub().concurrentUsers;
    const notebooks = hub().workloads.filter((w) => w.name.startsWith('notebook-'));
    expect(notebooks.map((w) => [w.name, w.replicas, w.size])).toEqual(
      (Object.keys(PROFILES) as (keyof typeof PROFILES)[]).filter((p) => users[p] > 0).map((p) => [`notebook-${p}`, users[p], { cpu: PROFILES[p].cpu, memoryGiB: PROFILES[p].memoryGiB }]),
    );
    const quota = findObject(objects(name, 'jupyterhub'), 'ResourceQuota', 'notebooks');
    const core = hub().workloads.filter((w) => !w.name.startsWith('notebook-'));
    const nodes = common.nodePools.reduce((n, p) => n + p.count, 0);
    const cpu = [...notebooks, ...core].reduce((s, w) => s + w.size.cpu * (w.perNode ? nodes : w.replicas), 0);
    const cores = (q: string) => (q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q));
    expect(cores(String(spec(quota).hard['requests.cpu']))).toBeCloseTo(cpu, 3);
    expect(v.hub.activeServerLimit).toBe(users.small + users.medium + users.large);
  });

  it('puts the home volumes and the hub\'s database in the daily cluster backup', () => {
    const schedule = objects(name, 'velero').find((o) => o.kind === 'Schedule')!;
    expect(spec(schedule).template.includedNamespaces).toContain('jupyterhub');
  });

  it('writes the sample notebook\'s settings from the Trino and MLflow handles, and the notebook reads only those', () => {
    const env = hub().helm.values.singleuser.extraEnv;
    expect(env[NOTEBOOK_ENV.trinoHost]).toBe(trino().host);
    expect(env[NOTEBOOK_ENV.trinoPort]).toBe(String(trino().port));
    expect(env[NOTEBOOK_ENV.catalog]).toBe('iceberg');
    expect(env[NOTEBOOK_ENV.schema]).toBe('gold');
    expect(env[NOTEBOOK_ENV.trackingUri]).toBe(mlflow().trackingUri);
    const examples = findObject(objects(name, 'jupyterhub'), 'ConfigMap', 'platform-examples');
    const notebook = (examples.data as Record<string, string>)['lakehouse-quickstart.ipynb'];
    expect(notebook).toBe(sampleNotebook());
    expect(notebook).not.toContain(trino().host);
    expect(notebook).not.toContain(mlflow().trackingUri);
  });
});

describe('the sample notebook', () => {
  const nb = JSON.parse(sampleNotebook());
  const source = nb.cells.map((c: { source: string[] }) => c.source.join('')).join('\n');

  it('is a valid nbformat 4 document that queries iceberg.gold with the user\'s token and logs a run', () => {
    expect(nb.nbformat).toBe(4);
    for (const key of Object.values(NOTEBOOK_ENV).filter((k) => k !== 'MLFLOW_TRACKING_URI')) expect(source).toMatch(new RegExp(`os\\.environ\\[["']${key}["']\\]`));
    expect(source).toContain('JWTAuthentication(platform_token())');
    expect(source).toContain('["auth_state"]["access_token"]');
    expect(source).toContain('MLFLOW_TRACKING_TOKEN');
    expect(source).toContain('mlflow.start_run(');
  });
});

describe('the notebook image', () => {
  it('is built from docker-stacks\' PySpark notebook with every listed package pinned', () => {
    expect(BUILT_IMAGES.notebook).toMatchObject({ base: 'pysparkNotebook', dockerfile: 'images/notebook/Dockerfile' });
    expect(IMAGES.pysparkNotebook.repository).toBe('jupyter/pyspark-notebook');
    expect(Object.keys(NOTEBOOK_PACKAGES).sort()).toEqual(['matplotlib', 'mlflow', 'numpy', 'pandas', 'scikit-learn', 'sqlalchemy', 'trino']);
    expect(NOTEBOOK_PACKAGES.mlflow).toBe(IMAGES.mlflow.tag);
    for (const version of Object.values(NOTEBOOK_PACKAGES)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fs.existsSync(path.join(__dirname, '..', BUILT_IMAGES.notebook.dockerfile))).toBe(true);
  });
});

describe('config', () => {
  it('refuses MANAGE as the default permission, naming the field and the choices', () => {
    expect(() => parseConfig({ ...ENVIRONMENTS.prod, phase: 3, components: { ...ENVIRONMENTS.prod.components, mlflow: { defaultPermission: 'MANAGE' } } }, 'test')).toThrow(
      /components\.mlflow\.defaultPermission: got "MANAGE"; MANAGE would let every user change every permission: use READ, EDIT or NO_PERMISSIONS/,
    );
  });

  it('refuses a JupyterHub without any concurrent user', () => {
    const config = parseConfig({ ...ENVIRONMENTS.dev, phase: 3, components: { ...ENVIRONMENTS.dev.components, jupyterhub: { profiles: { small: { concurrentUsers: 0 } } } } }, 'test');
    expect(() => buildEnvironment(config)).toThrow('jupyterhub.profiles: at least one profile needs concurrentUsers >= 1 (got 0 for small, medium and large); set e.g. profiles.small.concurrentUsers: 5');
  });
});

describe('ModelServing', () => {
  const chart = testChart(testCommon('prod'), 'mlflow', 'mlflow');
  const trust = {
    bundle: {} as never,
    volume: { name: 'platform-ca', configMap: { name: 'platform-ca' } },
    volumeMount: { name: 'platform-ca', mountPath: TRUST_MOUNT_DIR, readOnly: true as const },
    pemFile: `${TRUST_MOUNT_DIR}/ca.crt`,
    trustStoreFile: `${TRUST_MOUNT_DIR}/truststore.p12`,
    jvmOptions: [],
    env: [{ name: 'SSL_CERT_FILE', value: `${TRUST_MOUNT_DIR}/ca.crt` }],
    secretKeyRef: { name: 'platform-ca', key: 'ca.crt' },
  };
  // Every prop, and every field of the config entry: a new one fails here until it is covered.
  const props: Required<ModelServingProps> = {
    config: { name: 'fraud', model: 'models:/fraud_detection@champion', replicas: 2, cpu: 2, memoryGiB: 4 } satisfies Required<ModelServingProps['config']>,
    namespace: 'mlflow',
    image: 'docker.io/burakince/mlflow:3.15.1',
    trackingUri: 'http://mlflow.mlflow.svc:80',
    trust,
  };
  const serving = new ModelServing(chart, 'serving', props);
  const out = manifests(chart);

  it('serves the registered model with `mlflow models serve` at /invocations, signed in with a sealed token', () => {
    const deployment = findObject(out, 'Deployment', 'model-fraud');
    const c = spec(deployment).template.spec.containers[0];
    expect(c.args).toEqual(['models', 'serve', '--model-uri', 'models:/fraud_detection@champion', '--host', '0.0.0.0', '--port', String(SERVING_PORT), '--env-manager', 'local']);
    expect(c.env).toContainEqual({ name: 'MLFLOW_TRACKING_URI', value: 'http://mlflow.mlflow.svc:80' });
    expect(c.env).toContainEqual({ name: 'MLFLOW_TRACKING_PASSWORD', valueFrom: { secretKeyRef: { name: 'model-fraud-login', key: 'token' } } });
    expect(spec(deployment).replicas).toBe(2);
    expect(serving.serviceUrl).toBe(`http://model-fraud.mlflow.svc:${SERVING_PORT}/invocations`);
    expect(findObject(out, 'PodDisruptionBudget', 'model-fraud')).toBeDefined();
    expect(c.resources).toMatchObject({ requests: { cpu: '2', memory: '4Gi' } });
    expect(c.readinessProbe.httpGet).toMatchObject({ path: '/ping', port: SERVING_PORT });
    expect(chart.workloads).toContainEqual({ name: 'model-fraud', replicas: 2, size: { cpu: 2, memoryGiB: 4 }, pool: undefined });
  });

  it('refuses a model that is not a registry URI', () => {
    expect(() =>
      parseConfig({ ...ENVIRONMENTS.prod, phase: 3, components: { ...ENVIRONMENTS.prod.components, mlflow: { serving: [{ name: 'fraud', model: 'runs:/abc/model' }] } } }, 'test'),
    ).toThrow(/components\.mlflow\.serving\[0\]\.model: got "runs:\/abc\/model"; must be models:\/<name>@<alias> or models:\/<name>\/<version>/);
  });
});
