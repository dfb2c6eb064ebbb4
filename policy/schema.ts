/**
 * Schema validation of synthesized objects, the way kubeconform does it, but strict:
 *
 * - built-in kinds against the Kubernetes OpenAPI schemas compiled into kubernetes-models;
 *   those schemas accept any extra field, so the validator also records which fields the
 *   schema looked at and reports every other one as unknown (a typo fails, it does not vanish);
 * - custom resources against their CRD's openAPIV3Schema (policy/crd-schemas/, generated from
 *   the CRDs the project imports, plus any extra CRDs given), with unknown fields rejected;
 * - API versions Kubernetes has removed are rejected with the version that replaces them.
 */
import * as fs from 'fs';
import * as path from 'path';
import type Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { CompactCrd } from './crd';

/** Folder of the generated compact CRD schemas (scripts/crd-schemas.ts). */
export const CRD_SCHEMA_DIR = path.join(__dirname, 'crd-schemas');

/** An object as written to dist/ (kept structural so this module stands alone). */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** Options of every ajv instance that compiles CRD schemas (generated and --crds). */
export const AJV_OPTIONS = { strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false, inlineRefs: false } as const;

/** What policy/crd-schemas/<group>_<Kind>.json records beside the compiled validators. */
export interface CrdMeta {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
  readonly versions: Readonly<Record<string, { readonly deprecated?: boolean }>>;
}

export interface SchemaProblem {
  /** JSON pointer inside the object, '' for the object itself. */
  readonly path: string;
  readonly message: string;
}

/** API versions Kubernetes has removed: "<apiVersion> <Kind>" or "<apiVersion> *" -> removed in, use instead. */
export const REMOVED_APIS: ReadonlyArray<{ apiVersion: string; kinds: readonly string[] | '*'; removedIn: string; use: string }> = [
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', use: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', use: 'Pod Security admission (namespace labels)' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'apps/v1beta1', kinds: '*', removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: '*', removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'authentication.k8s.io/v1' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'authorization.k8s.io/v1' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'coordination.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: '*', removedIn: '1.22', use: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: '*', removedIn: '1.22', use: 'scheduling.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1alpha1', kinds: '*', removedIn: '1.22', use: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: '1.22', use: 'storage.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', use: 'storage.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: '*', removedIn: '1.25', use: 'batch/v1' },
  { apiVersion: 'batch/v2alpha1', kinds: '*', removedIn: '1.21', use: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: '*', removedIn: '1.25', use: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: '*', removedIn: '1.25', use: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: '*', removedIn: '1.25', use: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', kinds: '*', removedIn: '1.26', use: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: '1.25', use: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.25', use: 'Pod Security admission (namespace labels)' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: '*', removedIn: '1.25', use: 'node.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: '*', removedIn: '1.26', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: '*', removedIn: '1.29', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: '*', removedIn: '1.32', use: 'flowcontrol.apiserver.k8s.io/v1' },
];

/** API groups served by Kubernetes itself ('' is the core group). */
export const BUILTIN_GROUPS: ReadonlySet<string> = new Set([
  '', 'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'apps', 'authentication.k8s.io',
  'authorization.k8s.io', 'autoscaling', 'batch', 'certificates.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io',
  'events.k8s.io', 'extensions', 'flowcontrol.apiserver.k8s.io', 'networking.k8s.io', 'node.k8s.io', 'policy',
  'rbac.authorization.k8s.io', 'scheduling.k8s.io', 'storage.k8s.io', 'resource.k8s.io', 'storagemigration.k8s.io',
]);

/** Cluster-scoped built-in kinds (everything else built in is namespaced). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'APIService',
  'StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'PriorityClass', 'RuntimeClass', 'IngressClass',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration', 'ComponentStatus', 'SelfSubjectReview',
  'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview', 'TokenReview',
]);

type RawValidate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

function versionOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
}

export interface SchemaValidatorOptions {
  /** CRDs beyond the generated ones (e.g. `--crds DIR`); they win over the generated ones. */
  readonly extraCrds?: readonly CompactCrd[];
  /** Folder of generated compact CRD schemas. @default CRD_SCHEMA_DIR */
  readonly crdSchemaDir?: string;
}

/** A CRD the validator knows: its scope, served versions and a validator per version. */
interface KnownCrd {
  readonly meta: CrdMeta;
  validator(version: string): RawValidate;
}

/** Validates objects; loaded and compiled validators are cached per instance (use one per run). */
export class SchemaValidator {
  private readonly extra = new Map<string, KnownCrd>();
  private readonly crdSchemaDir: string;
  private readonly crdCache = new Map<string, KnownCrd | null>();

  constructor(options: SchemaValidatorOptions = {}) {
    let ajv: Ajv | undefined;
    for (const crd of options.extraCrds ?? []) {
      const compiled = new Map<string, RawValidate>();
      this.extra.set(`${crd.group}/${crd.kind}`, {
        meta: crd,
        validator: (version) => {
          let fn = compiled.get(version);
          if (!fn) {
            // Loaded only here: the generated validators need ajv's small runtime, not ajv.
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            ajv = ajv ?? new (require('ajv') as { default: typeof Ajv }).default(AJV_OPTIONS);
            fn = ajv.compile(crd.versions[version].schema) as RawValidate;
            compiled.set(version, fn);
          }
          return fn;
        },
      });
    }
    this.crdSchemaDir = options.crdSchemaDir ?? CRD_SCHEMA_DIR;
  }

  /** Whether a kind is namespaced (undefined when the kind is unknown). */
  isNamespaced(apiVersion: string, kind: string): boolean | undefined {
    const group = groupOf(apiVersion);
    if (BUILTIN_GROUPS.has(group)) {
      return !CLUSTER_SCOPED_KINDS.has(kind);
    }
    const crd = this.crd(group, kind);
    return crd ? crd.meta.scope === 'Namespaced' : undefined;
  }

  validate(obj: KubeObject): SchemaProblem[] {
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || !obj.apiVersion || !obj.kind) {
      return [{ path: '', message: 'apiVersion and kind are required' }];
    }
    const removed = REMOVED_APIS.find((r) => r.apiVersion === obj.apiVersion && (r.kinds === '*' || r.kinds.includes(obj.kind)));
    if (removed) {
      return [{ path: '/apiVersion', message: `${obj.apiVersion} ${obj.kind} was removed in Kubernetes ${removed.removedIn}; use ${removed.use}` }];
    }
    const group = groupOf(obj.apiVersion);
    if (BUILTIN_GROUPS.has(group)) {
      return this.validateBuiltin(obj);
    }
    return this.validateCustom(obj, group);
  }

  private validateBuiltin(obj: KubeObject): SchemaProblem[] {
    const validate = builtinValidator(obj.apiVersion, obj.kind);
    if (!validate) {
      return [{ path: '', message: `${obj.apiVersion} ${obj.kind} is not a Kubernetes API kind (unknown kind or version)` }];
    }
    return validateTracked(validate, obj);
  }

  private validateCustom(obj: KubeObject, group: string): SchemaProblem[] {
    const crd = this.crd(group, obj.kind);
    if (!crd) {
      return [{
        path: '',
        message: `no CRD schema for ${obj.apiVersion} ${obj.kind}: add the CRD to cdk8s.yaml imports and run scripts/import-crds.sh (or pass --crds DIR to npm run validate)`,
      }];
    }
    const version = versionOf(obj.apiVersion);
    if (!crd.meta.versions[version]) {
      return [{ path: '/apiVersion', message: `${obj.apiVersion} ${obj.kind} is not served by its CRD; served versions: ${Object.keys(crd.meta.versions).join(', ')}` }];
    }
    const validate = crd.validator(version);
    const problems: SchemaProblem[] = [];
    if (!validate(obj)) {
      problems.push(...formatErrors(validate.errors ?? []));
    }
    problems.push(...validateTracked(objectMetaValidator(), obj.metadata, '/metadata'));
    return problems;
  }

  private crd(group: string, kind: string): KnownCrd | undefined {
    const key = `${group}/${kind}`;
    const extra = this.extra.get(key);
    if (extra) {
      return extra;
    }
    if (!this.crdCache.has(key)) {
      this.crdCache.set(key, loadGenerated(this.crdSchemaDir, group, kind));
    }
    return this.crdCache.get(key) ?? undefined;
  }
}

/** The generated meta and standalone validators of one CRD (scripts/crd-schemas.ts). */
function loadGenerated(dir: string, group: string, kind: string): KnownCrd | null {
  const base = path.join(dir, `${group}_${kind}`);
  if (!fs.existsSync(`${base}.json`) || !fs.existsSync(`${base}.js`)) {
    return null;
  }
  const meta = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as CrdMeta;
  let validators: Record<string, RawValidate> | undefined;
  return {
    meta,
    validator: (version) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      validators = validators ?? (require(`${base}.js`) as Record<string, RawValidate>);
      return validators[version];
    },
  };
}

const builtinCache = new Map<string, RawValidate | null>();

/** The compiled validator kubernetes-models ships for a kind, or undefined. */
function builtinValidator(apiVersion: string, kind: string): RawValidate | undefined {
  const key = `${apiVersion}/${kind}`;
  if (!builtinCache.has(key)) {
    builtinCache.set(key, loadBuiltin(apiVersion, kind));
  }
  return builtinCache.get(key) ?? undefined;
}

function loadBuiltin(apiVersion: string, kind: string): RawValidate | null {
  if (!/^[A-Za-z0-9.-]+(\/[A-Za-z0-9]+)?$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) {
    return null;
  }
  let model: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    model = require(`kubernetes-models/${apiVersion}/${kind}`) as Record<string, unknown>;
  } catch {
    return null;
  }
  // Each model module also exports its class under the OpenAPI definition name, which is the
  // name of the compiled schema module.
  const definition = Object.keys(model).find((name) => name !== kind && name.startsWith('IoK8s'));
  if (!definition) {
    return null;
  }
  // The compiled schemas are not among the package's exports; load the file itself.
  const file = path.join(path.dirname(require.resolve('kubernetes-models/package.json')), '_schemas', `${definition}.js`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require(file) as { validate: RawValidate };
  return schema.validate;
}

let objectMeta: RawValidate | undefined;
function objectMetaValidator(): RawValidate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  objectMeta = objectMeta ?? (require('@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta') as { validate: RawValidate }).validate;
  return objectMeta;
}

interface Visit {
  readonly value: Record<string, unknown>;
  readonly pointer: string;
  readonly read: Set<string>;
  enumerated: boolean;
}

/**
 * Runs a compiled validator on a recording view of the data. A compiled schema reads every
 * property it defines (and enumerates maps), so an own field it never read is a field the
 * schema does not have. An object the schema never looked into is free-form (e.g. RawExtension).
 */
function validateTracked(validate: RawValidate, data: unknown, base = ''): SchemaProblem[] {
  const visits: Visit[] = [];
  const view = track(data, base, visits);
  const ok = validate(view);
  const problems = ok ? [] : formatErrors(validate.errors ?? [], base);
  for (const visit of visits) {
    if (visit.enumerated || visit.read.size === 0) {
      continue;
    }
    for (const key of Object.keys(visit.value)) {
      if (!visit.read.has(key)) {
        problems.push({ path: `${visit.pointer}/${key}`, message: `unknown field "${key}"` });
      }
    }
  }
  return problems;
}

function track(value: unknown, pointer: string, visits: Visit[]): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return new Proxy(value, {
      get(target, key, receiver) {
        const item = Reflect.get(target, key, receiver) as unknown;
        return typeof key === 'string' && /^\d+$/.test(key) ? track(item, `${pointer}/${key}`, visits) : item;
      },
    });
  }
  const visit: Visit = { value: value as Record<string, unknown>, pointer, read: new Set(), enumerated: false };
  visits.push(visit);
  const children = new Map<string, unknown>();
  return new Proxy(value as Record<string, unknown>, {
    get(target, key) {
      if (typeof key !== 'string') {
        return Reflect.get(target, key);
      }
      visit.read.add(key);
      if (!children.has(key)) {
        children.set(key, track(target[key], `${pointer}/${key}`, visits));
      }
      return children.get(key);
    },
    has(target, key) {
      if (typeof key === 'string') {
        visit.read.add(key);
      }
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      visit.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

/** ajv errors -> one line each; the noise of failed anyOf branches is folded into one line. */
export function formatErrors(errors: readonly ErrorObject[], base = ''): SchemaProblem[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && anyOfAt.has(e.instancePath) && /\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath)) {
      continue;
    }
    const problem = { path: `${base}${e.instancePath}`, message: errorMessage(e) };
    const key = `${problem.path} ${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

function errorMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `missing required field "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}"`;
    case 'type':
      return `must be ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'anyOf':
    case 'oneOf':
      return 'does not match any of the allowed shapes';
    default:
      return e.message ?? `${e.keyword} ${JSON.stringify(p)}`;
  }
}
