/**
 * Configuration of the kafka-connect component: the Connect workers, the change-data-capture
 * sources (Debezium PostgreSQL and MySQL) and the sink that lands their change events in the
 * bronze bucket.
 */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

const name = z.string().regex(/^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$/, { error: 'must be a DNS label of at most 32 characters (lower-case letters, digits, "-")' });
const host = z.string().regex(/^[A-Za-z0-9]([-.A-Za-z0-9]*[A-Za-z0-9])?$/, { error: 'must be a host name or an IP address' });
const qualifiedTable = z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]*\.[A-Za-z_][A-Za-z0-9_$]*$/, { error: 'must be <schema>.<table> (PostgreSQL) or <database>.<table> (MySQL)' });

const sourceBase = {
  /** Connector name; also the topic prefix (`cdc.<name>`) and the name of its credentials secret. */
  name,
  /** Database server host name. */
  host,
  /** Database to capture (PostgreSQL: the database; MySQL: the schema). */
  database: z.string().min(1),
  /** Tables to capture, qualified; at least one. */
  tables: z.array(qualifiedTable).min(1, { error: 'must list at least one table' }),
  /** The database user Debezium logs in as; its password is a sealed secret (`npm run seal`). @default 'debezium' */
  user: z.string().min(1).optional(),
  /**
   * Where the database is, for the Connect pods' egress NetworkPolicy: a namespace of this
   * cluster, or an address block. @default - { cidr: '0.0.0.0/0' } (any address, on the database port only)
   */
  network: z.union([z.strictObject({ namespace: z.string().min(1) }), z.strictObject({ cidr: z.string().regex(/^[0-9.]+\/[0-9]{1,2}$/, { error: 'must be an IPv4 CIDR such as 10.0.0.0/16' }) })]).optional(),
  /** Debezium `snapshot.mode`: copy the tables first (`initial`), or stream changes only (`no_data`). @default 'initial' */
  snapshotMode: z.enum(['initial', 'no_data', 'when_needed']).optional(),
};

export const PostgresSourceSchema = z.strictObject({
  type: z.literal('postgres'),
  ...sourceBase,
  /** @default 5432 */
  port: z.int().min(1).max(65535).optional(),
  /**
   * The server runs PostgreSQL 17 or newer with CloudNativePG failover slots: the slot is
   * created with `slot.failover=true` so it survives a switchover. @default false
   */
  failoverSlot: z.boolean().optional(),
});

export const MysqlSourceSchema = z.strictObject({
  type: z.literal('mysql'),
  ...sourceBase,
  /** @default 3306 */
  port: z.int().min(1).max(65535).optional(),
  /** Debezium `database.server.id`: unique among every replica and connector reading this server's binlog. */
  serverId: z.int().min(1, { error: 'must be >= 1' }).max(4294967295),
});

export const CdcSourceSchema = z.discriminatedUnion('type', [PostgresSourceSchema, MysqlSourceSchema]);

export const KafkaConnectConfigSchema = z.strictObject({
  ...componentBase,
  /** Connect workers. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per worker, in cores. @default 1 in production, 0.25 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per worker, in GiB (the heap is half). @default 4 in production, 1.5 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Change-data-capture sources, one KafkaConnector each. @default - none */
  sources: z.array(CdcSourceSchema).optional(),
  /** The sink that writes every change event to the bronze bucket as raw files. */
  sink: z
    .strictObject({
      /** File format (the Aiven S3 sink's `format.output.type`). @default 'jsonl' */
      format: z.enum(['jsonl', 'parquet']).optional(),
      /** Key prefix in the bucket. @default 'cdc/' */
      prefix: z.string().regex(/^([a-z0-9][-a-z0-9_]*\/)+$/, { error: 'must be path segments ending in "/", such as cdc/' }).optional(),
    })
    .optional(),
});

export type KafkaConnectConfig = z.output<typeof KafkaConnectConfigSchema>;
export type CdcSource = z.output<typeof CdcSourceSchema>;
