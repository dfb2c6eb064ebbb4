/**
 * The configuration edge: environment files and environment variables are validated here,
 * once, and every problem is reported with the field path, the bad value and what is allowed.
 */
import * as path from 'path';
import { z } from 'zod';
import { PHASES, Phase, PlatformConfig, PlatformConfigInput, PlatformConfigSchema } from './schema';

/** A configuration problem the user must fix; main.ts prints the message and exits 1. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates one environment and returns it with defaults applied. */
export function parseConfig(input: unknown, source: string): PlatformConfig {
  const result = PlatformConfigSchema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const lines = result.error.issues.map((issue) => `  - ${describeIssue(issue, input)}`);
  throw new ConfigError(`invalid configuration in ${source}:\n${lines.join('\n')}`);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path);
    return issue.keys
      .map((key) => `${formatPath([...issue.path, key])}: unknown key${allowed ? `; allowed keys here: ${allowed.join(', ')}` : ''}`)
      .join('\n  - ');
  }
  if (issue.code === 'invalid_union' && issue.discriminator && 'options' in issue && issue.options) {
    const at = issue.path[issue.path.length - 1] === issue.discriminator ? issue.path : [...issue.path, issue.discriminator];
    const value = valueAt(input, at);
    const got = value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
    return `${formatPath(at)}: ${got}; expected one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  const value = valueAt(input, issue.path);
  const got = value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
  return `${path}: ${got}; ${allowedText(issue)}`;
}

function allowedText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    default:
      return issue.message;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) {
    return '(root)';
  }
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Keys the schema accepts at a path, for unknown-key messages (best effort). */
function allowedKeysAt(path: readonly PropertyKey[]): string[] | undefined {
  let schema: z.core.$ZodType | undefined = PlatformConfigSchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) {
      schema = (schema.shape as Record<string, z.core.$ZodType>)[String(key)];
    } else if (schema instanceof z.ZodArray) {
      schema = schema.element as z.core.$ZodType;
    } else {
      return undefined;
    }
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape).sort() : undefined;
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.core.$ZodType;
  }
  return current;
}

/** What the runtime environment variables select. */
export interface Selection {
  /** Environments to synthesize, in order. */
  readonly environments: readonly string[];
  /** Phase override for a preview, if LAKEPLANE_PHASE is set. */
  readonly phase?: Phase;
}

/** Reads LAKEPLANE_ENV and LAKEPLANE_PHASE; unknown values fail with the known ones listed. */
export function selectFromEnv(env: NodeJS.ProcessEnv, known: readonly string[]): Selection {
  const wanted = env.LAKEPLANE_ENV?.trim();
  let environments: readonly string[] = known;
  if (wanted) {
    if (!known.includes(wanted)) {
      throw new ConfigError(`LAKEPLANE_ENV: unknown environment "${wanted}"; known environments: ${known.join(', ')}`);
    }
    environments = [wanted];
  }
  const rawPhase = env.LAKEPLANE_PHASE?.trim();
  if (rawPhase === undefined || rawPhase === '') {
    return { environments };
  }
  const phase = Number(rawPhase);
  if (!(PHASES as readonly number[]).includes(phase) || !/^\d$/.test(rawPhase)) {
    throw new ConfigError(`LAKEPLANE_PHASE: phase "${rawPhase}" is not valid; expected 1, 2 or 3`);
  }
  return { environments, phase: phase as Phase };
}

/** Where a phase preview goes when CDK8S_OUTDIR does not say: never dist/, which ArgoCD syncs. */
export function previewFolder(phase: Phase): string {
  return path.join('.cache', 'preview', `phase-${phase}`);
}

/**
 * The output root: CDK8S_OUTDIR, else dist/. A phase preview (LAKEPLANE_PHASE) is not what
 * the environments configure, so it is never written to dist/: without CDK8S_OUTDIR it goes
 * to .cache/preview/phase-<n>/, and CDK8S_OUTDIR naming dist/ is refused.
 */
export function outputRoot(env: NodeJS.ProcessEnv, phase: Phase | undefined, cwd: string = process.cwd()): string {
  const chosen = env.CDK8S_OUTDIR?.trim();
  if (phase === undefined) {
    return chosen || 'dist';
  }
  if (!chosen) {
    return previewFolder(phase);
  }
  if (path.resolve(cwd, chosen) === path.resolve(cwd, 'dist')) {
    throw new ConfigError(
      `CDK8S_OUTDIR: got ${JSON.stringify(chosen)} with LAKEPLANE_PHASE=${phase}; a phase preview is never written to dist/, ` +
        `which holds the environments as configured and which ArgoCD syncs. Unset CDK8S_OUTDIR (the preview goes to ${previewFolder(phase)}/) or name another folder`,
    );
  }
  return chosen;
}

/** Applies a phase override (a preview) to a validated environment. */
export function withPhase(config: PlatformConfig, phase: Phase | undefined): PlatformConfig {
  return phase === undefined ? config : { ...config, phase };
}

/** Identity helper that gives environment files type-checking and completion. */
export function defineEnvironment(config: PlatformConfigInput): PlatformConfigInput {
  return config;
}
