/**
 * The environments lakeplane ships: every config/environments/<name>.ts, found by listing
 * that folder (the one source of truth: there is no second list to forget). Each file
 * exports `defineEnvironment({...})` as its default; its name must match the file name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError } from './load';
import { PlatformConfigInput } from './schema';

/** The folder environment files are found in. */
export const ENVIRONMENTS_DIR = path.join(__dirname, 'environments');

/** Environment names: the .ts files of a folder, sorted. */
export function environmentNames(dir: string = ENVIRONMENTS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
}

/**
 * What loading an environment file threw (a syntax error, or an error thrown by its code), as
 * `config/environments/<name>.ts:line:col: <reason>`, without the loader's stack.
 */
export function environmentLoadError(err: unknown, name: string): ConfigError {
  return new ConfigError(`${locateLoadError(err, name)}: ${reasonOf(err)}`);
}

function locateLoadError(err: unknown, name: string): string {
  const file = `config/environments/${name}.ts`;
  const { message, stack } = described(err);
  const text = `${message}\n${stack}`;
  const escaped = `${name}\\.ts`;
  const at = new RegExp(`environments[\\\\/]${escaped}:(\\d+):(\\d+)`).exec(text);
  return at ? `${file}:${at[1]}:${at[2]}` : file;
}

/** Message and stack of anything thrown (an Error of another realm included: the loader's). */
function described(err: unknown): { message: string; stack: string } {
  const e = err as { message?: unknown; stack?: unknown } | undefined;
  return typeof e?.message === 'string' ? { message: e.message, stack: typeof e.stack === 'string' ? e.stack : '' } : { message: String(err), stack: '' };
}

/** The first line of what went wrong, without the loader's own location prefix or a stack. */
function reasonOf(err: unknown): string {
  const lines = described(err).message.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/Transform failed/.test(l));
  const first = lines.find((l) => /ERROR:|error:/i.test(l)) ?? lines[0] ?? 'could not be loaded';
  return first.replace(/^.*?(?:ERROR|error):\s*/, '').replace(/^\S+\.ts:\d+:\d+:\s*/, '');
}

function loadEnvironments(): Record<string, PlatformConfigInput> {
  const found: Record<string, PlatformConfigInput> = {};
  for (const name of environmentNames()) {
    let loaded: { default?: unknown };
    try {
      // A template the bundler expands to every file of the folder; tsx and jest load it as is.
      loaded = require(`./environments/${name}.ts`) as { default?: unknown };
    } catch (err) {
      throw environmentLoadError(err, name);
    }
    if (loaded.default === null || typeof loaded.default !== 'object') {
      throw new ConfigError(`config/environments/${name}.ts: no environment exported; the file must end with \`export default defineEnvironment({ name: '${name}', ... })\``);
    }
    found[name] = loaded.default as PlatformConfigInput;
  }
  return found;
}

let loaded: Record<string, PlatformConfigInput> | undefined;
const environments = (): Record<string, PlatformConfigInput> => (loaded ??= loadEnvironments());

/**
 * Every environment, by name. Loaded on first use rather than at import, so that a broken
 * environment file is a ConfigError the command reports (file:line:col and the reason),
 * not a stack trace printed before the command has started.
 */
export const ENVIRONMENTS: Readonly<Record<string, PlatformConfigInput>> = new Proxy({} as Record<string, PlatformConfigInput>, {
  get: (_, key) => (typeof key === 'string' ? environments()[key] : undefined),
  has: (_, key) => key in environments(),
  ownKeys: () => Object.keys(environments()),
  getOwnPropertyDescriptor: (_, key) =>
    typeof key === 'string' && key in environments() ? { value: environments()[key], enumerable: true, configurable: true, writable: false } : undefined,
});

export * from './schema';
export * from './load';
