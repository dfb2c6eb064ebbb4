/**
 * The platform map: dist/<env>/README.md. A Mermaid diagram of the enabled components grouped
 * by phase and layer with the dependency edges the registry knows, the endpoints, the chart
 * and app versions, and what each phase adds.
 */
import type { SyncPlan } from '../argocd/simulation';
import type { ComponentId, ComponentSpec, Layer } from '../charts/registry';
import type { PlatformConfig } from '../config/schema';
import { CHARTS, IMAGES } from '../versions';

/** Layers in the order the map draws them (the architecture document's order). */
export const LAYER_ORDER: readonly Layer[] = [
  'infrastructure',
  'security',
  'storage',
  'catalog',
  'query',
  'orchestration',
  'observability',
  'backup',
  'processing',
  'streaming',
  'governance',
  'ml',
];

const PHASE_NAMES: Readonly<Record<number, string>> = { 1: 'foundation', 2: 'processing and streaming', 3: 'governance and ML' };

/** A Mermaid node id (letters, digits, underscores). */
function nodeId(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, '_');
}

/** Text safe inside a quoted Mermaid label and a Markdown table cell. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/\|/g, '#124;');
}

/** Text safe in a Markdown table cell (pipes escaped, angle brackets not taken for HTML). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');
}

export interface MapInput {
  readonly config: PlatformConfig;
  /** Enabled components (build order). */
  readonly components: readonly ComponentSpec[];
  /** Sync wave per component. */
  readonly waves: ReadonlyMap<ComponentId, number>;
  /** The ArgoCD sync simulation's plan: bootstrap and order. @default - none: the order section is left out */
  readonly plan?: SyncPlan;
}

/** The dependency edges between enabled components: required ones and optional ones in use. */
export function mapEdges(input: MapInput): Array<{ from: ComponentId; to: ComponentId; optional: boolean }> {
  const on = new Set(input.components.map((c) => c.id));
  const edges: Array<{ from: ComponentId; to: ComponentId; optional: boolean }> = [];
  for (const spec of input.components) {
    const required = spec.dependsOn(input.config);
    for (const dep of required) {
      edges.push({ from: spec.id, to: dep, optional: false });
    }
    for (const dep of spec.optionalDeps?.(input.config) ?? []) {
      if (on.has(dep) && !required.includes(dep)) {
        edges.push({ from: spec.id, to: dep, optional: true });
      }
    }
  }
  return edges;
}

export function mermaidDiagram(input: MapInput): string {
  const lines = ['flowchart LR'];
  const phases = [...new Set(input.components.map((c) => c.phase))].sort();
  for (const phase of phases) {
    lines.push(`  subgraph phase${phase}["Phase ${phase}: ${PHASE_NAMES[phase] ?? ''}"]`);
    for (const layer of LAYER_ORDER) {
      const members = input.components.filter((c) => c.phase === phase && c.layer === layer);
      if (members.length === 0) {
        continue;
      }
      lines.push(`    subgraph phase${phase}_${nodeId(layer)}["${layer}"]`);
      for (const c of members) {
        lines.push(`      ${nodeId(c.id)}["${label(c.id)}"]`);
      }
      lines.push('    end');
    }
    lines.push('  end');
  }
  for (const e of mapEdges(input)) {
    lines.push(`  ${nodeId(e.from)} ${e.optional ? '-.->' : '-->'} ${nodeId(e.to)}`);
  }
  return lines.join('\n');
}

export function renderMapMarkdown(input: MapInput): string {
  const { config, components } = input;
  const out: string[] = [];
  out.push(`# lakeplane: ${config.name}`, '');
  out.push(
    `Phase ${config.phase}, profile \`${config.profile}\`, domain \`${config.domain}\`, ${components.length} components. ` +
      'Written by `npm run synth` from the component registry; the capacity plan is in [REPORT.md](REPORT.md).',
    '',
  );

  out.push('## Platform map', '');
  out.push('Arrows point from a component to what it needs (dashed: used when enabled, not required).', '');
  out.push('```mermaid', mermaidDiagram(input), '```', '');

  out.push('## Endpoints', '');
  const uis = components.filter((c) => c.ui !== undefined);
  if (uis.length === 0) {
    out.push('No component in this environment serves a web UI.', '');
  } else {
    out.push('| Component | URL |', '| --- | --- |');
    for (const c of uis) {
      const url = `https://${c.ui}.${config.domain}`;
      out.push(`| ${c.id} | [${url}](${url}) |`);
    }
    out.push('');
  }
  const internal = components.flatMap((c) => (c.endpoints ?? []).map((e) => ({ id: c.id, ...e })));
  if (internal.length > 0) {
    out.push('In-cluster endpoints (no UI; clients get them through the component\'s handle):', '');
    out.push('| Component | Endpoint | Address |', '| --- | --- | --- |');
    for (const e of internal) {
      out.push(`| ${e.id} | ${cell(e.name)} | \`${e.address}\` |`);
    }
    out.push('');
  }

  if (input.plan) {
    out.push(...syncPlanMarkdown(input.plan));
  }

  // The order column: the RollingSync step (applicationset mode) or the sync wave of the
  // component's Application in the root (applications mode), as the simulation found it.
  const rolling = config.gitops.mode === 'applicationset';
  const orderOf = (id: ComponentId): string => {
    if (!input.plan) return String(input.waves.get(id) ?? 0);
    const stage = input.plan.stages.find((st) => st.applications.some((a) => a.name === `${config.name}-${id}`));
    return stage ? stage.label.replace(/^(step|wave) /, '') : '-';
  };
  out.push('## Components and versions', '');
  out.push(`| Component | Phase | Layer | ${rolling ? 'Sync step' : 'Sync wave'} | Chart | Chart version | App version | Holds data | Description |`, '| --- | ---: | --- | ---: | --- | --- | --- | --- | --- |');
  for (const c of components) {
    const charts = c.charts ?? [];
    // Without a chart, the images the component runs directly give the app version.
    const images = (c.images ?? []).map((n) => IMAGES[n]);
    const chartCells =
      charts.length > 0
        ? [charts.map((n) => CHARTS[n].chart).join(', '), charts.map((n) => CHARTS[n].version).join(', '), charts.map((n) => CHARTS[n].appVersion).join(', ')]
        : ['-', '-', images.length > 0 ? images.map((i) => `${i.repository}:${i.tag}`).join(', ') : '-'];
    out.push(
      `| ${c.id} | ${c.phase} | ${c.layer} | ${orderOf(c.id)} | ${chartCells.join(' | ')} | ${c.holdsData ? 'yes' : 'no'} | ${cell(c.description)} |`,
    );
  }
  out.push('');

  out.push('## What each phase adds', '');
  out.push('| Phase | Components |', '| ---: | --- |');
  for (const phase of [1, 2, 3]) {
    if (phase > config.phase) {
      out.push(`| ${phase} | not generated in ${config.name} (phase ${config.phase}) |`);
      continue;
    }
    const added = components.filter((c) => c.phase === phase).map((c) => c.id);
    out.push(`| ${phase} | ${added.length > 0 ? added.join(', ') : 'none enabled'} |`);
  }
  out.push('');
  return `${out.join('\n').trimEnd()}\n`;
}

/** The bootstrap and the order ArgoCD follows, as the sync simulation computed them. */
export function syncPlanMarkdown(plan: SyncPlan): string[] {
  const out: string[] = ['## Bootstrap and sync order', ''];
  out.push('On a cluster with nothing but Kubernetes (computed by the ArgoCD sync simulation that synth runs):', '');
  plan.bootstrap.forEach((step, i) => out.push(`${i + 1}. \`${step.command}\``));
  out.push(`${plan.bootstrap.length + 1}. ArgoCD syncs the rest from git, in this order; each line waits until everything above it is healthy.`, '');
  out.push('| Order | Application | Syncs | Destination namespace | Waits for |', '| --- | --- | --- | --- | --- |');
  for (const stage of plan.stages) {
    for (const app of stage.applications) {
      const byProvider = new Map<string, string[]>();
      app.waitsFor.forEach((w) => byProvider.set(w.application, [...(byProvider.get(w.application) ?? []), w.reason]));
      const waits = byProvider.size > 0 ? [...byProvider].map(([provider, reasons]) => `${provider}: ${reasons.join(', ')}`).join('<br>') : '-';
      const syncs = [app.source, ...app.children.map((c) => `+ ${c}`)].join('<br>');
      out.push(`| ${cell(stage.label)} | ${app.name} | ${cell(syncs).replace(/&lt;br&gt;/g, '<br>')} | ${app.destinationNamespace || '-'} | ${cell(waits).replace(/&lt;br&gt;/g, '<br>')} |`);
    }
  }
  out.push('');
  return out;
}
