/**
 * Checks that the values lakeplane sets on an upstream chart are values that chart accepts:
 * validated against the chart's values schema where it ships one, and otherwise every key we
 * set must exist in the chart's default values.yaml (below free-form maps, anything goes).
 *
 * The upstream files are reference data kept outside the project (the schemas folder beside
 * the checkout). Where that folder is absent the check reports itself skipped.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export const SCHEMAS_DIR = path.join(__dirname, '..', '..', 'shared', 'schemas');
export const HELM_VALUES_DIR = path.join(SCHEMAS_DIR, 'helm-values');
export const haveUpstreamSchemas = fs.existsSync(HELM_VALUES_DIR);

/** Problems with the values; empty when the chart accepts them. `chart` is the file prefix (e.g. "traefik"). */
export function helmValuesProblems(chart: string, values: unknown): string[] {
  const defaults = parse(fs.readFileSync(path.join(HELM_VALUES_DIR, `${chart}.values.yaml`), 'utf8')) as unknown;
  const problems = unknownKeys(values, defaults, '');
  const schemaFile = ['json', 'yaml']
    .map((ext) => path.join(HELM_VALUES_DIR, `${chart}.values.schema.${ext}`))
    .find((f) => fs.existsSync(f));
  if (schemaFile) {
    const text = fs.readFileSync(schemaFile, 'utf8');
    const schema = (schemaFile.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>;
    const is2020 = String(schema.$schema ?? '').includes('2020-12');
    const ajv = is2020 ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const { $schema: _ignored, ...body } = schema;
    void _ignored;
    // Helm merges our values over the chart defaults before validating; so do we.
    const merged = deepMerge(defaults, values);
    const validate = ajv.compile(body);
    if (!validate(merged)) {
      for (const err of validate.errors ?? []) {
        problems.push(`schema: ${err.instancePath || '/'} ${err.message}${err.params && 'additionalProperty' in err.params ? ` (${String(err.params.additionalProperty)})` : ''}`);
      }
    }
  }
  return problems;
}

function unknownKeys(values: unknown, defaults: unknown, at: string): string[] {
  if (!isObject(values) || !isObject(defaults)) {
    return [];
  }
  // An empty map in the defaults is a free-form map (annotations, extra config...).
  if (Object.keys(defaults).length === 0) {
    return [];
  }
  // A container's resources are Kubernetes ResourceRequirements, which charts pass through
  // whole (toYaml): limits are values even where the defaults list only requests.
  if (/(^|\.)resources$/.test(at)) {
    return [];
  }
  const out: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const here = at ? `${at}.${key}` : key;
    if (!(key in defaults)) {
      out.push(`${here}: not a value of this chart`);
      continue;
    }
    const def = defaults[key];
    if (def === null || def === undefined) {
      continue;
    }
    out.push(...unknownKeys(value, def, here));
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) {
    return over === undefined ? base : over;
  }
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = deepMerge(base[k], v);
  }
  return out;
}

/**
 * Jest helper: the chart accepts the values. Without the upstream files it checks nothing;
 * npm test says so before jest starts (test/support/requirements.ts).
 */
export function expectChartAccepts(chart: string, values: unknown): void {
  if (!haveUpstreamSchemas) {
    return;
  }
  expect(helmValuesProblems(chart, values)).toEqual([]);
}
