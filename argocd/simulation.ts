/**
 * An ArgoCD sync simulation: what ArgoCD does with one environment's output, from a cluster
 * that has only ArgoCD, checked against ArgoCD's own rules.
 *
 * It follows the bootstrap the README gives (helm install of ArgoCD, then kubectl apply of
 * the AppProject and the root Application), expands the ApplicationSet as the ApplicationSet
 * controller does (list generator, Go templates, RollingSync steps), and descends into every
 * Application: component folders (by their path in the GitOps repository) and nested Helm
 * chart Applications. For every Application and every object it applies it checks what the
 * application controller checks:
 *
 * - the project exists when the Application is applied ("Application referencing project ...
 *   which does not exist");
 * - the destination (server and namespace, with ArgoCD's glob and deny rules, where an empty
 *   namespace matches only `*`) is one of the project's destinations, and so is the namespace
 *   of every namespaced object (AppProject.IsDestinationPermitted / IsResourcePermitted in
 *   pkg/apis/application/v1alpha1/app_project_types.go);
 * - cluster-scoped kinds are in clusterResourceWhitelist, namespaced kinds not blacklisted
 *   (IsGroupKindPermitted);
 * - the source repository is one of sourceRepos (IsSourcePermitted);
 *
 * and then the order: every custom resource's CRD, and the admission webhook of every kind a
 * webhook intercepts, must be in place before the object is applied. "Before" is what ArgoCD
 * waits for: a later RollingSync step (each step waits until the previous step's Applications
 * are Healthy), or a later sync wave of the same Application (each wave waits for the health
 * of the previous one). A child Application only counts as healthy once its own sync is
 * healthy when argocd-cm carries the Application health check; without it ArgoCD has no
 * health for an Application and moves on as soon as the child object exists.
 *
 * Objects of upstream charts are known through their facts (argocd/chart-facts.ts: CRDs,
 * webhooks, cluster kinds, namespaces), which a test checks against the charts as helm
 * renders them.
 */
import type { Manifest } from '../lib/output';
import { CHARTS, ChartName } from '../versions';
import { CHART_FACTS, ChartFacts } from './chart-facts';
import { describe as describeObject } from '../policy/check';
import { BUILTIN_GROUPS, groupOf } from '../policy/schema';
import { HOOK_ANNOTATION, SYNC_WAVE_ANNOTATION } from './sync';

/** ArgoCD settings the simulation depends on (from the generated install values). */
export interface ArgoSettings {
  /** The namespace ArgoCD runs in. */
  readonly namespace: string;
  /** `resource.customizations.health.argoproj.io_Application` is set in argocd-cm. */
  readonly applicationHealthCheck: boolean;
  /** `applicationsetcontroller.enable.progressive.syncs` is on: RollingSync steps are honoured. */
  readonly progressiveSyncs: boolean;
}

/** Health-check key of an Application in argocd-cm (ArgoCD has no built-in health for Applications since 1.8). */
export const APPLICATION_HEALTH_KEY = 'resource.customizations.health.argoproj.io_Application';
/** argocd-cmd-params-cm key that makes the ApplicationSet controller honour RollingSync. */
export const PROGRESSIVE_SYNCS_KEY = 'applicationsetcontroller.enable.progressive.syncs';

/** The settings the simulation needs, read from values for the argo-cd chart (configs.cm, configs.params). */
export function argoSettingsFromValues(values: unknown, namespace: string): ArgoSettings {
  const configs = rec(rec(values).configs);
  const cm = rec(configs.cm);
  const params = rec(configs.params);
  const progressive = params[PROGRESSIVE_SYNCS_KEY];
  return {
    namespace,
    applicationHealthCheck: typeof cm[APPLICATION_HEALTH_KEY] === 'string' && str(cm[APPLICATION_HEALTH_KEY]).trim() !== '',
    progressiveSyncs: progressive === true || progressive === 'true',
  };
}

/** One step of the documented bootstrap. */
export type BootstrapStep =
  | { readonly kind: 'helm-install'; readonly command: string; readonly chart: ChartName; readonly namespace: string }
  | { readonly kind: 'kubectl-apply'; readonly command: string; readonly files: readonly string[] };

export interface SimulationInput {
  readonly env: string;
  /** Objects per folder of dist/<env>/. */
  readonly objects: ReadonlyMap<string, readonly Manifest[]>;
  /** Objects by their file path under dist/<env>/ (what kubectl apply -f reads). */
  readonly files: ReadonlyMap<string, Manifest>;
  /** The GitOps repository and the path of this environment's output in it. */
  readonly repoURL: string;
  readonly envPath: string;
  readonly settings: ArgoSettings;
  readonly bootstrap: readonly BootstrapStep[];
  /**
   * The objects of each Helm Application as helm renders them (by Application name). An
   * Application found here syncs like a folder; one that is not is known through its facts.
   * @default - none: facts only
   */
  readonly chartObjects?: ReadonlyMap<string, readonly Manifest[]>;
  /** What each chart provides. @default CHART_FACTS */
  readonly chartFacts?: Readonly<Record<string, ChartFacts>>;
  /** Whether a kind is namespaced (undefined: unknown). */
  readonly isNamespaced: (apiVersion: string, kind: string) => boolean | undefined;
}

export interface SyncViolation {
  /** The Application (or bootstrap step) the problem is in. */
  readonly application: string;
  /** The object concerned, "Kind namespace/name". */
  readonly object: string;
  readonly message: string;
  readonly fix: string;
}

/** An Application in the order ArgoCD syncs it. */
export interface PlannedApplication {
  readonly name: string;
  /** The component folder or chart it syncs. */
  readonly source: string;
  readonly destinationNamespace: string;
  /** Applications it waits for, and why (the CRD or webhook they provide). */
  readonly waitsFor: ReadonlyArray<{ readonly application: string; readonly reason: string }>;
  /** Chart Applications it contains. */
  readonly children: readonly string[];
}

export interface SyncPlan {
  readonly env: string;
  readonly bootstrap: readonly BootstrapStep[];
  /** What syncs in order: the root first, then the steps (or waves) of the components. */
  readonly stages: ReadonlyArray<{ readonly label: string; readonly applications: readonly PlannedApplication[] }>;
  readonly violations: readonly SyncViolation[];
}

// ---------------------------------------------------------------------------------------
// ArgoCD's matching rules.

/** gobwas-style glob without separators, as ArgoCD's util/glob uses for destinations. */
export function globMatch(pattern: string, value: string, separator?: string): boolean {
  if (pattern.startsWith('!')) {
    return !globMatch(pattern.slice(1), value, separator);
  }
  if (pattern === '*') {
    return true;
  }
  return globRegExp(pattern, separator).test(value);
}

const globs = new Map<string, RegExp>();

/** A glob as an anchored regular expression, made once per pattern and separator. */
function globRegExp(pattern: string, separator: string | undefined): RegExp {
  const key = `${separator ?? ''}\0${pattern}`;
  let re = globs.get(key);
  if (re) {
    return re;
  }
  const any = separator ? `[^${separator.replace(/[\\\]^-]/g, '\\$&')}]*` : '.*';
  const one = separator ? `[^${separator.replace(/[\\\]^-]/g, '\\$&')}]` : '.';
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? any : c === '?' ? one : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  re = new RegExp(`^${source}$`);
  globs.set(key, re);
  return re;
}

interface Destination {
  readonly server?: string;
  readonly name?: string;
  readonly namespace?: string;
}

/** AppProject.isDestinationMatched: some destination matches and no deny pattern excludes it. */
export function destinationPermitted(destinations: readonly Destination[], dst: { server: string; namespace: string }): boolean {
  let matchedAny = false;
  let denied = false;
  for (const item of destinations) {
    const serverMatched = dst.server !== '' && globMatch(item.server ?? '', dst.server);
    const namespaceMatched = globMatch(item.namespace ?? '', dst.namespace);
    if (serverMatched && namespaceMatched) {
      matchedAny = true;
    } else if ((!serverMatched && (item.server ?? '').startsWith('!')) || (!namespaceMatched && (item.namespace ?? '').startsWith('!'))) {
      denied = true;
    }
  }
  return matchedAny && !denied;
}

interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

function inResourceList(list: readonly GroupKind[] | undefined, gk: GroupKind): boolean {
  return (list ?? []).some((r) => globMatch(r.group, gk.group) && globMatch(r.kind, gk.kind));
}

/** AppProject.IsGroupKindPermitted. */
function groupKindPermitted(spec: ProjectSpec, gk: GroupKind, namespaced: boolean): boolean {
  if (namespaced) {
    const white = spec.namespaceResourceWhitelist;
    return (white === undefined || inResourceList(white, gk)) && !inResourceList(spec.namespaceResourceBlacklist, gk);
  }
  return inResourceList(spec.clusterResourceWhitelist, gk) && !inResourceList(spec.clusterResourceBlacklist, gk);
}

/** git.NormalizeGitURL, for the comparisons lakeplane needs: case, trailing slash and `.git`. */
function normalizeRepo(url: string): string {
  return url.toLowerCase().replace(/\/+$/, '').replace(/\.git$/, '');
}

function sourcePermitted(sourceRepos: readonly string[], repoURL: string): boolean {
  const src = normalizeRepo(repoURL);
  let matched = false;
  for (const pattern of sourceRepos) {
    const deny = pattern.startsWith('!');
    const normalized = normalizeRepo(deny ? pattern.slice(1) : pattern);
    const ok = deny ? !globMatch(normalized, src, '/') : globMatch(normalized, src, '/');
    if (ok) matched = true;
    else if (deny) return false;
  }
  return matched;
}

// ---------------------------------------------------------------------------------------
// Small readers.

type Obj = Record<string, unknown>;
const rec = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(rec) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

interface ProjectSpec {
  readonly sourceRepos?: readonly string[];
  readonly destinations?: readonly Destination[];
  readonly clusterResourceWhitelist?: readonly GroupKind[];
  readonly clusterResourceBlacklist?: readonly GroupKind[];
  readonly namespaceResourceWhitelist?: readonly GroupKind[];
  readonly namespaceResourceBlacklist?: readonly GroupKind[];
}




function waveOf(obj: Manifest): number {
  const raw = str(rec(obj.metadata.annotations)[SYNC_WAVE_ANNOTATION]);
  return raw === '' ? 0 : Number(raw);
}

/** Helm hooks as ArgoCD maps them onto its own (pre-install/pre-upgrade run before the sync, post-* after). */
const HELM_HOOKS: Readonly<Record<string, string>> = { 'pre-install': 'PreSync', 'pre-upgrade': 'PreSync', 'post-install': 'PostSync', 'post-upgrade': 'PostSync' };

function hookOf(obj: Manifest): string | undefined {
  const annotations = rec(obj.metadata.annotations);
  const argo = str(annotations[HOOK_ANNOTATION]);
  if (argo) return argo;
  const helm = str(annotations['helm.sh/hook']).split(',').map((h) => HELM_HOOKS[h.trim()]).find(Boolean);
  return helm;
}

/** `{{.key}}` and `{{.a.b}}` substitution, the part of Go templates lakeplane's ApplicationSet uses. */
export function renderGoTemplate(value: unknown, params: Obj): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*\.([\w.]+)\s*\}\}/g, (_m, key: string) => {
      const found = key.split('.').reduce<unknown>((v, k) => rec(v)[k], params);
      if (found === undefined) {
        // goTemplateOptions: missingkey=error
        throw new Error(`map has no entry for key "${key}"`);
      }
      return String(found);
    });
  }
  if (Array.isArray(value)) return value.map((v) => renderGoTemplate(v, params));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderGoTemplate(v, params)]));
  }
  return value;
}

/** Label selector matching of a RollingSync step (matchExpressions only, as ArgoCD supports). */
function stepMatches(step: Obj, labels: Record<string, string>): boolean {
  const expressions = arr(step.matchExpressions);
  return (
    expressions.length > 0 &&
    expressions.every((e) => {
      const key = str(e.key);
      const values = (Array.isArray(e.values) ? e.values : []).map(String);
      const has = key in labels;
      switch (str(e.operator)) {
        case 'In':
          return has && values.includes(labels[key]);
        case 'NotIn':
          return !has || !values.includes(labels[key]);
        default:
          return false;
      }
    })
  );
}

// ---------------------------------------------------------------------------------------
// The happens-before graph. Nodes are events; an edge a -> b means ArgoCD does b only after
// a. A provider is in place for a consumer when the provider's "ready" event reaches the
// consumer's "applied" event.

class Graph {
  private readonly edges = new Map<number, number[]>();
  private count = 0;
  readonly labels: string[] = [];

  node(label: string): number {
    this.labels.push(label);
    return this.count++;
  }

  edge(from: number, to: number): void {
    const list = this.edges.get(from);
    if (list) list.push(to);
    else this.edges.set(from, [to]);
  }

  private readonly reach = new Map<number, Set<number>>();

  reaches(from: number, to: number): boolean {
    let seen = this.reach.get(from);
    if (!seen) {
      seen = new Set<number>();
      const stack = [from];
      while (stack.length > 0) {
        const n = stack.pop()!;
        for (const m of this.edges.get(n) ?? []) {
          if (!seen.has(m)) {
            seen.add(m);
            stack.push(m);
          }
        }
      }
      this.reach.set(from, seen);
    }
    return seen.has(to);
  }
}

/** Something that must be in place before an object is applied. */
interface Provider {
  /** Event after which it is in place. */
  readonly ready: number;
  /** The Application it comes from. */
  readonly application: string;
  readonly what: string;
}

interface AppliedObject {
  readonly obj: Manifest;
  readonly application: string;
  readonly applied: number;
}

export function simulateSync(input: SimulationInput): SyncPlan {
  const facts = input.chartFacts ?? CHART_FACTS;
  const settings = input.settings;
  const violations: SyncViolation[] = [];
  const graph = new Graph();
  const projects = new Map<string, ProjectSpec>();
  const applied: AppliedObject[] = [];
  const crdProviders = new Map<string, Provider[]>();
  const webhookProviders = new Map<string, Provider[]>();
  const planned = new Map<string, PlannedApplication & { waitsFor: Array<{ application: string; reason: string }>; children: string[] }>();
  const parentOf = new Map<string, string>();

  const fail = (application: string, object: string, message: string, fix: string): void => {
    violations.push({ application, object, message, fix });
  };

  const addProvider = (map: Map<string, Provider[]>, key: string, provider: Provider): void => {
    map.set(key, [...(map.get(key) ?? []), provider]);
  };

  // ---- the cluster before lakeplane: ArgoCD's namespace and its `default` project.
  const start = graph.node('cluster with ArgoCD');
  projects.set('default', { sourceRepos: ['*'], destinations: [{ server: '*', namespace: '*' }], clusterResourceWhitelist: [{ group: '*', kind: '*' }] });
  let cursor = start;

  // Registers what an applied object provides (a CRD).
  const provides = (obj: Manifest, application: string, ready: number): void => {
    if (obj.kind === 'CustomResourceDefinition') {
      const spec = rec((obj as Obj).spec);
      addProvider(crdProviders, `${str(spec.group)}/${str(rec(spec.names).kind)}`, { ready, application, what: `CRD ${obj.metadata.name}` });
    }
    if (obj.kind === 'AppProject') {
      projects.set(obj.metadata.name, rec((obj as Obj).spec) as ProjectSpec);
    }
  };

  // ---- sync of one Application, starting after event `begin`; returns its "healthy" event.
  const syncApplication = (app: Manifest, begin: number, trail: readonly string[]): number => {
    const name = app.metadata.name;
    const spec = rec((app as Obj).spec);
    const source = rec(spec.source);
    const destination = rec(spec.destination);
    const dst = { server: str(destination.server), namespace: str(destination.namespace) };
    const entry = { name, source: '', destinationNamespace: dst.namespace, waitsFor: [] as Array<{ application: string; reason: string }>, children: [] as string[] };
    planned.set(name, entry);
    if (trail.includes(name)) {
      fail(name, describeObject(app), `Application ${name} contains itself (${[...trail, name].join(' -> ')})`, 'an Application must not sync the folder that holds it');
      return begin;
    }

    const projectName = str(spec.project) || 'default';
    const project = projects.get(projectName);
    if (!project) {
      fail(name, describeObject(app), `Application ${name} references project ${projectName}, which does not exist when the Application is applied`, `apply the AppProject ${projectName} before the Application (the bootstrap's kubectl apply lists it first)`);
      return begin;
    }
    if (!destinationPermitted(project.destinations ?? [], dst)) {
      fail(
        name,
        describeObject(app),
        `application destination server '${dst.server}' and namespace '${dst.namespace}' do not match any of the allowed destinations in project '${projectName}'`,
        dst.namespace === '' ? 'give the Application a destination namespace that the project lists' : `add ${dst.namespace} to the project's destinations, or deploy to a namespace it lists`,
      );
    }
    if (!sourcePermitted(project.sourceRepos ?? [], str(source.repoURL))) {
      fail(name, describeObject(app), `source repository ${str(source.repoURL)} is not permitted in project '${projectName}'`, "add the repository to the project's sourceRepos");
    }

    const permitObject = (obj: Manifest): void => {
      const namespaced = input.isNamespaced(obj.apiVersion, obj.kind);
      const gk = { group: groupOf(obj.apiVersion), kind: obj.kind };
      if (namespaced === undefined) {
        return; // unknown kinds are reported by schema validation
      }
      if (!groupKindPermitted(project, gk, namespaced)) {
        fail(
          name,
          describeObject(obj),
          `resource ${gk.group}:${gk.kind} is not permitted in project ${projectName}`,
          namespaced ? "remove the kind from the project's namespaceResourceBlacklist" : "add the kind to the project's clusterResourceWhitelist (argocd/platform-gitops.ts)",
        );
      }
      if (namespaced) {
        const ns = obj.metadata.namespace ?? dst.namespace;
        if (!destinationPermitted(project.destinations ?? [], { server: dst.server, namespace: ns })) {
          fail(name, describeObject(obj), `namespace ${ns || "''"} is not permitted in project '${projectName}'`, `add ${ns} to the project's destinations, or leave the object out`);
        }
      }
    };

    let objects: readonly Manifest[] | undefined;
    if (str(source.chart)) {
      entry.source = `chart ${str(source.chart)} ${str(source.targetRevision)}`;
      objects = input.chartObjects?.get(name);
      if (!objects) {
        return syncChart(app, name, source, dst, project, projectName, begin);
      }
    } else {
      // A folder of this environment's output in the GitOps repository.
      const path = str(source.path);
      const folder = normalizeRepo(str(source.repoURL)) === normalizeRepo(input.repoURL) && path.startsWith(`${input.envPath}/`) ? path.slice(input.envPath.length + 1) : undefined;
      objects = folder !== undefined ? input.objects.get(folder) : undefined;
      entry.source = folder !== undefined ? `${folder}/` : `${str(source.repoURL)} ${path}`;
      if (!objects) {
        fail(name, describeObject(app), `source path ${path} is not a folder of dist/${input.env}/ in ${input.repoURL}`, 'point the Application at a generated folder');
        return begin;
      }
      // A directory source reads only the folder's own files unless it recurses.
      if (rec(source.directory).recurse !== true) {
        const nested = new Set([...input.files].filter(([file]) => file.startsWith(`${folder}/`) && file.slice(folder!.length + 1).includes('/')).map(([, obj]) => obj));
        if (nested.size > 0) {
          const first = [...nested][0];
          fail(name, describeObject(first), `${nested.size} object(s) in subfolders of ${folder}/ would never be applied: the Application's directory source does not recurse`, 'set spec.source.directory.recurse: true on the Application');
          objects = objects.filter((o) => !nested.has(o));
        }
      }
    }

    // Hooks: PreSync before the waves, PostSync after them; the rest by wave.
    const phases = new Map<number, Manifest[]>();
    const pre: Manifest[] = [];
    const post: Manifest[] = [];
    for (const obj of objects) {
      const hook = hookOf(obj);
      if (hook === 'PreSync') pre.push(obj);
      else if (hook === 'PostSync') post.push(obj);
      else phases.set(waveOf(obj), [...(phases.get(waveOf(obj)) ?? []), obj]);
    }
    const groups: Array<{ label: string; objects: Manifest[] }> = [];
    if (pre.length > 0) groups.push({ label: 'PreSync', objects: pre });
    for (const wave of [...phases.keys()].sort((a, b) => a - b)) groups.push({ label: `wave ${wave}`, objects: phases.get(wave)! });
    if (post.length > 0) groups.push({ label: 'PostSync', objects: post });

    let previous = begin;
    for (const group of groups) {
      const appliedAt = graph.node(`${name} ${group.label} applied`);
      graph.edge(previous, appliedAt);
      const done = graph.node(`${name} ${group.label} healthy`);
      graph.edge(appliedAt, done);
      // Webhooks answer once their wave is healthy (its Deployments available).
      webhooksOf(group.objects, name, done, webhookProviders, allObjects);
      for (const obj of group.objects) {
        permitObject(obj);
        applied.push({ obj, application: name, applied: appliedAt });
        provides(obj, name, done);
        if (obj.kind === 'Application' && obj.apiVersion.startsWith('argoproj.io/') && obj.metadata.name === name) {
          // The root Application in its own folder: ArgoCD manages it like any object.
        } else if (obj.kind === 'Application' && obj.apiVersion.startsWith('argoproj.io/')) {
          entry.children.push(obj.metadata.name);
          parentOf.set(obj.metadata.name, name);
          const childHealthy = syncApplication(obj, appliedAt, [...trail, name]);
          // Without the health check ArgoCD assesses no health for an Application: the wave
          // is done as soon as the child object exists.
          if (settings.applicationHealthCheck) graph.edge(childHealthy, done);
        }
        if (obj.kind === 'ApplicationSet' && obj.apiVersion.startsWith('argoproj.io/')) {
          const setDone = expandApplicationSet(obj, name, appliedAt, [...trail, name]);
          void setDone; // an ApplicationSet has no health of its own for the root
        }
      }
      previous = done;
    }
    return previous;
  };

  // ---- a nested chart Application: known through the chart's facts.
  const syncChart = (
    app: Manifest,
    name: string,
    source: Obj,
    dst: { server: string; namespace: string },
    project: ProjectSpec,
    projectName: string,
    begin: number,
  ): number => {
    const chartName = (Object.keys(CHARTS) as ChartName[]).find((c) => CHARTS[c].chart === str(source.chart) && CHARTS[c].version === str(source.targetRevision));
    const chartFacts = chartName ? facts[chartName] : undefined;
    if (!chartName || !chartFacts) {
      fail(name, describeObject(app), `chart ${str(source.chart)} ${str(source.targetRevision)} is not a pinned chart with known facts`, 'pin the chart in versions.ts and describe it in argocd/chart-facts.ts');
      return begin;
    }
    const appliedAt = graph.node(`${name} chart applied`);
    graph.edge(begin, appliedAt);
    const healthy = graph.node(`${name} chart healthy`);
    graph.edge(appliedAt, healthy);
    const skipCrds = rec(source.helm).skipCrds === true;
    if (!skipCrds) {
      for (const crd of chartFacts.crds) {
        addProvider(crdProviders, crd, { ready: healthy, application: name, what: `CRD of ${crd} from chart ${str(source.chart)}` });
      }
    }
    for (const hook of chartFacts.webhooks) {
      for (const kind of hook.kinds) {
        addProvider(webhookProviders, kind, { ready: healthy, application: name, what: `admission webhook ${hook.service} of chart ${str(source.chart)}` });
      }
    }
    for (const kind of chartFacts.clusterKinds) {
      const [group, k] = kind.includes('/') ? kind.split('/') : ['', kind];
      if (skipCrds && group === 'apiextensions.k8s.io' && k === 'CustomResourceDefinition') continue;
      if (!groupKindPermitted(project, { group, kind: k }, false)) {
        fail(name, `chart ${str(source.chart)}: ${kind}`, `resource ${group}:${k} is not permitted in project ${projectName}`, "add the kind to the project's clusterResourceWhitelist (argocd/platform-gitops.ts)");
      }
    }
    for (const ns of chartFacts.foreignNamespaces) {
      if (!destinationPermitted(project.destinations ?? [], { server: dst.server, namespace: ns })) {
        fail(name, `chart ${str(source.chart)}: objects in ${ns}`, `namespace ${ns} is not permitted in project '${projectName}'`, `turn those objects off in the chart's values, or add ${ns} to the project's destinations`);
      }
    }
    return healthy;
  };

  // ---- an ApplicationSet: list generator x template, RollingSync steps.
  const expandApplicationSet = (set: Manifest, owner: string, appliedAt: number, trail: readonly string[]): number => {
    const spec = rec((set as Obj).spec);
    const setName = set.metadata.name;
    const elements: Obj[] = [];
    for (const generator of arr(spec.generators)) {
      if (generator.list) {
        elements.push(...arr(rec(generator.list).elements));
      } else {
        fail(owner, describeObject(set), `generator ${Object.keys(generator).join(', ')} is not simulated`, 'use a list generator, which the simulation can expand');
      }
    }
    const template = rec(spec.template);
    const apps: Manifest[] = [];
    for (const element of elements) {
      try {
        const rendered = renderGoTemplate(template, element) as Obj;
        const metadata = rec(rendered.metadata);
        apps.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { ...metadata, name: str(metadata.name), namespace: str(metadata.namespace) }, spec: rendered.spec });
      } catch (err) {
        fail(owner, describeObject(set), `template of ApplicationSet ${setName} fails for element ${JSON.stringify(element)}: ${(err as Error).message}`, 'give every element the keys the template uses');
      }
    }
    const strategy = rec(spec.strategy);
    const steps = str(strategy.type) === 'RollingSync' ? arr(rec(strategy.rollingSync).steps) : [];
    const appLabels = (app: Manifest): Record<string, string> => rec(app.metadata.labels) as Record<string, string>;
    let stepOf: (app: Manifest) => number;
    if (steps.length > 0 && settings.progressiveSyncs) {
      stepOf = (app) => steps.findIndex((s) => stepMatches(s, appLabels(app)));
    } else {
      // Without progressive syncs the controller ignores the strategy: everything at once.
      stepOf = () => 0;
    }
    let previous = appliedAt;
    const order = steps.length > 0 && settings.progressiveSyncs ? steps.length : 1;
    for (let index = 0; index < order; index++) {
      const members = apps.filter((app) => stepOf(app) === index);
      const stepStart = graph.node(`${setName} step ${index + 1}`);
      graph.edge(previous, stepStart);
      const stepDone = graph.node(`${setName} step ${index + 1} healthy`);
      for (const app of members) {
        graph.edge(syncApplication(app, stepStart, trail), stepDone);
      }
      graph.edge(stepStart, stepDone);
      stageOf.set(index, members.map((a) => a.metadata.name));
      previous = stepDone;
    }
    for (const app of apps.filter((a) => stepOf(a) < 0)) {
      fail(setName, describeObject(app), `Application ${app.metadata.name} matches no RollingSync step of ${setName}: the ApplicationSet controller never syncs it`, 'label the Application so one step selects it (the steps are computed from the components)');
    }
    return previous;
  };
  const stageOf = new Map<number, string[]>();
  const allObjects: readonly Manifest[] = [...input.objects.values(), ...(input.chartObjects?.values() ?? [])].flat();

  // ---- bootstrap, as the README gives it.
  const rootApps: string[] = [];
  for (const step of input.bootstrap) {
    const node = graph.node(step.command);
    graph.edge(cursor, node);
    cursor = node;
    if (step.kind === 'helm-install') {
      const f = facts[step.chart];
      for (const crd of f?.crds ?? []) {
        addProvider(crdProviders, crd, { ready: node, application: 'bootstrap', what: `CRD of ${crd} installed with ArgoCD` });
      }
      continue;
    }
    for (const file of step.files) {
      const obj = input.files.get(file);
      if (!obj) {
        fail('bootstrap', file, `the bootstrap applies ${file}, which synth does not write`, 'list only generated files in the bootstrap');
        continue;
      }
      const applyNode = graph.node(`kubectl apply ${file}`);
      graph.edge(cursor, applyNode);
      cursor = applyNode;
      provides(obj, 'bootstrap', applyNode);
      if (obj.kind === 'Application') {
        rootApps.push(obj.metadata.name);
        syncApplication(obj, applyNode, []);
      }
    }
  }
  if (rootApps.length === 0) {
    fail('bootstrap', `dist/${input.env}/`, 'the bootstrap applies no Application: nothing would ever sync', 'apply the root Application in the bootstrap');
  }

  // ---- every object of the output is applied by some Application.
  for (const [folder, objects] of input.objects) {
    for (const obj of objects) {
      if (!applied.some((a) => a.obj === obj)) {
        fail('-', `${folder}: ${describeObject(obj)}`, `no Application syncs ${folder}/`, 'every folder of the output needs an Application (is it in the ApplicationSet list and a RollingSync step?)');
        break;
      }
    }
  }

  // ---- order: CRDs and webhooks before the objects that need them. A wait is shown on the
  // Application a stage lists (the component's), not on the chart inside it.
  const staged = (name: string): string => {
    let current = name;
    while (parentOf.has(current) && !rootApps.includes(parentOf.get(current)!)) current = parentOf.get(current)!;
    return current;
  };
  for (const a of applied) {
    const group = groupOf(a.obj.apiVersion);
    const key = `${group}/${a.obj.kind}`;
    if (!BUILTIN_GROUPS.has(group)) {
      checkProvided(a, key, crdProviders.get(key) ?? [], 'CRD', violations, graph, planned, staged);
    }
    // A chart's own objects are not held back by its own webhook (ArgoCD retries them).
    const hooks = (webhookProviders.get(key) ?? []).filter((p) => p.application !== a.application);
    if (hooks.length > 0) {
      checkProvided(a, key, hooks, 'admission webhook', violations, graph, planned, staged);
    }
  }

  // ---- the plan, in order.
  const stages: Array<{ label: string; applications: PlannedApplication[] }> = [];
  for (const root of rootApps) {
    stages.push({ label: `bootstrap: ${root}`, applications: [planned.get(root)!] });
  }
  for (const [index, names] of [...stageOf.entries()].sort((x, y) => x[0] - y[0])) {
    stages.push({ label: `step ${index + 1}`, applications: names.map((n) => planned.get(n)!).filter(Boolean) });
  }
  if (stageOf.size === 0) {
    // applications mode: the root's children in wave order
    const root = rootApps[0] ? planned.get(rootApps[0]) : undefined;
    const folder = root?.source.replace(/\/$/, '');
    const children = (folder !== undefined ? input.objects.get(folder) ?? [] : []).filter((o) => o.kind === 'Application' && !rootApps.includes(o.metadata.name));
    const waves = [...new Set(children.map(waveOf))].sort((a, b) => a - b);
    for (const wave of waves) {
      stages.push({ label: `wave ${wave}`, applications: children.filter((c) => waveOf(c) === wave).map((c) => planned.get(c.metadata.name)!).filter(Boolean) });
    }
  }
  return { env: input.env, bootstrap: input.bootstrap, stages, violations };
}

/** Built-in resources that admission webhooks of the platform's charts name: `group/resource` -> Kind. */
const BUILTIN_RESOURCES: Readonly<Record<string, string>> = {
  '/pods': 'Pod', '/services': 'Service', '/configmaps': 'ConfigMap', '/secrets': 'Secret', '/namespaces': 'Namespace',
  'apps/deployments': 'Deployment', 'apps/statefulsets': 'StatefulSet', 'apps/daemonsets': 'DaemonSet', 'batch/jobs': 'Job', 'batch/cronjobs': 'CronJob',
};

/** Registers the fail-closed admission webhooks among a chart's rendered objects. */
function webhooksOf(objects: readonly Manifest[], application: string, ready: number, providers: Map<string, Provider[]>, all: readonly Manifest[]): void {
  const crds = all.filter((o) => o.kind === 'CustomResourceDefinition');
  const kindOf = (group: string, resource: string): string[] => {
    const plural = resource.split('/')[0];
    const fromCrds = crds
      .map((c) => rec((c as Obj).spec))
      .filter((spec) => str(spec.group) === group && (plural === '*' || str(rec(spec.names).plural) === plural))
      .map((spec) => str(rec(spec.names).kind));
    const builtin = BUILTIN_RESOURCES[`${group}/${plural}`];
    return builtin ? [builtin, ...fromCrds] : fromCrds;
  };
  for (const config of objects.filter((o) => o.kind === 'ValidatingWebhookConfiguration' || o.kind === 'MutatingWebhookConfiguration')) {
    for (const hook of arr((config as Obj).webhooks)) {
      if (str(hook.failurePolicy) === 'Ignore') continue;
      const service = rec(rec(hook.clientConfig).service);
      for (const rule of arr(hook.rules)) {
        const ops = (Array.isArray(rule.operations) ? rule.operations : []).map(String);
        if (!ops.some((op) => op === '*' || op === 'CREATE' || op === 'UPDATE')) continue;
        for (const group of (Array.isArray(rule.apiGroups) ? rule.apiGroups : []).map(String)) {
          for (const resource of (Array.isArray(rule.resources) ? rule.resources : []).map(String)) {
            for (const kind of kindOf(group, resource)) {
              const list = providers.get(`${group}/${kind}`) ?? [];
              if (!list.some((p) => p.application === application)) {
                list.push({ ready, application, what: `admission webhook ${str(service.namespace)}/${str(service.name)} (${config.metadata.name})` });
              }
              providers.set(`${group}/${kind}`, list);
            }
          }
        }
      }
    }
  }
}

function checkProvided(
  a: AppliedObject,
  key: string,
  providers: readonly Provider[],
  what: 'CRD' | 'admission webhook',
  violations: SyncViolation[],
  graph: Graph,
  planned: Map<string, { waitsFor: Array<{ application: string; reason: string }> }>,
  staged: (name: string) => string,
): void {
  if (providers.length === 0) {
    violations.push({
      application: a.application,
      object: describeObject(a.obj),
      message: `no Application installs the CRD of ${key}`,
      fix: 'enable the component whose chart installs it, or describe the chart that does in argocd/chart-facts.ts',
    });
    return;
  }
  const inPlace = providers.find((p) => graph.reaches(p.ready, a.applied));
  if (inPlace) {
    const waiter = staged(a.application);
    const provider = staged(inPlace.application);
    if (provider !== waiter && inPlace.application !== 'bootstrap') {
      const entry = planned.get(waiter);
      const reason = `${what === 'CRD' ? 'CRD' : 'webhook'} of ${key.split('/')[1]}`;
      if (entry && !entry.waitsFor.some((w) => w.application === provider && w.reason === reason)) {
        entry.waitsFor.push({ application: provider, reason });
      }
    }
    return;
  }
  const p = providers[0];
  violations.push({
    application: a.application,
    object: describeObject(a.obj),
    message: `${describeObject(a.obj)} in ${a.application} may be applied before ${p.what} (in ${p.application}) is in place: nothing makes ${a.application} wait for it`,
    fix:
      what === 'CRD'
        ? `sync ${a.application} in a later step than ${p.application} (declare the dependency), or in a later wave of the same Application with the Application health check in argocd-cm`
        : `sync ${a.application} after ${p.application} is healthy (a later step), or move the object to a later wave with the Application health check in argocd-cm`,
  });
}

