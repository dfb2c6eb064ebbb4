/**
 * Whole-platform tests: every environment at every phase synthesizes; output is
 * deterministic; dist/ is what a fresh synth writes; the GitOps objects state the intent.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { PHASES } from '../config/schema';
import { COMPONENTS } from '../charts/registry';
import { loadEnvironment, synthConfig, synthEnvironments } from '../lib/synth';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { field, findObject } from './util';

const ROOT = path.join(__dirname, '..');
const envNames = Object.keys(ENVIRONMENTS);

describe.each(envNames)('environment %s', (env) => {
  // The gate over every environment and phase is the gate, simulation and API-server tests'
  // business; here the build alone, for which components each phase generates.
  test.each(PHASES.map((p) => [p]))('phase %i builds its components and the GitOps objects', (phase) => {
    const build = buildEnvironment(loadEnvironment(env, phase));
    const result = { build, rendered: renderEnvironment(build) };
    const ids = result.build.components.map((c) => c.id);
    // Exactly the registered components of that phase or lower that the config enables.
    for (const id of ids) {
      expect(COMPONENTS.find((c) => c.id === id)!.phase).toBeLessThanOrEqual(phase);
    }
    expect(result.rendered.objects.get('gitops')!.length).toBeGreaterThanOrEqual(3);
  });
});

/** One synthesis of every environment, shared by the determinism and dist/ checks. */
let first: ReturnType<typeof synthEnvironments> | undefined;
const synthOnce = (): ReturnType<typeof synthEnvironments> => (first = first ?? synthEnvironments(envNames));

describe('determinism', () => {
  test('two synths give the same bytes', () => {
    const a = synthOnce();
    const b = synthEnvironments(envNames);
    for (let i = 0; i < a.length; i++) {
      expect([...b[i].rendered.files.entries()]).toEqual([...a[i].rendered.files.entries()]);
    }
  });
});

describe('dist/ is committed and current', () => {
  test('every file a fresh synth writes is in dist/ with the same content, and nothing else is', () => {
    for (const result of synthOnce()) {
      const root = path.join(ROOT, 'dist', result.rendered.env);
      const onDisk = listFiles(root);
      const fresh = [...result.rendered.files.keys()].sort();
      expect(onDisk).toEqual(fresh);
      for (const [rel, content] of result.rendered.files) {
        expect(`${rel}:\n${fs.readFileSync(path.join(root, rel), 'utf8')}`).toBe(`${rel}:\n${content}`);
      }
    }
  });
});

describe('GitOps objects', () => {
  // The shared synthesis's prod: the environment as synth writes it.
  const prod = synthOnce().find((result) => result.rendered.env === 'prod')!;
  const argocd = prod.rendered.objects.get('gitops')!;

  test('the AppProject is the environment\'s own, never default', () => {
    const project = findObject(argocd, 'AppProject');
    expect(project.metadata.name).toBe('lakeplane-prod');
    expect(field(project, 'spec.sourceRepos')[0]).toBe('https://git.example.com/platform/lakeplane-gitops.git');
    expect(field(project, 'spec.clusterResourceWhitelist')).toContainEqual({ group: '', kind: 'Namespace' });
  });

  test('the root app syncs the environment\'s gitops folder and does not cascade', () => {
    const root = findObject(argocd, 'Application', 'prod-root');
    expect(field(root, 'spec.source.path')).toBe('dist/prod/gitops');
    expect(field(root, 'spec.project')).toBe('lakeplane-prod');
    expect(root.metadata.finalizers).toBeUndefined();
    expect(field(root, 'spec.syncPolicy.automated')).toEqual({ prune: true, selfHeal: true });
    expect(field(root, 'spec.syncPolicy.retry.limit')).toBe(10);
  });

  test('the ApplicationSet yields one Application per component folder, each with its namespace, ordered by wave', () => {
    const appset = findObject(argocd, 'ApplicationSet');
    const elements: Array<{ component: string; namespace: string }> = field(appset, 'spec.generators.0.list.elements');
    expect(elements.map((e) => e.component)).toEqual(prod.build.components.map((c) => c.id));
    expect(elements.find((e) => e.component === 'trino')).toEqual({ component: 'trino', namespace: 'trino' });
    // Only namespaces the project permits (ArgoCD refuses any other, and an empty one).
    const permitted = (field(findObject(argocd, 'AppProject'), 'spec.destinations') as Array<{ namespace: string }>).map((d) => d.namespace);
    for (const e of elements) {
      expect(permitted).toContain(e.namespace);
    }
    expect(field(appset, 'spec.template.spec.destination')).toEqual({ server: 'https://kubernetes.default.svc', namespace: '{{.namespace}}' });
    expect(field(appset, 'spec.template.spec.source.path')).toBe('dist/prod/{{.component}}');
    expect(field(appset, 'spec.template.spec.syncPolicy.automated')).toEqual({ prune: true, selfHeal: true });
    expect(field(appset, 'spec.syncPolicy.preserveResourcesOnDeletion')).toBe(true);
    const steps: Array<{ matchExpressions: Array<{ values: string[] }> }> = field(appset, 'spec.strategy.rollingSync.steps');
    const stepOf = (id: string): number => steps.findIndex((s) => s.matchExpressions[0].values.includes(id));
    for (const spec of prod.build.components) {
      for (const dep of spec.dependsOn(prod.build.config)) {
        expect(stepOf(dep)).toBeLessThan(stepOf(spec.id));
      }
    }
    const listed = steps.flatMap((s) => s.matchExpressions[0].values).sort();
    expect(listed).toEqual(prod.build.components.map((c) => c.id).sort());
  });

  test('applications mode writes one Application per component with sync waves', () => {
    const config = loadEnvironment('prod');
    const result = synthConfig({ ...config, gitops: { ...config.gitops, mode: 'applications' } });
    const objs = result.rendered.objects.get('gitops')!;
    expect(objs.find((o) => o.kind === 'ApplicationSet')).toBeUndefined();
    for (const spec of result.build.components) {
      const app = findObject(objs, 'Application', `prod-${spec.id}`);
      expect(field(app, 'metadata.annotations')['argocd.argoproj.io/sync-wave']).toBe(String(result.build.waves.get(spec.id)));
      expect(field(app, 'spec.source.path')).toBe(`dist/prod/${spec.id}`);
    }
  });
});

describe('the synth command', () => {
  // What npm run synth runs: main.ts from its bundle (scripts/launch.mjs).
  const tsx = [path.join(ROOT, 'scripts', 'launch.mjs'), 'main.ts'];

  test('writes each environment under CDK8S_OUTDIR and prints a table', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-'));
    const stdout = execFileSync('node', tsx, { cwd: ROOT, env: { ...process.env, CDK8S_OUTDIR: out, LAKEPLANE_ENV: 'prod' }, encoding: 'utf8' });
    expect(stdout).toMatch(/^environment\s+phase\s+components\s+objects\s+files\s+written to/);
    expect(stdout).toContain(`prod         1`);
    expect(fs.existsSync(path.join(out, 'prod', 'gitops'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'dev'))).toBe(false);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('a failed run exits 1, says why and leaves the previous output byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-'));
    fs.mkdirSync(path.join(out, 'prod'));
    fs.writeFileSync(path.join(out, 'prod', 'marker.yaml'), 'previous\n');
    const run = spawnSync('node', tsx, { cwd: ROOT, env: { ...process.env, CDK8S_OUTDIR: out, LAKEPLANE_PHASE: '7' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('LAKEPLANE_PHASE: phase "7" is not valid; expected 1, 2 or 3');
    expect(fs.readdirSync(out)).toEqual(['prod']);
    expect(fs.readFileSync(path.join(out, 'prod', 'marker.yaml'), 'utf8')).toBe('previous\n');
    fs.rmSync(out, { recursive: true, force: true });
  });
});

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}
