/** Configuration of the kafka component (Strimzi operator and the platform's Kafka cluster). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

const cores = z.number().positive({ error: 'must be > 0' });
const gib = z.number().positive({ error: 'must be > 0' });

/** One topic the platform creates besides those its consumers ask for. */
export const KafkaTopicConfigSchema = z.strictObject({
  /** Partitions. @default 3 in production, 1 in small */
  partitions: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Hours a record is kept (`retention.ms`). @default 168 (7 days) */
  retentionHours: z.number().positive({ error: 'must be > 0' }).optional(),
  /** `compact` keeps the last record per key (changelogs of tables), `delete` expires by time. @default 'delete' */
  cleanupPolicy: z.enum(['delete', 'compact']).optional(),
});

export const KafkaConfigSchema = z.strictObject({
  ...componentBase,
  /** Cluster operator pods (one leader; a second takes over at once). @default 2 in production, 1 in small */
  operatorReplicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Broker nodes (the `brokers` KafkaNodePool). @default 3 in production, 1 in small */
  brokers: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** KRaft controller nodes (the `controllers` KafkaNodePool); an odd number. @default 3 in production, 1 in small */
  controllers: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per broker, in cores. @default 4 in production, 0.5 in small */
  brokerCpu: cores.optional(),
  /** Memory request and limit per broker, in GiB (the JVM heap is half of it). @default 8 in production, 2 in small */
  brokerMemoryGiB: gib.optional(),
  /** Log volume per broker, in GiB. @default 500 in production, 20 in small */
  brokerStorageGiB: gib.optional(),
  /** CPU request per controller, in cores. @default 1 in production, 0.25 in small */
  controllerCpu: cores.optional(),
  /** Memory request and limit per controller, in GiB. @default 2 in production, 1 in small */
  controllerMemoryGiB: gib.optional(),
  /** Metadata volume per controller, in GiB. @default 20 in production, 5 in small */
  controllerStorageGiB: gib.optional(),
  /** Storage class of the broker and controller volumes. @default - storageClasses.default */
  storageClass: z.string().min(1).optional(),
  /**
   * Node label that names a broker's rack (Strimzi `rack.topologyKey`): replicas of a
   * partition go to different racks. @default 'kubernetes.io/hostname' (every node its own rack;
   * set 'topology.kubernetes.io/zone' where nodes carry zones)
   */
  rackTopologyKey: z.string().min(1).optional(),
  /** Topics to create besides those the platform's consumers ask for, by topic name. @default - none */
  topics: z.record(z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/, { error: 'must be a Kafka topic name (letters, digits, ".", "_" and "-")' }), KafkaTopicConfigSchema).optional(),
});

export type KafkaConfig = z.output<typeof KafkaConfigSchema>;
export type KafkaTopicConfig = z.output<typeof KafkaTopicConfigSchema>;
