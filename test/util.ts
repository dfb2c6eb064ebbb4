/** Shared test helpers: a validated config, a chart to build constructs in, finders, and the commands as npm runs them. */
import { App } from 'cdk8s';
import * as fs from 'fs';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import { PlatformConfig, PlatformConfigInput } from '../config/schema';
import { PlatformCommon, commonFrom } from '../constructs/common';
import { PlatformChart } from '../constructs/platform-chart';
import { SealedValues } from '../constructs/secret';
import { Manifest } from '../lib/output';

/** A shipped environment, validated, with optional overrides applied before validation. */
export function testConfig(env: 'dev' | 'prod' = 'prod', overrides: Partial<PlatformConfigInput> = {}): PlatformConfig {
  return parseConfig({ ...ENVIRONMENTS[env], ...overrides }, `test ${env}`);
}

export function testCommon(env: 'dev' | 'prod' = 'prod', overrides: Partial<PlatformConfigInput> = {}, sealed: SealedValues = {}): PlatformCommon {
  return commonFrom(testConfig(env, overrides), sealed);
}

/** A chart for one construct under test. */
export function testChart(common: PlatformCommon = testCommon(), component = 'test', namespace = 'test'): PlatformChart {
  return new PlatformChart(new App({ outdir: 'unused' }), { component, common, phase: 1, namespace });
}

export function manifests(chart: PlatformChart): Manifest[] {
  return chart.toJson() as Manifest[];
}

export function findObject(objects: readonly Manifest[], kind: string, name?: string): Manifest {
  const found = objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (!found) {
    throw new Error(`no ${kind}${name ? ` named ${name}` : ''} among: ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  }
  return found;
}

export function findAll(objects: readonly Manifest[], kind: string): Manifest[] {
  return objects.filter((o) => o.kind === kind);
}

/** Reads a nested field without casts in every assertion. */
export function field(obj: unknown, path: string): any {
  return path.split('.').reduce<any>((cur, key) => (cur === undefined || cur === null ? undefined : cur[key]), obj);
}

/**
 * The command line `npm run <script>` runs, from package.json (e.g. node scripts/launch.mjs
 * scripts/report.ts), with `extra` arguments after it: the tests run a command as a user's
 * npm does, to be spawned in the project's root. `node` is the node running the tests.
 */
export function npmCommand(script: string, extra: readonly string[] = []): [string, string[]] {
  const root = path.join(__dirname, '..');
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const line = scripts[script];
  if (!line || !/^node [^&|;<>$`"']+$/.test(line)) {
    throw new Error(`package.json scripts.${script}: expected a plain "node ..." command line, got ${JSON.stringify(line)}`);
  }
  const [, ...args] = line.split(/\s+/);
  return [process.execPath, [...args, ...extra]];
}
