/**
 * npm run policy: every waiver of the platform policies, with its reason, per environment
 * (and any violation, which `npm run synth` would refuse). Exit status 1 on violations.
 *
 *   LAKEPLANE_ENV     one environment (default: all)
 *   LAKEPLANE_PHASE   1-3, overrides the environments' phase
 */
// First: --help answers before anything heavy loads.
import './usage';
import { ENVIRONMENTS } from '../config';
import { selectFromEnv } from '../config/load';
import { Phase } from '../config/schema';
import { buildEnvironment } from '../lib/build';
import { renderEnvironment } from '../lib/output';
import { loadEnvironment, loadSealedValues } from '../lib/synth';
import { GateResult, formatGateFailure, gatePassed, runGate, table } from '../policy/gate';
import { RULE_IDS } from '../policy/rules';
import { isEntryPoint } from '../lib/entry';

/** The waiver listing of some environments' gate results. */
export function policyListing(results: readonly GateResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const problems = r.schemaErrors.length + r.violations.length;
    out.push(`${r.env}: ${r.objectCount} objects, ${RULE_IDS.length} rules, ${problems} violation(s), ${r.waivers.length} waiver(s)`);
    if (r.waivers.length > 0) {
      const rows = [...r.waivers]
        .sort((a, b) => a.rule.localeCompare(b.rule) || a.object.localeCompare(b.object))
        .map((w) => [w.rule, `${w.folder}: ${w.object}`, w.used ? 'yes' : 'no', w.reason]);
      out.push(table(['rule', 'object', 'in use', 'reason'], rows).replace(/^/gm, '  '));
    }
  }
  const failed = results.filter((r) => !gatePassed(r));
  if (failed.length > 0) {
    out.push('', formatGateFailure(failed));
  }
  return `${out.join('\n')}\n`;
}

/** The gate of one environment as synth runs it, without failing on violations. */
export function gateOf(env: string, phase?: Phase): GateResult {
  const config = loadEnvironment(env, phase);
  const rendered = renderEnvironment(buildEnvironment(config, { sealed: loadSealedValues(env) }));
  return runGate({ env, objects: rendered.objects, imageMirror: config.registry.imageMirror, argocdNamespace: config.gitops.argocdNamespace });
}

function main(): number {
  const selection = selectFromEnv(process.env, Object.keys(ENVIRONMENTS));
  const results = selection.environments.map((env) => gateOf(env, selection.phase));
  process.stdout.write(policyListing(results));
  return results.every(gatePassed) ? 0 : 1;
}

if (isEntryPoint(__dirname, 'policy.ts')) {
  try {
    process.exit(main());
  } catch (err) {
    process.stderr.write(`policy: ${(err as Error).message}\n`);
    process.exit(2);
  }
}
