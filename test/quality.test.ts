/**
 * The quality gate (great-expectations, GX Core 1.x). GX cannot be installed on the build
 * machines (no Python package index), so the suites are checked the way GX 1.x would refuse
 * them and the way the tables would: every expectation is a GX 1.x class with the arguments it
 * takes, and every column is one the platform's tables have (suiteProblems, against the
 * CREATE TABLE of the Spark batch and the dbt staging models' select lists, parsed). The
 * document's order examples are checked one by one on staging.stg_orders. Whether a check
 * passes on real data needs GX and Trino, which is where this test stops. The DAG is read as
 * text: the gate runs before the dbt build, and the build runs only after a passed or skipped
 * gate. The results' way to the catalog is checked as far as it goes without OpenMetadata:
 * the action's arguments and connection file, with stand-ins for GX and openmetadata-ingestion
 * (test/images/), the bot token's Secret, its Role and the NetworkPolicies.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { checkPolicies } from '../policy/check';
import { Parser } from 'node-sql-parser';
import { GreatExpectationsChart, QUALITY_NAMESPACE, QUALITY_RUN_CONFIGMAP, orderChecks } from '../charts/great-expectations/chart';
import { GreatExpectationsConfigSchema } from '../charts/great-expectations/config';
import { GX_EXPECTATIONS, Suite, qualitySuites, suiteProblems, TABLE_COLUMNS } from '../charts/great-expectations/suites';
import { DEFAULT_ACCESS_RULES, QUALITY_USER, accessControlRules } from '../charts/trino/server-config';
import { BOT_TOKEN_SECRET, OpenmetadataChart, SHARED_BOT } from '../charts/openmetadata/chart';
import { BUILT_IMAGES, GX_PACKAGES, IMAGES } from '../versions';
import { PYTHON3, describeNeeding } from './support/requirements';

const ROOT = path.join(__dirname, '..');
const build = buildEnvironment(loadEnvironment('prod', 3));
const rendered = renderEnvironment(build);
/** The output columns of a dbt staging model: its select list's aliases (or column names), parsed. */
function modelColumns(model: string): string[] {
  const sql = fs.readFileSync(path.join(ROOT, 'dbt/models/staging', `${model}.sql`), 'utf8').replace(/\{\{[^}]*\}\}/g, 'iceberg.x.y').replace(/--[^\n]*/g, '');
  const ast = new Parser().astify(sql, { database: 'trino' }) as unknown as { columns: Array<{ as: string | null; expr: { column?: string | { expr: { value: string } } } }> };
  return ast.columns.map((c) => c.as ?? (typeof c.expr.column === 'string' ? c.expr.column : c.expr.column!.expr.value));
}
const gate = build.charts.get('great-expectations')!.find((c) => c instanceof GreatExpectationsChart) as GreatExpectationsChart;

describe('the expectation suites', () => {
  it('are valid GX 1.x expectations on columns the platform\'s tables have', () => {
    expect(suiteProblems(gate.suites)).toEqual([]);
    expect(suiteProblems(qualitySuites({ dailyRows: { min: 1, max: 2 }, eventTypes: ['order.created'], orders: orderChecks({ countryCodes: ['DE'] }) }))).toEqual([]);
  });

  it('check keys, timestamps, rows per day and event types on the event tables', () => {
    const classes = gate.suites.filter((s) => s.table !== 'iceberg.staging.stg_orders').flatMap((s) => s.expectations.map((e) => e.class));
    expect(new Set(classes)).toEqual(new Set(['ExpectColumnValuesToNotBeNull', 'ExpectColumnValuesToBeUnique', 'ExpectTableRowCountToBeBetween', 'ExpectColumnValuesToMatchRegex']));
    const silver = gate.suites.find((s) => s.table === 'iceberg.silver.events')!;
    expect(silver.batch).toEqual({ kind: 'daily', column: 'updated_at' });
    expect(silver.expectations).toContainEqual({ class: 'ExpectTableRowCountToBeBetween', kwargs: { min_value: 1000, max_value: 100000 } });
  });

  it('check yesterday\'s orders with every example of the document', () => {
    const orders = gate.suites.find((s) => s.table === 'iceberg.staging.stg_orders')!;
    expect(orders.batch).toEqual({ kind: 'daily', column: 'ordered_at' });
    const e = orders.expectations;
    // Keys and the fields an order needs are present.
    for (const column of ['order_id', 'customer_id', 'email', 'country_code', 'price']) expect(e).toContainEqual({ class: 'ExpectColumnValuesToNotBeNull', kwargs: { column } });
    expect(e).toContainEqual({ class: 'ExpectColumnValuesToBeUnique', kwargs: { column: 'order_id' } });
    expect(e).toContainEqual({ class: 'ExpectColumnValuesToBeBetween', kwargs: { column: 'price', min_value: 0.01, max_value: 1000000 } });
    expect(e).toContainEqual({ class: 'ExpectColumnValuesToBeInSet', kwargs: { column: 'country_code', value_set: ['US', 'CA', 'MX'] } });
    expect(e).toContainEqual({ class: 'ExpectTableRowCountToBeBetween', kwargs: { min_value: 1000, max_value: 100000 } });
    expect(e).toContainEqual({ class: 'ExpectColumnMeanToBeBetween', kwargs: { column: 'price', min_value: 10, max_value: 500 } });
    const regex = e.find((x) => x.class === 'ExpectColumnValuesToMatchRegex' && x.kwargs.column === 'email')!.kwargs.regex as string;
    // The pattern as Trino's regexp_like (Java syntax, a search: hence the anchors) would apply it.
    const email = new RegExp(regex);
    expect(['ana@shop.example', 'a.b+c@x.co.uk'].every((v) => email.test(v))).toBe(true);
    expect(['ana', 'ana@shop', 'a@b@c.de', 'ana @shop.example', '@shop.example'].some((v) => email.test(v))).toBe(false);
  });

  it('take the order figures from the config, and refuse figures that contradict each other, naming the field and the fix', () => {
    const custom = orderChecks({ countryCodes: ['DE', 'AT'], minDailyRows: 10, maxDailyRows: 20, minMeanPrice: 1, maxMeanPrice: 2 });
    expect(custom).toEqual({ countryCodes: ['DE', 'AT'], dailyRows: { min: 10, max: 20 }, meanPrice: { min: 1, max: 2 } });
    expect(() => orderChecks({ minDailyRows: 5000, maxDailyRows: 10 })).toThrow('great-expectations.orders.minDailyRows must be <= orders.maxDailyRows (got 5000 > 10); lower minDailyRows or raise maxDailyRows');
    expect(() => orderChecks({ minMeanPrice: 600 })).toThrow('great-expectations.orders.minMeanPrice must be <= orders.maxMeanPrice (got 600 > 500); lower minMeanPrice or raise maxMeanPrice');
    expect(() => orderChecks({ countryCodes: ['US', 'CA', 'US'] })).toThrow('great-expectations.orders.countryCodes lists US more than once; list each country once');
    const lower = GreatExpectationsConfigSchema.safeParse({ orders: { countryCodes: ['us'] } });
    expect(lower.error!.issues[0]).toMatchObject({ path: ['orders', 'countryCodes', 0], message: 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "DE"' });
    const empty = GreatExpectationsConfigSchema.safeParse({ orders: { countryCodes: [] } });
    expect(empty.error!.issues[0]).toMatchObject({ path: ['orders', 'countryCodes'], message: 'must list at least one country (an empty set would fail every order)' });
    const unknown = GreatExpectationsConfigSchema.safeParse({ orders: { countries: ['US'] } });
    expect(unknown.success).toBe(false);
  });

  it('catches a 0.x method name, a missing or unknown argument, and a column the table lacks', () => {
    const bad: Suite[] = [
      {
        name: 'orders',
        table: 'iceberg.silver.events',
        batch: { kind: 'table' },
        expectations: [
          { class: 'expect_column_values_to_not_be_null' as never, kwargs: { column: 'key' } },
          { class: 'ExpectColumnValuesToMatchRegex', kwargs: { column: 'key' } },
          { class: 'ExpectColumnMeanToBeBetween', kwargs: { column: 'price', min_value: 10, max_value: 500, value_set: [] } },
        ],
      },
    ];
    expect(suiteProblems(bad)).toEqual([
      `orders.expectations[0] expect_column_values_to_not_be_null: not a GX 1.x expectation lakeplane knows (${Object.keys(GX_EXPECTATIONS).join(', ')})`,
      'orders.expectations[1] ExpectColumnValuesToMatchRegex: missing regex',
      'orders.expectations[2] ExpectColumnMeanToBeBetween: takes no argument value_set',
      'orders.expectations[2] ExpectColumnMeanToBeBetween: column price is not a column of iceberg.silver.events',
    ]);
  });

  it('know the tables\' columns from where the platform creates them', () => {
    const batch = fs.readFileSync(path.join(ROOT, 'charts/spark-streaming/jobs/bronze_to_silver.py'), 'utf8');
    for (const column of TABLE_COLUMNS['iceberg.silver.events']) expect(batch).toMatch(new RegExp(`\\b${column} (string|timestamp)`));
    const staging = fs.readFileSync(path.join(ROOT, 'dbt/models/staging/stg_events.sql'), 'utf8');
    for (const column of TABLE_COLUMNS['iceberg.staging.stg_events']) expect(staging).toMatch(new RegExp(`\\b${column}\\b`));
    // The staging models' output columns, exactly, from their select lists as Trino's parser reads them.
    expect(modelColumns('stg_events')).toEqual(TABLE_COLUMNS['iceberg.staging.stg_events']);
    expect(modelColumns('stg_orders')).toEqual(TABLE_COLUMNS['iceberg.staging.stg_orders']);
  });
});

describe('the quality gate at phase 3', () => {
  const objects = rendered.objects.get('great-expectations') ?? [];

  it('defines a restricted pod from the pinned GX image, reading Trino as the read-only quality user', () => {
    expect(GX_PACKAGES.great_expectations.startsWith('1.')).toBe(true);
    const spec = gate.pod.spec as { containers: Array<{ image: string; env: Array<{ name: string; value?: string }> }> };
    expect(spec.containers[0].image).toContain(`${BUILT_IMAGES.greatExpectations.repository}:${BUILT_IMAGES.greatExpectations.tag}`);
    expect(spec.containers[0].env).toContainEqual({ name: 'TRINO_USER', value: QUALITY_USER });
    const { violations } = checkPolicies([{ folder: 'great-expectations', obj: gate.pod as never }], { isNamespaced: () => true, externalNamespaces: [QUALITY_NAMESPACE] });
    expect(violations).toEqual([]);
    expect(objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === QUALITY_RUN_CONFIGMAP)!.metadata.namespace).toBe(QUALITY_NAMESPACE);
    const rules = accessControlRules(DEFAULT_ACCESS_RULES, ['iceberg', 'system']);
    expect(rules.tables.filter((r) => r.user === QUALITY_USER)).toEqual([{ user: QUALITY_USER, catalog: 'iceberg', schema: 'silver|staging', privileges: ['SELECT'] }]);
  });

  it('runs before the gold build in the dbt DAG, which runs only after a passed or skipped gate', () => {
    const dag = fs.readFileSync(path.join(ROOT, 'dags/dbt_build.py'), 'utf8');
    expect(dag).toContain(`QUALITY_NAMESPACE = "${QUALITY_NAMESPACE}"`);
    expect(dag).toContain(`QUALITY_RUN_CONFIGMAP = "${QUALITY_RUN_CONFIGMAP}"`);
    expect(dag).toMatch(/quality >> gate >> run/);
    expect(dag).toMatch(/trigger_rule="none_failed"/);
    // The gate's pod validates every suite it mounts, orders included, before dbt builds the revenue mart.
    const suites = JSON.parse((objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'quality-suites') as any).data['suites.json']) as Suite[];
    expect(suites.map((s) => s.name)).toEqual(['silver_events', 'staging_events', 'staging_orders']);
    expect(fs.readFileSync(path.join(ROOT, 'dbt/models/marts/fct_daily_revenue.sql'), 'utf8')).toContain("ref('stg_orders')");
    const runner = fs.readFileSync(path.join(ROOT, 'images/great-expectations/run_checkpoint.py'), 'utf8');
    expect(runner).toMatch(/sys\.exit\(f"expectations failed/);
  });
});

describe('the quality gate\'s results in the catalog', () => {
  const objects = rendered.objects.get('great-expectations') ?? [];
  const catalogObjects = rendered.objects.get('openmetadata') ?? [];
  const catalog = build.charts.get('openmetadata')!.find((c) => c instanceof OpenmetadataChart) as OpenmetadataChart;
  const env = () => (gate.pod.spec as { containers: Array<{ env: Array<{ name: string; value?: string; valueFrom?: unknown }> }> }).containers[0].env;

  it('installs OpenMetadata\'s GX 1.x action at the server\'s release and runs it on every suite\'s result', () => {
    expect(GX_PACKAGES['openmetadata-ingestion[great-expectations-1xx]'].startsWith(`${IMAGES.openmetadataServer.tag}.`)).toBe(true);
    const runner = fs.readFileSync(path.join(ROOT, 'images/great-expectations/run_checkpoint.py'), 'utf8');
    expect(runner).toContain('from metadata.great_expectations.action1xx import OpenMetadataValidationAction1xx');
    expect(runner).toMatch(/report_to_catalog\(table, result\)\n\s+if not result\.success/);
  });

  it('gives the gate the catalog\'s API, the lakehouse\'s service name and the bot token from the Secret the catalog\'s Job writes', () => {
    expect(env()).toContainEqual({ name: 'OPENMETADATA_API', value: catalog.apiUri });
    expect(env()).toContainEqual({ name: 'OPENMETADATA_SERVICE', value: catalog.trinoService });
    expect(env()).toContainEqual({ name: 'OPENMETADATA_JWT', valueFrom: { secretKeyRef: { name: BOT_TOKEN_SECRET, key: 'token', optional: true } } });
    // No token in git: the Secret is not among the objects, the Job writes it at sync.
    expect([...rendered.objects.values()].flat().some((o) => o.kind === 'Secret' && o.metadata.name === BOT_TOKEN_SECRET)).toBe(false);
    const job = catalogObjects.find((o) => o.kind === 'Job' && o.metadata.name === 'openmetadata-pipelines') as any;
    const podSpec = job.spec.template.spec;
    expect(podSpec.serviceAccountName).toBe('openmetadata-pipelines');
    const jobEnv = Object.fromEntries(podSpec.containers[0].env.map((e: { name: string; value?: string }) => [e.name, e.value]));
    expect(jobEnv).toMatchObject({ BOT_NAME: SHARED_BOT, BOT_SHARE_NAME: BOT_TOKEN_SECRET, BOT_SHARE_FIELD: 'token', BOT_SHARE_NAMESPACES: QUALITY_NAMESPACE });
    // Every hour too: on a first install the gate's namespace is synced after the catalog.
    const share = catalogObjects.find((o) => o.kind === 'CronJob' && o.metadata.name === 'openmetadata-bot-token-share') as any;
    const sharePod = share.spec.jobTemplate.spec.template.spec;
    expect(sharePod.containers[0].command).toEqual(['python', '/etc/openmetadata-pipelines/pipelines.py', 'share-bot-token']);
    expect(sharePod.serviceAccountName).toBe('openmetadata-pipelines');
    expect(sharePod.containers[0].env.map((e: { name: string }) => e.name)).not.toContain('TRINO_PASSWORD');
  });

  it('lets the catalog\'s Job write that one Secret in the gate\'s namespace and nothing else', () => {
    const role = objects.find((o) => o.kind === 'Role' && o.metadata.name === 'openmetadata-bot-token-writer') as any;
    expect(role.metadata.namespace).toBe(QUALITY_NAMESPACE);
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['create'] },
      { apiGroups: [''], resources: ['secrets'], resourceNames: [BOT_TOKEN_SECRET], verbs: ['get', 'patch'] },
    ]);
    const binding = objects.find((o) => o.kind === 'RoleBinding' && o.metadata.name === 'openmetadata-bot-token-writer') as any;
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'openmetadata-pipelines', namespace: 'openmetadata' }]);
  });

  it('opens the flows: the gate\'s pods to the server\'s API, the server to them, the Job to the Kubernetes API', () => {
    const policy = (list: typeof objects, ns: string, name: string) => list.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === ns && o.metadata.name === name) as any;
    const egress = policy(objects, QUALITY_NAMESPACE, 'allow-to-openmetadata');
    expect(egress.spec.podSelector.matchLabels).toMatchObject({ 'app.kubernetes.io/component': 'quality-gate' });
    expect(egress.spec.egress[0].ports).toEqual([{ port: catalog.port, protocol: 'TCP' }]);
    const ingress = catalogObjects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'openmetadata' && JSON.stringify(o.spec).includes(QUALITY_NAMESPACE)) as any;
    expect(JSON.stringify(ingress.spec.ingress)).toContain('"app.kubernetes.io/component":"quality-gate"');
    expect(policy(catalogObjects, 'openmetadata', 'allow-to-kube-api-pipelines').spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'openmetadata-pipelines' });
    // The pods the gate runs match the policies' selectors.
    expect((gate.pod.metadata as { labels: Record<string, string> }).labels).toMatchObject(egress.spec.podSelector.matchLabels);
  });
});

describeNeeding(PYTHON3)('the checkpoint runner\'s catalog reporting and the catalog\'s token share (Python, with stand-ins for GX and the APIs)', () => {
  it('builds the action for the table, keeps the token out of files, never lets the catalog change the verdict; reads the bot token as administrator and applies it as a Secret', () => {
    const run = spawnSync('python3', ['-m', 'unittest', 'discover', '-s', path.join(ROOT, 'test', 'images'), '-p', 'test_*.py'], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    expect(run.stderr).toMatch(/OK\s*$/);
    expect(run.status).toBe(0);
  });
});
