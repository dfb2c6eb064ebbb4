/**
 * `--help` for every command in scripts/ (and main.ts): imported first by each, it prints the
 * command's usage and exits 0 before the command's heavy modules load. It acts only when the
 * command itself was started (a test importing a script is left alone).
 */
import * as path from 'path';

export const USAGES: Readonly<Record<string, string>> = {
  main: `usage: npm run synth        (or node --import tsx main.ts)

Synthesizes every environment of config/environments/ into dist/<env>/.

  LAKEPLANE_ENV=<env>     one environment (default: all)
  LAKEPLANE_PHASE=<1-3>   a preview at that phase, written to .cache/preview/phase-<n>/ (never dist/)
  CDK8S_OUTDIR=<folder>   output root (default dist)
  LAKEPLANE_DEBUG=1       stack traces on failure
`,
  bench: `usage: npm run bench -- [--runs N]

Measures synthesis next to the bare cost of starting node and loading cdk8s and cdk8s-plus-28:
warm, into an empty folder, through tsx, with a cold bundle, with a cold render cache, and
every phase. Exits 1 when warm synthesis is over its budget.

  --runs N   repetitions of each measurement (default 5); the median is reported
`,
  'crd-schemas': `usage: npm run crd-schemas -- <crd-dir> [--out <folder>]

Writes policy/crd-schemas/<group>_<kind>.{json,js}, the strict schema of every CRD listed in
cdk8s.yaml (and the ArgoCD kinds), from <crd-dir>/<group>/<kind>.yaml. Every file is read
before anything is written; the folder is swapped in whole. scripts/import-crds.sh runs it.
`,
  policy: `usage: npm run policy

Lists every waiver of the platform policies with its reason, per environment, and any
violation synth would refuse (exit 1). LAKEPLANE_ENV and LAKEPLANE_PHASE apply.
`,
  report: `usage: npm run report [-- --json]

Prints each environment's capacity plan (as dist/<env>/REPORT.md), built in memory.
  --json   the figures as JSON keyed by environment, alone on stdout; with npm, use
           npm run -s report -- --json | jq   (-s keeps npm's own banner off stdout)
LAKEPLANE_ENV and LAKEPLANE_PHASE apply.
`,
  seal: `usage: npm run seal -- --env <env> [--cert <controller.pem>] [options]
       npm run seal -- --init --env <env> [--key-out <file>]

Seals every declared secret value of <env> that has no sealed value yet into
config/sealed/<env>.json. Random values are generated; only what a person knows is asked for.

  --env <env>                           the environment (config/environments/<env>.ts)
  --cert <file>                         the controller's sealing certificate (default config/sealed/<env>.pem)
  --rotate <namespace>/<name>           make new values for that secret (repeatable)
  --from-file <ns>/<name>:<key>=<path>  a value from a file, for an input or instead of a generated one (repeatable)
  --values-json <path|->                values as {"<ns>/<name>": {"<key>": "<value>"}} ("-": stdin)
  --dir <folder>                        where <env>.json and <env>.pem live (default config/sealed)
  --init                                make a sealing key pair for a new cluster (RSA 4096, self-signed):
                                        writes <dir>/<env>.pem and prints how to load and back up the private key
  --key-out <file>                      with --init: where the private key's Secret manifest goes
                                        (default .cache/sealing/<env>-sealing-key.yaml, outside git)
  -h, --help                            this text
`,
  charts: `usage: npm run charts -- [--from <url|oci://path|folder>] [--refresh [--source-name <name>]]

Fills .cache/charts/ with every chart pinned in versions.ts and checks each archive's sha256
against charts.lock.json. Without --from (or LAKEPLANE_CHART_SOURCE), the charts come from
the chart mirror the environments configure (registry.chartMirror), else from each chart's
upstream repository. --refresh re-locks the digests to the archives of the
given source and prints what changed.
`,
  test: `usage: npm test [-- <jest arguments>]

Type-checks (tsc --noEmit) and runs jest side by side; both must pass. Arguments go to jest,
for example npm test -- test/config.test.ts.
`,
  validate: `usage: npm run validate -- [--crds DIR]... [DIR]

Validates a synthesized tree (default dist) like kubeconform: every object against its
schema, with the CRDs of the project plus any given with --crds (folders of CRD YAML).
`,
};

/** True when argv asks for help. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** The command a process runs, by file name without extension (main, seal, report, ...). */
function commandOf(entry: string | undefined): string | undefined {
  return entry === undefined ? undefined : path.basename(entry).replace(/\.(ts|js|cjs|mjs)$/, '');
}

const command = commandOf(process.argv[1]);
if (command !== undefined && USAGES[command] !== undefined && wantsHelp(process.argv.slice(2))) {
  process.stdout.write(USAGES[command]);
  process.exit(0);
}
