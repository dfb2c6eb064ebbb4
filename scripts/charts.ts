/**
 * npm run charts: fills the local chart cache (.cache/charts/) with every chart versions.ts
 * pins, verified against charts.lock.json.
 *
 *   npm run charts                         from the environments' registry.chartMirror when
 *                                          they name one, else each chart's upstream repository
 *   npm run charts -- --from <source>      from a chart mirror: a Helm repository URL,
 *                                          oci://<registry path>, or a local folder laid
 *                                          out as a Helm repository (index.yaml + archives)
 *   npm run charts -- --refresh --from <source> [--source-name <name>]
 *                                          re-lock: take the digests of that source's
 *                                          archives, rewrite charts.lock.json, print what changed
 *
 * LAKEPLANE_CHART_SOURCE gives the default for --from; LAKEPLANE_HELM the helm used for OCI.
 */
// First: --help answers before anything heavy loads.
import { USAGES } from './usage';
import * as fs from 'fs';
import { CHARTS, ChartName } from '../versions';
import { ENVIRONMENTS } from '../config';
import { loadEnvironment } from '../lib/synth';
import { CHART_CACHE, ChartError, ChartLock, ChartSourceSpec, LOCK_FILE, archiveName, cachedArchive, fetchArchive, findHelm, parseSource, readLock, sha256, storeArchive, upstreamSource } from '../lib/charts';

const USAGE = USAGES.charts;

interface Args {
  readonly from?: string;
  readonly refresh: boolean;
  readonly sourceName?: string;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let from: string | undefined = process.env.LAKEPLANE_CHART_SOURCE || undefined;
  let refresh = false;
  let sourceName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--refresh') refresh = true;
    else if (arg === '--from' || arg === '--source-name') {
      const value = argv[++i];
      if (!value) throw new ChartError(`${arg} needs a value\n${USAGE}`);
      if (arg === '--from') from = value;
      else sourceName = value;
    } else throw new ChartError(`unknown argument ${arg}\n${USAGE}`);
  }
  if (refresh && !from) {
    throw new ChartError('--refresh needs --from <source>: a digest belongs to the source its archive came from');
  }
  return { from, refresh, sourceName };
}

/** The distinct registry.chartMirror of the shipped environments (LAKEPLANE_ENV selects one). */
function configuredMirrors(): Array<{ url: string; oci: boolean }> {
  const names = process.env.LAKEPLANE_ENV ? [process.env.LAKEPLANE_ENV] : Object.keys(ENVIRONMENTS);
  const mirrors = new Map<string, { url: string; oci: boolean }>();
  for (const name of names) {
    const mirror = loadEnvironment(name).registry.chartMirror;
    if (mirror) mirrors.set(`${mirror.oci}:${mirror.url}`, mirror);
  }
  return [...mirrors.values()];
}

function describeSource(spec: ChartSourceSpec): string {
  return spec.kind === 'dir' ? `folder ${spec.dir}` : spec.kind === 'oci' ? `oci://${spec.url}` : spec.url;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const names = Object.keys(CHARTS) as ChartName[];
  const helm = findHelm();
  const mirrors = configuredMirrors();
  if (!args.from && mirrors.length > 1) {
    throw new ChartError(`the environments name ${mirrors.length} chart mirrors (${mirrors.map((m) => m.url).join(', ')}): say which with --from <mirror>`);
  }
  const mirror = mirrors[0];
  const source = (name: ChartName): ChartSourceSpec => (args.from ? parseSource(args.from) : mirror ? parseSource(mirror.url, mirror.oci) : upstreamSource(name));

  if (args.refresh) {
    const previous = fs.existsSync(LOCK_FILE) ? readLock() : undefined;
    const charts: Record<string, ChartLock['charts'][string]> = {};
    const changes: string[] = [];
    for (const name of names) {
      const data = await fetchArchive(name, source(name), helm);
      storeArchive(name, data);
      const digest = sha256(data);
      const { chart, version, repoURL } = CHARTS[name];
      charts[name] = { chart, version, repository: repoURL, digest };
      const old = previous?.charts[name];
      if (!old) changes.push(`  + ${chart} ${version} ${digest}`);
      else if (old.digest !== digest || old.version !== version) changes.push(`  ~ ${chart} ${old.version} ${old.digest} -> ${version} ${digest}`);
    }
    for (const name of Object.keys(previous?.charts ?? {})) {
      if (!(name in charts)) changes.push(`  - ${previous!.charts[name].chart} ${previous!.charts[name].version}`);
    }
    const spec = parseSource(args.from!);
    const lock: ChartLock = {
      digestSource: {
        name: args.sourceName ?? describeSource(spec).replace(/^folder .*[\\/]/, 'folder '),
        description: `sha256 of the archives as ${describeSource(spec).replace(/^folder .*[\\/]/, 'folder ')} serves them; another source (the upstream repositories, a mirror that re-packs) has other digests and is re-locked with npm run charts -- --refresh --from <it>`,
      },
      charts,
    };
    fs.writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 2)}\n`);
    process.stdout.write(changes.length > 0 ? `charts.lock.json: ${changes.length} change(s)\n${changes.join('\n')}\n` : 'charts.lock.json: no change\n');
    return;
  }

  const lock = readLock();
  const problems: string[] = [];
  for (const name of names) {
    const { chart, version } = CHARTS[name];
    try {
      cachedArchive(name, lock);
      process.stdout.write(`  ${chart} ${version}: cached\n`);
      continue;
    } catch {
      // fetch below
    }
    try {
      const data = await fetchArchive(name, source(name), helm);
      const digest = sha256(data);
      const locked = lock.charts[name]?.digest;
      if (digest !== locked) {
        problems.push(
          `${chart} ${version} from ${describeSource(source(name))} has ${digest}, charts.lock.json expects ${locked ?? 'no entry'} (${lock.digestSource.name}): if this source re-packs the charts, re-lock deliberately with npm run charts -- --refresh --from <it>`,
        );
        continue;
      }
      storeArchive(name, data);
      process.stdout.write(`  ${chart} ${version}: fetched (${archiveName(name)})\n`);
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  }
  if (problems.length > 0) {
    throw new ChartError(`${problems.length} chart(s) not cached:\n  - ${problems.join('\n  - ')}`);
  }
  process.stdout.write(`${names.length} charts in ${CHART_CACHE.replace(process.cwd() + '/', '')}, digests as locked (${lock.digestSource.name})\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`lakeplane charts: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
