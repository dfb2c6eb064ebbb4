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
import { Construct } from 'constructs';
import { SealedSecret } from '../imports/bitnami.com_sealedsecret-bitnami.com';
import {
  ExternalSecret,
  ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateMergePolicy,
} from '../imports/external-secrets.io_externalsecret-external-secrets.io';
import { Password, PasswordSpecEncoding } from '../imports/generators.external-secrets.io_password-generators.external-secrets.io';
import { ObjectWave, setWave } from '../argocd/sync';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';
import { resolveValueOwner } from './secret-catalog';
import type { DeclaredSecret, SecretKeyRef, SecretValueSource } from './secret-catalog';

export { resolveValueOwner, SecretCatalog } from './secret-catalog';
export type { DeclaredSecret, SealedValues, SecretKeyRef, SecretValueSource } from './secret-catalog';

/** The ClusterSecretStore every ExternalSecret reads from (made by the external-secrets component). */
export const CLUSTER_SECRET_STORE = 'lakeplane';

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
  /**
   * Keys whose values are no secret, written as given beside the secret keys (the user name
   * an operator wants next to a password: CloudNativePG's role Secrets). Never a credential.
   * @default - none
   */
  readonly publicValues?: Readonly<Record<string, string>>;
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
      if ('envFile' in source) {
        const variables = Object.entries(source.envFile.variables);
        if (variables.length === 0) {
          throw new Error(`secret ${props.namespace}/${props.name} key ${key}: an env file needs at least one variable`);
        }
        for (const [variable, value] of variables) {
          if (!/^[A-Z_][A-Z0-9_]*$/.test(variable)) {
            throw new Error(`secret ${props.namespace}/${props.name} key ${key}: env file variable "${variable}" must be upper-case letters, digits and "_"`);
          }
          if (!(value.length >= 16)) {
            throw new Error(`secret ${props.namespace}/${props.name} key ${key}: env file variable ${variable} must be at least 16 characters (got ${value.length})`);
          }
        }
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
    for (const [key, value] of Object.entries(props.publicValues ?? {})) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
        throw new Error(`secret ${props.namespace}/${props.name} public key "${key}" is not a valid Secret key (letters, digits, "-", "_" and "." only)`);
      }
      if (key in props.keys) {
        throw new Error(`secret ${props.namespace}/${props.name} key ${key} is both a secret and a public value; give it once`);
      }
      if (value.includes('{{')) {
        throw new Error(`secret ${props.namespace}/${props.name} public key ${key}: the value must be plain text (both controllers read "{{" as a template)`);
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

  /** The public values as the controllers' template data (plain text renders as itself). */
  private publicData(): Record<string, string> | undefined {
    const values = this.props.publicValues ?? {};
    return Object.keys(values).length > 0 ? Object.fromEntries(Object.keys(values).sort().map((k) => [k, values[k]])) : undefined;
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
      // sealed-secrets adds template.data's keys to the decrypted ones.
      spec: { encryptedData, template: { ...this.template(), data: this.publicData() } },
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
      const generator = new Password(this, `password-${key}`, {
        metadata: { name, namespace: this.namespace },
        spec: { ...spec, secretKeys: spec.secretKeys ? [...spec.secretKeys] : undefined, encoding: spec.encoding === 'hex' ? PasswordSpecEncoding.HEX : undefined },
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
        target: {
          name: this.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          // Merge: the template's public keys join the fetched and generated ones instead of replacing them.
          template: { type: this.template().type, metadata: this.template().metadata, ...(this.publicData() ? { data: this.publicData(), mergePolicy: ExternalSecretSpecTargetTemplateMergePolicy.MERGE } : {}) },
        },
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

/** A secrets controller (sealed-secrets or external-secrets). */
export interface SecretsController {
  readonly namespace: string;
}

/** An environment variable a container reads from one key of a declared secret (in its own namespace). */
export function secretEnv(name: string, ref: { readonly name: string; readonly key: string }): { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } } {
  return { name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } };
}
