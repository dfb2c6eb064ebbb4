/**
 * Turns built environments into files and writes them atomically: every environment is
 * rendered in memory first; only when all succeed is each dist/<env>/ replaced by a rename,
 * so a failed run leaves the previous output exactly as it was.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Document, Scalar, parse, visit } from 'yaml';
import { EnvironmentBuild } from './build';

/** A Kubernetes object as written to dist/. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

export interface RenderedEnvironment {
  readonly env: string;
  /** Relative path (component/file.yaml) -> file content, in a stable order. */
  readonly files: ReadonlyMap<string, string>;
  /** Objects per component folder. */
  readonly objects: ReadonlyMap<string, readonly Manifest[]>;
  /** Each object by the path of its file (component/file.yaml). */
  readonly byFile: ReadonlyMap<string, Manifest>;
}

/** Runs construct validations, renders every chart and checks names are unique. */
export function renderEnvironment(build: EnvironmentBuild): RenderedEnvironment {
  const errors = build.app.node
    .findAll()
    .flatMap((c) => c.node.validate().map((message) => `${c.node.path}: ${message}`));
  if (errors.length > 0) {
    throw new Error(`validation failed in ${build.config.name}:\n  - ${errors.join('\n  - ')}`);
  }

  const files = new Map<string, string>();
  const byFile = new Map<string, Manifest>();
  const objects = new Map<string, Manifest[]>();
  const seen = new Map<string, string>();
  for (const [folder, charts] of build.charts) {
    const list: Manifest[] = [];
    for (const chart of charts) {
      for (const obj of chart.toJson() as Manifest[]) {
        const identity = `${obj.apiVersion.split('/')[0]}/${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
        const previous = seen.get(identity);
        if (previous) {
          throw new Error(`${build.config.name}: ${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name} is produced twice (${previous} and ${folder}); give one a different name`);
        }
        seen.set(identity, folder);
        list.push(obj);
      }
    }
    objects.set(folder, list);
    for (const obj of list) {
      const base = `${obj.kind.toLowerCase()}-${obj.metadata.namespace && obj.kind !== 'Namespace' && duplicateName(list, obj) ? `${obj.metadata.namespace}-` : ''}${obj.metadata.name}`;
      const file = `${folder}/${base}.yaml`;
      if (files.has(file)) {
        throw new Error(`${build.config.name}: two objects would be written to ${file}; give one a different name`);
      }
      files.set(file, toYaml(obj));
      byFile.set(file, obj);
    }
  }
  return { env: build.config.name, files, objects, byFile };
}

function duplicateName(list: readonly Manifest[], obj: Manifest): boolean {
  return list.some((o) => o !== obj && o.kind === obj.kind && o.metadata.name === obj.metadata.name);
}

/**
 * YAML that reads the same under YAML 1.2 and YAML 1.1. ArgoCD and kubectl read manifests
 * with go-yaml's YAML 1.1 rules (sigs.k8s.io/yaml), where a plain `off`, `on`, `yes`, `no`, `y`,
 * `n`, `1:20` or `0777` is a boolean or a number; the writer emits YAML 1.2, where they are
 * strings. Every single-line string (key or value) that either reader would take for
 * something else is written double-quoted.
 */
export function toYaml(obj: unknown): string {
  const doc = new Document(obj, { aliasDuplicateObjects: false });
  // Keys are scalars too: the visitor sees both.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && readsAsOtherThanString(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const plainReading = new Map<string, boolean>();

/** Whether a string, written plain, would be read back by a YAML 1.1 or 1.2 reader as anything but itself. */
export function readsAsOtherThanString(value: string): boolean {
  // Multi-line and long strings are written as block or quoted scalars by the writer already.
  if (value.length > 64 || value.includes('\n')) {
    return false;
  }
  let answer = plainReading.get(value);
  if (answer === undefined) {
    answer = (['1.1', '1.2'] as const).some((version) => {
      try {
        return parse(value, { version, logLevel: 'silent' }) !== value;
      } catch {
        return true;
      }
    });
    plainReading.set(value, answer);
  }
  return answer;
}

/** Extra files written at the root of dist/<env>/ (report, platform map). */
export type ExtraFiles = ReadonlyMap<string, string>;

/** The rendered environment with documents added at the root of dist/<env>/, after the manifests. */
export function withExtraFiles(rendered: RenderedEnvironment, extra: ExtraFiles): RenderedEnvironment {
  const files = new Map(rendered.files);
  for (const [name, content] of extra) {
    // At the root, or in bootstrap/: folders no Application syncs.
    if ((name.includes('/') && !name.startsWith('bootstrap/')) || files.has(name) || rendered.objects.has(name.split('/')[0])) {
      throw new Error(`${rendered.env}: extra file ${name} must be a new file at the root of dist/${rendered.env}/ or in bootstrap/`);
    }
    files.set(name, content);
  }
  return { ...rendered, files };
}

/**
 * Writes every environment: each to a temporary sibling folder first, then swapped in by
 * rename. Nothing under outdir is touched until every environment has been rendered.
 */
export function writeEnvironments(outdir: string, envs: ReadonlyArray<{ env: string; files: ReadonlyMap<string, string> }>): void {
  fs.mkdirSync(outdir, { recursive: true });
  const staged: Array<{ target: string; temp: string }> = [];
  try {
    for (const { env, files } of envs) {
      const target = path.join(outdir, env);
      const temp = path.join(outdir, `.lakeplane-tmp-${env}-${process.pid}`);
      fs.rmSync(temp, { recursive: true, force: true });
      for (const [rel, content] of files) {
        const file = path.join(temp, rel);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
      }
      staged.push({ target, temp });
    }
  } catch (err) {
    staged.forEach(({ temp }) => fs.rmSync(temp, { recursive: true, force: true }));
    throw err;
  }
  for (const { target, temp } of staged) {
    const old = `${temp}-old`;
    if (fs.existsSync(target)) {
      fs.renameSync(target, old);
    }
    fs.renameSync(temp, target);
    fs.rmSync(old, { recursive: true, force: true });
  }
}
