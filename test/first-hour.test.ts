/**
 * The edges a new user meets first: phase previews, finding environments, schedules, sealing
 * a new environment, the scripts' command lines and the output's hygiene.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, outputRoot, previewFolder } from '../config/load';

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
