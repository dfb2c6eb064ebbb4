/**
 * Nothing is lost through GitOps. Every synth writes dist/<env>/data-inventory.json: the
 * components of the environment that hold data and the objects that hold it. The next synth
 * compares against it: a data-holding component that would stop being generated (phase
 * lowered, disabled, unregistered, environment removed) fails the synth with what would be
 * orphaned, unless the config acknowledges it with `decommission: true`; then the synth says
 * what to delete by hand, and records it under `decommissioned`.
 *
 * ArgoCD itself never deletes that data (Prune=false/Delete=false on each object, no
 * cascade finalizer on Applications that hold data, ApplicationSet preserveResourcesOnDeletion):
 * this guard makes sure people know what they leave behind.
 */
import * as fs from 'fs';
import * as path from 'path';
import { STATEFUL_ANNOTATION } from '../argocd/sync';
import { COMPONENTS, ComponentSpec } from '../charts/registry';
import { DECOMMISSIONED_ENVIRONMENTS } from '../config/decommissioned';
import type { EnvironmentBuild } from '../lib/build';
import { holdsData } from './check';
import { KubeObject, groupOf } from './schema';

/** File name of the inventory, at the root of dist/<env>/ (outside every ArgoCD source path). */
export const INVENTORY_FILE = 'data-inventory.json';

export interface DataObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  /** What data it holds (the lakeplane.io/stateful annotation), when said. */
  readonly holds?: string;
}

export interface ComponentData {
  /** The component's own sentence: what is lost if it is removed. */
  readonly holdsData: string;
  /** Namespaces of the component (volumes of its Helm charts live there). */
  readonly namespaces: readonly string[];
  /** Objects in its output that hold data. */
  readonly objects: readonly DataObject[];
}

export interface DataInventory {
  readonly environment: string;
  /** Data-holding components generated now. */
  readonly components: Readonly<Record<string, ComponentData>>;
  /** Components turned off with `decommission: true`, whose data is left for a person to delete. */
  readonly decommissioned: Readonly<Record<string, ComponentData>>;
}

/** What the current synth generates, per data-holding component. */
export interface CurrentComponent {
  readonly id: string;
  readonly holdsData: string;
  readonly objects: readonly KubeObject[];
}

/** Why a component is not generated any more, for the message. */
export type OffReason = (id: string) => string;

/** A synth that would orphan data; main.ts prints the message and exits 1. */
export class DataLossError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataLossError';
  }
}

export function componentData(component: CurrentComponent): ComponentData {
  const namespaces = component.objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name).sort();
  const objects = component.objects.filter(holdsData).map((o): DataObject => {
    const holds = (o.metadata.annotations as Record<string, string> | undefined)?.[STATEFUL_ANNOTATION];
    return { apiVersion: o.apiVersion, kind: o.kind, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}), name: o.metadata.name, ...(holds ? { holds } : {}) };
  });
  return { holdsData: component.holdsData, namespaces, objects };
}

export interface GuardInput {
  readonly env: string;
  readonly current: readonly CurrentComponent[];
  /** The inventory the previous synth wrote, if any. */
  readonly previous?: DataInventory;
  /** Components the config marks `decommission: true`. */
  readonly decommission: ReadonlySet<string>;
  /** Where the config lives, for the message. */
  readonly configFile: string;
  readonly offReason: OffReason;
}

export interface GuardResult {
  readonly inventory: DataInventory;
  /** What to delete by hand, one block per decommissioned component (empty when none). */
  readonly notices: readonly string[];
  /** `decommission: true` on components that are still generated (the flag does nothing there). */
  readonly warnings: readonly string[];
}

/** Compares with the previous inventory; throws DataLossError when data would be orphaned unacknowledged. */
export function guardData(input: GuardInput): GuardResult {
  const components: Record<string, ComponentData> = {};
  for (const c of [...input.current].sort((a, b) => a.id.localeCompare(b.id))) {
    components[c.id] = componentData(c);
  }
  const decommissioned: Record<string, ComponentData> = {};
  const orphaned: string[] = [];
  const previous = input.previous;
  const before: Record<string, ComponentData> = { ...(previous?.decommissioned ?? {}), ...(previous?.components ?? {}) };
  for (const id of Object.keys(before).sort()) {
    if (components[id]) {
      continue;
    }
    const data = before[id];
    const wasLive = previous?.components[id] !== undefined;
    if (input.decommission.has(id)) {
      decommissioned[id] = data;
    } else if (wasLive) {
      orphaned.push(`  - ${id} (${input.offReason(id)}): ${data.holdsData}${describeObjects(data)}`);
    }
    // A component decommissioned earlier whose flag was removed: the people have dealt with it.
  }
  if (orphaned.length > 0) {
    throw new DataLossError(
      `${input.env}: this synth would stop generating components that hold data, orphaning it:\n${orphaned.join('\n')}\n` +
        `ArgoCD would leave the data in the cluster unmanaged. If that is intended, set components.<id>.decommission: true ` +
        `in ${input.configFile}; the synth then lists what to delete by hand.`,
    );
  }
  const notices = Object.entries(decommissioned).map(([id, data]) => deletionNotice(input.env, id, data));
  const warnings = [...input.decommission]
    .filter((id) => components[id] !== undefined)
    .sort()
    .map((id) => `${input.env}: components.${id}.decommission is true but ${id} is still generated; the flag only matters when it is turned off (remove it)`);
  return { inventory: { environment: input.env, components, decommissioned }, notices, warnings };
}

function describeObjects(data: ComponentData): string {
  if (data.objects.length === 0) {
    return data.namespaces.length > 0 ? `; volumes in namespace ${data.namespaces.join(', ')}` : '';
  }
  return `; ${data.objects.map((o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`).join(', ')}`;
}

/** What a person deletes by hand once the data of a decommissioned component is no longer needed. */
export function deletionNotice(env: string, id: string, data: ComponentData): string {
  const lines = [`${env}: ${id} is decommissioned; ArgoCD deletes none of its data (${data.holdsData}). Once it is no longer needed, delete by hand:`];
  for (const o of data.objects) {
    const group = groupOf(o.apiVersion);
    const resource = `${o.kind.toLowerCase()}${group ? `.${group}` : ''}`;
    lines.push(`  kubectl delete ${resource} ${o.namespace ? `-n ${o.namespace} ` : ''}${o.name}${o.holds ? `   # ${o.holds}` : ''}`);
  }
  for (const ns of data.namespaces) {
    lines.push(`  kubectl delete pvc -n ${ns} --all   # volumes its charts created`);
    lines.push(`  kubectl delete namespace ${ns}`);
  }
  return lines.join('\n');
}

/** The inventory as written to dist/<env>/ (stable key order, trailing newline). */
export function inventoryText(inventory: DataInventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}

export function parseInventory(text: string, source: string): DataInventory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON (${(err as Error).message}); restore it from git`);
  }
  const inv = value as Partial<DataInventory>;
  if (!inv || typeof inv !== 'object' || typeof inv.components !== 'object' || inv.components === null) {
    throw new Error(`${source}: not a data inventory; restore it from git`);
  }
  return { environment: String(inv.environment ?? ''), components: inv.components, decommissioned: inv.decommissioned ?? {} };
}

/**
 * An environment whose dist/<env>/ still exists but that has no config any more. Fails unless
 * config/decommissioned.ts lists it; then returns what to delete by hand.
 */
export function guardRemovedEnvironment(env: string, inventory: DataInventory, acknowledged: string | undefined, folder: string = `dist/${env}/`): string[] {
  const all: Record<string, ComponentData> = { ...inventory.decommissioned, ...inventory.components };
  const ids = Object.keys(all).sort();
  if (ids.length === 0) {
    return [`${env}: ${folder} is left from an environment without config and holds no data; delete the folder.`];
  }
  if (acknowledged === undefined) {
    throw new DataLossError(
      `${env}: ${folder} holds data-holding components but config/environments/${env}.ts is gone:\n` +
        ids.map((id) => `  - ${id}: ${all[id].holdsData}${describeObjects(all[id])}`).join('\n') +
        `\nRestore the environment, or acknowledge its removal in config/decommissioned.ts (${env}: "<reason>"); the synth then lists what to delete by hand.`,
    );
  }
  return [
    `${env}: environment removed (${acknowledged}). Delete ${folder} once the cluster is retired; its data is not deleted by ArgoCD:`,
    ...ids.map((id) => deletionNotice(env, id, all[id])),
  ];
}

/** Reads dist/<env>/data-inventory.json under an output root, if the previous synth wrote one. */
export function readInventory(outdir: string, env: string): DataInventory | undefined {
  const file = path.join(outdir, env, INVENTORY_FILE);
  return fs.existsSync(file) ? parseInventory(fs.readFileSync(file, 'utf8'), file) : undefined;
}

/** The data guard of one built environment (see guardData). */
export function guardEnvironment(build: EnvironmentBuild, objects: ReadonlyMap<string, readonly KubeObject[]>, previous: DataInventory | undefined, registry: readonly ComponentSpec[] = COMPONENTS): GuardResult {
  const config = build.config;
  const slices = config.components as Record<string, { enabled?: boolean; decommission?: boolean } | undefined>;
  const decommission = new Set(Object.entries(slices).filter(([, slice]) => slice?.decommission === true).map(([id]) => id));
  const offReason: OffReason = (id) => {
    const spec = registry.find((s) => s.id === id);
    if (!spec) return 'no longer registered';
    if (spec.phase > config.phase) return `phase ${config.phase} is below its phase ${spec.phase}`;
    if (slices[id]?.enabled === false) return `components.${id}.enabled is false`;
    return `not enabled in ${config.name}`;
  };
  return guardData({
    env: config.name,
    current: build.components.filter((s) => s.holdsData !== undefined).map((s) => ({ id: s.id, holdsData: s.holdsData!, objects: objects.get(s.id) ?? [] })),
    previous,
    decommission,
    configFile: `config/environments/${config.name}.ts`,
    offReason,
  });
}

/**
 * Folders under the output root left by environments that have no config any more: fails
 * when they hold data and the removal is not acknowledged; otherwise returns what to do.
 */
export function checkRemovedEnvironments(outdir: string, known: readonly string[], acknowledged: Readonly<Record<string, string>> = DECOMMISSIONED_ENVIRONMENTS): string[] {
  if (!fs.existsSync(outdir)) return [];
  const notices: string[] = [];
  for (const entry of fs.readdirSync(outdir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || known.includes(entry.name)) continue;
    const inventory = readInventory(outdir, entry.name);
    if (inventory) {
      notices.push(...guardRemovedEnvironment(entry.name, inventory, acknowledged[entry.name], `${path.join(outdir, entry.name)}/`));
    }
  }
  return notices;
}
