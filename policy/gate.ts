/**
 * The gate every synthesized environment passes before anything is written: schema
 * validation of every object, then the platform policies. Its failure is one table of
 * object, rule, problem and fix.
 */
import { PlacedObject, Violation, Waiver, checkPolicies, describe } from './check';
import { KubeObject, SchemaValidator } from './schema';
import type { SyncViolation } from '../argocd/simulation';
import { FROM_CHART_ANNOTATION } from '../argocd/sync';
import { upstreamSchemaProblems } from './upstream';

export interface SchemaError {
  readonly folder: string;
  readonly object: string;
  /** JSON pointer of the field, '' for the object. */
  readonly path: string;
  readonly message: string;
}

export interface GateInput {
  readonly env: string;
  /** Objects per component folder. */
  readonly objects: ReadonlyMap<string, readonly KubeObject[]>;
  /** The configured registry mirror. @default - none */
  readonly imageMirror?: string;
  /** The namespace ArgoCD runs in (Applications go there; lakeplane does not create it). @default 'argocd' */
  readonly argocdNamespace?: string;
  /** @default - one shared validator over the generated CRD schemas */
  readonly validator?: SchemaValidator;
  /**
   * The upstream charts' rendered objects per folder (policy/upstream.ts). They pass the same
   * policies; custom resources whose CRD lakeplane does not import are validated by the real
   * API server test instead of here. @default - none
   */
  readonly upstream?: ReadonlyMap<string, readonly KubeObject[]>;
  /** Findings of the ArgoCD sync simulation (argocd/simulation.ts). @default - none */
  readonly sync?: readonly SyncViolation[];
}

export interface GateResult {
  readonly env: string;
  readonly objectCount: number;
  readonly schemaErrors: readonly SchemaError[];
  readonly violations: readonly Violation[];
  readonly waivers: readonly Waiver[];
  /** What ArgoCD would refuse or race on. */
  readonly sync: readonly SyncViolation[];
}

/** A synth the gate refused; main.ts prints the message (the table) and exits 1. */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly results: readonly GateResult[],
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

let shared: SchemaValidator | undefined;

/** The validator over the generated CRD schemas; its caches only memoize loaded validators. */
export function sharedValidator(): SchemaValidator {
  shared = shared ?? new SchemaValidator();
  return shared;
}

export function runGate(input: GateInput): GateResult {
  const validator = input.validator ?? sharedValidator();
  const placed: PlacedObject[] = [];
  const schemaErrors: SchemaError[] = [];
  const upstream: Array<[string, KubeObject]> = [...(input.upstream ?? [])].flatMap(([folder, objects]) => objects.map((obj) => [folder, obj] as [string, KubeObject]));
  for (const [folder, objects] of input.objects) {
    for (const obj of objects) {
      // Written from a chart's render (gitops.charts: rendered): checked as upstream, below.
      if ((obj.metadata.annotations as Record<string, string> | undefined)?.[FROM_CHART_ANNOTATION]) {
        upstream.push([folder, obj]);
        continue;
      }
      placed.push({ folder, obj });
      for (const problem of validator.validate(obj)) {
        schemaErrors.push({ folder, object: describe(obj), path: problem.path, message: problem.message });
      }
    }
  }
  for (const [folder, obj] of upstream) {
    placed.push({ folder, obj });
    for (const problem of upstreamSchemaProblems(validator, obj)) {
      schemaErrors.push({ folder, object: describe(obj), path: problem.path, message: problem.message });
    }
  }
  const { violations, waivers } = checkPolicies(placed, {
    imageMirror: input.imageMirror,
    externalNamespaces: [input.argocdNamespace ?? 'argocd'],
    isNamespaced: (apiVersion, kind) => validator.isNamespaced(apiVersion, kind),
  });
  return { env: input.env, objectCount: placed.length, schemaErrors, violations, waivers, sync: input.sync ?? [] };
}

export function gatePassed(result: GateResult): boolean {
  return result.schemaErrors.length === 0 && result.violations.length === 0 && result.sync.length === 0;
}

/** The failure table of one or more environments. */
export function formatGateFailure(results: readonly GateResult[]): string {
  const failed = results.filter((r) => !gatePassed(r));
  const rows: string[][] = [];
  for (const r of failed) {
    for (const e of r.schemaErrors) {
      rows.push([r.env, `${e.folder}: ${e.object}`, 'schema', `${e.path || '/'}: ${e.message}`, schemaFix(e)]);
    }
    for (const v of r.violations) {
      rows.push([r.env, `${v.folder}: ${v.object}`, v.rule, v.message, v.fix]);
    }
    for (const v of r.sync) {
      rows.push([r.env, `${v.application}: ${v.object}`, 'argocd-sync', v.message, v.fix]);
    }
  }
  const count = failed.reduce((n, r) => n + r.schemaErrors.length + r.violations.length + r.sync.length, 0);
  const header = `${count} problem(s) in ${failed.map((r) => `${r.env} (${r.objectCount} objects)`).join(', ')}:`;
  const waiverHint = 'A rule may be waived on one object with the annotation ignore-check.lakeplane.io/<rule>: "<reason>" (waive() in constructs/workload.ts).';
  return `${header}\n${table(['env', 'object', 'rule', 'problem', 'fix'], rows)}\n${waiverHint}`;
}

function schemaFix(e: SchemaError): string {
  if (e.message.startsWith('no CRD schema')) return 'import the CRD (cdk8s.yaml imports, scripts/import-crds.sh)';
  if (e.message.includes('was removed in Kubernetes') || e.message.includes('is not served by its CRD')) return 'use the API version the message names';
  if (e.message.startsWith('unknown field')) return 'remove or correct the field (a typo?)';
  return 'fix the field (see the schema of the kind)';
}

/** Plain-text table, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
