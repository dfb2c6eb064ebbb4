/**
 * Rendering at synth (lib/helm.ts): renders are cached by content in renders/, so a synth whose
 * charts and values did not change needs neither helm nor the chart archives; a change renders
 * again, and without helm says which chart and what to do.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readLock } from '../lib/charts';
import { HelmRelease, RENDER_CACHE, cacheFileOf, parseHelmOutput, renderKey, renderRelease } from '../lib/helm';
import { loadEnvironment, synthConfig } from '../lib/synth';

const lock = readLock();
const release: HelmRelease = { chart: 'sealedSecrets', releaseName: 'sealed-secrets', namespace: 'sealed-secrets', values: { fullnameOverride: 'sealed-secrets-controller' }, includeCrds: true };

function withoutHelm<T>(fn: () => T): T {
  const saved = { helm: process.env.LAKEPLANE_HELM, path: process.env.PATH, scratch: process.env.LAKEPLANE_RENDER_SCRATCH };
  process.env.LAKEPLANE_HELM = path.join(os.tmpdir(), 'no-helm-here');
  process.env.PATH = '';
  try {
    return fn();
  } finally {
    process.env.LAKEPLANE_HELM = saved.helm;
    process.env.PATH = saved.path;
    process.env.LAKEPLANE_RENDER_SCRATCH = saved.scratch;
  }
}

describe('the render cache', () => {
  it('holds every render the committed environments use: their synth needs no helm', () => {
    const result = withoutHelm(() => synthConfig(loadEnvironment('prod')));
    expect(result.charts.length).toBeGreaterThan(10);
    expect(result.charts.every((c) => !c.fresh && fs.existsSync(path.join(RENDER_CACHE, c.cacheFile)))).toBe(true);
  });

  it('keys a render by what it depends on: other values, namespace or release give another entry', () => {
    const key = renderKey(release, lock);
    expect(renderKey({ ...release, values: { fullnameOverride: 'x' } }, lock)).not.toBe(key);
    expect(renderKey({ ...release, namespace: 'other' }, lock)).not.toBe(key);
    expect(renderKey({ ...release, includeCrds: false }, lock)).not.toBe(key);
    // the order keys were set in does not matter
    expect(renderKey({ ...release, values: { b: 1, a: 2 } }, lock)).toBe(renderKey({ ...release, values: { a: 2, b: 1 } }, lock));
    expect(cacheFileOf(release, key)).toBe(`sealed-secrets-2.18.5-sealed-secrets-${key}.json.gz`);
  });

  it('renders a changed chart with helm, and without helm names the chart and the fix', () => {
    const changed: HelmRelease = { ...release, values: { fullnameOverride: 'sealed-secrets-renamed' } };
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-render-test-'));
    try {
      expect(() => withoutHelm(() => renderRelease(changed, { cacheDir: scratch }, lock))).toThrow(
        'chart sealed-secrets 2.18.5 (release sealed-secrets) must be rendered again (its chart or values changed), which needs helm 3.17+: put helm on PATH or set LAKEPLANE_HELM, then run npm run charts',
      );
      const fresh = renderRelease(changed, { cacheDir: scratch }, lock);
      expect(fresh.fresh).toBe(true);
      expect(fresh.objects.find((o) => o.kind === 'Deployment')?.metadata.name).toBe('sealed-secrets-renamed');
      // the second time it comes from the cache, without helm
      expect(withoutHelm(() => renderRelease(changed, { cacheDir: scratch }, lock)).fresh).toBe(false);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('drops what ArgoCD does not apply: empty documents and Helm test hooks', () => {
    const text = ['---', '# Source: c/templates/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a', '---', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test', '---', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pre\n  annotations:\n    helm.sh/hook: pre-install'].join('\n');
    expect(parseHelmOutput(text).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/a', 'Job/pre']);
  });
});
