/** Config slice of the `ranger` component (Apache Ranger: fine-grained access control for Trino). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { DatabaseConfigSchema } from '../../config/database';

/** A Keycloak user name as Trino and Ranger see it (Keycloak keeps user names in lower case). */
const userName = z.string().regex(/^[a-z0-9][-._@a-z0-9]*$/, { error: 'must be a Keycloak user name (lower-case letters, digits, "-", "_", ".", "@")' });

/** An attribute name a policy reads as ${{USER.<name>}}. */
const attributeName = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'must be an attribute name: lower-case letters, digits and "_", starting with a letter' });

/**
 * An attribute value. A row filter puts it into SQL between quotes as it is (Ranger's
 * ${{USER.x}} macro does not escape), so quotes and backslashes are refused.
 */
const attributeValue = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]*$/, { error: 'must be letters, digits, " ", "_", "." or "-" (the value goes into SQL row filters as it is, so quotes are not allowed)' });

export const RangerConfigSchema = z.strictObject({
  ...componentBase,
  /** Admin replicas. @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU per admin in cores. @default 4 in production, 0.25 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory per admin in GiB (the JVM heap is half of it). @default 8 in production, 2 in small */
  memoryGiB: z.number().min(2, { error: 'must be >= 2 (Ranger admin starts its JVM with a 1 GiB minimum heap)' }).optional(),
  /** The policy database (policies, users, groups, the admin's own audit of changes). */
  database: DatabaseConfigSchema.optional(),
  /** How often Trino's plugin asks the admin for policy changes, in seconds. @default 30 */
  pollIntervalSeconds: z.int().min(5, { error: 'must be >= 5 (every poll downloads the policies when they changed)' }).max(3600, { error: 'must be <= 3600' }).optional(),
  /**
   * Users' attributes in Ranger's user store, by Keycloak user name, which row filters read
   * as ${{USER.<attribute>}} (the regional_manager filter reads `country`). Ranger has no
   * Keycloak usersync: the sync Job writes these to Ranger's users. @default - none
   */
  userAttributes: z.record(userName, z.record(attributeName, attributeValue)).optional(),
});

export type RangerConfig = z.output<typeof RangerConfigSchema>;
