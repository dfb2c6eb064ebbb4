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
import { npmCommand } from './util';

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

describe('password files', () => {
  const airflowPassword: DeclaredSecret = {
    component: 'airflow',
    namespace: 'airflow',
    name: 'trino-airflow',
    keys: { password: { generate: { length: 40 } } },
    readers: ['airflow'],
    description: 'password of a Trino service user',
  };
  const setupPassword: DeclaredSecret = { ...airflowPassword, component: 'trino', namespace: 'trino', name: 'trino-lakeplane-setup' };
  const passwordFile: DeclaredSecret = {
    component: 'trino',
    namespace: 'trino',
    name: 'trino-password-file',
    keys: {
      'password.db': {
        passwordFile: {
          users: {
            airflow: { namespace: 'airflow', name: 'trino-airflow', key: 'password' },
            'lakeplane-setup': { namespace: 'trino', name: 'trino-lakeplane-setup', key: 'password' },
          },
        },
      },
    },
    readers: ['trino coordinator'],
    description: 'password hashes',
  };
  const files = [airflowPassword, setupPassword, passwordFile];

  /** Checks one line the way Trino's file authenticator does (PBKDF2WithHmacSHA1, key as long as the hash). */
  function verifies(line: string, user: string, password: string): boolean {
    const [name, iterations, salt, hash] = line.split(':');
    const derived = crypto.pbkdf2Sync(password, Buffer.from(salt, 'hex'), Number(iterations), hash.length / 2, 'sha1').toString('hex');
    return name === user && Number(iterations) >= 1000 && derived === hash;
  }

  test('the file holds one PBKDF2 hash per user, of the passwords sealed for the users themselves', () => {
    const result = sealSecrets({ declared: files, existing: {}, publicKey });
    const lines = open('trino', 'trino-password-file', result.sealed['trino/trino-password-file']['password.db']).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const airflow = open('airflow', 'trino-airflow', result.sealed['airflow/trino-airflow'].password);
    const setup = open('trino', 'trino-lakeplane-setup', result.sealed['trino/trino-lakeplane-setup'].password);
    expect(verifies(lines[0], 'airflow', airflow)).toBe(true);
    expect(verifies(lines[1], 'lakeplane-setup', setup)).toBe(true);
    expect(verifies(lines[0], 'airflow', setup)).toBe(false);
    // The file holds no password.
    expect(lines.join('\n')).not.toContain(airflow);
    expect(result.report).toContain('sealed trino/trino-password-file:password.db (password file of airflow, lakeplane-setup, PBKDF2-HMAC-SHA1 hashes)');
  });

  test('a password made anew makes the file and every other password in it anew (none can be read back)', () => {
    const first = sealSecrets({ declared: files, existing: {}, publicKey });
    const rotated = sealSecrets({ declared: files, existing: first.sealed, publicKey, rotate: ['airflow/trino-airflow'] });
    expect(rotated.report.map((line) => line.split(' (')[0])).toEqual([
      'rotated airflow/trino-airflow:password',
      'rotated trino/trino-lakeplane-setup:password',
      'rotated trino/trino-password-file:password.db',
    ]);
    const line = open('trino', 'trino-password-file', rotated.sealed['trino/trino-password-file']['password.db']).split('\n')[0];
    expect(verifies(line, 'airflow', open('airflow', 'trino-airflow', rotated.sealed['airflow/trino-airflow'].password))).toBe(true);
    // Nothing missing, nothing rotated: nothing made.
    expect(sealSecrets({ declared: files, existing: rotated.sealed, publicKey }).report).toEqual([]);
  });

  test('a user added to the file: the file and all its passwords are made', () => {
    const alone = { ...passwordFile, keys: { 'password.db': { passwordFile: { users: { airflow: { namespace: 'airflow', name: 'trino-airflow', key: 'password' } } } } } };
    const first = sealSecrets({ declared: [airflowPassword, setupPassword, alone], existing: {}, publicKey });
    const withoutFile = { ...first.sealed };
    delete (withoutFile as Record<string, unknown>)['trino/trino-password-file'];
    expect(planSeal(files, withoutFile).map((g) => g.id)).toEqual(['airflow/trino-airflow:password', 'trino/trino-lakeplane-setup:password', 'trino/trino-password-file:password.db']);
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
    spawnSync(...npmCommand('seal', args), { cwd: ROOT, encoding: 'utf8', input });

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
    expect(missing.stderr).toMatch(/^values needed for:\n  - /);
    expect(missing.stderr).toContain('cert-manager/platform-ca:tls.crt (PEM certificate of the platform CA (the issuing CA, followed by its chain))');
    expect(missing.stderr).toContain('give them with --from-file <ns>/<name>:<key>=<path>');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
