/** The capacity plan as Markdown: dist/<env>/REPORT.md and what `npm run report` prints. */
import { CapacityReport, ObjectStoreCapacity, fmt, objectStoreCapacity } from './capacity';

/** The architecture document's object store, to set its stated usable capacity right. */
export const DOCUMENT_OBJECT_STORE = { servers: 4, drivesPerServer: 4, driveGiB: 1024, parity: 4, statedUsableTiB: 8 } as const;

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, right: readonly number[] = []): string {
  const align = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [header, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '-';
}

function tib(gib: number): string {
  return gib >= 1024 ? `${fmt(gib)} GiB (${fmt(gib / 1024, 2)} TiB)` : `${fmt(gib)} GiB`;
}

function verdict(r: CapacityReport): string[] {
  const impossible = r.impossible.length === 0 ? [] : ['**Cannot run on these nodes.** Synth fails with (over-commit does not cover it):', '', ...r.impossible.map((s) => `- ${s}`), ''];
  if (r.shortfalls.length === 0) {
    return impossible.length > 0
      ? impossible
      : [`**Fits.** Every pool's requests are within its allocatable capacity after ${fmt(r.headroomPercent)}% headroom, every pod fits on a node of its pool, and the object store fits its nodes' disks and survives one node's loss.`];
  }
  const lines = [
    ...impossible,
    r.allowOvercommit
      ? `**Does not fit; over-commit accepted** (\`capacity.allowOvercommit: true\`), so synth carries on:`
      : `**Does not fit.** Synth fails with:`,
    '',
    ...r.shortfalls.map((s) => `- ${s}`),
    '',
    'What it would take:',
    '',
  ];
  for (const p of Object.values(r.pools)) {
    if (p.nodesToAdd > 0) {
      lines.push(
        `- pool ${p.name}: ${p.nodesToAdd} more node(s) of ${fmt(p.nodeCpu)} vCPU / ${fmt(p.nodeMemoryGiB)} GiB ` +
          `(${p.nodes + p.nodesToAdd} in all), or ${[p.shortCpuCores > 0 ? `${fmt(p.shortCpuCores)} CPU` : '', p.shortMemoryGiB > 0 ? `${fmt(p.shortMemoryGiB)} GiB` : ''].filter(Boolean).join(' and ')} less requested on it.`,
      );
    }
  }
  const adds = Object.values(r.pools).filter((p) => p.nodesToAdd > 0);
  if (adds.length > 0) {
    const pools = Object.values(r.pools);
    const nodes = pools.reduce((n, p) => n + p.nodes + p.nodesToAdd, 0);
    const cpu = pools.reduce((n, p) => n + (p.nodes + p.nodesToAdd) * p.nodeCpu, 0);
    const mem = pools.reduce((n, p) => n + (p.nodes + p.nodesToAdd) * p.nodeMemoryGiB, 0);
    lines.push(
      `- in all: ${adds.reduce((n, p) => n + p.nodesToAdd, 0)} more node(s), a cluster of ${nodes} nodes with ${fmt(cpu)} vCPU and ${fmt(mem)} GiB ` +
        `(now ${pools.reduce((n, p) => n + p.nodes, 0)} nodes, ${fmt(r.totals.capacityCpuCores)} vCPU, ${fmt(r.totals.capacityMemoryGiB)} GiB).`,
    );
  }
  return lines;
}

function objectStoreLines(s: ObjectStoreCapacity): string[] {
  const lines = [
    `**${s.component} / ${s.name}**: ${s.servers} server(s) × ${s.drives / s.servers} drive(s) of ${tib(s.driveGiB)} = ${s.drives} drives, ` +
      `${s.erasureSets} erasure set(s) of ${s.erasureSetDrives} drives with ${s.parity} parity drive(s) each (EC:${s.parity}), storage class \`${s.storageClass}\`.`,
    '',
    table(
      ['Raw', 'Usable after erasure coding', 'Share usable', 'Drives that may fail per set'],
      [[tib(s.rawGiB), tib(s.usableGiB), pct(s.usableGiB, s.rawGiB), String(s.parity)]],
      [0, 1, 2, 3],
    ),
  ];
  const where = s.pools !== undefined ? `pool ${s.pools.join(', ')}` : `the ${s.pool} pool`;
  if (s.poolDiskGiB !== undefined && s.rawGiB > s.poolDiskGiB) {
    lines.push(
      '',
      `The drives total ${tib(s.rawGiB)} but the local disks of ${where} total ${tib(s.poolDiskGiB)}: with a node-local ` +
        'storage class the drives cannot all be provisioned. Add disks or nodes, or use fewer or smaller drives.',
    );
  }
  if (s.claimsPerNodeGiB !== undefined && s.smallestNodeDisk !== undefined) {
    lines.push(
      '',
      `Per node: up to ${s.serversPerNode} server(s) with ${tib(s.claimsPerNodeGiB)} of drives on a node of ${where} ` +
        `(smallest disk ${tib(s.smallestNodeDisk.diskGiB)}, pool ${s.smallestNodeDisk.pool}).`,
    );
  }
  if (s.servers === 1 && s.poolNodes !== undefined) {
    lines.push('', 'One server: its erasure sets survive failed drives, not the loss of its node; the store stops while that node is down.');
  } else if (s.poolNodes !== undefined && s.drivesPerSetOnOneNode !== undefined && s.drivesPerSetOnOneNode > s.parity) {
    lines.push(
      '',
      `The ${s.servers} servers run on ${s.poolNodes} node(s) of ${where}: one node holds up to ${s.drivesPerSetOnOneNode} drives of each ` +
        `${s.erasureSetDrives}-drive erasure set, more than its ${s.parity} parity drives, so losing that node stops the store until it returns. ` +
        (s.nodesToSurviveOneNode !== undefined ? `Surviving a node failure takes at least ${s.nodesToSurviveOneNode} nodes (or more parity).` : 'No node count makes it survive a node failure: change the parity or the drives per server.'),
    );
  } else if (s.poolNodes !== undefined && s.drivesPerSetOnOneNode !== undefined) {
    // MinIO's write quorum: the data drives of a set, one more when parity is exactly half the set.
    const writeQuorum = s.parity * 2 === s.erasureSetDrives ? s.parity + 1 : s.erasureSetDrives - s.parity;
    lines.push(
      '',
      `One node's loss takes up to ${s.drivesPerSetOnOneNode} drive(s) of each ${s.erasureSetDrives}-drive erasure set, within its ${s.parity} parity drives: the data stays readable` +
        (s.erasureSetDrives - s.drivesPerSetOnOneNode >= writeQuorum
          ? ' and writable.'
          : `; writes need ${writeQuorum} drives of a set (MinIO's write quorum at EC:${s.parity}), so they wait until the node is back.`),
    );
  }
  return lines;
}

export function renderCapacityMarkdown(r: CapacityReport): string {
  const out: string[] = [];
  out.push(`# Capacity plan: ${r.env}`, '');
  out.push(
    `Phase ${r.phase}, profile \`${r.profile}\`, headroom ${fmt(r.headroomPercent)}%, over-commit ${r.allowOvercommit ? 'accepted' : 'not accepted'}. ` +
      'Computed from the workloads and volumes each component declares (including what the upstream charts run with the values lakeplane sets). ' +
      'Written by `npm run synth`; `npm run report` prints it, `npm run report -- --json` gives the figures as JSON.',
    '',
  );
  out.push(...verdict(r), '');

  const t = r.totals;
  out.push('## Totals', '');
  out.push(
    table(
      ['', 'CPU (cores)', 'Memory (GiB)'],
      [
        ['Requests', fmt(t.cpuRequestCores), fmt(t.memoryRequestGiB)],
        ['Limits', fmt(t.cpuLimitCores), fmt(t.memoryLimitGiB)],
        ['Allocatable (pools that run platform pods, after headroom)', fmt(t.allocatableCpuCores), fmt(t.allocatableMemoryGiB)],
        ['Cluster capacity (all pools)', fmt(t.capacityCpuCores), fmt(t.capacityMemoryGiB)],
      ],
      [1, 2],
    ),
    '',
    `${t.pods} pods in ${Object.keys(r.components).length} components.`,
    '',
  );

  out.push('## Node pools', '');
  out.push(
    table(
      ['Pool', 'Role', 'Nodes', 'Node size', 'Allocatable CPU', 'Requested CPU', 'CPU used', 'Allocatable GiB', 'Requested GiB', 'Memory used', 'Unpooled share (CPU / GiB)'],
      Object.values(r.pools).map((p) => [
        p.name + (p.schedulable ? '' : ' (not for unpooled workloads)'),
        p.role,
        String(p.nodes),
        `${fmt(p.nodeCpu)} vCPU / ${fmt(p.nodeMemoryGiB)} GiB`,
        fmt(p.allocatableCpuCores),
        fmt(p.requestedCpuCores),
        pct(p.requestedCpuCores, p.allocatableCpuCores),
        fmt(p.allocatableMemoryGiB),
        fmt(p.requestedMemoryGiB),
        pct(p.requestedMemoryGiB, p.allocatableMemoryGiB),
        `${fmt(p.sharedCpuCores)} / ${fmt(p.sharedMemoryGiB)}`,
      ]),
      [2, 4, 5, 6, 7, 8, 9],
    ),
    '',
  );
  out.push('Per pool role:', '');
  out.push(
    table(
      ['Role', 'Pools', 'Allocatable CPU', 'Requested CPU', 'Allocatable GiB', 'Requested GiB'],
      Object.entries(r.roles).map(([role, x]) => [role, x.pools.join(', '), fmt(x.allocatableCpuCores), fmt(x.requestedCpuCores), fmt(x.allocatableMemoryGiB), fmt(x.requestedMemoryGiB)]),
      [2, 3, 4, 5],
    ),
    '',
  );

  out.push('## Components', '');
  const comps = Object.entries(r.components);
  out.push(
    table(
      ['Component', 'Pods', 'CPU request', 'CPU limit', 'Memory request (GiB)', 'Memory limit (GiB)'],
      [
        ...comps.map(([id, c]) => [id, String(c.pods), fmt(c.cpuRequestCores), fmt(c.cpuLimitCores), fmt(c.memoryRequestGiB), fmt(c.memoryLimitGiB)]),
        ['**total**', String(t.pods), fmt(t.cpuRequestCores), fmt(t.cpuLimitCores), fmt(t.memoryRequestGiB), fmt(t.memoryLimitGiB)],
      ],
      [1, 2, 3, 4, 5],
    ),
    '',
  );
  const silent = comps.filter(([, c]) => c.workloads.length === 0).map(([id]) => id);
  if (silent.length > 0) {
    out.push(`Declaring no workloads: ${silent.join(', ')}.`, '');
  }

  const workloads = comps.flatMap(([, c]) => c.workloads);
  if (workloads.length > 0) {
    out.push('### Workloads', '');
    out.push(
      table(
        ['Component', 'Workload', 'Pods', 'Per pod: CPU request / limit', 'Per pod: memory request / limit (GiB)', 'Runs on', 'CPU request', 'Memory request (GiB)'],
        workloads.map((w) => [
          w.component,
          w.name,
          `${w.pods}${w.perNode ? ' (one per node)' : ''}`,
          `${fmt(w.perPod.cpu)} / ${w.perPod.cpuLimit !== undefined ? fmt(w.perPod.cpuLimit) : 'none'}`,
          `${fmt(w.perPod.memoryGiB)} / ${fmt(w.perPod.memoryLimitGiB)}`,
          w.pool && w.pools.length > 0 && w.pools.every((name) => r.pools[name].role === w.pool) ? w.pools.join(', ') : `any: ${w.pools.join(', ')}`,
          fmt(w.cpuRequestCores),
          fmt(w.memoryRequestGiB),
        ]),
        [2, 6, 7],
      ),
      '',
    );
    const unlimited = workloads.filter((w) => w.cpuUnlimited).length;
    if (unlimited > 0) {
      out.push(`${unlimited} of ${workloads.length} workloads set no CPU limit (they may use idle CPU of their node); they count at their request in the CPU limit totals.`, '');
    }
  }

  out.push('## Storage', '', '### Object store', '');
  if (r.storage.objectStores.length === 0) {
    out.push('No component in this environment declares an object store geometry, so raw and usable capacity are not known here.', '');
  }
  for (const s of r.storage.objectStores) {
    out.push(...objectStoreLines(s), '');
  }
  const doc = objectStoreCapacity('architecture document', {
    name: 'datalake',
    servers: DOCUMENT_OBJECT_STORE.servers,
    drivesPerServer: DOCUMENT_OBJECT_STORE.drivesPerServer,
    driveGiB: DOCUMENT_OBJECT_STORE.driveGiB,
    parity: DOCUMENT_OBJECT_STORE.parity,
    storageClass: 'local-path',
  });
  out.push(
    `Note on the architecture document: it sizes the store at ${doc.drives} × ${fmt(doc.driveGiB / 1024)} TiB = ${fmt(doc.rawGiB / 1024)} TiB raw and states ` +
      `${DOCUMENT_OBJECT_STORE.statedUsableTiB} TiB usable with EC:${doc.parity}. With ${doc.parity} parity drives per ${doc.erasureSetDrives}-drive erasure set, ` +
      `${doc.erasureSetDrives - doc.parity} of every ${doc.erasureSetDrives} drives hold data: **${fmt(doc.usableGiB / 1024)} TiB usable**, not ${DOCUMENT_OBJECT_STORE.statedUsableTiB} ` +
      `(${DOCUMENT_OBJECT_STORE.statedUsableTiB} TiB would be EC:${doc.erasureSetDrives / 2}, half the drives).`,
    '',
  );

  out.push('### Persistent volumes per storage class', '');
  const classes = Object.entries(r.storage.storageClasses);
  if (classes.length === 0) {
    out.push('No component declares persistent volumes.', '');
  } else {
    out.push(table(['Storage class', 'Volumes', 'Total'], classes.map(([name, c]) => [`\`${name}\``, String(c.volumes), tib(c.totalGiB)]), [1, 2]), '');
    out.push(
      table(
        ['Component', 'Volume', 'Count', 'Size (GiB)', 'Storage class'],
        r.storage.volumes.map((v) => [v.component, v.name, String(v.count), fmt(v.sizeGiB), `\`${v.storageClass}\``]),
        [2, 3],
      ),
      '',
    );
  }

  out.push(
    '## How the figures are computed',
    '',
    '- Requests and limits are replicas × the per-pod size; a DaemonSet counts one pod per node of its pool, or per node of every pool (control plane included) when it has none.',
    `- Allocatable = nodes × vCPU (or GiB) per node, less the ${fmt(r.headroomPercent)}% headroom (\`capacity.headroomPercent\`) kept for system daemons, upgrades and failover.`,
    '- A workload with a pool role runs on the pools of that role; when the environment has none of that role it runs anywhere, like a workload without a pool.',
    '- Workloads without a pool spread over the schedulable pools: every pool except control-plane, unless control-plane is the only pool. They are split in proportion to the room each pool has left after its own workloads.',
    '- A container without a CPU limit counts at its request in the CPU limit totals; the memory limit is the request unless a component sets it apart.',
    '- No bin packing: a pool fits when its summed requests fit; a pod fits when it is no larger than one node of its pool.',
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
