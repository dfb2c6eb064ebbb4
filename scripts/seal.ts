/**
 * npm run seal -- --env <env> --cert <controller.pem> [options]
 *
 * Seals the values of every secret the environment declares (at every phase, so a phase
 * preview synthesizes too) that has no sealed value yet in config/sealed/<env>.json, and
 * rewrites that file. Random values are generated here; `input` values are read from files,
 * from a JSON document, or asked for on the terminal. Plaintext is never printed or written.
 *
 * Options:
 *   --rotate <namespace>/<name>        make new values for that secret (repeatable)
 *   --from-file <ns>/<name>:<key>=<path>  the value of an input key, from a file (repeatable)
 *   --values-json <path|->             input values as {"<ns>/<name>": {"<key>": "<value>"}} ("-": stdin)
 *   --dir <folder>                     where <env>.json lives (default config/sealed)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { ConfigError } from '../config/load';
import { sealingKeyFromPem } from '../constructs/sealing';
import { declaredSecrets, formatSealed, inputsNeeded, planSeal, sealSecrets } from '../lib/seal';
import { SEALED_DIR, loadSealedValues } from '../lib/synth';

interface Args {
  env: string;
  cert: string;
  rotate: string[];
  fromFile: Map<string, string>;
  valuesJson?: string;
  dir: string;
}

const USAGE = 'usage: npm run seal -- --env <env> --cert <controller.pem> [--rotate <ns>/<name>] [--from-file <ns>/<name>:<key>=<path>] [--values-json <path|->] [--dir <folder>]';

function parseArgs(argv: readonly string[]): Args {
  const args: Partial<Args> & { rotate: string[]; fromFile: Map<string, string> } = { rotate: [], fromFile: new Map(), dir: SEALED_DIR };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || (value.startsWith('--') && value !== '-')) {
      throw new ConfigError(`${flag} needs a value\n${USAGE}`);
    }
    i++;
    switch (flag) {
      case '--env':
        args.env = value;
        break;
      case '--cert':
        args.cert = value;
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
  if (!args.env || !args.cert) {
    throw new ConfigError(`--env and --cert are required\n${USAGE}`);
  }
  return args as Args;
}

async function readInputs(args: Args, needed: ReadonlyArray<{ id: string; prompt: string }>): Promise<Map<string, string>> {
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
  const unknown = [...inputs.keys()].filter((id) => !needed.some((n) => n.id === id));
  for (const id of unknown) {
    process.stderr.write(`note: ${id} is not an input this run needs; ignored\n`);
  }
  const remaining = needed.filter((n) => !inputs.has(n.id));
  if (remaining.length === 0) {
    return inputs;
  }
  if (!process.stdin.isTTY) {
    throw new ConfigError(
      `values needed for ${remaining.map((r) => `${r.id} (${r.prompt})`).join(', ')}\n` +
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
  const args = parseArgs(process.argv.slice(2));
  const publicKey = sealingKeyFromPem(fs.readFileSync(args.cert, 'utf8'));
  const existing = loadSealedValues(args.env, args.dir);
  const declared = declaredSecrets(args.env, existing);
  const plan = planSeal(declared, existing, args.rotate);
  const inputs = await readInputs(args, inputsNeeded(plan));
  const result = sealSecrets({ declared, existing, publicKey, rotate: args.rotate, inputs: new Map([...inputs].filter(([id]) => plan.some((g) => g.id === id))) });
  const file = path.join(args.dir, `${args.env}.json`);
  fs.mkdirSync(args.dir, { recursive: true });
  fs.writeFileSync(file, formatSealed(result.sealed));
  for (const line of result.report) {
    process.stdout.write(`${line}\n`);
  }
  for (const id of result.removed) {
    process.stdout.write(`removed ${id} (no component declares it)\n`);
  }
  const total = declared.reduce((n, s) => n + Object.keys(s.keys).length, 0);
  process.stdout.write(`${args.env}: ${declared.length} secrets, ${total} keys; ${result.report.length} value(s) made; written ${path.relative(process.cwd(), file)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
