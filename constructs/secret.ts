/**
 * PlatformSecret: a component declares a secret it needs (name, keys, who reads it, how its
 * values are made) and the configured backend renders it. No secret value is ever in git in
 * plain text:
 *
 * - `sealed-secrets`: a SealedSecret whose ciphertexts come from the committed
 *   config/sealed/<env>.json, written by `npm run seal` (strict scope: each value unseals only
 *   into its own namespace/name);
 * - `external-secrets`: an ExternalSecret; keys that only need to be random and that nobody
 *   shares come from ESO's Password generator, every other key from the configured store.
 *
 * Every declaration is recorded in the environment's SecretCatalog, which is what the seal
 * command reads to know what to generate, and what synth reports when values are missing.
 * The build calls `secretCatalog.finalize()` once every component is built (ExternalSecrets
 * depend on which keys are shared), and makes every component that declared a secret sync
 * after the secrets controller of `secrets.backend` (lib/build.ts).
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { SealedSecret } from '../imports/bitnami.com_sealedsecret-bitnami.com';
import {
  ExternalSecret,
  ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../imports/external-secrets.io_externalsecret-external-secrets.io';
import { ObjectWave, setWave } from '../argocd/sync';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';

/** The ClusterSecretStore every ExternalSecret reads from (made by the external-secrets component). */
export const CLUSTER_SECRET_STORE = 'lakeplane';

/** How one key's value is produced by `npm run seal` (or the store). */
export type SecretValueSource =
  /** A random value: `length` characters from the alphabet (default alphanumeric). */
  | { readonly generate: { readonly length: number; readonly alphabet?: 'alphanumeric' | 'hex' } }
  /**
   * Random key material: `bytes` random bytes, encoded (a Fernet key is 32 bytes, base64url).
   * `base64url` keeps the `=` padding, as Python's urlsafe_b64encode does.
   */
  | { readonly randomBytes: { readonly bytes: number; readonly encoding: 'base64' | 'base64url' | 'hex' } }
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

export interface PlatformSecretProps {
  /** Secret name in the namespace. */
  readonly name: string;
  readonly namespace: string;
  /** Keys and how each value is made. */
  readonly keys: Readonly<Record<string, SecretValueSource>>;
  /** Who reads it (component or workload names), for the seal report and the docs. */
  readonly readers: readonly string[];
  /** One line: what it is for. */
  readonly description: string;
  /** Secret type. @default 'Opaque' */
  readonly type?: string;
  /** Labels on the resulting Secret (e.g. for operators that select secrets by label). @default - none */
  readonly labels?: Record<string, string>;
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

/** apiVersion of ESO's generators (Password). */
export const ESO_GENERATORS_API = 'generators.external-secrets.io/v1alpha1';

/** ESO Password generator spec (generators.external-secrets.io/v1alpha1, ESO 2.9). */
export interface PasswordGeneratorSpec {
  /** Characters in the password (before `encoding`). */
  readonly length: number;
  /** How many of them are digits. @default 25% of length */
  readonly digits?: number;
  /** How many of them are symbols. @default 25% of length */
  readonly symbols?: number;
  /** Disable upper-case letters. @default false */
  readonly noUpper: boolean;
  /** Allow a character more than once. @default false */
  readonly allowRepeat: boolean;
  /** Output keys, each with its own password. @default ['password'] */
  readonly secretKeys?: readonly string[];
  /** raw, base64, base64url, base32 or hex. @default 'raw' */
  readonly encoding?: 'raw' | 'hex';
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

export class PlatformSecret extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly keys: readonly string[];
  private readonly props: PlatformSecretProps;
  private rendered = false;

  constructor(scope: Construct, id: string, props: PlatformSecretProps) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    const common = chart.common;
    this.props = props;
    this.name = resourceName(props.name);
    this.namespace = props.namespace;
    this.keys = Object.keys(props.keys).sort();
    if (this.keys.length === 0) {
      throw new Error(`secret ${props.namespace}/${props.name} declares no keys`);
    }
    for (const [key, source] of Object.entries(props.keys)) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
        throw new Error(`secret ${props.namespace}/${props.name} key "${key}" is not a valid Secret key (letters, digits, "-", "_" and "." only)`);
      }
      if ('generate' in source && !(source.generate.length >= 16)) {
        throw new Error(`secret ${props.namespace}/${props.name} key ${key}: generated values must be at least 16 characters (got ${source.generate.length})`);
      }
      if ('randomBytes' in source && !(Number.isInteger(source.randomBytes.bytes) && source.randomBytes.bytes >= 16)) {
        throw new Error(`secret ${props.namespace}/${props.name} key ${key}: random key material must be at least 16 bytes (got ${source.randomBytes.bytes})`);
      }
      if ('input' in source && source.input.trim() === '') {
        throw new Error(`secret ${props.namespace}/${props.name} key ${key}: input needs a prompt saying what to enter`);
      }
      if ('passwordFile' in source) {
        const users = Object.keys(source.passwordFile.users);
        if (users.length === 0) {
          throw new Error(`secret ${props.namespace}/${props.name} key ${key}: a password file needs at least one user`);
        }
        const bad = users.find((user) => !/^[A-Za-z0-9][-._@A-Za-z0-9]*$/.test(user));
        if (bad !== undefined) {
          throw new Error(`secret ${props.namespace}/${props.name} key ${key}: password file user "${bad}" must be letters, digits, "-", "_", "." or "@" (a ":" would end the name)`);
        }
      }
    }
    const declared: DeclaredSecret = {
      component: chart.component,
      namespace: this.namespace,
      name: this.name,
      keys: props.keys,
      readers: props.readers,
      description: props.description,
    };
    common.secretCatalog.declare(declared);

    // Every sameAs must point at a declared key; checked once the whole environment is built.
    this.node.addValidation({
      validate: () => {
        const errors: string[] = [];
        for (const key of this.keys) {
          const source = props.keys[key];
          const refs = 'sameAs' in source ? [source.sameAs] : 'passwordFile' in source ? Object.values(source.passwordFile.users) : [];
          for (const ref of refs) {
            try {
              const owner = resolveValueOwner(common.secretCatalog, ref, { namespace: this.namespace, name: this.name, key });
              if ('passwordFile' in owner.source) {
                errors.push(`secret ${this.namespace}/${this.name} key ${key}: ${ref.namespace}/${ref.name} key ${ref.key} is itself a password file; point at the password`);
              }
            } catch (err) {
              errors.push((err as Error).message);
            }
          }
        }
        if (!this.rendered) {
          errors.push(`secret ${this.namespace}/${this.name} was never rendered: the build must call secretCatalog.finalize() after every component is built`);
        }
        return errors;
      },
    });

    if (common.secrets.backend === 'sealed-secrets') {
      this.renderSealed(declared);
    } else {
      // ExternalSecrets depend on the whole catalog (which keys are shared), so they are
      // rendered when the environment's components are all built.
      common.secretCatalog.onFinalize(() => this.renderExternal());
    }
  }

  /** A reference to one key, for env vars and for `sameAs` on the other side. */
  ref(key: string): SecretKeyRef {
    if (!this.keys.includes(key)) {
      throw new Error(`secret ${this.namespace}/${this.name} has no key "${key}" (keys: ${this.keys.join(', ')})`);
    }
    return { namespace: this.namespace, name: this.name, key };
  }

  /** An env var source for a container in the same namespace. */
  envFrom(key: string): { secretKeyRef: { name: string; key: string } } {
    this.ref(key);
    return { secretKeyRef: { name: this.name, key } };
  }

  private template(): { metadata: { labels?: Record<string, string>; annotations: Record<string, string> }; type: string } {
    return { metadata: { labels: this.props.labels, annotations: { 'lakeplane.io/description': this.props.description } }, type: this.props.type ?? 'Opaque' };
  }

  /** sealed-secrets: one SealedSecret with the committed ciphertexts (strict scope). */
  private renderSealed(declared: DeclaredSecret): void {
    const catalog = PlatformChart.of(this).common.secretCatalog;
    const encryptedData: Record<string, string> = {};
    for (const key of this.keys) {
      const value = catalog.sealedValue(this.namespace, this.name, key);
      if (value === undefined) {
        catalog.markMissing(declared, key);
      } else {
        encryptedData[key] = value;
      }
    }
    const sealed = new SealedSecret(this, 'sealed', {
      metadata: { name: this.name, namespace: this.namespace },
      spec: { encryptedData, template: this.template() },
    });
    setWave(sealed, ObjectWave.SECRETS);
    this.rendered = true;
  }

  /**
   * external-secrets: keys that only need to be random and that nobody shares come from a
   * Password generator in the secret's namespace, created once and never rotated by a refresh;
   * every other key (input, shared, sameAs) is read from the store at the path of the key
   * that owns the value, so both sides of a `sameAs` read the same entry.
   */
  private renderExternal(): void {
    const common = PlatformChart.of(this).common;
    if (common.secrets.backend !== 'external-secrets') {
      return;
    }
    const catalog = common.secretCatalog;
    const prefix = common.secrets.store.keyPrefix ?? common.env;
    const data: Array<{ secretKey: string; remoteRef: { key: string; property: string } }> = [];
    const generated: string[] = [];
    for (const key of this.keys) {
      const source = this.props.keys[key];
      if ('generate' in source && !catalog.isShared(this.namespace, this.name, key)) {
        generated.push(key);
        continue;
      }
      const owner = 'sameAs' in source ? resolveValueOwner(catalog, source.sameAs, { namespace: this.namespace, name: this.name, key }) : { secret: { namespace: this.namespace, name: this.name }, key };
      data.push({ secretKey: key, remoteRef: { key: `${prefix}/${owner.secret.namespace}/${owner.secret.name}`, property: owner.key } });
    }
    const generators = generated.map((key) => {
      const source = this.props.keys[key] as { generate: { length: number; alphabet?: 'alphanumeric' | 'hex' } };
      const name = resourceName(this.name, key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
      const hex = source.generate.alphabet === 'hex';
      const spec: PasswordGeneratorSpec = hex
        ? // hex encoding doubles the length: half as many raw characters give the declared length.
          { length: Math.ceil(source.generate.length / 2), noUpper: false, allowRepeat: true, secretKeys: [key], encoding: 'hex' }
        : { length: source.generate.length, digits: Math.floor(source.generate.length / 4), symbols: 0, noUpper: false, allowRepeat: true, secretKeys: [key] };
      const generator = new ApiObject(this, `password-${key}`, {
        apiVersion: ESO_GENERATORS_API,
        kind: 'Password',
        metadata: { name, namespace: this.namespace },
        spec,
      });
      setWave(generator, ObjectWave.SECRETS);
      return name;
    });
    const external = new ExternalSecret(this, 'external', {
      metadata: { name: this.name, namespace: this.namespace },
      spec: {
        // A generated password must be made once: a periodic refresh would replace it.
        refreshPolicy: generators.length > 0 ? ExternalSecretSpecRefreshPolicy.CREATED_ONCE : ExternalSecretSpecRefreshPolicy.PERIODIC,
        refreshInterval: generators.length > 0 ? undefined : common.secrets.refreshInterval,
        secretStoreRef: data.length > 0 ? { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: CLUSTER_SECRET_STORE } : undefined,
        target: { name: this.name, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER, template: { type: this.template().type, metadata: this.template().metadata } },
        data: data.length > 0 ? data : undefined,
        dataFrom:
          generators.length > 0
            ? generators.map((name) => ({ sourceRef: { generatorRef: { apiVersion: ESO_GENERATORS_API, kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind.PASSWORD, name } } }))
            : undefined,
      },
    });
    setWave(external, ObjectWave.SECRETS);
    this.rendered = true;
  }
}
