/**
 * The expectation suites, as code: each names a table the platform creates, how its batch is
 * taken, and its expectations as GX Core 1.x expectation classes with their arguments
 * (great_expectations.expectations: the class-based API of 1.x; the 0.x
 * `expect_...` methods and YAML suites are gone). The checkpoint runner
 * (images/great-expectations/run_checkpoint.py) instantiates each class by name.
 */

/**
 * The GX 1.x expectations lakeplane uses, with the arguments each requires and allows (the
 * pydantic fields of great_expectations/expectations/core/<snake_case name>.py; `mostly` is
 * ColumnMapExpectation's, which the mean, a ColumnAggregateExpectation, does not take).
 */
export const GX_EXPECTATIONS = {
  ExpectColumnValuesToNotBeNull: { required: ['column'], optional: ['mostly'] },
  ExpectColumnValuesToBeUnique: { required: ['column'], optional: ['mostly'] },
  ExpectColumnValuesToBeBetween: { required: ['column'], optional: ['min_value', 'max_value', 'strict_min', 'strict_max', 'mostly'] },
  ExpectColumnValuesToMatchRegex: { required: ['column', 'regex'], optional: ['mostly'] },
  ExpectColumnValuesToBeInSet: { required: ['column', 'value_set'], optional: ['mostly'] },
  ExpectTableRowCountToBeBetween: { required: [], optional: ['min_value', 'max_value'] },
  ExpectColumnMeanToBeBetween: { required: ['column'], optional: ['min_value', 'max_value', 'strict_min', 'strict_max'] },
} as const;

export type GxExpectationClass = keyof typeof GX_EXPECTATIONS;

export interface Expectation {
  readonly class: GxExpectationClass;
  readonly kwargs: Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;
}

export interface Suite {
  readonly name: string;
  /** catalog.schema.table */
  readonly table: string;
  /** The whole table, or yesterday's rows by a timestamp column (a daily batch). */
  readonly batch: { readonly kind: 'table' } | { readonly kind: 'daily'; readonly column: string };
  readonly expectations: readonly Expectation[];
}

/** The columns of the tables the suites check, as the platform creates them. */
export const TABLE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  // charts/spark-streaming/jobs/bronze_to_silver.py CREATE TABLE
  'iceberg.silver.events': ['key', 'payload', 'produced_at', 'updated_at'],
  // dbt/models/staging/stg_events.sql
  'iceberg.staging.stg_events': ['event_key', 'event_type', 'event_source', 'produced_at', 'updated_at'],
  // dbt/models/staging/stg_orders.sql (over bronze.orders, dags/lakeplane/datasets.py)
  'iceberg.staging.stg_orders': ['order_id', 'customer_id', 'email', 'country_code', 'price', 'quantity', 'ordered_at', 'source_file', 'loaded_at'],
};

/** The document's order checks that take figures: allowed countries, orders a day, the mean order value. */
export interface OrderChecks {
  /** ISO 3166-1 alpha-2 codes orders may be delivered to. */
  readonly countryCodes: readonly string[];
  readonly dailyRows: { readonly min: number; readonly max: number };
  readonly meanPrice: { readonly min: number; readonly max: number };
}

/**
 * The document's §3.2 order examples, on the staging model gold's revenue mart is built from,
 * for yesterday's orders: keys and the fields every order needs present, order_id unique,
 * prices and quantities in range, e-mail addresses well-formed, countries from the allowed set,
 * 1 000–100 000 orders a day and a mean order value of 10–500.
 */
export function orderSuite(checks: OrderChecks): Suite {
  return {
    name: 'staging_orders',
    table: 'iceberg.staging.stg_orders',
    batch: { kind: 'daily', column: 'ordered_at' },
    expectations: [
      ...(['order_id', 'customer_id', 'email', 'country_code', 'price', 'quantity'] as const).map((column) => ({ class: 'ExpectColumnValuesToNotBeNull' as const, kwargs: { column } })),
      { class: 'ExpectColumnValuesToBeUnique', kwargs: { column: 'order_id' } },
      // The document's range for a price (its `expect_column_values_to_be_between("price", 0.01, 1000000)`).
      { class: 'ExpectColumnValuesToBeBetween', kwargs: { column: 'price', min_value: 0.01, max_value: 1000000 } },
      // At least one item (the document's "orders with negative quantities").
      { class: 'ExpectColumnValuesToBeBetween', kwargs: { column: 'quantity', min_value: 1 } },
      // Something, an @, something with a dot, and no spaces or second @ (the document's
      // ".*@.*\\..*", anchored: on Trino GX matches with regexp_like, which searches).
      { class: 'ExpectColumnValuesToMatchRegex', kwargs: { column: 'email', regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } },
      { class: 'ExpectColumnValuesToBeInSet', kwargs: { column: 'country_code', value_set: [...checks.countryCodes] } },
      { class: 'ExpectTableRowCountToBeBetween', kwargs: { min_value: checks.dailyRows.min, max_value: checks.dailyRows.max } },
      { class: 'ExpectColumnMeanToBeBetween', kwargs: { column: 'price', min_value: checks.meanPrice.min, max_value: checks.meanPrice.max } },
    ],
  };
}

export interface SuiteOptions {
  /** Rows the nightly batch should merge into silver per day. */
  readonly dailyRows: { readonly min: number; readonly max: number };
  /** Event types the sources may send; none checks only that each event has one. */
  readonly eventTypes?: readonly string[];
  /** The order checks' figures. */
  readonly orders: OrderChecks;
}

/**
 * The checks that stand between silver and gold (the document's §3.2 examples, on the
 * platform's tables): on events, keys present and unique, timestamps present, a plausible
 * number of rows per day and well-formed event types; on orders, every example of the
 * document (orderSuite).
 */
export function qualitySuites(options: SuiteOptions): Suite[] {
  return [
    {
      name: 'silver_events',
      table: 'iceberg.silver.events',
      batch: { kind: 'daily', column: 'updated_at' },
      expectations: [
        { class: 'ExpectColumnValuesToNotBeNull', kwargs: { column: 'key' } },
        { class: 'ExpectColumnValuesToBeUnique', kwargs: { column: 'key' } },
        { class: 'ExpectColumnValuesToNotBeNull', kwargs: { column: 'produced_at' } },
        { class: 'ExpectColumnValuesToNotBeNull', kwargs: { column: 'payload' } },
        { class: 'ExpectTableRowCountToBeBetween', kwargs: { min_value: options.dailyRows.min, max_value: options.dailyRows.max } },
      ],
    },
    {
      name: 'staging_events',
      table: 'iceberg.staging.stg_events',
      batch: { kind: 'table' },
      expectations: [
        { class: 'ExpectColumnValuesToNotBeNull', kwargs: { column: 'event_key' } },
        { class: 'ExpectColumnValuesToBeUnique', kwargs: { column: 'event_key' } },
        { class: 'ExpectColumnValuesToNotBeNull', kwargs: { column: 'event_type' } },
        // Lower-case words joined by '.', '_' or '-' (order.created, page_view).
        { class: 'ExpectColumnValuesToMatchRegex', kwargs: { column: 'event_type', regex: '^[a-z][a-z0-9]*([._-][a-z0-9]+)*$' } },
        ...(options.eventTypes && options.eventTypes.length > 0 ? [{ class: 'ExpectColumnValuesToBeInSet' as const, kwargs: { column: 'event_type', value_set: [...options.eventTypes] } }] : []),
      ],
    },
    orderSuite(options.orders),
  ];
}

/**
 * What GX 1.x would refuse, and checks on columns the table does not have: every class is a
 * GX 1.x expectation, every required argument is given and none it does not take, and every
 * column exists in the table as the platform creates it. Returns the problems, one a line.
 */
export function suiteProblems(suites: readonly Suite[], columns: Readonly<Record<string, readonly string[]>> = TABLE_COLUMNS): string[] {
  const problems: string[] = [];
  for (const suite of suites) {
    const tableColumns = columns[suite.table];
    if (!tableColumns) {
      problems.push(`${suite.name}: table ${suite.table} is not one the platform creates`);
      continue;
    }
    if (suite.batch.kind === 'daily' && !tableColumns.includes(suite.batch.column)) {
      problems.push(`${suite.name}: batch column ${suite.batch.column} is not a column of ${suite.table}`);
    }
    suite.expectations.forEach((e, i) => {
      const where = `${suite.name}.expectations[${i}] ${e.class}`;
      const spec = GX_EXPECTATIONS[e.class] as { required: readonly string[]; optional: readonly string[] } | undefined;
      if (!spec) {
        problems.push(`${where}: not a GX 1.x expectation lakeplane knows (${Object.keys(GX_EXPECTATIONS).join(', ')})`);
        return;
      }
      for (const arg of spec.required) if (!(arg in e.kwargs)) problems.push(`${where}: missing ${arg}`);
      for (const arg of Object.keys(e.kwargs)) if (!spec.required.includes(arg) && !spec.optional.includes(arg)) problems.push(`${where}: takes no argument ${arg}`);
      const column = e.kwargs.column;
      if (typeof column === 'string' && !tableColumns.includes(column)) problems.push(`${where}: column ${column} is not a column of ${suite.table}`);
    });
  }
  return problems;
}
