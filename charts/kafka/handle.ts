/**
 * The handle the kafka component gives its clients (charts/handles.ts): where the cluster
 * is, how its TLS is verified, and the two things a client asks for: a user with its ACLs,
 * and a topic. Clients never name a broker, a Secret of the Kafka namespace or a port.
 */
import type { Construct } from 'constructs';
import type { PlatformSecret, SecretKeyRef } from '../../constructs/secret';

/** ACL operations (KafkaUser v1 `authorization.acls[].operations`). */
export type KafkaAclOperation =
  | 'Read'
  | 'Write'
  | 'Create'
  | 'Delete'
  | 'Alter'
  | 'Describe'
  | 'ClusterAction'
  | 'AlterConfigs'
  | 'DescribeConfigs'
  | 'IdempotentWrite'
  | 'All';

/** One ACL rule of a user: what it may do on one resource (a name, or every name with a prefix). */
export interface KafkaAcl {
  readonly resource:
    | { readonly type: 'topic' | 'group' | 'transactionalId'; readonly name: string; readonly patternType?: 'literal' | 'prefix' }
    | { readonly type: 'cluster' };
  readonly operations: readonly KafkaAclOperation[];
}

/** A topic a client asked for. */
export interface KafkaTopicSpec {
  /** @default 3 in production, 1 in small */
  readonly partitions?: number;
  /** Hours a record is kept (`retention.ms`), or 'unlimited' (-1: kept until deleted). @default 168 */
  readonly retentionHours?: number | 'unlimited';
  /** @default 'delete' */
  readonly cleanupPolicy?: 'delete' | 'compact';
}

/** A topic of the cluster (a KafkaTopic in the Kafka namespace). */
export interface KafkaTopicRef {
  /** The topic's name in Kafka. */
  readonly name: string;
  readonly partitions: number;
  readonly replicas: number;
}

/** What a client needs to connect as its user: SASL/SCRAM-SHA-512 over TLS. */
export interface KafkaClientCredentials {
  /** The Kafka user name (also the KafkaUser's name). */
  readonly username: string;
  /** Kafka's `security.protocol`. */
  readonly securityProtocol: 'SASL_SSL';
  /** Kafka's `sasl.mechanism`. */
  readonly saslMechanism: 'SCRAM-SHA-512';
  /** The user's password Secret in the client's namespace (key `password`). */
  readonly secret: PlatformSecret;
  /** The password's key reference, for a secretKeyRef or a config provider. */
  readonly password: SecretKeyRef;
  /**
   * Kafka's `sasl.jaas.config` for this user, with the password written as `password`
   * (for example `${secrets:<ns>/<secret>:password}` for Kafka Connect's config provider, or a
   * value a job reads from its environment). The password never appears in it otherwise.
   */
  jaasConfig(password: string): string;
}

export interface KafkaCluster {
  /** Name of the Kafka resource (`strimzi.io/cluster`). */
  readonly name: string;
  readonly namespace: string;
  /** host:port of the TLS listener's bootstrap Service, as clients' `bootstrap.servers` takes it. */
  readonly bootstrapServers: string;
  /** Port of the TLS listener. */
  readonly port: number;
  /**
   * How the listener's certificate is verified: it is signed by the platform's internal CA,
   * so a client trusts the platform CA bundle in its namespace (trustIn); no Kafka-specific
   * CA is copied anywhere.
   */
  readonly tlsCa: 'platform-ca';
  /** Labels of the broker pods, for egress NetworkPolicies of clients. */
  readonly brokerPodLabels: Readonly<Record<string, string>>;
  /** Replication factor topics get (3 with 3+ brokers). */
  readonly replicationFactor: number;
  /**
   * A user for one client: a KafkaUser (SCRAM-SHA-512, with these ACLs) in the Kafka
   * namespace, its password in the client's namespace (the namespace of `scope`'s chart
   * unless given), and the network path from that namespace to the brokers.
   */
  addUser(scope: Construct, name: string, acls: readonly KafkaAcl[], options?: { readonly namespace?: string }): KafkaClientCredentials;
  /** A topic (a KafkaTopic in the Kafka namespace); asking twice for one name gives the same topic. */
  addTopic(name: string, spec?: KafkaTopicSpec): KafkaTopicRef;
  /** The users and their ACLs so far, for checks (sorted by user). */
  readonly users: ReadonlyArray<{ readonly username: string; readonly namespace: string; readonly acls: readonly KafkaAcl[] }>;
  /** The topics so far (sorted). */
  readonly topics: readonly KafkaTopicRef[];
}
