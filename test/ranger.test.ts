/**
 * Ranger: optional fine-grained access control for Trino, off by default. When it is built,
 * Trino's access control is Ranger's plugin and nothing else; when it is not, Trino keeps
 * exactly its file rules. The policies (the file rules' equivalents, what the plugin needs,
 * the document's mask and row filters) are valid against Ranger's Trino service definition,
 * the sync Job applies them after every sync, the admin runs restricted with its secrets
 * sealed, its database backed up and drilled, every flow has its NetworkPolicy, and bad
 * config fails with the field, the value and the fix. A ranger-enabled dev and prod go through
 * the whole synth (schema, policies, ArgoCD simulation); test/apiserver.test.ts applies the
 * ranger-enabled dev (its charts rendered) to the API server with every other combination.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import type { PlatformConfig } from '../config/schema';
import { buildEnvironment } from '../lib/build';
import type { Manifest } from '../lib/output';
import { loadEnvironment, synthConfig } from '../lib/synth';
import { App } from 'cdk8s';
import { MinioChart } from '../charts/minio/chart';
import { ADMIN_PORT, PASSWORD_PREFIX, RANGER_UID, RangerChart, RangerChartProps, TRINO_SERVICE } from '../charts/ranger/chart';
import type { TrinoServiceRegistration } from '../charts/ranger/handle';
import { DEFAULT_ACCESS_RULES, accessControlRules } from '../charts/trino/server-config';
import { authority, consumerChart, minioOperator, postgresOperator } from './lakehouse-fakes';
import { manifests, testCommon } from './util';
import { RANGER_ALERTS } from '../charts/ranger/alerts';
import { AUDIT_FILTERS, CURRENT_USER, FINE_GRAINED, PUBLIC_GROUP, RangerPolicy, patternValues } from '../charts/ranger/policies';
import { DATABASE_COMPONENTS } from '../charts/restore-drills/chart';
import { TrinoChart } from '../charts/trino/chart';
import { PIPELINE_USER, SERVICE_USERS } from '../charts/trino/server-config';
import type { AccessControlDocument } from '../charts/trino/server-config';
import { IMAGES } from '../versions';
import { PYTHON3, testNeeding } from './support/requirements';
import { rangerVariant } from './support/variants';

/**
 * Facts of Ranger's Trino service definition, a stand-in for the file itself (apache/ranger,
 * tag release-ranger-2.9.0, agents-common/src/main/resources/service-defs/ranger-servicedef-trino.json):
 * resources with their parent and the access types a resource restricts its policies to,
 * access types, mask types, and the resources of data-mask and row-filter policies.
 */
const SERVICE_DEF = {
  resources: {
    catalog: { parent: undefined, only: undefined },
    schema: { parent: 'catalog', only: undefined },
    table: { parent: 'schema', only: undefined },
    column: { parent: 'table', only: undefined },
    trinouser: { parent: undefined, only: ['impersonate'] },
    systemproperty: { parent: undefined, only: ['alter'] },
    sessionproperty: { parent: 'catalog', only: ['alter'] },
    function: { parent: undefined, only: ['execute', 'grant'] },
    procedure: { parent: 'schema', only: ['execute', 'grant'] },
    schemafunction: { parent: 'schema', only: ['create', 'drop', 'show'] },
    queryid: { parent: undefined, only: ['execute'] },
    sysinfo: { parent: undefined, only: ['read_sysinfo', 'write_sysinfo'] },
    role: { parent: undefined, only: ['create', 'drop', 'show', 'grant', 'revoke'] },
  } as Record<string, { parent?: string; only?: readonly string[] }>,
  accessTypes: ['select', 'insert', 'create', 'drop', 'delete', 'use', 'alter', 'grant', 'revoke', 'show', 'impersonate', 'execute', 'read_sysinfo', 'write_sysinfo', 'all'],
  maskTypes: ['MASK', 'MASK_SHOW_LAST_4', 'MASK_SHOW_FIRST_4', 'MASK_HASH', 'MASK_NULL', 'MASK_NONE', 'MASK_DATE_SHOW_YEAR', 'CUSTOM'],
  dataMask: { accessTypes: ['select'], resources: ['catalog', 'schema', 'table', 'column'] },
  rowFilter: { accessTypes: ['select'], resources: ['catalog', 'schema', 'table'] },
  /** ranger-servicedef-trino.json configs marked mandatory. */
  mandatoryConfigs: ['username', 'jdbc.driverClassName', 'jdbc.url'],
};

/** Ranger's user-attribute macro (agents-common RangerRequestExprResolver: EXPRESSION_START "${{", e.g. ${{USER.dept}}). */
const USER_ATTRIBUTE = /\$\{\{USER\.([a-z][a-z0-9_]*)\}\}/;

const synths = Object.fromEntries((['dev', 'prod'] as const).map((env) => [env, synthConfig(rangerVariant(env))]));
const plain = Object.fromEntries((['dev', 'prod'] as const).map((env) => [env, synthConfig(loadEnvironment(env, 3))]));
const objectsOf = (r: (typeof synths)['dev'], component: string): readonly Manifest[] => r.rendered.objects.get(component) ?? [];
const rangerChart = (env: 'dev' | 'prod') => synths[env].build.charts.get('ranger')!.find((c) => c instanceof RangerChart) as RangerChart;
const trinoChart = (r: (typeof synths)['dev']) => r.build.charts.get('trino')!.find((c) => c instanceof TrinoChart) as TrinoChart;
const find = (list: readonly Manifest[], kind: string, name: string): Manifest => {
  const found = list.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} not found among ${list.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
};
const spec = (o: Manifest) => o.spec as Record<string, any>;
const policiesOf = (env: 'dev' | 'prod'): RangerPolicy[] => JSON.parse((find(objectsOf(synths[env], 'ranger'), 'ConfigMap', 'ranger-policies').data as Record<string, string>)['policies.json']).policies;

/** Trino's registration as the trino component makes it, from the default rules. */
function registration(): TrinoServiceRegistration {
  return {
    namespace: 'trino',
    podLabels: { 'app.kubernetes.io/name': 'trino', 'app.kubernetes.io/component': 'coordinator' },
    jdbcUrl: 'jdbc:trino://trino.trino.svc:8443?SSL=true',
    fileRules: accessControlRules(DEFAULT_ACCESS_RULES, ['iceberg', 'system', 'tpcds', 'tpch']),
    catalogs: ['iceberg', 'system', 'tpcds', 'tpch'],
    groups: ['admin', 'analyst', 'contractor', 'engineer', 'regional_manager'],
    administrators: 'admin',
    maintenance: [{ user: 'airflow', catalog: 'iceberg', schemas: ['bronze', 'gold', 'silver'] }],
  };
}

/** The chart alone, with Trino registered from a consumer chart. */
function buildChart(overrides: Partial<RangerChartProps> = {}): RangerChart {
  const common = overrides.common ?? testCommon('prod');
  const app = new App({ outdir: 'unused' });
  const chart = new RangerChart(app, { common, postgres: postgresOperator, authority, objectStore: new MinioChart(app, { common, operator: minioOperator, authority }).handle, ...overrides });
  chart.addTrinoService(consumerChart(common, 'trino', app), registration());
  common.secretCatalog.finalize();
  return chart;
}

describe('the ranger chart', () => {
  test('snapshot', () => {
    expect(manifests(buildChart())).toMatchSnapshot();
  });

  test('all props: sizes, database, poll interval and user attributes', () => {
    const common = testCommon('prod');
    const app = new App({ outdir: 'unused' });
    const props: Required<RangerChartProps> = {
      common,
      postgres: postgresOperator,
      authority,
      objectStore: new MinioChart(app, { common, operator: minioOperator, authority }).handle,
      config: { enabled: true, decommission: false, replicas: 3, cpu: 2, memoryGiB: 6, pollIntervalSeconds: 60, database: { instances: 3, cpu: 2, memoryGiB: 4, storageGiB: 40 }, userAttributes: { dave: { country: 'UK', region: 'north' } } },
    };
    const chart = new RangerChart(app, props);
    chart.addTrinoService(consumerChart(common, 'trino', app), registration());
    expect(chart.replicas).toBe(3);
    expect(chart.size).toEqual({ cpu: 2, memoryGiB: 6 });
    expect(chart.installProperties.ranger_admin_max_heap_size).toBe('3072m');
    expect(chart.pollIntervalMs).toBe(60000);
    expect(chart.database).toMatchObject({ instances: 3, storageGiB: 40, size: { cpu: 2, memoryGiB: 4 } });
    expect(chart.desiredState().users).toEqual([{ name: 'dave', attributes: { country: 'UK', region: 'north' } }]);
    expect(() => chart.addTrinoService(consumerChart(common, 'trino2', app), registration())).toThrow('ranger: Trino registered twice; one Trino per environment');
  });

  test('a file rule Ranger cannot express fails the build, naming the rule', () => {
    const chart = new RangerChart(new App({ outdir: 'unused' }), { common: testCommon('prod'), postgres: postgresOperator, authority, objectStore: { databaseBackups: () => undefined } as never });
    const bad = registration();
    const rules = { ...bad.fileRules, tables: [...bad.fileRules.tables, { group: 'analyst', catalog: 'iceberg', schema: 'gold', table: 'stg_.*', privileges: ['SELECT'] }] };
    expect(() => chart.addTrinoService(consumerChart(testCommon('prod'), 'trino'), { ...bad, fileRules: rules })).toThrow(/tables\[\d+\]\.table: the file rule pattern "stg_\.\*" has no Ranger equivalent/);
  });
});

describe('ranger is optional and off by default', () => {
  test.each(['dev', 'prod'] as const)('%s at phase 3 builds no ranger', (env) => {
    expect(plain[env].build.components.map((c) => c.id)).not.toContain('ranger');
    expect(trinoChart(plain[env]).accessControl).toBe('file');
  });

  test('enabled in an environment without trino, it fails with what to do', () => {
    const config = parseConfig({ ...ENVIRONMENTS.dev, components: { ...ENVIRONMENTS.dev.components, ranger: { enabled: true }, trino: { enabled: false }, airflow: { enabled: false }, dbt: { enabled: false }, openmetadata: { enabled: false }, 'great-expectations': { enabled: false }, jupyterhub: { enabled: false }, 'spark-streaming': { enabled: false } } }, 'dev');
    expect(() => buildEnvironment(config)).toThrow('ranger needs trino, which is disabled in dev: Ranger holds Trino\'s policies; enable trino or disable ranger');
  });
});

describe.each(['dev', 'prod'] as const)('Trino has exactly one access control in %s', (env) => {
  /** The coordinator's config files as helm renders them. */
  const coordinatorFiles = (r: (typeof synths)['dev']) => find(objectsOf(r, 'trino'), 'ConfigMap', 'trino-coordinator').data as Record<string, string>;
  const accessControlNames = (files: Record<string, string>) => files['access-control.properties'].split('\n').filter((l) => l.startsWith('access-control.name='));

  test('ranger off: exactly today\'s file rules, and nothing of Ranger', () => {
    const files = coordinatorFiles(plain[env]);
    expect(accessControlNames(files)).toEqual(['access-control.name=file']);
    expect(files['access-control.properties']).toContain('security.config-file=/etc/trino/access-control/rules.json');
    const rules = find(objectsOf(plain[env], 'trino'), 'ConfigMap', 'trino-access-control-volume-coordinator').data as Record<string, string>;
    expect(JSON.parse(rules['rules.json'])).toEqual(trinoChart(plain[env]).fileRules);
    expect(Object.keys(files).filter((f) => f.startsWith('ranger-'))).toEqual([]);
  });

  test('ranger on: Ranger\'s plugin only, the file rules neither mounted nor named', () => {
    const files = coordinatorFiles(synths[env]);
    expect(accessControlNames(files)).toEqual(['access-control.name=ranger']);
    expect(files['access-control.properties']).toContain(`ranger.service.name=${TRINO_SERVICE}\n`);
    expect(files['access-control.properties']).toContain('ranger.plugin.config.resource=/etc/trino/ranger-trino-security.xml,/etc/trino/ranger-trino-audit.xml\n');
    expect(files['access-control.properties']).not.toContain('security.config-file');
    expect(objectsOf(synths[env], 'trino').find((o) => o.metadata.name === 'trino-access-control-volume-coordinator')).toBeUndefined();
    // The same file rules as with Ranger off: they become Ranger policies, not Trino's rules.
    expect(trinoChart(synths[env]).fileRules).toEqual(trinoChart(plain[env]).fileRules);
  });

  test('the plugin downloads from the admin over HTTPS, keeps a policy cache, and takes groups from Trino\'s group file', () => {
    const security = coordinatorFiles(synths[env])['ranger-trino-security.xml'];
    const property = (name: string) => new RegExp(`<name>${name.replace(/\./g, '\\.')}</name>\\s*<value>([^<]*)</value>`).exec(security)?.[1];
    expect(property('ranger.plugin.trino.policy.rest.url')).toBe(rangerChart(env).url);
    expect(rangerChart(env).url).toBe(`https://ranger-admin.ranger.svc:${ADMIN_PORT}`);
    expect(property('ranger.plugin.trino.use.rangerGroups')).toBe('false');
    expect(property('ranger.plugin.trino.policy.cache.dir')).toBe('/var/lib/trino-ranger/policy-cache');
    expect(property('ranger.plugin.trino.policy.pollIntervalMs')).toBe('30000');
    // Ranger 2.9.0 refuses unauthenticated downloads: the plugin signs in as its own account,
    // the only one the service lets download, its password sealed for Trino's namespace.
    expect(property('ranger.plugin.trino.policy.rest.client.username')).toBe('trino-plugin');
    expect(property('ranger.plugin.trino.policy.rest.client.password')).toBe(`${PASSWORD_PREFIX}\${env.RANGER_PLUGIN_PASSWORD}`);
    expect(trinoChart(synths[env]).values.env).toContainEqual({ name: 'RANGER_PLUGIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'ranger-trino-plugin', key: 'password' } } });
    expect(find(objectsOf(synths[env], 'trino'), 'SealedSecret', 'ranger-trino-plugin')).toBeDefined();
    const configs = rangerChart(env).desiredState().service.configs;
    expect([configs['policy.download.auth.users'], configs['userstore.download.auth.users']]).toEqual(['trino-plugin', 'trino-plugin']);
    expect(rangerChart(env).desiredState().pluginUser).toBe('trino-plugin');
    const coordinator = find(objectsOf(synths[env], 'trino'), 'Deployment', 'trino-coordinator');
    const pod = spec(coordinator).template.spec;
    expect(pod.volumes).toContainEqual({ name: 'ranger-cache', emptyDir: { sizeLimit: '256Mi' } });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'ranger-cache', mountPath: '/var/lib/trino-ranger' });
    // Audit events to Trino's log (the log pipeline); no Elasticsearch or Solr destination.
    const audit = coordinatorFiles(synths[env])['ranger-trino-audit.xml'];
    expect(audit).toContain('<name>xasecure.audit.destination.log4j</name>\n    <value>true</value>');
    expect(audit).not.toMatch(/destination\.(elasticsearch|solr|hdfs)/);
    // Groups: the realm's roles and the extra groups, in the same group file as without Ranger.
    expect(coordinatorFiles(synths[env])['group.db']).toContain('contractor:erin\nregional_manager:dave\n');
  });
});

describe.each(['dev', 'prod'] as const)('the policies in %s', (env) => {
  const policies = policiesOf(env);
  const state = () => rangerChart(env).desiredState();

  test('the sync Job gets exactly the state the chart computes', () => {
    expect(JSON.parse((find(objectsOf(synths[env], 'ranger'), 'ConfigMap', 'ranger-policies').data as Record<string, string>)['policies.json'])).toEqual(state());
  });

  test('are valid against Ranger\'s Trino service definition', () => {
    for (const p of policies) {
      const names = Object.keys(p.resources);
      expect([p.name, names.filter((r) => !(r in SERVICE_DEF.resources))]).toEqual([p.name, []]);
      // A resource set is one path of the hierarchy: each resource's parent is in it.
      for (const r of names) {
        const parent = SERVICE_DEF.resources[r].parent;
        if (parent) expect([p.name, r, names]).toEqual([p.name, r, expect.arrayContaining([parent])]);
      }
      const leaf = names.find((r) => !names.some((other) => SERVICE_DEF.resources[other].parent === r))!;
      const items = [...p.policyItems, ...p.dataMaskPolicyItems, ...p.rowFilterPolicyItems];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.users.length + item.groups.length).toBeGreaterThan(0);
        for (const a of item.accesses) {
          expect(SERVICE_DEF.accessTypes).toContain(a.type);
          const only = SERVICE_DEF.resources[leaf].only;
          if (only) expect([p.name, a.type, only]).toEqual([p.name, a.type, expect.arrayContaining([a.type])]);
        }
      }
      if (p.policyType === 1) {
        expect(names).toEqual(SERVICE_DEF.dataMask.resources);
        p.dataMaskPolicyItems.forEach((i) => {
          expect(SERVICE_DEF.maskTypes).toContain(i.dataMaskInfo.dataMaskType);
          expect(i.accesses.map((a) => a.type)).toEqual(SERVICE_DEF.dataMask.accessTypes);
        });
      }
      if (p.policyType === 2) {
        expect(names).toEqual(SERVICE_DEF.rowFilter.resources);
        p.rowFilterPolicyItems.forEach((i) => expect(i.accesses.map((a) => a.type)).toEqual(SERVICE_DEF.rowFilter.accessTypes));
      }
    }
    // Ranger refuses a second policy of the same type on the same resources, and names are the sync's keys.
    const signatures = policies.map((p) => `${p.policyType} ${JSON.stringify(p.resources)}`);
    expect(new Set(signatures).size).toBe(policies.length);
    expect(new Set(policies.map((p) => p.name)).size).toBe(policies.length);
    expect(policies.every((p) => p.service === TRINO_SERVICE && p.policyLabels.includes('lakeplane'))).toBe(true);
    for (const config of SERVICE_DEF.mandatoryConfigs) expect(state().service.configs[config]).toBeTruthy();
    expect(JSON.parse(state().service.configs['ranger.plugin.audit.filters'])).toEqual(AUDIT_FILTERS);
  });

  test('the document\'s three examples: last four of credit_card for analyst, country from the user for regional_manager, no recent financial reports for contractors', () => {
    const byName = (name: string) => policies.find((p) => p.name === name)!;
    const mask = byName('mask iceberg.gold.customers.credit_card');
    expect(mask.resources.column!.values).toEqual(['credit_card']);
    expect(mask.dataMaskPolicyItems).toEqual([expect.objectContaining({ groups: ['analyst'], dataMaskInfo: { dataMaskType: 'MASK_SHOW_LAST_4' } })]);
    const regional = byName('row filter iceberg.gold.sales');
    const filter = regional.rowFilterPolicyItems[0];
    expect(filter.groups).toEqual(['regional_manager']);
    expect(filter.rowFilterInfo.filterExpr).toBe("country = '${{USER.country}}'");
    expect(USER_ATTRIBUTE.exec(filter.rowFilterInfo.filterExpr)?.[1]).toBe('country');
    const contractors = byName('row filter iceberg.gold.financial_reports');
    expect(contractors.rowFilterPolicyItems).toEqual([expect.objectContaining({ groups: ['contractor'], rowFilterInfo: { filterExpr: "report_date <= current_date - INTERVAL '30' DAY" } })]);
    // Their readers may read those tables and see the catalog at all.
    for (const t of [FINE_GRAINED.regionalSales, FINE_GRAINED.financialReports]) {
      expect(byName(`catalog=iceberg schema=gold table=${t.table} column=*`).policyItems).toEqual([expect.objectContaining({ groups: [t.group], accesses: [{ type: 'select', isAllowed: true }] })]);
      expect(byName('catalog=iceberg').policyItems).toContainEqual(expect.objectContaining({ groups: [t.group] }));
    }
    // The attribute the regional filter reads comes from the config, into Ranger's user store.
    expect(state().users).toEqual([{ name: 'dave', attributes: { country: 'DE' } }]);
  });

  test('what the Trino plugin requires: everybody runs queries and acts as itself', () => {
    const queries = policies.find((p) => Object.keys(p.resources).join() === 'queryid')!;
    expect(queries.resources.queryid!.values).toEqual(['*']);
    expect(queries.policyItems).toEqual([expect.objectContaining({ groups: [PUBLIC_GROUP], accesses: [{ type: 'execute', isAllowed: true }] })]);
    const self = policies.find((p) => Object.keys(p.resources).join() === 'trinouser')!;
    expect(self.resources.trinouser!.values).toEqual([CURRENT_USER]);
    expect(self.policyItems).toEqual([expect.objectContaining({ users: [CURRENT_USER], accesses: [{ type: 'impersonate', isAllowed: true }] })]);
  });

  test('grant what the file rules grant on tables, for every principal and schema (and table maintenance, which file rules never restrict)', () => {
    const rules = trinoChart(synths[env]).fileRules;
    const principals = [...SERVICE_USERS.map((user) => ({ user })), ...['admin', 'engineer', 'analyst'].map((group) => ({ group }))];
    const differences: string[] = [];
    for (const who of principals) {
      for (const schema of ['bronze', 'silver', 'gold', 'staging', 'scratch']) {
        const file = fileRuleTablePrivileges(rules, who, 'iceberg', schema, 'events');
        const ranger = rangerTableAccesses(policies, who, 'iceberg', schema, 'events');
        const expected = new Set(file.flatMap((p) => ({ SELECT: ['select'], INSERT: ['insert'], UPDATE: ['insert'], DELETE: ['delete'], OWNERSHIP: ['create', 'drop', 'alter', 'show'], GRANT_SELECT: ['grant'] })[p]!));
        if ('user' in who && who.user === PIPELINE_USER && ['bronze', 'silver', 'gold'].includes(schema)) expected.add('alter');
        const a = [...expected].sort().join(',');
        const b = [...ranger].sort().join(',');
        if (a !== b) differences.push(`${JSON.stringify(who)} on iceberg.${schema}: file rules ${a || '-'}, Ranger ${b || '-'}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

/** The privileges of the first file table rule that matches (Trino's file-based access control). */
function fileRuleTablePrivileges(rules: AccessControlDocument, who: { user?: string; group?: string }, catalog: string, schema: string, table: string): string[] {
  const matches = (pattern: string | undefined, value: string) => pattern === undefined || new RegExp(`^(${pattern})$`).test(value);
  const rule = rules.tables.find(
    (r) =>
      (r.user === undefined || r.user === who.user) &&
      (r.group === undefined || r.group === who.group) &&
      matches(r.catalog, catalog) &&
      matches(r.schema, schema) &&
      matches(r.table, table),
  );
  return rule ? [...rule.privileges] : [];
}

/** The union of the accesses Ranger's table-level access policies allow (Ranger's evaluation, for plain values and "*"). */
function rangerTableAccesses(policies: readonly RangerPolicy[], who: { user?: string; group?: string }, catalog: string, schema: string, table: string): Set<string> {
  const has = (values: readonly string[] | undefined, value: string) => values !== undefined && (values.includes('*') || values.includes(value));
  const out = new Set<string>();
  for (const p of policies.filter((x) => x.policyType === 0 && Object.keys(x.resources).join() === 'catalog,schema,table,column')) {
    if (!has(p.resources.catalog?.values, catalog) || !has(p.resources.schema?.values, schema) || !has(p.resources.table?.values, table)) continue;
    for (const item of p.policyItems) {
      const applies = (who.user !== undefined && item.users.includes(who.user)) || (who.group !== undefined && item.groups.includes(who.group)) || item.groups.includes(PUBLIC_GROUP);
      if (applies) item.accesses.forEach((a) => out.add(a.type));
    }
  }
  return out;
}

describe('file rule patterns translate, or fail saying why', () => {
  test('".*" and absent are every name; alternatives become a list', () => {
    expect(patternValues(undefined, 'x')).toEqual(['*']);
    expect(patternValues('.*', 'x')).toEqual(['*']);
    expect(patternValues('silver|gold', 'x')).toEqual(['gold', 'silver']);
  });
  test('a regular expression Ranger cannot express fails', () => {
    expect(() => patternValues('stg_.*', 'tables[3].table')).toThrow(
      'ranger: tables[3].table: the file rule pattern "stg_.*" has no Ranger equivalent (only ".*" and names joined by "|" translate; "stg_.*" is neither)',
    );
  });
});

describe.each(['dev', 'prod'] as const)('the admin in %s', (env) => {
  const production = env === 'prod';
  const objects = () => objectsOf(synths[env], 'ranger');
  const deployment = () => find(objects(), 'Deployment', 'ranger-admin');
  const admin = () => spec(deployment()).template.spec.containers[0];

  test('runs the pinned upstream image: 2 replicas of 4 vCPU / 8 GiB in production, one small one in dev', () => {
    expect(IMAGES.ranger).toEqual({ registry: 'docker.io', repository: 'apache/ranger', tag: '2.9.0' });
    expect(admin().image).toBe('docker.io/apache/ranger:2.9.0');
    expect(spec(deployment()).replicas).toBe(production ? 2 : 1);
    expect(admin().resources).toEqual(production ? { requests: { cpu: '4', memory: '8Gi' }, limits: { memory: '8Gi' } } : { requests: { cpu: '250m', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(rangerChart(env).installProperties.ranger_admin_max_heap_size).toBe(production ? '4096m' : '1024m');
    const pdb = objects().find((o) => o.kind === 'PodDisruptionBudget');
    const spread = spec(deployment()).template.spec.topologySpreadConstraints;
    if (production) {
      expect(spec(pdb!)).toMatchObject({ maxUnavailable: 1, selector: { matchLabels: rangerChart(env).podLabels } });
      expect(spread).toEqual([expect.objectContaining({ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: rangerChart(env).podLabels } })]);
    } else {
      expect(pdb).toBeUndefined();
      expect(spread).toBeUndefined();
    }
    expect(rangerChart(env).workloads).toContainEqual(expect.objectContaining({ name: 'ranger-admin', replicas: production ? 2 : 1 }));
  });

  test('runs restricted as the image\'s user, HTTPS only, probed on a page that needs no login', () => {
    const pod = spec(deployment()).template.spec;
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, runAsUser: RANGER_UID, runAsGroup: RANGER_UID, fsGroup: RANGER_UID, seccompProfile: { type: 'RuntimeDefault' } });
    expect(admin().securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    // setup.sh writes into the image's install at every start (chart.ts says so next to it).
    expect(admin().securityContext.readOnlyRootFilesystem).toBe(false);
    expect(admin().ports).toEqual([{ name: 'https', containerPort: ADMIN_PORT }]);
    for (const probe of [admin().readinessProbe, admin().livenessProbe, admin().startupProbe]) {
      expect(probe.httpGet).toEqual({ path: '/login.jsp', port: ADMIN_PORT, scheme: 'HTTPS' });
    }
    const props = rangerChart(env).installProperties;
    expect(props).toMatchObject({ policymgr_http_enabled: 'false', policymgr_https_keystore_keyalias: 'rangeradmin', setup_mode: 'SeparateDBA', authentication_method: 'NONE', sso_enabled: 'false', audit_store: 'db' });
    expect(props.policymgr_external_url).toBe(`https://ranger-admin.ranger.svc:${ADMIN_PORT}`);
    const cert = find(objects(), 'Certificate', 'ranger-admin-tls');
    expect(spec(cert).dnsNames).toContain('ranger-admin.ranger.svc');
  });

  test('keeps its policies in its own CloudNativePG database over verify-full TLS, backed up and drilled, protected by the data guard', () => {
    const db = rangerChart(env).database;
    const props = rangerChart(env).installProperties;
    expect(props).toMatchObject({ DB_FLAVOR: 'POSTGRES', db_host: `${db.host}:5432`, db_name: 'ranger', db_user: 'ranger', db_ssl_enabled: 'true', db_ssl_verifyServerCertificate: 'true', db_ssl_certificate_file: '/etc/ranger-admin/db-ca/ca.crt' });
    expect(spec(deployment()).template.spec.volumes).toContainEqual({ name: 'db-ca', secret: { secretName: 'ranger-db-ca', items: [{ key: 'ca.crt', path: 'ca.crt' }] } });
    expect(objects().filter((o) => o.kind === 'ScheduledBackup').map((o) => spec(o).cluster.name)).toEqual(['ranger-db', 'ranger-db']);
    expect(db.verification?.query).toContain('x_service_def');
    expect(DATABASE_COMPONENTS).toContain('ranger');
    const drills = synths[env].rendered.objects.get('restore-drills') ?? [];
    expect(JSON.stringify(drills)).toContain('ranger-db');
    const cluster = find(objects(), 'Cluster', 'ranger-db');
    expect((cluster.metadata.annotations as Record<string, string> | undefined)?.['argocd.argoproj.io/sync-options']).toMatch(/Prune=false/);
    expect((find(objects(), 'Namespace', 'ranger').metadata.annotations as Record<string, string> | undefined)?.['argocd.argoproj.io/sync-options']).toMatch(/Delete=false/);
  });

  test('takes every password from the sealed Secret, and none is in git', () => {
    expect(find(objects(), 'SealedSecret', 'ranger-admin')).toBeDefined();
    const env_ = admin().env as Array<{ name: string; value?: string; valueFrom?: unknown }>;
    expect(env_.filter((e) => /PASSWORD/.test(e.name) && e.value !== undefined)).toEqual([]);
    expect(env_.map((e) => e.name).sort()).toEqual(['ADMIN_PASSWORD', 'DB_PASSWORD', 'KEYADMIN_PASSWORD', 'KEYSTORE_PASSWORD', 'TAGSYNC_PASSWORD', 'USERSYNC_PASSWORD']);
    // No password in install.properties but unix_user_pwd, the upstream's fixed value for its Unix
    // authentication service, which authentication_method NONE does not use.
    const props = rangerChart(env).installProperties;
    expect(Object.keys(props).filter((k) => /password|pwd/i.test(k) && props[k] !== '')).toEqual(['unix_user_pwd']);
    expect(props.authentication_method).toBe('NONE');
    const all = JSON.stringify(objects());
    // The upstream image's and docker setup's public default password, and Ranger's account defaults.
    expect(all).not.toContain('rangerR0cks');
    expect(all).not.toMatch(/_password=(admin|ranger|keyadmin)/);
    expect(objects().filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  test('applies the policies with a PostSync Job after every sync, as the admin, trusting the platform CA', () => {
    const job = find(objects(), 'Job', 'ranger-policies');
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const c = spec(job).template.spec.containers[0];
    expect(c.image).toBe('docker.io/apache/ranger:2.9.0');
    expect(c.command).toEqual(['python3', '/etc/ranger-policies/sync.py']);
    expect(c.env).toEqual(
      expect.arrayContaining([
        { name: 'RANGER_URL', value: rangerChart(env).url },
        { name: 'RANGER_ADMIN_SECRET', valueFrom: { secretKeyRef: { name: 'ranger-admin', key: 'admin-password' } } },
        { name: 'RANGER_CA_FILE', value: '/etc/platform-ca/ca.crt' },
        { name: 'RANGER_PLUGIN_SECRET', valueFrom: { secretKeyRef: { name: 'ranger-trino-plugin', key: 'password' } } },
      ]),
    );
    const script = (find(objects(), 'ConfigMap', 'ranger-policies').data as Record<string, string>)['sync.py'];
    expect(script).toContain(`AUTH = ("admin", "${PASSWORD_PREFIX}" + os.environ["RANGER_ADMIN_SECRET"])`);
    expect(script).toContain('"updateIfExists": "true", "policyMatchingAlgorithm": "matchByName", "createPrincipalsIfAbsent": "true"');
    const start = (find(objects(), 'ConfigMap', 'ranger-admin-config').data as Record<string, string>)['admin-start.sh'];
    expect(start).toContain(`printf '%s%s' '${PASSWORD_PREFIX}' "$1"`);
    expect(start).not.toContain('@PASSWORD_PREFIX@');
  });

  test('opens every flow and nothing else: Trino to the admin, the Job to the admin, the admin to its database', () => {
    const ingress = (name: string) => spec(find(objects(), 'NetworkPolicy', name));
    expect(ingress('allow-from-trino')).toMatchObject({
      podSelector: { matchLabels: rangerChart(env).podLabels },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'trino' } }, podSelector: { matchLabels: { 'app.kubernetes.io/component': 'coordinator' } } }], ports: [{ port: ADMIN_PORT, protocol: 'TCP' }] }],
    });
    expect(ingress('allow-from-policies-job').ingress[0].ports).toEqual([{ port: ADMIN_PORT, protocol: 'TCP' }]);
    expect(ingress('allow-to-policies-to-admin').egress[0].ports).toEqual([{ port: ADMIN_PORT, protocol: 'TCP' }]);
    expect(ingress('allow-to-admin-to-db').egress[0]).toMatchObject({ to: [{ podSelector: { matchLabels: rangerChart(env).database.podLabels } }], ports: [{ port: 5432, protocol: 'TCP' }] });
    const trinoEgress = spec(find(objectsOf(synths[env], 'trino'), 'NetworkPolicy', 'allow-to-policy-admin'));
    expect(trinoEgress).toMatchObject({ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'coordinator' } }, egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ranger' } } }], ports: [{ port: ADMIN_PORT, protocol: 'TCP' }] }] });
    expect(objects().filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name).sort()).toEqual(
      ['allow-dns', 'allow-from-policies-job', 'allow-from-trino', 'allow-ranger-db', 'allow-scrape-ranger-admin', 'allow-scrape-ranger-db', 'allow-to-admin-to-db', 'allow-to-object-store', 'allow-to-policies-to-admin', 'default-deny'].sort(),
    );
    // Prometheus scrapes the admin's metrics over HTTPS, verifying it against the platform CA.
    expect(spec(find(objects(), 'NetworkPolicy', 'allow-scrape-ranger-admin')).ingress).toEqual([{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: [{ protocol: 'TCP', port: ADMIN_PORT }] }]);
    expect(spec(find(objects(), 'ServiceMonitor', 'ranger-admin')).endpoints).toEqual([
      { port: 'https', scheme: 'https', path: '/service/metrics/prometheus', interval: '60s', tlsConfig: { ca: { configMap: { name: 'platform-ca-bundle', key: 'ca.crt' } }, serverName: 'ranger-admin.ranger.svc' } },
    ]);
  });
});

describe('the whole synth of a ranger-enabled dev and prod', () => {
  test.each(['dev', 'prod'] as const)('%s passes the gate (schema, platform policies, ArgoCD simulation) and syncs Ranger before Trino', (env) => {
    const r = synths[env];
    expect([r.gate.schemaErrors, r.gate.violations, r.gate.sync]).toEqual([[], [], []]);
    expect(r.build.components.map((c) => c.id)).toContain('ranger');
    expect(r.build.waves.get('ranger')!).toBeLessThan(r.build.waves.get('trino')!);
    // The map and the capacity plan show it.
    expect(r.rendered.files.get('README.md')).toContain('ranger-admin.ranger.svc:6182');
    expect(r.rendered.files.get('REPORT.md')).toContain('ranger-admin');
    // The extra groups have members, so no warning about row filters applying to nobody.
    expect(r.warnings.filter((w) => w.includes('applies to nobody'))).toEqual([]);
  });

  test('turning ranger off after it ran stops the synth unless it is decommissioned (the data guard keeps its database)', () => {
    const previous = JSON.parse(synths.dev.rendered.files.get('data-inventory.json')!);
    expect(Object.keys(previous.components)).toContain('ranger');
    let message = '';
    try {
      synthConfig(loadEnvironment('dev', 3), undefined, { previous });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('ranger');
    expect(message).toContain('decommission');
  });

  test('without members for the row filters\' groups it says so', () => {
    const config = rangerVariant('dev');
    const withoutGroups = { ...config, components: { ...config.components, trino: { ...config.components.trino, extraGroups: {} } } } as PlatformConfig;
    const built = buildEnvironment(withoutGroups);
    const warnings = built.charts.get('ranger')!.flatMap((c) => c.warnings);
    expect(warnings).toEqual([
      'ranger: the row filter for group "regional_manager" applies to nobody yet: add its members to trino.extraGroups.regional_manager',
      'ranger: the row filter for group "contractor" applies to nobody yet: add its members to trino.extraGroups.contractor',
    ]);
  });
});

describe('alerts and runbook', () => {
  test('every alert names a section of the ranger runbook', () => {
    expect(RANGER_ALERTS.rules.map((r) => r.alert)).toEqual(['RangerAdminDown', 'RangerAdminDegraded', 'RangerAdminMetricsDown', 'RangerPolicySyncFailed']);
    const runbook = fs.readFileSync(path.join(__dirname, '..', 'docs', 'runbooks', 'ranger.md'), 'utf8');
    for (const r of RANGER_ALERTS.rules) expect(r.runbook).toMatch(/^ranger\.md#/);
    expect(runbook).toContain('## Ranger admin down');
    expect(runbook).toContain('## Ranger policy sync failed');
  });
});

describe('bad configuration names the field, the value and the fix', () => {
  const errorOf = (ranger: Record<string, unknown>, trino: Record<string, unknown> = {}): string => {
    try {
      const config = parseConfig({ ...ENVIRONMENTS.prod, phase: 3, components: { ...ENVIRONMENTS.prod.components, ranger: { enabled: true, ...ranger }, trino } }, 'prod.ts');
      buildEnvironment(config);
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };
  test.each([
    [{ replicas: 0 }, '  - components.ranger.replicas: got 0; must be >= 1'],
    [{ memoryGiB: 1 }, '  - components.ranger.memoryGiB: got 1; must be >= 2 (Ranger admin starts its JVM with a 1 GiB minimum heap)'],
    [{ cpu: 0 }, '  - components.ranger.cpu: got 0; must be > 0'],
    [{ pollIntervalSeconds: 1 }, '  - components.ranger.pollIntervalSeconds: got 1; must be >= 5 (every poll downloads the policies when they changed)'],
    [{ userAttributes: { Alice: { country: 'DE' } } }, '  - components.ranger.userAttributes.Alice'],
    [{ userAttributes: { alice: { Country: 'DE' } } }, '  - components.ranger.userAttributes.alice.Country'],
    [
      { userAttributes: { alice: { country: "DE' OR '1'='1" } } },
      `  - components.ranger.userAttributes.alice.country: got "DE' OR '1'='1"; must be letters, digits, " ", "_", "." or "-" (the value goes into SQL row filters as it is, so quotes are not allowed)`,
    ],
    [{ database: { instances: 0 } }, '  - components.ranger.database.instances: got 0; must be >= 1'],
  ])('%j', (ranger, message) => {
    expect(errorOf(ranger)).toContain(message);
  });
  test('an extra Trino group named like a platform role', () => {
    expect(errorOf({}, { extraGroups: { admin: ['mallory'] } })).toBe('trino.extraGroups.admin: "admin" is a platform role, whose members come from trino.groupMembers; choose another group name');
  });
  test('a Trino service user in an extra group', () => {
    expect(errorOf({}, { extraGroups: { contractor: ['airflow'] } })).toBe('trino.extraGroups.contractor: "airflow" is a Trino service user (it signs in with a password, not through Keycloak); remove it');
  });
  test('an extra group name that is not a group name', () => {
    expect(errorOf({}, { extraGroups: { 'Regional-Managers': ['dave'] } })).toContain('  - components.trino.extraGroups.Regional-Managers');
  });
});

describe('the scripts', () => {
  test('admin-start.sh is valid bash', () => {
    const result = spawnSync('bash', ['-n', path.join(__dirname, '..', 'charts', 'ranger', 'admin-start.sh')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
  testNeeding(PYTHON3)('sync.py compiles', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ranger-sync-')), 'sync.pyc');
    const result = spawnSync('python3', ['-c', `import py_compile; py_compile.compile(${JSON.stringify(path.join(__dirname, '..', 'charts', 'ranger', 'sync.py'))}, cfile=${JSON.stringify(out)}, doraise=True)`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

