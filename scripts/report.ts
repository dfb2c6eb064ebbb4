/**
 * npm run report: the capacity plan of every environment (or LAKEPLANE_ENV), computed from
 * the build in memory, without synthesizing. Prints the same Markdown as dist/<env>/REPORT.md.
 *
 *   --json            the figures as JSON, keyed by environment
 *   LAKEPLANE_ENV     one environment (default: all)
 *   LAKEPLANE_PHASE   1-3, overrides the environments' phase for a preview
 *
 * A shortfall is shown, not fatal here: synth is what refuses it.
 */
import { ENVIRONMENTS } from '../config';
import { ConfigError, selectFromEnv } from '../config/load';
import { buildEnvironment } from '../lib/build';
import { loadEnvironment, loadSealedValues } from '../lib/synth';
import { environmentReport, renderCapacityMarkdown, reportJson } from '../report';

function main(): void {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    throw new ConfigError(`unknown argument ${unknown.join(' ')}; usage: npm run report [-- --json]`);
  }
  const selection = selectFromEnv(process.env, Object.keys(ENVIRONMENTS));
  const configs = selection.environments.map((name) => loadEnvironment(name, selection.phase));
  const reports = configs.map((config) => environmentReport(buildEnvironment(config, { sealed: loadSealedValues(config.name) })));
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(reportJson(reports), null, 2)}\n`);
    return;
  }
  process.stdout.write(reports.map(renderCapacityMarkdown).join('\n'));
}

try {
  main();
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`lakeplane: ${err instanceof ConfigError ? 'configuration error' : 'report failed'}: ${message}\n`);
  process.exit(1);
}
