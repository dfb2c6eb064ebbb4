/**
 * config/sealed/<env>.json: the sealed values of an environment ("<namespace>/<name>" -> key
 * -> ciphertext) and, under `certificates`, the SHA-256 fingerprints of the sealing
 * certificates they were sealed with, so that values sealed for one cluster and a certificate
 * of another are told apart before anything is synced.
 */
import * as fs from 'fs';
import type { SealedValues } from '../constructs/secret';

/** The entry that records the certificates; not a secret ("<namespace>/<name>" has a slash). */
export const CERTIFICATES_KEY = 'certificates';

export interface SealedFile {
  readonly values: SealedValues;
  /** Fingerprints of the certificates the values were sealed with, oldest first. @default - none recorded */
  readonly certificates: readonly string[];
}

export function parseSealedFile(text: string, file: string): SealedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not JSON (${(err as Error).message})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error(`${file}: expected an object of "<namespace>/<name>": {"<key>": "<ciphertext>"}`);
  }
  const { [CERTIFICATES_KEY]: certificates, ...values } = doc as Record<string, unknown>;
  if (certificates !== undefined && !(Array.isArray(certificates) && certificates.every((c) => typeof c === 'string'))) {
    throw new Error(`${file}: ${CERTIFICATES_KEY} must be a list of certificate fingerprints`);
  }
  return { values: values as SealedValues, certificates: (certificates as string[] | undefined) ?? [] };
}

/** The file, or nothing sealed and no certificate when it does not exist. */
export function readSealedFile(file: string): SealedFile {
  return fs.existsSync(file) ? parseSealedFile(fs.readFileSync(file, 'utf8'), file) : { values: {}, certificates: [] };
}
