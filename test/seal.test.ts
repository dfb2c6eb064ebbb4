/**
 * npm run seal: what it makes, for whom, and how it writes config/sealed/<env>.json. Values
 * are decrypted here with a private key the test generated, to prove what was sealed.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DeclaredSecret } from '../constructs/secret';
import { unsealValue } from '../constructs/sealing';
import { declaredSecrets, formatSealed, inputsNeeded, planSeal, sealSecrets } from '../lib/seal';

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const open = (ns: string, name: string, value: string): string => unsealValue(privateKey, ns, name, value).toString('utf8');

const oidcOwner: DeclaredSecret = {
  component: 'keycloak',
  namespace: 'keycloak',
  name: 'trino-oidc',
  keys: { 'client-secret': { generate: { length: 40 } } },
  readers: ['keycloak-config'],
  description: 'OIDC client secret',
};
const oidcFollower: DeclaredSecret = {
  component: 'trino',
  namespace: 'trino',
  name: 'trino-oidc',
  keys: { 'client-secret': { sameAs: { namespace: 'keycloak', name: 'trino-oidc', key: 'client-secret' } } },
  readers: ['trino'],
  description: 'OIDC client secret, trino side',
};
const ca: DeclaredSecret = {
  component: 'cert-manager',
  namespace: 'cert-manager',
  name: 'platform-ca',
  keys: { 'tls.crt': { input: 'CA certificate' }, 'tls.key': { input: 'CA key' } },
  readers: ['cert-manager'],
  description: 'CA key pair',
};
const declared = [oidcOwner, oidcFollower, ca];
const inputs = new Map([
  ['cert-manager/platform-ca:tls.crt', '-----BEGIN CERTIFICATE-----\nexample\n-----END CERTIFICATE-----\n'],
  ['cert-manager/platform-ca:tls.key', '-----BEGIN PRIVATE KEY-----\nexample\n-----END PRIVATE KEY-----\n'],
]);

describe('sealing an environment from scratch', () => {
  const result = sealSecrets({ declared, existing: {}, publicKey, inputs });

  test('every declared key gets a value sealed for its own namespace/name', () => {
    expect(Object.keys(result.sealed)).toEqual(['cert-manager/platform-ca', 'keycloak/trino-oidc', 'trino/trino-oidc']);
    expect(open('cert-manager', 'platform-ca', result.sealed['cert-manager/platform-ca']['tls.key'])).toBe(inputs.get('cert-manager/platform-ca:tls.key'));
    expect(() => open('keycloak', 'trino-oidc', result.sealed['trino/trino-oidc']['client-secret'])).toThrow();
  });

  test('sameAs: both sides carry the same value, of the declared strength', () => {
    const owner = open('keycloak', 'trino-oidc', result.sealed['keycloak/trino-oidc']['client-secret']);
    const follower = open('trino', 'trino-oidc', result.sealed['trino/trino-oidc']['client-secret']);
    expect(owner).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(follower).toBe(owner);
  });

  test('the report says what was made and how strong, never the value', () => {
    expect(result.report).toEqual([
      'sealed cert-manager/platform-ca:tls.crt (given)',
      'sealed cert-manager/platform-ca:tls.key (given)',
      'sealed keycloak/trino-oidc:client-secret (generated, 40 alphanumeric characters (238 bits), shared with trino/trino-oidc:client-secret)',
    ]);
  });

  test('the file is sorted and stable', () => {
    const text = formatSealed(result.sealed);
    expect(text.endsWith('}\n')).toBe(true);
    expect(formatSealed(JSON.parse(text))).toBe(text);
  });
});

describe('sealing again', () => {
  const first = sealSecrets({ declared, existing: {}, publicKey, inputs });

  test('nothing missing: nothing is made and the file does not change', () => {
    const again = sealSecrets({ declared, existing: first.sealed, publicKey });
    expect(again.report).toEqual([]);
    expect(formatSealed(again.sealed)).toBe(formatSealed(first.sealed));
  });

  test('a new follower of an existing value: the value is made anew for both sides (sealed values cannot be read back)', () => {
    const { ['trino/trino-oidc']: _dropped, ...withoutFollower } = first.sealed;
    void _dropped;
    const plan = planSeal(declared, withoutFollower);
    expect(plan.map((g) => [g.id, g.reason, g.members.length])).toEqual([['keycloak/trino-oidc:client-secret', 'missing', 2]]);
    const again = sealSecrets({ declared, existing: withoutFollower, publicKey });
    expect(open('trino', 'trino-oidc', again.sealed['trino/trino-oidc']['client-secret'])).toBe(open('keycloak', 'trino-oidc', again.sealed['keycloak/trino-oidc']['client-secret']));
    expect(again.sealed['cert-manager/platform-ca']).toEqual(first.sealed['cert-manager/platform-ca']);
  });

  test('--rotate makes a new value for that secret (and its followers) only', () => {
    const rotated = sealSecrets({ declared, existing: first.sealed, publicKey, rotate: ['trino/trino-oidc'] });
    expect(rotated.report).toEqual([expect.stringMatching(/^rotated keycloak\/trino-oidc:client-secret/)]);
    expect(open('keycloak', 'trino-oidc', rotated.sealed['keycloak/trino-oidc']['client-secret'])).not.toBe(
      open('keycloak', 'trino-oidc', first.sealed['keycloak/trino-oidc']['client-secret']),
    );
    expect(rotated.sealed['cert-manager/platform-ca']).toEqual(first.sealed['cert-manager/platform-ca']);
  });

  test('values of secrets no component declares any more are dropped and listed', () => {
    const again = sealSecrets({ declared: [ca], existing: first.sealed, publicKey });
    expect(again.removed).toEqual(['keycloak/trino-oidc:client-secret', 'trino/trino-oidc:client-secret']);
    expect(Object.keys(again.sealed)).toEqual(['cert-manager/platform-ca']);
  });
});

describe('random key material', () => {
  test('bytes of the declared size, encoded, with the strength in the report', () => {
    const airflow: DeclaredSecret = {
      component: 'airflow',
      namespace: 'airflow',
      name: 'airflow-keys',
      keys: { 'fernet-key': { randomBytes: { bytes: 32, encoding: 'base64url' } } },
      readers: ['airflow'],
      description: 'Fernet key',
    };
    const result = sealSecrets({ declared: [airflow], existing: {}, publicKey });
    expect(result.report).toEqual(['sealed airflow/airflow-keys:fernet-key (generated, 32 random bytes as base64url (256 bits))']);
    expect(Buffer.from(open('airflow', 'airflow-keys', result.sealed['airflow/airflow-keys']['fernet-key']), 'base64url')).toHaveLength(32);
  });
});

describe('bad input', () => {
  test('an input value not given names the key and what to enter', () => {
    expect(() => sealSecrets({ declared: [ca], existing: {}, publicKey })).toThrow(
      'no value given for cert-manager/platform-ca:tls.crt (CA certificate), cert-manager/platform-ca:tls.key (CA key)',
    );
  });

  test('rotating an unknown secret lists the declared ones', () => {
    expect(() => planSeal(declared, {}, ['trino/nope'])).toThrow(
      '--rotate trino/nope: no declared secret has that namespace/name; declared: keycloak/trino-oidc, trino/trino-oidc, cert-manager/platform-ca',
    );
  });
});

describe('the seal command', () => {
  const ROOT = path.join(__dirname, '..');
  const run = (args: string[], input?: string) =>
    spawnSync('node', ['--import', 'tsx', path.join(ROOT, 'scripts', 'seal.ts'), ...args], { cwd: ROOT, encoding: 'utf8', input });

  test('non-interactive: input values from files; writes only the sealed file, prints no plaintext', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-seal-'));
    const cert = path.join(dir, 'cert.pem');
    const keyFile = path.join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', cert, '-days', '1', '-subj', '/CN=test'], { stdio: 'ignore' });
    const caCrt = path.join(dir, 'ca.crt');
    fs.writeFileSync(caCrt, 'CERT-PLAINTEXT-MARKER');
    // Every other input the environment needs (other components may declare some) through JSON on stdin.
    const doc: Record<string, Record<string, string>> = {};
    for (const { id } of inputsNeeded(planSeal(declaredSecrets('prod'), {}))) {
      const [secret, key] = id.split(':');
      if (id !== 'cert-manager/platform-ca:tls.crt') {
        (doc[secret] ??= {})[key] = id === 'cert-manager/platform-ca:tls.key' ? 'KEY-PLAINTEXT-MARKER' : 'OTHER-PLAINTEXT-MARKER';
      }
    }
    const result = run(['--env', 'prod', '--cert', cert, '--dir', dir, '--from-file', `cert-manager/platform-ca:tls.crt=${caCrt}`, '--values-json', '-'], JSON.stringify(doc));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('sealed cert-manager/platform-ca:tls.crt (given)');
    expect(result.stdout).not.toContain('PLAINTEXT-MARKER');
    const sealed = JSON.parse(fs.readFileSync(path.join(dir, 'prod.json'), 'utf8'));
    const key = crypto.createPrivateKey(fs.readFileSync(keyFile));
    expect(unsealValue(key, 'cert-manager', 'platform-ca', sealed['cert-manager/platform-ca']['tls.crt']).toString()).toBe('CERT-PLAINTEXT-MARKER');
    expect(unsealValue(key, 'cert-manager', 'platform-ca', sealed['cert-manager/platform-ca']['tls.key']).toString()).toBe('KEY-PLAINTEXT-MARKER');

    // Without the inputs and without a terminal, it says which values and how to give them.
    fs.rmSync(path.join(dir, 'prod.json'));
    const missing = run(['--env', 'prod', '--cert', cert, '--dir', dir], '');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^values needed for /);
    expect(missing.stderr).toContain('cert-manager/platform-ca:tls.crt (PEM certificate of the platform CA (the issuing CA, followed by its chain))');
    expect(missing.stderr).toContain('give them with --from-file <ns>/<name>:<key>=<path>');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
