/**
 * npm run report: the capacity plan of every environment (or LAKEPLANE_ENV), computed from
 * the build in memory, without synthesizing. Prints the same Markdown as dist/<env>/REPORT.md.
 *
 *   --json            the figures as JSON, keyed by environment, alone on stdout
 *                     (through npm: npm run -s report -- --json, so npm prints no banner)
 *   LAKEPLANE_ENV     one environment (default: all)
 *   LAKEPLANE_PHASE   1-3, overrides the environments' phase for a preview
 *
 * A shortfall is shown, not fatal here: synth is what refuses it.
 */
// First: --help answers before anything heavy loads.
import './usage';
import { ENVIRONMENTS } from '../config';
import { ConfigError, selectFromEnv } from '../config/load';
import { buildEnvironment } from '../lib/build';
import { loadEnvironment, loadSealedValues } from '../lib/synth';
import { environmentReport, renderCapacityMarkdown, reportJson } from '../report';
import { isEntryPoint } from '../lib/entry';

/** What the command writes on stdout: with --json, the JSON document and nothing else. */
export function reportOutput(args: readonly string[], env: NodeJS.ProcessEnv): string {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    throw new ConfigError(`unknown argument ${unknown.join(' ')}; usage: npm run report [-- --json]`);
  }
  const selection = selectFromEnv(env, Object.keys(ENVIRONMENTS));
  const configs = selection.environments.map((name) => loadEnvironment(name, selection.phase));
  const reports = configs.map((config) => environmentReport(buildEnvironment(config, { sealed: loadSealedValues(config.name) })));
  if (args.includes('--json')) {
    return `${JSON.stringify(reportJson(reports), null, 2)}\n`;
  }
  return reports.map(renderCapacityMarkdown).join('\n');
}

if (isEntryPoint(__dirname, 'report.ts')) {
  try {
    process.stdout.write(reportOutput(process.argv.slice(2), process.env));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`lakeplane: ${err instanceof ConfigError ? 'configuration error' : 'report failed'}: ${message}\n`);
    process.exit(1);
  }
}
