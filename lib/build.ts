/**
 * Builds one environment: selects the components its phase and config enable, checks their
 * dependencies, builds them in dependency order with typed handles, then the ArgoCD objects.
 */
import { ApiObject, App } from 'cdk8s';
import { CHART_FACTS } from '../argocd/chart-facts';
import { PlatformGitOps } from '../argocd/platform-gitops';
import { BuildContext, COMPONENTS, ComponentId, ComponentSpec, HandleLookup } from '../charts/registry';
import type { ComponentHandles } from '../charts/handles';
import type { PlatformConfig } from '../config/schema';
import { ConfigError } from '../config/load';
import { PlatformCommon, commonFrom } from '../constructs/common';
import { PlatformNamespace } from '../constructs/namespace';
import { SealedValues } from '../constructs/secret';
import { PlatformChart } from '../constructs/platform-chart';
import { HelmApplication } from '../constructs/application';

export interface EnvironmentBuild {
  readonly config: PlatformConfig;
  readonly common: PlatformCommon;
  readonly app: App;
  /** Enabled components in build (dependency) order. */
  readonly components: readonly ComponentSpec[];
  /** Charts per component id, plus the GitOps chart (folder `gitops`). */
  readonly charts: ReadonlyMap<string, readonly PlatformChart[]>;
  /** Sync wave of each component: 0 for components without dependencies, else 1 + the deepest dependency. */
  readonly waves: ReadonlyMap<ComponentId, number>;
}

/** The folder holding the AppProject, the root Application and the ApplicationSet (or the component Applications). */
export const GITOPS_FOLDER = 'gitops';

/** Components the config turns on, before dependency checks. */
export function selectComponents(config: PlatformConfig, registry: readonly ComponentSpec[] = COMPONENTS): ComponentSpec[] {
  const slices = config.components as Record<string, { enabled?: boolean } | undefined>;
  return registry.filter((spec) => {
    if (spec.phase > config.phase) {
      return false;
    }
    const explicit = slices[spec.id]?.enabled;
    return explicit ?? (spec.enabledByDefault ? spec.enabledByDefault(config) : true);
  });
}

/** Fails when an enabled component needs one that is off, naming both. */
export function checkDependencies(config: PlatformConfig, enabled: readonly ComponentSpec[], registry: readonly ComponentSpec[] = COMPONENTS): void {
  const on = new Set(enabled.map((c) => c.id));
  const known = new Set(registry.map((c) => c.id));
  const problems: string[] = [];
  for (const spec of enabled) {
    const missing = spec.dependsOn(config).filter((dep) => !on.has(dep));
    if (missing.length === 0) {
      continue;
    }
    const unknown = missing.filter((m) => !known.has(m));
    if (unknown.length > 0) {
      throw new Error(`component ${spec.id} depends on ${unknown.join(', ')}, which is not registered`);
    }
    const verb = missing.length === 1 ? 'which is' : 'which are';
    problems.push(`${spec.id} needs ${joinWords(missing)}, ${verb} disabled in ${config.name}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`${problems.join('\n')}\nEnable the missing components, raise the phase, or disable the components that need them.`);
  }
}

/**
 * Dependency order (stable: registry order among peers) and the wave of each component.
 * `implicit` adds dependencies found while building (e.g. on the secrets controller).
 */
export function orderComponents(
  config: PlatformConfig,
  enabled: readonly ComponentSpec[],
  implicit: (spec: ComponentSpec) => readonly ComponentId[] = () => [],
): { order: ComponentSpec[]; waves: Map<ComponentId, number> } {
  const byId = new Map(enabled.map((c) => [c.id, c] as const));
  const waves = new Map<ComponentId, number>();
  const order: ComponentSpec[] = [];
  const visiting = new Set<ComponentId>();
  const visit = (spec: ComponentSpec, trail: readonly ComponentId[]): number => {
    const done = waves.get(spec.id);
    if (done !== undefined) {
      return done;
    }
    if (visiting.has(spec.id)) {
      throw new Error(`dependency cycle: ${[...trail, spec.id].join(' -> ')}`);
    }
    visiting.add(spec.id);
    const deps = [...spec.dependsOn(config), ...(spec.optionalDeps?.(config) ?? []), ...implicit(spec)]
      .map((id) => byId.get(id))
      .filter((d): d is ComponentSpec => d !== undefined);
    const wave = deps.reduce((max, dep) => Math.max(max, visit(dep, [...trail, spec.id]) + 1), 0);
    visiting.delete(spec.id);
    waves.set(spec.id, wave);
    order.push(spec);
    return wave;
  };
  for (const spec of enabled) {
    visit(spec, []);
  }
  return { order, waves };
}

export interface BuildOptions {
  /** Sealed secret values of the environment (config/sealed/<env>.json). @default - none */
  readonly sealed?: SealedValues;
  /** Components to build. @default - the registry */
  readonly registry?: readonly ComponentSpec[];
}

export function buildEnvironment(config: PlatformConfig, options: BuildOptions = {}): EnvironmentBuild {
  const registry = options.registry ?? COMPONENTS;
  const enabled = selectComponents(config, registry);
  checkDependencies(config, enabled, registry);
  const { order } = orderComponents(config, enabled);

  const app = new App({ outdir: 'unused' });
  const common = commonFrom(config, options.sealed);
  const handles = new Map<ComponentId, unknown>();
  const charts = new Map<string, PlatformChart[]>();
  const enabledIds: ReadonlySet<ComponentId> = new Set(order.map((spec) => spec.id));
  // In the registry's order, so the rules and dashboards do not depend on the build order.
  const builtSpecs = registry.filter((spec) => enabledIds.has(spec.id));
  const alerts = builtSpecs.flatMap((spec) => spec.alerts ?? []);
  const dashboards = builtSpecs.flatMap((spec) => spec.dashboards ?? []);

  for (const spec of order) {
    const allowed = new Set<ComponentId>([...spec.dependsOn(config), ...(spec.optionalDeps?.(config) ?? [])]);
    const lookup: HandleLookup = {
      get: <Id extends ComponentId>(id: Id): ComponentHandles[Id] => {
        if (!allowed.has(id)) {
          throw new Error(`component ${spec.id} asked for the handle of ${id} without declaring it in dependsOn`);
        }
        const handle = handles.get(id);
        if (handle === undefined) {
          throw new Error(`component ${spec.id} needs ${id}, which is not built in ${config.name}`);
        }
        return handle as ComponentHandles[Id];
      },
      find: <Id extends ComponentId>(id: Id): ComponentHandles[Id] | undefined => {
        if (!allowed.has(id)) {
          throw new Error(`component ${spec.id} asked for the handle of ${id} without declaring it in optionalDeps`);
        }
        return handles.get(id) as ComponentHandles[Id] | undefined;
      },
    };
    const ctx: BuildContext = { scope: app, config, common, handles: lookup, enabled: enabledIds, alerts, dashboards };
    const built = spec.build(ctx);
    handles.set(spec.id, built.handle);
    charts.set(spec.id, [...built.charts]);
  }

  // Deleting a namespace deletes every volume claim and object in it: the namespaces of a
  // component that holds data are protected like its data-holding objects.
  for (const spec of order) {
    if (spec.holdsData === undefined) continue;
    for (const ns of (charts.get(spec.id) ?? []).flatMap((chart) => chart.node.findAll().filter((c): c is PlatformNamespace => c instanceof PlatformNamespace))) {
      if (!ns.protectsData) ns.protectData(`the namespace of ${spec.id}, which holds ${spec.holdsData}`);
    }
  }

  // Secrets render once the whole environment is known; then every component that declared
  // one syncs after the configured secrets controller, which must be enabled.
  common.secretCatalog.finalize();
  // A component whose objects are custom resources syncs after the component that installs
  // their CRD (a chart's, as argocd/chart-facts.ts records, or its own CRD objects).
  const crdDeps = crdDependencies(order, charts);
  const finalWaves = withImplicitDependencies(config, enabled, common.secretCatalog.components, crdDeps);

  const gitops = new PlatformGitOps(app, {
    common,
    clusterKinds: clusterKindsUsed(order, charts),
    chartRepositories: chartRepositoriesUsed(common, charts),
    components: order.map((spec) => ({
      id: spec.id,
      wave: finalWaves.get(spec.id) ?? 0,
      holdsData: spec.holdsData !== undefined,
      namespaces: namespacesOf(charts.get(spec.id) ?? []),
      destinationNamespace: destinationNamespaceOf(charts.get(spec.id) ?? [], config.gitops.argocdNamespace),
    })),
  });
  charts.set(GITOPS_FOLDER, [gitops]);

  return { config, common, app, components: order, charts, waves: finalWaves };
}

/**
 * Dependencies no component has to remember, added here:
 * - a component that declares a PlatformSecret needs the secrets controller of
 *   `secrets.backend` (whose component id is the backend's name) to unseal or fetch it;
 * - a component whose objects are custom resources needs the component installing their CRD.
 */
function withImplicitDependencies(
  config: PlatformConfig,
  enabled: readonly ComponentSpec[],
  declaring: readonly string[],
  crdDeps: ReadonlyMap<ComponentId, readonly ComponentId[]>,
): Map<ComponentId, number> {
  const controller = config.secrets.backend as ComponentId;
  const users = declaring.filter((id) => id !== controller);
  if (users.length > 0 && !enabled.some((spec) => spec.id === controller)) {
    throw new ConfigError(
      `${joinWords(users)} declare${users.length === 1 ? 's' : ''} secrets, which need the ${controller} component (secrets.backend), but it is disabled in ${config.name}\n` +
        `Enable components.${controller}, or choose another secrets.backend.`,
    );
  }
  return orderComponents(config, enabled, (spec) => [...(users.includes(spec.id) ? [controller] : []), ...(crdDeps.get(spec.id) ?? [])]).waves;
}

/**
 * The cluster-scoped kinds an environment writes, as "<group>/<kind>": those of lakeplane's
 * own objects and those the charts it installs create (argocd/chart-facts.ts). The AppProject
 * permits these and no others.
 */
export function clusterKindsUsed(order: readonly ComponentSpec[], charts: ReadonlyMap<string, readonly PlatformChart[]>): Set<string> {
  const kinds = new Set<string>();
  for (const spec of order) {
    for (const chart of charts.get(spec.id) ?? []) {
      for (const child of chart.node.findAll()) {
        if (child instanceof HelmApplication) {
          CHART_FACTS[child.chart].clusterKinds.forEach((kind) => kinds.add(kind));
        } else if (child instanceof ApiObject) {
          kinds.add(`${child.apiVersion.includes('/') ? child.apiVersion.split('/')[0] : ''}/${child.kind}`);
        }
      }
    }
  }
  return kinds;
}

/**
 * The chart repositories the environment's Helm Applications read (or its mirror): those of
 * the charts it installs, not every chart of versions.ts. The build is the same for both
 * delivery modes, so the rendered one permits them too.
 */
export function chartRepositoriesUsed(common: PlatformCommon, charts: ReadonlyMap<string, readonly PlatformChart[]>): string[] {
  const repos = new Set<string>();
  for (const list of charts.values()) {
    for (const chart of list) {
      for (const child of chart.node.findAll()) {
        if (child instanceof HelmApplication) repos.add(common.charts.resolve(child.chart).repoURL);
      }
    }
  }
  return [...repos].sort();
}

/** For each component, the other components that install the CRDs of its custom resources. */
export function crdDependencies(order: readonly ComponentSpec[], charts: ReadonlyMap<string, readonly PlatformChart[]>): Map<ComponentId, ComponentId[]> {
  const providers = new Map<string, ComponentId>();
  const used = new Map<ComponentId, Set<string>>();
  for (const spec of order) {
    const kinds = new Set<string>();
    for (const chart of charts.get(spec.id) ?? []) {
      for (const child of chart.node.findAll()) {
        if (child instanceof HelmApplication && child.installsCrds) {
          CHART_FACTS[child.chart].crds.forEach((crd) => providers.set(crd, spec.id));
        } else if (child instanceof ApiObject) {
          const group = child.apiVersion.includes('/') ? child.apiVersion.split('/')[0] : '';
          if (child.kind === 'CustomResourceDefinition') {
            const crd = child.toJson() as { spec?: { group?: string; names?: { kind?: string } } };
            providers.set(`${crd.spec?.group}/${crd.spec?.names?.kind}`, spec.id);
          } else if (group.includes('.') && !group.endsWith('.k8s.io')) {
            kinds.add(`${group}/${child.kind}`);
          }
        }
      }
    }
    used.set(spec.id, kinds);
  }
  // ArgoCD's own kinds (Application, AppProject, ApplicationSet) exist before anything syncs:
  // the bootstrap's helm install puts them there.
  const preinstalled = new Set(CHART_FACTS.argoCd.crds);
  const deps = new Map<ComponentId, ComponentId[]>();
  for (const [id, kinds] of used) {
    const needed = [...kinds].filter((k) => !preinstalled.has(k)).map((k) => providers.get(k)).filter((p): p is ComponentId => p !== undefined && p !== id);
    deps.set(id, [...new Set(needed)].sort());
  }
  return deps;
}

function namespacesOf(charts: readonly PlatformChart[]): string[] {
  const names = new Set<string>();
  for (const chart of charts) {
    if (chart.namespaceName) {
      names.add(chart.namespaceName);
    }
    for (const child of chart.node.findAll()) {
      if (child instanceof PlatformNamespace) {
        names.add(child.name);
      }
    }
  }
  return [...names].sort();
}

/** The component's own namespace (its first chart's), else the first it makes, else ArgoCD's. */
function destinationNamespaceOf(charts: readonly PlatformChart[], argocdNamespace: string): string {
  return charts.find((c) => c.namespaceName)?.namespaceName ?? namespacesOf(charts)[0] ?? argocdNamespace;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
