/**
 * The capacity plan and the platform map of a built environment, computed in memory from
 * the build (no synthesis): written to dist/<env>/REPORT.md and README.md on every synth, and
 * printed by `npm run report`.
 */
import { ConfigError } from '../config/load';
import type { EnvironmentBuild } from '../lib/build';
import { GITOPS_FOLDER } from '../lib/build';
import type { SyncPlan } from '../argocd/simulation';
import { CapacityReport, ComponentFootprint, capacityReport } from './capacity';
import { renderMapMarkdown } from './map';
import { renderCapacityMarkdown } from './markdown';

export * from './capacity';
export { renderCapacityMarkdown } from './markdown';
export { mermaidDiagram, renderMapMarkdown } from './map';

/** File names of the documents written at the root of dist/<env>/. */
export const REPORT_FILE = 'REPORT.md';
export const MAP_FILE = 'README.md';

/** What each enabled component's charts declared (the gitops folder only when it declares something). */
export function footprintsOf(build: EnvironmentBuild): ComponentFootprint[] {
  const footprints: ComponentFootprint[] = [];
  for (const [component, charts] of build.charts) {
    const fp: ComponentFootprint = {
      component,
      workloads: charts.flatMap((c) => c.workloads),
      volumes: charts.flatMap((c) => c.volumes),
      objectStores: charts.flatMap((c) => c.objectStores),
    };
    const empty = fp.workloads.length + fp.volumes.length + fp.objectStores.length === 0;
    if (component !== GITOPS_FOLDER || !empty) {
      footprints.push(fp);
    }
  }
  return footprints;
}

export function environmentReport(build: EnvironmentBuild): CapacityReport {
  return capacityReport(build.config, footprintsOf(build));
}

/**
 * Fails with what cannot run at all, whatever the environment accepts; then with every
 * shortfall unless the environment accepts over-commit, when they are returned as warnings
 * (synth prints them; REPORT.md states what it would take).
 */
export function checkCapacity(report: CapacityReport, folder: string = `dist/${report.env}/`): string[] {
  if (report.impossible.length > 0) {
    throw new ConfigError(
      `${report.impossible.join('\n')}\n` +
        'This cannot run on the nodes the environment names; capacity.allowOvercommit accepts CPU and memory over-commit, never this. `npm run report` shows the whole plan.',
    );
  }
  if (report.shortfalls.length === 0) {
    return [];
  }
  if (report.allowOvercommit) {
    return [`${report.env}: over-commit accepted (capacity.allowOvercommit), see ${folder}REPORT.md:\n  ${report.shortfalls.join('\n  ')}`];
  }
  throw new ConfigError(
    `${report.shortfalls.join('\n')}\n` +
      'Add nodes to the pool, lower the sizes or replicas in components.<id>, or accept it with capacity.allowOvercommit: true; `npm run report` shows the whole plan.',
  );
}

/** REPORT.md and README.md for dist/<env>/. */
export function environmentDocs(build: EnvironmentBuild, report: CapacityReport = environmentReport(build), plan?: SyncPlan): Map<string, string> {
  return new Map([
    [MAP_FILE, renderMapMarkdown({ config: build.config, components: build.components, waves: build.waves, plan })],
    [REPORT_FILE, renderCapacityMarkdown(report)],
  ]);
}

/** The figures as JSON, keyed by environment; numbers rounded to 6 decimals (no float noise). */
export function reportJson(reports: readonly CapacityReport[]): Record<string, CapacityReport> {
  const round = (_key: string, value: unknown): unknown => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value);
  return JSON.parse(JSON.stringify(Object.fromEntries(reports.map((r) => [r.env, r])), round)) as Record<string, CapacityReport>;
}
