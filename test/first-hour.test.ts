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
import * as crypto from 'crypto';
import { parse as parseYaml } from 'yaml';
import { certificatesAfterSeal, defaultKeyOut, initSealingKey, parseArgs, readCertificate } from '../scripts/seal';
import { SEALING_KEY_BITS, certificateFingerprint, makeSealingKeyPair } from '../lib/sealing-key';
import { sealingCertificateWarning } from '../lib/synth';
import { formatSealed, inputsNeeded, planSeal, sealSecrets } from '../lib/seal';
import { parseSealedFile } from '../lib/sealed-file';
import { sealValue, sealingKeyFromPem, unsealValue } from '../constructs/sealing';
import { DeclaredSecret } from '../constructs/secret';
import { buildEnvironment } from '../lib/build';
import { USAGES } from '../scripts/usage';
import { reportOutput } from '../scripts/report';
import { missingSecretsMessage } from '../lib/synth';
import { checkCapacity, environmentReport } from '../report';
import { writeCrdSchemas } from '../scripts/crd-schemas';
import { renderEnvironment } from '../lib/output';
import { KUBERNETES_VERSION, podSecurityVersion } from '../config/kubernetes';
import { COMPONENTS } from '../charts/registry';
import { PYTHON3, REQUIREMENTS, UPSTREAM_VALUES, missingRequirements } from './support/requirements';
import { BUDGET_MS_PER_ENVIRONMENT, BUDGET_MS_PER_OBJECT, warmBudgetMs } from '../scripts/bench';
import { z } from 'zod';
import { PlatformConfigSchema } from '../config/schema';
import { CRON_DIALECTS, CronDialect, cronExpectation, cronProblem } from '../config/cron';
import { npmCommand } from './util';

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
    const run = spawnSync(...npmCommand('synth'), { cwd: ROOT, env: { ...process.env, CDK8S_OUTDIR: 'dist', LAKEPLANE_PHASE: '3' }, encoding: 'utf8' });
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
    expect(Object.keys(CRON_DIALECTS).sort()).toEqual(['airflow', 'cnpg', 'cronjob', 'spark', 'velero']);
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

describe('sealing a new environment, offline', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-init-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  // 2048 bits keep the test fast; the command makes what the controller makes.
  const pair = makeSealingKeyPair({ commonName: 'sealed-secrets test', bits: 2048 });

  test('the key pair is a self-signed RSA certificate the seal command seals with and its key unseals', () => {
    expect(SEALING_KEY_BITS).toBe(4096);
    const cert = new crypto.X509Certificate(pair.certificatePem);
    const key = crypto.createPrivateKey(pair.privateKeyPem);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(key)).toBe(true);
    expect(cert.subject).toBe(cert.issuer);
    expect(cert.subject).toContain('CN=sealed-secrets test');
    expect(cert.ca).toBe(false);
    expect(new Date(cert.validTo).getTime() - new Date(cert.validFrom).getTime()).toBe(3650 * 86_400_000);
    expect(pair.fingerprint).toBe(cert.fingerprint256);
    const sealed = sealValue(sealingKeyFromPem(pair.certificatePem), 'airflow', 'airflow-keys', 'plaintext');
    expect(unsealValue(key, 'airflow', 'airflow-keys', sealed).toString('utf8')).toBe('plaintext');
  });

  test('--init writes the certificate, keeps the private key out of git as a labelled TLS Secret, and says how to load and back it up', () => {
    const dir = path.join(scratch, 'sealed');
    const keyOut = path.join(scratch, 'keys', 'staging-sealing-key.yaml');
    const text = initSealingKey({ env: 'staging', dir, keyOut, bits: 2048 });
    const pem = fs.readFileSync(path.join(dir, 'staging.pem'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(pem).not.toContain('PRIVATE KEY');
    const secret = parseYaml(fs.readFileSync(keyOut, 'utf8')) as { kind: string; type: string; metadata: { namespace: string; labels: Record<string, string> }; data: Record<string, string> };
    expect([secret.kind, secret.type, secret.metadata.namespace]).toEqual(['Secret', 'kubernetes.io/tls', 'sealed-secrets']);
    expect(secret.metadata.labels).toEqual({ 'sealedsecrets.bitnami.com/sealed-secrets-key': 'active' });
    expect(Buffer.from(secret.data['tls.crt'], 'base64').toString()).toBe(pem);
    expect(new crypto.X509Certificate(pem).checkPrivateKey(crypto.createPrivateKey(Buffer.from(secret.data['tls.key'], 'base64').toString()))).toBe(true);
    expect(fs.statSync(keyOut).mode & 0o077).toBe(0);
    expect(text).toContain(`fingerprint: ${certificateFingerprint(pem)}`);
    expect(text).toContain('before the sealed-secrets controller first starts');
    expect(text).toContain('kubectl create namespace sealed-secrets --dry-run=client -o yaml | kubectl apply -f -');
    expect(text).toContain(`kubectl apply -f ${keyOut}`);
    expect(text).toContain('Back it up now');
    expect(text).toContain(`rm ${keyOut}`);
    // Never over an existing certificate or key file.
    expect(() => initSealingKey({ env: 'staging', dir, keyOut: path.join(scratch, 'other.yaml'), bits: 2048 })).toThrow(/staging\.pem exists already \(certificate [0-9A-F:]+\); --init does not replace a sealing certificate/);
    expect(defaultKeyOut('staging')).toBe(path.join('.cache', 'sealing', 'staging-sealing-key.yaml'));
    // .cache/ is ignored by git, so the default never lands in a commit.
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.cache/');
  });

  test('a missing certificate says so and how to get one, not ENOENT', () => {
    const missing = errorOf(() => readCertificate(path.join(scratch, 'nope.pem'), 'staging', true));
    expect(missing).toContain(`no sealing certificate at ${path.join(scratch, 'nope.pem')} (the default for --env staging)`);
    expect(missing).toContain('npm run seal -- --init --env staging');
    expect(missing).toContain('kubeseal --fetch-cert');
    expect(missing).not.toContain('ENOENT');
    expect(parseArgs(['--env', 'staging'])).toMatchObject({ env: 'staging', init: false });
    expect((parseArgs(['--env', 'staging']) as { cert?: string }).cert).toBeUndefined();
    expect(parseArgs(['--init', '--env', 'staging'])).toMatchObject({ env: 'staging', init: true });
    expect(parseArgs(['--help'])).toBe('help');
  });

  test('the fingerprint is recorded with the sealed values; another certificate is said with both fingerprints', () => {
    const other = makeSealingKeyPair({ commonName: 'other', bits: 2048 });
    const existing = { 'a/b': { k: 'OLD' } };
    // A first seal records its certificate; a seal with another keeps both and warns.
    expect(certificatesAfterSeal({ existing: {}, sealed: { 'a/b': { k: 'NEW' } }, made: 1, certificates: [], fingerprint: pair.fingerprint, file: 'x.json', certFile: 'x.pem' })).toEqual({ recorded: [pair.fingerprint] });
    const mixed = certificatesAfterSeal({ existing, sealed: { 'a/b': { k: 'OLD', l: 'NEW' } }, made: 1, certificates: [pair.fingerprint], fingerprint: other.fingerprint, file: 'x.json', certFile: 'x.pem' });
    expect(mixed.recorded).toEqual([pair.fingerprint, other.fingerprint]);
    expect(mixed.warning).toContain(`x.json holds values sealed for certificate ${pair.fingerprint}; the new values are sealed for x.pem, certificate ${other.fingerprint}`);
    // Everything sealed anew: only the new certificate is left.
    expect(certificatesAfterSeal({ existing, sealed: { 'a/b': { k: 'NEW' } }, made: 1, certificates: [pair.fingerprint], fingerprint: other.fingerprint, file: 'x.json', certFile: 'x.pem' })).toEqual({ recorded: [other.fingerprint] });

    // The file keeps them apart from the values, and synth warns when the committed certificate is not one of them.
    const dir = path.join(scratch, 'sync');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'staging.json'), formatSealed(existing, [pair.fingerprint]));
    expect(parseSealedFile(fs.readFileSync(path.join(dir, 'staging.json'), 'utf8'), 'staging.json')).toEqual({ values: existing, certificates: [pair.fingerprint] });
    fs.writeFileSync(path.join(dir, 'staging.pem'), pair.certificatePem);
    expect(sealingCertificateWarning('staging', dir)).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'staging.pem'), other.certificatePem);
    expect(sealingCertificateWarning('staging', dir)).toBe(
      `staging: config/sealed/staging.json was sealed for certificate ${pair.fingerprint}, but config/sealed/staging.pem is ${other.fingerprint}; ` +
        'a controller holding only the key of staging.pem cannot unseal those values.\n' +
        '  if staging.pem is right, seal everything again for it: delete config/sealed/staging.json and run npm run seal -- --env staging',
    );
  });
});

describe('generated, not typed', () => {
  // Every secret prod declares at phase 3 (what a new environment copied from prod needs).
  let declared: readonly DeclaredSecret[] = [];
  beforeAll(() => {
    declared = buildEnvironment(parseConfig({ ...ENVIRONMENTS.prod, phase: 3 }, 'prod at phase 3'), { sealed: {} }).common.secretCatalog.declared;
  });
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

  test('the seal command asks a person only for what only a person knows', () => {
    const asked = inputsNeeded(planSeal(declared, {})).map((i) => i.id);
    // The organisation's CA key pair (tls.issuer: ca) and what reaches people outside the platform.
    expect(asked.filter((id) => !/^cert-manager\/platform-ca:|^monitoring\/alertmanager-/.test(id))).toEqual([]);
    expect(asked).toEqual(expect.arrayContaining(['cert-manager/platform-ca:tls.crt', 'cert-manager/platform-ca:tls.key']));
  });

  test('Fernet keys and MinIO root credentials are made by the seal command, unless given', () => {
    const airflow = declared.find((s) => s.name === 'airflow-keys')!;
    const minio = declared.find((s) => s.namespace === 'minio' && s.name.endsWith('-env-configuration'))!;
    const only = [airflow, minio] as DeclaredSecret[];
    const result = sealSecrets({ declared: only, existing: {}, publicKey });
    const open = (secret: DeclaredSecret, key: string): string => unsealValue(privateKey, secret.namespace, secret.name, result.sealed[`${secret.namespace}/${secret.name}`][key]).toString('utf8');
    expect(Buffer.from(open(airflow, 'fernet-key'), 'base64url')).toHaveLength(32);
    expect(open(airflow, 'fernet-key')).toMatch(/^[A-Za-z0-9_-]{43}=$/);
    expect(open(minio, 'config.env')).toMatch(/^export MINIO_ROOT_USER="[A-Za-z0-9]{20}"\nexport MINIO_ROOT_PASSWORD="[A-Za-z0-9]{40}"\n$/);
    expect(result.report).toContain(
      `sealed ${minio.namespace}/${minio.name}:config.env (generated, MINIO_ROOT_USER 20 alphanumeric characters (119 bits), MINIO_ROOT_PASSWORD 40 alphanumeric characters (238 bits))`,
    );
    // A value given for a key a machine could make is used as given.
    const given = sealSecrets({ declared: only, existing: {}, publicKey, inputs: new Map([[`airflow/airflow-keys:fernet-key`, 'GIVEN-FERNET-KEY']]) });
    expect(unsealValue(privateKey, 'airflow', 'airflow-keys', given.sealed['airflow/airflow-keys']['fernet-key']).toString()).toBe('GIVEN-FERNET-KEY');
    expect(given.report).toContain('sealed airflow/airflow-keys:fernet-key (given)');
  });
});

describe('the command lines', () => {
  const scripts = fs.readdirSync(path.join(ROOT, 'scripts')).sort();
  const commandOf = (file: string): string => file.replace(/\.(ts|mjs|sh)$/, '');

  test('every TypeScript command answers --help from scripts/usage.ts, imported before anything heavy', () => {
    const ts = scripts.filter((f) => f.endsWith('.ts') && f !== 'usage.ts');
    const own = ts.filter((f) => /^import (\{ USAGES \} from )?'\.\/usage';$/m.test(fs.readFileSync(path.join(ROOT, 'scripts', f), 'utf8').split('\n').find((l) => l.startsWith('import ')) ?? ''));
    // A command that answers --help on its own says so in its source (and is run below).
    const others = ts.filter((f) => !own.includes(f));
    expect(others.filter((f) => !/'--help'/.test(fs.readFileSync(path.join(ROOT, 'scripts', f), 'utf8')))).toEqual([]);
    for (const f of own) expect([f, USAGES[commandOf(f)]?.startsWith('usage: ')]).toEqual([f, true]);
    expect(fs.readFileSync(path.join(ROOT, 'main.ts'), 'utf8').split('\n').find((l) => l.startsWith('import '))).toBe("import './scripts/usage';");
    expect(USAGES.seal).toContain(`RSA ${SEALING_KEY_BITS}`);
    expect(USAGES.report).toContain('npm run -s report -- --json');
  });

  test('--help exits 0 with the usage, for the commands that are not TypeScript and one that is', () => {
    const runs: Array<[string, string[]]> = [
      ['main.ts', [process.execPath, ...npmCommand('synth')[1]]],
      ...scripts.filter((f) => f.endsWith('.mjs')).map((f): [string, string[]] => [f, ['node', path.join('scripts', f)]]),
      ...scripts.filter((f) => f.endsWith('.sh')).map((f): [string, string[]] => [f, ['bash', path.join('scripts', f)]]),
    ];
    for (const [name, [command, ...args]] of runs) {
      const run = spawnSync(command, [...args, '--help'], { cwd: ROOT, encoding: 'utf8' });
      expect([name, run.status, run.stdout.split('\n')[0]]).toEqual([name, 0, expect.stringMatching(/^usage: /)]);
    }
  });

  test('report --json writes the JSON document and nothing else', () => {
    const out = reportOutput(['--json'], { LAKEPLANE_ENV: 'prod' });
    expect(Object.keys(JSON.parse(out))).toEqual(['prod']);
    expect(() => reportOutput(['--jsn'], {})).toThrow('unknown argument --jsn; usage: npm run report [-- --json]');
  });

  test('warnings name the real output folder; a long list is one item per line', () => {
    const report = environmentReport(buildEnvironment(parseConfig(ENVIRONMENTS.prod, 'prod'), { sealed: {} }));
    expect(checkCapacity(report, 'out/prod/')[0]).toMatch(/^prod: over-commit accepted \(capacity.allowOvercommit\), see out\/prod\/REPORT.md:\n  /);
    const declared = (name: string): DeclaredSecret => ({ component: 'x', namespace: 'x', name, keys: { k: { input: 'k' } }, readers: [], description: '' });
    expect(missingSecretsMessage('prod', [{ secret: declared('a'), key: 'k' }, { secret: declared('b'), key: 'k' }])).toBe(
      'prod: 2 secret(s) have no sealed value:\n  - x/a (k)\n  - x/b (k)\n  run: npm run seal -- --env prod \\\n         --from-file x/a:k=<path> \\\n         --from-file x/b:k=<path>',
    );
  });
});

describe('scripts/import-crds.sh', () => {
  const tree = (dir: string): string => fs.readdirSync(dir).sort().map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`).join('\n');

  test('checks its whole input before touching anything, and names what is missing', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-crds-'));
    try {
      fs.mkdirSync(path.join(scratch, 'cert-manager.io'));
      fs.copyFileSync(path.join(ROOT, 'policy', 'crd-schemas', 'cert-manager.io_Certificate.json'), path.join(scratch, 'cert-manager.io', 'certificate.yaml'));
      const before = [tree(path.join(ROOT, 'imports')), tree(path.join(ROOT, 'policy', 'crd-schemas'))];
      const run = spawnSync('bash', [path.join(ROOT, 'scripts', 'import-crds.sh'), scratch], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^import-crds: \d+ CRD\(s\) not found; nothing was changed:\n  - /);
      expect(run.stderr).toContain(`  - ${path.join(scratch, 'bitnami.com', 'sealedsecret.yaml')}`);
      expect(run.stderr).toContain(`  - ${path.join(scratch, 'argoproj.io', 'application.yaml')}`);
      expect([tree(path.join(ROOT, 'imports')), tree(path.join(ROOT, 'policy', 'crd-schemas'))]).toEqual(before);
      const notAFolder = spawnSync('bash', [path.join(ROOT, 'scripts', 'import-crds.sh'), path.join(scratch, 'nope')], { cwd: ROOT, encoding: 'utf8' });
      expect([notAFolder.status, notAFolder.stderr]).toEqual([1, `import-crds: ${path.join(scratch, 'nope')} is not a folder; nothing was changed\n`]);
      // Its documented modes read cdk8s.yaml's pinned URLs or the folder given, never a sibling checkout.
      expect(fs.readFileSync(path.join(ROOT, 'scripts', 'import-crds.sh'), 'utf8')).not.toContain('../shared');
      // The schema writer refuses the same way before writing.
      const out = path.join(scratch, 'schemas');
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, 'kept.json'), '{}');
      expect(() => writeCrdSchemas(scratch, out)).toThrow(/^no CRD file for \d+ of the \d+ CRDs; nothing was changed:\n  - /);
      expect(fs.readdirSync(out)).toEqual(['kept.json']);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('output hygiene', () => {
  type Placed = { folder: string; o: ReturnType<typeof renderEnvironment>['objects'] extends ReadonlyMap<string, readonly (infer M)[]> ? M : never };
  let all: Placed[] = [];
  let namespaces: Placed[] = [];
  beforeAll(() => {
    const rendered = renderEnvironment(buildEnvironment(parseConfig(ENVIRONMENTS.prod, 'prod'), { sealed: {} }));
    all = [...rendered.objects.entries()].flatMap(([folder, list]) => list.map((o) => ({ folder, o })));
    namespaces = all.filter(({ o }) => o.kind === 'Namespace');
  });

  test('a Namespace has no metadata.namespace, and pins the Pod Security version of the targeted Kubernetes', () => {
    expect(namespaces.length).toBeGreaterThan(10);
    expect(namespaces.filter(({ o }) => o.metadata.namespace !== undefined).map(({ o }) => o.metadata.name)).toEqual([]);
    expect(podSecurityVersion(KUBERNETES_VERSION)).toBe(`v${KUBERNETES_VERSION.split('.').slice(0, 2).join('.')}`);
    expect(podSecurityVersion('1.35')).toBe('v1.35');
    expect(new Set(namespaces.map(({ o }) => (o.metadata.labels as Record<string, string>)['pod-security.kubernetes.io/enforce-version']))).toEqual(new Set([podSecurityVersion()]));
  });

  test('the namespaces of data-holding components are kept from pruning and deletion like their data', () => {
    const holding = new Set(COMPONENTS.filter((c) => c.holdsData !== undefined).map((c) => c.id as string));
    const unprotected = namespaces
      .filter(({ folder }) => holding.has(folder))
      .filter(({ o }) => !/Prune=false,Delete=false/.test(((o.metadata.annotations ?? {}) as Record<string, string>)['argocd.argoproj.io/sync-options'] ?? ''))
      .map(({ o }) => o.metadata.name);
    expect(unprotected).toEqual([]);
    expect(namespaces.some(({ folder }) => holding.has(folder))).toBe(true);
    // The sealing keys' namespace keeps its own reason.
    const sealed = namespaces.find(({ o }) => o.metadata.name === 'sealed-secrets')!.o;
    expect(((sealed.metadata.annotations ?? {}) as Record<string, string>)['lakeplane.io/stateful']).toMatch(/sealing private keys/);
  });

  test('Job and CronJob pod templates carry the standard labels', () => {
    const templates = all.flatMap(({ o }) => {
      const spec = o.spec as { template?: { metadata?: { labels?: Record<string, string> } }; jobTemplate?: { spec: { template: { metadata?: { labels?: Record<string, string> } } } } };
      return o.kind === 'Job' ? [{ o, t: spec.template }] : o.kind === 'CronJob' ? [{ o, t: spec.jobTemplate!.spec.template }] : [];
    });
    expect(templates.length).toBeGreaterThan(2);
    for (const { o, t } of templates) {
      expect([o.metadata.name, t?.metadata?.labels]).toEqual([
        o.metadata.name,
        expect.objectContaining({ 'app.kubernetes.io/part-of': 'lakeplane', 'app.kubernetes.io/component': expect.any(String), 'app.kubernetes.io/name': expect.any(String), 'lakeplane.io/environment': 'prod' }),
      ]);
    }
  });

  test('the first-query Job writes no test table into a production lake; the small profile keeps it', () => {
    const sqlOf = (objects: typeof all): string => (objects.find(({ o }) => o.kind === 'ConfigMap' && o.metadata.name === 'trino-first-query')!.o.data as Record<string, string>)['first-query.sql'];
    expect(sqlOf(all)).not.toContain('test_table');
    expect(sqlOf(all)).toContain('CREATE SCHEMA IF NOT EXISTS iceberg.bronze');
    const small = renderEnvironment(buildEnvironment(parseConfig({ ...ENVIRONMENTS.prod, profile: 'small' }, 'prod, small'), { sealed: {} }));
    expect(sqlOf([...small.objects.entries()].flatMap(([folder, list]) => list.map((o) => ({ folder, o }))))).toContain('CREATE TABLE IF NOT EXISTS iceberg.bronze.test_table');
  });
});

describe('what the tests need is said', () => {
  test('a missing requirement is one line: what, what is skipped, how to get it; npm test prints them first', () => {
    const absent = { what: 'python3', skips: 'the DAG checks', how: 'install Python 3', present: () => false };
    expect(missingRequirements([absent, { ...absent, what: 'x', present: () => true }])).toEqual(['python3 not found: skipping the DAG checks; install Python 3']);
    expect(REQUIREMENTS).toEqual([UPSTREAM_VALUES, PYTHON3]);
    expect(UPSTREAM_VALUES.present()).toBe(fs.existsSync(path.join(ROOT, '..', 'shared', 'schemas', 'helm-values')));
    expect(fs.readFileSync(path.join(ROOT, 'scripts', 'test.ts'), 'utf8')).toContain('missingRequirements()');
    // No test decides on its own, silently, to do nothing.
    // (A check inside a larger test may still depend on them; the note above covers it.)
    const silent = fs
      .readdirSync(path.join(ROOT, 'test'))
      .filter((f) => f.endsWith('.test.ts') && f !== 'first-hour.test.ts')
      .filter((f) => /\(\) => \{\s*if \(!have\w+\)\s*(return;|\{\s*return;\s*\})|\? (test|describe) : (test|describe)\.skip/.test(fs.readFileSync(path.join(ROOT, 'test', f), 'utf8')));
    expect(silent).toEqual([]);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('python3');
    expect(readme).toContain('../shared');
  });
});

describe('npm run bench', () => {
  test('its budget is a cost per environment and per object above the bare start, not a multiple of it', () => {
    expect(warmBudgetMs(150, 2, 1000)).toBe(150 + 2 * BUDGET_MS_PER_ENVIRONMENT + 1000 * BUDGET_MS_PER_OBJECT);
    // Twice the objects, twice their share; a slower start moves the budget by the start only.
    expect(warmBudgetMs(150, 2, 2000) - warmBudgetMs(150, 2, 1000)).toBe(1000 * BUDGET_MS_PER_OBJECT);
    expect(warmBudgetMs(300, 2, 1000) - warmBudgetMs(150, 2, 1000)).toBe(150);
    const source = fs.readFileSync(path.join(ROOT, 'scripts', 'bench.ts'), 'utf8');
    // Progress as it goes, and the measurements the benchmark keeps.
    expect(source).toContain('progress(`${label}');
    for (const label of ['npm run synth, warm', 'npm run synth, into an empty folder', 'node --import tsx main.ts (no bundle)', 'synth, bundle cold (esbuild)', 'synth, render cache cold (helm)']) {
      expect(source).toContain(`'${label}'`);
    }
  });
});

describe('the AppProject permits what the environment uses', () => {
  const projectOf = (input: Parameters<typeof parseConfig>[0]): { sourceRepos: string[]; clusterResourceWhitelist: Array<{ group: string; kind: string }> } => {
    const rendered = renderEnvironment(buildEnvironment(parseConfig(input, 'project'), { sealed: {} }));
    return [...rendered.objects.values()].flat().find((o) => o.kind === 'AppProject')!.spec as never;
  };

  test('the repositories of the charts it installs and the cluster kinds it writes, by backend', () => {
    const sealed = projectOf(ENVIRONMENTS.prod);
    expect(sealed.sourceRepos[0]).toBe(ENVIRONMENTS.prod.gitops.repoURL);
    expect(sealed.sourceRepos).toContain('https://bitnami-labs.github.io/sealed-secrets');
    expect(sealed.sourceRepos).not.toContain('https://charts.external-secrets.io');
    expect(sealed.clusterResourceWhitelist.map((r) => r.kind)).not.toContain('ClusterSecretStore');
    expect(sealed.clusterResourceWhitelist.map((r) => r.kind)).toContain('Namespace');
    const eso = projectOf({ ...ENVIRONMENTS.prod, secrets: { backend: 'external-secrets', store: { provider: 'vault', server: 'https://vault.example.com:8200', path: 'secret', role: 'lakeplane' } } });
    expect(eso.clusterResourceWhitelist).toContainEqual({ group: 'external-secrets.io', kind: 'ClusterSecretStore' });
    expect(eso.sourceRepos).toContain('https://charts.external-secrets.io');
    expect(eso.sourceRepos).not.toContain('https://bitnami-labs.github.io/sealed-secrets');
  });
});
