/**
 * Nessie GC in the nessie component: what it runs (mark and sweep with a cutoff, deferred
 * deletion, its own live-set database), least privilege (ServiceAccount, OIDC machine client,
 * an object-store key for the warehouse buckets only, NetworkPolicies, a restricted pod), and
 * the config that drives it.
 */
import { App } from 'cdk8s';
import { MinioChart } from '../charts/minio/chart';
import { NessieChart } from '../charts/nessie/chart';
import { NESSIE_GC, NessieGc, NessieGcProps } from '../charts/nessie/gc';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import { PlatformNamespace } from '../constructs/namespace';
import { PlatformChart } from '../constructs/platform-chart';
import { buildEnvironment } from '../lib/build';
import { Manifest, renderEnvironment } from '../lib/output';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import { egressToAddress, selects } from './support/network';
import { FakeIdentity, FakeObjectStore, fakeIngress, fakePostgres } from './ops-fakes';
import { field, findAll, findObject, manifests, testCommon } from './util';

function platform(components: Record<string, unknown> = {}) {
  const config = parseConfig({ ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, ...components } }, 'nessie-gc test');
  const build = buildEnvironment(config);
  return { build, rendered: renderEnvironment(build) };
}

const { build, rendered } = platform();
const nessie = rendered.objects.get('nessie')!;
const cron = findObject(nessie, 'CronJob', NESSIE_GC);
const pod = field(cron, 'spec.jobTemplate.spec.template');
const gc = pod.spec.containers[0];
const args: string[] = gc.args;
const catalog = build.charts.get('nessie')![0] as NessieChart;
const store = (build.charts.get('minio')![0] as MinioChart).handle;
const env = Object.fromEntries(gc.env.map((e: { name: string; value?: string; valueFrom?: unknown }) => [e.name, e.value ?? e.valueFrom]));

describe('Nessie GC (production)', () => {
  test('mark and sweep against the catalog, with a 7-day cutoff on every reference, nightly after compaction', () => {
    expect(field(cron, 'spec.schedule')).toBe('0 5 * * *');
    expect(field(cron, 'spec.concurrencyPolicy')).toBe('Forbid');
    expect(gc.image).toBe('ghcr.io/projectnessie/nessie-gc:0.108.4');
    expect(args[0]).toBe('gc');
    expect(args).toContain(`--uri=${catalog.nessieUri}`);
    expect(args).toContain('--default-cutoff=P7D');
    // No per-reference cutoff: every branch and tag gets the default one.
    expect(args.some((a) => a.startsWith('--cutoff='))).toBe(false);
  });

  test('deletion is deferred: the run records what it would delete, and files younger than a day are never taken', () => {
    expect(args).toContain('--defer-deletes');
    expect(gc.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(gc.command[2]).toMatch(/^exec java -jar \/nessie-gc\.jar "\$@" --max-file-modification="\$\(date -u -d "-24 hours" \+%Y-%m-%dT%H:%M:%SZ\)"$/);
  });

  test('live sets in a PostgreSQL of its own, credentials from the operator-made secret', () => {
    const db = findObject(nessie, 'Cluster', 'nessie-gc-db');
    expect(field(db, 'spec.instances')).toBe(1);
    expect(args).toEqual(expect.arrayContaining(['--jdbc', '--jdbc-url=jdbc:postgresql://nessie-gc-db-rw.nessie.svc:5432/nessie_gc', '--jdbc-schema=CREATE_IF_NOT_EXISTS']));
    expect(env.NESSIE_GC_JDBC_USER).toEqual({ secretKeyRef: { name: 'nessie-gc-db-app', key: 'username' } });
    expect(env.NESSIE_GC_JDBC_PASSWORD).toEqual({ secretKeyRef: { name: 'nessie-gc-db-app', key: 'password' } });
    // Nothing secret on the command line.
    expect(args.join(' ')).not.toMatch(/password|secret|access-key/i);
  });

  test('its own machine client for the Nessie API, and its own object-store key limited to the warehouse buckets', () => {
    const realm = JSON.parse(Object.values(findObject(rendered.objects.get('keycloak')!, 'ConfigMap', 'keycloak-realm-lakeplane').data as Record<string, string>)[0]);
    expect(realm.clients.find((c: { clientId: string }) => c.clientId === NESSIE_GC)).toMatchObject({ serviceAccountsEnabled: true, standardFlowEnabled: false, redirectUris: [] });
    expect(args.find((a) => a.startsWith('--nessie-option='))).toContain(`nessie.authentication.oauth2.client-id=${NESSIE_GC}`);
    expect(env.NESSIE_AUTHENTICATION_OAUTH2_CLIENT_SECRET).toEqual({ secretKeyRef: { name: 'nessie-gc-oidc', key: 'client-secret' } });
    const resources = store.policyOf(NESSIE_GC).Statement.flatMap((s) => ([] as string[]).concat(s.Resource));
    const buckets = new Set(resources.map((r) => r.replace(/^arn:aws:s3:::/, '').split('/')[0]));
    expect([...buckets].sort()).toEqual(['bronze', 'gold', 'silver']);
    expect(env.AWS_ACCESS_KEY_ID).toEqual({ secretKeyRef: { name: 'nessie-gc-s3', key: 'accessKey' } });
  });

  test('its own ServiceAccount, without an API token; a restricted pod', () => {
    expect(findObject(nessie, 'ServiceAccount', NESSIE_GC).automountServiceAccountToken).toBe(false);
    expect(pod.spec.serviceAccountName).toBe(NESSIE_GC);
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    const namespace = findObject(nessie, 'Namespace', 'nessie');
    const result = checkPolicies(
      [namespace, ...nessie.filter((o) => o.kind === 'NetworkPolicy'), cron].map((obj) => ({ folder: 'nessie', obj: obj as KubeObject })),
      { isNamespaced: (_apiVersion, kind) => kind !== 'Namespace' },
    );
    expect(result.violations.map((v) => `${v.rule}: ${v.message}`)).toEqual([]);
    expect(field(namespace, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('network: the job reaches the catalog, its database and the issuer; the catalog lets it in; nothing opens the API server to it', () => {
    const policies = nessie.filter((o) => o.kind === 'NetworkPolicy');
    const labels = pod.metadata.labels as Record<string, string>;
    const mine = policies.filter((p) => selects(p, labels)).map((p) => p.metadata.name).sort();
    expect(mine).toEqual(
      ['allow-dns', 'allow-to-identity-for-gc', 'allow-to-nessie-api', 'allow-to-nessie-gc-db', 'allow-to-object-store', 'default-deny'].sort(),
    );
    const inbound = findObject(policies, 'NetworkPolicy', 'allow-from-nessie-gc');
    expect(field(inbound, 'spec.podSelector.matchLabels')).toEqual(catalog.podLabels);
    // From the GC pods of the nessie namespace: the selector picks them by their own labels.
    const from = field(inbound, 'spec.ingress.0.from') as Array<{ namespaceSelector: unknown; podSelector: { matchLabels: Record<string, string> } }>;
    expect(from).toHaveLength(1);
    expect(from[0].namespaceSelector).toEqual({ matchLabels: { 'kubernetes.io/metadata.name': 'nessie' } });
    expect(Object.keys(from[0].podSelector.matchLabels).length).toBeGreaterThan(0);
    expect(Object.entries(from[0].podSelector.matchLabels).filter(([k, v]) => labels[k] !== v)).toEqual([]);
    expect(field(inbound, 'spec.ingress.0.ports')).toEqual([{ port: catalog.port, protocol: 'TCP' }]);
    expect(egressToAddress(policies, 'nessie', labels, 443)).toEqual([]);
  });
});

describe('Nessie GC config', () => {
  function gcOf(config: NonNullable<NessieGcProps['config']>, extra: Partial<NessieGcProps> = {}): { gc: NessieGc; objects: Manifest[] } {
    const chart = new PlatformChart(new App({ outdir: 'unused' }), { component: 'nessie', common: testCommon('dev'), phase: 1, namespace: 'nessie' });
    const all: Required<NessieGcProps> = {
      namespace: new PlatformNamespace(chart, 'namespace', { name: 'nessie' }),
      config,
      nessieUri: 'https://nessie.nessie.svc:19121/api/v2',
      nessiePodLabels: { 'app.kubernetes.io/name': 'nessie' },
      nessiePort: 19121,
      warehouses: ['bronze'].map((name) => ({ name, uri: () => `s3://${name}` })),
      objectStore: new FakeObjectStore(),
      postgres: fakePostgres,
      identity: new FakeIdentity(),
      ingress: fakeIngress,
      trust: { initContainers: [], volumes: [{ name: 'platform-ca', configMap: { name: 'platform-ca' } }], volumeMounts: [{ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true }], jvmOptions: ['-Djavax.net.ssl.trustStore=/etc/platform-ca/truststore.p12'] },
      ...extra,
    };
    const gc = new NessieGc(chart, 'gc', all);
    return { gc, objects: manifests(chart) };
  }

  test('knobs win (all props): immediate deletion, a 14-day cutoff, another schedule and size', () => {
    const { gc, objects } = gcOf({ enabled: true, schedule: '30 1 * * 0', cutoffDays: 14, deletion: 'immediate', size: { cpu: 2, memoryGiB: 4 } });
    const job = findObject(objects, 'CronJob', NESSIE_GC);
    expect(field(job, 'spec.schedule')).toBe('30 1 * * 0');
    expect(gc.args).toContain('--default-cutoff=P14D');
    expect(gc.args).not.toContain('--defer-deletes');
    expect(gc.args).toContain('--uri=https://nessie.nessie.svc:19121/api/v2');
    const c = field(job, 'spec.jobTemplate.spec.template.spec.containers.0');
    expect(c.resources).toEqual({ requests: { cpu: '2', memory: '4Gi' }, limits: { memory: '4Gi' } });
    // The catalog's trust store, mounted, and the JVM told to use it.
    expect(c.volumeMounts).toContainEqual({ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true });
    expect(c.env.find((e: { name: string }) => e.name === 'JAVA_TOOL_OPTIONS').value).toContain('-Djavax.net.ssl.trustStore=/etc/platform-ca/truststore.p12');
    expect(findAll(objects, 'NetworkPolicy').map((p) => p.metadata.name)).toContain('allow-from-nessie-gc');
  });

  test('small profile: a quarter CPU and 1 GiB', () => {
    const c = field(findObject(gcOf({}).objects, 'CronJob', NESSIE_GC), 'spec.jobTemplate.spec.template.spec.containers.0');
    expect(c.resources).toEqual({ requests: { cpu: '250m', memory: '1Gi' }, limits: { memory: '1Gi' } });
  });

  test('off when disabled: no job, no database, no secrets', () => {
    const off = platform({ nessie: { gc: { enabled: false } } }).rendered;
    expect(off.objects.get('nessie')!.filter((o) => o.metadata.name.startsWith(NESSIE_GC))).toEqual([]);
  });

  test('bad config is refused with the field, the value and the fix', () => {
    const bad = (gcConfig: unknown) => () => parseConfig({ ...ENVIRONMENTS.prod, components: { nessie: { gc: gcConfig } } }, 'test');
    expect(bad({ cutoffDays: 0 })).toThrow('components.nessie.gc.cutoffDays: got 0; must be >= 1');
    expect(bad({ deletion: 'now' })).toThrow('components.nessie.gc.deletion: got "now"; expected one of "deferred", "immediate"');
    expect(bad({ schedule: 'nightly' })).toThrow('components.nessie.gc.schedule: got "nightly"; must be a Kubernetes CronJob schedule: 5 fields (minute, hour, day of month, month, day of week), such as "0 5 * * *"; it has 1 field');
    expect(() => gcOf({ cutoffDays: 0 })).toThrow('nessie.gc.cutoffDays must be an integer >= 1 (got 0): a cutoff of 0 would leave only each branch\'s newest commit live');
    expect(() => gcOf({}, { warehouses: [] })).toThrow('nessie.gc: no warehouse bucket to clean; the job needs the buckets the catalog writes tables to');
  });
});
