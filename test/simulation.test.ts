/**
 * The ArgoCD sync simulation: ArgoCD's matching rules, every environment at every phase in
 * both GitOps modes, and each defect that stopped phase 1 from coming up, reproduced on a
 * copy of the real output.
 */
import { ArgoSettings, SimulationInput, SyncPlan, argoSettingsFromValues, destinationPermitted, globMatch, simulateSync } from '../argocd/simulation';
import { argocdInstallValues } from '../argocd/install';
import { renderEnvironmentCharts } from '../lib/helm';
import { bootstrapSteps } from '../argocd/bootstrap';
import { CHART_FACTS } from '../argocd/chart-facts';
import { ENVIRONMENTS } from '../config';
import { withPhase } from '../config/load';
import type { Phase, PlatformConfig } from '../config/schema';
import { GITOPS_FOLDER, buildEnvironment, selectComponents } from '../lib/build';
import { Manifest, renderEnvironment } from '../lib/output';
import { loadEnvironment, synthConfig } from '../lib/synth';
import { sharedValidator } from '../policy/gate';

const MODES = ['applicationset', 'applications'] as const;
const HEALTHY: Omit<ArgoSettings, 'namespace'> = { applicationHealthCheck: true, progressiveSyncs: true };

function configFor(env: string, phase: Phase, mode: (typeof MODES)[number]): PlatformConfig {
  const config = withPhase(loadEnvironment(env), phase);
  return { ...config, gitops: { ...config.gitops, mode } };
}

const plans = new Map<string, { build: ReturnType<typeof buildEnvironment>; plan: SyncPlan }>();
const builds = new Map<string, { build: ReturnType<typeof buildEnvironment>; rendered: ReturnType<typeof renderEnvironment> }>();

/** One build per configuration for the whole file: each test breaks its own copy of its objects. */
function builtFor(config: PlatformConfig): { build: ReturnType<typeof buildEnvironment>; rendered: ReturnType<typeof renderEnvironment> } {
  const key = JSON.stringify(config);
  let built = builds.get(key);
  if (!built) {
    const build = buildEnvironment(config);
    built = { build, rendered: renderEnvironment(build) };
    builds.set(key, built);
  }
  return built;
}

/** The simulation input of a real environment, with the objects deep-copied so a test may break them. */
function inputFor(config: PlatformConfig, settings: Omit<ArgoSettings, 'namespace'> = HEALTHY): SimulationInput {
  const { build, rendered } = builtFor(config);
  const copy = new Map<Manifest, Manifest>();
  const objects = new Map<string, Manifest[]>();
  for (const [folder, list] of rendered.objects) {
    objects.set(
      folder,
      list.map((o) => {
        const c = JSON.parse(JSON.stringify(o)) as Manifest;
        copy.set(o, c);
        return c;
      }),
    );
  }
  const files = new Map([...rendered.byFile].map(([f, o]) => [f, copy.get(o)!] as const));
  return {
    env: config.name,
    objects,
    files,
    repoURL: config.gitops.repoURL,
    envPath: `${config.gitops.path}/${config.name}`,
    settings: { namespace: config.gitops.argocdNamespace, ...settings },
    bootstrap: bootstrapSteps(build.common, files, GITOPS_FOLDER),
    isNamespaced: (apiVersion, kind) => sharedValidator().isNamespaced(apiVersion, kind),
  };
}

function find(input: SimulationInput, folder: string, kind: string, name?: string): Manifest & Record<string, any> {
  const found = (input.objects.get(folder) ?? []).find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (!found) throw new Error(`no ${kind} ${name ?? ''} in ${folder}`);
  return found as Manifest & Record<string, any>;
}

const messages = (plan: SyncPlan): string[] => plan.violations.map((v) => `${v.application}: ${v.object}: ${v.message}`);

describe("ArgoCD's matching rules", () => {
  it('matches globs as ArgoCD does: * matches everything, also the empty string; ! denies', () => {
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('team-*', 'team-a')).toBe(true);
    expect(globMatch('team-*', 'other')).toBe(false);
    expect(globMatch('!kube-system', 'kube-system')).toBe(false);
    expect(globMatch('!kube-system', 'trino')).toBe(true);
    expect(globMatch('https://git.example.com/*', 'https://git.example.com/a/b', '/')).toBe(false);
  });

  it('permits an empty destination namespace only through a * namespace (argo-cd issue 11510)', () => {
    const server = 'https://kubernetes.default.svc';
    expect(destinationPermitted([{ server, namespace: 'trino' }], { server, namespace: '' })).toBe(false);
    expect(destinationPermitted([{ server, namespace: '*' }], { server, namespace: '' })).toBe(true);
    expect(destinationPermitted([{ server, namespace: 'trino' }], { server, namespace: 'trino' })).toBe(true);
    expect(destinationPermitted([{ server, namespace: '*' }, { server, namespace: '!kube-system' }], { server, namespace: 'kube-system' })).toBe(false);
    expect(destinationPermitted([{ server: 'https://other', namespace: '*' }], { server, namespace: 'trino' })).toBe(false);
  });
});

describe('every environment at every phase, in both GitOps modes', () => {
  const cases = Object.keys(ENVIRONMENTS).flatMap((env) => ([1, 2, 3] as const).flatMap((phase) => MODES.map((mode) => [env, phase, mode] as const)));

  it.each(cases)('%s at phase %s in %s mode comes up under ArgoCD: no violation, root first, every component in one stage', (env, phase, mode) => {
    // What synth runs, without the rest of synth (the gate and documents are tested elsewhere):
    // the real build, the charts as rendered, ArgoCD's settings from the generated install values.
    const config = configFor(env, phase, mode);
    // A phase that enables no further component builds exactly what the lower phase built
    // (the phase selects components, nothing else): such cases share one build and plan.
    const same = JSON.stringify({ ...config, phase: 0, components: selectComponents(config).map((c) => c.id) });
    if (!plans.has(same)) {
      const { build } = builtFor(config);
      const input = inputFor(config, argoSettingsFromValues(argocdInstallValues(build), config.gitops.argocdNamespace));
      const charts = renderEnvironmentCharts(build.charts, (apiVersion, kind) => sharedValidator().isNamespaced(apiVersion, kind));
      plans.set(same, { build, plan: simulateSync({ ...input, chartObjects: new Map(charts.map((r) => [r.application, r.objects] as const)) }) });
    }
    const { build, plan } = plans.get(same)!;
    expect(messages(plan)).toEqual([]);
    const [first, ...rest] = plan.stages;
    expect(first.label).toBe(`bootstrap: ${env}-root`);
    const staged = rest.flatMap((s) => s.applications.map((a) => a.name)).sort();
    expect(staged).toEqual(build.components.map((c) => `${env}-${c.id}`).sort());
  });

  it('synth runs the same simulation and puts its plan into the platform map', () => {
    const result = synthConfig(loadEnvironment('prod'));
    expect(messages(result.plan)).toEqual([]);
    const map = result.rendered.files.get('README.md')!;
    expect(map).toContain('## Bootstrap and sync order');
    for (const step of result.plan.bootstrap) expect(map).toContain(step.command);
  });
});

describe('the defects that kept phase 1 from coming up', () => {
  const dev = (mode: (typeof MODES)[number] = 'applicationset', settings = HEALTHY): SimulationInput => inputFor(configFor('dev', 3, mode), settings);

  it('1. an ApplicationSet template without destination namespace: every Application is refused', () => {
    const input = dev();
    delete find(input, GITOPS_FOLDER, 'ApplicationSet').spec.template.spec.destination.namespace;
    const plan = simulateSync(input);
    expect(messages(plan)).toContain(
      "dev-traefik: Application argocd/dev-traefik: application destination server 'https://kubernetes.default.svc' and namespace '' do not match any of the allowed destinations in project 'lakeplane-dev'",
    );
    expect(plan.violations.find((v) => v.application === 'dev-traefik')!.fix).toBe('give the Application a destination namespace that the project lists');
  });

  it('1. a component Application without destination namespace (applications mode) is refused too', () => {
    const input = dev('applications');
    delete find(input, GITOPS_FOLDER, 'Application', 'dev-trino').spec.destination.namespace;
    expect(messages(simulateSync(input))).toContain(
      "dev-trino: Application argocd/dev-trino: application destination server 'https://kubernetes.default.svc' and namespace '' do not match any of the allowed destinations in project 'lakeplane-dev'",
    );
  });

  it('2. a bootstrap that applies the root Application before (or without) its project deadlocks', () => {
    const input = dev();
    const [helm, apply] = input.bootstrap;
    if (apply.kind !== 'kubectl-apply') throw new Error('expected kubectl apply');
    const rootOnly = { ...apply, files: apply.files.filter((f) => f.includes('application-')) };
    const plan = simulateSync({ ...input, bootstrap: [helm, rootOnly] });
    expect(messages(plan)).toContain('dev-root: Application argocd/dev-root: Application dev-root references project lakeplane-dev, which does not exist when the Application is applied');
    const reversed = { ...apply, files: [...apply.files].reverse() };
    expect(messages(simulateSync({ ...input, bootstrap: [helm, reversed] }))).toContain(
      'dev-root: Application argocd/dev-root: Application dev-root references project lakeplane-dev, which does not exist when the Application is applied',
    );
  });

  it.each(MODES)('3. without the Application health check, steps and waves do not wait for charts (%s mode)', (mode) => {
    const plan = simulateSync(dev(mode, { applicationHealthCheck: false, progressiveSyncs: true }));
    // Keycloak's database is a CloudNativePG Cluster: its CRD comes from the cloudnative-pg chart.
    expect(messages(plan).some((m) => m.startsWith('dev-keycloak: Cluster keycloak/') && m.includes('CRD of postgresql.cnpg.io/Cluster from chart cloudnative-pg'))).toBe(true);
    expect(plan.violations.find((v) => v.object.startsWith('Cluster keycloak/'))!.fix).toContain('Application health check in argocd-cm');
  });

  it('3. without progressive syncs the ApplicationSet controller ignores the steps, and the same races appear', () => {
    const plan = simulateSync(dev('applicationset', { applicationHealthCheck: true, progressiveSyncs: false }));
    expect(messages(plan).some((m) => m.startsWith('dev-keycloak: Cluster keycloak/'))).toBe(true);
  });

  it('4. a chart that writes into kube-system, which the project does not permit, fails the monitoring sync', () => {
    const input = dev();
    const kps = CHART_FACTS.kubePrometheusStack;
    const plan = simulateSync({ ...input, chartFacts: { ...CHART_FACTS, kubePrometheusStack: { ...kps, foreignNamespaces: ['kube-system'] } } });
    expect(messages(plan)).toContain("dev-helm-kps: chart kube-prometheus-stack: objects in kube-system: namespace kube-system is not permitted in project 'lakeplane-dev'");
  });

  it('5. PodMonitors in the same step as the CRDs they need are refused; lakeplane puts them one step later', () => {
    const input = dev();
    const set = find(input, GITOPS_FOLDER, 'ApplicationSet');
    const steps = set.spec.strategy.rollingSync.steps as Array<{ matchExpressions: Array<{ values: string[] }> }>;
    const stepOf = (id: string): number => steps.findIndex((s) => s.matchExpressions[0].values.includes(id));
    expect(stepOf('sealed-secrets')).toBeGreaterThan(stepOf('monitoring-crds'));
    // Merge sealed-secrets back into the CRDs' step, as phase 1 had it.
    steps[stepOf('sealed-secrets')].matchExpressions[0].values = steps[stepOf('sealed-secrets')].matchExpressions[0].values.filter((v) => v !== 'sealed-secrets');
    steps[stepOf('monitoring-crds')].matchExpressions[0].values.push('sealed-secrets');
    const plan = simulateSync(input);
    expect(messages(plan)).toContain(
      'dev-sealed-secrets: PodMonitor sealed-secrets/sealed-secrets: PodMonitor sealed-secrets/sealed-secrets in dev-sealed-secrets may be applied before CRD of monitoring.coreos.com/PodMonitor from chart kube-prometheus-stack (in dev-helm-prometheus-crds) is in place: nothing makes dev-sealed-secrets wait for it',
    );
  });
});

describe('broken fixtures fail with the Application, the object and the fix', () => {
  it('a removed step leaves its Applications unsynced', () => {
    const input = inputFor(configFor('dev', 1, 'applicationset'));
    const set = find(input, GITOPS_FOLDER, 'ApplicationSet');
    const steps = set.spec.strategy.rollingSync.steps as Array<{ matchExpressions: Array<{ values: string[] }> }>;
    const removed = steps.splice(steps.length - 1, 1)[0].matchExpressions[0].values;
    const plan = simulateSync(input);
    expect(plan.violations.filter((v) => v.message.includes('matches no RollingSync step')).map((v) => v.object)).toEqual(removed.map((id) => `Application argocd/dev-${id}`));
    expect(plan.violations[0].fix).toBe('label the Application so one step selects it (the steps are computed from the components)');
  });

  it('a wrong label on the template matches no step', () => {
    const input = inputFor(configFor('dev', 1, 'applicationset'));
    const template = find(input, GITOPS_FOLDER, 'ApplicationSet').spec.template;
    template.metadata.labels = { 'app.kubernetes.io/name': '{{.component}}' };
    const plan = simulateSync(input);
    const unsynced = plan.violations.filter((v) => v.message.includes('matches no RollingSync step')).map((v) => v.object);
    expect(unsynced.sort()).toEqual(buildEnvironment(configFor('dev', 1, 'applicationset')).components.map((c) => `Application argocd/dev-${c.id}`).sort());
    // and what those Applications would have synced is reported as never applied
    expect(messages(plan).filter((m) => m.includes('no Application syncs trino/'))).toHaveLength(1);
  });

  it('a cluster-scoped kind outside the whitelist is refused', () => {
    const input = inputFor(configFor('dev', 1, 'applicationset'));
    const project = find(input, GITOPS_FOLDER, 'AppProject');
    project.spec.clusterResourceWhitelist = project.spec.clusterResourceWhitelist.filter((r: { kind: string }) => r.kind !== 'ClusterIssuer');
    const plan = simulateSync(input);
    expect(messages(plan)).toContain('dev-cert-manager: ClusterIssuer lakeplane: resource cert-manager.io:ClusterIssuer is not permitted in project lakeplane-dev');
  });

  it('a source repository outside sourceRepos is refused', () => {
    const input = inputFor(configFor('dev', 1, 'applicationset'));
    const project = find(input, GITOPS_FOLDER, 'AppProject');
    project.spec.sourceRepos = project.spec.sourceRepos.filter((r: string) => !r.includes('traefik'));
    expect(messages(simulateSync(input))).toContain('dev-helm-traefik: Application argocd/dev-helm-traefik: source repository https://traefik.github.io/charts is not permitted in project \'lakeplane-dev\'');
  });

  it('a namespace the project does not list is refused for the object in it', () => {
    const input = inputFor(configFor('dev', 1, 'applicationset'));
    const project = find(input, GITOPS_FOLDER, 'AppProject');
    project.spec.destinations = project.spec.destinations.filter((d: { namespace: string }) => d.namespace !== 'velero');
    const plan = simulateSync(input);
    expect(messages(plan).some((m) => m.startsWith('dev-velero: ') && m.includes("namespace velero is not permitted in project 'lakeplane-dev'"))).toBe(true);
  });
});
