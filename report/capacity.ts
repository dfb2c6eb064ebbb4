/**
 * The capacity plan: what every component will run (the footprints its charts declared),
 * summed per component and per node pool, against the environment's node pools less the
 * configured headroom; PVC totals per storage class; the object store's raw and usable
 * capacity after erasure coding. Pure computation over the build, nothing is rendered.
 *
 * Placement rules (what the scheduler will do, approximated without bin packing):
 * - A workload with a pool role runs on the pools of that role. When the environment has no
 *   pool of that role, the workload has no node affinity (see podSpec) and is treated as
 *   having no pool.
 * - The schedulable pools are every pool except the control-plane pool, unless the
 *   control-plane pool is the only one. Workloads without a pool spread over them.
 * - Requests that can go to several pools are split in proportion to the room each pool has
 *   left after what is already placed on it (CPU and memory separately); what does not fit
 *   anywhere is split in proportion to allocatable capacity, so every pool shows its share
 *   of the shortfall.
 * - A DaemonSet (perNode) runs one pod on every node of its pool role, or on every node of
 *   every pool, control plane included, when it has none (node agents for metrics and logs run
 *   everywhere; counting them there errs on the safe side).
 * - A container without a CPU limit is counted at its request in the limit totals.
 * - Object-store servers spread evenly over the nodes of their pools (MinIO's pool has a
 *   topology spread of maxSkew 1 over host names), so the busiest node holds
 *   ceil(servers / nodes) servers with all their drives, on its own disk.
 *
 * Over-commit (`capacity.allowOvercommit`) accepts CPU and memory requested above a pool's
 * capacity. It never accepts what cannot run at all, which fails the synth regardless: a pod
 * larger than every node it may run on, object-store drives beyond the disk of the node they
 * land on, and an erasure set that one node's loss stops.
 */
import type { NodePool, NodeRole, PlatformConfig, Profile } from '../config/schema';
import type { ObjectStoreGeometry, VolumeFootprint, WorkloadFootprint } from '../constructs/platform-chart';

/** What one component declared, from all its charts. */
export interface ComponentFootprint {
  readonly component: string;
  readonly workloads: readonly WorkloadFootprint[];
  readonly volumes: readonly VolumeFootprint[];
  readonly objectStores: readonly ObjectStoreGeometry[];
}

/** The four figures summed everywhere. */
export interface ResourceTotals {
  readonly cpuRequestCores: number;
  readonly memoryRequestGiB: number;
  readonly cpuLimitCores: number;
  readonly memoryLimitGiB: number;
}

export interface WorkloadLine extends ResourceTotals {
  readonly component: string;
  readonly name: string;
  /** Pods that will run (replicas, or nodes for a DaemonSet). */
  readonly pods: number;
  readonly perNode: boolean;
  readonly perPod: { readonly cpu: number; readonly memoryGiB: number; readonly cpuLimit?: number; readonly memoryLimitGiB: number };
  /** Pool role asked for, if any. */
  readonly pool?: NodeRole;
  /** Names of the pools the pods may land on. */
  readonly pools: readonly string[];
  /** True when the pod has no CPU limit (counted at its request in cpuLimitCores). */
  readonly cpuUnlimited: boolean;
}

export interface ComponentLine extends ResourceTotals {
  readonly pods: number;
  readonly workloads: readonly WorkloadLine[];
}

export interface PoolLine {
  readonly name: string;
  readonly role: NodeRole;
  readonly nodes: number;
  readonly nodeCpu: number;
  readonly nodeMemoryGiB: number;
  /** Whether platform workloads without a pool may land here. */
  readonly schedulable: boolean;
  readonly capacityCpuCores: number;
  readonly capacityMemoryGiB: number;
  /** Capacity less the headroom. */
  readonly allocatableCpuCores: number;
  readonly allocatableMemoryGiB: number;
  readonly requestedCpuCores: number;
  readonly requestedMemoryGiB: number;
  /** Part of the request placed here by workloads without a pool. */
  readonly sharedCpuCores: number;
  readonly sharedMemoryGiB: number;
  /** Requested above allocatable (0 when it fits). */
  readonly shortCpuCores: number;
  readonly shortMemoryGiB: number;
  /** Nodes of this pool's size to add so that it fits (0 when it fits). */
  readonly nodesToAdd: number;
}

export interface ObjectStoreCapacity {
  readonly component: string;
  readonly name: string;
  readonly servers: number;
  readonly drives: number;
  readonly driveGiB: number;
  readonly erasureSetDrives: number;
  readonly erasureSets: number;
  readonly parity: number;
  readonly rawGiB: number;
  readonly usableGiB: number;
  readonly storageClass: string;
  readonly pool?: NodeRole;
  /** Local disk of the pools the servers run on, when a pool is given and exists. */
  readonly poolDiskGiB?: number;
  /** Nodes of those pools. */
  readonly poolNodes?: number;
  /** Drives of one erasure set on the busiest node (servers spread evenly): what one node failure takes. */
  readonly drivesPerSetOnOneNode?: number;
  /** Fewest nodes over which one node failure costs no more drives per set than the parity (undefined when no node count does). */
  readonly nodesToSurviveOneNode?: number;
  /** Servers on the busiest node: ceil(servers / nodes). */
  readonly serversPerNode?: number;
  /** Drive capacity claimed on the busiest node. */
  readonly claimsPerNodeGiB?: number;
  /** The smallest node disk among the pools the servers may land on, and its pool. */
  readonly smallestNodeDisk?: { readonly pool: string; readonly diskGiB: number };
  /** Names of the pools the servers may land on. */
  readonly pools?: readonly string[];
}

export interface StorageClassLine {
  readonly volumes: number;
  readonly totalGiB: number;
}

export interface CapacityReport {
  readonly env: string;
  readonly phase: number;
  readonly profile: Profile;
  readonly headroomPercent: number;
  readonly allowOvercommit: boolean;
  readonly totals: ResourceTotals & {
    readonly pods: number;
    readonly capacityCpuCores: number;
    readonly capacityMemoryGiB: number;
    /** Allocatable capacity of the pools that run platform pods: the schedulable ones and any other with requests. */
    readonly allocatableCpuCores: number;
    readonly allocatableMemoryGiB: number;
  };
  readonly components: Readonly<Record<string, ComponentLine>>;
  readonly pools: Readonly<Record<string, PoolLine>>;
  readonly roles: Readonly<Record<string, { readonly pools: readonly string[]; readonly allocatableCpuCores: number; readonly allocatableMemoryGiB: number; readonly requestedCpuCores: number; readonly requestedMemoryGiB: number }>>;
  readonly storage: {
    readonly objectStores: readonly ObjectStoreCapacity[];
    readonly storageClasses: Readonly<Record<string, StorageClassLine>>;
    readonly volumes: ReadonlyArray<VolumeFootprint & { readonly component: string; readonly totalGiB: number }>;
  };
  /** Pools short of CPU or memory: the synth fails unless over-commit is accepted; empty when it fits. */
  readonly shortfalls: readonly string[];
  /** What cannot run on these nodes at all: the synth fails even with over-commit accepted. */
  readonly impossible: readonly string[];
}

/** Numbers as the report prints them: at most `decimals` decimals, no trailing zeros. */
export function fmt(n: number, decimals = 3): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(n * scale) / scale;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

const EPSILON = 1e-9;

/** Pools platform workloads without a pool land on: all but control-plane, unless that is all there is. */
export function schedulablePools(pools: readonly NodePool[]): NodePool[] {
  const workers = pools.filter((p) => p.role !== 'control-plane');
  return workers.length > 0 ? workers : [...pools];
}

/**
 * MinIO's default erasure set size: the largest size from 2 to 16 that divides the drive
 * count and is a multiple or a divisor of the server count.
 */
export function defaultErasureSetDrives(servers: number, drives: number): number {
  for (let size = 16; size >= 2; size--) {
    if (drives % size === 0 && (size % servers === 0 || servers % size === 0)) {
      return size;
    }
  }
  return drives;
}

/** Raw and usable capacity of an erasure-coded store; throws on a geometry MinIO refuses. */
export function objectStoreCapacity(component: string, geometry: ObjectStoreGeometry, pools: readonly NodePool[] = []): ObjectStoreCapacity {
  const where = `${component}: object store ${geometry.name}`;
  for (const key of ['servers', 'drivesPerServer'] as const) {
    if (!Number.isInteger(geometry[key]) || geometry[key] < 1) {
      throw new Error(`${where}: ${key} must be an integer >= 1 (got ${geometry[key]})`);
    }
  }
  if (!(geometry.driveGiB > 0)) {
    throw new Error(`${where}: driveGiB must be > 0 (got ${geometry.driveGiB})`);
  }
  const drives = geometry.servers * geometry.drivesPerServer;
  const setDrives = geometry.erasureSetDrives ?? defaultErasureSetDrives(geometry.servers, drives);
  if (!Number.isInteger(setDrives) || setDrives < 1 || drives % setDrives !== 0) {
    throw new Error(`${where}: erasureSetDrives must divide the ${drives} drives (got ${setDrives})`);
  }
  if (!Number.isInteger(geometry.parity) || geometry.parity < 0 || geometry.parity > setDrives / 2) {
    throw new Error(`${where}: parity must be an integer from 0 to ${setDrives / 2} (half the ${setDrives}-drive erasure set) (got ${geometry.parity})`);
  }
  const sets = drives / setDrives;
  // Where the servers land: their role's pools, or (without one) the pools unpooled workloads use.
  const rolePools = geometry.pool ? pools.filter((p) => p.role === geometry.pool) : [];
  const onPools = (rolePools.length > 0 ? rolePools : schedulablePools(pools)).filter((p) => p.count > 0);
  const poolNodes = onPools.reduce((n, p) => n + p.count, 0);
  // Servers spread evenly; a set spans the servers evenly, so a node with k servers holds k/servers of each set.
  const lostOnOneNode = (nodes: number): number => Math.ceil((setDrives * Math.ceil(geometry.servers / nodes)) / geometry.servers);
  let nodesToSurvive: number | undefined;
  for (let n = 1; n <= geometry.servers; n++) {
    if (lostOnOneNode(n) <= geometry.parity) {
      nodesToSurvive = n;
      break;
    }
  }
  const serversPerNode = poolNodes > 0 ? Math.ceil(geometry.servers / poolNodes) : 0;
  const smallest = onPools.reduce<NodePool | undefined>((a, p) => (a === undefined || p.diskGiB < a.diskGiB ? p : a), undefined);
  return {
    component,
    name: geometry.name,
    servers: geometry.servers,
    drives,
    driveGiB: geometry.driveGiB,
    erasureSetDrives: setDrives,
    erasureSets: sets,
    parity: geometry.parity,
    rawGiB: drives * geometry.driveGiB,
    usableGiB: sets * (setDrives - geometry.parity) * geometry.driveGiB,
    storageClass: geometry.storageClass,
    ...(geometry.pool ? { pool: geometry.pool } : {}),
    ...(onPools.length > 0
      ? {
          poolDiskGiB: onPools.reduce((n, p) => n + p.count * p.diskGiB, 0),
          poolNodes,
          drivesPerSetOnOneNode: lostOnOneNode(poolNodes),
          ...(nodesToSurvive !== undefined ? { nodesToSurviveOneNode: nodesToSurvive } : {}),
          serversPerNode,
          claimsPerNodeGiB: serversPerNode * geometry.drivesPerServer * geometry.driveGiB,
          smallestNodeDisk: { pool: smallest!.name, diskGiB: smallest!.diskGiB },
          pools: onPools.map((p) => p.name),
        }
      : {}),
  };
}

/**
 * What makes an object-store layout impossible on its nodes, with the numbers and the fix:
 * drives beyond one node's disk (the drives of a server live on the node it runs on), and an
 * erasure set that one node's loss stops (MinIO keeps a set of N drives with parity P going
 * while at most P of its drives are lost). A single server is exempt from the second: it makes
 * no claim to survive its node (the small profile's one replica of everything).
 */
export function objectStoreImpossibilities(env: string, s: ObjectStoreCapacity): string[] {
  if (s.poolNodes === undefined || s.serversPerNode === undefined || s.claimsPerNodeGiB === undefined || s.smallestNodeDisk === undefined) {
    return [];
  }
  const where = `${env}: object store ${s.component}/${s.name}`;
  const drivesPerServer = s.drives / s.servers;
  const pools = `${s.poolNodes} node(s) of pool ${s.pools!.join(', ')}`;
  const problems: string[] = [];
  if (s.claimsPerNodeGiB > s.smallestNodeDisk.diskGiB + EPSILON) {
    const maxDriveGiB = Math.floor(s.smallestNodeDisk.diskGiB / (s.serversPerNode * drivesPerServer));
    problems.push(
      `${where} puts ${fmt(s.claimsPerNodeGiB)} GiB of drives on one node (${s.serversPerNode} server(s) × ${drivesPerServer} drive(s) × ${fmt(s.driveGiB)} GiB, ` +
        `${s.servers} server(s) spread over ${pools}) but a node of pool ${s.smallestNodeDisk.pool} has ${fmt(s.smallestNodeDisk.diskGiB)} GiB of disk: ` +
        `use drives of at most ${maxDriveGiB} GiB, fewer drives or servers, or more nodes`,
    );
  }
  const lost = s.drivesPerSetOnOneNode!;
  if (s.servers > 1 && lost > s.parity) {
    const fixes = [
      ...(s.nodesToSurviveOneNode !== undefined && s.nodesToSurviveOneNode > s.poolNodes ? [`run the servers on at least ${s.nodesToSurviveOneNode} nodes`] : []),
      ...(lost <= s.erasureSetDrives / 2 ? [`raise parity to EC:${lost}`] : []),
      `one server per node, each with at most ${s.parity} drive(s) of an erasure set`,
    ];
    problems.push(
      `${where} stops when one node fails: ${s.servers} servers on ${pools} put up to ${lost} drives of each ${s.erasureSetDrives}-drive erasure set on one node, ` +
        `more than its ${s.parity} parity drive(s) (an erasure set survives the loss of at most its parity drives): ${fixes.join(', or ')}`,
    );
  }
  return problems;
}

interface Load {
  cpu: number;
  mem: number;
  sharedCpu: number;
  sharedMem: number;
}

/**
 * Adds `amount` to the pools, split in proportion to the room each has left; the part that
 * fits nowhere is split in proportion to allocatable capacity.
 */
function spread(amount: number, pools: readonly NodePool[], allocatable: (p: NodePool) => number, used: (p: NodePool) => number): Map<string, number> {
  const shares = new Map<string, number>();
  if (pools.length === 0 || amount <= 0) {
    return shares;
  }
  const room = pools.map((p) => Math.max(0, allocatable(p) - used(p)));
  const totalRoom = room.reduce((a, b) => a + b, 0);
  const totalAlloc = pools.reduce((n, p) => n + allocatable(p), 0);
  pools.forEach((p, i) => {
    let share: number;
    if (amount <= totalRoom + EPSILON) {
      share = totalRoom > 0 ? (amount * room[i]) / totalRoom : 0;
    } else {
      const overflow = amount - totalRoom;
      share = room[i] + (totalAlloc > 0 ? (overflow * allocatable(p)) / totalAlloc : overflow / pools.length);
    }
    shares.set(p.name, share);
  });
  return shares;
}

function zero(): ResourceTotals {
  return { cpuRequestCores: 0, memoryRequestGiB: 0, cpuLimitCores: 0, memoryLimitGiB: 0 };
}

function add(a: ResourceTotals, b: ResourceTotals): ResourceTotals {
  return {
    cpuRequestCores: a.cpuRequestCores + b.cpuRequestCores,
    memoryRequestGiB: a.memoryRequestGiB + b.memoryRequestGiB,
    cpuLimitCores: a.cpuLimitCores + b.cpuLimitCores,
    memoryLimitGiB: a.memoryLimitGiB + b.memoryLimitGiB,
  };
}

/** The capacity plan of one environment from its components' declared footprints. */
export function capacityReport(config: PlatformConfig, footprints: readonly ComponentFootprint[]): CapacityReport {
  const headroom = config.capacity.headroomPercent;
  const keep = 1 - headroom / 100;
  // Pools a later phase brings are not there yet.
  const pools = config.nodePools.filter((pool) => (pool.fromPhase ?? 1) <= config.phase);
  const schedulable = schedulablePools(pools);
  const allocCpu = (p: NodePool): number => p.count * p.cpu * keep;
  const allocMem = (p: NodePool): number => p.count * p.memoryGiB * keep;
  const poolsOfRole = (role: NodeRole | undefined): NodePool[] => (role ? pools.filter((p) => p.role === role) : []);

  const loads = new Map<string, Load>(pools.map((p) => [p.name, { cpu: 0, mem: 0, sharedCpu: 0, sharedMem: 0 }]));
  const components: Record<string, ComponentLine> = {};
  const impossible: string[] = [];
  const poolShortfalls: string[] = [];
  const pinned = new Map<NodeRole, { cpu: number; mem: number }>();
  let shared = { cpu: 0, mem: 0 };

  for (const fp of footprints) {
    const lines: WorkloadLine[] = [];
    for (const w of fp.workloads) {
      const rolePools = poolsOfRole(w.pool);
      const targets = rolePools.length > 0 ? rolePools : w.perNode ? [...pools] : schedulable;
      const pods = w.perNode ? targets.reduce((n, p) => n + p.count, 0) : w.replicas;
      if (!Number.isInteger(pods) || pods < 0) {
        throw new Error(`${fp.component}: workload ${w.name}: replicas must be an integer >= 0 (got ${w.replicas})`);
      }
      const memoryLimitGiB = w.size.memoryLimitGiB ?? w.size.memoryGiB;
      const line: WorkloadLine = {
        component: fp.component,
        name: w.name,
        pods,
        perNode: w.perNode === true,
        perPod: { cpu: w.size.cpu, memoryGiB: w.size.memoryGiB, ...(w.size.cpuLimit !== undefined ? { cpuLimit: w.size.cpuLimit } : {}), memoryLimitGiB },
        ...(w.pool ? { pool: w.pool } : {}),
        pools: targets.map((p) => p.name),
        cpuUnlimited: w.size.cpuLimit === undefined,
        cpuRequestCores: pods * w.size.cpu,
        memoryRequestGiB: pods * w.size.memoryGiB,
        cpuLimitCores: pods * (w.size.cpuLimit ?? w.size.cpu),
        memoryLimitGiB: pods * memoryLimitGiB,
      };
      lines.push(line);

      if (w.perNode) {
        for (const p of targets) {
          const load = loads.get(p.name)!;
          load.cpu += p.count * w.size.cpu;
          load.mem += p.count * w.size.memoryGiB;
        }
      } else if (rolePools.length > 0) {
        const sum = pinned.get(w.pool!) ?? { cpu: 0, mem: 0 };
        pinned.set(w.pool!, { cpu: sum.cpu + line.cpuRequestCores, mem: sum.mem + line.memoryRequestGiB });
      } else {
        shared = { cpu: shared.cpu + line.cpuRequestCores, mem: shared.mem + line.memoryRequestGiB };
      }

      // A pod larger than every node it may run on never schedules, whatever the pool totals say
      // (a DaemonSet's pod must fit on every node of its pools).
      if (pods > 0 && targets.length > 0) {
        const fitsOn = (p: NodePool): boolean => w.size.cpu <= p.cpu * keep + EPSILON && w.size.memoryGiB <= p.memoryGiB * keep + EPSILON;
        const tooSmall = w.perNode ? targets.find((p) => !fitsOn(p)) : targets.some(fitsOn) ? undefined : targets.reduce((a, b) => (b.cpu * b.memoryGiB > a.cpu * a.memoryGiB ? b : a));
        if (tooSmall) {
          impossible.push(
            `${config.name}: workload ${fp.component}/${w.name} needs ${fmt(w.size.cpu)} CPU and ${fmt(w.size.memoryGiB)} GiB per pod ` +
              `but ${w.perNode ? 'a node it runs on' : 'the largest node it may run on'} (pool ${tooSmall.name}) has ${fmt(tooSmall.cpu * keep)} CPU and ${fmt(tooSmall.memoryGiB * keep)} GiB ` +
              `after ${fmt(headroom)}% headroom: use bigger nodes or a smaller per-pod size`,
          );
        }
      }
    }
    const previous = components[fp.component];
    const all = [...(previous?.workloads ?? []), ...lines];
    components[fp.component] = {
      ...all.reduce<ResourceTotals>((t, l) => add(t, l), zero()),
      pods: all.reduce((n, l) => n + l.pods, 0),
      workloads: all,
    };
  }

  // Pinned workloads first (per role), then the rest over the schedulable pools.
  for (const [role, demand] of pinned) {
    const targets = poolsOfRole(role);
    const cpu = spread(demand.cpu, targets, allocCpu, (p) => loads.get(p.name)!.cpu);
    const mem = spread(demand.mem, targets, allocMem, (p) => loads.get(p.name)!.mem);
    for (const p of targets) {
      loads.get(p.name)!.cpu += cpu.get(p.name) ?? 0;
      loads.get(p.name)!.mem += mem.get(p.name) ?? 0;
    }
  }
  const sharedCpu = spread(shared.cpu, schedulable, allocCpu, (p) => loads.get(p.name)!.cpu);
  const sharedMem = spread(shared.mem, schedulable, allocMem, (p) => loads.get(p.name)!.mem);
  for (const p of schedulable) {
    const load = loads.get(p.name)!;
    load.sharedCpu = sharedCpu.get(p.name) ?? 0;
    load.sharedMem = sharedMem.get(p.name) ?? 0;
    load.cpu += load.sharedCpu;
    load.mem += load.sharedMem;
  }

  const poolLines: Record<string, PoolLine> = {};
  for (const p of pools) {
    const load = loads.get(p.name)!;
    const allocatableCpuCores = allocCpu(p);
    const allocatableMemoryGiB = allocMem(p);
    const shortCpuCores = load.cpu > allocatableCpuCores + EPSILON ? load.cpu - allocatableCpuCores : 0;
    const shortMemoryGiB = load.mem > allocatableMemoryGiB + EPSILON ? load.mem - allocatableMemoryGiB : 0;
    const nodesToAdd = Math.max(
      shortCpuCores > 0 ? Math.ceil(shortCpuCores / (p.cpu * keep) - EPSILON) : 0,
      shortMemoryGiB > 0 ? Math.ceil(shortMemoryGiB / (p.memoryGiB * keep) - EPSILON) : 0,
    );
    poolLines[p.name] = {
      name: p.name,
      role: p.role,
      nodes: p.count,
      nodeCpu: p.cpu,
      nodeMemoryGiB: p.memoryGiB,
      schedulable: schedulable.includes(p),
      capacityCpuCores: p.count * p.cpu,
      capacityMemoryGiB: p.count * p.memoryGiB,
      allocatableCpuCores,
      allocatableMemoryGiB,
      requestedCpuCores: load.cpu,
      requestedMemoryGiB: load.mem,
      sharedCpuCores: load.sharedCpu,
      sharedMemoryGiB: load.sharedMem,
      shortCpuCores,
      shortMemoryGiB,
      nodesToAdd,
    };
    if (shortCpuCores > 0 || shortMemoryGiB > 0) {
      const short = [shortCpuCores > 0 ? `${fmt(shortCpuCores)} CPU` : '', shortMemoryGiB > 0 ? `${fmt(shortMemoryGiB)} GiB` : ''].filter(Boolean).join(' and ');
      poolShortfalls.push(
        `${config.name}: pool ${p.name} needs ${fmt(load.cpu)} CPU and ${fmt(load.mem)} GiB but has ${fmt(allocatableCpuCores)} CPU and ` +
          `${fmt(allocatableMemoryGiB)} GiB allocatable after ${fmt(headroom)}% headroom: short by ${short}`,
      );
    }
  }
  const roles: Record<string, CapacityReport['roles'][string]> = {};
  for (const p of Object.values(poolLines)) {
    const r = roles[p.role] ?? { pools: [], allocatableCpuCores: 0, allocatableMemoryGiB: 0, requestedCpuCores: 0, requestedMemoryGiB: 0 };
    roles[p.role] = {
      pools: [...r.pools, p.name],
      allocatableCpuCores: r.allocatableCpuCores + p.allocatableCpuCores,
      allocatableMemoryGiB: r.allocatableMemoryGiB + p.allocatableMemoryGiB,
      requestedCpuCores: r.requestedCpuCores + p.requestedCpuCores,
      requestedMemoryGiB: r.requestedMemoryGiB + p.requestedMemoryGiB,
    };
  }

  const usedPools = Object.values(poolLines).filter((p) => p.schedulable || p.requestedCpuCores > 0 || p.requestedMemoryGiB > 0);
  const componentList = Object.values(components);
  const totals = {
    ...componentList.reduce<ResourceTotals>((t, c) => add(t, c), zero()),
    pods: componentList.reduce((n, c) => n + c.pods, 0),
    capacityCpuCores: pools.reduce((n, p) => n + p.count * p.cpu, 0),
    capacityMemoryGiB: pools.reduce((n, p) => n + p.count * p.memoryGiB, 0),
    allocatableCpuCores: usedPools.reduce((n, p) => n + p.allocatableCpuCores, 0),
    allocatableMemoryGiB: usedPools.reduce((n, p) => n + p.allocatableMemoryGiB, 0),
  };

  const volumes = footprints.flatMap((fp) => fp.volumes.map((v) => ({ ...v, component: fp.component, totalGiB: v.count * v.sizeGiB })));
  const storageClasses: Record<string, StorageClassLine> = {};
  for (const v of [...volumes].sort((a, b) => a.storageClass.localeCompare(b.storageClass))) {
    const s = storageClasses[v.storageClass] ?? { volumes: 0, totalGiB: 0 };
    storageClasses[v.storageClass] = { volumes: s.volumes + v.count, totalGiB: s.totalGiB + v.totalGiB };
  }
  const objectStores = footprints.flatMap((fp) => fp.objectStores.map((g) => objectStoreCapacity(fp.component, g, pools)));
  impossible.push(...objectStores.flatMap((s) => objectStoreImpossibilities(config.name, s)));

  return {
    env: config.name,
    phase: config.phase,
    profile: config.profile,
    headroomPercent: headroom,
    allowOvercommit: config.capacity.allowOvercommit,
    totals,
    components,
    pools: poolLines,
    roles,
    storage: { objectStores, storageClasses, volumes },
    shortfalls: poolShortfalls,
    impossible,
  };
}
