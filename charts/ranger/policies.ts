/**
 * Trino's policies in Ranger, as code: the service, the equivalents of Trino's file rules, the
 * policies Trino's Ranger plugin needs for every query, and the architecture document's three
 * fine-grained examples. The sync Job (./sync.py) applies them through Ranger's public REST
 * API v2 and removes every other policy of the service, so the service holds exactly these.
 *
 * The names follow Ranger's Trino service definition (apache/ranger release-ranger-2.9.0,
 * agents-common/src/main/resources/service-defs/ranger-servicedef-trino.json): its resources,
 * access types and mask types are the unions below. How Trino asks (Trino 480,
 * plugin/trino-ranger RangerSystemAccessControl): UPDATE needs `insert`, table procedures
 * (ALTER TABLE EXECUTE) need `alter` on the table, every query needs `execute` on its query
 * id, a user acting as itself needs `impersonate` on its own trinouser, and functions are
 * checked as catalog/schema/schemafunction, never as the service definition's `function`.
 */
import type { FileAccessRules, FileRulePrincipal, TrinoServiceRegistration } from './handle';

/** Resources of Ranger's Trino service definition. */
export type TrinoResource = 'catalog' | 'schema' | 'table' | 'column' | 'trinouser' | 'systemproperty' | 'sessionproperty' | 'function' | 'procedure' | 'schemafunction' | 'queryid' | 'sysinfo' | 'role';

/** Access types of Ranger's Trino service definition. */
export type TrinoAccess = 'select' | 'insert' | 'create' | 'drop' | 'delete' | 'use' | 'alter' | 'grant' | 'revoke' | 'show' | 'impersonate' | 'execute' | 'read_sysinfo' | 'write_sysinfo' | 'all';

/** Mask types of the service definition's dataMaskDef. */
export type TrinoMaskType = 'MASK' | 'MASK_SHOW_LAST_4' | 'MASK_SHOW_FIRST_4' | 'MASK_HASH' | 'MASK_NULL' | 'MASK_NONE' | 'MASK_DATE_SHOW_YEAR' | 'CUSTOM';

/** RangerPolicy.policyType: access, data mask, row filter. */
export const POLICY_TYPE = { access: 0, dataMask: 1, rowFilter: 2 } as const;

/** The label the sync Job puts on every policy it applies. */
export const POLICY_LABEL = 'lakeplane';

/** The group Ranger gives every user. */
export const PUBLIC_GROUP = 'public';

/** Ranger's stand-in for the requesting user in policy items and resource values. */
export const CURRENT_USER = '{USER}';

export interface PolicyResource {
  readonly values: readonly string[];
  readonly isExcludes: boolean;
  readonly isRecursive: boolean;
}

interface ItemPrincipals {
  readonly users: readonly string[];
  readonly groups: readonly string[];
}

export interface PolicyItem extends ItemPrincipals {
  readonly accesses: ReadonlyArray<{ readonly type: TrinoAccess; readonly isAllowed: true }>;
  readonly delegateAdmin: false;
}

export interface DataMaskItem extends PolicyItem {
  readonly dataMaskInfo: { readonly dataMaskType: TrinoMaskType };
}

export interface RowFilterItem extends PolicyItem {
  readonly rowFilterInfo: { readonly filterExpr: string };
}

/** A policy as Ranger's public API v2 takes it (RangerPolicy). */
export interface RangerPolicy {
  readonly service: string;
  readonly name: string;
  readonly description: string;
  readonly policyType: (typeof POLICY_TYPE)[keyof typeof POLICY_TYPE];
  readonly isEnabled: true;
  readonly isAuditEnabled: true;
  readonly policyLabels: readonly string[];
  readonly resources: Readonly<Partial<Record<TrinoResource, PolicyResource>>>;
  readonly policyItems: readonly PolicyItem[];
  readonly dataMaskPolicyItems: readonly DataMaskItem[];
  readonly rowFilterPolicyItems: readonly RowFilterItem[];
}

/** A service as Ranger's public API v2 takes it (RangerService). */
export interface RangerService {
  readonly name: string;
  readonly type: 'trino';
  readonly description: string;
  readonly isEnabled: true;
  readonly configs: Readonly<Record<string, string>>;
}

/** A user of Ranger's user store with the attributes policies read (${{USER.<name>}}). */
export interface RangerUserAttributes {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Everything the sync Job applies. */
export interface RangerDesiredState {
  readonly service: RangerService;
  readonly policies: readonly RangerPolicy[];
  readonly users: readonly RangerUserAttributes[];
  /** The Ranger account Trino's plugin downloads policies and the user store as. */
  readonly pluginUser: string;
}

/** The Ranger account of Trino's plugin (the only user the service lets download). */
export const PLUGIN_USER = 'trino-plugin';

/**
 * The document's fine-grained examples, on tables the platform's gold schema would hold (they
 * do not exist yet: the policies wait for them). Edit these for your own tables.
 */
export const FINE_GRAINED = {
  /** Analysts see only the last four characters of a card number. */
  creditCard: { catalog: 'iceberg', schema: 'gold', table: 'customers', column: 'credit_card', group: 'analyst', mask: 'MASK_SHOW_LAST_4' as TrinoMaskType },
  /** Regional managers see the rows of their own country, from their Ranger user attribute. */
  regionalSales: { catalog: 'iceberg', schema: 'gold', table: 'sales', group: 'regional_manager', attribute: 'country', filter: "country = '${{USER.country}}'" },
  /** Contractors see a financial report only 30 days after its report_date (the document: deny while current_date < report_date + 30 days). */
  financialReports: { catalog: 'iceberg', schema: 'gold', table: 'financial_reports', group: 'contractor', filter: "report_date <= current_date - INTERVAL '30' DAY" },
} as const;

/**
 * What Ranger audits: denials, not the per-query `execute` on the query id nor a user acting
 * as itself (the service definition's default `ranger.plugin.audit.filters`).
 */
export const AUDIT_FILTERS = [
  { accessResult: 'DENIED', isAudited: true },
  { isAudited: false, resources: { queryid: { values: ['*'] } }, accessTypes: ['execute'] },
  { isAudited: false, resources: { trinouser: { values: [CURRENT_USER] } }, accessTypes: ['impersonate'] },
];

/** Ranger accesses for a file rule's table privilege (RangerSystemAccessControl's checks). */
const TABLE_ACCESSES: Readonly<Record<string, readonly TrinoAccess[]>> = {
  SELECT: ['select'],
  INSERT: ['insert'],
  DELETE: ['delete'],
  // checkCanUpdateTableColumns asks for insert.
  UPDATE: ['insert'],
  // Creating, dropping and altering a table, and SHOW CREATE TABLE.
  OWNERSHIP: ['create', 'drop', 'alter', 'show'],
  GRANT_SELECT: ['grant'],
};

/** Ranger accesses of a schema owner (create, drop, rename, comment, show). */
const SCHEMA_OWNER_ACCESSES: readonly TrinoAccess[] = ['create', 'drop', 'alter', 'show', 'use'];

/**
 * The values of a file rule's regular expression: `.*` or absent is every name, `a|b` is a
 * list. Anything else has no Ranger equivalent and fails, naming the rule.
 */
export function patternValues(pattern: string | undefined, where: string): string[] {
  if (pattern === undefined || pattern === '.*') {
    return ['*'];
  }
  const values = pattern.split('|');
  const bad = values.find((v) => !/^[a-z0-9_]+$/.test(v));
  if (bad !== undefined) {
    throw new Error(`ranger: ${where}: the file rule pattern "${pattern}" has no Ranger equivalent (only ".*" and names joined by "|" translate; "${bad}" is neither)`);
  }
  return [...values].sort();
}

function resource(values: readonly string[]): PolicyResource {
  return { values: [...values], isExcludes: false, isRecursive: false };
}

function principals(rule: FileRulePrincipal): ItemPrincipals {
  if (rule.user !== undefined) return { users: [rule.user], groups: [] };
  if (rule.group !== undefined) return { users: [], groups: [rule.group] };
  return { users: [], groups: [PUBLIC_GROUP] };
}

function item(who: ItemPrincipals, accesses: readonly TrinoAccess[]): PolicyItem {
  return { users: [...who.users], groups: [...who.groups], accesses: [...new Set(accesses)].sort().map((type) => ({ type, isAllowed: true as const })), delegateAdmin: false };
}

/** Collects access policies by resource: Ranger allows one policy per resource signature. */
class AccessPolicies {
  private readonly byResource = new Map<string, { name: string; description: string; resources: Partial<Record<TrinoResource, PolicyResource>>; items: Map<string, { who: ItemPrincipals; accesses: Set<TrinoAccess> }> }>();

  constructor(private readonly service: string) {}

  add(resources: Partial<Record<TrinoResource, readonly string[]>>, who: ItemPrincipals, accesses: readonly TrinoAccess[], description: string): void {
    const entries = Object.entries(resources) as Array<[TrinoResource, readonly string[]]>;
    const key = JSON.stringify(entries);
    let policy = this.byResource.get(key);
    if (!policy) {
      const name = `${entries.map(([r, v]) => `${r}=${v.join(',')}`).join(' ')}`;
      policy = { name, description, resources: Object.fromEntries(entries.map(([r, v]) => [r, resource(v)])), items: new Map() };
      this.byResource.set(key, policy);
    }
    const whoKey = JSON.stringify(who);
    const existing = policy.items.get(whoKey) ?? { who, accesses: new Set<TrinoAccess>() };
    accesses.forEach((a) => existing.accesses.add(a));
    policy.items.set(whoKey, existing);
  }

  policies(): RangerPolicy[] {
    return [...this.byResource.values()].map((p) => ({
      service: this.service,
      name: p.name,
      description: p.description,
      policyType: POLICY_TYPE.access,
      isEnabled: true as const,
      isAuditEnabled: true as const,
      policyLabels: [POLICY_LABEL],
      resources: p.resources,
      policyItems: [...p.items.values()].sort((a, b) => JSON.stringify(a.who).localeCompare(JSON.stringify(b.who))).map((i) => item(i.who, [...i.accesses])),
      dataMaskPolicyItems: [],
      rowFilterPolicyItems: [],
    }));
  }
}

/**
 * The Ranger equivalents of Trino's file rules. File rules take the first rule that matches,
 * Ranger the union of every allowing policy; Trino's rules are ordered strongest first and
 * each principal's rules cover disjoint schemas, so both grant the same.
 */
export function fileRulePolicies(service: string, rules: FileAccessRules, into: AccessPolicies = new AccessPolicies(service)): AccessPolicies {
  rules.catalogs.forEach((rule, i) => {
    // Any access on the catalog lets a user see it (canAccessCatalog); what they may do in it
    // is the table and schema policies' business, which is where read-only shows.
    into.add({ catalog: patternValues(rule.catalog, `catalogs[${i}].catalog`) }, principals(rule), ['use'], 'see the catalog (file rule: catalogs)');
  });
  rules.schemas.forEach((rule, i) => {
    if (!rule.owner) return;
    into.add(
      { catalog: patternValues(rule.catalog, `schemas[${i}].catalog`), schema: patternValues(rule.schema, `schemas[${i}].schema`) },
      principals(rule),
      SCHEMA_OWNER_ACCESSES,
      'own the schemas (file rule: schemas)',
    );
  });
  rules.tables.forEach((rule, i) => {
    const accesses = rule.privileges.flatMap((p) => {
      const mapped = TABLE_ACCESSES[p];
      if (!mapped) throw new Error(`ranger: tables[${i}].privileges: "${p}" is not a Trino table privilege`);
      return mapped;
    });
    into.add(
      {
        catalog: patternValues(rule.catalog, `tables[${i}].catalog`),
        schema: patternValues(rule.schema, `tables[${i}].schema`),
        table: patternValues(rule.table, `tables[${i}].table`),
        column: ['*'],
      },
      principals(rule),
      accesses,
      'use the tables (file rule: tables)',
    );
  });
  return into;
}

/**
 * Everything the sync Job applies for Trino: the service, the file rules' equivalents, what
 * file rules allow without saying (queries, session properties) and the plugin
 * needs explicitly, the administrators' system access, table maintenance, and the document's
 * fine-grained examples.
 */
export function desiredState(serviceName: string, trino: TrinoServiceRegistration, userAttributes: Readonly<Record<string, Readonly<Record<string, string>>>> = {}): RangerDesiredState {
  const policies = fileRulePolicies(serviceName, trino.fileRules);
  const everybody: ItemPrincipals = { users: [], groups: [PUBLIC_GROUP] };
  // Required by the plugin (Trino's documentation): every user runs its own queries and acts
  // as itself (which also lets it see and kill its own queries).
  policies.add({ queryid: ['*'] }, everybody, ['execute'], 'run queries (required by the Trino plugin)');
  policies.add({ trinouser: [CURRENT_USER] }, { users: [CURRENT_USER], groups: [] }, ['impersonate'], 'act as oneself: see and kill one\'s own queries (required by the Trino plugin)');
  // File rules without system_session_properties or catalog_session_properties sections allow
  // them to everybody; so does Ranger here. Built-in functions need no policy: Trino never asks
  // the access control about them (FunctionResolver.canExecuteFunction: inline and built-in
  // functions are allowed); routines stored in catalogs, which the platform has none of, would
  // need `execute` on catalog/schema/schemafunction (RangerTrinoResource.forSchemaFunction).
  policies.add({ systemproperty: ['*'] }, everybody, ['alter'], 'set system session properties (file rules allow them to everybody)');
  policies.add({ catalog: ['*'], sessionproperty: ['*'] }, everybody, ['alter'], 'set catalog session properties (file rules allow them to everybody)');
  // The administrators: system information and procedures.
  const admins: ItemPrincipals = { users: [], groups: [trino.administrators] };
  policies.add({ sysinfo: ['*'] }, admins, ['read_sysinfo', 'write_sysinfo'], 'read and write system information (administrators)');
  policies.add({ catalog: ['*'], schema: ['*'], procedure: ['*'] }, admins, ['execute'], 'run procedures (administrators)');
  // Table procedures (ALTER TABLE EXECUTE optimize): file rules never restrict them, Ranger asks for alter.
  for (const m of trino.maintenance) {
    policies.add({ catalog: [m.catalog], schema: [...m.schemas].sort(), table: ['*'], column: ['*'] }, { users: [m.user], groups: [] }, ['alter'], 'maintain the tables: ALTER TABLE EXECUTE (file rules do not restrict table procedures)');
  }
  // The fine-grained examples' readers need to read the tables at all.
  const { creditCard, regionalSales, financialReports } = FINE_GRAINED;
  for (const t of [regionalSales, financialReports]) {
    policies.add({ catalog: [t.catalog] }, { users: [], groups: [t.group] }, ['use'], 'see the catalog (file rule: catalogs)');
    policies.add({ catalog: [t.catalog], schema: [t.schema], table: [t.table], column: ['*'] }, { users: [], groups: [t.group] }, ['select'], `read ${t.schema}.${t.table} (filtered by its row filter)`);
  }
  const common = { service: serviceName, isEnabled: true as const, isAuditEnabled: true as const, policyLabels: [POLICY_LABEL], policyItems: [] };
  const select = [{ type: 'select' as const, isAllowed: true as const }];
  const fineGrained: RangerPolicy[] = [
    {
      ...common,
      name: `mask ${creditCard.catalog}.${creditCard.schema}.${creditCard.table}.${creditCard.column}`,
      description: `${creditCard.group} sees only the last four characters of ${creditCard.column}`,
      policyType: POLICY_TYPE.dataMask,
      resources: { catalog: resource([creditCard.catalog]), schema: resource([creditCard.schema]), table: resource([creditCard.table]), column: resource([creditCard.column]) },
      dataMaskPolicyItems: [{ users: [], groups: [creditCard.group], accesses: select, delegateAdmin: false, dataMaskInfo: { dataMaskType: creditCard.mask } }],
      rowFilterPolicyItems: [],
    },
    {
      ...common,
      name: `row filter ${regionalSales.catalog}.${regionalSales.schema}.${regionalSales.table}`,
      description: `${regionalSales.group} sees the rows of the country in its Ranger user attribute`,
      policyType: POLICY_TYPE.rowFilter,
      resources: { catalog: resource([regionalSales.catalog]), schema: resource([regionalSales.schema]), table: resource([regionalSales.table]) },
      dataMaskPolicyItems: [],
      rowFilterPolicyItems: [{ users: [], groups: [regionalSales.group], accesses: select, delegateAdmin: false, rowFilterInfo: { filterExpr: regionalSales.filter } }],
    },
    {
      ...common,
      name: `row filter ${financialReports.catalog}.${financialReports.schema}.${financialReports.table}`,
      description: `${financialReports.group} does not see reports of the last 30 days`,
      policyType: POLICY_TYPE.rowFilter,
      resources: { catalog: resource([financialReports.catalog]), schema: resource([financialReports.schema]), table: resource([financialReports.table]) },
      dataMaskPolicyItems: [],
      rowFilterPolicyItems: [{ users: [], groups: [financialReports.group], accesses: select, delegateAdmin: false, rowFilterInfo: { filterExpr: financialReports.filter } }],
    },
  ];
  for (const t of [creditCard, regionalSales, financialReports]) {
    if (!trino.catalogs.includes(t.catalog)) {
      throw new Error(`ranger: the policy on ${t.catalog}.${t.schema}.${t.table} names catalog "${t.catalog}", which Trino does not serve (${trino.catalogs.join(', ')}); edit FINE_GRAINED in charts/ranger/policies.ts`);
    }
  }
  const service: RangerService = {
    name: serviceName,
    type: 'trino',
    description: 'Trino: policies as code, applied by the ranger-policies Job',
    isEnabled: true,
    configs: {
      // Ranger's resource lookups in the UI connect to Trino with these; Ranger has no Trino
      // credentials, so names are typed rather than looked up.
      username: 'ranger-lookup',
      'jdbc.driverClassName': 'io.trino.jdbc.TrinoDriver',
      'jdbc.url': trino.jdbcUrl,
      'ranger.plugin.audit.filters': JSON.stringify(AUDIT_FILTERS),
      // Who may download the policies, the user store (the row filter's attributes) and tags.
      'policy.download.auth.users': PLUGIN_USER,
      'userstore.download.auth.users': PLUGIN_USER,
      'tag.download.auth.users': PLUGIN_USER,
    },
  };
  const users = Object.entries(userAttributes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, attributes]) => ({ name, attributes: Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b))) }));
  const all = [...policies.policies(), ...fineGrained].sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set<string>();
  for (const p of all) {
    if (names.has(p.name)) throw new Error(`ranger: two policies are named "${p.name}"`);
    names.add(p.name);
  }
  return { service, policies: all, users, pluginUser: PLUGIN_USER };
}
