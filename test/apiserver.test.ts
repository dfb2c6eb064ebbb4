/**
 * lakeplane's output against a real Kubernetes API server (kube-apiserver 1.34 on etcd, no
 * controllers; test/support/envtest.ts): every environment at every phase in applicationset
 * mode and at its highest phase in applications mode (see combinationSpecs()), and the
 * environment that installs the most charts with them rendered into its folders
 * (`gitops.charts: rendered`, applicationset mode), so that the charts' own objects and pod
 * templates go through the same checks; each distinct file checked once.
 *
 * 1. The CustomResourceDefinitions of the custom kinds the output uses are created for real
 *    and must become Established: the output's own, else the CRDs the upstream charts install,
 *    as helm renders them at synth (a CRD of a kind nothing uses is dry-run applied, as in 2);
 *    then Namespaces and PriorityClasses are created for real.
 * 2. Every other object is server-side applied with a server dry run and strict field
 *    validation, by kubectl on the files exactly as written to dist/, in ArgoCD's order.
 * 3. The pod template of every built-in workload is created as a Pod (dry run) in its
 *    namespace, where the namespace's Pod Security `enforce` level applies (for workloads
 *    the API server only warns).
 * 4. kubectl reads every file (with YAML 1.1 rules, as ArgoCD does) as exactly the object
 *    lakeplane meant to write.
 *
 * Every problem is collected; each check fails once, with its whole list, naming the
 * environment, phase, mode, file, object and the server's message. Canaries, one per check,
 * go through the same calls and must be rejected.
 *
 * The server is the run's one (jest's global setup starts it; test/chart-pods.test.ts uses it
 * too, with namespaces of its own names and no CRDs).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ENVIRONMENTS } from '../config';
import { PHASES, Phase, PlatformConfig } from '../config/schema';
import { withPhase } from '../config/load';
import { loadEnvironment, synthConfig } from '../lib/synth';
import { GITOPS_FOLDER, selectComponents } from '../lib/build';
import type { Manifest } from '../lib/output';
import { FROM_CHART_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../argocd/sync';
import { sparkPods, workloadPod } from './support/pods';
import { ApiServer, KubectlResult, REQUEST_CONNECTIONS, connectApiServer } from './support/envtest';
import { field } from './util';
import { rangerVariant } from './support/variants';

/**
 * STAND-INS: CRDs `<group>/<kind>.yaml` for a custom kind the output uses that neither it nor any
 * chart it installs defines. Today every such kind comes from a rendered chart (the test asserts
 * that no stand-in is used); the folder stays for a kind whose chart is not rendered yet.
 */
const STAND_IN_CRDS = path.join(__dirname, '..', '..', 'shared', 'schemas', 'crds');
/** The field manager ArgoCD's application controller applies with. */
const FIELD_MANAGER = 'argocd-controller';
/** Kinds created for real before the dry runs, because the objects after them need them to exist. */
const CREATED_FOR_REAL = new Set(['Namespace', 'PriorityClass']);
const POD_SECURITY_LABEL = /^pod-security\.kubernetes\.io\//;
/** Folder (and environment name) of the canaries. */
const CANARY = 'canary';
/** The reading canary: kubectl reads its `off` as false, which a dry run would refuse too; only read. */
const READING_CANARY = `${CANARY}/configmap-unquoted.yaml`;
const DISCOVERY = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

type Mode = PlatformConfig['gitops']['mode'];
type ChartDelivery = PlatformConfig['gitops']['charts'];

interface Placed {
  readonly folder: string;
  readonly object: Manifest;
  /** Path under dist/<env>/, e.g. minio/tenant-datalake.yaml. */
  readonly file: string;
  readonly content: string;
}

interface Combination {
  readonly env: string;
  readonly phase: Phase;
  readonly mode: Mode;
  readonly charts: ChartDelivery;
  readonly variant?: Variant;
  readonly argocdNamespace: string;
  /** Every object with its file, in ArgoCD's order. */
  readonly objects: readonly Placed[];
  /** The CRDs the combination's upstream charts install (helm's rendering at synth), by `group/kind`. */
  readonly chartCrds: ReadonlyMap<string, ChartCrd>;
}

interface ChartCrd {
  readonly object: Manifest;
  /** e.g. "the velero chart of velero". */
  readonly from: string;
}

/** One distinct file content, with every place it is written. */
interface Entry {
  readonly content: string;
  readonly object: Manifest;
  readonly seen: Array<{ readonly combination: Combination; readonly file: string }>;
  /** Its copy in the server's folder, relative to it (kubectl runs there and names it so). */
  written: string;
}

type Problems = string[];

interface Report {
  readonly combinations: number;
  /** Objects written over all combinations, and the distinct files among them. */
  readonly objects: number;
  readonly entries: number;
  readonly dryRun: number;
  readonly pods: number;
  /** Distinct files of chart objects (rendered delivery: marked with FROM_CHART_ANNOTATION). */
  readonly fromCharts: number;
  /** Per variant, the folders its combination writes that the same environment, phase and mode without it does not. */
  readonly variantFolders: Readonly<Record<string, readonly string[]>>;
  readonly inputs: Problems;
  readonly created: Problems;
  readonly applied: Problems;
  readonly podSecurity: Problems;
  readonly reading: Problems;
  /** CRDs created from the charts, and the kinds that got a stand-in CRD instead. */
  readonly chartCrds: number;
  readonly standIns: readonly string[];
  /** What the checks said about the canaries. */
  readonly canaries: { readonly applied: Problems; readonly podSecurity: Problems; readonly reading: Problems };
  /** Warnings the server sent; not failures (the Pod Security warnings of workloads are checked on their Pods). */
  readonly warnings: ReadonlySet<string>;
}

/**
 * The order ArgoCD applies one environment's objects in. A stand-in until argocd/simulation.ts
 * provides ArgoCD's own: the gitops folder first (the root Application syncs it before any
 * component exists), then the component folders in build (dependency) order, and inside a
 * folder by sync wave, keeping the written order among equal waves.
 */
function argocdOrder<T extends { readonly folder: string; readonly object: Manifest }>(objects: readonly T[], folders: readonly string[]): T[] {
  const folderRank = (folder: string): number => (folder === GITOPS_FOLDER ? -1 : folders.indexOf(folder));
  const wave = (object: Manifest): number => Number((object.metadata.annotations as Record<string, string> | undefined)?.[SYNC_WAVE_ANNOTATION] ?? 0);
  return objects
    .map((item, index) => ({ item, index }))
    .sort((a, b) => folderRank(a.item.folder) - folderRank(b.item.folder) || wave(a.item.object) - wave(b.item.object) || a.index - b.index)
    .map(({ item }) => item);
}

describe('the output against a real kube-apiserver', () => {
  let server: ApiServer | undefined;
  let report: Report;

  beforeAll(async () => {
    // The run's server (test/support/global-setup.ts). Missing assets fail here, with
    // kubeAssets()'s message, on every test below.
    const ready = connectApiServer().then((connected) => (server = connected));
    // The server takes seconds to establish CRDs: those the first combination uses are
    // created as soon as it is ready, while the other combinations synthesize.
    const specs = combinationSpecs();
    const first = synthesize(specs[0]);
    const checking = ready.then(async (connected) => new Check(connected, await builtInKinds(connected)).add(first));
    checking.catch(() => undefined); // awaited below
    const rest: Combination[] = [];
    for (const spec of specs.slice(1)) {
      rest.push(synthesize(spec));
      // Between two synths, let the start and the creation of the first CRDs go on: their
      // requests and processes need some turns of the event loop, which a few milliseconds give.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const check = await checking;
    rest.forEach((combination) => check.add(combination));
    report = await check.finish();
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('every environment, phase and mode is checked, and the widest environment with its charts rendered; each distinct file once', () => {
    expectNone(report.inputs, 'objects without a file of their own');
    expect(report.combinations).toBe(Object.keys(ENVIRONMENTS).length * (PHASES.length + 1) + 1 + Object.keys(VARIANTS).length);
    // Each variant's own component is among what the server sees.
    expect(report.variantFolders).toEqual({ 'ranger on': ['ranger'] });
    expect(report.fromCharts).toBeGreaterThan(400);
    // Phases and modes share most files: each is checked once.
    expect(report.entries).toBeLessThan(report.objects / 2);
    expect(report.dryRun).toBeGreaterThan(100);
    expect(report.pods).toBeGreaterThan(0);
  });

  test('CustomResourceDefinitions become Established; Namespaces and PriorityClasses are created', () => {
    expectNone(report.created, 'problems creating objects for real');
  });

  test('the CRDs of custom kinds the output does not define come from the charts: no stand-in remains', () => {
    expect(report.chartCrds).toBeGreaterThan(10);
    expect(report.standIns).toEqual([]);
  });

  test('every other object passes a server-side apply dry run with strict field validation', () => {
    expectNone(report.applied, 'objects the API server rejects');
  });

  test('every pod template is admitted as a Pod in its namespace (Pod Security enforced)', () => {
    expectNone(report.podSecurity, 'pod templates the API server refuses');
  });

  test('kubectl reads every file (YAML 1.1) as exactly the intended object', () => {
    expectNone(report.reading, 'files kubectl reads differently from what lakeplane meant');
  });

  test('each check rejects its canary, naming the file, the object and the reason, and nothing else of them', () => {
    expect(report.canaries.applied).toEqual([
      expect.stringMatching(/^canary\/canary\/networkpolicy-misspelt\.yaml \(phase 1 applicationset\) NetworkPolicy lakeplane-canary\/misspelt: .*\.spec\.podSelectr: field not declared in schema/),
    ]);
    expect(report.canaries.podSecurity).toEqual([
      expect.stringMatching(
        /^canary\/canary\/job-privileged\.yaml \(phase 1 applicationset\) pod template of Job lakeplane-canary\/privileged: Error from server \(Forbidden\): pods "privileged" is forbidden: violates PodSecurity "restricted:latest": privileged/,
      ),
    ]);
    expect(report.canaries.reading).toEqual([
      'canary/canary/configmap-unquoted.yaml (phase 1 applicationset) ConfigMap lakeplane-canary/unquoted: data.flag: written as "off", kubectl reads false',
    ]);
  });
});

function expectNone(problems: Problems, what: string): void {
  if (problems.length > 0) {
    throw new Error(`${problems.length} ${what}:\n- ${problems.join('\n- ')}`);
  }
}

interface CombinationSpec {
  readonly env: string;
  readonly phase: Phase;
  readonly mode: Mode;
  readonly charts: ChartDelivery;
  /** A configuration the shipped environments do not use (test/support/variants.ts). @default - the environment as shipped */
  readonly variant?: Variant;
}

/** The variants the API server sees: optional components on. */
const VARIANTS = { 'ranger on': (env: string) => rangerVariant(env as 'dev' | 'prod') } as const;
type Variant = keyof typeof VARIANTS;

/**
 * Every environment at every phase in applicationset mode and at the highest phase in
 * applications mode (charts delivered as Helm Applications), then, with its charts rendered in
 * applicationset mode, the environment at phase 3 that installs the most charts (every chart
 * any environment installs is then applied; the test suite's time budget allows one such
 * combination). Those come last: the CRDs of the kinds the output uses are then the charts' as
 * helm renders them.
 *
 * Applications mode changes only the GitOps folder (an Application per component instead of
 * the ApplicationSet); at the highest phase it holds every component's Application, and a
 * lower phase's differ from those in their sync wave only (a number the gate's schema check and
 * the ArgoCD simulation of every phase and mode cover), so its lower phases are not applied
 * again: four synths less, nothing more to check.
 */
function combinationSpecs(): CombinationSpec[] {
  const envs = Object.keys(ENVIRONMENTS);
  const chartsOf = (env: string): number => new Set(selectComponents(loadEnvironment(env, 3)).flatMap((c) => c.charts ?? [])).size;
  const widest = [...envs].sort((a, b) => chartsOf(b) - chartsOf(a) || a.localeCompare(b))[0];
  const highest = PHASES[PHASES.length - 1];
  return [
    ...envs.flatMap((env) => [
      ...PHASES.map((phase) => ({ env, phase, mode: 'applicationset' as const, charts: 'helm' as const })),
      { env, phase: highest, mode: 'applications' as const, charts: 'helm' as const },
    ]),
    { env: widest, phase: highest, mode: 'applicationset' as const, charts: 'rendered' as const },
    // The optional components, on: only their folders and those of the components they change
    // (Trino's, for ranger) are new files.
    ...(Object.keys(VARIANTS) as Variant[]).map((variant) => ({ env: widest, phase: highest, mode: 'applicationset' as const, charts: 'rendered' as const, variant })),
  ];
}

/** One combination, each object paired with the file it is written to, in ArgoCD's order. */
const synthesized = new Map<string, Combination>();

function synthesize(spec: CombinationSpec): Combination {
  const { env, phase, mode, charts, variant } = spec;
  const base = variant ? withPhase(VARIANTS[variant](env), phase) : loadEnvironment(env, phase);
  const config: PlatformConfig = { ...base, gitops: { ...base.gitops, mode, charts } };
  // The phase only selects components: a phase that enables none beyond a lower one writes
  // the same objects, so it reuses that synthesis.
  const same = JSON.stringify({ ...config, phase: 0, components: selectComponents(config).map((c) => c.id) });
  const earlier = synthesized.get(same);
  if (earlier) {
    return { ...earlier, phase };
  }
  const combination = synthesizeOnce(spec, config);
  synthesized.set(same, combination);
  return combination;
}

function synthesizeOnce(spec: CombinationSpec, config: PlatformConfig): Combination {
  const { rendered, charts } = synthConfig(config);
  const chartCrds = new Map<string, ChartCrd>();
  for (const chart of charts) {
    for (const object of chart.objects.filter((o) => o.kind === 'CustomResourceDefinition')) {
      chartCrds.set(crdKind(object), { object, from: `the ${chart.release.chart} chart of ${chart.component}` });
    }
  }
  const folders = [...rendered.objects.keys()];
  // The writer's own record of each object's file; filesOf() where an object is not in it.
  const fileOf = new Map([...rendered.byFile].map(([file, object]) => [object, file] as const));
  const objects = folders.flatMap((folder) => {
    const list = rendered.objects.get(folder)!;
    const recorded = list.map((object) => fileOf.get(object));
    const files = recorded.every((f) => f !== undefined) ? recorded : filesOf(rendered.files, folder, list);
    return list.map((object, i) => ({ folder, object, file: files[i] ?? '', content: files[i] ? rendered.files.get(files[i])! : '' }));
  });
  return { ...spec, argocdNamespace: config.gitops.argocdNamespace, objects: argocdOrder(objects, folders), chartCrds };
}

/**
 * The file of each object of a folder. The writer adds a folder's files in the order of its
 * objects, each named <kind>-...<name>.yaml; when that does not hold, each file is read
 * (yaml package) to find its object.
 */
function filesOf(files: ReadonlyMap<string, string>, folder: string, objects: readonly Manifest[]): Array<string | undefined> {
  const inFolder = [...files.keys()].filter((f) => f.startsWith(`${folder}/`) && f.endsWith('.yaml'));
  const plausible = (file: string, object: Manifest): boolean => file.startsWith(`${folder}/${object.kind.toLowerCase()}-`) && file.endsWith(`${object.metadata.name}.yaml`);
  if (inFolder.length === objects.length && objects.every((object, i) => plausible(inFolder[i], object))) {
    return inFolder;
  }
  const byIdentity = new Map(inFolder.map((file) => [identity(parse(files.get(file)!) ?? {}), file] as const));
  return objects.map((object) => byIdentity.get(identity(object)));
}

function identity(obj: { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }): string {
  return `${String(obj.apiVersion).split('/')[0]}/${String(obj.kind)}/${String(obj.metadata?.namespace ?? '')}/${String(obj.metadata?.name)}`;
}

/** The kinds the bare server serves: their API groups, and which are cluster-scoped (`group/kind`). */
interface BuiltInKinds {
  readonly groups: ReadonlySet<string>;
  readonly clusterScoped: ReadonlySet<string>;
  /** Their resources, by `apiVersion/kind`. */
  readonly resources: ReadonlyMap<string, Resource>;
}

/** Where the API serves a kind of one version. */
interface Resource {
  /** The plural path segment, e.g. deployments. */
  readonly plural: string;
  readonly namespaced: boolean;
}

/** The checks of one run: combinations are added as they are synthesized, CRDs created as their kinds turn up. */
class Check {
  private readonly combinations: Combination[] = [];
  /** Each distinct content once, in the order of its first appearance. */
  private readonly entries = new Map<string, Entry>();
  private readonly inputs: Problems = [];
  private readonly created: Problems = [];
  private readonly warnings = new Set<string>();
  /** Kinds (`group/kind`) whose CRD is created or being created. */
  private readonly crdKinds = new Set<string>();
  /** The output's CRDs of kinds no object has used yet, by `group/kind`: created when one does. */
  private readonly unusedCrds = new Map<string, Entry>();
  /** The kubectl calls creating CRDs, each giving the names of those it created. */
  private readonly crdCreations: Array<Promise<string[]>> = [];
  private readonly crds: Entry[] = [];
  /** CRDs not in the output: from the charts, or stand-ins. */
  private readonly external: ExternalCrd[] = [];
  /** Calls that need only built-in kinds use a discovery cache of their own, so that no call made after the CRDs starts from a discovery without them. */
  private readonly beforeCrds: ApiServer;

  constructor(
    private readonly server: ApiServer,
    private readonly kinds: BuiltInKinds,
  ) {
    this.beforeCrds = { ...server, kubectl: (args, opts = {}) => server.kubectl(args, { cacheDir: path.join(server.dir, 'kubectl-cache-built-in'), ...opts }) };
    fs.mkdirSync(path.join(server.dir, 'objects'));
  }

  /** Adds a combination's objects (writing each new content once) and starts creating the CRDs of kinds not seen before. */
  add(combination: Combination): this {
    this.combinations.push(combination);
    const added: Entry[] = [];
    for (const { folder, object, file, content } of combination.objects) {
      if (!file) {
        this.inputs.push(`${combination.env} ${label(combination)}: ${folder} ${object.kind} ${qualified(object)} is not written to a file of its own`);
        continue;
      }
      let entry = this.entries.get(content);
      if (!entry) {
        const written = path.join('objects', `${String(this.entries.size).padStart(4, '0')}_${file.replace(/\//g, '_')}`);
        entry = { content, object, seen: [], written };
        fs.writeFileSync(path.join(this.server.dir, written), content);
        this.entries.set(content, entry);
        added.push(entry);
      }
      entry.seen.push({ combination, file });
    }
    this.createCrds(added, combination);
    return this;
  }

  /**
   * 1. CRDs for real, for the custom kinds the output uses: the output's own CRD of the kind,
   * else the one the combination's charts install (else a stand-in). Each kind's CRD is created
   * once, when an object of the kind first turns up; a later CRD of the same kind is dry-run
   * applied over it. A CRD of a kind no object uses (rendered charts install many) is only
   * dry-run applied, as the objects are: establishing it would cost the server seconds and
   * check nothing more.
   */
  private createCrds(added: readonly Entry[], combination: Combination): void {
    for (const entry of firstPerName(added.filter((e) => e.object.kind === 'CustomResourceDefinition'))) {
      const kind = crdKind(entry.object);
      if (!this.crdKinds.has(kind) && !this.unusedCrds.has(kind)) {
        this.unusedCrds.set(kind, entry);
      }
    }
    const crds: Entry[] = [];
    const wanted = new Map<string, Entry>();
    for (const entry of added) {
      const key = `${group(entry.object)}/${entry.object.kind}`;
      if (this.kinds.groups.has(group(entry.object)) || this.crdKinds.has(key)) {
        continue;
      }
      this.crdKinds.add(key);
      const own = this.unusedCrds.get(key);
      if (own) {
        this.unusedCrds.delete(key);
        crds.push(own);
      } else {
        wanted.set(key, entry);
      }
    }
    const external = externalCrds(wanted, combination.chartCrds, this.created);
    this.crds.push(...crds);
    this.external.push(...external);
    if (crds.length > 0 || external.length > 0) {
      this.crdCreations.push(
        Promise.all([createForReal(this.server, crds, this.kinds.resources, this.created), createExternal(this.server, external, this.kinds.resources, this.created)]).then((names) => names.flat()),
      );
    }
  }

  async finish(): Promise<Report> {
    const { server, beforeCrds, created, warnings } = this;
    const canaries = canaryCombination();
    this.add(canaries);
    const all = [...this.entries.values()];
    const isBuiltIn = (entry: Entry): boolean => this.kinds.groups.has(group(entry.object));
    const entryOf = (combination: Combination, content: string): Entry | undefined => {
      const entry = this.entries.get(content);
      return entry?.seen.some((s) => s.combination === combination) ? entry : undefined;
    };
    const customResources = crdResources([...this.crds.map((e) => e.object), ...this.external.map((s) => s.object)]);
    const clusterScoped = new Set([
      ...this.kinds.clusterScoped,
      ...[...this.crds.map((e) => e.object), ...this.external.map((s) => s.object)].filter((crd) => field(crd, 'spec.scope') === 'Cluster').map(crdKind),
    ]);

    // Namespaces and PriorityClasses for real. Pod Security labels can differ between
    // environments for the same namespace name: such combinations go to different "worlds",
    // whose namespaces are created (and pods checked) one world after the other.
    const worlds = podSecurityWorlds(this.combinations);
    const realPerWorld = worlds.map((world) =>
      firstPerName(world.flatMap((c) => c.objects.filter((o) => CREATED_FOR_REAL.has(o.object.kind)).flatMap((o) => entryOf(c, o.content) ?? []))),
    );
    const realSet = new Set([...this.crds, ...realPerWorld.flat()]);
    const crdsEstablished = Promise.all(this.crdCreations).then((names) => waitEstablished(server, names.flat(), created));
    const namespacesCreated = (async () => {
      // Stand-in: ArgoCD's own namespace comes with ArgoCD's install (README, "Bootstrapping
      // ArgoCD"), and lakeplane's Applications live there. Created only when the output does not.
      const outputNamespaces = new Set(all.filter((e) => e.object.kind === 'Namespace').map((e) => e.object.metadata.name));
      for (const ns of new Set(this.combinations.map((c) => c.argocdNamespace))) {
        if (!outputNamespaces.has(ns)) {
          const result = await beforeCrds.kubectl(['create', 'namespace', ns]);
          if (result.code !== 0) {
            created.push(`stand-in namespace ${ns}: ${result.stderr.trim()}`);
          }
        }
      }
      await createForReal(server, realPerWorld[0] ?? [], this.kinds.resources, created);
    })();

    // 2-4 side by side: the dry runs (built-in kinds once the namespaces exist, custom
    // resources once their CRDs are established too; each batch in ArgoCD's order), the pods
    // world by world, and the reading.
    const dryRun = all.filter((e) => !realSet.has(e) && e.seen[0].file !== READING_CANARY);
    const [builtInApplied, customApplied, pods, reading] = await Promise.all([
      namespacesCreated.then(() => dryRunApply(server, dryRun.filter(isBuiltIn), this.kinds.resources, warnings)),
      Promise.all([namespacesCreated, crdsEstablished]).then(() => dryRunApply(server, dryRun.filter((e) => !isBuiltIn(e)), customResources, warnings)),
      namespacesCreated.then(async () => {
        const checked = { count: 0, problems: [] as Problems };
        for (let w = 0; w < worlds.length; w++) {
          if (w > 0) {
            await createForReal(server, realPerWorld[w], this.kinds.resources, created);
          }
          const world = await podCheck(beforeCrds, worlds[w], entryOf, `world${w}`, warnings);
          checked.count += world.count;
          checked.problems.push(...world.problems);
        }
        return checked;
      }),
      crdsEstablished.then(() => readingCheck(server, all, clusterScoped)),
    ]);

    const [canaryApplied, applied] = partition([...builtInApplied, ...customApplied]);
    const [canaryPods, podSecurity] = partition(pods.problems);
    const [canaryReading, read] = partition(reading);
    return {
      combinations: this.combinations.filter((c) => c !== canaries).length,
      objects: this.combinations.filter((c) => c !== canaries).reduce((n, c) => n + c.objects.length, 0),
      entries: all.length,
      dryRun: dryRun.length,
      pods: pods.count,
      fromCharts: all.filter((e) => (e.object.metadata.annotations as Record<string, string> | undefined)?.[FROM_CHART_ANNOTATION] !== undefined).length,
      variantFolders: Object.fromEntries(
        this.combinations
          .filter((c) => c.variant)
          .map((c) => {
            const plain = this.combinations.find((o) => !o.variant && o.env === c.env && o.phase === c.phase && o.mode === c.mode && o.charts === c.charts);
            const folders = (of: Combination | undefined): Set<string> => new Set(of?.objects.map((o) => o.folder));
            const without = folders(plain);
            return [c.variant!, [...folders(c)].filter((f) => !without.has(f)).sort()];
          }),
      ),
      inputs: this.inputs,
      created,
      applied,
      podSecurity,
      reading: read,
      chartCrds: this.external.filter((c) => !c.standIn).length,
      standIns: this.external.filter((c) => c.standIn).map((c) => crdKind(c.object)),
      canaries: { applied: canaryApplied, podSecurity: canaryPods, reading: canaryReading },
      warnings,
    };
  }
}

/** `group/kind` a CRD defines. */
function crdKind(crd: Manifest): string {
  return `${field(crd, 'spec.group')}/${field(crd, 'spec.names.kind')}`;
}

/** The canaries' problems (they name canary/... first) apart from the output's. */
function partition(problems: Problems): [Problems, Problems] {
  const isCanary = (p: string): boolean => p.startsWith(`${CANARY}/`);
  return [problems.filter(isCanary), problems.filter((p) => !isCanary(p))];
}

/**
 * Objects that each check must reject, checked with the output's objects in the same kubectl
 * calls: a misspelt field (strict validation), a privileged container in a restricted
 * namespace (Pod Security) and an unquoted `off` (YAML 1.1). A check that cannot fail proves
 * nothing; and one object that every check must accept (a StatefulSet's pod with its claim).
 */
function canaryCombination(): Combination {
  const namespace = 'lakeplane-canary';
  const json = (folder: string, object: Manifest): Placed => ({ folder, object, file: `${CANARY}/${object.kind.toLowerCase()}-${object.metadata.name}.yaml`, content: `${JSON.stringify(object)}\n` });
  const objects: Placed[] = [
    json(CANARY, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } }),
    json(CANARY, { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'misspelt', namespace }, spec: { podSelectr: {} } }),
    json(CANARY, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'privileged', namespace },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'registry.example.com/canary:1', securityContext: { privileged: true } }] } } },
    }),
    // Passes every check: a restricted pod whose volume comes from a claim template.
    json(CANARY, {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'claims', namespace },
      spec: {
        serviceName: 'claims',
        selector: { matchLabels: { app: 'claims' } },
        template: {
          metadata: { labels: { app: 'claims' } },
          spec: {
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'main',
                image: 'registry.example.com/canary:1',
                securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
                volumeMounts: [{ name: 'data', mountPath: '/data' }],
              },
            ],
          },
        },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    }),
    {
      folder: CANARY,
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'unquoted', namespace }, data: { flag: 'off' } },
      file: READING_CANARY,
      // As a YAML 1.2 writer that does not quote `off` writes it.
      content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unquoted\n  namespace: ${namespace}\ndata:\n  flag: off\n`,
    },
  ];
  return { env: CANARY, phase: 1, mode: 'applicationset', charts: 'helm', argocdNamespace: 'argocd', objects, chartCrds: new Map() };
}

/** An object to apply, as written, and how its problems name it. */
interface ApplyItem {
  readonly object: Manifest;
  readonly content: string;
  readonly where: string;
}

/** Server-side apply with a server dry run and strict field validation, as ArgoCD applies (see serverSideApply). */
async function dryRunApply(server: ApiServer, batch: readonly Entry[], resources: ReadonlyMap<string, Resource>, warnings: Set<string>): Promise<Problems> {
  return (await serverSideApply(server, batch.map(applyItem), resources, true, warnings)).problems;
}

function applyItem(entry: Entry): ApplyItem {
  return { object: entry.object, content: entry.content, where: whereObject(entry) };
}

/**
 * Server-side apply as ArgoCD applies: each file's bytes as an apply patch
 * (`application/apply-patch+yaml`, which the server reads with the same YAML rules as
 * kubectl), with ArgoCD's field manager and `fieldValidation=Strict` (what `kubectl apply
 * --server-side --validate=strict` asks), and `dryRun=All` unless created for real. Sent
 * directly rather than through kubectl, which decodes the OpenAPI document of an object's
 * group for every object and makes the server build the OpenAPI of every group it asks for:
 * tens of seconds of CPU for what the server checks anyway. A few requests are in flight at
 * once (the objects of one call never depend on each other). Returns the problems in the
 * order of the items, and the names of the objects applied.
 */
async function serverSideApply(
  server: ApiServer,
  items: readonly ApplyItem[],
  resources: ReadonlyMap<string, Resource>,
  dryRun: boolean,
  warnings?: Set<string>,
): Promise<{ problems: Problems; applied: string[] }> {
  // Each item's problem at its index: in the order of the items, whatever order the answers come in.
  const problems: Array<string | undefined> = [];
  const applied: Array<string | undefined> = [];
  const query = `${dryRun ? 'dryRun=All&' : ''}fieldValidation=Strict&fieldManager=${FIELD_MANAGER}`;
  const applyOne = async (item: ApplyItem, index: number): Promise<void> => {
    const { apiVersion, kind, metadata } = item.object;
    const resource = resources.get(`${apiVersion}/${kind}`);
    if (!resource) {
      problems[index] = `${item.where}: the server serves no resource for ${apiVersion} ${kind}`;
      return;
    }
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    // kubectl's default namespace for a namespaced object that names none.
    const scope = resource.namespaced ? `/namespaces/${encodeURIComponent(metadata.namespace ?? 'default')}` : '';
    const answer = await server.request('PATCH', `${base}${scope}/${resource.plural}/${encodeURIComponent(metadata.name)}?${query}`, item.content, 'application/apply-patch+yaml');
    answer.warnings.forEach((w) => warnings?.add(w));
    if (answer.status === 200 || answer.status === 201) {
      applied[index] = metadata.name;
    } else {
      problems[index] = `${item.where}: ${statusMessage(answer.status, answer.body)}`;
    }
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await applyOne(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: REQUEST_CONNECTIONS }, worker));
  return { problems: problems.filter((p): p is string => p !== undefined), applied: applied.filter((n): n is string => n !== undefined) };
}

/** The server's message in a failed answer (a Status object), else the status and body. */
function statusMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { kind?: string; message?: string; reason?: string };
    if (parsed.kind === 'Status' && parsed.message) {
      return `HTTP ${status} ${parsed.reason ?? ''}: ${parsed.message}`.replace(/ :/, ':');
    }
  } catch {
    // not JSON
  }
  return `HTTP ${status}: ${body.slice(0, 500)}`;
}

/** Where the API serves the kinds CRDs define, by `apiVersion/kind` (every served version). */
function crdResources(crds: readonly Manifest[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const crd of crds) {
    const versions = (field(crd, 'spec.versions') as Array<{ name: string; served?: boolean }> | undefined) ?? [];
    for (const version of versions.filter((v) => v.served !== false)) {
      resources.set(`${field(crd, 'spec.group')}/${version.name}/${field(crd, 'spec.names.kind')}`, {
        plural: String(field(crd, 'spec.names.plural')),
        namespaced: field(crd, 'spec.scope') !== 'Cluster',
      });
    }
  }
  return resources;
}

/** Server-side applies entries for real (strict validation, ArgoCD's field manager); returns the names applied. */
async function createForReal(server: ApiServer, list: readonly Entry[], resources: ReadonlyMap<string, Resource>, problems: Problems): Promise<string[]> {
  const result = await serverSideApply(server, list.map(applyItem), resources, false);
  problems.push(...result.problems);
  return result.applied;
}

/** The kinds the bare server serves (from its aggregated discovery): their groups, and which are cluster-scoped. */
async function builtInKinds(server: ApiServer): Promise<BuiltInKinds> {
  type Discovery = {
    items: Array<{ metadata: { name?: string }; versions: Array<{ version: string; resources: Array<{ resource: string; responseKind: { kind: string }; scope: string }> }> }>;
  };
  const lists = (await Promise.all(['/api', '/apis'].map((apiPath) => server.getJson(apiPath, DISCOVERY)))) as Discovery[];
  const groups = new Set<string>();
  const clusterScoped = new Set<string>();
  const resources = new Map<string, Resource>();
  for (const item of lists.flatMap((list) => list.items)) {
    const name = item.metadata.name ?? '';
    groups.add(name);
    for (const version of item.versions) {
      for (const resource of version.resources) {
        if (resource.scope === 'Cluster') {
          clusterScoped.add(`${name}/${resource.responseKind.kind}`);
        }
        const apiVersion = name ? `${name}/${version.version}` : version.version;
        resources.set(`${apiVersion}/${resource.responseKind.kind}`, { plural: resource.resource, namespaced: resource.scope !== 'Cluster' });
      }
    }
  }
  return { groups, clusterScoped, resources };
}

interface ExternalCrd {
  readonly object: Manifest;
  /** The text applied: the chart's object as JSON, or the stand-in file. */
  readonly content: string;
  /** Where it comes from, for the problems about it. */
  readonly from: string;
  readonly standIn: boolean;
}

/**
 * The CRDs of the custom kinds lakeplane uses but does not define (those that operator charts
 * install, and ArgoCD's Application, AppProject and ApplicationSet): the one a chart of the
 * combination installs, else (STAND-IN) the one in
 * ../shared/schemas/crds/<group>/<kind>.yaml. `wanted` maps each `group/kind` to an object of
 * that kind.
 */
function externalCrds(wanted: ReadonlyMap<string, Entry>, fromCharts: ReadonlyMap<string, ChartCrd>, problems: Problems): ExternalCrd[] {
  const found: ExternalCrd[] = [];
  for (const [key, entry] of wanted) {
    const [crdGroup, kind] = key.split('/');
    const chart = fromCharts.get(key);
    if (chart) {
      found.push({ object: chart.object, content: JSON.stringify(chart.object), from: `CRD ${chart.object.metadata.name} of ${chart.from}`, standIn: false });
      continue;
    }
    const source = path.join(STAND_IN_CRDS, crdGroup, `${kind.toLowerCase()}.yaml`);
    if (!fs.existsSync(source)) {
      problems.push(`${whereObject(entry)}: no CRD for ${key}: neither the output nor its charts define it, and ../shared/schemas/crds/${crdGroup}/${kind.toLowerCase()}.yaml does not exist`);
      continue;
    }
    const content = fs.readFileSync(source, 'utf8');
    found.push({ object: parse(content) as Manifest, content, from: `stand-in CRD ../shared/schemas/crds/${crdGroup}/${kind.toLowerCase()}.yaml`, standIn: true });
  }
  return found;
}

/** Creates the CRDs from outside the output (server-side apply, strict, as ArgoCD applies a chart's); returns the names of those created. */
async function createExternal(server: ApiServer, crds: readonly ExternalCrd[], resources: ReadonlyMap<string, Resource>, problems: Problems): Promise<string[]> {
  const result = await serverSideApply(server, crds.map(({ object, content, from }) => ({ object, content, where: from })), resources, false);
  problems.push(...result.problems);
  return result.applied;
}

/** Polls until every named CRD is Established; those that are not after 30 s are problems, with their conditions. */
async function waitEstablished(server: ApiServer, crdNames: readonly string[], problems: Problems): Promise<void> {
  const waiting = new Set(crdNames);
  const deadline = Date.now() + 30_000;
  let conditions = new Map<string, unknown>();
  while (waiting.size > 0) {
    const list = (await server.getJson('/apis/apiextensions.k8s.io/v1/customresourcedefinitions')) as { items: Manifest[] };
    conditions = new Map(list.items.map((crd) => [crd.metadata.name, field(crd, 'status.conditions')]));
    for (const name of waiting) {
      const established = ((conditions.get(name) as Array<{ type: string; status: string }> | undefined) ?? []).some((c) => c.type === 'Established' && c.status === 'True');
      if (established) {
        waiting.delete(name);
      }
    }
    if (waiting.size === 0 || Date.now() > deadline) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const name of waiting) {
    problems.push(`CustomResourceDefinition ${name} is not Established after 30 s: ${JSON.stringify(conditions.get(name) ?? 'no conditions')}`);
  }
}

/**
 * Groups combinations into worlds in which no namespace name carries two different sets of
 * Pod Security labels (first fit, in order).
 */
function podSecurityWorlds(combinations: readonly Combination[]): Combination[][] {
  const worlds: Array<{ levels: Map<string, string>; combinations: Combination[] }> = [];
  for (const combination of combinations) {
    const levels = new Map(
      combination.objects
        .filter((o) => o.object.kind === 'Namespace')
        .map((o) => {
          const labels = Object.entries((o.object.metadata.labels as Record<string, string> | undefined) ?? {});
          return [o.object.metadata.name, JSON.stringify(labels.filter(([key]) => POD_SECURITY_LABEL.test(key)).sort())] as const;
        }),
    );
    const world = worlds.find((w) => [...levels].every(([ns, level]) => (w.levels.get(ns) ?? level) === level));
    if (world) {
      levels.forEach((level, ns) => world.levels.set(ns, level));
      world.combinations.push(combination);
    } else {
      worlds.push({ levels, combinations: [combination] });
    }
  }
  return worlds.map((w) => w.combinations);
}

/** The first entry of each kind and name (cluster-scoped objects: one can exist at a time). */
function firstPerName(list: readonly Entry[]): Entry[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.object.kind}/${e.object.metadata.name}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}


/** Creates every pod template of one world's combinations as a Pod (server dry run) in its namespace. */
async function podCheck(
  server: ApiServer,
  world: readonly Combination[],
  entryOf: (c: Combination, content: string) => Entry | undefined,
  prefix: string,
  warnings: Set<string>,
): Promise<{ count: number; problems: Problems }> {
  const pods = new Map<string, { workload: Entry; combinations: Combination[]; file: string; name: string }>();
  for (const combination of world) {
    for (const { object, content } of combination.objects) {
      // A workload's template, or a Spark application's driver and executor (support/pods.ts).
      const single = workloadPod(object);
      const templates = single ? [single] : sparkPods(object).map((p) => p.pod);
      const workload = entryOf(combination, content);
      if (templates.length === 0 || workload === undefined) {
        continue;
      }
      for (const template of templates) {
        const pod = JSON.stringify(template);
        const known = pods.get(pod);
        if (known) {
          known.combinations.push(combination);
        } else {
          const file = path.join('pods', `${prefix}-${String(pods.size).padStart(4, '0')}_${object.kind.toLowerCase()}-${template.metadata.name}.json`);
          pods.set(pod, { workload, combinations: [combination], file, name: template.metadata.name });
        }
      }
    }
  }
  if (pods.size === 0) {
    return { count: 0, problems: [] };
  }
  fs.mkdirSync(path.join(server.dir, 'pods'), { recursive: true });
  for (const [pod, { file }] of pods) {
    fs.writeFileSync(path.join(server.dir, file), pod);
  }
  const list = [...pods.values()];
  // Field validation is the workloads' dry run's (their templates are checked strictly there);
  // without it kubectl decodes no OpenAPI document per pod, a few seconds of CPU less.
  const result = await server.kubectl(['create', '--dry-run=server', '--validate=false', ANSWERS, ...list.flatMap((p) => ['-f', p.file])]);
  const problems = problemsOf(
    result,
    list.map(({ workload, combinations, file, name }) => ({
      file,
      identity: { group: '', kind: 'Pod', namespace: workload.object.metadata.namespace ?? '', name },
      describe: (message: string) => {
        const seen = workload.seen.filter((s) => combinations.includes(s.combination));
        return `${describeSeen(seen)} pod template of ${workload.object.kind} ${qualified(workload.object)}: ${message}`;
      },
    })),
    warnings,
  );
  return { count: list.length, problems };
}

/**
 * kubectl reads every file (`create --dry-run=client -o json`), compared with the intended
 * object. kubectl drops metadata.namespace of cluster-scoped objects (its mapping, not its
 * YAML reading), so it is not compared there.
 */
async function readingCheck(server: ApiServer, all: readonly Entry[], clusterScoped: ReadonlySet<string>): Promise<Problems> {
  const result = await server.kubectl(['create', '--dry-run=client', '--validate=false', '-o', 'json', ...all.flatMap((e) => ['-f', e.written])]);
  const problems = problemsOf(result, all.map((e) => ({ file: e.written, describe: (message: string) => `${whereObject(e)}: kubectl cannot read it: ${message}` })));
  let read: Manifest[];
  try {
    read = jsonStream(result.stdout) as Manifest[];
  } catch (err) {
    return [...problems, `kubectl's output is not a JSON stream: ${(err as Error).message}`];
  }
  // kubectl prints the objects in the order of the files, and skips a file it cannot read.
  const queues = new Map<string, Manifest[]>();
  for (const object of read) {
    queues.set(unscoped(object), [...(queues.get(unscoped(object)) ?? []), object]);
  }
  for (const entry of all) {
    const object = queues.get(unscoped(entry.object))?.shift();
    if (object === undefined) {
      if (!problems.some((p) => p.startsWith(whereObject(entry)))) {
        problems.push(`${whereObject(entry)}: kubectl did not read it`);
      }
      continue;
    }
    const intended = clusterScoped.has(`${group(entry.object)}/${entry.object.kind}`) ? withoutNamespace(entry.object) : entry.object;
    problems.push(...differences(intended, object).map((difference) => `${whereObject(entry)}: ${difference}`));
  }
  return problems;
}

function group(object: Manifest): string {
  return object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
}

function unscoped(object: Manifest): string {
  return `${group(object)}/${object.kind}/${object.metadata?.name}`;
}

function withoutNamespace(object: Manifest): Manifest {
  const { namespace: _namespace, ...metadata } = object.metadata;
  return { ...object, metadata: metadata as Manifest['metadata'] };
}

/** Paths where `read` differs from `intended`, with both values. */
function differences(intended: unknown, read: unknown, at = ''): string[] {
  const shown = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));
  if (Array.isArray(intended) && Array.isArray(read)) {
    const length = Math.max(intended.length, read.length);
    return Array.from({ length }, (_, i) => differences(intended[i], read[i], `${at}[${i}]`)).flat();
  }
  if (isRecord(intended) && isRecord(read)) {
    const keys = [...new Set([...Object.keys(intended), ...Object.keys(read)])];
    return keys.flatMap((key) => differences(intended[key], read[key], at ? `${at}.${key}` : key));
  }
  if (Object.is(intended, read)) {
    return [];
  }
  return [`${at || '(root)'}: written as ${shown(intended)}, kubectl reads ${shown(read)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses concatenated JSON values (kubectl's `-o json` for several objects). */
function jsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        i++;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c === '"') {
      inString = true;
    } else if (c === '{' || c === '[') {
      if (depth === 0) {
        start = i;
      }
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        values.push(JSON.parse(text.slice(start, i + 1)));
      }
    }
  }
  return values;
}

interface ObjectIdentity {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

interface Attributable {
  /** Path given to kubectl (relative to the server's folder). */
  readonly file: string;
  /** The object in the file, to match kubectl's answers; none where kubectl prints no answers. */
  readonly identity?: ObjectIdentity;
  /** The problem line for a message of kubectl about this file. */
  readonly describe: (message: string) => string;
}

/**
 * kubectl prints `kind.group/name` for each object it applies or creates, as it goes, in the
 * order of the files. (A template output would come only at the end, and not at all after an
 * error.)
 */
const ANSWERS = '-o=name';

function printedName(identity: ObjectIdentity): string {
  return `${identity.kind.toLowerCase()}${identity.group ? `.${identity.group}` : ''}/${identity.name}`;
}



function lines(stdout: string): string[] {
  return stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}


/**
 * kubectl's errors, each given to its file. The files kubectl answered for are found by
 * walking the files and kubectl's answers in order. kubectl names the file in some errors
 * (those of create); the errors of server-side apply name none and come in the order of the
 * files, so they go, in order, to the files without an answer. A file with neither an answer
 * nor an error is a problem too (kubectl stopped early).
 */
function problemsOf(result: KubectlResult, files: readonly Attributable[], warnings?: Set<string>): Problems {
  const problems: Problems = [];
  const answers = files.every((f) => f.identity !== undefined);
  const open: Attributable[] = [];
  if (answers) {
    const printed = lines(result.stdout);
    let next = 0;
    for (const file of files) {
      if (next < printed.length && printed[next] === printedName(file.identity!)) {
        next++;
      } else {
        open.push(file);
      }
    }
    if (next < printed.length) {
      problems.push(`kubectl answered for objects in no file given, or out of order: ${printed.slice(next).join(', ')}`);
    }
  }
  const byFile = new Map(files.map((f) => [f.file, f] as const));
  const unnamed: string[] = [];
  for (const block of messageBlocks(result.stderr)) {
    if (/^Warning:/.test(block)) {
      warnings?.add(block.replace(/^Warning:\s*/, ''));
      continue;
    }
    const named = [...new Set(block.match(/[\w./-]+\.(?:yaml|json)/g) ?? [])].filter((f) => byFile.has(f));
    for (const file of named) {
      const attributable = byFile.get(file)!;
      if (open.includes(attributable)) {
        open.splice(open.indexOf(attributable), 1);
      }
      problems.push(attributable.describe(serverMessage(block)));
    }
    if (named.length === 0) {
      unnamed.push(block);
    }
  }
  for (const block of unnamed) {
    const file = answers ? open.shift() : undefined;
    problems.push(file ? file.describe(serverMessage(block)) : `kubectl: ${block}`);
  }
  problems.push(...open.map((f) => f.describe(`kubectl gave no answer for it (exit ${result.code})`)));
  if (result.code !== 0 && problems.length === 0) {
    problems.push(`kubectl exited ${result.code}: ${result.stderr.trim()}`);
  }
  return problems;
}

/** Splits kubectl's stderr into its messages (each starts with "Error", "error" or "Warning"). */
function messageBlocks(stderr: string): string[] {
  const blocks: string[] = [];
  for (const line of stderr.split('\n')) {
    if (/^(Error|error|Warning)/.test(line) || blocks.length === 0) {
      blocks.push(line);
    } else {
      blocks[blocks.length - 1] += `\n${line}`;
    }
  }
  return blocks.map((b) => b.trim()).filter(Boolean);
}

/** The server's part of a kubectl error, without kubectl's "error when creating <file>" framing. */
function serverMessage(block: string): string {
  return block
    .replace(/error when [a-z ]+ "[^"]+": /g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where an entry is written: each file (under its environment) with the phases and modes that write it. */
function where(entry: Entry): string {
  return describeSeen(entry.seen);
}

/** Where an entry is written, and the object it holds. */
function whereObject(entry: Entry): string {
  return `${where(entry)} ${entry.object.kind} ${qualified(entry.object)}`;
}

function describeSeen(seen: Entry['seen']): string {
  const byFile = new Map<string, Combination[]>();
  for (const { combination, file } of seen) {
    const key = `${combination.env}/${file}`;
    byFile.set(key, [...(byFile.get(key) ?? []), combination]);
  }
  return [...byFile]
    .map(([file, combos]) => {
      const helm = combos.filter((c) => c.charts === 'helm');
      // Every helm-mode combination of the environment (combinationSpecs()).
      const labels = helm.length === PHASES.length + 1 ? ['every phase and mode', ...combos.filter((c) => c.charts !== 'helm').map(label)] : combos.map(label);
      return `${file} (${labels.join(', ')})`;
    })
    .join(', ');
}

/** e.g. "phase 2 applications", "phase 3 applicationset, charts rendered". */
function label(combination: Combination): string {
  return `phase ${combination.phase} ${combination.mode}${combination.charts === 'rendered' ? ', charts rendered' : ''}${combination.variant ? `, ${combination.variant}` : ''}`;
}

function qualified(object: Manifest): string {
  return object.metadata.namespace && object.kind !== 'Namespace' ? `${object.metadata.namespace}/${object.metadata.name}` : object.metadata.name;
}

