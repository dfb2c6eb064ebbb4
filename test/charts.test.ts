/**
 * The chart lock and cache (lib/charts.ts, npm run charts): every pinned chart is locked, a
 * mirror folder fills the cache, digests are verified, and each failure names the chart, the
 * version and the fix. Uses the chart mirror folder beside the checkout (../shared/charts), as
 * a site would use its own mirror.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ChartError, archiveName, cachedArchive, fetchArchive, parseSource, readLock, sha256, storeArchive } from '../lib/charts';
import { CHARTS, ChartName } from '../versions';
import { npmCommand } from './util';

const MIRROR = path.join(__dirname, '..', '..', 'shared', 'charts');
const lock = readLock();

function needMirror(): void {
  if (!fs.existsSync(path.join(MIRROR, 'index.yaml'))) {
    throw new Error('These tests read a chart mirror folder (index.yaml + archives) at ../shared/charts beside the checkout; fetch one with npm run charts -- --from <your mirror> and point LAKEPLANE_CHARTS at it.');
  }
}

describe('charts.lock.json', () => {
  it('locks every chart versions.ts pins, at that version, with a sha256 digest, and says which source the digests belong to', () => {
    expect(Object.keys(lock.charts).sort()).toEqual(Object.keys(CHARTS).sort());
    for (const name of Object.keys(CHARTS) as ChartName[]) {
      expect(lock.charts[name]).toMatchObject({ chart: CHARTS[name].chart, version: CHARTS[name].version, repository: CHARTS[name].repoURL });
      expect(lock.charts[name].digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(lock.digestSource.name).not.toBe('');
  });

  it('matches the archives of the mirror it was locked against', async () => {
    needMirror();
    for (const name of Object.keys(CHARTS) as ChartName[]) {
      expect(`${name} ${sha256(await fetchArchive(name, parseSource(MIRROR)))}`).toBe(`${name} ${lock.charts[name].digest}`);
    }
  });
});

describe('the chart cache', () => {
  let cache: string;
  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-charts-'));
  });
  afterEach(() => fs.rmSync(cache, { recursive: true, force: true }));

  it('serves a verified archive, and names the chart, version and fix when it is missing', async () => {
    needMirror();
    expect(() => cachedArchive('traefik', lock, cache)).toThrow(
      'chart traefik 41.3.0 is not in the local chart cache (.cache/charts): run npm run charts (add -- --from <mirror> for a chart mirror or folder)',
    );
    storeArchive('traefik', await fetchArchive('traefik', parseSource(MIRROR)), cache);
    expect(cachedArchive('traefik', lock, cache).digest).toBe(lock.charts.traefik.digest);
  });

  it('refuses an archive whose digest is not the locked one (another source re-packed it, or it was tampered with)', () => {
    fs.writeFileSync(path.join(cache, archiveName('velero')), 'not the chart');
    expect(() => cachedArchive('velero', lock, cache)).toThrow(ChartError);
    expect(() => cachedArchive('velero', lock, cache)).toThrow(
      `chart velero 12.1.0: the cached archive has ${sha256(Buffer.from('not the chart'))}, charts.lock.json expects ${lock.charts.velero.digest}`,
    );
  });

  it('says which versions a mirror has when the pinned one is missing', async () => {
    const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-mirror-'));
    try {
      fs.writeFileSync(path.join(mirror, 'index.yaml'), 'apiVersion: v1\nentries:\n  velero:\n    - version: 11.0.0\n      urls: [velero-11.0.0.tgz]\n');
      await expect(fetchArchive('velero', parseSource(mirror))).rejects.toThrow(
        `chart velero 12.1.0 is not in ${path.join(mirror, 'index.yaml')} (versions there: 11.0.0): mirror that version, or pin one the repository has in versions.ts`,
      );
    } finally {
      fs.rmSync(mirror, { recursive: true, force: true });
    }
  });
});

describe('npm run charts', () => {
  it('prints its usage on --help and exits 0', () => {
    const out = execFileSync(...npmCommand('charts', ['--help']), { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
    expect(out).toContain('usage: npm run charts -- [--from <url|oci://path|folder>] [--refresh [--source-name <name>]]');
  });

  it('refuses to re-lock without a source: a digest belongs to the source its archive came from', () => {
    let message = '';
    try {
      execFileSync(...npmCommand('charts', ['--refresh']), { cwd: path.join(__dirname, '..'), encoding: 'utf8', stdio: 'pipe', env: { ...process.env, LAKEPLANE_CHART_SOURCE: '' } });
    } catch (err) {
      message = String((err as { stderr?: string }).stderr);
    }
    expect(message).toContain('--refresh needs --from <source>: a digest belongs to the source its archive came from');
  });
});
