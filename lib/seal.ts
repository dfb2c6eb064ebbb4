/**
 * What `npm run seal` does, without the command line: find the declared secrets whose keys
 * have no sealed value (or are being rotated), make their values (random of the declared
 * strength, or given by a person for `input` keys), give both sides of a `sameAs` the same
 * value, and seal each value for its own namespace/name with the controller's certificate.
 *
 * Plaintext exists only in memory here; nothing in this module prints or writes it.
 */
import type { KeyObject } from 'crypto';
import { PHASES } from '../config/schema';
import { DeclaredSecret, SealedValues, SecretCatalog, SecretValueSource, resolveValueOwner } from '../constructs/secret';
import { entropyBits, passwordFileLine, randomKeyMaterial, randomValue, sealValue } from '../constructs/sealing';
import { buildEnvironment } from './build';
import { CERTIFICATES_KEY } from './sealed-file';
import { loadEnvironment } from './synth';

/**
 * Every secret a shipped environment declares at any phase (a phase preview must synthesize
 * too), built in memory; the same declaration at each phase it exists.
 */
export function declaredSecrets(env: string, sealed: SealedValues = {}): DeclaredSecret[] {
  const byId = new Map<string, DeclaredSecret>();
  for (const phase of PHASES) {
    const build = buildEnvironment(loadEnvironment(env, phase), { sealed });
    for (const secret of build.common.secretCatalog.declared) {
      byId.set(secretId(secret.namespace, secret.name), secret);
    }
  }
  return [...byId.values()].sort((a, b) => secretId(a.namespace, a.name).localeCompare(secretId(b.namespace, b.name)));
}

/** One value to make: the key that owns it, and every key (itself included) that carries it. */
export interface ValueGroup {
  /** "<namespace>/<name>:<key>" of the owner. */
  readonly id: string;
  readonly owner: { readonly secret: DeclaredSecret; readonly key: string };
  readonly source: Exclude<SecretValueSource, { sameAs: unknown }>;
  /** Every secret key that gets this value: the owner and its `sameAs` followers. */
  readonly members: ReadonlyArray<{ readonly namespace: string; readonly name: string; readonly key: string }>;
  /** Why it is (re)made: a member has no sealed value, or a member's secret is rotated. */
  readonly reason: 'missing' | 'rotate';
}

export function secretId(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

export function keyId(namespace: string, name: string, key: string): string {
  return `${namespace}/${name}:${key}`;
}

/**
 * The values to make. A value is made when any key carrying it has no sealed value or
 * belongs to a rotated secret; the sealed values of the others cannot be read back (only
 * the controller holds the private key), so all of them are sealed again with the new value.
 */
export function planSeal(declared: readonly DeclaredSecret[], existing: SealedValues, rotate: readonly string[] = []): ValueGroup[] {
  const catalog = new SecretCatalog(existing);
  for (const secret of declared) {
    catalog.declare(secret);
  }
  for (const id of rotate) {
    const [namespace, name] = id.split('/');
    if (!catalog.find(namespace, name ?? '')) {
      throw new Error(`--rotate ${id}: no declared secret has that namespace/name; declared: ${declared.map((s) => secretId(s.namespace, s.name)).join(', ')}`);
    }
  }
  const groups = new Map<string, { owner: ReturnType<typeof resolveValueOwner>; members: Array<{ namespace: string; name: string; key: string }>; reason?: 'missing' | 'rotate' }>();
  for (const secret of declared) {
    for (const key of Object.keys(secret.keys).sort()) {
      const owner = resolveValueOwner(catalog, { namespace: secret.namespace, name: secret.name, key });
      const id = keyId(owner.secret.namespace, owner.secret.name, owner.key);
      const group = groups.get(id) ?? { owner, members: [] };
      group.members.push({ namespace: secret.namespace, name: secret.name, key });
      if (rotate.includes(secretId(secret.namespace, secret.name))) {
        group.reason = 'rotate';
      } else if (catalog.sealedValue(secret.namespace, secret.name, key) === undefined && group.reason === undefined) {
        group.reason = 'missing';
      }
      groups.set(id, group);
    }
  }
  // A password file is made from the values of its users' passwords, which cannot be read
  // back once sealed: whenever the file or any of those values is made, all of them are.
  const userGroups = (source: SecretValueSource): string[] =>
    'passwordFile' in source
      ? Object.values(source.passwordFile.users).map((ref) => {
          const owner = resolveValueOwner(catalog, ref);
          return keyId(owner.secret.namespace, owner.secret.name, owner.key);
        })
      : [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups.values()) {
      const members = userGroups(group.owner.source).map((id) => groups.get(id)!);
      if (group.reason === undefined && members.some((m) => m.reason !== undefined)) {
        group.reason = members.find((m) => m.reason !== undefined)!.reason;
        changed = true;
      }
      if (group.reason !== undefined) {
        for (const member of members.filter((m) => m.reason === undefined)) {
          member.reason = group.reason;
          changed = true;
        }
      }
    }
  }
  return [...groups.entries()]
    .filter(([, g]) => g.reason !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, g]) => ({ id, owner: { secret: g.owner.secret, key: g.owner.key }, source: g.owner.source, members: g.members, reason: g.reason! }));
}

/** The `input` values a plan needs from a person, in order: id and the prompt. */
export function inputsNeeded(plan: readonly ValueGroup[]): Array<{ id: string; prompt: string }> {
  return plan.filter((g) => 'input' in g.source).map((g) => ({ id: g.id, prompt: (g.source as { input: string }).input }));
}

export interface SealOptions {
  readonly declared: readonly DeclaredSecret[];
  readonly existing: SealedValues;
  readonly publicKey: KeyObject;
  /** "<namespace>/<name>" of secrets whose values are made anew. @default - none */
  readonly rotate?: readonly string[];
  /** Values of `input` keys, by "<namespace>/<name>:<key>" of the owner. */
  readonly inputs?: ReadonlyMap<string, string>;
}

export interface SealResult {
  /** The new content of config/sealed/<env>.json. */
  readonly sealed: SealedValues;
  /** One line per value made, without the value. */
  readonly report: readonly string[];
  /** Sealed entries dropped because no component declares them any more. */
  readonly removed: readonly string[];
}

export function sealSecrets(options: SealOptions): SealResult {
  const plan = planSeal(options.declared, options.existing, options.rotate);
  const missingInputs = inputsNeeded(plan).filter((i) => !options.inputs?.has(i.id));
  if (missingInputs.length > 0) {
    throw new Error(`no value given for ${missingInputs.map((i) => `${i.id} (${i.prompt})`).join(', ')}`);
  }

  // Start from what is committed, restricted to what is still declared.
  const next: Record<string, Record<string, string>> = {};
  const removed: string[] = [];
  const declaredKeys = new Set(options.declared.flatMap((s) => Object.keys(s.keys).map((k) => keyId(s.namespace, s.name, k))));
  for (const [id, keys] of Object.entries(options.existing)) {
    for (const [key, value] of Object.entries(keys)) {
      const [namespace, name] = id.split('/');
      if (!declaredKeys.has(keyId(namespace, name, key))) {
        removed.push(`${id}:${key}`);
        continue;
      }
      (next[id] ??= {})[key] = value;
    }
  }

  const report: string[] = [];
  const made = new Map<string, string>();
  const catalog = new SecretCatalog(options.existing);
  for (const secret of options.declared) {
    catalog.declare(secret);
  }
  // Password files last: they are made from the values made before them.
  const ordered = [...plan.filter((g) => !('passwordFile' in g.source)), ...plan.filter((g) => 'passwordFile' in g.source)];
  for (const group of ordered) {
    let plaintext: string;
    let how: string;
    if ('passwordFile' in group.source) {
      const users = Object.entries(group.source.passwordFile.users);
      plaintext = users
        .map(([user, ref]) => {
          const owner = resolveValueOwner(catalog, ref);
          return passwordFileLine(user, made.get(keyId(owner.secret.namespace, owner.secret.name, owner.key))!);
        })
        .join('\n');
      plaintext += '\n';
      how = `password file of ${users.map(([user]) => user).join(', ')}, PBKDF2-HMAC-SHA1 hashes`;
    } else if (options.inputs?.has(group.id)) {
      // A value a machine could make, given by a person instead (an existing password, say).
      plaintext = options.inputs.get(group.id)!;
      if (plaintext === '') {
        throw new Error(`the value given for ${group.id} is empty`);
      }
      how = 'given';
    } else if ('generate' in group.source) {
      const { length, alphabet = 'alphanumeric' } = group.source.generate;
      plaintext = randomValue(length, alphabet);
      how = `generated, ${length} ${alphabet} characters (${entropyBits(length, alphabet)} bits)`;
    } else if ('envFile' in group.source) {
      const variables = Object.entries(group.source.envFile.variables);
      plaintext = variables.map(([variable, { length, alphabet = 'alphanumeric' }]) => `export ${variable}="${randomValue(length, alphabet)}"\n`).join('');
      how = `generated, ${variables.map(([variable, { length, alphabet = 'alphanumeric' }]) => `${variable} ${length} ${alphabet} characters (${entropyBits(length, alphabet)} bits)`).join(', ')}`;
    } else if ('randomBytes' in group.source) {
      const { bytes, encoding } = group.source.randomBytes;
      plaintext = randomKeyMaterial(bytes, encoding);
      how = `generated, ${bytes} random bytes as ${encoding} (${bytes * 8} bits)`;
    } else {
      plaintext = options.inputs!.get(group.id)!;
      if (plaintext === '') {
        throw new Error(`the value given for ${group.id} is empty`);
      }
      how = 'given';
    }
    made.set(group.id, plaintext);
    for (const member of group.members) {
      (next[secretId(member.namespace, member.name)] ??= {})[member.key] = sealValue(options.publicKey, member.namespace, member.name, plaintext);
    }
    const shared = group.members.length > 1 ? `, shared with ${group.members.filter((m) => keyId(m.namespace, m.name, m.key) !== group.id).map((m) => keyId(m.namespace, m.name, m.key)).join(', ')}` : '';
    report.push(`${group.reason === 'rotate' ? 'rotated' : 'sealed'} ${group.id} (${how}${shared})`);
  }
  return { sealed: sortSealed(next), report, removed: removed.sort() };
}

/** Sorted by secret, then key: the committed file changes only where values change. */
export function sortSealed(values: SealedValues): SealedValues {
  const out: Record<string, Record<string, string>> = {};
  for (const id of Object.keys(values).sort()) {
    const keys = values[id];
    const sorted: Record<string, string> = {};
    for (const key of Object.keys(keys).sort()) {
      sorted[key] = keys[key];
    }
    if (Object.keys(sorted).length > 0) {
      out[id] = sorted;
    }
  }
  return out;
}

/**
 * The committed file's text: the fingerprints of the certificates the values were sealed
 * with first, then the values sorted; two-space indentation, final newline.
 */
export function formatSealed(values: SealedValues, certificates: readonly string[] = []): string {
  const doc = certificates.length > 0 ? { [CERTIFICATES_KEY]: certificates, ...sortSealed(values) } : sortSealed(values);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
