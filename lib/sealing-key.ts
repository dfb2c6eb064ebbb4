/**
 * A Sealed Secrets sealing key pair made offline, for the controller's "bring your own
 * certificate" flow: an RSA key pair and a self-signed X.509 certificate, as the
 * controller makes its own (and as `openssl req -x509 -newkey rsa:4096` would), built with
 * node:crypto and a small DER writer (node can read certificates but not make them).
 *
 * The controller uses every Secret of type kubernetes.io/tls in its namespace labelled
 * `sealedsecrets.bitnami.com/sealed-secrets-key=active`; loaded before it first starts, it
 * makes no key of its own and unseals what was sealed with this certificate.
 */
import * as crypto from 'crypto';

/** What the controller makes: RSA 4096. */
export const SEALING_KEY_BITS = 4096;
/** The controller's own certificates are valid ten years (its --key-ttl default). */
export const SEALING_CERT_DAYS = 3650;
/** The label the controller finds its keys by, and its value for a key in use. */
export const SEALING_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

export interface SealingKeyPair {
  /** PEM certificate: public, committed as config/sealed/<env>.pem. */
  readonly certificatePem: string;
  /** PEM private key (PKCS#8): secret, never committed. */
  readonly privateKeyPem: string;
  /** SHA-256 fingerprint of the certificate, as `openssl x509 -fingerprint -sha256` prints it. */
  readonly fingerprint: string;
  readonly notAfter: Date;
}

// --- DER, just what a certificate needs ------------------------------------------------

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const sequence = (...items: Buffer[]): Buffer => tlv(0x30, ...items);
const set = (...items: Buffer[]): Buffer => tlv(0x31, ...items);
const integer = (bytes: Buffer): Buffer => tlv(0x02, bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
const nullValue = (): Buffer => Buffer.from([0x05, 0x00]);
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));
const bitString = (bytes: Buffer): Buffer => tlv(0x03, Buffer.from([0]), bytes);
const explicit = (n: number, content: Buffer): Buffer => tlv(0xa0 + n, content);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const part of rest) {
    const chunk: number[] = [part & 0x7f];
    for (let v = Math.floor(part / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5). */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

const SHA256_WITH_RSA = sequence(oid('1.2.840.113549.1.1.11'), nullValue());
const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';
const BASIC_CONSTRAINTS = '2.5.29.19';
const KEY_USAGE = '2.5.29.15';

function name(commonName: string, organization: string): Buffer {
  return sequence(set(sequence(oid(ORGANIZATION), utf8(organization))), set(sequence(oid(COMMON_NAME), utf8(commonName))));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}

/**
 * Makes a key pair and its self-signed certificate. `bits` is for tests (a 4096-bit key takes
 * a second or two); `now` fixes the validity for reproducible tests.
 */
export function makeSealingKeyPair(options: { readonly commonName: string; readonly bits?: number; readonly now?: Date } = { commonName: 'sealed-secret' }): SealingKeyPair {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: options.bits ?? SEALING_KEY_BITS });
  const notBefore = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + SEALING_CERT_DAYS * 86_400_000);
  const serial = crypto.randomBytes(16);
  serial[0] &= 0x7f; // positive
  const subject = name(options.commonName, 'sealed-secret');
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    SHA256_WITH_RSA,
    subject, // issuer: self-signed
    sequence(time(notBefore), time(notAfter)),
    subject,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      sequence(
        extension(BASIC_CONSTRAINTS, true, sequence()), // not a CA
        // digitalSignature and keyEncipherment: the key wraps each value's session key.
        extension(KEY_USAGE, true, tlv(0x03, Buffer.from([5, 0xa0]))),
      ),
    ),
  );
  const signature = crypto.sign('sha256', tbs, privateKey);
  const der = sequence(tbs, SHA256_WITH_RSA, bitString(signature));
  const certificatePem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  return {
    certificatePem,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    fingerprint: certificateFingerprint(certificatePem),
    notAfter,
  };
}

/** SHA-256 fingerprint of a PEM certificate (`AB:CD:...`), or of a PEM public key's DER. */
export function certificateFingerprint(pem: string): string {
  if (pem.includes('BEGIN CERTIFICATE')) {
    return new crypto.X509Certificate(pem).fingerprint256;
  }
  const der = crypto.createPublicKey(pem).export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:');
}

/** The labelled kubernetes.io/tls Secret that hands the key pair to the controller, as YAML. */
export function sealingKeySecretYaml(pair: SealingKeyPair, secretName: string, namespace: string): string {
  const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  return [
    '# The Sealed Secrets private key: anyone holding this file can read every sealed value.',
    '# Apply it before the controller starts, back it up encrypted, then delete this copy.',
    'apiVersion: v1',
    'kind: Secret',
    'type: kubernetes.io/tls',
    'metadata:',
    `  name: ${secretName}`,
    `  namespace: ${namespace}`,
    '  labels:',
    `    ${SEALING_KEY_LABEL}: active`,
    'data:',
    `  tls.crt: ${b64(pair.certificatePem)}`,
    `  tls.key: ${b64(pair.privateKeyPem)}`,
    '',
  ].join('\n');
}
