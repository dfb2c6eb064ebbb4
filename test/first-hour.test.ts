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
import { parseConfig } from '../config/load';
import { synthConfig } from '../lib/synth';
import { gatePassed } from '../policy/gate';
import { parseHelmOutput } from '../lib/helm';
import { z } from 'zod';
import { PlatformConfigSchema } from '../config/schema';
import { CRON_DIALECTS, CronDialect, cronExpectation, cronProblem } from '../config/cron';

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

describe('cron schedules are parsed, one dialect per place', () => {
  /** Every string field of the config whose key names a schedule, by path. */
  function scheduleFields(schema: z.core.$ZodType, at: string, out: Map<string, z.ZodType>): Map<string, z.ZodType> {
    let current = schema;
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap() as z.core.$ZodType;
    if (current instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(current.shape as Record<string, z.core.$ZodType>)) scheduleFields(child, at ? `${at}.${key}` : key, out);
    } else if (current instanceof z.ZodArray) {
      scheduleFields(current.element as z.core.$ZodType, `${at}[]`, out);
    } else if (/schedule$/i.test(at) && current instanceof z.ZodString) {
      out.set(at, current);
    }
    return out;
  }
  const fields = scheduleFields(PlatformConfigSchema, '', new Map());

  test('every schedule field of the configuration is found', () => {
    expect([...fields.keys()]).toEqual(
      expect.arrayContaining([
        'components.velero.schedule',
        'components.nessie.gc.schedule',
        'components.airflow.maintenance.schedule',
        'components.minio.databaseBackups.weeklySchedule',
        'components.minio.databaseBackups.dailySchedule',
      ]),
    );
  });

  test.each([...fields.keys()])('%s refuses what is not a schedule, naming its dialect, and takes its own example', (at) => {
    const field = fields.get(at)!;
    for (const bad of ['run it at two am', '0 25 * * *', '0 0 25 * * *', '* * * *', '61 2 * * *']) {
      const result = field.safeParse(bad);
      expect([bad, result.success]).toEqual([bad, false]);
      expect(result.error!.issues[0].message).toMatch(/^must be an? .+ schedule: [56] fields \(.+\), such as "[^"]+"; /);
    }
    const example = /such as "([^"]+)"/.exec(field.safeParse('x').error!.issues[0].message)![1];
    expect(field.safeParse(example).success).toBe(true);
  });

  test('the messages say which field of which dialect is wrong', () => {
    const cases: Array<[string, CronDialect, string | undefined]> = [
      ['0 2 * * *', 'velero', undefined],
      ['0 25 * * *', 'velero', 'hour: got 25, expected 0-23'],
      ['run it at two am', 'velero', 'minute: "run" is not a cron value'],
      ['0 2 * * *', 'cnpg', 'it has 5 fields'],
      ['0 0 2 * * 1-6', 'cnpg', undefined],
      ['0 0 2 * * 7', 'cnpg', 'day of week: got 7, expected 0-6 (Sunday is 0)'],
      ['0 2 L * *', 'velero', 'day of month: "L": L, W and # are Quartz extensions that Velero does not accept'],
      ['0 2 L * *', 'airflow', undefined],
      ['0 2 31 2 *', 'cronjob', 'it never runs (Invalid explicit day of month definition)'],
      ['0 3 * JUL WED', 'cronjob', undefined],
    ];
    expect(cases.map(([expr, dialect]) => cronProblem(expr, dialect))).toEqual(cases.map(([, , problem]) => problem));
    expect(cronExpectation('cnpg')).toBe('a CloudNativePG ScheduledBackup schedule: 6 fields (second, minute, hour, day of month, month, day of week), such as "0 0 2 * * 0"');
    expect(Object.keys(CRON_DIALECTS).sort()).toEqual(['airflow', 'cnpg', 'cronjob', 'velero']);
  });

  test('the parser is a pinned dependency', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['cron-parser']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the external-secrets backend', () => {
  test('a whole environment on it synthesizes through the gate, its Password generators validated against their CRD', () => {
    const config = parseConfig(
      { ...ENVIRONMENTS.prod, secrets: { backend: 'external-secrets', store: { provider: 'vault', server: 'https://vault.example.com:8200', path: 'secret', role: 'lakeplane' } } },
      'prod on external-secrets',
    );
    // synthConfig throws PolicyError unless every object passes the schema and policy gate.
    const result = synthConfig(config, {});
    expect(gatePassed(result.gate)).toBe(true);
    const objects = [...result.rendered.objects.values()].flat();
    const passwords = objects.filter((o) => o.kind === 'Password');
    expect(passwords.length).toBeGreaterThan(0);
    expect(new Set(passwords.map((o) => o.apiVersion))).toEqual(new Set(['generators.external-secrets.io/v1alpha1']));
    // Every generator an ExternalSecret names exists in its namespace.
    const names = new Set(passwords.map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
    const refs = objects
      .filter((o) => o.kind === 'ExternalSecret')
      .flatMap((o) => ((o.spec as { dataFrom?: Array<{ sourceRef: { generatorRef: { name: string } } }> }).dataFrom ?? []).map((d) => `${o.metadata.namespace}/${d.sourceRef.generatorRef.name}`));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !names.has(r))).toEqual([]);
    expect(objects.some((o) => o.kind === 'SealedSecret')).toBe(false);
  });

  test("a chart's kustomize build file is not taken for an object", () => {
    const text = '---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a.yaml\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
    expect(parseHelmOutput(text).map((o) => o.kind)).toEqual(['ConfigMap']);
    expect(() => parseHelmOutput('---\nkind: Thing\nspec: {}\n')).toThrow('a rendered document is not a Kubernetes object');
  });
});
