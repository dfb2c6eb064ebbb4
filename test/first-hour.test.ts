/**
 * The edges a new user meets first: phase previews, finding environments, schedules, sealing
 * a new environment, the scripts' command lines and the output's hygiene.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { ENVIRONMENTS, ENVIRONMENTS_DIR, environmentLoadError, environmentNames } from '../config';
import { ConfigError, outputRoot, previewFolder } from '../config/load';
import { checkRemovedEnvironments } from '../policy/data-guard';

const ROOT = path.join(__dirname, '..');
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
};

describe('a phase preview never touches dist/', () => {
  test('without CDK8S_OUTDIR it goes to its own folder; CDK8S_OUTDIR naming dist/ is refused with the fix', () => {
    expect(outputRoot({}, undefined)).toBe('dist');
    expect(outputRoot({ CDK8S_OUTDIR: 'out' }, undefined)).toBe('out');
    expect(outputRoot({}, 3)).toBe(previewFolder(3));
    expect(previewFolder(3)).toBe(path.join('.cache', 'preview', 'phase-3'));
    expect(outputRoot({ CDK8S_OUTDIR: '/tmp/preview' }, 2)).toBe('/tmp/preview');
    for (const named of ['dist', './dist/', path.join(ROOT, 'dist')]) {
      expect(() => outputRoot({ CDK8S_OUTDIR: named }, 3, ROOT)).toThrow(ConfigError);
    }
    expect(errorOf(() => outputRoot({ CDK8S_OUTDIR: 'dist' }, 3))).toBe(
      'CDK8S_OUTDIR: got "dist" with LAKEPLANE_PHASE=3; a phase preview is never written to dist/, which holds the environments as configured and which ArgoCD syncs. ' +
        `Unset CDK8S_OUTDIR (the preview goes to ${previewFolder(3)}/) or name another folder`,
    );
  });

  test('main.ts refuses before building anything, and names the folder it left alone', () => {
    const before = fs.statSync(path.join(ROOT, 'dist', 'prod', 'README.md')).mtimeMs;
    const run = spawnSync('node', ['--import', 'tsx', path.join(ROOT, 'main.ts')], { cwd: ROOT, env: { ...process.env, CDK8S_OUTDIR: 'dist', LAKEPLANE_PHASE: '3' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lakeplane: configuration error: CDK8S_OUTDIR: got "dist" with LAKEPLANE_PHASE=3');
    expect(run.stderr).toContain('dist/ was left unchanged.');
    expect(fs.statSync(path.join(ROOT, 'dist', 'prod', 'README.md')).mtimeMs).toBe(before);
  });
});

describe('environments are found, not listed', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-envs-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test('every .ts file of config/environments/ is an environment, and nothing else is', () => {
    expect(Object.keys(ENVIRONMENTS)).toEqual(environmentNames(ENVIRONMENTS_DIR));
    expect(Object.keys(ENVIRONMENTS)).toEqual(expect.arrayContaining(['dev', 'prod']));
    for (const file of ['staging.ts', 'notes.md', 'types.d.ts', 'alpha.ts']) fs.writeFileSync(path.join(scratch, file), '');
    expect(environmentNames(scratch)).toEqual(['alpha', 'staging']);
  });

  test('a file that does not parse is reported as file:line:col and the reason, without a stack', () => {
    // What the TypeScript loader (esbuild) throws for such a file.
    let thrown: unknown;
    try {
      require('esbuild').transformSync("export default {\n  name: 'x',\n  phase: 3\n  profile: 'small',\n};\n", { loader: 'ts', sourcefile: path.join(ENVIRONMENTS_DIR, 'x.ts') });
    } catch (err) {
      thrown = err;
    }
    const error = environmentLoadError(thrown, 'x');
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('config/environments/x.ts:4:2: Expected "}" but found "profile"');
    // An error its code throws points at the line from the stack.
    const stackError = new Error('boom');
    stackError.stack = `Error: boom\n    at Object.<anonymous> (${path.join(ENVIRONMENTS_DIR, 'x.ts')}:9:2)`;
    expect(environmentLoadError(stackError, 'x').message).toBe('config/environments/x.ts:9:2: boom');
  });

  test('npm run synth reports a source that does not parse one line per error, without a stack', () => {
    const work = fs.mkdtempSync(path.join(ROOT, '.cache', 'first-hour-'));
    try {
      fs.writeFileSync(path.join(work, 'entry.ts'), "const x = {\n  a: 1\n  b: 2,\n};\nconsole.log(x);\n");
      const run = spawnSync('node', [path.join(ROOT, 'scripts', 'launch.mjs'), path.relative(ROOT, path.join(work, 'entry.ts'))], {
        cwd: ROOT,
        env: { ...process.env, LAKEPLANE_BUNDLE_DIR: path.join(work, 'bundles') },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`lakeplane: ${path.relative(ROOT, path.join(work, 'entry.ts'))}:3:2: Expected "}" but found "b"\n`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  test('a folder left by an environment without a file names the real output folder', () => {
    const out = path.join(scratch, 'out');
    fs.mkdirSync(path.join(out, 'gone'), { recursive: true });
    fs.writeFileSync(path.join(out, 'gone', 'data-inventory.json'), JSON.stringify({ components: {} }));
    expect(checkRemovedEnvironments(out, ['dev', 'prod'])).toEqual([`gone: ${path.join(out, 'gone')}/ is left from an environment without config and holds no data; delete the folder.`]);
  });
});
