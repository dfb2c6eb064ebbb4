/**
 * Renders the upstream charts at synth, the way ArgoCD renders a Helm Application:
 *
 *   helm template <release> <archive> --namespace <destination> [--include-crds]
 *     --kube-version <target> --api-versions <what the platform serves>... -f <values>
 *
 * from the verified archive in the chart cache (lib/charts.ts), with the values lakeplane
 * gives ArgoCD. Then, as ArgoCD does: Helm test hooks (and other hooks ArgoCD does not run) are
 * dropped, and a namespaced object without a namespace gets the destination namespace.
 *
 * Renders are cached by content in renders/ (committed): the key is the chart's locked digest,
 * the release, namespace, values and flags. A synth whose charts and values did not change reads
 * the cache and needs neither helm nor the chart archives; a changed one renders (helm from
 * LAKEPLANE_HELM or PATH, archives from `npm run charts`) and says so per chart.
 */
import { KUBERNETES_VERSION } from '../config/kubernetes';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { parse } from 'yaml';
import type { ChartName } from '../versions';
import { CHARTS } from '../versions';
import { ChartError, ChartLock, ROOT, cachedArchive, findHelm, lockedChart, readLock } from './charts';
import type { Construct } from 'constructs';
import { HelmApplication } from '../constructs/application';
import type { Manifest } from './output';

/** Folder of the committed render cache. */
export const RENDER_CACHE = path.join(ROOT, 'renders');

/** The Kubernetes version charts are rendered for (`.Capabilities.KubeVersion`). */
export const KUBE_VERSION = KUBERNETES_VERSION;

/**
 * API versions the platform's clusters serve beyond helm's built-in list, passed as ArgoCD
 * passes the cluster's: the CRDs lakeplane installs that charts look up
 * (`.Capabilities.APIVersions.Has`), as group/version and group/version/Kind.
 */
export const PLATFORM_API_VERSIONS: readonly string[] = [
  ...withKinds('monitoring.coreos.com/v1', ['Alertmanager', 'PodMonitor', 'Probe', 'Prometheus', 'PrometheusRule', 'ServiceMonitor', 'ThanosRuler']),
  ...withKinds('monitoring.coreos.com/v1alpha1', ['AlertmanagerConfig', 'PrometheusAgent', 'ScrapeConfig']),
  ...withKinds('cert-manager.io/v1', ['Certificate', 'CertificateRequest', 'ClusterIssuer', 'Issuer']),
  'policy/v1/PodDisruptionBudget',
];

function withKinds(groupVersion: string, kinds: readonly string[]): string[] {
  return [groupVersion, ...kinds.map((kind) => `${groupVersion}/${kind}`)];
}

/** Bumped when what a cache entry holds changes meaning. */
const RENDER_FORMAT = 1;

/** One chart installation, as a Helm Application describes it. */
export interface HelmRelease {
  readonly chart: ChartName;
  readonly releaseName: string;
  readonly namespace: string;
  readonly values: unknown;
  readonly includeCrds: boolean;
}

export interface RenderedChart {
  readonly release: HelmRelease;
  /** The objects ArgoCD applies, in helm's order; namespaced ones carry their namespace. */
  readonly objects: readonly Manifest[];
  /** The cache file the render came from or was written to (relative to renders/). */
  readonly cacheFile: string;
  /** True when helm ran for it in this synth. */
  readonly fresh: boolean;
}

/** Canonical JSON: keys sorted, so the key does not depend on insertion order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of a release: what the render depends on. */
export function renderKey(release: HelmRelease, lock: ChartLock): string {
  const digest = lockedChart(lock, release.chart).digest;
  const input = canonical([RENDER_FORMAT, digest, release.releaseName, release.namespace, release.includeCrds, KUBE_VERSION, PLATFORM_API_VERSIONS, release.values]);
  return crypto.createHash('sha256').update(input).digest('hex').slice(0, 20);
}

export function cacheFileOf(release: HelmRelease, key: string): string {
  return `${CHARTS[release.chart].chart}-${CHARTS[release.chart].version}-${release.releaseName}-${key}.json.gz`;
}

/** Helm hooks ArgoCD maps to its own hooks; an object with only other Helm hooks (test, rollback) is skipped. */
const ARGOCD_HELM_HOOKS = new Set(['crd-install', 'pre-install', 'pre-upgrade', 'post-install', 'post-upgrade', 'pre-delete', 'post-delete']);

function skippedByArgoCd(object: Manifest): boolean {
  const annotations = (object.metadata.annotations ?? {}) as Record<string, string>;
  if (annotations['argocd.argoproj.io/hook'] !== undefined) return false;
  const hooks = annotations['helm.sh/hook'];
  return hooks !== undefined && !hooks.split(',').some((h) => ARGOCD_HELM_HOOKS.has(h.trim()));
}

/** A kustomize build file (kind Kustomization, no metadata) a chart ships among its templates: not an object. */
export function isKustomizeFile(object: Partial<Manifest>): boolean {
  return typeof object.apiVersion === 'string' && object.apiVersion.startsWith('kustomize.config.k8s.io/') && object.metadata === undefined;
}

/** helm's output as objects: empty documents and those ArgoCD skips dropped, read as YAML 1.1 as ArgoCD reads it. */
export function parseHelmOutput(text: string): Manifest[] {
  const objects: Manifest[] = [];
  for (const doc of text.split(/^---[ \t]*$/m)) {
    const object = parse(doc, { version: '1.1', maxAliasCount: -1 }) as Manifest | null;
    if (object === null || typeof object !== 'object') continue;
    // A kustomize build file a chart ships among its CRD templates (external-secrets 2.9 does):
    // an instruction to kustomize, not an object; the API server has no such kind.
    if (isKustomizeFile(object)) continue;
    if (typeof object.kind !== 'string' || typeof object.metadata?.name !== 'string') {
      throw new ChartError(`a rendered document is not a Kubernetes object: ${JSON.stringify(object).slice(0, 160)}`);
    }
    if (!skippedByArgoCd(object)) objects.push(object);
  }
  return objects;
}

function runHelm(helm: string, archive: string, release: HelmRelease): string {
  const args = ['template', release.releaseName, archive, '--namespace', release.namespace, '--kube-version', KUBE_VERSION];
  if (release.includeCrds) args.push('--include-crds');
  for (const version of PLATFORM_API_VERSIONS) args.push('--api-versions', version);
  args.push('-f', '-');
  const result = spawnSync(helm, args, { input: JSON.stringify(release.values), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new ChartError(`helm template ${release.releaseName} (${CHARTS[release.chart].chart} ${CHARTS[release.chart].version}) failed: ${(result.stderr || String(result.error)).trim()}`);
  }
  return result.stdout;
}

export interface RenderOptions {
  /** Told about each chart rendered for real (a cold cache). @default - silent */
  readonly progress?: (message: string) => void;
  /** @default renders/ */
  readonly cacheDir?: string;
  /** Whether to write new cache entries. @default true */
  readonly writeCache?: boolean;
}

/**
 * Renders one release: from the cache when its key is there, else with helm (then cached).
 * The objects are as helm wrote them: `placeObjects` gives namespaced ones their namespace.
 */
export function renderRelease(release: HelmRelease, options: RenderOptions = {}, lock: ChartLock = readLock()): RenderedChart {
  // LAKEPLANE_RENDER_SCRATCH: a second cache renders are written to instead of renders/ (the
  // tests use one, so that rendering a test's own variants never changes the checkout).
  // LAKEPLANE_RENDER_CACHE: another committed cache folder (npm run bench points it at an
  // empty one to measure a cold render).
  const committed = process.env.LAKEPLANE_RENDER_CACHE || RENDER_CACHE;
  const scratch = options.cacheDir === undefined ? process.env.LAKEPLANE_RENDER_SCRATCH || undefined : undefined;
  const dir = options.cacheDir ?? scratch ?? committed;
  const key = renderKey(release, lock);
  const cacheFile = cacheFileOf(release, key);
  const file = [path.join(committed, cacheFile), path.join(dir, cacheFile)].find((f) => fs.existsSync(f)) ?? path.join(dir, cacheFile);
  let objects: Manifest[];
  let fresh = false;
  if (fs.existsSync(file)) {
    objects = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Manifest[];
  } else {
    const helm = findHelm();
    const { chart, version } = CHARTS[release.chart];
    if (!helm) {
      throw new ChartError(
        `chart ${chart} ${version} (release ${release.releaseName}) must be rendered again (its chart or values changed), which needs helm 3.17+: put helm on PATH or set LAKEPLANE_HELM, then run npm run charts`,
      );
    }
    const archive = cachedArchive(release.chart, lock).file;
    options.progress?.(`rendering ${chart} ${version} as ${release.releaseName} in ${release.namespace}`);
    objects = parseHelmOutput(runHelm(helm, archive, release));
    fresh = true;
    if (options.writeCache !== false) {
      fs.mkdirSync(dir, { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      fs.writeFileSync(temp, zlib.gzipSync(JSON.stringify(objects), { level: 9 }));
      fs.renameSync(temp, file);
    }
  }
  return { release, objects, cacheFile, fresh };
}

/**
 * As ArgoCD applies them: a namespaced object without a namespace goes to the destination
 * namespace. Scope comes from Kubernetes' built-in kinds (`isNamespaced`) and the CRDs among
 * `crds` (every chart of the environment); an unknown kind counts as namespaced, as most are.
 */
export function placeObjects(
  objects: readonly Manifest[],
  namespace: string,
  crds: readonly Manifest[],
  isNamespaced: (apiVersion: string, kind: string) => boolean | undefined,
): Manifest[] {
  const clusterKinds = new Set(
    crds
      .filter((c) => (c.spec as { scope?: string } | undefined)?.scope === 'Cluster')
      .map((c) => {
        const spec = c.spec as { group: string; names: { kind: string } };
        return `${spec.group}/${spec.names.kind}`;
      }),
  );
  return objects.map((object) => {
    const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
    const namespaced = clusterKinds.has(`${group}/${object.kind}`) ? false : isNamespaced(object.apiVersion, object.kind) ?? true;
    if (object.metadata.namespace || !namespaced) return object;
    return { ...object, metadata: { ...object.metadata, namespace } };
  });
}

/** Removes cache entries no environment used (after a synth of every environment). */
export function pruneRenderCache(used: ReadonlySet<string>, dir: string = process.env.LAKEPLANE_RENDER_CACHE || RENDER_CACHE): string[] {
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.json.gz') && !used.has(name)) {
      fs.rmSync(path.join(dir, name));
      removed.push(name);
    }
  }
  return removed;
}

/** The rendered objects of one Helm Application of a component. */
export interface ComponentChartRender extends RenderedChart {
  readonly component: string;
  /** The Helm Application's name (the nested Application in dist/<env>/<component>/). */
  readonly application: string;
}

/**
 * Every Helm Application of a built environment, rendered (from the cache or with helm), its
 * objects placed in their namespaces.
 */
export function renderEnvironmentCharts(
  charts: ReadonlyMap<string, readonly Construct[]>,
  isNamespaced: (apiVersion: string, kind: string) => boolean | undefined,
  options: RenderOptions = {},
): ComponentChartRender[] {
  const lock = readLock();
  const raw: ComponentChartRender[] = [];
  for (const [component, list] of charts) {
    for (const chart of list) {
      for (const node of chart.node.findAll()) {
        if (node instanceof HelmApplication) {
          const release: HelmRelease = { chart: node.chart, releaseName: node.releaseName, namespace: node.namespace, values: node.values, includeCrds: node.installsCrds };
          raw.push({ ...renderRelease(release, options, lock), component, application: node.application.name });
        }
      }
    }
  }
  const crds = raw.flatMap((r) => r.objects.filter((o) => o.kind === 'CustomResourceDefinition'));
  return raw.map((r) => ({ ...r, objects: placeObjects(r.objects, r.release.namespace, crds, isNamespaced) }));
}
