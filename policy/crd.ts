/**
 * CustomResourceDefinitions as the validator needs them: one compact JSON schema per served
 * version, made strict the way the API server treats structural schemas (unknown fields are
 * errors, not silently pruned), without descriptions or anything ajv cannot check.
 *
 * Used twice: by scripts/crd-schemas.ts, which writes the compact schemas of the CRDs the
 * project imports into policy/crd-schemas/ (generated, committed, never edited), and by
 * `npm run validate -- --crds DIR`, which reads any extra CRD files a user points it at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { parseAllDocuments } from 'yaml';

/** A JSON schema node (draft-07 subset, as ajv reads it). */
export type JsonSchema = { [key: string]: unknown };

/** One CRD, reduced to what validation needs. */
export interface CompactCrd {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
  /** Version -> schema of the whole object; only served versions are listed. */
  readonly versions: Readonly<Record<string, { readonly schema: JsonSchema; readonly deprecated?: boolean }>>;
}

interface CrdVersion {
  name: string;
  served?: boolean;
  deprecated?: boolean;
  schema?: { openAPIV3Schema?: JsonSchema };
}

interface CrdDocument {
  apiVersion?: string;
  kind?: string;
  spec?: {
    group: string;
    scope?: 'Namespaced' | 'Cluster';
    names: { kind: string };
    versions?: CrdVersion[];
    // apiextensions.k8s.io/v1beta1 shape
    version?: string;
    validation?: { openAPIV3Schema?: JsonSchema };
  };
}

/** Every CRD document in a YAML text (other documents are ignored). */
export function crdsInText(text: string, source: string): CompactCrd[] {
  const out: CompactCrd[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${source}: not valid YAML: ${doc.errors[0].message}`);
    }
    const value = doc.toJS() as CrdDocument | null;
    if (value && value.kind === 'CustomResourceDefinition' && value.spec) {
      out.push(compactCrd(value));
    }
  }
  return out;
}

/** Every CRD in every .yaml/.yml/.json file under a directory, any layout. */
export function crdsInDirectory(dir: string): CompactCrd[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(`--crds ${dir}: not a directory`);
  }
  const out: CompactCrd[] = [];
  for (const file of listFiles(dir)) {
    if (/\.(ya?ml|json)$/.test(file)) {
      out.push(...crdsInText(fs.readFileSync(file, 'utf8'), file));
    }
  }
  return out;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export function compactCrd(crd: CrdDocument): CompactCrd {
  const spec = crd.spec!;
  const versions: Record<string, { schema: JsonSchema; deprecated?: boolean }> = {};
  const list: CrdVersion[] = spec.versions ?? (spec.version ? [{ name: spec.version, served: true, schema: spec.validation }] : []);
  for (const v of list) {
    if (v.served === false) {
      continue;
    }
    const open = v.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    versions[v.name] = { schema: rootSchema(open), ...(v.deprecated ? { deprecated: true } : {}) };
  }
  return { group: spec.group, kind: spec.names.kind, scope: spec.scope ?? 'Namespaced', versions };
}

/**
 * The whole object: apiVersion and kind are checked by the validator itself and metadata
 * against the Kubernetes ObjectMeta schema, so they are left open here; status is never
 * written by lakeplane and is dropped.
 */
function rootSchema(open: JsonSchema): JsonSchema {
  const strict = strictSchema(open);
  const properties = { ...((strict.properties as Record<string, JsonSchema> | undefined) ?? {}) };
  delete properties.status;
  properties.apiVersion = {};
  properties.kind = {};
  properties.metadata = {};
  const preserve = open['x-kubernetes-preserve-unknown-fields'] === true;
  return { ...strict, type: 'object', properties, ...(preserve ? {} : { additionalProperties: false }) };
}

/** Keywords ajv checks and that keep their meaning after translation. */
const KEPT = new Set([
  'type', 'enum', 'const', 'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'multipleOf',
]);

/** OpenAPI v3 structural schema -> strict JSON schema. */
export function strictSchema(node: JsonSchema): JsonSchema {
  if (node['x-kubernetes-int-or-string'] === true) {
    return { anyOf: [{ type: 'integer' }, { type: 'string' }] };
  }
  const out: JsonSchema = {};
  for (const key of Object.keys(node)) {
    if (KEPT.has(key)) {
      out[key] = node[key];
    }
  }
  if (typeof out.pattern === 'string' && !validRegExp(out.pattern)) {
    delete out.pattern;
  }
  if (node.nullable === true && typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) {
      out.enum = [...out.enum, null];
    }
  }
  const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const strictProps: Record<string, JsonSchema> = {};
    for (const name of Object.keys(properties)) {
      strictProps[name] = strictSchema(properties[name]);
    }
    if (node['x-kubernetes-embedded-resource'] === true) {
      for (const name of ['apiVersion', 'kind', 'metadata']) {
        strictProps[name] = strictProps[name] ?? {};
      }
    }
    out.properties = strictProps;
  }
  const additional = node.additionalProperties;
  if (additional !== undefined) {
    out.additionalProperties = typeof additional === 'object' && additional !== null ? strictSchema(additional as JsonSchema) : additional;
  } else if (properties && !preserve && node.type === 'object') {
    // A structural schema prunes fields it does not list; lakeplane makes that an error.
    out.additionalProperties = false;
  }
  if (node.items && typeof node.items === 'object' && !Array.isArray(node.items)) {
    out.items = strictSchema(node.items as JsonSchema);
  }
  for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[combinator];
    if (Array.isArray(list)) {
      out[combinator] = list.map((s) => strictSchema(s as JsonSchema));
    }
  }
  if (node.not && typeof node.not === 'object') {
    out.not = strictSchema(node.not as JsonSchema);
  }
  return out;
}

function validRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves every sub-schema that occurs more than once (and is not tiny) into `definitions`,
 * referenced by `$ref`, so each is compiled once. Large CRDs repeat whole sub-trees (pod
 * templates, ApplicationSet generators); this keeps compiled validators small and fast to load.
 * Names are content hashes, so the output is deterministic.
 */
export function dedupeSchema(root: JsonSchema, minLength = 200): JsonSchema {
  const counts = new Map<string, number>();
  const canonical = (node: unknown): string => JSON.stringify(node);
  const count = (node: unknown, isRoot: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((n) => count(n, false));
      return;
    }
    if (!isRoot) {
      const text = canonical(node);
      if (text.length >= minLength) counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    for (const value of Object.values(node as JsonSchema)) count(value, false);
  };
  count(root, true);
  const definitions: Record<string, JsonSchema> = {};
  const nameOf = (text: string): string => `d${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
  const rewrite = (node: unknown, isRoot: boolean, inPropertiesMap: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((n) => rewrite(n, false, false));
    if (!isRoot && !inPropertiesMap) {
      const text = canonical(node);
      if ((counts.get(text) ?? 0) > 1) {
        const name = nameOf(text);
        if (!definitions[name]) {
          definitions[name] = {};
          definitions[name] = rewriteChildren(node as JsonSchema);
        }
        return { $ref: `#/definitions/${name}` };
      }
    }
    return rewriteChildren(node as JsonSchema);
  };
  const rewriteChildren = (node: JsonSchema): JsonSchema => {
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      // A `properties` map is not a schema itself; its values are.
      out[key] = key === 'properties' && value && typeof value === 'object' ? mapValues(value as JsonSchema) : rewrite(value, false, false);
    }
    return out;
  };
  const mapValues = (props: JsonSchema): JsonSchema => {
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(props)) out[key] = rewrite(value, false, false);
    return out;
  };
  const body = rewrite(root, true, false) as JsonSchema;
  const names = Object.keys(definitions).sort();
  return names.length === 0 ? body : { ...body, definitions: Object.fromEntries(names.map((n) => [n, definitions[n]])) };
}
