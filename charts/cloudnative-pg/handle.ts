/**
 * The handle the cloudnative-pg component gives the components that use it: the PostgreSQL
 * operator. The building blocks consume it (constructs/postgres-database.ts), so it is defined there.
 */
export type { PostgresOperator as CloudnativePgHandle } from '../../constructs/postgres-database';
