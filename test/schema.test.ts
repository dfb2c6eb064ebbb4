/**
 * Schema validation: built-in kinds (with unknown fields caught), removed API versions,
 * custom resources against CRD schemas (small CRDs written for these tests), the generated
 * schemas the synth uses, and `npm run validate` over a tree.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crdsInDirectory, dedupeSchema } from '../policy/crd';
import { CRD_SCHEMA_DIR, KubeObject, SchemaValidator } from '../policy/schema';
import { parseArgs, validateTree } from '../scripts/validate';
import { importedCrds } from '../scripts/crd-schemas';
import { npmCommand } from './util';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures');
const fixtureCrds = crdsInDirectory(path.join(FIXTURES, 'crds'));
const validator = new SchemaValidator({ extraCrds: fixtureCrds });

function problems(obj: Record<string, unknown>): string[] {
  return validator.validate(obj as unknown as KubeObject).map((p) => `${p.path}: ${p.message}`);
}

function deployment(): any {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'app', labels: { app: 'web' }, annotations: { note: 'x' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{
            name: 'web',
            image: 'docker.io/library/nginx:1.27.0',
            ports: [{ containerPort: 8080, name: 'http' }],
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } },
            readinessProbe: { httpGet: { path: '/', port: 'http' } },
            env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }],
          }],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
        },
      },
    },
  };
}

describe('built-in kinds', () => {
  test('a valid Deployment passes, maps (labels, requests) included', () => {
    expect(problems(deployment())).toEqual([]);
  });

  test('an unknown field fails wherever it is, instead of vanishing', () => {
    const d = deployment();
    d.spec.replica = 3;
    d.metadata.label = { a: 'b' };
    d.spec.template.spec.containers[0].resource = {};
    d.spec.template.spec.containers[0].ports[0].containerport = 80;
    expect(problems(d).sort()).toEqual([
      '/metadata/label: unknown field "label"',
      '/spec/replica: unknown field "replica"',
      '/spec/template/spec/containers/0/ports/0/containerport: unknown field "containerport"',
      '/spec/template/spec/containers/0/resource: unknown field "resource"',
    ]);
  });

  test('wrong types, bad enums and missing required fields fail', () => {
    const d = deployment();
    d.spec.replicas = 'two';
    d.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes';
    delete d.spec.selector;
    expect(problems(d)).toEqual([
      '/spec: missing required field "selector"',
      '/spec/replicas: must be integer',
      '/spec/template/spec/containers/0/imagePullPolicy: must be one of "Always", "IfNotPresent", "Never"',
    ]);
  });

  test.each([
    ['extensions/v1beta1', 'Ingress', 'extensions/v1beta1 Ingress was removed in Kubernetes 1.22; use networking.k8s.io/v1'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25; use policy/v1'],
    ['batch/v1beta1', 'CronJob', 'batch/v1beta1 CronJob was removed in Kubernetes 1.25; use batch/v1'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 'autoscaling/v2beta2 HorizontalPodAutoscaler was removed in Kubernetes 1.26; use autoscaling/v2'],
    ['extensions/v1beta1', 'Deployment', 'extensions/v1beta1 Deployment was removed in Kubernetes 1.16; use apps/v1'],
    ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole', 'rbac.authorization.k8s.io/v1beta1 ClusterRole was removed in Kubernetes 1.22; use rbac.authorization.k8s.io/v1'],
  ])('removed API %s %s is rejected', (apiVersion, kind, message) => {
    expect(problems({ apiVersion, kind, metadata: { name: 'x', namespace: 'y' } })).toEqual([`/apiVersion: ${message}`]);
  });

  test('a kind Kubernetes does not have is rejected', () => {
    expect(problems({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } })).toEqual([': apps/v1 Deploymnet is not a Kubernetes API kind (unknown kind or version)']);
    expect(problems({ apiVersion: 'apps/v2', kind: 'Deployment', metadata: { name: 'x' } })).toEqual([': apps/v2 Deployment is not a Kubernetes API kind (unknown kind or version)']);
  });

  test('scope: built-in kinds are namespaced unless cluster-scoped', () => {
    expect(validator.isNamespaced('v1', 'ConfigMap')).toBe(true);
    expect(validator.isNamespaced('v1', 'Namespace')).toBe(false);
    expect(validator.isNamespaced('rbac.authorization.k8s.io/v1', 'ClusterRole')).toBe(false);
  });
});

describe('custom resources against their CRD', () => {
  const widget = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): Record<string, unknown> => ({
    apiVersion: 'example.lakeplane.io/v1',
    kind: 'Widget',
    metadata: { name: 'w', namespace: 'app', ...metadata },
    spec,
  });

  test('CRD files are found in any layout, non-CRD documents ignored', () => {
    expect(fixtureCrds.map((c) => `${c.group}/${c.kind} ${c.scope} ${Object.keys(c.versions).join(',')}`)).toEqual([
      'example.lakeplane.io/Gadget Cluster v1',
      'example.lakeplane.io/Widget Namespaced v1',
    ]);
  });

  test('a valid resource passes; int-or-string, nullable, free-form and maps accept what the CRD allows', () => {
    expect(problems(widget({ size: 2, mode: 'fast', port: 'http', note: null, extra: { any: { thing: [1] } }, labels: { a: 'b' } }))).toEqual([]);
    expect(problems(widget({ size: 2, port: 8080 }))).toEqual([]);
  });

  test('unknown fields, bad enums, bad types and missing required fields fail', () => {
    expect(problems(widget({ size: 0, mode: 'slow', colour: 'red', labels: { a: 1 } }, { labelz: {} }))).toEqual([
      '/spec: unknown field "colour"',
      '/spec/size: must be >= 1',
      '/spec/mode: must be one of "fast", "safe"',
      '/spec/labels/a: must be string',
      '/metadata/labelz: unknown field "labelz"',
    ]);
    expect(problems(widget({ mode: 'fast' }))).toEqual(['/spec: missing required field "size"']);
    expect(problems({ ...widget({ size: 1 }), status: { ready: true }, extra: 1 })).toEqual([': unknown field "status"', ': unknown field "extra"']);
  });

  test('a version the CRD no longer serves is rejected, naming the served ones', () => {
    expect(problems({ ...widget({ size: 1 }), apiVersion: 'example.lakeplane.io/v1alpha1' })).toEqual([
      '/apiVersion: example.lakeplane.io/v1alpha1 Widget is not served by its CRD; served versions: v1',
    ]);
  });

  test('a custom resource without a CRD schema fails and says how to add one', () => {
    expect(problems({ apiVersion: 'example.lakeplane.io/v1', kind: 'Doohickey', metadata: { name: 'x' } })).toEqual([
      ': no CRD schema for example.lakeplane.io/v1 Doohickey: add the CRD to cdk8s.yaml imports and run scripts/import-crds.sh (or pass --crds DIR to npm run validate)',
    ]);
  });

  test('scope comes from the CRD', () => {
    expect(validator.isNamespaced('example.lakeplane.io/v1', 'Gadget')).toBe(false);
    expect(validator.isNamespaced('example.lakeplane.io/v1', 'Widget')).toBe(true);
    expect(validator.isNamespaced('example.lakeplane.io/v1', 'Doohickey')).toBeUndefined();
  });

  test('repeated sub-schemas are shared, not compiled twice', () => {
    const big = { type: 'object', properties: { a: { type: 'string', description: 'x'.repeat(300) } } };
    const deduped = dedupeSchema({ type: 'object', properties: { one: big, two: big } });
    const props = deduped.properties as Record<string, { $ref: string }>;
    expect(props.one.$ref).toMatch(/^#\/definitions\/d[0-9a-f]{12}$/);
    expect(props.two).toEqual(props.one);
    expect(Object.keys(deduped.definitions as object)).toContain(props.one.$ref.split('/').pop());
  });
});

describe('the generated CRD schemas the synth uses', () => {
  const generated = fs.readdirSync(CRD_SCHEMA_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

  test('every CRD the project imports has its generated schema and validator, and nothing else is there', () => {
    const wanted = importedCrds(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8'));
    const have = generated.map((g) => g.toLowerCase()).sort();
    expect(have).toEqual(wanted.map((w) => w.toLowerCase()).sort());
    for (const g of generated) {
      expect(fs.existsSync(path.join(CRD_SCHEMA_DIR, `${g}.js`))).toBe(true);
    }
  });

  test('the generated validators are strict too', () => {
    const shared = new SchemaValidator();
    const cluster = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'db', namespace: 'app' }, spec: { instances: 2, storage: { size: '1Gi', storageClas: 'x' } } };
    expect(shared.validate(cluster as unknown as KubeObject)).toEqual([{ path: '/spec/storage', message: 'unknown field "storageClas"' }]);
  });
});

describe('npm run validate', () => {
  const tree = path.join(FIXTURES, 'dist');

  test('validates every manifest of a tree with extra CRDs, like kubeconform', () => {
    const result = validateTree(tree, fixtureCrds);
    expect(result.files).toBe(2);
    expect(result.objects).toBe(3);
    expect(result.problems.map((p) => `${p.file}: ${p.object}: ${p.path}: ${p.message}`)).toEqual([
      'dev/widgets/deployment-bad.yaml: Deployment widgets/bad: /spec/template/spec/containers/0/resourcez: unknown field "resourcez"',
      'dev/widgets/deployment-bad.yaml: PodDisruptionBudget widgets/bad: /apiVersion: policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25; use policy/v1',
    ]);
  });

  test('a file held by two environments byte for byte is read once and its problems are told for both', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-validate-'));
    for (const env of ['dev', 'prod']) {
      fs.mkdirSync(path.join(copy, env, 'widgets'), { recursive: true });
      fs.copyFileSync(path.join(tree, 'dev', 'widgets', 'deployment-bad.yaml'), path.join(copy, env, 'widgets', 'deployment-bad.yaml'));
    }
    const result = validateTree(copy, fixtureCrds);
    expect([result.files, result.objects]).toEqual([2, 4]);
    expect(result.problems.map((p) => `${p.file}: ${p.object}`)).toEqual([
      'dev/widgets/deployment-bad.yaml: Deployment widgets/bad',
      'dev/widgets/deployment-bad.yaml: PodDisruptionBudget widgets/bad',
      'prod/widgets/deployment-bad.yaml: Deployment widgets/bad',
      'prod/widgets/deployment-bad.yaml: PodDisruptionBudget widgets/bad',
    ]);
    fs.rmSync(copy, { recursive: true, force: true });
  });

  test('without the CRD, the custom resource has no schema', () => {
    const result = validateTree(tree);
    expect(result.problems.map((p) => p.object)).toContain('Widget widgets/good');
  });

  test('arguments: repeated --crds, one directory, dist by default', () => {
    expect(parseArgs(['--crds', 'a', '--crds=b', 'out'])).toEqual({ crdDirs: ['a', 'b'], root: 'out' });
    expect(parseArgs([])).toEqual({ crdDirs: [], root: 'dist' });
    expect(() => parseArgs(['--strict'])).toThrow('unknown option --strict; usage: npm run validate -- [--crds DIR]... [DIR]');
  });

  test('the command prints each problem and a summary, and exits 1', () => {
    const run = spawnSync(...npmCommand('validate', ['--crds', path.join(FIXTURES, 'crds'), tree]), { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('dev/widgets/deployment-bad.yaml: Deployment widgets/bad: /spec/template/spec/containers/0/resourcez: unknown field "resourcez"');
    expect(run.stdout).toMatch(/validated 3 object\(s\) in 2 file\(s\) under .*fixtures\/dist \(with 2 CRD\(s\) from .*fixtures\/crds\): 2 problem\(s\)\n$/);
  });
});

describe('npm run validate over dist/', () => {
  test('every manifest file of every environment is valid, and the bootstrap values are not taken for a manifest', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validateTree } = require('../scripts/validate') as typeof import('../scripts/validate');
    const result = validateTree(require('path').join(__dirname, '..', 'dist'));
    expect(result.problems).toEqual([]);
    expect(result.objects).toBeGreaterThan(500);
  });
});
