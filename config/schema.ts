/**
 * The typed platform configuration. One object per environment (config/environments/*.ts),
 * validated once by `loadConfig` before anything is synthesized. Unknown keys are errors.
 */
import { z } from 'zod';
import { COMPONENT_CONFIG } from './components';

/** RFC 1123 label: what Kubernetes accepts as a namespace or object name segment. */
export const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit' })
  .max(63, { error: 'must be at most 63 characters' });

export const dnsName = z
  .string()
  .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a fully qualified DNS name such as data.example.com' })
  .max(253);

/** Kubernetes quantity-free numbers: cores and GiB are plain numbers with the unit in the name. */
const positive = z.number().positive({ error: 'must be > 0' });

export const PHASES = [1, 2, 3] as const;
export type Phase = (typeof PHASES)[number];

export const NODE_ROLES = ['control-plane', 'storage', 'compute', 'spark', 'kafka', 'general'] as const;
export type NodeRole = (typeof NODE_ROLES)[number];

export const NodePoolSchema = z.strictObject({
  /** Pool name, also the value of the `lakeplane.io/pool` node label workloads select on. */
  name: dnsLabel,
  role: z.enum(NODE_ROLES),
  count: z.int().min(1, { error: 'must be >= 1' }),
  /** vCPU per node. */
  cpu: positive,
  /** Memory per node in GiB. */
  memoryGiB: positive,
  /** Local disk per node in GiB. */
  diskGiB: positive,
  diskType: z.enum(['hdd', 'ssd']).default('ssd'),
  /**
   * The phase that brings these nodes (the architecture document adds nodes with phases 2 and
   * 3): below it the pool is not part of the cluster, for scheduling and for the capacity plan.
   * @default 1
   */
  fromPhase: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' }).optional(),
});

export const GitOpsSchema = z.strictObject({
  /** The Git repository ArgoCD reads dist/ from. */
  repoURL: z.string().regex(/^(https:\/\/|ssh:\/\/|git@)\S+$/, { error: 'must be an https://, ssh:// or git@ repository URL' }),
  /** Branch, tag or commit ArgoCD tracks. */
  targetRevision: z.string().min(1),
  /** Folder inside the repository that holds the synthesized output. @default 'dist' */
  path: z.string().regex(/^[A-Za-z0-9._/-]+$/, { error: 'must be a relative path inside the repository' }).default('dist'),
  /**
   * `applicationset`: one ApplicationSet (git directory generator) with progressive sync.
   * `applications`: one Application per component with sync waves, for clusters without
   * ApplicationSets. @default 'applicationset'
   */
  mode: z.enum(['applicationset', 'applications']).default('applicationset'),
  /**
   * How upstream charts reach the cluster. `rendered`: their objects, rendered at synth with
   * lakeplane's values, are plain YAML in dist/<env>/<component>/<release>/ (git holds exactly
   * what ArgoCD applies; the cluster needs no chart repository). `helm`: a nested ArgoCD Helm
   * Application per chart, rendered by ArgoCD from the chart repository. Both are gated the
   * same way. @default 'rendered'
   */
  charts: z.enum(['rendered', 'helm']).default('rendered'),
  /** Namespace ArgoCD runs in. @default 'argocd' */
  argocdNamespace: dnsLabel.default('argocd'),
  /** Destination cluster API server. @default 'https://kubernetes.default.svc' */
  destinationServer: z.url().default('https://kubernetes.default.svc'),
});

export const StorageClassesSchema = z.strictObject({
  /** For databases and general PVCs. */
  default: dnsLabel,
  /** For the object store's drives (local-path or Longhorn in the architecture document). @default - the default class */
  objectStore: dnsLabel.optional(),
});

export const TlsSchema = z.discriminatedUnion('issuer', [
  z.strictObject({ issuer: z.literal('selfsigned') }),
  z.strictObject({
    issuer: z.literal('ca'),
    /** Name of the platform secret holding the CA key pair (tls.crt, tls.key). @default 'platform-ca' */
    caSecretName: dnsLabel.default('platform-ca'),
  }),
  z.strictObject({
    issuer: z.literal('acme'),
    /** Account e-mail for the ACME server; required by every public ACME CA. */
    email: z.email({ error: 'must be an e-mail address (the ACME account contact)' }),
    /** ACME directory URL. @default Let's Encrypt production */
    server: z.url().default('https://acme-v02.api.letsencrypt.org/directory'),
  }),
]);

export const SecretsSchema = z.discriminatedUnion('backend', [
  z.strictObject({
    backend: z.literal('sealed-secrets'),
    /** What synth does about a declared secret without a sealed value. @default 'error' */
    missing: z.enum(['error', 'warn']).default('error'),
  }),
  z.strictObject({
    backend: z.literal('external-secrets'),
    /** The ClusterSecretStore that serves every declared secret. */
    store: z.strictObject({
      provider: z.literal('vault'),
      server: z.url(),
      /** KV mount path. */
      path: z.string().min(1),
      version: z.enum(['v1', 'v2']).default('v2'),
      /** Vault Kubernetes auth role and mount. */
      role: z.string().min(1),
      mountPath: z.string().min(1).default('kubernetes'),
      /** Prefix of the keys under the mount. @default - the environment name */
      keyPrefix: z.string().optional(),
    }),
    /** How often secrets are refreshed from the store. @default '1h' */
    refreshInterval: z.string().regex(/^\d+[smh]$/, { error: 'must be a duration such as 30m or 1h' }).default('1h'),
  }),
]);

export const RegistrySchema = z.strictObject({
  /** Registry host (and optional path) that mirrors every upstream registry; images become `<mirror>/<registry>/<repository>:<tag>`. */
  imageMirror: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)*$/, { error: 'must be a registry host with an optional path, without a scheme' }).optional(),
  /**
   * Registry (host and path) your CI pushes the images lakeplane defines to (images/: the
   * lakehouse Spark image, ...). @default - the image mirror
   */
  builtImages: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)*$/, { error: 'must be a registry host with an optional path, without a scheme' }).optional(),
  /** One Helm repository that mirrors every upstream chart under its own name. */
  chartMirror: z
    .strictObject({
      url: z.string().min(1),
      /** True for an OCI registry (url then has no scheme). @default false */
      oci: z.boolean().default(false),
    })
    .optional(),
});

export const CapacitySchema = z.strictObject({
  /** Share of every pool kept free for system daemons, upgrades and failover. @default 10 */
  headroomPercent: z.number().min(0).max(90).default(10),
  /** Accept requests above a pool's allocatable capacity (the report still shows the shortfall). @default false */
  allowOvercommit: z.boolean().default(false),
});

export const PlatformConfigSchema = z.strictObject({
  /** Environment name; the folder under dist/. */
  name: dnsLabel,
  /** Highest phase generated: 1 core, 2 processing and streaming, 3 governance and ML. */
  phase: z.literal(PHASES, { error: 'must be 1, 2 or 3' }),
  /**
   * `production`: the architecture document's sizes and replicas. `small`: one replica, small
   * requests, for a single small cluster. Any size set explicitly in `components` wins.
   */
  profile: z.enum(['small', 'production']),
  /** Base domain; UIs are served at https://<name>.<domain>. */
  domain: dnsName,
  gitops: GitOpsSchema,
  nodePools: z.array(NodePoolSchema).min(1, { error: 'must list at least one node pool' }),
  storageClasses: StorageClassesSchema,
  tls: TlsSchema,
  secrets: SecretsSchema,
  registry: RegistrySchema.default({}),
  capacity: CapacitySchema.default({ headroomPercent: 10, allowOvercommit: false }),
  /** Per-component settings: `enabled`, `decommission`, and the component's own knobs. */
  components: COMPONENT_CONFIG.default({}),
});

/** What an environment file writes (defaults may be left out). */
export type PlatformConfigInput = z.input<typeof PlatformConfigSchema>;
/** What the platform is built from (defaults applied). */
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;
export type NodePool = z.output<typeof NodePoolSchema>;
export type GitOpsConfig = z.output<typeof GitOpsSchema>;
export type StorageClasses = z.output<typeof StorageClassesSchema>;
export type TlsConfig = z.output<typeof TlsSchema>;
export type SecretsConfig = z.output<typeof SecretsSchema>;
export type RegistryConfig = z.output<typeof RegistrySchema>;
export type CapacityConfig = z.output<typeof CapacitySchema>;
export type Profile = PlatformConfig['profile'];
