/**
 * The chart facts (argocd/chart-facts.ts) against the real charts: every environment is
 * synthesized with every phase's components, each Helm Application is rendered with helm as
 * ArgoCD renders it (test/support/helm-render.ts), and what the renders show must be what
 * CHART_FACTS declares (the union over environments). Then what the facts mean for the
 * AppProject: every object lands in a namespace of its component, and every cluster-scoped
 * kind a chart creates is whitelisted.
 *
 * Needs helm and the local chart repository; without them the tests fail, saying how to get
 * them (see test/support/assets.ts and test/support/helm-render.ts).
 */
import { CHART_FACTS, ChartFacts } from '../argocd/chart-facts';
import { CLUSTER_RESOURCE_WHITELIST } from '../argocd/platform-gitops';
import { ENVIRONMENTS } from '../config';
import { parseConfig, withPhase } from '../config/load';
import type { PlatformConfig } from '../config/schema';
import { buildEnvironment } from '../lib/build';
import { Manifest, RenderedEnvironment, renderEnvironment } from '../lib/output';
import { loadEnvironment, synthConfig } from '../lib/synth';
import { CHARTS, ChartName } from '../versions';
import { HelmRelease, KindCatalog, ObservedFacts, PLATFORM_API_VERSIONS, RenderedRelease, groupOf, helmReleaseOf, observedFacts, renderReleases } from './support/helm-render';

const PHASE = 3;

/**
 * Configurations that switch on the charts no shipped environment installs: a chart is
 * checked as lakeplane configures it, so each needs a build that uses it. Only their
 * Applications are needed: they are built and rendered without the policy gate.
 */
const VARIANTS: ReadonlyArray<{ readonly name: string; readonly config: () => PlatformConfig }> = [
  {
    name: 'prod with the external-secrets backend',
    config: () =>
      withPhase(
        parseConfig(
          { ...ENVIRONMENTS.prod, secrets: { backend: 'external-secrets', store: { provider: 'vault', server: 'https://vault.example.com:8200', path: 'secret', role: 'lakeplane' } } },
          'chart-facts variant',
        ),
        PHASE,
      ),
  },
];

/** One Helm Application of a build, with its component's namespaces. */
interface Installation {
  readonly build: string;
  readonly component: string;
  readonly chart: ChartName;
  readonly release: HelmRelease;
  /** Namespaces the component makes (its PlatformNamespace objects). */
  readonly componentNamespaces: readonly string[];
  /** Namespaces the environment's AppProject permits. */
  readonly projectNamespaces: readonly string[];
}

function chartNameOf(application: Manifest): ChartName {
  const source = (application.spec as { source: { chart: string; targetRevision: string } }).source;
  const found = (Object.keys(CHARTS) as ChartName[]).find((name) => CHARTS[name].chart === source.chart && CHARTS[name].version === source.targetRevision);
  if (!found) {
    throw new Error(`Application ${application.metadata.name} installs ${source.chart} ${source.targetRevision}, which is not a chart pinned in versions.ts`);
  }
  return found;
}

function installationsOf(build: string, rendered: RenderedEnvironment): Installation[] {
  const project = rendered.objects.get('gitops')?.find((o) => o.kind === 'AppProject');
  const projectNamespaces = ((project?.spec as { destinations?: Array<{ namespace: string }> } | undefined)?.destinations ?? []).map((d) => d.namespace);
  const out: Installation[] = [];
  for (const [component, objects] of rendered.objects) {
    const componentNamespaces = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    for (const application of objects) {
      if (application.kind === 'Application' && (application.spec as { source?: { chart?: string } }).source?.chart) {
        out.push({ build, component, chart: chartNameOf(application), release: helmReleaseOf(application), componentNamespaces, projectNamespaces });
      }
    }
  }
  return out;
}

/**
 * A chart no build installs yet (its component is not written) is checked as its defaults
 * render, in a namespace named after it.
 */
function defaultInstallation(chart: ChartName): Installation {
  const source = CHARTS[chart];
  const namespace = source.chart;
  return {
    build: '(chart defaults)',
    component: '(none)',
    chart,
    release: { chart: source.chart, version: source.version, releaseName: source.chart, namespace, values: {}, includeCrds: true },
    componentNamespaces: [namespace],
    projectNamespaces: [namespace],
  };
}

const CHART_NAMES = (Object.keys(CHARTS) as ChartName[]).sort();

/**
 * Rendered documents that are not Kubernetes objects, known and explained: `chart version
 * template` -> why. ArgoCD cannot apply such a document, so each is a defect to fix where it
 * comes from; the test fails when one appears, and when a listed one is gone.
 */
// None today: the kustomize build file the external-secrets archive carries among its CRDs
// (templates/crds/kustomization.yaml) is dropped at rendering by lib/helm.ts.
const KNOWN_MALFORMED: Readonly<Record<string, string>> = {};

describe('chart facts, checked by rendering the charts with helm', () => {
  let installations: Installation[] = [];
  let rendered: RenderedRelease[] = [];
  let catalog: KindCatalog;
  const observed = new Map<ChartName, ObservedFacts>();

  beforeAll(async () => {
    for (const env of Object.keys(ENVIRONMENTS)) {
      installations.push(...installationsOf(env, synthConfig(loadEnvironment(env, PHASE)).rendered));
    }
    for (const variant of VARIANTS) {
      installations.push(...installationsOf(variant.name, renderEnvironment(buildEnvironment(variant.config()))));
    }
    const installed = new Set(installations.map((i) => i.chart));
    installations = [...installations, ...CHART_NAMES.filter((c) => !installed.has(c)).map(defaultInstallation)];
    rendered = await renderReleases(installations.map((i) => i.release));
    catalog = new KindCatalog(rendered.flatMap((r) => r.objects.map((o) => o.object)));
    for (const chart of CHART_NAMES) {
      observed.set(chart, observedFacts(rendered.filter((_, i) => installations[i].chart === chart), catalog));
    }
  }, 120_000);

  test('CHART_FACTS has an entry for every pinned chart, and no other', () => {
    expect(Object.keys(CHART_FACTS).sort()).toEqual(CHART_NAMES);
  });

  test.each(CHART_NAMES.map((c) => [c]))('%s: the declared facts are what the chart renders', (chart) => {
    const declared: ChartFacts | undefined = CHART_FACTS[chart];
    const seen = observed.get(chart)!;
    const differences = declared ? factDifferences(declared, seen.facts) : ['no entry'];
    if (differences.length > 0) {
      const builds = [...new Set(installations.filter((i) => i.chart === chart).map((i) => i.build))].join(', ');
      throw new Error(
        `${chart} (${CHARTS[chart].chart} ${CHARTS[chart].version}, rendered for ${builds}) differs from argocd/chart-facts.ts:\n` +
          differences.map((d) => `  - ${d}`).join('\n') +
          `\nFix: update argocd/chart-facts.ts; the render shows:\n${factsEntry(chart, seen)}`,
      );
    }
  });

  test('every rendered document is a Kubernetes object (ArgoCD cannot apply anything else)', () => {
    const found = [...new Set(rendered.flatMap((r) => r.malformed.map((m) => `${r.release.chart} ${r.release.version} ${m.template}`)))].sort();
    const unexplained = found.filter((f) => !(f in KNOWN_MALFORMED));
    const gone = Object.keys(KNOWN_MALFORMED).filter((k) => !found.includes(k));
    if (unexplained.length > 0 || gone.length > 0) {
      throw new Error(
        [
          ...unexplained.map((f) => `not a Kubernetes object (no kind or metadata.name): ${f}; turn it off in the chart values or fix the chart archive`),
          ...gone.map((k) => `KNOWN_MALFORMED lists ${k}, which no longer renders: remove it from test/chart-facts.test.ts`),
        ].join('\n'),
      );
    }
  });

  test('the declared facts are sorted', () => {
    for (const chart of CHART_NAMES) {
      const f = CHART_FACTS[chart];
      for (const [field, list] of [['crds', f.crds], ['clusterKinds', f.clusterKinds], ['foreignNamespaces', f.foreignNamespaces], ['webhooks', f.webhooks.map((w) => w.service)]] as const) {
        expect(`${chart}.${field}: ${[...list].join(', ')}`).toBe(`${chart}.${field}: ${[...list].sort().join(', ')}`);
      }
      for (const w of f.webhooks) {
        expect(`${chart} webhook ${w.service}: ${w.kinds.join(', ')}`).toBe(`${chart} webhook ${w.service}: ${[...w.kinds].sort().join(', ')}`);
      }
    }
  });

  test('every custom API version passed to helm is served by a CRD the platform installs', () => {
    const served = new Set<string>();
    for (const { object } of rendered.flatMap((r) => r.objects)) {
      if (object.kind === 'CustomResourceDefinition') {
        const spec = object.spec as { group: string; names: { kind: string }; versions: Array<{ name: string; served: boolean }> };
        for (const v of spec.versions.filter((x) => x.served)) {
          served.add(`${spec.group}/${v.name}`);
          served.add(`${spec.group}/${v.name}/${spec.names.kind}`);
        }
      }
    }
    const builtIn = (apiVersion: string) => !apiVersion.split('/')[0].includes('.') || apiVersion.split('/')[0].endsWith('.k8s.io');
    expect(PLATFORM_API_VERSIONS.filter((v) => !builtIn(v) && !served.has(v))).toEqual([]);
  });

  test('every chart writes only into namespaces of its component (the AppProject permits no others)', () => {
    const outside: string[] = [];
    rendered.forEach((render, i) => {
      const inst = installations[i];
      const allowed = new Set([inst.release.namespace, ...inst.componentNamespaces]);
      for (const { template, object } of render.objects) {
        const ns = object.metadata.namespace;
        if (ns !== undefined && !catalog.clusterScoped(groupOf(object.apiVersion), object.kind) && !(allowed.has(ns) && inst.projectNamespaces.includes(ns))) {
          outside.push(`${inst.build} ${inst.component} (${inst.chart}): ${object.kind} ${ns}/${object.metadata.name} from ${template}`);
        }
      }
    });
    if (outside.length > 0) {
      throw new Error(
        `${outside.length} object(s) would be written outside the component's namespaces; ArgoCD refuses them and fails the whole sync:\n` +
          [...new Set(outside)].map((o) => `  - ${o}`).join('\n') +
          `\nFix: turn them off in the component's chart values, or make the namespace a PlatformNamespace of the component.`,
      );
    }
  });

  test('every cluster-scoped kind a chart creates is in the AppProject whitelist', () => {
    const whitelisted = new Set(CLUSTER_RESOURCE_WHITELIST.map((r) => `${r.group}/${r.kind}`));
    const missing = CHART_NAMES.flatMap((chart) => CHART_FACTS[chart].clusterKinds.filter((k) => !whitelisted.has(k)).map((k) => `${k} (${chart})`));
    if (missing.length > 0) {
      throw new Error(`cluster-scoped kinds the charts create but the AppProject does not permit (ArgoCD fails their sync):\n  - ${missing.join('\n  - ')}\nFix: add them to CLUSTER_RESOURCE_WHITELIST in argocd/platform-gitops.ts`);
    }
  });
});

function factDifferences(declared: ChartFacts, seen: ChartFacts): string[] {
  const out: string[] = [];
  const list = (field: string, a: readonly string[], b: readonly string[]) => {
    const extra = a.filter((x) => !b.includes(x));
    const missing = b.filter((x) => !a.includes(x));
    if (extra.length > 0) {
      out.push(`${field}: declared but not rendered: ${extra.join(', ')}`);
    }
    if (missing.length > 0) {
      out.push(`${field}: rendered but not declared: ${missing.join(', ')}`);
    }
  };
  list('crds', declared.crds, seen.crds);
  list('clusterKinds', declared.clusterKinds, seen.clusterKinds);
  list('foreignNamespaces', declared.foreignNamespaces, seen.foreignNamespaces);
  list(
    'webhook services',
    declared.webhooks.map((w) => w.service),
    seen.webhooks.map((w) => w.service),
  );
  for (const w of seen.webhooks) {
    const d = declared.webhooks.find((x) => x.service === w.service);
    if (d) {
      list(`webhooks served by ${w.service}`, d.kinds, w.kinds);
    }
  }
  return out;
}

/** The entry the render shows, as it would be written in argocd/chart-facts.ts. */
function factsEntry(chart: ChartName, seen: ObservedFacts): string {
  const q = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
  const f = seen.facts;
  const lines = [
    `  // ${seen.templates.length > 0 ? compactPaths(seen.templates).join(', ') : `${CHARTS[chart].chart}/templates/: ${f.clusterKinds.length > 0 ? 'RBAC and ' : ''}namespaced objects in the release namespace only`}`,
    `  ${chart}: {`,
    `    crds: ${q(f.crds)},`,
    `    webhooks: [${f.webhooks.map((w) => `{ kinds: ${q(w.kinds)}, service: '${w.service}' }`).join(', ')}],`,
    `    clusterKinds: ${q(f.clusterKinds)},`,
    `    foreignNamespaces: ${q(f.foreignNamespaces)},`,
    `  },`,
  ];
  if (seen.foreignObjects.length > 0) {
    lines.push(`  // objects in other namespaces: ${seen.foreignObjects.join('; ')}`);
  }
  return lines.join('\n');
}

/**
 * Template paths, shortened: three or more files of a folder whose names start with the same
 * word become one pattern (crd-*.yaml), and a folder still naming four or more becomes dir/*.
 */
function compactPaths(paths: readonly string[]): string[] {
  const byDir = new Map<string, string[]>();
  for (const p of paths) {
    const slash = p.lastIndexOf('/');
    byDir.set(p.slice(0, slash + 1), [...(byDir.get(p.slice(0, slash + 1)) ?? []), p.slice(slash + 1)]);
  }
  const out: string[] = [];
  for (const [dir, files] of byDir) {
    const byWord = new Map<string, string[]>();
    for (const f of files) {
      const word = f.split(/[-_.]/)[0];
      byWord.set(word, [...(byWord.get(word) ?? []), f]);
    }
    const names = [...byWord].flatMap(([word, group]) => (group.length >= 3 ? [`${word}${group[0].charAt(word.length)}*`] : group));
    out.push(...(names.length >= 4 ? [`${dir}*`] : names.map((n) => dir + n)));
  }
  return out;
}
