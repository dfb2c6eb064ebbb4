/**
 * ArgoCD and kubectl read manifests with YAML 1.1 rules (go-yaml through sigs.k8s.io/yaml):
 * there a plain `off` is the boolean false, `2026-01-01` a timestamp and `1:20` the number 80.
 * Every file lakeplane writes must mean the same to a YAML 1.1 reader as to a YAML 1.2 one.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { readsAsOtherThanString, toYaml } from '../lib/output';

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

  it('knows which strings a plain scalar would turn into something else', () => {
    expect(YAML_11_TRAPS.filter((v) => !readsAsOtherThanString(v))).toEqual([]);
    expect(['plain', 'v1.2.3', 'a-b', 'https://x.example.com/p', '10Gi', '500m'].filter(readsAsOtherThanString)).toEqual([]);
  });
});

describe('dist/', () => {
  const root = path.join(__dirname, '..', 'dist');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml')) files.push(full);
    }
  };
  walk(root);

  it('reads the same with YAML 1.1 rules (ArgoCD, kubectl) as with YAML 1.2 rules, in every file', () => {
    expect(files.length).toBeGreaterThan(100);
    const differing = files.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return JSON.stringify(read(text, '1.1')) !== JSON.stringify(read(text, '1.2'));
    });
    expect(differing.map((f) => path.relative(root, f))).toEqual([]);
  });
});
