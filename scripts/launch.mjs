/**
 * Runs a TypeScript entry point of lakeplane (npm run synth: main.ts) from one bundled
 * CommonJS file, built with esbuild into .cache/bundle/ and rebuilt whenever a source it was
 * made from changes (by content). Starting through the TypeScript loader costs more than the
 * synthesis itself: every project module and every package module passes through its hooks.
 * The bundle holds the project's sources only; packages load from node_modules as usual.
 *
 * Plain JavaScript on purpose: this file runs before any TypeScript can.
 *
 *   node scripts/launch.mjs main.ts
 *   LAKEPLANE_DEBUG=1      stack traces point into the TypeScript sources
 *   LAKEPLANE_BUNDLE_DIR   where bundles are kept (default .cache/bundle; the benchmark's cold run)
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CACHE = process.env.LAKEPLANE_BUNDLE_DIR || path.join(ROOT, '.cache', 'bundle');
const require = createRequire(import.meta.url);

/** Content digest of the files a bundle was made from, plus what decides how it is made. */
function digestOf(inputs) {
  const hash = createHash('sha256');
  hash.update(`esbuild ${require('esbuild/package.json').version}\0`);
  for (const file of [...inputs, 'tsconfig.json']) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  // A file added beside a source counts too: a module may load every file of its folder
  // (config/ finds the environments that way), and the bundle holds those it saw.
  for (const dir of [...new Set(inputs.filter((f) => !f.startsWith('node_modules/')).map((f) => path.dirname(f)))].sort()) {
    hash.update(`${dir}/\0${fs.readdirSync(path.join(ROOT, dir)).sort().join('\0')}\0`);
  }
  return hash.digest('hex');
}

function readRecord(recordFile) {
  try {
    return JSON.parse(fs.readFileSync(recordFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function isCurrent(record, bundleFile) {
  if (!record || !fs.existsSync(bundleFile)) {
    return false;
  }
  try {
    return digestOf(record.inputs) === record.digest;
  } catch {
    // A source it was made from is gone.
    return false;
  }
}

/**
 * In a bundle every module shares the bundle's __dirname; lakeplane's modules find their
 * files (SQL, Python, generated validators, sealed values) next to themselves, so each gets
 * its own folder written in.
 */
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: source.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))), loader: 'ts' };
    });
  },
};

async function build(entry, bundleFile, recordFile) {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    outfile: bundleFile,
    write: false,
    plugins: [ownDirname],
    logLevel: 'silent',
  }).catch((err) => {
    // A source that does not parse: where and what, one line each, no stack.
    if (!Array.isArray(err.errors)) throw err;
    for (const e of err.errors) {
      const at = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
      process.stderr.write(`lakeplane: ${at}${e.text}\n`);
    }
    process.exit(1);
  });
  // Written beside and renamed into place: a run starting meanwhile sees the old or the new file.
  for (const out of result.outputFiles) {
    const temp = `${out.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, out.contents);
    fs.renameSync(temp, out.path);
  }
  const inputs = Object.keys(result.metafile.inputs).sort();
  fs.writeFileSync(recordFile, `${JSON.stringify({ digest: digestOf(inputs), inputs }, null, 1)}\n`);
}

async function main() {
  const entry = process.argv[2];
  if (entry === '--help' || entry === '-h') {
    process.stdout.write('usage: node scripts/launch.mjs <entry.ts> [arguments]   (npm run synth: node scripts/launch.mjs main.ts)\n\nRuns a TypeScript entry point from its esbuild bundle in .cache/bundle/, remade when a source changes.\n');
    return;
  }
  if (!entry || !fs.existsSync(path.join(ROOT, entry))) {
    process.stderr.write(`usage: node scripts/launch.mjs <entry.ts> (got ${JSON.stringify(entry ?? '')})\n`);
    process.exit(2);
  }
  const name = entry.replace(/\.ts$/, '').replace(/[\\/]/g, '_');
  const bundleFile = path.join(CACHE, `${name}.cjs`);
  const recordFile = path.join(CACHE, `${name}.inputs.json`);
  fs.mkdirSync(CACHE, { recursive: true });
  if (!isCurrent(readRecord(recordFile), bundleFile)) {
    await build(entry, bundleFile, recordFile);
  }
  if (process.env.LAKEPLANE_DEBUG) {
    process.setSourceMapsEnabled(true);
  }
  process.argv.splice(1, 2, path.join(ROOT, entry));
  require(bundleFile);
}

await main();
