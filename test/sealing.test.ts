/**
 * The kubeseal format: a value sealed here unseals with the controller's algorithm and the
 * private key, and only for the namespace/name it was sealed for (strict scope).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { ALPHABETS, entropyBits, randomKeyMaterial, randomValue, sealValue, sealingKeyFromPem, strictScopeLabel, unsealValue } from '../constructs/sealing';

// A small key keeps the test fast; the format does not depend on the size (the controller uses 4096).
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

/** The controller's decryption, written out from its documented steps, independent of unsealValue. */
function controllerDecrypt(key: crypto.KeyObject, label: string, sealed: string): string {
  const data = Buffer.from(sealed, 'base64');
  const rsaLength = data.readUInt16BE(0);
  const sessionKey = crypto.privateDecrypt({ key, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: Buffer.from(label) }, data.subarray(2, 2 + rsaLength));
  const body = data.subarray(2 + rsaLength);
  const decipher = crypto.createDecipheriv('aes-256-gcm', sessionKey, Buffer.alloc(12));
  decipher.setAuthTag(body.subarray(body.length - 16));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
}

describe('sealValue', () => {
  const plaintext = 'correct horse battery staple ✓';
  const sealed = sealValue(publicKey, 'keycloak', 'keycloak-admin', plaintext);

  test('round-trips through the controller algorithm with the private key', () => {
    expect(controllerDecrypt(privateKey, 'keycloak/keycloak-admin', sealed)).toBe(plaintext);
    expect(unsealValue(privateKey, 'keycloak', 'keycloak-admin', sealed).toString('utf8')).toBe(plaintext);
  });

  test('layout: 2-byte big-endian RSA length, RSA ciphertext of the key size, AES-GCM ciphertext with its 16-byte tag', () => {
    const data = Buffer.from(sealed, 'base64');
    expect(data.readUInt16BE(0)).toBe(256);
    expect(data.length).toBe(2 + 256 + Buffer.byteLength(plaintext) + 16);
  });

  test('the strict-scope label binds namespace and name: another name or namespace does not unseal', () => {
    expect(strictScopeLabel('keycloak', 'keycloak-admin').toString()).toBe('keycloak/keycloak-admin');
    expect(() => unsealValue(privateKey, 'keycloak', 'other', sealed)).toThrow();
    expect(() => unsealValue(privateKey, 'trino', 'keycloak-admin', sealed)).toThrow();
    expect(() => controllerDecrypt(privateKey, '', sealed)).toThrow(); // not cluster-wide either
  });

  test('a fresh session key every time: the same value seals differently', () => {
    expect(sealValue(publicKey, 'a', 'b', 'x')).not.toBe(sealValue(publicKey, 'a', 'b', 'x'));
  });

  test('a tampered ciphertext fails authentication', () => {
    const data = Buffer.from(sealed, 'base64');
    data[data.length - 1] ^= 1;
    expect(() => unsealValue(privateKey, 'keycloak', 'keycloak-admin', data.toString('base64'))).toThrow();
  });
});

describe('sealing certificates', () => {
  test.each(['dev', 'prod'])('the shipped %s certificate is a public RSA certificate and no private key is committed', (env) => {
    const pem = fs.readFileSync(path.join(__dirname, '..', 'config', 'sealed', `${env}.pem`), 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(pem).not.toMatch(/PRIVATE KEY/);
    const key = sealingKeyFromPem(pem);
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(4096);
  });

  test('nothing under config/sealed holds a private key', () => {
    const dir = path.join(__dirname, '..', 'config', 'sealed');
    for (const file of fs.readdirSync(dir)) {
      expect(`${file}: ${/PRIVATE KEY/.test(fs.readFileSync(path.join(dir, file), 'utf8'))}`).toBe(`${file}: false`);
    }
  });

  test('a public key PEM works too; anything else is refused with a clear message', () => {
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(sealingKeyFromPem(pem).asymmetricKeyType).toBe('rsa');
    expect(() => sealingKeyFromPem('hello')).toThrow('the sealing certificate is not a PEM certificate or public key (expected "-----BEGIN CERTIFICATE-----")');
  });
});

describe('randomValue', () => {
  test('the declared length, from the declared alphabet', () => {
    const value = randomValue(40);
    expect(value).toHaveLength(40);
    expect([...value].every((c) => ALPHABETS.alphanumeric.includes(c))).toBe(true);
    expect(randomValue(32, 'hex')).toMatch(/^[0-9a-f]{32}$/);
  });

  test('key material: a Fernet key is 32 random bytes in padded URL-safe base64', () => {
    const key = randomKeyMaterial(32, 'base64url');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}=$/);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(randomKeyMaterial(16, 'hex')).toMatch(/^[0-9a-f]{32}$/);
    expect(Buffer.from(randomKeyMaterial(24, 'base64'), 'base64')).toHaveLength(24);
  });

  test('stated strength', () => {
    expect(entropyBits(32)).toBe(190);
    expect(entropyBits(64, 'hex')).toBe(256);
  });
});
