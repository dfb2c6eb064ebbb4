/**
 * The whole synthesis of a selection of environments, in memory: validate config, build,
 * render. main.ts writes the result; the tests and the benchmark call it directly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { Phase, PlatformConfig } from '../config/schema';
import { ConfigError, parseConfig, withPhase } from '../config/load';
import { SealedValues, SecretCatalog } from '../constructs/secret';
import { EnvironmentBuild, buildEnvironment } from './build';
import { RenderedEnvironment, renderEnvironment, withExtraFiles } from './output';
import { checkCapacity, environmentDocs, environmentReport } from '../report';

/** Folder of the committed per-environment sealed values and sealing certificates. */
export const SEALED_DIR = path.join(__dirname, '..', 'config', 'sealed');

export interface SynthResult {
  readonly build: EnvironmentBuild;
  readonly rendered: RenderedEnvironment;
  /** Problems that do not stop the synth (e.g. secrets without sealed values in a `warn` environment). */
  readonly warnings: readonly string[];
}

/** Loads and validates one shipped environment, with an optional phase override. */
export function loadEnvironment(name: string, phase?: Phase): PlatformConfig {
  const input = ENVIRONMENTS[name];
  if (!input) {
    throw new ConfigError(`unknown environment "${name}"; known environments: ${Object.keys(ENVIRONMENTS).join(', ')}`);
  }
  const config = parseConfig(input, `config/environments/${name}.ts`);
  if (config.name !== name) {
    throw new ConfigError(`config/environments/${name}.ts: name: got ${JSON.stringify(config.name)}; expected "${name}" (the file name)`);
  }
  return withPhase(config, phase);
}

/** Sealed values committed for an environment, or none. */
export function loadSealedValues(env: string, dir: string = SEALED_DIR): SealedValues {
  const file = path.join(dir, `${env}.json`);
  if (!fs.existsSync(file)) {
    return {};
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SealedValues;
}

export function synthConfig(config: PlatformConfig, sealed: SealedValues = loadSealedValues(config.name)): SynthResult {
  const build = buildEnvironment(config, { sealed });
  // Capacity plan and platform map (dist/<env>/REPORT.md, README.md); a pool short of
  // capacity fails here unless the config accepts over-commit.
  const report = environmentReport(build);
  checkCapacity(report);
  const rendered = withExtraFiles(renderEnvironment(build), environmentDocs(build, report));
  const warnings: string[] = [];
  const message = missingSecretsMessage(config.name, build.common.secretCatalog.missing);
  if (message) {
    if (config.secrets.backend === 'sealed-secrets' && config.secrets.missing === 'error') {
      throw new ConfigError(message);
    }
    warnings.push(message);
  }
  return { build, rendered, warnings };
}

/**
 * What synth says about declared secrets without a sealed value: each secret with its keys,
 * and the exact command that seals them (with the flags for values a person must give).
 */
export function missingSecretsMessage(env: string, missing: SecretCatalog['missing']): string | undefined {
  if (missing.length === 0) {
    return undefined;
  }
  const keysBySecret = new Map<string, string[]>();
  const inputs: string[] = [];
  for (const { secret, key } of missing) {
    const id = `${secret.namespace}/${secret.name}`;
    keysBySecret.set(id, [...(keysBySecret.get(id) ?? []), key]);
    if ('input' in secret.keys[key]) {
      inputs.push(`--from-file ${id}:${key}=<path>`);
    }
  }
  const names = [...keysBySecret].map(([id, keys]) => `${id} (${keys.sort().join(', ')})`);
  return (
    `${env}: ${names.length} secret(s) have no sealed value: ${names.join(', ')}\n` +
    `  run: npm run seal -- --env ${env} --cert config/sealed/${env}.pem${inputs.length > 0 ? ` ${inputs.join(' ')}` : ''}`
  );
}

/** Every environment's config is validated before any is built. */
export function synthEnvironments(names: readonly string[], phase?: Phase): SynthResult[] {
  const configs = names.map((name) => loadEnvironment(name, phase));
  return configs.map((config) => synthConfig(config));
}
