/**
 * Trino settings computed from typed inputs: JVM heap and memory limits derived from the
 * container memory, the file-based access-control rules generated from role rules, the group
 * file that gives people their platform roles, and the resource groups that keep one runaway
 * query (or one user) from taking the cluster.
 */
import type { TrinoAccessRule, TrinoExtraGroups, TrinoGroupMembers, TrinoPrivilege } from './config';
import { TRINO_PRIVILEGES } from './config';
import type { PlatformGroup, PlatformRole } from '../keycloak/handle';

/** What the JVM and Trino get out of one container's memory (all MiB). */
export interface TrinoMemory {
  readonly containerMiB: number;
  /** -Xmx */
  readonly heapMiB: number;
  /** memory.heap-headroom-per-node: heap kept for allocations Trino does not track. */
  readonly headroomMiB: number;
  /** query.max-memory-per-node: the most one query may use on this node. */
  readonly maxMemoryPerNodeMiB: number;
}

/** Memory the JVM needs outside the heap (code cache 512M, metaspace, threads, direct buffers). */
export const MIN_NON_HEAP_MIB = 1024;
/** The smallest heap Trino is run with. */
export const MIN_HEAP_MIB = 2048;
/** Share of the heap kept as headroom (Trino's default). */
export const HEADROOM_PERCENT = 30;
/** Share of the heap one query may use on a node: leaves room for others next to a runaway one. */
export const QUERY_PER_NODE_PERCENT = 40;

/**
 * Derives heap and memory limits from the container memory; `field` names the config field in
 * messages. Fails when the container is too small for the heap it implies.
 */
export function deriveMemory(field: string, memoryGiB: number, heapPercent: number): TrinoMemory {
  if (!(memoryGiB > 0)) {
    throw new Error(`${field}.memoryGiB must be > 0 (got ${memoryGiB})`);
  }
  if (!Number.isInteger(heapPercent) || heapPercent < 50 || heapPercent > 90) {
    throw new Error(`trino.heapPercent must be an integer from 50 to 90 (got ${heapPercent})`);
  }
  const containerMiB = Math.round(memoryGiB * 1024);
  const heapMiB = Math.floor((containerMiB * heapPercent) / 100);
  const nonHeapMiB = containerMiB - heapMiB;
  let neededGiB = 1;
  while (!fits(neededGiB * 1024, heapPercent)) {
    neededGiB++;
  }
  if (nonHeapMiB < MIN_NON_HEAP_MIB) {
    throw new Error(
      `${field}.memoryGiB ${memoryGiB} is too small for the heap it implies: a ${heapPercent}% heap is ${heapMiB} MiB and leaves ${nonHeapMiB} MiB ` +
        `outside the heap, where the JVM needs at least ${MIN_NON_HEAP_MIB} MiB (code cache, metaspace, threads); set ${field}.memoryGiB to at least ${neededGiB} or lower trino.heapPercent`,
    );
  }
  if (heapMiB < MIN_HEAP_MIB) {
    throw new Error(
      `${field}.memoryGiB ${memoryGiB} is too small for Trino: a ${heapPercent}% heap is ${heapMiB} MiB, below the ${MIN_HEAP_MIB} MiB minimum; set ${field}.memoryGiB to at least ${neededGiB}`,
    );
  }
  const headroomMiB = Math.floor((heapMiB * HEADROOM_PERCENT) / 100);
  const maxMemoryPerNodeMiB = Math.floor((heapMiB * QUERY_PER_NODE_PERCENT) / 100);
  return { containerMiB, heapMiB, headroomMiB, maxMemoryPerNodeMiB };
}

function fits(containerMiB: number, heapPercent: number): boolean {
  const heapMiB = Math.floor((containerMiB * heapPercent) / 100);
  return heapMiB >= MIN_HEAP_MIB && containerMiB - heapMiB >= MIN_NON_HEAP_MIB;
}

/** Trino data size in MiB (airlift's MB is 1024-based). */
export function dataSize(mib: number): string {
  return `${mib}MB`;
}

/** The group (platform role) of Trino's administrators: everything, system information, procedures. */
export const ADMIN_GROUP = 'admin';

/** The built-in user the first-query Job runs as (inside Trino's namespace only). */
export const SETUP_USER = 'lakeplane-setup';

/** The user the orchestrator's DAGs (CSV load, table maintenance, health check) and its load test run as. */
export const PIPELINE_USER = 'airflow';

/** The user dbt's models run as: reads bronze and silver, owns the staging views and the gold marts. */
export const TRANSFORM_USER = 'dbt';

/** The user the data catalog's ingestion runs as: reads every medallion table (metadata, profiles, query history), writes nothing. */
export const CATALOG_USER = 'openmetadata';

/** Users that sign in with a password from a sealed secret, not through Keycloak. */
/** The user the quality gate's checks run as: reads silver and the staging views, writes nothing. */
export const QUALITY_USER = 'quality';

export const SERVICE_USERS = [SETUP_USER, PIPELINE_USER, TRANSFORM_USER, CATALOG_USER, QUALITY_USER] as const;
export type TrinoServiceUser = (typeof SERVICE_USERS)[number];

/** The medallion schemas of the iceberg catalog. */
const BRONZE = 'bronze';
const REFINED = 'silver|gold';
/** The schemas dbt owns: its staging views over bronze and silver, and the gold marts. */
const DBT_SCHEMAS = 'staging|gold';

/** Who a file rule matches: a user, a group (a platform role or an extra group), or everybody when neither is set. */
export interface RulePrincipal {
  readonly user?: string;
  readonly group?: string;
}

/** A catalog rule of rules.json; `catalog` is a regular expression, every catalog when absent. */
export interface CatalogRule extends RulePrincipal {
  readonly catalog?: string;
  readonly allow: 'all' | 'read-only';
}

/** A schema rule of rules.json (ownership); `catalog` and `schema` are regular expressions. */
export interface SchemaRule extends RulePrincipal {
  readonly catalog?: string;
  readonly schema?: string;
  readonly owner: boolean;
}

/** A table rule of rules.json; `catalog`, `schema` and `table` are regular expressions. */
export interface TableRule extends RulePrincipal {
  readonly catalog?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly privileges: readonly TrinoPrivilege[];
}

/** Trino's file-based access-control document (rules.json). */
export interface AccessControlDocument {
  readonly catalogs: readonly CatalogRule[];
  readonly schemas: readonly SchemaRule[];
  readonly tables: readonly TableRule[];
}

/** The architecture document's rules when none are configured. */
export const DEFAULT_ACCESS_RULES: readonly TrinoAccessRule[] = [
  { role: 'engineer', tables: 'iceberg.*.*', privileges: ['SELECT', 'INSERT', 'DELETE', 'UPDATE', 'OWNERSHIP'] },
  { role: 'analyst', tables: 'iceberg.gold.*', privileges: ['SELECT'] },
];

const WRITE_PRIVILEGES = new Set(['INSERT', 'DELETE', 'UPDATE', 'OWNERSHIP']);

function pattern(part: string): string {
  return part === '*' ? '.*' : part;
}

/** Strongest role first: Trino applies the first rule that matches, and a person holds every role their group's role includes. */
const ROLE_RANK: Readonly<Record<TrinoAccessRule['role'], number>> = { admin: 0, engineer: 1, analyst: 2 };

/**
 * Generates rules.json from typed role rules. Groups are the platform roles the group file
 * gives each person; `admin` may do everything, the setup user owns the catalogs' schemas,
 * the pipeline user may do what the DAGs do and no more, and anything not granted is denied.
 * Fails on a rule that names a catalog Trino does not have.
 */
export function accessControlRules(rules: readonly TrinoAccessRule[], catalogs: readonly string[]): AccessControlDocument {
  const parsed = rules.map((rule, i) => {
    const [catalog, schema, table] = rule.tables.split('.');
    if (!catalogs.includes(catalog)) {
      throw new Error(
        `trino.accessRules[${i}].tables: catalog "${catalog}" in "${rule.tables}" is not configured; configured catalogs: ${[...catalogs].sort().join(', ')}`,
      );
    }
    for (const p of rule.privileges) {
      if (!(TRINO_PRIVILEGES as readonly string[]).includes(p)) {
        throw new Error(`trino.accessRules[${i}].privileges: "${p}" is not a Trino table privilege (${TRINO_PRIVILEGES.join(', ')})`);
      }
    }
    return { ...rule, catalog, schema, table };
  });
  // A stable sort: the configured order holds within a role.
  parsed.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);

  // Catalog access per (role, catalog): 'all' when any rule writes, else 'read-only'.
  const catalogAccess = new Map<string, { group: string; catalog: string; allow: CatalogRule['allow'] }>();
  for (const r of parsed) {
    const key = `${r.role}/${r.catalog}`;
    const writes = r.privileges.some((p) => WRITE_PRIVILEGES.has(p));
    const previous = catalogAccess.get(key);
    catalogAccess.set(key, { group: r.role, catalog: r.catalog, allow: writes || previous?.allow === 'all' ? 'all' : 'read-only' });
  }
  const everything: TrinoPrivilege[] = [...TRINO_PRIVILEGES];
  return {
    catalogs: [
      { group: 'admin', allow: 'all' },
      { user: SETUP_USER, catalog: 'iceberg', allow: 'all' },
      // CREATE TABLE and INSERT need write access to the catalog.
      { user: PIPELINE_USER, catalog: 'iceberg', allow: 'all' },
      { user: TRANSFORM_USER, catalog: 'iceberg', allow: 'all' },
      { user: CATALOG_USER, catalog: 'iceberg', allow: 'read-only' },
      { user: QUALITY_USER, catalog: 'iceberg', allow: 'read-only' },
      ...[...catalogAccess.values()].map((c) => ({ group: c.group, catalog: c.catalog, allow: c.allow })),
      // Clients read metadata (system.jdbc, system.metadata); the runtime tables are filtered per user.
      { catalog: 'system', allow: 'read-only' },
    ],
    schemas: [
      { group: 'admin', owner: true },
      { user: SETUP_USER, catalog: 'iceberg', owner: true },
      // dbt creates its schemas when missing (CREATE SCHEMA needs their ownership).
      { user: TRANSFORM_USER, catalog: 'iceberg', schema: DBT_SCHEMAS, owner: true },
      ...parsed
        .filter((r) => r.privileges.includes('OWNERSHIP'))
        .map((r) => ({ group: r.role, catalog: r.catalog, schema: pattern(r.schema), owner: true })),
    ],
    tables: [
      { group: 'admin', privileges: everything },
      { user: SETUP_USER, catalog: 'iceberg', privileges: everything },
      // csv_to_bronze creates bronze tables (CREATE TABLE needs OWNERSHIP of the new table)
      // and inserts into them; the load test counts rows of one. No DELETE, UPDATE, or grant.
      { user: PIPELINE_USER, catalog: 'iceberg', schema: BRONZE, privileges: ['SELECT', 'INSERT', 'OWNERSHIP'] },
      // iceberg_table_maintenance lists every medallion schema's tables (SHOW TABLES shows
      // only tables with some privilege) and compacts them with ALTER TABLE EXECUTE optimize:
      // file-based access control does not restrict table procedures (checkCanExecuteTableProcedure).
      { user: PIPELINE_USER, catalog: 'iceberg', schema: REFINED, privileges: ['SELECT'] },
      // dbt reads what the loads and Spark wrote and never writes there; it builds (creates,
      // replaces, inserts into) only its own staging views and gold marts.
      { user: TRANSFORM_USER, catalog: 'iceberg', schema: 'bronze|silver', privileges: ['SELECT'] },
      { user: TRANSFORM_USER, catalog: 'iceberg', schema: DBT_SCHEMAS, privileges: everything },
      // The catalog lists and profiles every table and reads none of the data beyond samples.
      { user: CATALOG_USER, catalog: 'iceberg', privileges: ['SELECT'] },
      // The quality gate checks what gold is built from, before it is built.
      { user: QUALITY_USER, catalog: 'iceberg', schema: 'silver|staging', privileges: ['SELECT'] },
      ...parsed.map((r) => ({ group: r.role, catalog: r.catalog, schema: pattern(r.schema), table: pattern(r.table), privileges: [...r.privileges] })),
    ],
  };
}

export interface ResourceGroupLimits {
  readonly maxConcurrentQueries: number;
  readonly maxQueuedQueries: number;
}

/**
 * Resource groups: one root group with a memory cap below 100% and per-role subgroups whose
 * users each get their own queue, so neither one user nor one role can take the cluster.
 */
export function resourceGroups(limits: ResourceGroupLimits): Record<string, unknown> {
  const { maxConcurrentQueries: total, maxQueuedQueries: queued } = limits;
  const share = (percent: number): number => Math.max(1, Math.floor((total * percent) / 100));
  const perUser = (name: string, memory: string, concurrency: number): Record<string, unknown> => ({
    name,
    softMemoryLimit: memory,
    hardConcurrencyLimit: concurrency,
    maxQueued: queued,
    subGroups: [{ name: '${USER}', softMemoryLimit: '50%', hardConcurrencyLimit: Math.max(1, Math.ceil(concurrency / 2)), maxQueued: Math.max(1, Math.floor(queued / 4)) }],
  });
  return {
    rootGroups: [
      {
        name: 'global',
        softMemoryLimit: '90%',
        hardConcurrencyLimit: total,
        maxQueued: queued,
        schedulingPolicy: 'weighted_fair',
        jmxExport: true,
        subGroups: [
          { name: 'admin', softMemoryLimit: '100%', hardConcurrencyLimit: share(25), maxQueued: queued, schedulingWeight: 1 },
          { name: 'pipeline', softMemoryLimit: '60%', hardConcurrencyLimit: share(50), maxQueued: queued, schedulingWeight: 4 },
          { ...perUser('adhoc', '40%', share(50)), schedulingWeight: 2 },
        ],
      },
    ],
    selectors: [
      { userGroup: 'admin', group: 'global.admin' },
      { user: SETUP_USER, group: 'global.pipeline' },
      { user: PIPELINE_USER, group: 'global.pipeline' },
      { user: TRANSFORM_USER, group: 'global.pipeline' },
      { user: CATALOG_USER, group: 'global.pipeline' },
      { user: QUALITY_USER, group: 'global.pipeline' },
      { userGroup: 'engineer', group: 'global.pipeline' },
      { group: 'global.adhoc.${USER}' },
    ],
  };
}

/**
 * The platform roles a realm group grants: its own role and every role that one includes. In
 * the realm each role includes the next one of `roles` (a composite), so a group grants its
 * role and all roles after it.
 */
export function rolesOfGroup(group: PlatformGroup, roles: readonly PlatformRole[]): PlatformRole[] {
  const at = roles.indexOf(group.role);
  if (at < 0) {
    throw new Error(`realm group ${group.name} grants role "${group.role}", which is not a platform role (${roles.join(', ')})`);
  }
  return roles.slice(at);
}

/**
 * Trino's group file (`group:user,user`): one line per platform role with everybody whose realm
 * group grants it, so the role rules and resource-group selectors match people as they match
 * the roles in Keycloak. Fails on a service user listed as a member and on an unknown group.
 */
export function groupFile(members: TrinoGroupMembers, groups: readonly PlatformGroup[], roles: readonly PlatformRole[], extraGroups: TrinoExtraGroups = {}): string {
  const byRole = new Map<PlatformRole, Set<string>>(roles.map((role) => [role, new Set<string>()]));
  for (const [groupName, users] of Object.entries(members)) {
    const group = groups.find((g) => g.name === groupName);
    if (!group) {
      throw new Error(`trino.groupMembers.${groupName}: not a group of the platform realm (${groups.map((g) => g.name).join(', ')})`);
    }
    for (const user of users ?? []) {
      if ((SERVICE_USERS as readonly string[]).includes(user)) {
        throw new Error(`trino.groupMembers.${groupName}: "${user}" is a Trino service user (it signs in with a password, not through Keycloak); remove it`);
      }
      for (const role of rolesOfGroup(group, roles)) {
        byRole.get(role)!.add(user);
      }
    }
  }
  const extra = Object.entries(extraGroups).sort(([a], [b]) => a.localeCompare(b));
  for (const [name, users] of extra) {
    if ((roles as readonly string[]).includes(name)) {
      throw new Error(`trino.extraGroups.${name}: "${name}" is a platform role, whose members come from trino.groupMembers; choose another group name`);
    }
    const service = users.find((user) => (SERVICE_USERS as readonly string[]).includes(user));
    if (service !== undefined) {
      throw new Error(`trino.extraGroups.${name}: "${service}" is a Trino service user (it signs in with a password, not through Keycloak); remove it`);
    }
  }
  return [
    '# Platform roles and who holds them, from the members of the realm\'s groups (lakeplane config trino.groupMembers).',
    ...roles.map((role) => `${role}:${[...byRole.get(role)!].sort().join(',')}`),
    ...(extra.length > 0 ? ['# Groups of Trino\'s own (lakeplane config trino.extraGroups), for rules and policies beyond the platform roles.'] : []),
    ...extra.map(([name, users]) => `${name}:${[...new Set(users)].sort().join(',')}`),
    '',
  ].join('\n');
}
