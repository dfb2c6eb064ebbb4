/**
 * dist/ is written so that a failed run leaves it as it was, and a run that changed nothing
 * writes nothing (ArgoCD, git and editors see no touched file).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeEnvironments } from '../lib/output';

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) {
      const full = path.join(d.parentPath, d.name);
      out[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  }
  return out;
}

const first = new Map([
  ['README.md', '# dev\n'],
  ['trino/deployment-coordinator.yaml', 'kind: Deployment\n'],
  ['trino/trino/service-trino.yaml', 'kind: Service\n'],
  ['nessie/deployment-nessie.yaml', 'kind: Deployment\n'],
  ['velero/schedule-daily.yaml', 'kind: Schedule\n'],
]);

describe('writeEnvironments', () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-output-'));
    writeEnvironments(out, [{ env: 'dev', files: first }]);
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes every file of a new environment', () => {
    expect(tree(path.join(out, 'dev'))).toEqual(Object.fromEntries([...first].map(([k, v]) => [k.split('/').join(path.sep), v])));
  });

  it('leaves every file untouched when nothing changed', () => {
    const inode = (rel: string): number => fs.statSync(path.join(out, 'dev', rel)).ino;
    const before = [...first.keys()].map(inode);
    writeEnvironments(out, [{ env: 'dev', files: new Map(first) }]);
    expect([...first.keys()].map(inode)).toEqual(before);
    expect(fs.readdirSync(out)).toEqual(['dev']);
  });

  it('replaces a changed folder whole, keeps unchanged ones, removes what is no longer generated', () => {
    const nessie = fs.statSync(path.join(out, 'dev', 'nessie', 'deployment-nessie.yaml')).ino;
    const next = new Map(first);
    next.delete('trino/trino/service-trino.yaml');
    next.set('trino/deployment-coordinator.yaml', 'kind: Deployment\nspec: {}\n');
    next.delete('velero/schedule-daily.yaml');
    next.set('REPORT.md', '# report\n');
    writeEnvironments(out, [{ env: 'dev', files: next }]);
    expect(tree(path.join(out, 'dev'))).toEqual(Object.fromEntries([...next].map(([k, v]) => [k.split('/').join(path.sep), v])));
    expect(fs.statSync(path.join(out, 'dev', 'nessie', 'deployment-nessie.yaml')).ino).toBe(nessie);
    expect(fs.readdirSync(out)).toEqual(['dev']);
  });

  it('changes nothing in any environment when one of them cannot be written', () => {
    const before = tree(out);
    const changed = new Map(first).set('trino/deployment-coordinator.yaml', 'kind: Deployment\nspec: {}\n');
    // A NUL in a file name: the operating system refuses it while staging.
    const broken = new Map([['nessie/bad\0name.yaml', 'x\n']]);
    expect(() => writeEnvironments(out, [{ env: 'dev', files: changed }, { env: 'prod', files: broken }])).toThrow();
    expect(tree(out)).toEqual(before);
    expect(fs.readdirSync(out)).toEqual(['dev']);
  });
});
