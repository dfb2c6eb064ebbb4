/**
 * The chart lock and the local chart cache.
 *
 * charts.lock.json pins, for every chart in versions.ts, the archive lakeplane renders: name,
 * version, upstream repository and the sha256 of the archive, and says which source that
 * digest belongs to. A digest belongs to a source: the archives a Helm repository publishes and
 * the ones a mirror re-packs from the same tag differ byte for byte, so a site that renders
 * from its own mirror re-locks against it, deliberately (`npm run charts -- --refresh`).
 *
 * `npm run charts` fills .cache/charts/ (git-ignored) from the chart repositories, the
 * configured chart mirror, or a given source (a Helm repository URL, an OCI registry, or a
 * local folder laid out as a Helm repository), verifying every digest. Rendering reads only
 * from that cache.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { CHARTS, ChartName } from '../versions';

export const ROOT = path.join(__dirname, '..');
export const LOCK_FILE = path.join(ROOT, 'charts.lock.json');
export const CHART_CACHE = path.join(ROOT, '.cache', 'charts');

export interface LockedChart {
  /** Chart name in its repository. */
  readonly chart: string;
  readonly version: string;
  /** The upstream repository (versions.ts); the archive may come from a mirror of it. */
  readonly repository: string;
  /** sha256 of the archive, as `sha256:<hex>`. */
  readonly digest: string;
}

export interface ChartLock {
  /** Where the locked archives come from: the digests are those of this source's archives. */
  readonly digestSource: { readonly name: string; readonly description: string };
  readonly charts: Readonly<Record<string, LockedChart>>;
}

/** A chart that cannot be had or does not match the lock; the message says which and the fix. */
export class ChartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartError';
  }
}

export function readLock(file: string = LOCK_FILE): ChartLock {
  if (!fs.existsSync(file)) {
    throw new ChartError(`${path.relative(ROOT, file)} is missing: run npm run charts -- --refresh --from <chart repository or mirror> to lock the charts of versions.ts`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ChartLock;
}

export function sha256(data: Buffer): string {
  return `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`;
}

/** File name of a chart archive in the cache (and in a Helm repository folder). */
export function archiveName(name: ChartName): string {
  return `${CHARTS[name].chart}-${CHARTS[name].version}.tgz`;
}

/** The locked entry of a chart, checked against versions.ts. */
export function lockedChart(lock: ChartLock, name: ChartName): LockedChart {
  const entry = lock.charts[name];
  const pinned = CHARTS[name];
  if (!entry) {
    throw new ChartError(`chart ${pinned.chart} ${pinned.version} (${name}) is not in charts.lock.json: run npm run charts -- --refresh to lock it`);
  }
  if (entry.chart !== pinned.chart || entry.version !== pinned.version) {
    throw new ChartError(
      `chart ${name}: versions.ts pins ${pinned.chart} ${pinned.version} but charts.lock.json has ${entry.chart} ${entry.version}: run npm run charts -- --refresh to lock the new version`,
    );
  }
  return entry;
}

/**
 * The verified archive of a chart in the cache. A missing archive or a digest that is not
 * the locked one fails with the chart, the version and the fix.
 */
export function cachedArchive(name: ChartName, lock: ChartLock = readLock(), cache: string = CHART_CACHE): { file: string; digest: string } {
  const entry = lockedChart(lock, name);
  const file = path.join(cache, archiveName(name));
  if (!fs.existsSync(file)) {
    throw new ChartError(`chart ${entry.chart} ${entry.version} is not in the local chart cache (.cache/charts): run npm run charts (add -- --from <mirror> for a chart mirror or folder)`);
  }
  const digest = sha256(fs.readFileSync(file));
  if (digest !== entry.digest) {
    throw new ChartError(
      `chart ${entry.chart} ${entry.version}: the cached archive has ${digest}, charts.lock.json expects ${entry.digest} (${lock.digestSource.name}): delete .cache/charts/${archiveName(name)} and run npm run charts, or re-lock against your source with npm run charts -- --refresh --from <source>`,
    );
  }
  return { file, digest };
}

/** Where archives come from: a local Helm repository folder, an HTTP(S) Helm repository, or an OCI registry path. */
export type ChartSourceSpec = { readonly kind: 'dir'; readonly dir: string } | { readonly kind: 'http'; readonly url: string } | { readonly kind: 'oci'; readonly url: string };

export function parseSource(value: string, oci = false): ChartSourceSpec {
  if (value.startsWith('oci://')) return { kind: 'oci', url: value.slice('oci://'.length) };
  if (/^https?:\/\//.test(value)) return oci ? { kind: 'oci', url: value.replace(/^https?:\/\//, '') } : { kind: 'http', url: value };
  if (oci) return { kind: 'oci', url: value };
  return { kind: 'dir', dir: path.resolve(value) };
}

interface IndexEntry {
  readonly version: string;
  readonly urls: readonly string[];
  readonly digest?: string;
}

function indexEntry(index: unknown, chart: string, version: string, where: string): IndexEntry {
  const entries = ((index as { entries?: Record<string, IndexEntry[]> })?.entries ?? {})[chart] ?? [];
  const entry = entries.find((e) => e.version === version);
  if (!entry || entry.urls.length === 0) {
    const have = entries.map((e) => e.version).join(', ') || 'none';
    throw new ChartError(`chart ${chart} ${version} is not in ${where} (versions there: ${have}): mirror that version, or pin one the repository has in versions.ts`);
  }
  return entry;
}

/** Fetches one archive from a source; returns its bytes. */
export async function fetchArchive(name: ChartName, source: ChartSourceSpec, helm?: string): Promise<Buffer> {
  const { chart, version } = CHARTS[name];
  if (source.kind === 'dir') {
    const indexFile = path.join(source.dir, 'index.yaml');
    if (fs.existsSync(indexFile)) {
      const entry = indexEntry(parse(fs.readFileSync(indexFile, 'utf8')), chart, version, indexFile);
      const url = entry.urls[0];
      const file = /^[a-z]+:\/\//.test(url) ? undefined : path.join(source.dir, url);
      if (!file || !fs.existsSync(file)) {
        throw new ChartError(`chart ${chart} ${version}: ${indexFile} names ${url}, which is not in that folder`);
      }
      return fs.readFileSync(file);
    }
    const file = path.join(source.dir, `${chart}-${version}.tgz`);
    if (!fs.existsSync(file)) {
      throw new ChartError(`chart ${chart} ${version}: neither ${indexFile} nor ${file} exists`);
    }
    return fs.readFileSync(file);
  }
  if (source.kind === 'http') {
    const base = source.url.replace(/\/+$/, '');
    const response = await fetch(`${base}/index.yaml`);
    if (!response.ok) {
      throw new ChartError(`chart ${chart} ${version}: ${base}/index.yaml answered ${response.status}`);
    }
    const entry = indexEntry(parse(await response.text()), chart, version, `${base}/index.yaml`);
    const url = new URL(entry.urls[0], `${base}/`).toString();
    const archive = await fetch(url);
    if (!archive.ok) {
      throw new ChartError(`chart ${chart} ${version}: ${url} answered ${archive.status}`);
    }
    return Buffer.from(await archive.arrayBuffer());
  }
  if (!helm) {
    throw new ChartError(`chart ${chart} ${version} comes from an OCI registry, which needs helm: put helm 3.17+ on PATH or set LAKEPLANE_HELM`);
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-chart-'));
  try {
    execFileSync(helm, ['pull', `oci://${source.url.replace(/\/+$/, '')}/${chart}`, '--version', version, '--destination', temp], { stdio: ['ignore', 'ignore', 'pipe'] });
    const [file] = fs.readdirSync(temp);
    return fs.readFileSync(path.join(temp, file));
  } catch (err) {
    throw new ChartError(`chart ${chart} ${version}: helm pull from oci://${source.url} failed: ${(err as { stderr?: Buffer }).stderr?.toString().trim() ?? String(err)}`);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/** The upstream source of a chart (versions.ts). */
export function upstreamSource(name: ChartName): ChartSourceSpec {
  const pinned = CHARTS[name];
  return parseSource(pinned.repoURL, 'oci' in pinned ? pinned.oci : false);
}

/** Writes an archive into the cache atomically. */
export function storeArchive(name: ChartName, data: Buffer, cache: string = CHART_CACHE): string {
  fs.mkdirSync(cache, { recursive: true });
  const file = path.join(cache, archiveName(name));
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
  return file;
}

/** The helm binary: LAKEPLANE_HELM, else `helm` on PATH; undefined when there is none. */
export function findHelm(): string | undefined {
  const candidates = [process.env.LAKEPLANE_HELM, ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'helm'))];
  return candidates.find((file): file is string => {
    if (!file) return false;
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}
