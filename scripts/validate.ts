/**
 * npm run validate -- [--crds DIR]... [DIR]: validates every object of a synthesized tree
 * (default dist/) the way kubeconform does: built-in kinds against the Kubernetes schemas,
 * custom resources against their CRDs, unknown fields and removed API versions rejected.
 * Objects written from an upstream chart's render are checked as the gate checks them
 * (policy/upstream.ts: unknown fields and CRDs are the API server test's).
 *
 * CRD schemas come from the project's generated ones (policy/crd-schemas/) and from every
 * --crds DIR: any folder of files holding CRDs, in any layout (e.g. `kubectl get crd -o yaml`
 * from a cluster); those win over the generated ones. Exit status 1 when anything fails.
 */
// First: --help answers before anything heavy loads.
import './usage';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { CompactCrd, crdsInDirectory } from '../policy/crd';
import { KubeObject, SchemaValidator } from '../policy/schema';
import { upstreamSchemaProblems } from '../policy/upstream';
import { FROM_CHART_ANNOTATION } from '../argocd/sync';
import { isEntryPoint } from '../lib/entry';

export interface TreeProblem {
  readonly file: string;
  readonly object: string;
  readonly path: string;
  readonly message: string;
}

export interface TreeResult {
  readonly files: number;
  readonly objects: number;
  readonly problems: readonly TreeProblem[];
}

/**
 * Manifest files (YAML) under a tree; root documents (README, inventory) are not manifests,
 * nor is an environment's bootstrap/ folder (ArgoCD's helm install values, applied by no one).
 */
function manifestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name.startsWith('.') || e.name === 'bootstrap' ? [] : manifestFiles(full);
      return /\.ya?ml$/.test(e.name) ? [full] : [];
    });
}

export function validateTree(root: string, crds: readonly CompactCrd[] = []): TreeResult {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(`${root}: not a directory`);
  }
  const validator = new SchemaValidator({ extraCrds: crds });
  const problems: TreeProblem[] = [];
  let objects = 0;
  const files = manifestFiles(root);
  // Environments share many files byte for byte (a chart's CRDs, above all): each content is
  // read and validated once, and its findings are told for every file that holds it.
  const byContent = new Map<string, FileFindings>();
  for (const file of files) {
    const rel = path.relative(root, file);
    const content = fs.readFileSync(file, 'utf8');
    let findings = byContent.get(content);
    if (!findings) {
      findings = validateContent(validator, content);
      byContent.set(content, findings);
    }
    objects += findings.objects;
    problems.push(...findings.problems.map((p) => ({ file: rel, ...p })));
  }
  return { files: files.length, objects, problems };
}

interface FileFindings {
  readonly objects: number;
  readonly problems: ReadonlyArray<Omit<TreeProblem, 'file'>>;
}

function validateContent(validator: SchemaValidator, content: string): FileFindings {
  const problems: Array<Omit<TreeProblem, 'file'>> = [];
  let objects = 0;
  for (const doc of parseAllDocuments(content)) {
    if (doc.errors.length > 0) {
      problems.push({ object: '-', path: '', message: `not valid YAML: ${doc.errors[0].message}` });
      continue;
    }
    const obj = doc.toJS() as KubeObject | null;
    if (obj === null) continue;
    objects++;
    const name = obj.metadata && typeof obj.metadata === 'object' ? `${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}` : '?';
    // An object written from a chart's render is checked as the gate checks upstream objects.
    const fromChart = (obj.metadata?.annotations as Record<string, string> | undefined)?.[FROM_CHART_ANNOTATION] !== undefined;
    for (const p of fromChart ? upstreamSchemaProblems(validator, obj) : validator.validate(obj)) {
      problems.push({ object: `${obj.kind} ${name}`, path: p.path, message: p.message });
    }
  }
  return { objects, problems };
}

export function parseArgs(argv: readonly string[]): { crdDirs: string[]; root: string } {
  const crdDirs: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--crds') {
      const dir = argv[++i];
      if (!dir) throw new Error('--crds needs a directory');
      crdDirs.push(dir);
    } else if (argv[i].startsWith('--crds=')) {
      crdDirs.push(argv[i].slice('--crds='.length));
    } else if (argv[i].startsWith('-')) {
      throw new Error(`unknown option ${argv[i]}; usage: npm run validate -- [--crds DIR]... [DIR]`);
    } else {
      rest.push(argv[i]);
    }
  }
  if (rest.length > 1) throw new Error(`one output directory at most (got ${rest.join(', ')})`);
  return { crdDirs, root: rest[0] ?? 'dist' };
}

function main(): number {
  const { crdDirs, root } = parseArgs(process.argv.slice(2));
  const crds = crdDirs.flatMap((dir) => crdsInDirectory(dir));
  const result = validateTree(root, crds);
  for (const p of result.problems) {
    process.stdout.write(`${p.file}: ${p.object}: ${p.path || '/'}: ${p.message}\n`);
  }
  const extra = crds.length > 0 ? ` (with ${crds.length} CRD(s) from ${crdDirs.join(', ')})` : '';
  process.stdout.write(`validated ${result.objects} object(s) in ${result.files} file(s) under ${root}${extra}: ${result.problems.length === 0 ? 'all valid' : `${result.problems.length} problem(s)`}\n`);
  return result.problems.length === 0 ? 0 : 1;
}

if (isEntryPoint(__dirname, 'validate.ts')) {
  try {
    process.exit(main());
  } catch (err) {
    process.stderr.write(`validate: ${(err as Error).message}\n`);
    process.exit(2);
  }
}
