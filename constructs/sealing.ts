/**
 * The sealed-secrets encryption format, with node:crypto only (no kubeseal binary).
 *
 * For each value the controller expects, base64-encoded:
 *
 *   uint16 big-endian length of the RSA ciphertext || RSA ciphertext || AES ciphertext+tag
 *
 * where a fresh 32-byte session key encrypts the value with AES-256-GCM under an all-zero
 * 12-byte nonce (safe: the key is used once), and the session key itself is encrypted with
 * RSA-OAEP (SHA-256) under the controller's public key. The OAEP label binds the ciphertext to
 * where it may be unsealed: "<namespace>/<name>" for the strict scope, which is the only scope
 * lakeplane writes (a value sealed for one secret cannot be replayed into another).
 */
import * as crypto from 'crypto';

/** AES-256 session key size, as the controller uses. */
const SESSION_KEY_BYTES = 32;
/** GCM standard nonce size; the nonce is all zeros. */
const NONCE_BYTES = 12;
/** GCM authentication tag size (appended to the AES ciphertext). */
const TAG_BYTES = 16;

/** The OAEP label of the strict scope: the value only unseals into this namespace/name. */
export function strictScopeLabel(namespace: string, name: string): Buffer {
  return Buffer.from(`${namespace}/${name}`, 'utf8');
}

/** Reads the RSA public key from a PEM certificate (what `kubeseal --fetch-cert` prints) or a PEM public key. */
export function sealingKeyFromPem(pem: string): crypto.KeyObject {
  if (pem.includes('BEGIN CERTIFICATE')) {
    const cert = new crypto.X509Certificate(pem);
    const key = cert.publicKey;
    if (key.asymmetricKeyType !== 'rsa') {
      throw new Error(`the sealing certificate holds a ${String(key.asymmetricKeyType)} key; the sealed-secrets controller uses RSA`);
    }
    return key;
  }
  if (pem.includes('PUBLIC KEY')) {
    return crypto.createPublicKey(pem);
  }
  throw new Error('the sealing certificate is not a PEM certificate or public key (expected "-----BEGIN CERTIFICATE-----")');
}

/** Encrypts one value for the secret namespace/name (strict scope); returns the base64 ciphertext. */
export function sealValue(publicKey: crypto.KeyObject, namespace: string, name: string, plaintext: string | Buffer): string {
  const sessionKey = crypto.randomBytes(SESSION_KEY_BYTES);
  const rsaCiphertext = crypto.publicEncrypt(
    { key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: strictScopeLabel(namespace, name) },
    sessionKey,
  );
  if (rsaCiphertext.length > 0xffff) {
    throw new Error(`RSA ciphertext of ${rsaCiphertext.length} bytes does not fit the 2-byte length prefix`);
  }
  const cipher = crypto.createCipheriv('aes-256-gcm', sessionKey, Buffer.alloc(NONCE_BYTES));
  const aesCiphertext = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final(), cipher.getAuthTag()]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(rsaCiphertext.length);
  return Buffer.concat([length, rsaCiphertext, aesCiphertext]).toString('base64');
}

/**
 * The controller's side: decrypts a value with the sealing private key, for the secret
 * namespace/name. Used by the tests to prove the format round-trips; never needed to seal.
 */
export function unsealValue(privateKey: crypto.KeyObject, namespace: string, name: string, ciphertext: string): Buffer {
  const data = Buffer.from(ciphertext, 'base64');
  if (data.length < 2) {
    throw new Error('sealed value is too short');
  }
  const rsaLength = data.readUInt16BE(0);
  if (data.length < 2 + rsaLength + TAG_BYTES) {
    throw new Error('sealed value is too short');
  }
  const sessionKey = crypto.privateDecrypt(
    { key: privateKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: strictScopeLabel(namespace, name) },
    data.subarray(2, 2 + rsaLength),
  );
  const aes = data.subarray(2 + rsaLength);
  const decipher = crypto.createDecipheriv('aes-256-gcm', sessionKey, Buffer.alloc(NONCE_BYTES));
  decipher.setAuthTag(aes.subarray(aes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(aes.subarray(0, aes.length - TAG_BYTES)), decipher.final()]);
}

/** Alphabets a generated value may be drawn from. */
export const ALPHABETS = {
  alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
} as const;
export type Alphabet = keyof typeof ALPHABETS;

/** A uniformly random value: `length` characters of the alphabet, each chosen with crypto.randomInt. */
export function randomValue(length: number, alphabet: Alphabet = 'alphanumeric'): string {
  const chars = ALPHABETS[alphabet];
  let out = '';
  for (let i = 0; i < length; i++) {
    out += chars[crypto.randomInt(chars.length)];
  }
  return out;
}

/** `bytes` random bytes, encoded; base64url keeps the padding (what Fernet and Python expect). */
export function randomKeyMaterial(bytes: number, encoding: 'base64' | 'base64url' | 'hex'): string {
  const raw = crypto.randomBytes(bytes);
  if (encoding === 'base64url') {
    return raw.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  return raw.toString(encoding);
}

/** Entropy of a generated value in bits (for the seal report). */
export function entropyBits(length: number, alphabet: Alphabet = 'alphanumeric'): number {
  return Math.floor(length * Math.log2(ALPHABETS[alphabet].length));
}

/** PBKDF2 iterations of password file hashes (Trino accepts 1000 or more). */
export const PASSWORD_FILE_ITERATIONS = 10000;

/**
 * One line of a password file as Trino's file password authenticator reads it:
 * `<user>:<iterations>:<salt>:<hash>`, PBKDF2 with HMAC-SHA1 over a random 16-byte salt,
 * salt and 32-byte hash in lower-case hex (Trino's EncryptionUtil checks a PBKDF2 hash with
 * PBKDF2WithHmacSHA1 and a key as long as the stored hash).
 */
export function passwordFileLine(user: string, password: string, salt: Buffer = crypto.randomBytes(16)): string {
  const hash = crypto.pbkdf2Sync(password, salt, PASSWORD_FILE_ITERATIONS, 32, 'sha1');
  return `${user}:${PASSWORD_FILE_ITERATIONS}:${salt.toString('hex')}:${hash.toString('hex')}`;
}
