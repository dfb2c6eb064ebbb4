/**
 * Builds one cdk8s App per environment and writes dist/<env>/<component>/. Nothing else.
 *
 *   LAKEPLANE_ENV     one environment (default: all)
 *   LAKEPLANE_PHASE   1-3, overrides the environments' phase for a preview
 *   CDK8S_OUTDIR      output root (default: dist; for a phase preview .cache/preview/phase-<n>,
 *                     never dist)
 */
// First: --help answers before anything heavy loads.
import './scripts/usage';
import * as path from 'path';
import { ENVIRONMENTS } from './config';
import { ConfigError, outputRoot, selectFromEnv } from './config/load';
import { writeEnvironments } from './lib/output';
import { summaryTable } from './lib/summary';
import { synthEnvironments } from './lib/synth';
import { DataLossError, checkRemovedEnvironments } from './policy/data-guard';
import { PolicyError } from './policy/gate';
import { ChartError } from './lib/charts';
import { pruneRenderCache } from './lib/helm';

/** Named in the failure message: the folder this run would have written. */
let outdirForErrors = process.env.CDK8S_OUTDIR?.trim() || 'dist';

function main(): void {
  const started = process.hrtime.bigint();
  const selection = selectFromEnv(process.env, Object.keys(ENVIRONMENTS));
  const outdir = outputRoot(process.env, selection.phase);
  outdirForErrors = outdir;
  // A chart whose values changed is rendered with helm (the rest comes from renders/): say which.
  const progress = (message: string): void => void process.stderr.write(`lakeplane: ${message}\n`);
  const results = synthEnvironments(selection.environments, selection.phase, { outdir, progress });
  const removed = checkRemovedEnvironments(outdir, Object.keys(ENVIRONMENTS));
  writeEnvironments(
    outdir,
    results.map((r) => ({ env: r.rendered.env, files: r.rendered.files })),
  );
  // A synth of every environment as configured knows every render in use: the rest of
  // renders/ is stale (a chart or values changed since) and goes.
  if (selection.environments.length === Object.keys(ENVIRONMENTS).length && selection.phase === undefined) {
    pruneRenderCache(new Set(results.flatMap((r) => r.charts.map((c) => c.cacheFile))));
  }
  for (const warning of results.flatMap((r) => r.warnings)) {
    process.stderr.write(`lakeplane: warning: ${warning}\n`);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(summaryTable(results, outdir, ms));
  if (selection.phase !== undefined) {
    process.stdout.write(`lakeplane: a phase ${selection.phase} preview, written to ${path.join(outdir, '')}; dist/ is untouched\n`);
  }
  // Data left behind on purpose: what a person deletes by hand.
  for (const notice of [...results.flatMap((r) => r.notices), ...removed]) {
    process.stdout.write(`lakeplane: decommissioned: ${notice}\n`);
  }
}

try {
  main();
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  const kind =
    err instanceof ConfigError ? 'configuration error'
    : err instanceof PolicyError ? 'policy check failed'
    : err instanceof DataLossError ? 'data would be orphaned'
    : err instanceof ChartError ? 'chart not available'
    : 'synth failed';
  process.stderr.write(`lakeplane: ${kind}: ${message}\n`);
  if (process.env.LAKEPLANE_DEBUG && err instanceof Error) {
    process.stderr.write(`${err.stack}\n`);
  }
  process.stderr.write(`${outdirForErrors.replace(/[\\/]+$/, '')}/ was left unchanged.\n`);
  process.exit(1);
}
