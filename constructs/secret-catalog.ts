/**
 * What secrets an environment declares and how each value is made: the SecretCatalog that
 * PlatformSecret (./secret) fills, `npm run seal` reads and synth reports on. Apart from the
 * construct, so the common block (./common) can hold a catalog without loading constructs.
 */

/** How one key's value is produced by `npm run seal` (or the store). */
export type SecretValueSource =
  /** A random value: `length` characters from the alphabet (default alphanumeric). */
  | { readonly generate: { readonly length: number; readonly alphabet?: 'alphanumeric' | 'hex' } }
  /**
   * Random key material: `bytes` random bytes, encoded (a Fernet key is 32 bytes, base64url).
   * `base64url` keeps the `=` padding, as Python's urlsafe_b64encode does.
   */
  | { readonly randomBytes: { readonly bytes: number; readonly encoding: 'base64' | 'base64url' | 'hex' } }
  /**
   * A file of shell assignments, each variable a random value, one line each in the order
   * given: `export NAME="<value>"` (MinIO's config.env of root credentials).
   */
  | { readonly envFile: { readonly variables: Readonly<Record<string, { readonly length: number; readonly alphabet?: 'alphanumeric' | 'hex' }>> } }
  /** A value only a person can give (webhook URL, CA key): read from stdin by the seal command. */
  | { readonly input: string }
  /** The same value as a key of another declared secret (e.g. an OIDC client secret on both sides). */
  | { readonly sameAs: SecretKeyRef }
  /**
   * A password file for a verifier that must never hold the passwords: one line per user,
   * `<user>:<iterations>:<salt>:<hash>` (PBKDF2 with HMAC-SHA1, salt and hash in lower-case
   * hex: the hashed form Trino's file password authenticator reads), made from the values
   * of the given keys. The seal command makes the file together with those values, so any
   * of them being made anew makes all of them anew. With external-secrets the store holds
   * the file at this key, next to the passwords.
   */
  | { readonly passwordFile: { readonly users: Readonly<Record<string, SecretKeyRef>> } };

/** Points at one key of a declared secret: what a consumer's env/volume references. */
export interface SecretKeyRef {
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
}

/** One declared secret, as the catalog records it. */
export interface DeclaredSecret {
  readonly component: string;
  readonly namespace: string;
  readonly name: string;
  readonly keys: Readonly<Record<string, SecretValueSource>>;
  readonly readers: readonly string[];
  readonly description: string;
}

/** Sealed ciphertexts of one environment: "<namespace>/<name>" -> key -> ciphertext. */
export type SealedValues = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The secrets of one environment: what was declared, and what has no sealed value yet.
 * One per environment build (never shared between environments).
 */
export class SecretCatalog {
  private readonly list: DeclaredSecret[] = [];
  private readonly missingKeys: Array<{ secret: DeclaredSecret; key: string }> = [];
  private readonly pending: Array<() => void> = [];
  private finalized = false;

  constructor(readonly sealed: SealedValues = {}) {}

  declare(secret: DeclaredSecret): void {
    if (this.list.some((s) => s.namespace === secret.namespace && s.name === secret.name)) {
      throw new Error(`secret ${secret.namespace}/${secret.name} is declared twice`);
    }
    this.list.push(secret);
  }

  sealedValue(namespace: string, name: string, key: string): string | undefined {
    return this.sealed[`${namespace}/${name}`]?.[key];
  }

  /** Runs `render` when the environment is complete (immediately if it already is). */
  onFinalize(render: () => void): void {
    if (this.finalized) {
      render();
    } else {
      this.pending.push(render);
    }
  }

  /**
   * Called by the build once every component is built: renders what depends on the whole
   * catalog (ExternalSecrets need to know which keys are shared). Idempotent.
   */
  finalize(): void {
    this.finalized = true;
    for (const render of this.pending.splice(0)) {
      render();
    }
  }

  markMissing(secret: DeclaredSecret, key: string): void {
    this.missingKeys.push({ secret, key });
  }

  get declared(): readonly DeclaredSecret[] {
    return this.list;
  }

  /** The declared secret namespace/name, if any. */
  find(namespace: string, name: string): DeclaredSecret | undefined {
    return this.list.find((s) => s.namespace === namespace && s.name === name);
  }

  /** True when another declared secret takes this key's value with `sameAs`, or hashes it into a `passwordFile`. */
  isShared(namespace: string, name: string, key: string): boolean {
    const same = (ref: SecretKeyRef): boolean => ref.namespace === namespace && ref.name === name && ref.key === key;
    return this.list.some((s) =>
      Object.values(s.keys).some((source) => ('sameAs' in source && same(source.sameAs)) || ('passwordFile' in source && Object.values(source.passwordFile.users).some(same))),
    );
  }

  /** Components that declared at least one secret (they need the secrets controller first). */
  get components(): readonly string[] {
    return [...new Set(this.list.map((s) => s.component))].sort();
  }

  get missing(): ReadonlyArray<{ secret: DeclaredSecret; key: string }> {
    return this.missingKeys;
  }
}

/**
 * Follows `sameAs` to the key that owns the value (a chain ends at a `generate` or `input`
 * key). Throws when the chain points at something not declared, or loops.
 */
export function resolveValueOwner(catalog: SecretCatalog, ref: SecretKeyRef, from: SecretKeyRef = ref): { secret: DeclaredSecret; key: string; source: Exclude<SecretValueSource, { sameAs: SecretKeyRef }> } {
  const seen: string[] = [];
  let current = ref;
  for (;;) {
    const id = `${current.namespace}/${current.name}:${current.key}`;
    if (seen.includes(id)) {
      throw new Error(`secret ${from.namespace}/${from.name} key ${from.key}: sameAs loops (${[...seen, id].join(' -> ')})`);
    }
    seen.push(id);
    const secret = catalog.find(current.namespace, current.name);
    const source = secret?.keys[current.key];
    if (!secret || !source) {
      throw new Error(`secret ${from.namespace}/${from.name} key ${from.key}: sameAs points at ${current.namespace}/${current.name} key ${current.key}, which no component declares`);
    }
    if (!('sameAs' in source)) {
      return { secret, key: current.key, source };
    }
    current = source.sameAs;
  }
}
