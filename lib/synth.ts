/**
 * The whole synthesis of a selection of environments, in memory: validate config, build,
 * render. main.ts writes the result; the tests and the benchmark call it directly.
 */
import { ENVIRONMENTS } from '../config';
import { Phase, PlatformConfig } from '../config/schema';
import { parseConfig, withPhase } from '../config/load';
import { EnvironmentBuild, buildEnvironment } from './build';
import { RenderedEnvironment, renderEnvironment } from './output';

export interface SynthResult {
  readonly build: EnvironmentBuild;
  readonly rendered: RenderedEnvironment;
}

/** Loads and validates one shipped environment, with an optional phase override. */
export function loadEnvironment(name: string, phase?: Phase): PlatformConfig {
  const input = ENVIRONMENTS[name];
  if (!input) {
    throw new Error(`unknown environment "${name}"; known environments: ${Object.keys(ENVIRONMENTS).join(', ')}`);
  }
  return withPhase(parseConfig(input, `config/environments/${name}.ts`), phase);
}

export function synthConfig(config: PlatformConfig): SynthResult {
  const build = buildEnvironment(config);
  const rendered = renderEnvironment(build);
  return { build, rendered };
}

/** Every environment's config is validated before any is built. */
export function synthEnvironments(names: readonly string[], phase?: Phase): SynthResult[] {
  const configs = names.map((name) => loadEnvironment(name, phase));
  return configs.map(synthConfig);
}
