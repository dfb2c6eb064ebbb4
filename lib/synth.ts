/**
 * The whole synthesis of a selection of environments, in memory: validate config, build,
 * render. main.ts writes the result; the tests and the benchmark call it directly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { Phase, PlatformConfig } from '../config/schema';
import { ConfigError, parseConfig, withPhase } from '../config/load';
import { SealedValues, SecretCatalog } from '../constructs/secret';
import { readSealedFile } from './sealed-file';
import { certificateFingerprint } from './sealing-key';
import type { ComponentSpec } from '../charts/registry';
import { EnvironmentBuild, GITOPS_FOLDER, buildEnvironment } from './build';
import { RenderedEnvironment, renderEnvironment, withExtraFiles } from './output';
import { toYaml } from './yaml';
import { checkCapacity, environmentDocs, environmentReport } from '../report';
import { GateResult, PolicyError, formatGateFailure, gatePassed, runGate, sharedValidator } from '../policy/gate';
import { BOOTSTRAP_VALUES_FILE, bootstrapSteps } from '../argocd/bootstrap';
import { argocdInstallValues } from '../argocd/install';
import { SyncPlan, argoSettingsFromValues, simulateSync } from '../argocd/simulation';
import { deliverRendered } from './delivery';
import { ComponentChartRender, renderEnvironmentCharts } from './helm';
import { upstreamObjects } from '../policy/upstream';
import { DataInventory, INVENTORY_FILE, guardEnvironment, inventoryText, readInventory } from '../policy/data-guard';

/** Folder of the committed per-environment sealed values and sealing certificates. */
export const SEALED_DIR = path.join(__dirname, '..', 'config', 'sealed');

export interface SynthResult {
  readonly build: EnvironmentBuild;
  readonly rendered: RenderedEnvironment;
  /** Problems that do not stop the synth (e.g. secrets without sealed values in a `warn` environment). */
  readonly warnings: readonly string[];
  /** Schema and policy results (passed, or the synth would have thrown), with the waivers in use. */
  readonly gate: GateResult;
  /** What to delete by hand for components decommissioned with `decommission: true`. */
  readonly notices: readonly string[];
  /** The ArgoCD sync simulation: bootstrap, steps, and what each Application waits for. */
  readonly plan: SyncPlan;
  /** Every upstream chart as rendered with lakeplane's values. */
  readonly charts: readonly ComponentChartRender[];
}

export interface SynthOptions {
  /**
   * The data inventory the previous synth wrote (dist/<env>/data-inventory.json): a
   * data-holding component missing now fails the synth unless decommissioned.
   * @default - none: nothing to compare with
   */
  readonly previous?: DataInventory;
  /** Components to build. @default - the registry */
  readonly registry?: readonly ComponentSpec[];
  /** Told about each chart rendered with helm (a cold render cache). @default - silent */
  readonly progress?: (message: string) => void;
  /** The output root the result is written to, as warnings name it. @default 'dist' */
  readonly outdir?: string;
}

/** Loads and validates one shipped environment, with an optional phase override. */
export function loadEnvironment(name: string, phase?: Phase): PlatformConfig {
  const input = ENVIRONMENTS[name];
  if (!input) {
    throw new ConfigError(`unknown environment "${name}"; known environments: ${Object.keys(ENVIRONMENTS).join(', ')}`);
  }
  const config = parseConfig(input, `config/environments/${name}.ts`);
  if (config.name !== name) {
    throw new ConfigError(`config/environments/${name}.ts: name: got ${JSON.stringify(config.name)}; expected "${name}" (the file name)`);
  }
  return withPhase(config, phase);
}

/** Sealed values committed for an environment, or none. */
export function loadSealedValues(env: string, dir: string = SEALED_DIR): SealedValues {
  return readSealedFile(path.join(dir, `${env}.json`)).values;
}

/**
 * When the committed values were sealed for certificates other than config/sealed/<env>.pem,
 * the cluster of that certificate cannot unseal them: both fingerprints, and what to do.
 */
export function sealingCertificateWarning(env: string, dir: string = SEALED_DIR): string | undefined {
  const cert = path.join(dir, `${env}.pem`);
  const { values, certificates } = readSealedFile(path.join(dir, `${env}.json`));
  if (certificates.length === 0 || Object.keys(values).length === 0 || !fs.existsSync(cert)) {
    return undefined;
  }
  const current = certificateFingerprint(fs.readFileSync(cert, 'utf8'));
  if (certificates.includes(current)) {
    return undefined;
  }
  return (
    `${env}: config/sealed/${env}.json was sealed for certificate ${certificates.join(', ')}, but config/sealed/${env}.pem is ${current}; ` +
    `a controller holding only the key of ${env}.pem cannot unseal those values.\n` +
    `  if ${env}.pem is right, seal everything again for it: delete config/sealed/${env}.json and run npm run seal -- --env ${env}`
  );
}

export function synthConfig(config: PlatformConfig, sealed: SealedValues = loadSealedValues(config.name), options: SynthOptions = {}): SynthResult {
  const build = buildEnvironment(config, { sealed, registry: options.registry });
  // Capacity plan and platform map (dist/<env>/REPORT.md, README.md); a pool short of
  // capacity fails here unless the config accepts over-commit.
  const report = environmentReport(build);
  const capacityWarnings = checkCapacity(report, `${path.join(options.outdir ?? 'dist', config.name)}/`);
  // The upstream charts as ArgoCD renders them, with lakeplane's values (renders/ caches them).
  const isNamespaced = (apiVersion: string, kind: string): boolean | undefined => sharedValidator().isNamespaced(apiVersion, kind);
  const chartRenders = renderEnvironmentCharts(build.charts, isNamespaced, { progress: options.progress });
  // rendered: the charts' objects are plain YAML in the component folders; helm: ArgoCD renders them.
  const renderedCharts = config.gitops.charts === 'rendered';
  const manifests = renderedCharts ? deliverRendered(renderEnvironment(build), chartRenders) : renderEnvironment(build);

  // What ArgoCD will do with it, from the documented bootstrap on: permissions, destinations
  // and the order of CRDs and webhooks. Its plan goes into the platform map.
  const installValues = argocdInstallValues(build);
  const plan = simulateSync({
    env: config.name,
    objects: manifests.objects,
    files: manifests.byFile,
    repoURL: config.gitops.repoURL,
    envPath: `${config.gitops.path.replace(/\/+$/, '')}/${config.name}`,
    settings: argoSettingsFromValues(installValues, config.gitops.argocdNamespace),
    bootstrap: bootstrapSteps(build.common, manifests.byFile, GITOPS_FOLDER),
    chartObjects: renderedCharts ? undefined : new Map(chartRenders.map((r) => [r.application, r.objects] as const)),
    isNamespaced,
  });
  const docs = withExtraFiles(
    manifests,
    new Map([...environmentDocs(build, report, plan), [BOOTSTRAP_VALUES_FILE, toYaml(installValues)]]),
  );

  // Nothing lost through GitOps: every data-holding component of the previous output is still
  // generated, or decommissioned on purpose (then `notices` say what to delete by hand).
  const guard = guardEnvironment(build, docs.objects, options.previous, options.registry);

  // The gate: every object against its schema (unknown fields and removed APIs included) and
  // the platform policies. Nothing is written when it fails; the message is the table.
  const gate = runGate({
    env: config.name,
    objects: docs.objects,
    // In rendered mode the charts' objects are among the folders' objects already.
    upstream: renderedCharts ? undefined : upstreamObjects(chartRenders),
    imageMirror: config.registry.imageMirror,
    argocdNamespace: config.gitops.argocdNamespace,
    sync: plan.violations,
  });
  if (!gatePassed(gate)) {
    throw new PolicyError(formatGateFailure([gate]), [gate]);
  }
  const rendered = withExtraFiles(docs, new Map([[INVENTORY_FILE, inventoryText(guard.inventory)]]));
  const warnings: string[] = [...capacityWarnings];
  const message = missingSecretsMessage(config.name, build.common.secretCatalog.missing);
  if (message) {
    if (config.secrets.backend === 'sealed-secrets' && config.secrets.missing === 'error') {
      throw new ConfigError(message);
    }
    warnings.push(message);
  }
  warnings.push(...guard.warnings);
  // What components said does not stop the synth (e.g. alerts that reach nobody).
  warnings.push(...[...build.charts.values()].flat().flatMap((chart) => chart.warnings));
  return { build, rendered, warnings, gate, notices: guard.notices, plan, charts: chartRenders };
}

/**
 * What synth says about declared secrets without a sealed value: each secret with its keys,
 * and the exact command that seals them (with the flags for values a person must give).
 */
export function missingSecretsMessage(env: string, missing: SecretCatalog['missing']): string | undefined {
  if (missing.length === 0) {
    return undefined;
  }
  const keysBySecret = new Map<string, string[]>();
  const inputs: string[] = [];
  for (const { secret, key } of missing) {
    const id = `${secret.namespace}/${secret.name}`;
    keysBySecret.set(id, [...(keysBySecret.get(id) ?? []), key]);
    if ('input' in secret.keys[key]) {
      inputs.push(`--from-file ${id}:${key}=<path>`);
    }
  }
  const names = [...keysBySecret].map(([id, keys]) => `${id} (${keys.sort().join(', ')})`);
  // One secret per line; the command on its own, with one continued line per value to give.
  return (
    `${env}: ${names.length} secret(s) have no sealed value:\n${names.map((n) => `  - ${n}`).join('\n')}\n` +
    `  run: npm run seal -- --env ${env}${inputs.map((i) => ` \\\n         ${i}`).join('')}`
  );
}

/**
 * Every environment's config is validated before any is built. With `outdir`, each is
 * compared with the data inventory of its previous output there. Policy failures of all
 * environments are reported together.
 */
export function synthEnvironments(names: readonly string[], phase?: Phase, options: { readonly outdir?: string; readonly progress?: (message: string) => void } = {}): SynthResult[] {
  const configs = names.map((name) => loadEnvironment(name, phase));
  const results: SynthResult[] = [];
  const refused: GateResult[] = [];
  for (const config of configs) {
    const previous = options.outdir ? readInventory(options.outdir, config.name) : undefined;
    try {
      const result = synthConfig(config, undefined, { previous, progress: options.progress, outdir: options.outdir });
      const sealing = config.secrets.backend === 'sealed-secrets' ? sealingCertificateWarning(config.name) : undefined;
      results.push(sealing ? { ...result, warnings: [...result.warnings, sealing] } : result);
    } catch (err) {
      if (!(err instanceof PolicyError)) {
        throw err;
      }
      refused.push(...err.results);
    }
  }
  if (refused.length > 0) {
    throw new PolicyError(formatGateFailure(refused), refused);
  }
  return results;
}
