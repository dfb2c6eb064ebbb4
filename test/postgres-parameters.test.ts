/**
 * The PostgreSQL parameters lakeplane writes into CloudNativePG Clusters, against a real
 * PostgreSQL server: every environment at phase 3 is synthesized in memory, every Cluster's
 * `spec.postgresql.parameters` collected, and
 *
 * - a temporary cluster (initdb, on a free loopback port) starts with them in its
 *   postgresql.conf, the first value found of each parameter, and reports each one applied
 *   from that file (pg_file_settings, pg_settings);
 * - every Cluster's own set goes through the server's start-up configuration check
 *   (`postgres -C ... -c name=value ...`, postmaster context, the same check a start does
 *   before it allocates anything), so postmaster-only parameters and every distinct value
 *   are checked without one start per database size;
 * - archive_timeout, as the server reads it, is at most the 15-minute recovery point
 *   objective (WAL_RPO_SECONDS) on every cluster that archives WAL.
 *
 * The server binaries are the local PostgreSQL installation (Debian's `postgresql` package,
 * /usr/lib/postgresql/<version>/bin, the newest version there), or the folder named by
 * LAKEPLANE_POSTGRES_BIN. Its major version may differ from the image the clusters run
 * (versions.ts IMAGES.postgres); point LAKEPLANE_POSTGRES_BIN at that major version to
 * check parameters that only it knows. Missing binaries fail the test, saying how to get
 * them. initdb and the server refuse to run as root: as root the test runs them as the
 * `postgres` user that the package creates.
 */
import { SpawnSyncReturns, execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { WAL_RPO_SECONDS } from '../constructs/alerts';

const PHASE = 3;
const TOOLS = ['initdb', 'pg_ctl', 'postgres', 'psql'] as const;
const DEBIAN_BIN_ROOT = path.join(path.sep, 'usr', 'lib', 'postgresql');

const HOW_TO_INSTALL =
  'PostgreSQL server binaries (initdb, pg_ctl, postgres, psql) are needed to check the Clusters\' parameters.\n' +
  'Install them with `apt-get install -y postgresql` (Debian/Ubuntu; they land in /usr/lib/postgresql/<version>/bin),\n' +
  'or set LAKEPLANE_POSTGRES_BIN to a folder that holds them.';

interface ClusterParameters {
  /** "<env> <namespace>/<name>" */
  readonly cluster: string;
  readonly parameters: Readonly<Record<string, string>>;
  /** A WAL archiver plugin is configured (archive_timeout then bounds the recovery point). */
  readonly archivesWal: boolean;
}

/** Every Cluster of every environment at phase 3, in output order. */
function collectClusters(): ClusterParameters[] {
  const out: ClusterParameters[] = [];
  for (const env of Object.keys(ENVIRONMENTS)) {
    for (const objects of renderEnvironment(buildEnvironment(loadEnvironment(env, PHASE))).objects.values()) {
      for (const obj of objects) {
        if (obj.kind !== 'Cluster' || !obj.apiVersion.startsWith('postgresql.cnpg.io/')) continue;
        const spec = obj.spec as { postgresql?: { parameters?: Record<string, string> }; plugins?: Array<{ isWALArchiver?: boolean }> };
        out.push({
          cluster: `${env} ${obj.metadata.namespace}/${obj.metadata.name}`,
          parameters: spec.postgresql?.parameters ?? {},
          archivesWal: (spec.plugins ?? []).some((p) => p.isWALArchiver === true),
        });
      }
    }
  }
  return out;
}

function hasTools(dir: string): boolean {
  return TOOLS.every((tool) => {
    try {
      fs.accessSync(path.join(dir, tool), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The folder of the server binaries, or undefined. */
function postgresBin(): string | undefined {
  const fromEnv = process.env.LAKEPLANE_POSTGRES_BIN;
  if (fromEnv) {
    return hasTools(fromEnv) ? fromEnv : undefined;
  }
  const versions = fs.existsSync(DEBIAN_BIN_ROOT) ? fs.readdirSync(DEBIAN_BIN_ROOT).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a)).map((v) => path.join(DEBIAN_BIN_ROOT, v, 'bin')).find(hasTools);
  if (newest) return newest;
  // Anything else that installs pg_config next to the server (Homebrew, source builds).
  const bindir = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  return bindir.status === 0 && hasTools(bindir.stdout.trim()) ? bindir.stdout.trim() : undefined;
}

/** A TCP port nothing listens on right now, on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A conf line: name = 'value', quotes doubled. */
function confLine(name: string, value: string): string {
  if (!/^[a-z_][a-z0-9_.]*$/.test(name)) {
    throw new Error(`PostgreSQL parameter name ${JSON.stringify(name)} is not a configuration parameter name`);
  }
  return `${name} = '${value.replace(/'/g, "''")}'`;
}

describe('PostgreSQL parameters of every Cluster, checked by a real server', () => {
  const clusters = collectClusters();
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  let dir: string | undefined;
  let data = '';
  let port = 0;
  let started = false;

  /** Runs a server binary, as the postgres user when this process is root. */
  const run = (tool: string, args: readonly string[]): SpawnSyncReturns<string> => {
    const file = path.join(bin!, tool);
    return asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', file, ...args], { encoding: 'utf8' })
      : spawnSync(file, [...args], { encoding: 'utf8' });
  };
  const sql = (query: string): string[][] =>
    execFileSync(path.join(bin!, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'lakeplane', '-d', 'postgres', '-X', '-A', '-t', '-F', '\t', '-c', query], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split('\t'));

  /** The first value found of each parameter, over every Cluster. */
  const firstValues = new Map<string, string>();
  for (const c of clusters) {
    for (const [name, value] of Object.entries(c.parameters)) {
      if (!firstValues.has(name)) firstValues.set(name, value);
    }
  }

  beforeAll(async () => {
    if (!bin) {
      throw new Error(HOW_TO_INSTALL);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-pg-'));
    data = path.join(dir, 'data');
    // As root, everything the server reads belongs to the postgres user.
    let owner: { uid: number; gid: number } | undefined;
    if (asRoot) {
      const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
      const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
      if (uid.status !== 0 || gid.status !== 0) {
        throw new Error(`running as root, the server must run as the postgres user, which does not exist.\n${HOW_TO_INSTALL}`);
      }
      owner = { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
      fs.chownSync(dir, owner.uid, owner.gid);
    }
    const init = run('initdb', ['-D', data, '-U', 'lakeplane', '-A', 'trust', '--no-sync', '--no-instructions', '-E', 'UTF8']);
    if (init.status !== 0) {
      throw new Error(`initdb failed (exit ${init.status}):\n${init.stderr}${init.error ? String(init.error) : ''}`);
    }
    port = await freePort();
    const conf = [
      '# written by test/postgres-parameters.test.ts',
      confLine('listen_addresses', '127.0.0.1'),
      confLine('port', String(port)),
      confLine('unix_socket_directories', dir),
      confLine('fsync', 'off'),
      '# lakeplane',
      ...[...firstValues].map(([name, value]) => confLine(name, value)),
      '',
    ].join('\n');
    fs.writeFileSync(path.join(data, 'lakeplane.conf'), conf, { mode: 0o600 });
    if (owner) fs.chownSync(path.join(data, 'lakeplane.conf'), owner.uid, owner.gid);
    fs.appendFileSync(path.join(data, 'postgresql.conf'), "include 'lakeplane.conf'\n");
    started = true; // from here on, afterAll stops whatever pg_ctl may have started
    const start = run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '20', '-s', 'start']);
    if (start.status !== 0) {
      const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : '';
      throw new Error(`the server did not start with lakeplane's parameters (exit ${start.status}):\n${start.stderr}\n${log}`);
    }
  }, 30_000);

  afterAll(() => {
    try {
      if (started && dir) {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '10', '-s', 'stop']);
      }
    } finally {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the platform has Clusters with parameters to check', () => {
    expect(clusters.length).toBeGreaterThan(0);
    expect(firstValues.size).toBeGreaterThan(0);
  });

  test('the server applies every parameter from its configuration file', () => {
    const names = [...firstValues.keys()];
    const list = names.map((n) => `'${n}'`).join(', ');
    const fileRows = sql(`SELECT name, setting, applied, coalesce(error, '') FROM pg_file_settings WHERE sourcefile LIKE '%/lakeplane.conf' AND name IN (${list}) ORDER BY seqno`);
    expect(fileRows.map(([name, setting, applied, error]) => `${name}=${setting} applied=${applied} ${error}`.trim())).toEqual(
      names.map((n) => `${n}=${firstValues.get(n)} applied=t`),
    );
    // Each one is in effect, from that file (not a default, not overridden later).
    const effective = sql(`SELECT name, source, sourcefile FROM pg_settings WHERE name IN (${list}) ORDER BY name`);
    expect(effective.map(([name, source, file]) => `${name} ${source} ${path.basename(file ?? '')}`)).toEqual(
      [...names].sort().map((n) => `${n} configuration file lakeplane.conf`),
    );
  });

  test("every Cluster's parameters pass the server's start-up check, postmaster-level ones included", () => {
    const refused: string[] = [];
    for (const c of clusters) {
      const settings = Object.entries(c.parameters).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
      const check = run('postgres', ['-D', data, '-C', 'archive_timeout', ...settings]);
      if (check.status !== 0) {
        refused.push(`${c.cluster}: ${check.stderr.trim()}`);
      }
    }
    expect(refused).toEqual([]);
  });

  test(`archive_timeout is at most the recovery point objective (${WAL_RPO_SECONDS / 60} minutes) on every cluster that archives WAL`, () => {
    const archiving = clusters.filter((c) => c.archivesWal);
    expect(archiving.length).toBeGreaterThan(0);
    const seconds = archiving.map((c) => {
      const value = c.parameters.archive_timeout;
      if (value === undefined) return `${c.cluster}: no archive_timeout (a quiet database would never switch its WAL segment)`;
      // As the server reads it: `postgres -C` prints the setting in its base unit, seconds.
      const shown = run('postgres', ['-D', data, '-C', 'archive_timeout', '-c', `archive_timeout=${value}`]);
      const s = Number(shown.stdout.trim());
      return shown.status === 0 && s > 0 && s <= WAL_RPO_SECONDS ? 'ok' : `${c.cluster}: archive_timeout ${value} is ${shown.stdout.trim() || shown.stderr.trim()} s, not within (0, ${WAL_RPO_SECONDS}]`;
    });
    expect(seconds.filter((s) => s !== 'ok')).toEqual([]);
  });
});
