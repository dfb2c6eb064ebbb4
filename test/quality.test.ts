/**
 * The quality gate (great-expectations, GX Core 1.x). GX cannot be installed on the build
 * machines (no Python package index), so the suites are checked the way GX 1.x would refuse
 * them and the way the tables would: every expectation is a GX 1.x class with the arguments it
 * takes, and every column is one the platform's tables have (suiteProblems, against the
 * CREATE TABLE of the Spark batch and the dbt staging model). Whether a check passes on real
 * data needs GX and Trino, which is where this test stops. The DAG is read as text: the gate
 * runs before the dbt build, and the build runs only after a passed or skipped gate.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment } from '../lib/synth';
import { checkPolicies } from '../policy/check';
import { GreatExpectationsChart, QUALITY_NAMESPACE, QUALITY_RUN_CONFIGMAP } from '../charts/great-expectations/chart';
import { GX_EXPECTATIONS, Suite, qualitySuites, suiteProblems, TABLE_COLUMNS } from '../charts/great-expectations/suites';
import { DEFAULT_ACCESS_RULES, QUALITY_USER, accessControlRules } from '../charts/trino/server-config';
import { BUILT_IMAGES, GX_PACKAGES } from '../versions';

const ROOT = path.join(__dirname, '..');
const build = buildEnvironment(loadEnvironment('prod', 3));
const rendered = renderEnvironment(build);
const gate = build.charts.get('great-expectations')!.find((c) => c instanceof GreatExpectationsChart) as GreatExpectationsChart;

describe('the expectation suites', () => {
  it('are valid GX 1.x expectations on columns the platform\'s tables have', () => {
    expect(suiteProblems(gate.suites)).toEqual([]);
    expect(suiteProblems(qualitySuites({ dailyRows: { min: 1, max: 2 }, eventTypes: ['order.created'] }))).toEqual([]);
  });

  it('check keys, timestamps, rows per day and event types, the document\'s examples on the platform\'s tables', () => {
    const classes = gate.suites.flatMap((s) => s.expectations.map((e) => e.class));
    expect(new Set(classes)).toEqual(new Set(['ExpectColumnValuesToNotBeNull', 'ExpectColumnValuesToBeUnique', 'ExpectTableRowCountToBeBetween', 'ExpectColumnValuesToMatchRegex']));
    const silver = gate.suites.find((s) => s.table === 'iceberg.silver.events')!;
    expect(silver.batch).toEqual({ kind: 'daily', column: 'updated_at' });
    expect(silver.expectations).toContainEqual({ class: 'ExpectTableRowCountToBeBetween', kwargs: { min_value: 1000, max_value: 100000 } });
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
    const runner = fs.readFileSync(path.join(ROOT, 'images/great-expectations/run_checkpoint.py'), 'utf8');
    expect(runner).toMatch(/sys\.exit\(f"expectations failed/);
  });
});
