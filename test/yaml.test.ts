/**
 * ArgoCD and kubectl read manifests with YAML 1.1 rules (go-yaml through sigs.k8s.io/yaml):
 * there a plain `off` is the boolean false, `2026-01-01` a timestamp and `1:20` the number 80.
 * Every file lakeplane writes must mean the same to a YAML 1.1 reader as to a YAML 1.2 one.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { readByLibraryAsOtherThanString, readsAsOtherThanString, referenceYaml, toYaml } from '../lib/yaml';

const YAML_11_TRAPS = ['off', 'on', 'yes', 'no', 'y', 'n', 'Y', 'N', 'Off', 'ON', 'True', 'NO', '1:20', '0777', '2026-01-01', '~', 'null', '1_000', '0x1F', '.inf', '+12', '0o17'];

function read(text: string, version: '1.1' | '1.2'): unknown[] {
  return parseAllDocuments(text, { version }).map((doc) => {
    if (doc.errors.length > 0) {
      throw new Error(doc.errors.map((e) => e.message).join('; '));
    }
    return doc.toJS();
  });
}

describe('the YAML writer', () => {
  it.each(YAML_11_TRAPS)('writes the string %j so that YAML 1.1 and 1.2 readers both read that string, as a value and as a key', (value) => {
    const obj = { env: [{ name: 'OPERATOR_STS_ENABLED', value }], labels: { [value]: value } };
    const text = toYaml(obj);
    expect(read(text, '1.1')).toEqual([obj]);
    expect(read(text, '1.2')).toEqual([obj]);
  });

  it('leaves ordinary strings, numbers, booleans and multi-line text as they were', () => {
    const obj = { name: 'trino', replicas: 3, enabled: false, ratio: 0.5, script: 'set -e\necho on\n' };
    expect(toYaml(obj)).toBe('name: trino\nreplicas: 3\nenabled: false\nratio: 0.5\nscript: |\n  set -e\n  echo on\n');
  });

  it('writes the same bytes as the yaml library (with the quoting rule) for every shape and awkward scalar', () => {
    const awkward = [
      ...YAML_11_TRAPS, '', ' leading', 'trailing ', 'a: b', 'a #b', '#c', '- x', '-', '?', '[x]', '{y}', '"q"', "it's", `both ' and "`,
      '---', '--- x', '...', '%TAG', '*ref', '&a', '!tag', '@x', '`x`', '|', '>', 'tab\there', 'ünïcode', 'ctrl\u0001', 'x'.repeat(80),
      'one\ntwo', 'one\ntwo\n', 'one\ntwo\n\n', '\nleading newline', '  indented\nblock', 'blank\n\nlines\n', 'trail \nspace', '--- \nmarker\n',
      'a\n\tb', 'a\n b\n', 'x\n\n\ny', 'a\r\nb', 'é\nü\n', 'a\nb ', 'a\nb\t\n', 'a\n#b', '- a\n- b', 'k: v\nl: w\n', '|\nx', 'a\n---\nb',
      0, -1, 1.5, -0, 1e21, 0.1, 123456789012345678, true, false, null,
    ];
    const shapes = (v: unknown): unknown[] => [
      { v },
      { a: { b: { c: v } } },
      { list: [v, [v, [v]], { k: v, l: [v] }] },
      { [String(v)]: v },
      [v, { v }],
      { empty: {}, none: [], skipped: undefined, holes: [undefined], nested: { only: undefined } },
    ];
    const differing = awkward.flatMap(shapes).filter((obj) => toYaml(obj) !== referenceYaml(obj));
    expect(differing).toEqual([]);
  });

  it('judges words as the yaml library reads them: every casing of the boolean and null words, every word of one or two characters, strings with a slash', () => {
    const casings = (word: string): string[] =>
      [...word].reduce<string[]>((acc, ch) => acc.flatMap((p) => [p + ch.toLowerCase(), p + ch.toUpperCase()]), ['']);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const shortWords = [...letters].flatMap((a) => [a, ...[...`${letters}0123456789._/-`].map((b) => a + b)]);
    const words = [
      ...['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null', 'nil', 'none', 'inf', 'nan'].flatMap(casings),
      ...shortWords, ...['e-5', 'e+5', 'E12', 'e1_0', 'e0x1', 'Infinity', 'NaN', 'x1', 'a.b', 'v1.2', 'a/b-c_d', 'e.5', 'e5.0', 'y:', 'no:x', 'on x', 'true x'],
      ...['/', '1/2', '2026-01-01/x', '0x1F/', '/1:20', '.inf/', '~/x', 'a:b', '1:20', '12:30:00', '2026-01-01 10:00:00', '-1', '+.5', '.5', '0.', '1e5', '1_000'],
    ];
    expect(words.filter((w) => readsAsOtherThanString(w) !== readByLibraryAsOtherThanString(w))).toEqual([]);
  });

  it('knows which strings a plain scalar would turn into something else', () => {
    expect(YAML_11_TRAPS.filter((v) => !readsAsOtherThanString(v))).toEqual([]);
    expect(['plain', 'v1.2.3', 'a-b', 'https://x.example.com/p', '10Gi', '500m'].filter(readsAsOtherThanString)).toEqual([]);
  });
});

describe('dist/', () => {
  const root = path.join(__dirname, '..', 'dist');
  // Every file, except that of the charts' CRDs (nine tenths of the bytes, one shape: nested
  // schemas and long descriptions) each folder contributes its smallest.
  const files: string[] = [];
  const walk = (dir: string): void => {
    const crds: Array<{ file: string; size: number }> = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.startsWith('customresourcedefinition-')) crds.push({ file: full, size: fs.statSync(full).size });
      else if (entry.name.endsWith('.yaml')) files.push(full);
    }
    const smallest = crds.sort((a, b) => a.size - b.size)[0];
    if (smallest) files.push(smallest.file);
  };
  walk(root);
  // Each distinct content once (the environments share many files byte for byte), read once
  // with YAML 1.2 rules; the first file holding it names it.
  let distinct: Array<{ file: string; text: string; docs: unknown[] }> | undefined;
  const corpus = (): Array<{ file: string; text: string; docs: unknown[] }> => {
    if (!distinct) {
      const byText = new Map<string, string>();
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        if (!byText.has(text)) byText.set(text, file);
      }
      distinct = [...byText].map(([text, file]) => ({ file, text, docs: read(text, '1.2') }));
    }
    return distinct;
  };

  it('holds exactly what the yaml library writes for the object it holds, in every file (one CRD a folder)', () => {
    const differing = corpus().filter(({ text, docs }) => docs.some((doc) => referenceYaml(doc) !== text));
    expect(differing.map(({ file }) => path.relative(root, file))).toEqual([]);
  });

  it('has no string (key or value) the shortcut rules judge otherwise than the yaml library, in any file (one CRD a folder)', () => {
    const words = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string' && v.length <= 64 && !v.includes('\n')) words.add(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => (collect(k), collect(x)));
    };
    corpus().forEach(({ docs }) => docs.forEach(collect));
    expect(words.size).toBeGreaterThan(1000);
    expect([...words].filter((w) => readsAsOtherThanString(w) !== readByLibraryAsOtherThanString(w))).toEqual([]);
  });

  it('reads the same with YAML 1.1 rules (ArgoCD, kubectl) as with YAML 1.2 rules, in every file (one CRD a folder)', () => {
    expect(files.length).toBeGreaterThan(100);
    const differing = corpus().filter(({ text, docs }) => JSON.stringify(read(text, '1.1')) !== JSON.stringify(docs));
    expect(differing.map(({ file }) => path.relative(root, file))).toEqual([]);
  });
});
