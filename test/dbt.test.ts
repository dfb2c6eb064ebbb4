/**
 * The dbt project (dbt/) and the dbt component. dbt itself cannot be installed on the build
 * machines (no Python package index), so the project is checked structurally, the way dbt
 * would refuse it: every ref() and source() resolves, every model has its schema entry with
 * column tests, every source has freshness, only the Jinja lakeplane's models use appears
 * in them, and every model and singular test is SQL that a Trino-dialect parser
 * (node-sql-parser) accepts once refs and sources are written as the tables they become.
 * The component's side: the profile matches the Trino handle, the pod the DAG launches is
 * restricted, and the DAG reads the pod where the component writes it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Parser } from 'node-sql-parser';
import { parse } from 'yaml';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { DBT, DBT_RUN_CONFIGMAP, DbtChart } from '../charts/dbt/chart';
import { TrinoChart } from '../charts/trino/chart';
import { DEFAULT_ACCESS_RULES, TRANSFORM_USER, accessControlRules } from '../charts/trino/server-config';
import { checkPolicies } from '../policy/check';
import { field } from './util';

const ROOT = path.join(__dirname, '..');
const PROJECT = path.join(ROOT, 'dbt');

interface Project {
  /** model name -> { file, schema, sql } */
  readonly models: Map<string, { file: string; schema: string; sql: string }>;
  readonly tests: Map<string, string>;
  /** `source.table` -> schema */
  readonly sources: Map<string, { schema: string; freshness: boolean }>;
  /** model name -> its schema entry */
  readonly docs: Map<string, { name: string; description?: string; columns?: Array<{ name: string; data_tests?: unknown[] }> }>;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function loadProject(root: string): Project {
  const project = parse(fs.readFileSync(path.join(root, 'dbt_project.yml'), 'utf8')) as { name: string; models: Record<string, Record<string, { '+schema'?: string }>> };
  const folders = project.models[project.name];
  const models = new Map<string, { file: string; schema: string; sql: string }>();
  const docs: Project['docs'] = new Map();
  const sources: Project['sources'] = new Map();
  for (const file of walk(path.join(root, 'models'))) {
    const folder = path.relative(path.join(root, 'models'), file).split(path.sep)[0];
    if (file.endsWith('.sql')) {
      models.set(path.basename(file, '.sql'), { file, schema: folders[folder]?.['+schema'] ?? 'staging', sql: fs.readFileSync(file, 'utf8') });
    } else if (file.endsWith('.yml')) {
      const doc = parse(fs.readFileSync(file, 'utf8')) as { models?: Array<{ name: string }>; sources?: Array<{ name: string; schema: string; freshness?: unknown; loaded_at_field?: string; tables: Array<{ name: string }> }> };
      for (const m of doc.models ?? []) docs.set(m.name, m);
      for (const s of doc.sources ?? []) for (const t of s.tables) sources.set(`${s.name}.${t.name}`, { schema: s.schema, freshness: Boolean(s.freshness && s.loaded_at_field) });
    }
  }
  const tests = new Map(walk(path.join(root, 'tests')).filter((f) => f.endsWith('.sql')).map((f) => [path.basename(f, '.sql'), fs.readFileSync(f, 'utf8')] as const));
  return { models, tests, sources, docs };
}

const JINJA = /\{\{\s*(ref|source)\(([^)]*)\)\s*\}\}/g;

/** Problems dbt would stop on, and the SQL with refs and sources written as tables. */
function check(project: Project): { problems: string[]; rendered: Map<string, string> } {
  const problems: string[] = [];
  const rendered = new Map<string, string>();
  const parser = new Parser();
  const render = (name: string, sql: string): string => {
    const out = sql.replace(JINJA, (_all, fn: string, args: string) => {
      const parts = [...args.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      if (fn === 'ref') {
        const model = project.models.get(parts[0]);
        if (!model) problems.push(`${name}: ref('${parts[0]}') is no model`);
        return `iceberg.${model?.schema ?? 'missing'}.${parts[0]}`;
      }
      const source = project.sources.get(`${parts[0]}.${parts[1]}`);
      if (!source) problems.push(`${name}: source('${parts[0]}', '${parts[1]}') is not declared`);
      return `iceberg.${source?.schema ?? 'missing'}.${parts[1]}`;
    });
    if (/\{\{|\{%/.test(out)) problems.push(`${name}: uses Jinja beyond ref() and source()`);
    try {
      parser.astify(out.replace(/--[^\n]*/g, ''), { database: 'trino' });
    } catch (err) {
      problems.push(`${name}: not Trino SQL: ${(err as Error).message.split('\n')[0]}`);
    }
    rendered.set(name, out);
    return out;
  };
  for (const [name, model] of project.models) {
    render(name, model.sql);
    const doc = project.docs.get(name);
    if (!doc?.description) problems.push(`${name}: no schema entry with a description`);
    if (!(doc?.columns ?? []).some((c) => (c.data_tests ?? []).length > 0)) problems.push(`${name}: no column test`);
  }
  for (const [name, sql] of project.tests) render(`tests/${name}`, sql);
  for (const [name, source] of project.sources) if (!source.freshness) problems.push(`source ${name}: no freshness (loaded_at_field and freshness)`);
  for (const name of project.docs.keys()) if (!project.models.has(name)) problems.push(`${name}: documented but no model`);
  return { problems, rendered };
}

describe('the dbt project', () => {
  const project = loadProject(PROJECT);

  it('has staging models over bronze and silver, marts in gold, singular tests, and nothing dbt would stop on', () => {
    expect([...project.models.values()].map((m) => m.schema).sort()).toEqual(['gold', 'gold', 'gold', 'staging', 'staging', 'staging']);
    expect([...project.sources.keys()].sort()).toEqual(['bronze.events', 'bronze.orders', 'silver.events']);
    expect(project.tests.size).toBeGreaterThanOrEqual(3);
    expect(check(project).problems).toEqual([]);
  });

  it('declares bronze.orders with the columns the csv_to_bronze DAG creates it with (dags/lakeplane/datasets.py)', () => {
    const datasets = fs.readFileSync(path.join(ROOT, 'dags', 'lakeplane', 'datasets.py'), 'utf8');
    const declared = [...(/^\s+"orders": \(([^)]*)\)/m.exec(datasets)?.[1] ?? '').matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
    expect(declared).toContain('order_id');
    const sources = parse(fs.readFileSync(path.join(PROJECT, 'models', 'staging', 'sources.yml'), 'utf8')) as { sources: Array<{ name: string; tables: Array<{ name: string; columns: Array<{ name: string }> }> }> };
    const orders = sources.sources.find((s) => s.name === 'bronze')!.tables.find((t) => t.name === 'orders')!;
    // The DAG's CREATE TABLE adds the two lineage columns (dags/lakeplane/sql.py create_table_sql).
    expect(orders.columns.map((c) => c.name)).toEqual([...declared, '_source_file', '_loaded_at']);
    // stg_orders reads only columns bronze.orders has.
    const ast = new Parser().astify(project.models.get('stg_orders')!.sql.replace(JINJA, 'iceberg.bronze.orders').replace(/--[^\n]*/g, ''), { database: 'trino' });
    const read = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const n = node as { type?: string; column?: unknown };
        if (n.type === 'column_ref') read.add(typeof n.column === 'string' ? n.column : (n.column as { expr: { value: string } }).expr.value);
        Object.values(node).forEach(walk);
      }
    };
    walk((ast as unknown as { columns: unknown }).columns);
    expect([...read].sort()).toEqual([...declared, '_source_file', '_loaded_at'].sort());
  });

  it('catches an unknown ref, an undeclared source, a model without tests, and SQL that is not Trino\'s', () => {
    const broken: Project = {
      ...project,
      models: new Map([
        ...project.models,
        ['bad_ref', { file: 'x', schema: 'gold', sql: "select * from {{ ref('nowhere') }}" }],
        ['bad_source', { file: 'x', schema: 'gold', sql: "select * from {{ source('bronze', 'refunds') }}" }],
        ['bad_sql', { file: 'x', schema: 'gold', sql: 'selec count(* from x' }],
      ]),
    };
    const { problems } = check(broken);
    expect(problems).toEqual(expect.arrayContaining([
      "bad_ref: ref('nowhere') is no model",
      "bad_source: source('bronze', 'refunds') is not declared",
      'bad_ref: no schema entry with a description',
      expect.stringMatching(/^bad_sql: not Trino SQL/),
    ]));
  });
});

describe('the dbt component at phase 2', () => {
  const build = buildEnvironment(loadEnvironment('prod', 2));
  const rendered = renderEnvironment(build);
  const dbt = build.charts.get(DBT)!.find((c): c is DbtChart => c instanceof DbtChart)!;
  const trino = build.charts.get('trino')!.find((c): c is TrinoChart => c instanceof TrinoChart)!;

  it('writes a profile for the Trino handle: HTTPS inside the cluster, the platform CA, the dbt service user with a password from a Secret', () => {
    const profile = (parse(dbt.profiles) as { lakehouse: { outputs: { platform: Record<string, unknown> } } }).lakehouse.outputs.platform;
    expect(profile).toMatchObject({ type: 'trino', method: 'ldap', host: trino.handle.host, port: trino.handle.port, http_scheme: 'https', user: trino.handle.transformUser, database: 'iceberg' });
    expect(profile.password).toBe("{{ env_var('DBT_TRINO_PASSWORD') }}");
    expect(String(profile.cert)).toMatch(/^\/etc\/platform-ca\//);
  });

  it('defines a restricted pod the gate accepts, with the password and the object-store key from Secrets of its namespace', () => {
    const pod = dbt.pod as { spec: { containers: Array<{ env: Array<{ name: string; valueFrom?: unknown; value?: string }> }> } };
    const { violations } = checkPolicies([{ folder: DBT, obj: pod as never }], { isNamespaced: () => true, externalNamespaces: [DBT] });
    expect(violations).toEqual([]);
    const env = Object.fromEntries(pod.spec.containers[0].env.map((e) => [e.name, e.valueFrom ?? e.value]));
    expect(env.DBT_TRINO_PASSWORD).toEqual({ secretKeyRef: { name: 'trino-dbt', key: 'password' } });
    expect(env.AWS_ACCESS_KEY_ID).toMatchObject({ secretKeyRef: { key: 'accessKey' } });
    const secrets = (rendered.objects.get(DBT) ?? []).filter((o) => o.kind === 'SealedSecret').map((o) => o.metadata.name).sort();
    expect(secrets).toEqual(['dbt-s3', 'trino-dbt']);
  });

  it('lets only Airflow\'s task ServiceAccount launch it, and the DAG reads the pod where the component writes it', () => {
    const binding = (rendered.objects.get(DBT) ?? []).find((o) => o.kind === 'RoleBinding')!;
    expect(field(binding, 'subjects')).toEqual([{ kind: 'ServiceAccount', name: 'airflow-worker', namespace: 'airflow' }]);
    const dag = fs.readFileSync(path.join(ROOT, 'dags', 'dbt_build.py'), 'utf8');
    expect(/^DBT_NAMESPACE = "([^"]+)"$/m.exec(dag)?.[1]).toBe(DBT);
    expect(/^DBT_RUN_CONFIGMAP = "([^"]+)"$/m.exec(dag)?.[1]).toBe(DBT_RUN_CONFIGMAP);
    const run = (rendered.objects.get(DBT) ?? []).find((o) => o.kind === 'ConfigMap' && o.metadata.name === DBT_RUN_CONFIGMAP)!;
    expect(parse(field(run, 'data')['pod.yaml'])).toEqual(JSON.parse(JSON.stringify(dbt.pod)));
    // The DAG is scheduled where dbt is built (the airflow component sets its schedule), and not where it is not.
    const airflowValues = (objects: ReturnType<typeof renderEnvironment>): string => JSON.stringify((objects.objects.get('airflow') ?? []).find((o) => o.kind === 'Application'));
    expect(airflowValues(rendered)).toContain('"name":"AIRFLOW_VAR_DBT_SCHEDULE","value":"0 5 * * *"');
    expect(airflowValues(renderEnvironment(buildEnvironment(loadEnvironment('prod', 1))))).not.toContain('AIRFLOW_VAR_DBT_SCHEDULE');
  });

  it('gives dbt read access to bronze and silver and writes only in its own schemas', () => {
    const rules = accessControlRules(DEFAULT_ACCESS_RULES, ['iceberg', 'system']);
    const dbtTables = rules.tables.filter((r) => r.user === TRANSFORM_USER);
    expect(dbtTables).toEqual([
      { user: 'dbt', catalog: 'iceberg', schema: 'bronze|silver', privileges: ['SELECT'] },
      expect.objectContaining({ user: 'dbt', catalog: 'iceberg', schema: 'staging|gold' }),
    ]);
    expect(dbt.handle.schemas.join('|')).toBe(dbtTables[1].schema);
  });
});
