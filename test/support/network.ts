/**
 * What a namespace's NetworkPolicies allow a set of pods, as lakeplane writes them
 * (matchLabels selectors only; anything else is refused here rather than guessed).
 */
import type { Manifest } from '../../lib/output';

type Labels = Readonly<Record<string, string>>;

interface Selector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: unknown;
}

/** Whether a NetworkPolicy's podSelector selects pods with these labels. */
export function selects(policy: Manifest, labels: Labels): boolean {
  const selector = ((policy.spec as { podSelector?: Selector } | undefined)?.podSelector ?? {}) as Selector;
  if (selector.matchExpressions) throw new Error(`NetworkPolicy ${policy.metadata.name}: matchExpressions are not evaluated here`);
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

/** Names of the policies of `namespace` that let pods with `labels` send to an address block on `port` (TCP). */
export function egressToAddress(policies: readonly Manifest[], namespace: string, labels: Labels, port: number): string[] {
  type Rule = { to?: Array<{ ipBlock?: { cidr: string } }>; ports?: Array<{ port: number; protocol?: string }> };
  return policies
    .filter((p) => p.kind === 'NetworkPolicy' && p.metadata.namespace === namespace && selects(p, labels))
    .filter((p) =>
      (((p.spec as { egress?: Rule[] }).egress ?? []) as Rule[]).some(
        (rule) => (rule.to ?? []).some((peer) => peer.ipBlock !== undefined) && (rule.ports === undefined || rule.ports.some((x) => x.port === port && (x.protocol ?? 'TCP') === 'TCP')),
      ),
    )
    .map((p) => p.metadata.name);
}
