/**
 * PlatformSecret: the same declaration renders a SealedSecret (sealed-secrets) or an
 * ExternalSecret (external-secrets); random keys nobody shares come from ESO's Password
 * generator; `sameAs` reads the owner's value; synth names unsealed secrets and the command.
 */
import { externalSecretsComponent } from '../charts/external-secrets/chart';
import { sealedSecretsComponent } from '../charts/sealed-secrets/chart';
import { defineComponent } from '../charts/spec';
import { PlatformChart } from '../constructs/platform-chart';
import { PlatformSecret, PlatformSecretProps, SecretCatalog } from '../constructs/secret';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { missingSecretsMessage } from '../lib/synth';
import { field, findAll, findObject, manifests, testChart, testCommon, testConfig } from './util';

const VAULT_STORE = {
  backend: 'external-secrets',
  store: { provider: 'vault', server: 'https://vault.example.com:8200', path: 'secret', role: 'lakeplane' },
} as const;

const adminProps: Required<PlatformSecretProps> = {
  name: 'keycloak-admin',
  namespace: 'keycloak',
  keys: { password: { generate: { length: 32 } }, username: { input: 'Name of the first admin user' } },
  readers: ['keycloak'],
  description: 'First admin account of Keycloak',
  type: 'Opaque',
  labels: { 'app.kubernetes.io/name': 'keycloak' },
  publicValues: {},
};

describe('public values beside the secret keys', () => {
  const role = (common: ReturnType<typeof testCommon>) =>
    new PlatformSecret(testChart(common, 'airflow', 'airflow'), 'role', {
      name: 'airflow-db-role-openmetadata',
      namespace: 'airflow',
      keys: { password: { generate: { length: 32 } } },
      publicValues: { username: 'openmetadata' },
      readers: ['cloudnative-pg'],
      description: 'a role of the database',
      type: 'kubernetes.io/basic-auth',
    });

  test('are template data of the SealedSecret and of the ExternalSecret (merged with the fetched keys)', () => {
    const sealed = testCommon('prod', {}, { 'airflow/airflow-db-role-openmetadata': { password: 'AgBx' } });
    const s = role(sealed);
    sealed.secretCatalog.finalize();
    const obj = findObject(manifests(PlatformChart.of(s)), 'SealedSecret', 'airflow-db-role-openmetadata');
    expect(field(obj, 'spec.template.data')).toEqual({ username: 'openmetadata' });
    expect(field(obj, 'spec.encryptedData')).toEqual({ password: 'AgBx' });
    expect(sealed.secretCatalog.missing).toEqual([]);
    const external = testCommon('prod', { secrets: VAULT_STORE });
    const e = role(external);
    external.secretCatalog.finalize();
    const es = findObject(manifests(PlatformChart.of(e)), 'ExternalSecret', 'airflow-db-role-openmetadata');
    expect(field(es, 'spec.target.template')).toMatchObject({ type: 'kubernetes.io/basic-auth', data: { username: 'openmetadata' }, mergePolicy: 'Merge' });
  });

  test('refuse a key given twice and a value the controllers would template', () => {
    const chart = testChart(testCommon('prod'), 'airflow', 'airflow');
    const base = { name: 'x', namespace: 'airflow', readers: ['a'], description: 'd', keys: { password: { generate: { length: 32 } } } } as const;
    expect(() => new PlatformSecret(chart, 'twice', { ...base, publicValues: { password: 'p' } })).toThrow('secret airflow/x key password is both a secret and a public value; give it once');
    expect(() => new PlatformSecret(chart, 'templated', { ...base, publicValues: { username: '{{ .password }}' } })).toThrow('secret airflow/x public key username: the value must be plain text (both controllers read "{{" as a template)');
  });
});

describe('sealed-secrets backend', () => {
  const sealed = { 'keycloak/keycloak-admin': { password: 'AgBsealed1', username: 'AgBsealed2' } };
  const common = testCommon('prod', {}, sealed);
  const chart = testChart(common, 'keycloak', 'keycloak');
  const secret = new PlatformSecret(chart, 'admin', adminProps);
  common.secretCatalog.finalize();
  const objects = manifests(chart);

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('a SealedSecret with the committed ciphertexts, no ExternalSecret, no plain Secret', () => {
    expect(objects.map((o) => o.kind)).toEqual(['SealedSecret']);
    const obj = findObject(objects, 'SealedSecret', 'keycloak-admin');
    expect(field(obj, 'spec.encryptedData')).toEqual({ password: 'AgBsealed1', username: 'AgBsealed2' });
    expect(field(obj, 'spec.template.type')).toBe('Opaque');
    expect(field(obj, 'spec.template.metadata.labels')).toEqual({ 'app.kubernetes.io/name': 'keycloak' });
    expect(field(obj, 'metadata.annotations')['argocd.argoproj.io/sync-wave']).toBe('-2');
    expect(common.secretCatalog.missing).toEqual([]);
  });

  test('references for consumers', () => {
    expect(secret.ref('password')).toEqual({ namespace: 'keycloak', name: 'keycloak-admin', key: 'password' });
    expect(secret.envFrom('username')).toEqual({ secretKeyRef: { name: 'keycloak-admin', key: 'username' } });
    expect(() => secret.ref('token')).toThrow('secret keycloak/keycloak-admin has no key "token" (keys: password, username)');
  });

  test('keys without a sealed value are recorded as missing', () => {
    const c = testCommon('prod');
    new PlatformSecret(testChart(c, 'keycloak', 'keycloak'), 'admin', adminProps);
    expect(c.secretCatalog.missing.map((m) => m.key)).toEqual(['password', 'username']);
  });
});

describe('external-secrets backend', () => {
  const common = testCommon('prod', { secrets: VAULT_STORE });
  const kc = testChart(common, 'keycloak', 'keycloak');
  const client = new PlatformSecret(kc, 'client', {
    name: 'trino-oidc',
    namespace: 'keycloak',
    keys: { 'client-secret': { generate: { length: 40 } } },
    readers: ['keycloak-config'],
    description: 'OIDC client secret of trino',
  });
  new PlatformSecret(kc, 'admin', adminProps);
  const trino = testChart(common, 'trino', 'trino');
  new PlatformSecret(trino, 'oidc', {
    name: 'trino-oidc',
    namespace: 'trino',
    keys: { 'client-secret': { sameAs: client.ref('client-secret') }, 'api-token': { generate: { length: 32, alphabet: 'hex' } } },
    readers: ['trino-coordinator'],
    description: 'OIDC client secret, trino side',
  });
  common.secretCatalog.finalize();
  const kcObjects = manifests(kc);
  const trinoObjects = manifests(trino);

  test('snapshot', () => {
    expect([...kcObjects, ...trinoObjects]).toMatchSnapshot();
  });

  test('no SealedSecret: an ExternalSecret per declared secret', () => {
    expect(findAll([...kcObjects, ...trinoObjects], 'SealedSecret')).toEqual([]);
    expect(findAll([...kcObjects, ...trinoObjects], 'ExternalSecret').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'keycloak/trino-oidc',
      'keycloak/keycloak-admin',
      'trino/trino-oidc',
    ]);
  });

  test('a random key nobody shares comes from a Password generator, made once', () => {
    const admin = findObject(kcObjects, 'ExternalSecret', 'keycloak-admin');
    expect(field(admin, 'spec.refreshPolicy')).toBe('CreatedOnce');
    expect(field(admin, 'spec.dataFrom')).toEqual([
      { sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', name: 'keycloak-admin-password' } } },
    ]);
    expect(field(admin, 'spec.data')).toEqual([{ secretKey: 'username', remoteRef: { key: 'prod/keycloak/keycloak-admin', property: 'username' } }]);
    const generator = findObject(kcObjects, 'Password', 'keycloak-admin-password');
    expect(field(generator, 'spec')).toEqual({ length: 32, digits: 8, symbols: 0, noUpper: false, allowRepeat: true, secretKeys: ['password'] });
  });

  test('hex keys: hex encoding of half as many characters gives the declared length', () => {
    expect(field(findObject(trinoObjects, 'Password', 'trino-oidc-api-token'), 'spec')).toEqual({
      length: 16,
      noUpper: false,
      allowRepeat: true,
      secretKeys: ['api-token'],
      encoding: 'hex',
    });
  });

  test('a shared value is read from the store by both sides, at the owner\'s path', () => {
    const owner = findObject(kcObjects, 'ExternalSecret', 'trino-oidc');
    expect(field(owner, 'spec.dataFrom')).toBeUndefined();
    expect(field(owner, 'spec.refreshPolicy')).toBe('Periodic');
    expect(field(owner, 'spec.refreshInterval')).toBe('1h');
    expect(field(owner, 'spec.secretStoreRef')).toEqual({ kind: 'ClusterSecretStore', name: 'lakeplane' });
    expect(field(owner, 'spec.data')).toEqual([{ secretKey: 'client-secret', remoteRef: { key: 'prod/keycloak/trino-oidc', property: 'client-secret' } }]);
    const follower = findObject(trinoObjects, 'ExternalSecret', 'trino-oidc');
    expect(field(follower, 'spec.data')).toEqual([{ secretKey: 'client-secret', remoteRef: { key: 'prod/keycloak/trino-oidc', property: 'client-secret' } }]);
  });
});

test('external-secrets: random key material (not a password) is read from the store', () => {
  const common = testCommon('prod', { secrets: VAULT_STORE });
  const chart = testChart(common, 'airflow', 'airflow');
  new PlatformSecret(chart, 'keys', { ...adminProps, name: 'airflow-keys', namespace: 'airflow', keys: { 'fernet-key': { randomBytes: { bytes: 32, encoding: 'base64url' } } } });
  common.secretCatalog.finalize();
  const external = findObject(manifests(chart), 'ExternalSecret', 'airflow-keys');
  expect(field(external, 'spec.data')).toEqual([{ secretKey: 'fernet-key', remoteRef: { key: 'prod/airflow/airflow-keys', property: 'fernet-key' } }]);
  expect(findAll(manifests(chart), 'Password')).toEqual([]);
});

describe('bad declarations', () => {
  test('a generated value shorter than 16 characters', () => {
    expect(() => new PlatformSecret(testChart(), 's', { ...adminProps, keys: { password: { generate: { length: 8 } } } })).toThrow(
      'secret keycloak/keycloak-admin key password: generated values must be at least 16 characters (got 8)',
    );
  });

  test('random key material shorter than 16 bytes', () => {
    expect(() => new PlatformSecret(testChart(), 's', { ...adminProps, keys: { key: { randomBytes: { bytes: 8, encoding: 'hex' } } } })).toThrow(
      'secret keycloak/keycloak-admin key key: random key material must be at least 16 bytes (got 8)',
    );
  });

  test('a key Kubernetes does not accept', () => {
    expect(() => new PlatformSecret(testChart(), 's', { ...adminProps, keys: { 'pass word': { generate: { length: 16 } } } })).toThrow(
      'secret keycloak/keycloak-admin key "pass word" is not a valid Secret key (letters, digits, "-", "_" and "." only)',
    );
  });

  test('declaring the same secret twice', () => {
    const chart = testChart();
    new PlatformSecret(chart, 'a', adminProps);
    expect(() => new PlatformSecret(chart, 'b', adminProps)).toThrow('secret keycloak/keycloak-admin is declared twice');
  });

  test('a password file without users, or with a user name that would end at a ":"', () => {
    expect(() => new PlatformSecret(testChart(), 's', { ...adminProps, keys: { 'password.db': { passwordFile: { users: {} } } } })).toThrow(
      'secret keycloak/keycloak-admin key password.db: a password file needs at least one user',
    );
    const ref = { namespace: 'keycloak', name: 'other', key: 'password' };
    expect(() => new PlatformSecret(testChart(), 's', { ...adminProps, keys: { 'password.db': { passwordFile: { users: { 'a:b': ref } } } } })).toThrow(
      'secret keycloak/keycloak-admin key password.db: password file user "a:b" must be letters, digits, "-", "_", "." or "@" (a ":" would end the name)',
    );
  });

  test('a password file over a key nobody declares fails validation', () => {
    const common = testCommon();
    const chart = testChart(common);
    new PlatformSecret(chart, 's', { ...adminProps, keys: { 'password.db': { passwordFile: { users: { airflow: { namespace: 'airflow', name: 'nope', key: 'password' } } } } } });
    common.secretCatalog.finalize();
    expect(chart.node.findAll().flatMap((c) => c.node.validate())).toEqual([
      'secret keycloak/keycloak-admin key password.db: sameAs points at airflow/nope key password, which no component declares',
    ]);
  });

  test('external-secrets: a password file is read from the store, and the passwords it hashes are shared, not generated', () => {
    const common = testCommon('prod', { secrets: VAULT_STORE });
    const chart = testChart(common, 'trino', 'trino');
    const user = new PlatformSecret(chart, 'user', { ...adminProps, name: 'trino-airflow', namespace: 'trino', keys: { password: { generate: { length: 40 } } } });
    new PlatformSecret(chart, 'file', { ...adminProps, name: 'trino-password-file', namespace: 'trino', keys: { 'password.db': { passwordFile: { users: { airflow: user.ref('password') } } } } });
    common.secretCatalog.finalize();
    expect(field(findObject(manifests(chart), 'ExternalSecret', 'trino-password-file'), 'spec.data')).toEqual([
      { secretKey: 'password.db', remoteRef: { key: 'prod/trino/trino-password-file', property: 'password.db' } },
    ]);
    expect(field(findObject(manifests(chart), 'ExternalSecret', 'trino-airflow'), 'spec.data')).toEqual([
      { secretKey: 'password', remoteRef: { key: 'prod/trino/trino-airflow', property: 'password' } },
    ]);
    expect(findAll(manifests(chart), 'Password')).toEqual([]);
  });

  test('sameAs pointing at a secret nobody declares fails validation', () => {
    const common = testCommon();
    const chart = testChart(common);
    new PlatformSecret(chart, 's', { ...adminProps, keys: { password: { sameAs: { namespace: 'keycloak', name: 'nope', key: 'password' } } } });
    common.secretCatalog.finalize();
    expect(chart.node.findAll().flatMap((c) => c.node.validate())).toEqual([
      'secret keycloak/keycloak-admin key password: sameAs points at keycloak/nope key password, which no component declares',
    ]);
  });
});

describe('what synth says about unsealed values', () => {
  test('each secret with its keys, and the exact command (with --from-file for values a person gives)', () => {
    const catalog = new SecretCatalog();
    const declared = { component: 'cert-manager', namespace: 'cert-manager', name: 'platform-ca', keys: { 'tls.crt': { input: 'cert' }, 'tls.key': { input: 'key' } }, readers: [], description: '' };
    catalog.markMissing(declared, 'tls.key');
    catalog.markMissing(declared, 'tls.crt');
    expect(missingSecretsMessage('prod', catalog.missing)).toBe(
      'prod: 1 secret(s) have no sealed value:\n  - cert-manager/platform-ca (tls.crt, tls.key)\n' +
        '  run: npm run seal -- --env prod \\\n         --from-file cert-manager/platform-ca:tls.key=<path> \\\n         --from-file cert-manager/platform-ca:tls.crt=<path>',
    );
    expect(missingSecretsMessage('prod', [])).toBeUndefined();
  });
});

describe('in a built environment', () => {
  // A component that declares a secret and says nothing about the secrets controller.
  const consumer = defineComponent({
    id: 'keycloak',
    phase: 1,
    layer: 'security',
    description: 'test consumer',
    dependsOn: () => [],
    build: (ctx) => {
      const chart = new PlatformChart(ctx.scope, { component: 'keycloak', common: ctx.common, phase: 1, namespace: 'keycloak' });
      new PlatformSecret(chart, 'admin', { ...adminProps, keys: { password: { generate: { length: 32 } } } });
      return { charts: [chart], handle: undefined as never };
    },
  });
  const registry = [sealedSecretsComponent, externalSecretsComponent, consumer];

  test('a component that declares a secret syncs after the configured secrets controller', () => {
    const build = buildEnvironment(testConfig('prod'), { registry });
    expect(build.components.map((c) => c.id)).toEqual(['sealed-secrets', 'keycloak']);
    expect([build.waves.get('sealed-secrets'), build.waves.get('keycloak')]).toEqual([0, 1]);
  });

  test('the backend switch: the same declaration renders a SealedSecret or an ExternalSecret', () => {
    const sealed = renderEnvironment(buildEnvironment(testConfig('prod'), { registry })).objects.get('keycloak')!;
    expect(sealed.map((o) => o.kind)).toEqual(['SealedSecret']);
    const external = buildEnvironment(testConfig('prod', { secrets: VAULT_STORE }), { registry });
    expect(external.components.map((c) => c.id)).toEqual(['external-secrets', 'keycloak']);
    expect(external.waves.get('keycloak')).toBe(1);
    expect(renderEnvironment(external).objects.get('keycloak')!.map((o) => o.kind)).toEqual(['Password', 'ExternalSecret']);
  });

  test('a disabled secrets controller while secrets are declared', () => {
    const config = testConfig('prod', { components: { 'sealed-secrets': { enabled: false } } });
    expect(() => buildEnvironment(config, { registry })).toThrow(
      'keycloak declares secrets, which need the sealed-secrets component (secrets.backend), but it is disabled in prod\nEnable components.sealed-secrets, or choose another secrets.backend.',
    );
  });
});
