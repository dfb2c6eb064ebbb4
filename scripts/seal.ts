/**
 * npm run seal -- --env <env> [--cert <controller.pem>] [options]
 * npm run seal -- --init --env <env> [--key-out <file>]
 *
 * Seals the values of every secret the environment declares (at every phase, so a phase
 * preview synthesizes too) that has no sealed value yet in config/sealed/<env>.json, and
 * rewrites that file. Values a machine can make (random passwords, key material, MinIO's
 * root credentials) are generated here unless given; only `input` values (what only a person
 * knows) are asked for: read from files, from a JSON document, or on the terminal. Plaintext
 * is never printed or written. The file records the fingerprint of the certificate used.
 *
 * --init makes a sealing key pair offline for a cluster whose controller is not installed yet
 * (Sealed Secrets' "bring your own certificate"): the certificate goes to
 * config/sealed/<env>.pem, the private key to a Secret manifest outside git, and the command
 * prints how to load it before the controller starts, and how to back it up.
 */
// First: --help answers before anything heavy loads.
import { USAGES } from './usage';
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { ConfigError } from '../config/load';
import { SEALED_SECRETS_NAMESPACE } from '../charts/sealed-secrets/chart';
import { sealingKeyFromPem } from '../constructs/sealing';
import { declaredSecrets, formatSealed, inputsNeeded, planSeal, sealSecrets } from '../lib/seal';
import type { SealedValues } from '../constructs/secret';
import { readSealedFile } from '../lib/sealed-file';
import { SEALING_KEY_BITS, SEALING_KEY_LABEL, certificateFingerprint, makeSealingKeyPair, sealingKeySecretYaml } from '../lib/sealing-key';
import { SEALED_DIR } from '../lib/synth';
import { isEntryPoint } from '../lib/entry';

interface Args {
  env: string;
  cert?: string;
  init: boolean;
  keyOut?: string;
  rotate: string[];
  fromFile: Map<string, string>;
  valuesJson?: string;
  dir: string;
}

const USAGE = USAGES.seal;

export function parseArgs(argv: readonly string[]): Args | 'help' {
  const args: Partial<Args> & { rotate: string[]; fromFile: Map<string, string> } = { rotate: [], fromFile: new Map(), dir: SEALED_DIR, init: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') {
      return 'help';
    }
    if (flag === '--init') {
      args.init = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || (value.startsWith('--') && value !== '-')) {
      throw new ConfigError(`${flag} needs a value\n${USAGE}`);
    }
    i++;
    switch (flag) {
      case '--env':
        if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value)) {
          throw new ConfigError(`--env ${value}: expected an environment name (lower-case letters, digits and "-")`);
        }
        args.env = value;
        break;
      case '--cert':
        args.cert = value;
        break;
      case '--key-out':
        args.keyOut = value;
        break;
      case '--rotate':
        if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(value)) {
          throw new ConfigError(`--rotate ${value}: expected <namespace>/<name>`);
        }
        args.rotate.push(value);
        break;
      case '--from-file': {
        const match = /^([a-z0-9-]+\/[a-z0-9-]+:[-._a-zA-Z0-9]+)=(.+)$/.exec(value);
        if (!match) {
          throw new ConfigError(`--from-file ${value}: expected <namespace>/<name>:<key>=<path>`);
        }
        args.fromFile.set(match[1], match[2]);
        break;
      }
      case '--values-json':
        args.valuesJson = value;
        break;
      case '--dir':
        args.dir = value;
        break;
      default:
        throw new ConfigError(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (!args.env) {
    throw new ConfigError(`--env is required\n${USAGE}`);
  }
  if (args.keyOut !== undefined && !args.init) {
    throw new ConfigError('--key-out goes with --init');
  }
  return args as Args;
}

/** A path as a person reads it: relative to where they are, when it is below. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Where --init puts the private key by default: inside the checkout but ignored by git. */
export function defaultKeyOut(env: string): string {
  return path.join('.cache', 'sealing', `${env}-sealing-key.yaml`);
}

/**
 * --init: a key pair for a cluster whose controller is not installed yet. Refuses to replace
 * an existing certificate (values sealed for it would be lost to that cluster). Returns what
 * to print.
 */
export function initSealingKey(options: { readonly env: string; readonly dir: string; readonly keyOut: string; readonly bits?: number; readonly now?: Date }): string {
  const certFile = path.join(options.dir, `${options.env}.pem`);
  if (fs.existsSync(certFile)) {
    throw new ConfigError(
      `${shown(certFile)} exists already (certificate ${certificateFingerprint(fs.readFileSync(certFile, 'utf8'))}); --init does not replace a sealing certificate.\n` +
        `  to start over for a new cluster, delete ${shown(certFile)} and ${shown(path.join(options.dir, `${options.env}.json`))} first`,
    );
  }
  if (fs.existsSync(options.keyOut)) {
    throw new ConfigError(`${shown(options.keyOut)} exists already; it may hold another private key: move it away first, or give --key-out <file>`);
  }
  const pair = makeSealingKeyPair({ commonName: `sealed-secrets ${options.env}`, bits: options.bits, now: options.now });
  const secretName = `sealed-secrets-key-${options.env}`;
  fs.mkdirSync(path.dirname(options.keyOut), { recursive: true });
  fs.writeFileSync(options.keyOut, sealingKeySecretYaml(pair, secretName, SEALED_SECRETS_NAMESPACE), { mode: 0o600 });
  fs.mkdirSync(options.dir, { recursive: true });
  fs.writeFileSync(certFile, pair.certificatePem);
  const ns = SEALED_SECRETS_NAMESPACE;
  return [
    `${options.env}: sealing key pair made (RSA ${options.bits ?? SEALING_KEY_BITS}, self-signed, valid until ${pair.notAfter.toISOString().slice(0, 10)})`,
    `  certificate (public, commit it): ${shown(certFile)}`,
    `  fingerprint: ${pair.fingerprint}`,
    `  private key (secret, never commit it): ${shown(options.keyOut)}, a kubernetes.io/tls Secret ${ns}/${secretName} labelled ${SEALING_KEY_LABEL}=active`,
    '',
    'Load the private key into the cluster before the sealed-secrets controller first starts (or with it), so that it',
    'makes no key of its own and unseals what is sealed for this certificate:',
    `  kubectl create namespace ${ns} --dry-run=client -o yaml | kubectl apply -f -`,
    `  kubectl apply -f ${shown(options.keyOut)}`,
    `If the controller already runs, restart it after that: kubectl -n ${ns} rollout restart deployment/sealed-secrets-controller`,
    '',
    'Back it up now: the file is the only way to read every value sealed for this certificate. Store it encrypted,',
    'away from the cluster and from this repository (a password manager, an HSM-backed vault, an encrypted offline',
    `medium), then delete this copy: rm ${shown(options.keyOut)}. See docs/secrets.md ("Back up and restore the sealing keys").`,
    '',
    `Next: npm run seal -- --env ${options.env}${path.resolve(options.dir) === path.resolve(SEALED_DIR) ? '' : ` --dir ${shown(options.dir)}`}`,
    '',
  ].join('\n');
}

/**
 * The certificates to record after a seal: those of the values kept from before (all of
 * them, when any value is kept) and the one just used, when it sealed something. Sealing
 * with a certificate the kept values were not sealed for is said, with both fingerprints.
 */
export function certificatesAfterSeal(o: {
  readonly existing: SealedValues;
  readonly sealed: SealedValues;
  readonly made: number;
  readonly certificates: readonly string[];
  readonly fingerprint: string;
  readonly file: string;
  readonly certFile: string;
}): { recorded: string[]; warning?: string } {
  if (o.made === 0) {
    return { recorded: [...o.certificates] };
  }
  const keptValues = Object.entries(o.sealed).some(([id, keys]) => Object.entries(keys).some(([key, value]) => o.existing[id]?.[key] === value));
  const kept = keptValues ? o.certificates : [];
  const recorded = [...new Set([...kept, o.fingerprint])];
  if (kept.length === 0 || kept.includes(o.fingerprint)) {
    return { recorded };
  }
  return {
    recorded,
    warning:
      `${o.file} holds values sealed for certificate ${kept.join(', ')}; the new values are sealed for ${o.certFile}, certificate ${o.fingerprint}.\n` +
      '  both unseal only on a controller that holds both keys (a renewed key keeps the older one).\n' +
      `  if ${o.certFile} is another cluster's, delete ${o.file} and seal everything again for it.`,
  };
}

/** The sealing certificate, or what to do when there is none. */
export function readCertificate(file: string, env: string, defaulted: boolean): string {
  if (!fs.existsSync(file)) {
    throw new ConfigError(
      `no sealing certificate at ${shown(file)}${defaulted ? ` (the default for --env ${env})` : ''}.\n` +
        `  a cluster whose sealed-secrets controller is not installed yet: npm run seal -- --init --env ${env} makes a key pair\n` +
        `  a cluster whose controller runs: kubeseal --fetch-cert --controller-namespace ${SEALED_SECRETS_NAMESPACE} --controller-name sealed-secrets-controller > ${shown(file)}`,
    );
  }
  return fs.readFileSync(file, 'utf8');
}

async function readInputs(args: Args, needed: ReadonlyArray<{ id: string; prompt: string }>, planned: readonly string[]): Promise<Map<string, string>> {
  const inputs = new Map<string, string>();
  for (const [id, file] of args.fromFile) {
    inputs.set(id, fs.readFileSync(file, 'utf8'));
  }
  if (args.valuesJson !== undefined) {
    const text = args.valuesJson === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(args.valuesJson, 'utf8');
    let doc: Record<string, Record<string, unknown>>;
    try {
      doc = JSON.parse(text) as Record<string, Record<string, unknown>>;
    } catch (err) {
      throw new ConfigError(`--values-json ${args.valuesJson}: not a JSON object of {"<ns>/<name>": {"<key>": "<value>"}} (${(err as Error).message})`);
    }
    for (const [secret, keys] of Object.entries(doc)) {
      for (const [key, value] of Object.entries(keys)) {
        if (typeof value !== 'string') {
          throw new ConfigError(`--values-json: ${secret} key ${key} must be a string`);
        }
        inputs.set(`${secret}:${key}`, value);
      }
    }
  }
  // A value given for a key this run does not make (sealed already) is not used.
  const unused = [...inputs.keys()].filter((id) => !planned.includes(id));
  for (const id of unused) {
    process.stderr.write(`note: ${id} is not made in this run (sealed already, or not declared): ignored; --rotate ${id.split(':')[0]} makes it anew\n`);
  }
  const remaining = needed.filter((n) => !inputs.has(n.id));
  if (remaining.length === 0) {
    return inputs;
  }
  if (!process.stdin.isTTY) {
    throw new ConfigError(
      `values needed for:\n${remaining.map((r) => `  - ${r.id} (${r.prompt})`).join('\n')}\n` +
        `  give them with --from-file <ns>/<name>:<key>=<path>, or --values-json <file|-> ({"<ns>/<name>": {"<key>": "..."}}), or run on a terminal`,
    );
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    for (const need of remaining) {
      const answer = await new Promise<string>((resolve) => rl.question(`${need.id} - ${need.prompt}\n  value, or @<path> to read a file: `, resolve));
      inputs.set(need.id, answer.startsWith('@') ? fs.readFileSync(answer.slice(1), 'utf8') : answer);
    }
  } finally {
    rl.close();
  }
  return inputs;
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const args = parsed;
  if (args.init) {
    process.stdout.write(initSealingKey({ env: args.env, dir: args.dir, keyOut: args.keyOut ?? defaultKeyOut(args.env) }));
    return;
  }
  const certFile = args.cert ?? path.join(args.dir, `${args.env}.pem`);
  const pem = readCertificate(certFile, args.env, args.cert === undefined);
  const publicKey = sealingKeyFromPem(pem);
  const fingerprint = certificateFingerprint(pem);
  const file = path.join(args.dir, `${args.env}.json`);
  const { values: existing, certificates } = readSealedFile(file);
  const declared = declaredSecrets(args.env, existing);
  const plan = planSeal(declared, existing, args.rotate);
  const inputs = await readInputs(args, inputsNeeded(plan), plan.map((g) => g.id));
  const result = sealSecrets({ declared, existing, publicKey, rotate: args.rotate, inputs: new Map([...inputs].filter(([id]) => plan.some((g) => g.id === id))) });
  // The certificates the file's values are sealed with: the older ones stay while values sealed with them do.
  const { recorded, warning } = certificatesAfterSeal({ existing, sealed: result.sealed, made: result.report.length, certificates, fingerprint, file: shown(file), certFile: shown(certFile) });
  if (warning) {
    process.stderr.write(`warning: ${warning}\n`);
  }
  fs.mkdirSync(args.dir, { recursive: true });
  fs.writeFileSync(file, formatSealed(result.sealed, recorded));
  for (const line of result.report) {
    process.stdout.write(`${line}\n`);
  }
  for (const id of result.removed) {
    process.stdout.write(`removed ${id} (no component declares it)\n`);
  }
  const total = declared.reduce((n, s) => n + Object.keys(s.keys).length, 0);
  process.stdout.write(`${args.env}: ${declared.length} secrets, ${total} keys; ${result.report.length} value(s) made for certificate ${fingerprint}; written ${shown(file)}\n`);
}

if (isEntryPoint(__dirname, 'seal.ts')) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
