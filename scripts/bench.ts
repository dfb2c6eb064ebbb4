/**
 * npm run bench: how long synthesis takes, next to the bare cost of starting node and
 * loading cdk8s + cdk8s-plus-28, measured in the same run on the same machine.
 *
 *   --runs N   repetitions of the budgeted measurements, bare and warm (default 3); the median
 *              is reported; the others run once
 *
 * The budget is a cost per object and per environment above the bare start (the output grows
 * with the platform, the budget with it), not a fixed multiple of the start. Prints what it
 * measures as it goes and takes well under 30 s on two cores.
 */
// First: --help answers before anything heavy loads.
import './usage';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isEntryPoint } from '../lib/entry';

const ROOT = path.join(__dirname, '..');
const runs = Number(argValue('--runs') ?? 3);
const startedAt = process.hrtime.bigint();

interface Sample {
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly objects: number;
  /** Environments in the synth's summary table. */
  readonly environments: number;
}

/** What warm synthesis may cost above the bare start: per object written, and per environment. */
export const BUDGET_MS_PER_OBJECT = 1;
export const BUDGET_MS_PER_ENVIRONMENT = 200;

/** The warm budget of a synth of `environments` environments and `objects` objects, given the bare start. */
export function warmBudgetMs(bareMs: number, environments: number, objects: number): number {
  return bareMs + environments * BUDGET_MS_PER_ENVIRONMENT + objects * BUDGET_MS_PER_OBJECT;
}

/** Told before each measurement, on stderr (stdout keeps the table). */
function progress(message: string): void {
  const s = Number(process.hrtime.bigint() - startedAt) / 1e9;
  process.stderr.write(`bench [${s.toFixed(1)} s]: ${message}\n`);
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** One run of node with the given arguments, writing into `outdir` (a fresh folder when omitted). */
function run(args: string[], env: NodeJS.ProcessEnv = {}, outdir?: string): Sample {
  const out = outdir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-bench-'));
  const started = process.hrtime.bigint();
  const child = spawnSync('node', ['--import', path.join(ROOT, 'scripts', 'rss.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CDK8S_OUTDIR: out, ...env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (outdir === undefined) {
    fs.rmSync(out, { recursive: true, force: true });
  }
  if (child.status !== 0) {
    throw new Error(`benchmark run failed: node ${args.join(' ')}\n${child.stderr}`);
  }
  const rss = /lakeplane-bench-maxrss-kib=(\d+)/.exec(child.stderr);
  const rows = [...child.stdout.matchAll(/^\S+\s+\d\s+\d+\s+(\d+)\s/gm)];
  const objects = rows.reduce((n, m) => n + Number(m[1]), 0);
  return { ms, maxRssMiB: rss ? Number(rss[1]) / 1024 : 0, objects, environments: rows.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(label: string, args: string[], env?: NodeJS.ProcessEnv, outdir?: string, times: number = runs): Sample {
  progress(`${label} (${times} run${times === 1 ? '' : 's'})`);
  const samples = Array.from({ length: times }, () => run(args, env, outdir));
  const result = { ms: median(samples.map((s) => s.ms)), maxRssMiB: Math.max(...samples.map((s) => s.maxRssMiB)), objects: samples[0].objects, environments: samples[0].environments };
  const perSecond = result.objects > 0 ? `  ${Math.round(result.objects / (result.ms / 1000))} objects/s` : '';
  console.log(`${label.padEnd(44)} ${result.ms.toFixed(0).padStart(6)} ms  ${result.maxRssMiB.toFixed(0).padStart(4)} MiB peak  ${String(result.objects).padStart(5)} objects${perSecond}`);
  return result;
}

function once(label: string, args: string[], env: NodeJS.ProcessEnv, note: () => string): void {
  progress(`${label} (1 run)`);
  try {
    const sample = run(args, env);
    console.log(`${label.padEnd(44)} ${sample.ms.toFixed(0).padStart(6)} ms  ${sample.maxRssMiB.toFixed(0).padStart(4)} MiB peak  (one run${note()})`);
  } catch (err) {
    console.log(`${label}: not measured (${(err as Error).message.split('\n').slice(-2).join(' ').trim()})`);
  }
}

/** What npm run synth runs. */
const SYNTH = [path.join('scripts', 'launch.mjs'), 'main.ts'];

function main(): void {
  console.log(`median of ${runs} runs for bare and warm, one run of the others; node ${process.version}, ${os.cpus().length} cores`);
  const bare = measure('bare: node + cdk8s + cdk8s-plus-28', ['-e', "require('cdk8s'); require('cdk8s-plus-28')"]);
  // Warm: the bundle and the render cache are current and the previous output is in place, as
  // when a person runs synth again after a change (only what changed is written).
  const previous = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-bench-out-'));
  const scratch: string[] = [previous];
  try {
    // Into an empty folder first: that run leaves the previous output the warm runs need.
    measure('npm run synth, into an empty folder', SYNTH, {}, previous, 1);
    const warm = measure('npm run synth, warm', SYNTH, {}, previous);
    measure('node --import tsx main.ts (no bundle)', ['--import', 'tsx', 'main.ts'], {}, previous, 1);
    // Inside the project: the bundle finds its packages in node_modules from where it lies.
    fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
    const bundles = fs.mkdtempSync(path.join(ROOT, '.cache', 'bench-bundle-'));
    scratch.push(bundles);
    once('synth, bundle cold (esbuild)', SYNTH, { LAKEPLANE_BUNDLE_DIR: bundles }, () => '');
    // A cold render cache: every chart rendered with helm (needs helm and npm run charts).
    const renders = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-bench-renders-'));
    scratch.push(renders);
    once('synth, render cache cold (helm)', SYNTH, { LAKEPLANE_RENDER_CACHE: renders }, () => `; ${fs.readdirSync(renders).length} charts rendered`);
    let total = 0;
    for (const phase of ['1', '2', '3']) {
      total += measure(`all environments at phase ${phase}`, SYNTH, { LAKEPLANE_PHASE: phase }, undefined, 1).ms;
    }
    const budget = warmBudgetMs(bare.ms, warm.environments, warm.objects);
    const perObject = (warm.ms - bare.ms) / Math.max(warm.objects, 1);
    console.log(
      `warm synth: ${warm.ms.toFixed(0)} ms for ${warm.environments} environment(s) and ${warm.objects} objects, ${perObject.toFixed(2)} ms per object above the bare start ` +
        `(${(warm.ms / bare.ms).toFixed(1)}x bare); budget ${budget.toFixed(0)} ms = bare + ${BUDGET_MS_PER_ENVIRONMENT} ms per environment + ${BUDGET_MS_PER_OBJECT} ms per object`,
    );
    console.log(`every environment at every phase: ${total.toFixed(0)} ms in all; the benchmark took ${(Number(process.hrtime.bigint() - startedAt) / 1e9).toFixed(1)} s`);
    if (warm.ms > budget) {
      process.exitCode = 1;
    }
  } finally {
    scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  }
}

if (isEntryPoint(__dirname, 'bench.ts')) {
  main();
}
