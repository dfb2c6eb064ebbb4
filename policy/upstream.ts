/**
 * The upstream charts' objects in the gate. They are checked like lakeplane's own: schema,
 * the platform policies, Pod Security for every container. Where an upstream object breaks a
 * rule on purpose, the waiver is kept here, in lakeplane's code, by component, kind, name and
 * rule, with its reason; the gate turns each into the waiver annotation on that object, so
 * `npm run policy` lists it with the others and a waiver nothing uses shows up as unused.
 */
import type { ComponentChartRender } from '../lib/helm';
import type { Manifest } from '../lib/output';
import { RuleId, WAIVER_PREFIX } from './rules';

export interface UpstreamWaiver {
  readonly component: string;
  readonly kind: string;
  /** Object name; `*` at the end matches a prefix. */
  readonly name: string;
  readonly rule: RuleId;
  readonly reason: string;
}

export const UPSTREAM_WAIVERS: readonly UpstreamWaiver[] = [];

function matches(waiver: UpstreamWaiver, component: string, obj: Manifest): boolean {
  if (waiver.component !== component || waiver.kind !== obj.kind) return false;
  return waiver.name.endsWith('*') ? obj.metadata.name.startsWith(waiver.name.slice(0, -1)) : waiver.name === obj.metadata.name;
}

/** The folder label of a chart's objects in the gate's table. */
export function upstreamFolder(render: Pick<ComponentChartRender, 'component' | 'release'>): string {
  return `${render.component} (chart ${render.release.releaseName})`;
}

/** Rendered objects per gate folder, each with the waivers kept for it here. */
export function upstreamObjects(renders: readonly ComponentChartRender[], waivers: readonly UpstreamWaiver[] = UPSTREAM_WAIVERS): Map<string, Manifest[]> {
  const out = new Map<string, Manifest[]>();
  for (const render of renders) {
    const list = render.objects.map((obj) => {
      const mine = waivers.filter((w) => matches(w, render.component, obj));
      if (mine.length === 0) return obj;
      const annotations = { ...((obj.metadata.annotations ?? {}) as Record<string, string>) };
      for (const w of mine) annotations[`${WAIVER_PREFIX}${w.rule}`] = w.reason;
      return { ...obj, metadata: { ...obj.metadata, annotations } };
    });
    out.set(upstreamFolder(render), [...(out.get(upstreamFolder(render)) ?? []), ...list]);
  }
  return out;
}
