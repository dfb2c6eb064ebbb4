/** Configuration of the keycloak component (identity: the platform realm and its OIDC clients). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { DatabaseRestoreSchema } from '../../config/database';

const positive = z.number().positive({ error: 'must be > 0' });

export const KeycloakDatabaseConfigSchema = z.strictObject({
  /** PostgreSQL instances: 1 primary + standbys. @default 2 in production (primary + standby), 1 in small */
  instances: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per instance, in cores. @default 4 in production, 0.25 in small */
  cpu: positive.optional(),
  /** Memory request and limit per instance, in GiB. @default 8 in production, 0.5 in small */
  memoryGiB: positive.optional(),
  /** Data volume per instance, in GiB. @default 20 in production, 5 in small */
  storageGiB: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** Point-in-time restore into a new cluster, from the object store's backups. @default - none (the database starts empty) */
  restore: DatabaseRestoreSchema.optional(),
});

export const KeycloakConfigSchema = z.strictObject({
  ...componentBase,
  /** Keycloak pods (one Infinispan cluster). @default 2 in production (HA), 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per pod, in cores. @default 2 in production, 0.5 in small */
  cpu: positive.optional(),
  /** Memory request and limit per pod, in GiB. @default 4 in production, 1.5 in small */
  memoryGiB: positive.optional(),
  /** Keycloak's own PostgreSQL cluster. @default - the profile's sizes */
  database: KeycloakDatabaseConfigSchema.optional(),
});

export type KeycloakConfig = z.output<typeof KeycloakConfigSchema>;
