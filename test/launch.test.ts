/**
 * npm run synth runs main.ts from an esbuild bundle (scripts/launch.mjs). The bundle must be
 * remade whenever a source it was made from changes, and each module must still find its
 * files next to itself (__dirname is the module's folder, not the bundle's).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

describe('scripts/launch.mjs', () => {
  const work = path.join(ROOT, '.cache', `launch-test-${process.pid}`);
  const bundles = path.join(work, 'bundles');
  const entry = path.relative(ROOT, path.join(work, 'entry.ts'));
  const launch = (): string =>
    execFileSync('node', [path.join(ROOT, 'scripts', 'launch.mjs'), entry], { cwd: ROOT, env: { ...process.env, LAKEPLANE_BUNDLE_DIR: bundles }, encoding: 'utf8' });

  beforeAll(() => {
    fs.mkdirSync(path.join(work, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(work, 'entry.ts'), "import { word, where } from './lib/dep';\nprocess.stdout.write(`${word} ${where}\\n`);\n");
    fs.writeFileSync(path.join(work, 'lib', 'dep.ts'), "export const word: string = 'first';\nexport const where: string = __dirname;\n");
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('runs the entry, remakes the bundle when an imported source changes, and gives each module its own __dirname', () => {
    expect(launch()).toBe(`first ${path.join(work, 'lib')}\n`);
    const bundle = fs.readdirSync(bundles).find((f) => f.endsWith('.cjs'))!;
    const made = fs.statSync(path.join(bundles, bundle)).mtimeMs;
    // Unchanged sources: the same bundle runs.
    expect(launch()).toBe(`first ${path.join(work, 'lib')}\n`);
    expect(fs.statSync(path.join(bundles, bundle)).mtimeMs).toBe(made);
    fs.writeFileSync(path.join(work, 'lib', 'dep.ts'), "export const word: string = 'second';\nexport const where: string = __dirname;\n");
    expect(launch()).toBe(`second ${path.join(work, 'lib')}\n`);
  });
});
