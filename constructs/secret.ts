/**
 * PlatformSecret: a component declares a secret it needs (name, keys, who reads it, how its
 * values are made) and the configured backend renders it. No secret value is ever in git in
 * plain text:
 *
 * - `sealed-secrets`: a SealedSecret whose ciphertexts come from the committed
 *   config/sealed/<env>.json, written by `npm run seal`;
 * - `external-secrets`: an ExternalSecret reading the values from the configured store.
 *
 * Every declaration is recorded in the environment's SecretCatalog, which is what the seal
 * command reads to know what to generate, and what synth reports when values are missing.
 */
import { Construct } from 'constructs';
import { SealedSecret } from '../imports/bitnami.com_sealedsecret-bitnami.com';
import {
  ExternalSecret,
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
  /** A value only a person can give (webhook URL, CA key): read from stdin by the seal command. */
  | { readonly input: string }
  /** The same value as a key of another declared secret (e.g. an OIDC client secret on both sides). */
  | { readonly sameAs: SecretKeyRef };

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

  markMissing(secret: DeclaredSecret, key: string): void {
    this.missingKeys.push({ secret, key });
  }

  get declared(): readonly DeclaredSecret[] {
    return this.list;
  }

  get missing(): ReadonlyArray<{ secret: DeclaredSecret; key: string }> {
    return this.missingKeys;
  }
}

export class PlatformSecret extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly keys: readonly string[];

  constructor(scope: Construct, id: string, props: PlatformSecretProps) {
    super(scope, id);
    const chart = PlatformChart.of(this);
    const common = chart.common;
    this.name = resourceName(props.name);
    this.namespace = props.namespace;
    this.keys = Object.keys(props.keys).sort();
    if (this.keys.length === 0) {
      throw new Error(`secret ${props.namespace}/${props.name} declares no keys`);
    }
    for (const [key, source] of Object.entries(props.keys)) {
      if ('generate' in source && !(source.generate.length >= 16)) {
        throw new Error(`secret ${props.namespace}/${props.name} key ${key}: generated values must be at least 16 characters (got ${source.generate.length})`);
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

    const template = { metadata: { labels: props.labels, annotations: { 'lakeplane.io/description': props.description } }, type: props.type ?? 'Opaque' };
    if (common.secrets.backend === 'sealed-secrets') {
      const encryptedData: Record<string, string> = {};
      for (const key of this.keys) {
        const value = common.secretCatalog.sealedValue(this.namespace, this.name, key);
        if (value === undefined) {
          common.secretCatalog.markMissing(declared, key);
        } else {
          encryptedData[key] = value;
        }
      }
      const sealed = new SealedSecret(this, 'sealed', {
        metadata: { name: this.name, namespace: this.namespace },
        spec: { encryptedData, template },
      });
      setWave(sealed, ObjectWave.SECRETS);
    } else {
      const prefix = common.secrets.store.keyPrefix ?? common.env;
      const external = new ExternalSecret(this, 'external', {
        metadata: { name: this.name, namespace: this.namespace },
        spec: {
          refreshInterval: common.secrets.refreshInterval,
          secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: CLUSTER_SECRET_STORE },
          target: { name: this.name, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER, template: { type: template.type, metadata: template.metadata } },
          data: this.keys.map((key) => {
            const source = props.keys[key];
            const ref = 'sameAs' in source ? source.sameAs : { namespace: this.namespace, name: this.name, key };
            return { secretKey: key, remoteRef: { key: `${prefix}/${ref.namespace}/${ref.name}`, property: ref.key } };
          }),
        },
      });
      setWave(external, ObjectWave.SECRETS);
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
}
