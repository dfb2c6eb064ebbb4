/**
 * The layout README describes: one folder per component (charts/<id>/), building blocks in
 * constructs/ that know nothing of components, components reaching each other only through
 * handle files, and no import cycle anywhere in the sources (type imports included).
 */
import * as fs from 'fs';
import * as path from 'path';
import { COMPONENTS } from '../charts/registry';

const ROOT = path.join(__dirname, '..');
const SOURCE_DIRS = ['argocd', 'charts', 'config', 'constructs', 'lib', 'policy', 'report'];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'crd-schemas' ? [] : sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** Project modules a file imports (relative specifiers, `import type` included), as repository paths. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specs.flatMap((spec) => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    const found = [`${base}.ts`, `${base}/index.ts`].find((f) => fs.existsSync(path.join(ROOT, f)));
    return found && !found.startsWith('imports/') ? [found] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sources);
const graph = new Map(files.map((f) => [f, importsOf(f)] as const));

describe('the source layout', () => {
  it('has no import cycle (type imports count)', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    files.forEach((f) => visit(f, []));
    expect(cycles).toEqual([]);
  });

  it('keeps each component in one folder with its index, chart, config slice and handle', () => {
    const folders = fs.readdirSync(path.join(ROOT, 'charts'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const folder of folders) {
      expect([folder, ['index.ts', 'chart.ts', 'config.ts', 'handle.ts'].filter((f) => !fs.existsSync(path.join(ROOT, 'charts', folder, f)))]).toEqual([folder, []]);
    }
    // Every registered component is exported by some folder's index.ts.
    const exported = folders.flatMap((folder) => [...fs.readFileSync(path.join(ROOT, 'charts', folder, 'index.ts'), 'utf8').matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]));
    expect(exported.length).toBe(COMPONENTS.length);
    expect(fs.readdirSync(path.join(ROOT, 'charts')).filter((f) => f.endsWith('.ts')).sort()).toEqual(['handles.ts', 'registry.ts', 'spec.ts']);
  });

  it('assembles ComponentHandles from the handle files only, and those import no chart', () => {
    expect(graph.get('charts/handles.ts')!.filter((dep) => !/^charts\/[a-z-]+\/handle\.ts$/.test(dep))).toEqual([]);
    const handleFiles = files.filter((f) => /^charts\/[a-z-]+\/handle\.ts$/.test(f));
    expect(handleFiles.length).toBeGreaterThanOrEqual(15);
    // A handle file may use its own folder's plain definitions (Trino's service user names), never a chart.
    const reaching = handleFiles.flatMap((file) =>
      graph.get(file)!
        .filter((dep) => dep.startsWith('charts/') && !dep.endsWith('/handle.ts') && (dep.split('/')[1] !== file.split('/')[1] || /\/(chart|index)\.ts$/.test(dep)))
        .map((dep) => `${file} -> ${dep}`));
    expect(reaching).toEqual([]);
  });

  it('lets a component use another only through its handle file, and constructs/ and config/ none', () => {
    const crossing = files.filter((f) => f.startsWith('charts/') && f.split('/').length === 3).flatMap((file) => {
      const own = file.split('/')[1];
      return (graph.get(file) ?? [])
        .filter((dep) => dep.startsWith('charts/') && dep.split('/').length === 3 && dep.split('/')[1] !== own && !dep.endsWith('/handle.ts'))
        .map((dep) => `${file} -> ${dep}`);
    });
    expect(crossing).toEqual([]);
    const blocks = files.filter((f) => f.startsWith('constructs/') || (f.startsWith('config/') && !['config/components.ts'].includes(f)));
    const intoComponents = blocks.flatMap((file) => (graph.get(file) ?? []).filter((dep) => dep.startsWith('charts/')).map((dep) => `${file} -> ${dep}`));
    expect(intoComponents).toEqual([]);
  });
});
