/**
 * Renders the upstream charts the way ArgoCD does, with the real helm, so that tests can
 * check facts about what a chart installs against the chart itself.
 *
 * A Helm Application (constructs/application.ts) becomes
 *
 *   helm template <release> <archive> --namespace <destination> --include-crds
 *     --kube-version 1.34.2 --api-versions <what the platform serves>... -f -   (values on stdin)
 *
 * from the local chart repository `../shared/charts` (index.yaml + `<name>-<version>.tgz`; set
 * LAKEPLANE_CHARTS to use another folder of that layout). Then, as ArgoCD does:
 *   - objects Argo CD skips are dropped: Helm hooks of kinds it does not run (test, rollback)
 *     unless they also carry an Argo CD hook;
 *   - a namespaced object without a namespace gets the destination namespace.
 *
 * Nothing is cached on disk: each distinct release of a batch is rendered once, by one more
 * helm process at a time than there are CPUs (parsing the output takes the rest), each
 * identical document (the CRDs, the same in every environment) is parsed once, and the
 * batch's CRDs say which custom kinds are cluster-scoped.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import type { ChartFacts } from '../../argocd/chart-facts';
import type { Manifest } from '../../lib/output';
import * as zlib from 'zlib';
import { readLock } from '../../lib/charts';
import { KUBE_VERSION, PLATFORM_API_VERSIONS, RENDER_CACHE, cacheFileOf, isKustomizeFile, renderKey } from '../../lib/helm';
import { CHARTS, ChartName } from '../../versions';
import { helmBinary } from './assets';

const ROOT = path.join(__dirname, '..', '..');

// The Kubernetes version and the API versions charts are rendered with: synth's (lib/helm.ts).
// The chart-facts test checks each custom API version is served by a CRD some chart renders.
export { KUBE_VERSION, PLATFORM_API_VERSIONS };

/** One Helm chart installation, as an ArgoCD Helm Application describes it. */
export interface HelmRelease {
  /** Chart name in the repository (spec.source.chart). */
  readonly chart: string;
  /** Exact chart version (spec.source.targetRevision). */
  readonly version: string;
  readonly releaseName: string;
  /** spec.destination.namespace. */
  readonly namespace: string;
  /** spec.source.helm.valuesObject. */
  readonly values: Readonly<Record<string, unknown>>;
  /** False when the Application sets helm.skipCrds. */
  readonly includeCrds: boolean;
}

/** The objects a release renders, each with the chart template it came from. */
export interface RenderedRelease {
  readonly release: HelmRelease;
  readonly objects: readonly RenderedObject[];
  /** Documents ArgoCD could not apply at all; empty for a sound chart. */
  readonly malformed: readonly MalformedDocument[];
}

export interface RenderedObject {
  /** Template path as helm reports it, e.g. `cert-manager/templates/webhook-service.yaml`. */
  readonly template: string;
  readonly object: Manifest;
}

/** A rendered document that is not a Kubernetes object (no kind or metadata.name). */
export interface MalformedDocument {
  readonly template: string;
  /** The start of the document, as JSON. */
  readonly excerpt: string;
}

/** The Helm release of an ArgoCD Application whose source is a Helm chart. */
export function helmReleaseOf(application: Manifest): HelmRelease {
  const spec = application.spec as
    | { source?: { chart?: string; targetRevision?: string; helm?: { releaseName?: string; skipCrds?: boolean; valuesObject?: Record<string, unknown> } }; destination?: { namespace?: string } }
    | undefined;
  const source = spec?.source;
  if (application.kind !== 'Application' || !source?.chart || !source.targetRevision || !spec?.destination?.namespace) {
    throw new Error(`${application.kind}/${application.metadata.name} is not a Helm Application (spec.source.chart, targetRevision and destination.namespace are needed)`);
  }
  return {
    chart: source.chart,
    version: source.targetRevision,
    // ArgoCD's default release name is the Application's name.
    releaseName: source.helm?.releaseName ?? application.metadata.name,
    namespace: spec.destination.namespace,
    values: source.helm?.valuesObject ?? {},
    includeCrds: source.helm?.skipCrds !== true,
  };
}

export interface RenderOptions {
  /** Helm processes run at once. @default - one more than the CPUs: this process parses meanwhile */
  readonly concurrency?: number;
  /** Folder of the Helm repository. @default - LAKEPLANE_CHARTS, else ../shared/charts */
  readonly repository?: string;
  /** Extra API versions. @default PLATFORM_API_VERSIONS */
  readonly apiVersions?: readonly string[];
}

/**
 * Renders releases (in the given order; identical ones once) and resolves namespaces with the
 * scope of every kind the batch's CRDs define.
 */
export async function renderReleases(releases: readonly HelmRelease[], options: RenderOptions = {}): Promise<RenderedRelease[]> {
  const helm = helmBinary();
  const repository = options.repository ?? process.env.LAKEPLANE_CHARTS ?? path.join(ROOT, '..', 'shared', 'charts');
  const index = readIndex(repository);
  const apiVersions = options.apiVersions ?? PLATFORM_API_VERSIONS;

  const distinct = new Map<string, HelmRelease>();
  for (const release of releases) {
    distinct.set(releaseKey(release), release);
  }
  // Find every archive before starting helm, so a missing one fails fast.
  // Biggest charts first, so that the slow ones do not start last.
  const jobs = [...distinct]
    .map(([key, release]) => ({ key, release, archive: archiveOf(index, repository, release) }))
    .map((job) => ({ ...job, size: fs.statSync(job.archive).size }))
    .sort((a, b) => b.size - a.size);
  const parsed = new Map<string, ParsedRender>();
  const documents: DocumentCache = new Map();
  // What synth rendered with helm already is in its render cache (renders/, or the run's
  // scratch cache), keyed by the same inputs: read it instead of running helm again.
  const lock = readLock();
  for (const job of [...jobs]) {
    const cached = fromRenderCache(job.release, lock);
    if (cached) {
      parsed.set(job.key, { objects: cached.map((object) => ({ template: '(render cache)', object })), malformed: [] });
      jobs.splice(jobs.indexOf(job), 1);
    }
  }
  await runPool(jobs, options.concurrency ?? os.availableParallelism() + 1, async (job) => {
    // Parsing (the other half of the time) overlaps with the next helm process.
    parsed.set(job.key, parseRender(await helmTemplate(helm, job.archive, job.release, apiVersions), documents));
  });
  const catalog = new KindCatalog([...parsed.values()].flatMap((p) => p.objects.map((r) => r.object)));
  return releases.map((release) => {
    const { objects, malformed } = parsed.get(releaseKey(release))!;
    return { release, objects: objects.map((r) => ({ template: r.template, object: withNamespace(r.object, release.namespace, catalog) })), malformed };
  });
}

/** The objects synth cached for this release, if it rendered it (lib/helm.ts). */
function fromRenderCache(release: HelmRelease, lock: ReturnType<typeof readLock>): Manifest[] | undefined {
  const chart = (Object.keys(CHARTS) as ChartName[]).find((c) => CHARTS[c].chart === release.chart && CHARTS[c].version === release.version);
  if (!chart || !lock.charts[chart]) return undefined;
  const libRelease = { chart, releaseName: release.releaseName, namespace: release.namespace, values: release.values, includeCrds: release.includeCrds };
  const file = cacheFileOf(libRelease, renderKey(libRelease, lock));
  const found = [RENDER_CACHE, process.env.LAKEPLANE_RENDER_SCRATCH].filter((d): d is string => !!d).map((d) => path.join(d, file)).find((f) => fs.existsSync(f));
  return found ? (JSON.parse(zlib.gunzipSync(fs.readFileSync(found)).toString('utf8')) as Manifest[]) : undefined;
}

function releaseKey(release: HelmRelease): string {
  return JSON.stringify([release.chart, release.version, release.releaseName, release.namespace, release.includeCrds, release.values]);
}

interface IndexEntry {
  readonly version: string;
  readonly urls?: readonly string[];
}

function readIndex(repository: string): Record<string, readonly IndexEntry[]> {
  const file = path.join(repository, 'index.yaml');
  if (!fs.existsSync(file)) {
    throw new Error(
      `No chart repository at ${path.relative(process.cwd(), repository) || '.'}: index.yaml is missing.\n` +
        `Tests render the upstream charts from a local Helm repository folder (index.yaml + <name>-<version>.tgz): ` +
        `check out the shared reference folder beside this repository (../shared/charts), or set LAKEPLANE_CHARTS to such a folder ` +
        `(helm pull <chart> --version <version> --repo <url> into it, then helm repo index on it).`,
    );
  }
  return (parse(fs.readFileSync(file, 'utf8')) as { entries: Record<string, readonly IndexEntry[]> }).entries;
}

function archiveOf(index: Record<string, readonly IndexEntry[]>, repository: string, release: HelmRelease): string {
  const entry = (index[release.chart] ?? []).find((e) => e.version === release.version);
  const file = entry?.urls?.[0] ? path.join(repository, entry.urls[0]) : undefined;
  if (!file || !fs.existsSync(file)) {
    throw new Error(
      `Chart ${release.chart} ${release.version} is not in the chart repository ${path.relative(process.cwd(), repository)}` +
        `${entry ? ` (index.yaml lists ${entry.urls?.[0]}, which is missing)` : ''}: ` +
        `helm pull ${release.chart} --version ${release.version} --repo <its repository in versions.ts> into that folder and run helm repo index there.`,
    );
  }
  return file;
}

function helmTemplate(helm: string, archive: string, release: HelmRelease, apiVersions: readonly string[]): Promise<string> {
  const args = ['template', release.releaseName, archive, '--namespace', release.namespace, '--kube-version', KUBE_VERSION];
  if (release.includeCrds) {
    args.push('--include-crds');
  }
  for (const version of apiVersions) {
    args.push('--api-versions', version);
  }
  args.push('-f', '-');
  return new Promise((resolve, reject) => {
    const child = spawn(helm, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve(Buffer.concat(out).toString('utf8'));
      } else {
        reject(new Error(`helm template ${release.releaseName} ${release.chart}-${release.version} failed (exit ${code}):\n${Buffer.concat(err).toString('utf8')}`));
      }
    });
    // JSON is YAML: the values go in as they are in the Application.
    child.stdin.end(JSON.stringify(release.values));
  });
}

async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      await work(items[next++]);
    }
  };
  // Every worker finishes before a failure is reported: no helm process outlives the call.
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    throw failed.reason;
  }
}

export interface ParsedRender {
  readonly objects: readonly RenderedObject[];
  readonly malformed: readonly MalformedDocument[];
}

/** Parsed documents by their text: the CRDs of a chart render the same for every environment. */
export type DocumentCache = Map<string, unknown>;

/**
 * helm's multi-document output as objects (empty documents dropped, and those ArgoCD skips),
 * read as YAML 1.1 as ArgoCD reads it. Documents are split on `---` lines, as helm and
 * kubectl split them (inside a document such a line could only belong to a top-level block
 * scalar, which no Kubernetes object has); identical documents are parsed once per cache,
 * and then share one object: callers must not change the objects.
 */
export function parseRender(text: string, cache: DocumentCache = new Map()): ParsedRender {
  const objects: RenderedObject[] = [];
  const malformed: MalformedDocument[] = [];
  // helm names the template once per file, in a comment; the further documents of a file follow unnamed.
  let template = '(unknown template)';
  for (const doc of text.split(/^---[ \t]*$/m)) {
    template = /^# Source: (\S+)/m.exec(doc)?.[1] ?? template;
    if (!cache.has(doc)) {
      cache.set(doc, parse(doc, { version: '1.1', maxAliasCount: -1 }));
    }
    const object = cache.get(doc) as Manifest | null | undefined;
    if (object === null || object === undefined || typeof object !== 'object') {
      continue;
    }
    // Dropped by synth's own reading of helm's output too (lib/helm.ts parseHelmOutput).
    if (isKustomizeFile(object)) {
      continue;
    }
    if (typeof object.kind !== 'string' || typeof object.metadata?.name !== 'string') {
      // ArgoCD cannot apply it either; kept aside for the caller to report.
      malformed.push({ template, excerpt: JSON.stringify(object).slice(0, 160) });
      continue;
    }
    if (skippedByArgoCd(object)) {
      continue;
    }
    objects.push({ template, object });
  }
  return { objects, malformed };
}

/** Helm hooks ArgoCD maps to its own; an object with only other Helm hooks is skipped. */
const ARGOCD_HELM_HOOKS = new Set(['crd-install', 'pre-install', 'pre-upgrade', 'post-install', 'post-upgrade', 'pre-delete', 'post-delete']);

function skippedByArgoCd(object: Manifest): boolean {
  const annotations = (object.metadata.annotations ?? {}) as Record<string, string>;
  if (annotations['argocd.argoproj.io/hook'] !== undefined) {
    return false;
  }
  const helmHooks = annotations['helm.sh/hook'];
  if (helmHooks === undefined) {
    return false;
  }
  return !helmHooks.split(',').some((h) => ARGOCD_HELM_HOOKS.has(h.trim()));
}

function withNamespace(object: Manifest, namespace: string, catalog: KindCatalog): Manifest {
  if (object.metadata.namespace || catalog.clusterScoped(groupOf(object.apiVersion), object.kind)) {
    return object;
  }
  return { ...object, metadata: { ...object.metadata, namespace } };
}

/** The API group of an apiVersion ('' for the core group). */
export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

/**
 * Built-in resources of Kubernetes 1.34 that the tests need to know: the cluster-scoped
 * ones, and the namespaced ones that admission webhook rules name. `group/resource` -> Kind.
 */
const BUILTIN_CLUSTER: Readonly<Record<string, string>> = {
  '/namespaces': 'Namespace',
  '/nodes': 'Node',
  '/persistentvolumes': 'PersistentVolume',
  'admissionregistration.k8s.io/mutatingadmissionpolicies': 'MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/mutatingadmissionpolicybindings': 'MutatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/mutatingwebhookconfigurations': 'MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/validatingadmissionpolicies': 'ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/validatingadmissionpolicybindings': 'ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/validatingwebhookconfigurations': 'ValidatingWebhookConfiguration',
  'apiextensions.k8s.io/customresourcedefinitions': 'CustomResourceDefinition',
  'apiregistration.k8s.io/apiservices': 'APIService',
  'certificates.k8s.io/certificatesigningrequests': 'CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/flowschemas': 'FlowSchema',
  'flowcontrol.apiserver.k8s.io/prioritylevelconfigurations': 'PriorityLevelConfiguration',
  'networking.k8s.io/ingressclasses': 'IngressClass',
  'networking.k8s.io/ipaddresses': 'IPAddress',
  'networking.k8s.io/servicecidrs': 'ServiceCIDR',
  'node.k8s.io/runtimeclasses': 'RuntimeClass',
  'rbac.authorization.k8s.io/clusterrolebindings': 'ClusterRoleBinding',
  'rbac.authorization.k8s.io/clusterroles': 'ClusterRole',
  'resource.k8s.io/deviceclasses': 'DeviceClass',
  'resource.k8s.io/resourceslices': 'ResourceSlice',
  'scheduling.k8s.io/priorityclasses': 'PriorityClass',
  'storage.k8s.io/csidrivers': 'CSIDriver',
  'storage.k8s.io/csinodes': 'CSINode',
  'storage.k8s.io/storageclasses': 'StorageClass',
  'storage.k8s.io/volumeattachments': 'VolumeAttachment',
  'storage.k8s.io/volumeattributesclasses': 'VolumeAttributesClass',
};

const BUILTIN_NAMESPACED: Readonly<Record<string, string>> = {
  '/configmaps': 'ConfigMap',
  '/persistentvolumeclaims': 'PersistentVolumeClaim',
  '/pods': 'Pod',
  '/secrets': 'Secret',
  '/serviceaccounts': 'ServiceAccount',
  '/services': 'Service',
  'apps/daemonsets': 'DaemonSet',
  'apps/deployments': 'Deployment',
  'apps/statefulsets': 'StatefulSet',
  'batch/cronjobs': 'CronJob',
  'batch/jobs': 'Job',
  'networking.k8s.io/ingresses': 'Ingress',
};

/** Kinds, resources and scopes: Kubernetes' built-ins plus the CRDs among some objects. */
export class KindCatalog {
  private readonly byResource = new Map<string, string>();
  private readonly cluster = new Set<string>();

  constructor(objects: readonly Manifest[]) {
    for (const [key, kind] of Object.entries(BUILTIN_CLUSTER)) {
      this.byResource.set(key, kind);
      this.cluster.add(`${key.split('/')[0]}/${kind}`);
    }
    for (const [key, kind] of Object.entries(BUILTIN_NAMESPACED)) {
      this.byResource.set(key, kind);
    }
    for (const crd of objects.filter((o) => o.kind === 'CustomResourceDefinition')) {
      const spec = crd.spec as { group: string; scope: string; names: { plural: string; kind: string } };
      this.byResource.set(`${spec.group}/${spec.names.plural}`, spec.names.kind);
      if (spec.scope === 'Cluster') {
        this.cluster.add(`${spec.group}/${spec.names.kind}`);
      }
    }
  }

  clusterScoped(group: string, kind: string): boolean {
    return this.cluster.has(`${group}/${kind}`);
  }

  /** Kinds of a group that the catalog knows, sorted. */
  kindsOf(group: string): string[] {
    const kinds = [...this.byResource].filter(([key]) => key.split('/')[0] === group).map(([, kind]) => kind);
    return [...new Set(kinds)].sort();
  }

  /** The Kind of `group/resource`, or undefined when neither a built-in nor a CRD of the batch. */
  kindOf(group: string, resource: string): string | undefined {
    return this.byResource.get(`${group}/${resource}`);
  }
}

/** What a set of renders shows, in the shape of argocd/chart-facts.ts, with the templates each fact comes from. */
export interface ObservedFacts {
  readonly facts: ChartFacts;
  /** Template paths behind the facts: cluster-scoped objects but RBAC (CRDs and webhooks among them), and objects in other namespaces. */
  readonly templates: readonly string[];
  /** The objects in namespaces other than their release's, as `Kind namespace/name (template)`. */
  readonly foreignObjects: readonly string[];
}

/** Operations that a webhook sees when ArgoCD applies an object. */
const APPLY_OPERATIONS = new Set(['*', 'CREATE', 'UPDATE']);

interface WebhookRule {
  readonly apiGroups?: readonly string[];
  readonly resources?: readonly string[];
  readonly operations?: readonly string[];
}

interface Webhook {
  readonly name: string;
  readonly failurePolicy?: string;
  readonly rules?: readonly WebhookRule[];
  readonly clientConfig: { readonly service?: { readonly namespace: string; readonly name: string }; readonly url?: string };
}

/** The facts the renders of one chart show (the union over its releases). */
export function observedFacts(renders: readonly RenderedRelease[], catalog: KindCatalog): ObservedFacts {
  const crds = new Set<string>();
  const clusterKinds = new Set<string>();
  const foreign = new Set<string>();
  const webhooks = new Map<string, Set<string>>();
  const templates = new Set<string>();
  const foreignObjects: string[] = [];
  for (const { release, objects } of renders) {
    for (const { template, object } of objects) {
      const group = groupOf(object.apiVersion);
      if (catalog.clusterScoped(group, object.kind)) {
        clusterKinds.add(`${group}/${object.kind}`);
        // RBAC is in every chart; the sources worth naming are the other cluster-scoped objects.
        if (group !== 'rbac.authorization.k8s.io') {
          templates.add(template);
        }
      } else if (object.metadata.namespace !== release.namespace) {
        foreign.add(object.metadata.namespace!);
        foreignObjects.push(`${object.kind} ${object.metadata.namespace}/${object.metadata.name} (${template})`);
        templates.add(template);
      }
      if (object.kind === 'CustomResourceDefinition') {
        const spec = object.spec as { group: string; names: { kind: string } };
        crds.add(`${spec.group}/${spec.names.kind}`);
        templates.add(template);
      }
      if (object.kind === 'ValidatingWebhookConfiguration' || object.kind === 'MutatingWebhookConfiguration') {
        for (const webhook of (object.webhooks ?? []) as readonly Webhook[]) {
          // failurePolicy defaults to Fail in admissionregistration.k8s.io/v1.
          if ((webhook.failurePolicy ?? 'Fail') !== 'Fail') {
            continue;
          }
          const kinds = webhookKinds(webhook, catalog, `${object.kind} ${object.metadata.name} (${template})`);
          if (kinds.length === 0) {
            continue;
          }
          const service = webhookService(webhook, release.namespace);
          webhooks.set(service, new Set([...(webhooks.get(service) ?? []), ...kinds]));
          templates.add(template);
        }
      }
    }
  }
  return {
    facts: {
      crds: [...crds].sort(),
      webhooks: [...webhooks]
        .sort(([a], [b]) => compare(a, b))
        .map(([service, kinds]) => ({ kinds: [...kinds].sort(), service })),
      clusterKinds: [...clusterKinds].sort(),
      foreignNamespaces: [...foreign].sort(),
    },
    templates: [...templates].sort(),
    foreignObjects: [...new Set(foreignObjects)].sort(),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function webhookService(webhook: Webhook, releaseNamespace: string): string {
  const service = webhook.clientConfig.service;
  if (!service) {
    return `url ${webhook.clientConfig.url}`;
  }
  return service.namespace === releaseNamespace ? service.name : `${service.namespace}/${service.name}`;
}

/** The kinds a webhook's rules match on create or update; a whole group's resources become its kinds. */
function webhookKinds(webhook: Webhook, catalog: KindCatalog, where: string): string[] {
  const kinds = new Set<string>();
  for (const rule of webhook.rules ?? []) {
    if (!(rule.operations ?? []).some((op) => APPLY_OPERATIONS.has(op))) {
      continue;
    }
    for (const group of rule.apiGroups ?? []) {
      for (const resource of rule.resources ?? []) {
        const [main, sub] = resource.split('/');
        if (sub !== undefined && main !== '*') {
          continue; // a subresource (pods/status, ...) is not the object ArgoCD applies
        }
        if (group === '*') {
          kinds.add(`*/${main === '*' ? '*' : main}`); // every group: kept as the rule says
          continue;
        }
        if (main === '*') {
          const all = catalog.kindsOf(group);
          (all.length > 0 ? all : ['*']).forEach((kind) => kinds.add(`${group}/${kind}`));
          continue;
        }
        const kind = catalog.kindOf(group, main);
        if (!kind) {
          throw new Error(
            `${where}: webhook ${webhook.name} matches ${group}/${main}, which is neither a CRD of the rendered charts nor a built-in resource that test/support/helm-render.ts knows: add it there`,
          );
        }
        kinds.add(`${group}/${kind}`);
      }
    }
  }
  return [...kinds];
}
