/** Config slice of the `trino` component (the query engine). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, { error: 'must be a lower-case SQL identifier' });

/** A Keycloak user name as Trino sees it (Keycloak keeps user names in lower case). */
const userName = z.string().regex(/^[a-z0-9][-._@a-z0-9]*$/, { error: 'must be a Keycloak user name (lower-case letters, digits, "-", "_", ".", "@")' });

/** Trino table privileges of file-based access control. */
export const TRINO_PRIVILEGES = ['SELECT', 'INSERT', 'DELETE', 'UPDATE', 'OWNERSHIP', 'GRANT_SELECT'] as const;
export type TrinoPrivilege = (typeof TRINO_PRIVILEGES)[number];

/** A group name of Trino's group file (lower case, digits and "_"). */
const groupName = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'must be a group name: lower-case letters, digits and "_", starting with a letter' });

export const TrinoAccessRuleSchema = z.strictObject({
  /** Platform role (a Keycloak realm role, carried in the token as a Trino group). */
  role: z.enum(['admin', 'engineer', 'analyst']),
  /**
   * Tables the rule covers, as catalog.schema.table where schema and table may be `*`
   * (any), e.g. `iceberg.gold.*`.
   */
  tables: z.string().regex(/^[a-z_][a-z0-9_]*\.([a-z_][a-z0-9_]*|\*)\.([a-z_][a-z0-9_]*|\*)$/, { error: 'must be catalog.schema.table, where schema and table may be *, e.g. iceberg.gold.*' }),
  privileges: z.array(z.enum(TRINO_PRIVILEGES)).min(1, { error: 'must list at least one privilege' }),
});

const pool = z.strictObject({
  /** CPU request per pod in cores. */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per pod in GiB; the JVM heap and Trino's memory limits derive from it. */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export const TrinoConfigSchema = z.strictObject({
  ...componentBase,
  /** @default { cpu: 4, memoryGiB: 16 } in production, { cpu: 1, memoryGiB: 5 } in small */
  coordinator: pool.optional(),
  workers: z
    .strictObject({
      ...pool.shape,
      /** Worker pods (the HPA minimum when autoscaling). @default 3 in production, 1 in small */
      replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /** The most workers the platform may run (the HPA maximum). @default 6 in production, 2 in small */
      maxReplicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /** Scale workers between replicas and maxReplicas on CPU use (HorizontalPodAutoscaler). @default false */
      autoscaling: z.boolean().optional(),
    })
    .optional(),
  /** Share of container memory given to the JVM heap, in percent. @default 80 */
  heapPercent: z.int().min(50, { error: 'must be >= 50' }).max(90, { error: 'must be <= 90' }).optional(),
  /** Longest a query may run, queued time included (Trino duration). @default '2h' */
  queryMaxExecutionTime: z.string().regex(/^[0-9]+(s|m|h|d)$/, { error: 'must be a duration such as 30m or 2h' }).optional(),
  /** Queries running at once in the whole cluster (resource groups). @default 40 in production, 8 in small */
  maxConcurrentQueries: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Queries waiting in the queue before new ones are refused. @default 200 */
  maxQueuedQueries: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /**
   * Table access rules by platform role. @default - admin: all; engineer: all on iceberg;
   * analyst: SELECT on iceberg.gold.* (the architecture document's example)
   */
  accessRules: z.array(TrinoAccessRuleSchema).optional(),
  /**
   * Members of the platform realm's groups, by Keycloak user name (the `preferred_username`
   * Trino takes as the user). Trino 480 reads no groups from tokens: its file group provider
   * maps each member to the platform roles their group grants (and the roles those include),
   * and the access rules and resource groups match those roles. Keep it in step with the
   * groups in Keycloak. @default - nobody (people then reach only the system catalog)
   */
  groupMembers: z
    .strictObject({
      'platform-admins': z.array(userName).optional(),
      'data-engineers': z.array(userName).optional(),
      analysts: z.array(userName).optional(),
    })
    .optional(),
  /**
   * Groups of Trino's own beyond the platform roles, by Keycloak user name, written to the same
   * group file: the groups Ranger's policies name that the realm has no group for (the row
   * filters' `regional_manager` and `contractor`). Keycloak's tokens carry no groups Trino 480
   * reads, and Ranger has no Keycloak usersync, so these groups live here. @default - none
   */
  extraGroups: z.record(groupName, z.array(userName)).optional(),
  /** The optional `postgresql` catalog (testing and migration), on its own PostgreSQL database. */
  postgresqlCatalog: z
    .strictObject({
      /** @default false */
      enabled: z.boolean().optional(),
      /** Database name. @default 'sandbox' */
      database: identifier.optional(),
    })
    .optional(),
});

export type TrinoAccessRule = z.output<typeof TrinoAccessRuleSchema>;
export type TrinoConfig = z.output<typeof TrinoConfigSchema>;
export type TrinoGroupMembers = NonNullable<TrinoConfig['groupMembers']>;
export type TrinoExtraGroups = NonNullable<TrinoConfig['extraGroups']>;
