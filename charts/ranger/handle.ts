/** The handle the ranger component gives the components that use it (charts/handles.ts). */
import type { Construct } from 'constructs';
import type { SecretKeyRef } from '../../constructs/secret';

/** Who a file rule matches: a user, a group, or everybody when neither is set. */
export interface FileRulePrincipal {
  readonly user?: string;
  readonly group?: string;
}

/**
 * A query engine's file-based access rules (Trino's rules.json), as the policy admin reads
 * them to make the equivalent Ranger policies. Patterns are Java regular expressions of
 * names, alternatives joined by `|`, `.*` for any; absent means any.
 */
export interface FileAccessRules {
  readonly catalogs: ReadonlyArray<FileRulePrincipal & { readonly catalog?: string; readonly allow: 'all' | 'read-only' }>;
  readonly schemas: ReadonlyArray<FileRulePrincipal & { readonly catalog?: string; readonly schema?: string; readonly owner: boolean }>;
  readonly tables: ReadonlyArray<FileRulePrincipal & { readonly catalog?: string; readonly schema?: string; readonly table?: string; readonly privileges: readonly string[] }>;
}

/** What Trino tells the policy admin when it hands its access control to Ranger. */
export interface TrinoServiceRegistration {
  /** Trino's namespace and the labels of the pods that run the plugin (the coordinator). */
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /** jdbc:trino://... of the coordinator, the service's `jdbc.url` (Ranger's resource lookups). */
  readonly jdbcUrl: string;
  /** The rules Trino enforces when Ranger is off; Ranger gets their equivalents. */
  readonly fileRules: FileAccessRules;
  /** The catalogs Trino serves. */
  readonly catalogs: readonly string[];
  /** Every group Trino's group provider gives people (platform roles and extra groups). */
  readonly groups: readonly string[];
  /** The group of Trino's administrators (system information, procedures). */
  readonly administrators: string;
  /**
   * Users that run table procedures (ALTER TABLE EXECUTE optimize) on these schemas: file
   * rules never restrict table procedures, Ranger asks for `alter` on the table.
   */
  readonly maintenance: ReadonlyArray<{ readonly user: string; readonly catalog: string; readonly schemas: readonly string[] }>;
}

/** What Trino's Ranger plugin needs (ranger-trino-security.xml). */
export interface RangerPluginSettings {
  /** The Ranger service holding Trino's policies (ranger.service.name). */
  readonly serviceName: string;
  /** https://<admin service>:<port>: where the plugin downloads policies and the user store. */
  readonly policyRestUrl: string;
  /** How often the plugin polls for policy changes, in ms. */
  readonly pollIntervalMs: number;
  /**
   * The Ranger user the plugin downloads as (ranger.plugin.trino.policy.rest.client.username):
   * Ranger 2.9.0 refuses unauthenticated downloads (ranger.admin.allow.unauthenticated.download.access
   * is false), and the service lets only this user download its policies and user store.
   */
  readonly user: string;
  /** Its password: this fixed prefix, then the value of `password` (Ranger's password rule). */
  readonly passwordPrefix: string;
  /** The sealed part of its password, in the caller's namespace. */
  readonly password: SecretKeyRef;
}

/** Ranger admin, the policy store of fine-grained access control. */
export interface PolicyAdmin {
  readonly namespace: string;
  /** Labels of the admin pods. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** The admin's HTTPS port. */
  readonly port: number;
  /**
   * Registers Trino: its service, the policies equivalent to its file rules and the platform's
   * fine-grained policies are applied by the admin's sync Job, and the coordinator may reach
   * the admin. The plugin's password is sealed for the registration's namespace (in `scope`,
   * the caller's chart). Once per environment.
   */
  addTrinoService(scope: Construct, registration: TrinoServiceRegistration): RangerPluginSettings;
}
