/**
 * The policy checker against hand-written fixtures: the good fixture passes every rule; for
 * each rule one broken object makes exactly that rule fire with its message, and one bent
 * (but still acceptable) object does not. Then waivers, and the gate's table.
 */
import { PlacedObject, PolicyResult, allowedEvictions, checkPolicies, imageProblem, namesCredential } from '../policy/check';
import { formatGateFailure, runGate } from '../policy/gate';
import { RULES, RULE_IDS, RuleId } from '../policy/rules';
import { SchemaValidator } from '../policy/schema';
import { goodObjects, webContainer, withEdit, withExtra, without } from './fixtures/policy';

const validator = new SchemaValidator();
const ctx = { isNamespaced: (apiVersion: string, kind: string) => validator.isNamespaced(apiVersion, kind), externalNamespaces: ['argocd'] };

function check(objects: readonly PlacedObject[], imageMirror?: string): PolicyResult {
  return checkPolicies(objects, { ...ctx, imageMirror });
}

function messages(result: PolicyResult, rule: string): string[] {
  return result.violations.filter((v) => v.rule === rule).map((v) => `${v.object}: ${v.message}`);
}

interface RuleCase {
  /** The fixture with one object broken. */
  readonly fail: () => PlacedObject[];
  /** What the rule says about it. */
  readonly message: string;
  /** The fixture with the same object bent in a way the rule accepts. */
  readonly pass: () => PlacedObject[];
}

const HOST_PATH = { name: 'logs', hostPath: { path: '/var/log' } };

const CASES: Record<RuleId, RuleCase> = {
  'run-as-non-root': {
    fail: () => withEdit('Deployment', 'web', (d) => { delete d.spec.template.spec.securityContext.runAsNonRoot; delete webContainer(d).securityContext.runAsNonRoot; }),
    message: 'Deployment app/web: container "web" does not set runAsNonRoot: true',
    // Set once on the pod is enough.
    pass: () => withEdit('Deployment', 'web', (d) => { delete webContainer(d).securityContext.runAsNonRoot; }),
  },
  'no-privilege-escalation': {
    fail: () => withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.allowPrivilegeEscalation = true; }),
    message: 'Deployment app/web: container "web" does not set allowPrivilegeEscalation: false',
    pass: () => withEdit('Job', 'migrate', (j) => { j.spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = false; }),
  },
  'drop-capabilities': {
    fail: () => withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.capabilities = { drop: ['NET_RAW'] }; }),
    message: 'Deployment app/web: container "web" does not drop ALL capabilities',
    pass: () => withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }; }),
  },
  seccomp: {
    fail: () => withEdit('Deployment', 'web', (d) => { d.spec.template.spec.securityContext.seccompProfile = { type: 'Unconfined' }; delete webContainer(d).securityContext.seccompProfile; }),
    message: 'Deployment app/web: container "web" has seccomp profile Unconfined; RuntimeDefault is required',
    pass: () => withEdit('Deployment', 'web', (d) => { delete d.spec.template.spec.securityContext.seccompProfile; webContainer(d).securityContext.seccompProfile = { type: 'Localhost', localhostProfile: 'web.json' }; }),
  },
  privileged: {
    fail: () => withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.privileged = true; }),
    message: 'Deployment app/web: container "web" is privileged',
    pass: () => withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.privileged = false; }),
  },
  'host-namespaces': {
    fail: () => withEdit('Deployment', 'web', (d) => { d.spec.template.spec.hostPID = true; }),
    message: 'Deployment app/web: pod sets hostPID: true',
    pass: () => withEdit('Deployment', 'web', (d) => { d.spec.template.spec.hostNetwork = false; }),
  },
  'host-path': {
    fail: () => withEdit('Deployment', 'web', (d) => { d.spec.template.spec.volumes.push(HOST_PATH); }),
    message: 'Deployment app/web: pod mounts hostPath volume(s) logs (/var/log)',
    pass: () => withEdit('Deployment', 'web', (d) => { d.spec.template.spec.volumes.push({ name: 'logs', emptyDir: {} }); }),
  },
  'host-port': {
    fail: () => withEdit('Deployment', 'web', (d) => { webContainer(d).ports = [{ containerPort: 8080, hostPort: 8080 }]; }),
    message: 'Deployment app/web: container "web" binds host port 8080',
    pass: () => withEdit('Deployment', 'web', (d) => { webContainer(d).ports = [{ containerPort: 8080, name: 'http' }]; }),
  },
  resources: {
    fail: () => withEdit('Deployment', 'web', (d) => { delete webContainer(d).resources.limits; }),
    message: 'Deployment app/web: container "web" has no memory limit',
    // A CPU limit is not required.
    pass: () => withEdit('Deployment', 'web', (d) => { webContainer(d).resources.limits.cpu = '1'; }),
  },
  probes: {
    fail: () => withEdit('Deployment', 'web', (d) => { delete webContainer(d).livenessProbe; }),
    message: 'Deployment app/web: container "web" has no liveness probe',
    // Run-to-completion pods need no probes (the Job has none).
    pass: () => goodObjects(),
  },
  'image-pinned': {
    fail: () => withEdit('Deployment', 'web', (d) => { webContainer(d).image = 'docker.io/library/nginx:latest'; }),
    message: 'Deployment app/web: container "web": image docker.io/library/nginx:latest uses the moving tag "latest"',
    pass: () => withEdit('Deployment', 'web', (d) => { webContainer(d).image = `docker.io/library/nginx@sha256:${'b'.repeat(64)}`; }),
  },
  pdb: {
    fail: () => without('PodDisruptionBudget', 'web'),
    message: 'Deployment app/web: 2 replicas and no PodDisruptionBudget selects its pods',
    pass: () => withEdit('PodDisruptionBudget', 'web', (p) => { delete p.spec.maxUnavailable; p.spec.minAvailable = 1; }),
  },
  spread: {
    fail: () => withEdit('Deployment', 'web', (d) => { delete d.spec.template.spec.topologySpreadConstraints; }),
    message: 'Deployment app/web: 2 replicas without pod anti-affinity or topology spread',
    pass: () => withEdit('Deployment', 'web', (d) => {
      delete d.spec.template.spec.topologySpreadConstraints;
      d.spec.template.spec.affinity = { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'web' } } } }] } };
    }),
  },
  'pod-security-label': {
    fail: () => withEdit('Namespace', 'app', (n) => { n.metadata.labels['pod-security.kubernetes.io/enforce'] = 'privileged'; }),
    message: 'Namespace app: enforces "privileged" without a lakeplane.io/pod-security-reason annotation saying why',
    pass: () => withEdit('Namespace', 'app', (n) => {
      n.metadata.labels['pod-security.kubernetes.io/enforce'] = 'privileged';
      n.metadata.annotations = { 'lakeplane.io/pod-security-reason': 'the log agent reads node log files' };
    }),
  },
  'default-deny': {
    fail: () => without('NetworkPolicy', 'default-deny'),
    message: 'Namespace app: namespace app has no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress and Egress, no rules)',
    // Every destination, but on named ports, is an explicit allow.
    pass: () => withExtra(['app', {
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-to-kube-api', namespace: 'app' },
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 6443 }] }] },
    }]),
  },
  namespace: {
    fail: () => withEdit('Service', 'web', (s) => { s.metadata.namespace = 'default'; }),
    message: 'Service default/web: object in the default namespace',
    // Cluster-scoped objects have no namespace.
    pass: () => withExtra(['app', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'web-reader' }, rules: [] }]),
  },
  'no-plain-secret': {
    fail: () => withExtra(['app', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'web-db', namespace: 'app' }, stringData: { password: 'hunter2' } }]),
    message: 'Secret app/web-db: Secret with data (password) would put its values in git',
    pass: () => withExtra(['app', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'web-sa', namespace: 'app', annotations: { 'kubernetes.io/service-account.name': 'web' } }, type: 'kubernetes.io/service-account-token' }]),
  },
  'literal-secret-env': {
    fail: () => withEdit('Deployment', 'web', (d) => { webContainer(d).env = [{ name: 'DB_PASSWORD', value: 'hunter2' }]; }),
    message: 'Deployment app/web: container "web" sets DB_PASSWORD to a literal value',
    // A path to a mounted secret is not the secret.
    pass: () => withEdit('Deployment', 'web', (d) => { webContainer(d).env = [{ name: 'DB_PASSWORD_FILE', value: '/etc/secrets/password' }]; }),
  },
  'ingress-tls': {
    fail: () => withEdit('Ingress', 'web', (i) => { i.spec.rules.push({ host: 'admin.example.com', http: i.spec.rules[0].http }); }),
    message: 'Ingress app/web: host admin.example.com is not in any tls.hosts',
    pass: () => withEdit('Ingress', 'web', (i) => { i.spec.tls[0].hosts.push('admin.example.com'); i.spec.rules.push({ host: 'admin.example.com', http: i.spec.rules[0].http }); }),
  },
  'no-nodeport': {
    fail: () => withEdit('Service', 'web', (s) => { s.spec.type = 'NodePort'; }),
    message: 'Service app/web: Service type NodePort',
    pass: () => withEdit('Service', 'web', (s) => { s.spec.type = 'ClusterIP'; }),
  },
  'argocd-project': {
    fail: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.project = 'default'; }),
    message: 'Application argocd/dev-helm-web: project is "default"',
    pass: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.project = 'lakeplane-prod'; }),
  },
  'argocd-automated': {
    fail: () => withEdit('ApplicationSet', 'dev-components', (a) => { a.spec.template.spec.syncPolicy.automated = { prune: true }; }),
    message: 'ApplicationSet argocd/dev-components: template.spec.syncPolicy.automated must set prune: true and selfHeal: true',
    pass: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.syncPolicy.automated.allowEmpty = false; }),
  },
  'argocd-retry': {
    fail: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.syncPolicy.retry.limit = -1; }),
    message: 'Application argocd/dev-helm-web: syncPolicy.retry.limit is -1; expected 1-100',
    pass: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.syncPolicy.retry.limit = 5; }),
  },
  'pinned-chart': {
    fail: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.source.targetRevision = '1.2.*'; }),
    message: 'Application argocd/dev-helm-web: chart web has targetRevision "1.2.*"; expected an exact version such as 1.2.3',
    // A git source may track a branch; only charts must be pinned.
    pass: () => withEdit('Application', 'dev-helm-web', (a) => { a.spec.source = { repoURL: 'https://git.example.com/gitops.git', path: 'dist/dev/app', targetRevision: 'main' }; }),
  },
  'protect-data': {
    fail: () => withEdit('PersistentVolumeClaim', 'web-data', (p) => { p.metadata.annotations['argocd.argoproj.io/sync-options'] = 'Prune=false'; }),
    message: 'PersistentVolumeClaim app/web-data: holds data but its argocd.argoproj.io/sync-options lacks Delete=false',
    pass: () => withEdit('PersistentVolumeClaim', 'web-data', (p) => { p.metadata.annotations['argocd.argoproj.io/sync-options'] = 'ServerSideApply=true,Prune=false,Delete=false'; }),
  },
};

describe('the good fixture', () => {
  test('passes every rule and is schema-valid', () => {
    expect(check(goodObjects()).violations).toEqual([]);
    const schema = goodObjects().flatMap(({ obj }) => validator.validate(obj).map((p) => `${obj.kind} ${obj.metadata.name}${p.path}: ${p.message}`));
    expect(schema).toEqual([]);
  });

  test('every rule has a case, and every rule id is as documented', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toHaveLength(25);
  });
});

describe.each(RULE_IDS.map((id) => [id]))('rule %s', (rule) => {
  const c = CASES[rule as RuleId];

  test('fires on the broken fixture with its message and fix', () => {
    const result = check(c.fail());
    expect(messages(result, rule)).toContain(c.message);
    expect(result.violations.find((v) => v.rule === rule)!.fix).toBe(RULES[rule as RuleId].fix);
  });

  test('passes the accepted variant', () => {
    expect(messages(check(c.pass()), rule)).toEqual([]);
  });
});

describe('more of what the rules catch', () => {
  test('each field of the pod security profile is checked on init containers too', () => {
    const result = check(withEdit('Deployment', 'web', (d) => { d.spec.template.spec.initContainers = [{ name: 'init', image: 'docker.io/library/busybox:1.37.0' }]; }));
    expect(result.violations.filter((v) => v.message.startsWith('container "init"')).map((v) => v.rule).sort()).toEqual(
      ['drop-capabilities', 'no-privilege-escalation', 'resources'].sort(),
    );
  });

  test('an object in a namespace no component makes fails', () => {
    const result = check(withEdit('Service', 'web', (s) => { s.metadata.namespace = 'ap'; }));
    expect(messages(result, 'namespace')).toEqual(['Service ap/web: namespace ap is made by no component, so it has no Pod Security labels or default-deny policy']);
  });

  test('what Pod Security forbids beside privileged and hostPath is caught too', () => {
    const result = check(withEdit('Deployment', 'web', (d) => {
      const pod = d.spec.template.spec;
      pod.securityContext.sysctls = [{ name: 'net.ipv4.tcp_syncookies', value: '1' }, { name: 'kernel.msgmax', value: '65536' }];
      pod.volumes.push({ name: 'share', nfs: { server: 'nas', path: '/export' } });
      Object.assign(webContainer(d).securityContext, { procMount: 'Unmasked', seLinuxOptions: { user: 'system_u' }, appArmorProfile: { type: 'Unconfined' } });
    }));
    expect(result.violations.map((v) => `${v.rule}: ${v.message}`).sort()).toEqual([
      'host-path: volume share is of type nfs, which Pod Security "restricted" does not allow',
      'privileged: container "web" runs without AppArmor (Unconfined)',
      'privileged: container "web" sets SELinux options Pod Security does not allow (only the container types, no user or role)',
      'privileged: container "web" sets procMount Unmasked',
      'privileged: pod sets sysctls kernel.msgmax, which Pod Security does not allow',
    ]);
  });

  test('runAsUser 0 is root even with runAsNonRoot', () => {
    const result = check(withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.runAsUser = 0; }));
    expect(messages(result, 'run-as-non-root')).toEqual(['Deployment app/web: container "web" runs as user 0 (root)']);
  });

  test('images: no tag is latest; the mirror is required when configured', () => {
    expect(imageProblem('docker.io/library/nginx', undefined)).toBe('image docker.io/library/nginx has no tag (that is latest)');
    expect(imageProblem('registry.local:5000/library/nginx:1.27.0', undefined)).toBeUndefined();
    expect(imageProblem('docker.io/library/nginx:1.27.0', 'mirror.example.com')).toBe('image docker.io/library/nginx:1.27.0 does not come through the registry mirror mirror.example.com');
    expect(imageProblem('mirror.example.com/docker.io/library/nginx:1.27.0', 'mirror.example.com')).toBeUndefined();
    const result = check(goodObjects(), 'mirror.example.com');
    expect(messages(result, 'image-pinned')).toContain('Cluster app/web-db: container "postgres": image ghcr.io/cloudnative-pg/postgresql:17.6 does not come through the registry mirror mirror.example.com');
    expect(messages(result, 'image-pinned')).toContain('Tenant app/lake: spec.pools[0]: container "minio": image quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z does not come through the registry mirror mirror.example.com');
  });

  test('images an upstream chart runs are checked in its Helm values', () => {
    const values = (v: Record<string, unknown>) => withEdit('Application', 'dev-helm-web', (a) => { a.spec.source.helm.valuesObject = v; });
    const pinned = { image: { registry: 'mirror.example.com/docker.io', repository: 'library/nginx', tag: '1.27.0' }, sidecar: { image: 'mirror.example.com/docker.io/library/busybox:1.37.0' } };
    const ofApp = (r: PolicyResult): string[] => messages(r, 'image-pinned').filter((m) => m.startsWith('Application'));
    expect(ofApp(check(values(pinned), 'mirror.example.com'))).toEqual([]);
    expect(messages(check(values({ image: { repository: 'library/nginx', tag: 'latest' }, sidecar: { image: 'docker.io/library/busybox' } })), 'image-pinned')).toEqual([
      'Application argocd/dev-helm-web: Helm value values.image.tag uses the moving tag "latest"',
      'Application argocd/dev-helm-web: Helm value values.sidecar.image: image docker.io/library/busybox has no tag (that is latest)',
    ]);
    expect(ofApp(check(values({ image: { registry: 'docker.io', repository: 'library/nginx' }, op: { image: { repository: 'quay.io/op/op', tag: '1.0.0' } } }), 'mirror.example.com'))).toEqual([
      'Application argocd/dev-helm-web: Helm value values.image.registry is docker.io, not the registry mirror mirror.example.com',
      'Application argocd/dev-helm-web: Helm value values.op.image.repository quay.io/op/op does not come through the registry mirror mirror.example.com',
    ]);
  });

  test('container resources an upstream chart is given in its Helm values need a memory limit', () => {
    const values = (v: Record<string, unknown>) => withEdit('Application', 'dev-helm-web', (a) => { a.spec.source.helm.valuesObject = v; });
    const sized = { resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '256Mi' } }, storage: { volumeClaimTemplate: { spec: { resources: { requests: { storage: '1Gi' } } } } } };
    expect(messages(check(values(sized)), 'resources')).toEqual([]);
    expect(messages(check(values({ operator: { resources: { requests: { cpu: '200m', memory: '256Mi' } } } })), 'resources')).toEqual([
      'Application argocd/dev-helm-web: Helm value values.operator.resources has no memory limit',
    ]);
  });

  test('a PodDisruptionBudget that allows no eviction blocks drains', () => {
    const result = check(withEdit('PodDisruptionBudget', 'web', (p) => { delete p.spec.maxUnavailable; p.spec.minAvailable = '100%'; }));
    expect(messages(result, 'pdb')).toEqual(['Deployment app/web: PodDisruptionBudget web allows no eviction of its 2 replica(s), which blocks node drains']);
    expect(allowedEvictions({ maxUnavailable: '10%' }, 3)).toBe(1);
    expect(allowedEvictions({ minAvailable: '50%' }, 3)).toBe(1);
    expect(allowedEvictions({ minAvailable: 2 }, 2)).toBe(0);
  });

  test('an allow-everything NetworkPolicy rule defeats default-deny', () => {
    const result = check(withExtra(['app', {
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-all', namespace: 'app' },
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: {} }] }] },
    }]));
    expect(messages(result, 'default-deny')).toEqual(['NetworkPolicy app/allow-all: egress[0] allows all destinations on all ports; name the peers or the ports']);
  });

  test('literal credentials in ConfigMaps: by key name and inside config files', () => {
    const result = check(withEdit('ConfigMap', 'web-config', (c) => {
      c.data.ADMIN_TOKEN = 's3cr3t';
      c.data['app.properties'] += 'oidc.client_secret=abc123\n';
    }));
    expect(messages(result, 'literal-secret-env')).toEqual([
      'ConfigMap app/web-config: data key app.properties sets oidc.client_secret to a literal value',
      'ConfigMap app/web-config: data key ADMIN_TOKEN holds a literal value',
    ]);
  });

  test('operator pods: CloudNativePG and MinIO Tenant fields are checked', () => {
    const cnpg = check(withEdit('Cluster', 'web-db', (c) => { delete c.spec.resources.limits; c.spec.enablePdb = false; c.spec.affinity.enablePodAntiAffinity = false; }));
    expect(cnpg.violations.filter((v) => v.object === 'Cluster app/web-db').map((v) => `${v.rule}: ${v.message}`)).toEqual([
      'resources: container "postgres" has no memory limit',
      'spread: 2 replicas without pod anti-affinity or topology spread',
      'pdb: 2 instances with enablePdb: false',
    ]);
    const tenant = check(withEdit('Tenant', 'lake', (t) => { delete t.spec.pools[0].containerSecurityContext; }));
    expect(tenant.violations.map((v) => v.rule).sort()).toEqual(['drop-capabilities', 'no-privilege-escalation']);
    expect(messages(tenant, 'drop-capabilities')).toEqual(['Tenant app/lake: spec.pools[0]: container "minio" does not drop ALL capabilities']);
  });

  test('stateful custom resources and volume claim templates need protection', () => {
    const result = check(withEdit('Cluster', 'web-db', (c) => { delete c.metadata.annotations['argocd.argoproj.io/sync-options']; }));
    expect(messages(result, 'protect-data')).toEqual(['Cluster app/web-db: holds data but its argocd.argoproj.io/sync-options lacks Prune=false and Delete=false']);
    const sts = check(withExtra(['app', {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'queue', namespace: 'app' },
      spec: {
        replicas: 1, serviceName: 'queue', selector: { matchLabels: { app: 'queue' } },
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
        template: { metadata: { labels: { app: 'queue' } }, spec: webPodSpec() },
      },
    }]));
    expect(messages(sts, 'protect-data')).toEqual([
      'StatefulSet app/queue: holds data but its argocd.argoproj.io/sync-options lacks Prune=false and Delete=false',
      'StatefulSet app/queue: persistentVolumeClaimRetentionPolicy deletes the volumes; use Retain',
    ]);
  });

  test('an operator chart that installs the CRD of a kind holding data must not cascade', () => {
    const operator = (finalizer: boolean, skipCrds?: boolean) => withEdit('Application', 'dev-helm-web', (a) => {
      a.spec.source = { repoURL: 'https://operator.min.io/', chart: 'operator', targetRevision: '7.1.1', helm: { releaseName: 'minio-operator', skipCrds } };
      a.metadata.finalizers = finalizer ? ['resources-finalizer.argocd.argoproj.io'] : undefined;
    });
    expect(messages(check(operator(true)), 'protect-data')).toEqual([
      'Application argocd/dev-helm-web: chart operator installs the CRD of minio.min.io Tenant, which holds data, and the Application carries resources-finalizer.argocd.argoproj.io: deleting it deletes the CRD and every minio.min.io Tenant with it (install it with holdsData: true)',
    ]);
    expect(messages(check(operator(false)), 'protect-data')).toEqual([]);
    expect(messages(check(operator(true, true)), 'protect-data')).toEqual([]);
  });

  test('an Application that holds data must not cascade; an ApplicationSet must preserve resources', () => {
    const app = check(withEdit('Application', 'dev-helm-web', (a) => { a.metadata.annotations = { 'lakeplane.io/stateful': 'the web uploads' }; }));
    expect(messages(app, 'protect-data')).toEqual([
      'Application argocd/dev-helm-web: holds data (the web uploads) but carries resources-finalizer.argocd.argoproj.io, so deleting it deletes the data',
    ]);
    const set = check(withEdit('ApplicationSet', 'dev-components', (a) => { delete a.spec.syncPolicy; }));
    expect(messages(set, 'protect-data')).toEqual(['ApplicationSet argocd/dev-components: syncPolicy.preserveResourcesOnDeletion is not true, so removing a component folder deletes its resources']);
  });
});

describe('waivers', () => {
  const hostPath = (reason: string): PlacedObject[] =>
    withEdit('Deployment', 'web', (d) => {
      d.spec.template.spec.volumes.push(HOST_PATH);
      d.metadata.annotations = { 'ignore-check.lakeplane.io/host-path': reason };
    });

  test('a waiver with a reason exempts its object from that rule only, and is listed', () => {
    const result = check(hostPath('reads node logs, read-only'));
    expect(result.violations).toEqual([]);
    expect(result.waivers).toEqual([{ folder: 'app', object: 'Deployment app/web', rule: 'host-path', reason: 'reads node logs, read-only', used: true }]);
    const other = check(withEdit('Deployment', 'web', (d) => {
      d.spec.template.spec.hostPID = true;
      d.metadata.annotations = { 'ignore-check.lakeplane.io/host-path': 'reads node logs' };
    }));
    expect(messages(other, 'host-namespaces')).toEqual(['Deployment app/web: pod sets hostPID: true']);
    expect(other.waivers[0].used).toBe(false);
  });

  test('a waiver without a reason fails, and does not waive', () => {
    const result = check(hostPath('  '));
    expect(result.violations.map((v) => `${v.rule}: ${v.message}`)).toEqual([
      'host-path: waiver of host-path has no reason',
      'host-path: pod mounts hostPath volume(s) logs (/var/log)',
    ]);
  });

  test('a waiver of an unknown rule fails (a typo must not silently waive nothing)', () => {
    const result = check(withEdit('Deployment', 'web', (d) => { d.metadata.annotations = { 'ignore-check.lakeplane.io/hostpath': 'logs' }; }));
    expect(result.violations.map((v) => `${v.rule}: ${v.message}`)).toEqual(['hostpath: waiver ignore-check.lakeplane.io/hostpath names no rule']);
  });

  test('a namespace that is not restricted, with its reason, is listed with the waivers', () => {
    const result = check(CASES['pod-security-label'].pass());
    expect(result.waivers).toEqual([{ folder: 'app', object: 'Namespace app', rule: 'pod-security-label', reason: 'the log agent reads node log files', used: true }]);
  });
});

describe('the gate', () => {
  test('schema errors and violations come out as one table of object, rule, problem and fix', () => {
    const broken = withEdit('Deployment', 'web', (d) => { webContainer(d).securityContext.privileged = true; d.spec.replicaz = 3; });
    const objects = new Map<string, Array<PlacedObject['obj']>>();
    for (const { folder, obj } of broken) objects.set(folder, [...(objects.get(folder) ?? []), obj]);
    const result = runGate({ env: 'dev', objects, validator });
    expect(formatGateFailure([result])).toBe(
      [
        '2 problem(s) in dev (15 objects):',
        'env  object                   rule        problem                                   fix',
        'dev  app: Deployment app/web  schema      /spec/replicaz: unknown field "replicaz"  remove or correct the field (a typo?)',
        `dev  app: Deployment app/web  privileged  container "web" is privileged             ${RULES.privileged.fix}`,
        'A rule may be waived on one object with the annotation ignore-check.lakeplane.io/<rule>: "<reason>" (waive() in constructs/workload.ts).',
      ].join('\n'),
    );
  });
});

function webPodSpec(): Record<string, unknown> {
  const deployment = goodObjects().find((p) => p.obj.kind === 'Deployment')!.obj as unknown as { spec: { template: { spec: Record<string, unknown> } } };
  return deployment.spec.template.spec;
}

describe('credential names', () => {
  test.each([
    ['DB_PASSWORD', true], ['API_KEY', true], ['accessKey', true], ['AWS_SECRET_ACCESS_KEY', true], ['GITHUB_TOKEN', true], ['client.secret', true],
    ['KEYCLOAK_URL', false], ['KEYCLOAK_USER', false], ['LOG_LEVEL', false], ['KEYSTORE_TYPE', false],
    // argo-cd chart's argocd-cm key; a public key
    ['application.instanceLabelKey', false], ['SSH_PUBLIC_KEY', false],
  ])('%s names a credential: %s', (name, expected) => {
    expect(namesCredential(name as string)).toBe(expected);
  });

  test('references, paths, numbers and plain URLs are not literal credentials', () => {
    const env = (value: string) => withEdit('Deployment', 'web', (d) => { webContainer(d).env = [{ name: 'OIDC_TOKEN_URL', value }]; });
    // As the upstream charts render them: ArgoCD's $secret:key, Nessie's secret URNs, Airflow's
    // webserver_config.py reading a mounted file, and the JDK's default trust store password.
    const references = ['$argocd-oidc:clientSecret', 'urn:nessie-secret:quarkus:nessie-catalog-secrets.s3.default-options.access-key', 'Path("/opt/airflow/secrets/oidc/client-secret").read_text().strip()', 'changeit'];
    for (const value of ['https://id.example.com/token', '$(TOKEN)', '${TOKEN}', '/var/run/secrets/token', '3600', 'true', ...references]) {
      expect(messages(check(env(value)), 'literal-secret-env')).toEqual([]);
    }
    expect(messages(check(env('https://user:pw@id.example.com')), 'literal-secret-env')).toEqual(['Deployment app/web: container "web" sets OIDC_TOKEN_URL to a literal value']);
  });
});

describe('node ports', () => {
  test('a Service port with nodePort null (as charts render ClusterIP Services) pins nothing; a number does', () => {
    const service = (nodePort: unknown): PlacedObject[] => [
      ...goodObjects().filter((p) => p.obj.kind === 'Namespace'),
      { folder: 'web', obj: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'app' }, spec: { type: 'ClusterIP', ports: [{ port: 80, nodePort }] } } },
    ];
    expect(messages(check(service(null)), 'no-nodeport')).toEqual([]);
    expect(messages(check(service(30080)), 'no-nodeport')).toEqual(['Service app/web: Service pins a nodePort']);
  });
});
