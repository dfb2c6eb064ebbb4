/**
 * npm run bench: how long synthesis takes, next to the bare cost of starting node and
 * loading cdk8s + cdk8s-plus-28, measured in the same run on the same machine.
 *
 *   --runs N   repetitions of each measurement (default 5); the median is reported
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const runs = Number(argValue('--runs') ?? 5);

interface Sample {
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly objects: number;
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Sample {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-bench-'));
  const started = process.hrtime.bigint();
  const child = spawnSync('node', ['--import', path.join(ROOT, 'scripts', 'rss.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CDK8S_OUTDIR: out, ...env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  fs.rmSync(out, { recursive: true, force: true });
  if (child.status !== 0) {
    throw new Error(`benchmark run failed: node ${args.join(' ')}\n${child.stderr}`);
  }
  const rss = /lakeplane-bench-maxrss-kib=(\d+)/.exec(child.stderr);
  const objects = [...child.stdout.matchAll(/^\S+\s+\d\s+\d+\s+(\d+)\s/gm)].reduce((n, m) => n + Number(m[1]), 0);
  return { ms, maxRssMiB: rss ? Number(rss[1]) / 1024 : 0, objects };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(label: string, args: string[], env?: NodeJS.ProcessEnv): Sample {
  const samples = Array.from({ length: runs }, () => run(args, env));
  const result = { ms: median(samples.map((s) => s.ms)), maxRssMiB: Math.max(...samples.map((s) => s.maxRssMiB)), objects: samples[0].objects };
  const perSecond = result.objects > 0 ? `  ${Math.round(result.objects / (result.ms / 1000))} objects/s` : '';
  console.log(`${label.padEnd(34)} ${result.ms.toFixed(0).padStart(6)} ms  ${result.maxRssMiB.toFixed(0).padStart(4)} MiB peak  ${String(result.objects).padStart(5)} objects${perSecond}`);
  return result;
}

function main(): void {
  console.log(`median of ${runs} runs each, node ${process.version}, ${os.cpus().length} cores`);
  const bare = measure('bare: node + cdk8s + cdk8s-plus-28', ['-e', "require('cdk8s'); require('cdk8s-plus-28')"]);
  const synth = measure('npm run synth (all environments)', ['--import', 'tsx', 'main.ts']);
  // A cold render cache: every chart rendered with helm (needs helm and npm run charts).
  const cold = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-bench-renders-'));
  try {
    const coldRun = run(['--import', 'tsx', 'main.ts'], { LAKEPLANE_RENDER_CACHE: cold });
    console.log(`${'synth, render cache cold (helm)'.padEnd(34)} ${coldRun.ms.toFixed(0).padStart(6)} ms  ${coldRun.maxRssMiB.toFixed(0).padStart(4)} MiB peak  (one run; ${fs.readdirSync(cold).length} charts rendered)`);
  } catch (err) {
    console.log(`synth, render cache cold: not measured (${(err as Error).message.split('\n').slice(-2).join(' ').trim()})`);
  } finally {
    fs.rmSync(cold, { recursive: true, force: true });
  }
  let total = 0;
  for (const phase of ['1', '2', '3']) {
    total += measure(`all environments at phase ${phase}`, ['--import', 'tsx', 'main.ts'], { LAKEPLANE_PHASE: phase }).ms;
  }
  const ratio = synth.ms / bare.ms;
  console.log(`synth / bare = ${ratio.toFixed(1)}x (budget 8x)`);
  console.log(`every environment at every phase: ${total.toFixed(0)} ms in all`);
  if (ratio > 8) {
    process.exitCode = 1;
  }
}

main();
