/**
 * Turns built environments into files and writes them atomically: every environment is
 * rendered in memory first; only when all succeed is each dist/<env>/ replaced by a rename,
 * so a failed run leaves the previous output exactly as it was.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EnvironmentBuild } from './build';
import { toYaml } from './yaml';

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
 * Writes every environment. Each top-level entry of dist/<env>/ (a component folder, a root
 * file) whose content changed is staged in a temporary sibling first; only when every
 * environment is staged are they swapped in by rename, and entries no longer generated are
 * removed. A failed run leaves the previous output exactly as it was; an entry that did not
 * change is not written at all (a synth that changed nothing writes nothing).
 */
export function writeEnvironments(outdir: string, envs: ReadonlyArray<{ env: string; files: ReadonlyMap<string, string> }>): void {
  fs.mkdirSync(outdir, { recursive: true });
  const staged: Array<{ target: string; temp: string }> = [];
  const stale: string[] = [];
  try {
    for (const { env, files } of envs) {
      const target = path.join(outdir, env);
      const temp = (entry: string): string => path.join(outdir, `${STAGING_PREFIX}${env}-${entry.replace(/[^A-Za-z0-9.-]/g, '_')}-${process.pid}`);
      if (!fs.existsSync(target)) {
        staged.push({ target, temp: stage(temp(''), files) });
        continue;
      }
      const entries = groupByEntry(files);
      for (const [entry, content] of entries) {
        if (!sameContent(path.join(target, entry), content)) {
          staged.push({ target: path.join(target, entry), temp: stage(temp(entry), content) });
        }
      }
      for (const existing of fs.readdirSync(target)) {
        if (!entries.has(existing)) {
          stale.push(path.join(target, existing));
        }
      }
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
  stale.forEach((entry) => fs.rmSync(entry, { recursive: true, force: true }));
}

const STAGING_PREFIX = '.lakeplane-tmp-';

/** A top-level entry of dist/<env>/: a folder's files by their path inside it, or a root file's content. */
type Entry = string | Map<string, string>;

function groupByEntry(files: ReadonlyMap<string, string>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [rel, content] of files) {
    const slash = rel.indexOf('/');
    if (slash < 0) {
      entries.set(rel, content);
      continue;
    }
    const name = rel.slice(0, slash);
    let folder = entries.get(name);
    if (folder === undefined) {
      folder = new Map();
      entries.set(name, folder);
    }
    (folder as Map<string, string>).set(rel.slice(slash + 1), content);
  }
  return entries;
}

/** Whether a file or folder on disk holds exactly this content (the same files, no others). */
function sameContent(file: string, content: Entry): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (typeof content === 'string') {
    return stat.isFile() && stat.size === Buffer.byteLength(content) && fs.readFileSync(file, 'utf8') === content;
  }
  if (!stat.isDirectory()) {
    return false;
  }
  const onDisk = fs.readdirSync(file, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  if (onDisk.length !== content.size) {
    return false;
  }
  return onDisk.every((d) => {
    const full = path.join(d.parentPath ?? d.path, d.name);
    const expected = content.get(path.relative(file, full).split(path.sep).join('/'));
    return expected !== undefined && fs.readFileSync(full, 'utf8') === expected;
  });
}

/** Writes an entry (a folder of files, or one file) at `temp`; returns `temp`. */
function stage(temp: string, content: Entry | ReadonlyMap<string, string>): string {
  fs.rmSync(temp, { recursive: true, force: true });
  if (typeof content === 'string') {
    fs.writeFileSync(temp, content);
    return temp;
  }
  const made = new Set<string>();
  try {
    for (const [rel, text] of content) {
      const file = path.join(temp, rel);
      const dir = path.dirname(file);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      fs.writeFileSync(file, text);
    }
  } catch (err) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  return temp;
}
