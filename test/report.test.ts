/**
 * The capacity plan and the platform map: sums for a fixture platform checked against numbers
 * worked out by hand, the over-capacity failure, the map's contents and the JSON shape.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { COMPONENTS, ComponentSpec, Layer } from '../charts/registry';
import { parseConfig } from '../config/load';
import { PlatformConfigInput, Phase } from '../config/schema';
import { ObjectStoreGeometry, PlatformChart, VolumeFootprint, WorkloadFootprint } from '../constructs/platform-chart';
import { PlatformDeployment, container, httpProbe } from '../constructs/workload';
import { buildEnvironment } from '../lib/build';
import { synthConfig, loadEnvironment } from '../lib/synth';
import {
  MAP_FILE,
  REPORT_FILE,
  checkCapacity,
  defaultErasureSetDrives,
  environmentDocs,
  environmentReport,
  objectStoreCapacity,
  renderCapacityMarkdown,
  reportJson,
} from '../report';
import { CHARTS, ChartName, IMAGES, ImageName } from '../versions';
import { ENVIRONMENTS } from '../config';
import { npmCommand } from './util';

const ROOT = path.join(__dirname, '..');

interface FixtureProps {
  readonly phase?: Phase;
  readonly layer: Layer;
  readonly dependsOn?: readonly ComponentSpec['id'][];
  readonly optionalDeps?: readonly ComponentSpec['id'][];
  readonly ui?: string;
  readonly charts?: readonly ChartName[];
  readonly images?: readonly ImageName[];
  readonly enabledByDefault?: boolean;
  readonly workloads?: readonly WorkloadFootprint[];
  readonly volumes?: readonly VolumeFootprint[];
  readonly objectStore?: ObjectStoreGeometry;
  /** A Deployment made through PlatformDeployment (its footprint comes from the containers). */
  readonly deployment?: { readonly name: string; readonly replicas: number; readonly cpu: number; readonly memoryGiB: number; readonly cpuLimit?: number };
}

/** A component that only declares what it runs. */
function fixture(id: ComponentSpec['id'], props: FixtureProps): ComponentSpec {
  const phase = props.phase ?? 1;
  return {
    id,
    phase,
    layer: props.layer,
    description: id === 'traefik' ? 'Routes https://<ui>.<domain> | redirects' : `fixture ${id}`,
    dependsOn: () => props.dependsOn ?? [],
    optionalDeps: () => props.optionalDeps ?? [],
    enabledByDefault: () => props.enabledByDefault ?? true,
    ui: props.ui,
    charts: props.charts,
    images: props.images,
    build: (ctx) => {
      const chart = new PlatformChart(ctx.scope, { component: id, common: ctx.common, phase, namespace: id });
      props.workloads?.forEach((w) => chart.declareWorkload(w));
      props.volumes?.forEach((v) => chart.declareVolumes(v));
      if (props.objectStore) {
        chart.declareObjectStore(props.objectStore);
      }
      if (props.deployment) {
        const d = props.deployment;
        new PlatformDeployment(chart, d.name, {
          name: d.name,
          namespace: id,
          replicas: d.replicas,
          containers: [
            container({
              name: d.name,
              image: 'docker.io/library/busybox:1.37.0',
              size: { cpu: d.cpu, memoryGiB: d.memoryGiB, cpuLimit: d.cpuLimit },
              probes: { readiness: httpProbe('/ready', 8080), liveness: httpProbe('/live', 8080) },
            }),
          ],
        });
      }
      return { charts: [chart], handle: {} as never };
    },
  } as ComponentSpec;
}

function fixtureConfig(overrides: Partial<PlatformConfigInput> = {}) {
  return parseConfig(
    {
      ...ENVIRONMENTS.prod,
      name: 'fixture',
      phase: 1,
      domain: 'test.example.com',
      nodePools: [
        { name: 'cp', role: 'control-plane', count: 1, cpu: 4, memoryGiB: 16, diskGiB: 100 },
        { name: 'disks', role: 'storage', count: 2, cpu: 8, memoryGiB: 32, diskGiB: 500 },
        { name: 'workers', role: 'compute', count: 2, cpu: 16, memoryGiB: 64, diskGiB: 500 },
      ],
      capacity: { headroomPercent: 25 },
      ...overrides,
    },
    'fixture',
  );
}

const REGISTRY: readonly ComponentSpec[] = [
  fixture('traefik', {
    layer: 'infrastructure',
    charts: ['traefik'],
    // 2 x (1.2 CPU, 4.5 GiB, CPU limit 2), no pool: spread over the schedulable pools.
    deployment: { name: 'proxy', replicas: 2, cpu: 1.2, memoryGiB: 4.5, cpuLimit: 2 },
    // No pool: one pod on each of the 5 nodes, control plane included.
    workloads: [{ name: 'agent', replicas: 1, perNode: true, size: { cpu: 0.5, memoryGiB: 1 } }],
  }),
  fixture('minio', {
    layer: 'storage',
    images: ['minio'],
    workloads: [{ name: 'store', replicas: 4, pool: 'storage', size: { cpu: 1.75, memoryGiB: 7, cpuLimit: 2, memoryLimitGiB: 8 } }],
    volumes: [{ name: 'drives', count: 16, sizeGiB: 100, storageClass: 'local-path' }],
    objectStore: { name: 'lake', servers: 4, drivesPerServer: 4, driveGiB: 100, parity: 4, pool: 'storage', storageClass: 'local-path' },
  }),
  fixture('keycloak', {
    layer: 'security',
    ui: 'sso',
    charts: ['keycloakx'],
    dependsOn: ['traefik'],
    optionalDeps: ['minio', 'sealed-secrets'],
    workloads: [{ name: 'server', replicas: 2, pool: 'compute', size: { cpu: 1.5, memoryGiB: 11 } }],
    volumes: [{ name: 'db', count: 2, sizeGiB: 20, storageClass: 'longhorn' }],
  }),
  // Off: a later phase, and off by default.
  fixture('cert-manager', { phase: 2, layer: 'security', ui: 'certs', workloads: [{ name: 'controller', replicas: 1, size: { cpu: 100, memoryGiB: 100 } }] }),
  fixture('sealed-secrets', { layer: 'security', enabledByDefault: false, workloads: [{ name: 'controller', replicas: 1, size: { cpu: 100, memoryGiB: 100 } }] }),
];

describe('capacity sums for a fixture platform (hand-computed)', () => {
  // Pools after 25% headroom: cp 3 CPU / 12 GiB (not schedulable), disks 12 / 48, workers 24 / 96.
  // DaemonSet agent: 1 pod on cp (0.5 CPU, 1 GiB), 2 on disks (1 CPU, 2 GiB), 2 on workers (1 CPU, 2 GiB).
  // Pinned: minio 4 x 1.75/7 = 7/28 on disks -> 8/30; keycloak 2 x 1.5/11 = 3/22 on workers -> 4/24.
  // Room left: CPU disks 4, workers 20 (1:5); memory disks 18, workers 72 (1:4).
  // Unpooled proxy 2 x 1.2/4.5 = 2.4/9: CPU 0.4 + 2, memory 1.8 + 7.2.
  const build = buildEnvironment(fixtureConfig(), { registry: REGISTRY });
  const report = environmentReport(build);

  test('totals', () => {
    // Requests: minio 7/28, keycloak 3/22, traefik 2.4/9 + 5 x 0.5/1 = 4.9/14.
    // Limits: minio 4 x 2/8 = 8/32, keycloak (no CPU limit) 3/22, traefik 2 x 2/4.5 + 5 x 0.5/1 = 6.5/14.
    expect(report.totals.cpuRequestCores).toBeCloseTo(14.9, 9);
    expect(report.totals.memoryRequestGiB).toBeCloseTo(64, 9);
    expect(report.totals.cpuLimitCores).toBeCloseTo(17.5, 9);
    expect(report.totals.memoryLimitGiB).toBeCloseTo(68, 9);
    expect(report.totals.pods).toBe(13);
    // The schedulable pools plus cp, which runs the agent: 3 + 12 + 24 CPU, 12 + 48 + 96 GiB.
    expect(report.totals.allocatableCpuCores).toBeCloseTo(39, 9);
    expect(report.totals.allocatableMemoryGiB).toBeCloseTo(156, 9);
    expect(report.totals.capacityCpuCores).toBe(52);
    expect(report.totals.capacityMemoryGiB).toBe(208);
  });

  test('per component, with the disabled ones left out', () => {
    const figures = Object.fromEntries(
      Object.entries(report.components).map(([id, c]) => [id, [c.cpuRequestCores, c.memoryRequestGiB, c.cpuLimitCores, c.memoryLimitGiB, c.pods].map((n) => Math.round(n * 1000) / 1000)]),
    );
    expect(figures).toEqual({
      traefik: [4.9, 14, 6.5, 14, 7],
      minio: [7, 28, 8, 32, 4],
      keycloak: [3, 22, 3, 22, 2],
    });
  });

  test('per pool: allocatable after headroom, pinned, DaemonSet and unpooled shares', () => {
    const pools = Object.fromEntries(
      Object.entries(report.pools).map(([name, p]) => [
        name,
        [p.allocatableCpuCores, p.allocatableMemoryGiB, p.requestedCpuCores, p.requestedMemoryGiB, p.sharedCpuCores, p.sharedMemoryGiB].map((n) => Math.round(n * 1000) / 1000),
      ]),
    );
    expect(pools).toEqual({
      cp: [3, 12, 0.5, 1, 0, 0],
      disks: [12, 48, 8.4, 31.8, 0.4, 1.8],
      workers: [24, 96, 6, 31.2, 2, 7.2],
    });
    expect(report.pools.cp.schedulable).toBe(false);
    expect(report.roles.storage.pools).toEqual(['disks']);
    expect(report.shortfalls).toEqual([]);
  });

  test('a DaemonSet without a pool runs on every node', () => {
    const agent = report.components.traefik.workloads.find((w) => w.name === 'agent')!;
    expect(agent.pods).toBe(5);
    expect(agent.pools).toEqual(['cp', 'disks', 'workers']);
  });

  test('PlatformDeployment footprints carry their limits', () => {
    const proxy = report.components.traefik.workloads.find((w) => w.name === 'proxy')!;
    expect(proxy.perPod).toEqual({ cpu: 1.2, memoryGiB: 4.5, cpuLimit: 2, memoryLimitGiB: 4.5 });
    expect(proxy.cpuUnlimited).toBe(false);
  });

  test('storage: PVCs per class, object store raw and usable after erasure coding', () => {
    expect(report.storage.storageClasses).toEqual({ 'local-path': { volumes: 16, totalGiB: 1600 }, longhorn: { volumes: 2, totalGiB: 40 } });
    expect(report.storage.objectStores).toEqual([
      expect.objectContaining({
        component: 'minio',
        drives: 16,
        erasureSetDrives: 16,
        erasureSets: 1,
        parity: 4,
        rawGiB: 1600,
        usableGiB: 1200,
        poolDiskGiB: 1000,
        // 4 servers on 2 nodes: a node holds 2 servers, 8 of the 16 drives; 4 nodes hold 4 each.
        poolNodes: 2,
        drivesPerSetOnOneNode: 8,
        nodesToSurviveOneNode: 4,
        serversPerNode: 2,
        claimsPerNodeGiB: 800,
        smallestNodeDisk: { pool: 'disks', diskGiB: 500 },
      }),
    ]);
    const md = renderCapacityMarkdown(report);
    expect(md).toContain('| 1600 GiB (1.56 TiB) | 1200 GiB (1.17 TiB) | 75% | 4 |');
    expect(md).toContain('the local disks of pool disks total 1000 GiB');
    expect(md).toContain('one node holds up to 8 drives of each 16-drive erasure set, more than its 4 parity drives');
  });

  test('the fixture store cannot run on its nodes: drives beyond a node\'s disk, a set one node\'s loss stops', () => {
    expect(report.impossible).toEqual([
      'fixture: object store minio/lake puts 800 GiB of drives on one node (2 server(s) × 4 drive(s) × 100 GiB, 4 server(s) spread over 2 node(s) of pool disks) ' +
        'but a node of pool disks has 500 GiB of disk: use drives of at most 62 GiB, fewer drives or servers, or more nodes',
      'fixture: object store minio/lake stops when one node fails: 4 servers on 2 node(s) of pool disks put up to 8 drives of each 16-drive erasure set on one node, ' +
        'more than its 4 parity drive(s) (an erasure set survives the loss of at most its parity drives): run the servers on at least 4 nodes, or raise parity to EC:8, ' +
        'or one server per node, each with at most 4 drive(s) of an erasure set',
    ]);
    expect(renderCapacityMarkdown(report)).toContain(`**Cannot run on these nodes.** Synth fails with (over-commit does not cover it):\n\n- ${report.impossible[0]}\n`);
  });

  test('the report states the document\'s usable capacity right: 16 x 1 TiB at EC:4 is 12 TiB, not 8', () => {
    const doc = objectStoreCapacity('doc', { name: 'datalake', servers: 4, drivesPerServer: 4, driveGiB: 1024, parity: 4, storageClass: 'local-path' });
    expect(doc.usableGiB).toBe(12 * 1024);
    expect(renderCapacityMarkdown(report)).toContain('**12 TiB usable**, not 8');
  });

  test('MinIO\'s erasure set size and bad geometry', () => {
    expect(defaultErasureSetDrives(4, 16)).toBe(16);
    expect(defaultErasureSetDrives(4, 8)).toBe(8);
    expect(defaultErasureSetDrives(8, 32)).toBe(16);
    expect(() => objectStoreCapacity('minio', { name: 'lake', servers: 4, drivesPerServer: 4, driveGiB: 100, parity: 9, storageClass: 'x' })).toThrow(
      'minio: object store lake: parity must be an integer from 0 to 8 (half the 16-drive erasure set) (got 9)',
    );
  });

  test('without an object store the report says so', () => {
    const none = environmentReport(buildEnvironment(fixtureConfig(), { registry: REGISTRY.filter((c) => c.id !== 'minio') }));
    expect(none.storage.objectStores).toEqual([]);
    expect(renderCapacityMarkdown(none)).toContain('No component in this environment declares an object store geometry');
  });

  test('only a control-plane pool is schedulable when it is the only pool', () => {
    const config = fixtureConfig({ nodePools: [{ name: 'all', role: 'control-plane', count: 3, cpu: 8, memoryGiB: 32, diskGiB: 2000 }] });
    const r = environmentReport(buildEnvironment(config, { registry: REGISTRY }));
    expect(r.pools.all.schedulable).toBe(true);
    expect(r.pools.all.requestedCpuCores).toBeCloseTo(7 + 3 + 2.4 + 3 * 0.5, 9);
  });
});

describe('a config whose requests exceed a pool fails with the shortfall', () => {
  // compute: 3 x 16 CPU / 64 GiB, 10% headroom -> 43.2 / 172.8; 5 x 10.4 / 42 = 52 / 210.
  const heavy = [fixture('keycloak', { layer: 'query', workloads: [{ name: 'worker', replicas: 5, pool: 'compute', size: { cpu: 10.4, memoryGiB: 42 } }] })];
  const pools = [
    { name: 'control-plane', role: 'control-plane' as const, count: 3, cpu: 4, memoryGiB: 16, diskGiB: 200 },
    { name: 'compute', role: 'compute' as const, count: 3, cpu: 16, memoryGiB: 64, diskGiB: 500 },
  ];
  const expected = 'prod: pool compute needs 52 CPU and 210 GiB but has 43.2 CPU and 172.8 GiB allocatable after 10% headroom: short by 8.8 CPU and 37.2 GiB';

  test('the synth check names the pool and the shortfall', () => {
    const config = fixtureConfig({ name: 'prod', nodePools: pools, capacity: { headroomPercent: 10 } });
    const report = environmentReport(buildEnvironment(config, { registry: heavy }));
    expect(report.shortfalls).toEqual([expected]);
    expect(report.pools.compute.nodesToAdd).toBe(1);
    expect(() => checkCapacity(report)).toThrow(expected);
  });

  test('synth refuses it with the same message', () => {
    const config = fixtureConfig({ name: 'prod', nodePools: pools, capacity: { headroomPercent: 10 } });
    expect(() => synthConfig(config, {}, { registry: heavy })).toThrow(expected);
  });

  test('synth with over-commit accepted writes the report with the shortfall and warns', () => {
    const config = fixtureConfig({ name: 'prod', nodePools: pools, capacity: { headroomPercent: 10, allowOvercommit: true } });
    const result = synthConfig(config, {}, { registry: heavy });
    expect(result.rendered.files.get(REPORT_FILE)).toContain(`- ${expected}`);
    expect(result.warnings).toContain(`prod: over-commit accepted (capacity.allowOvercommit), see dist/prod/REPORT.md:\n  ${expected}`);
  });

  test('over-commit accepted: no failure, and the report says what it would take', () => {
    const config = fixtureConfig({ name: 'prod', nodePools: pools, capacity: { headroomPercent: 10, allowOvercommit: true } });
    const report = environmentReport(buildEnvironment(config, { registry: heavy }));
    expect(() => checkCapacity(report)).not.toThrow();
    const md = renderCapacityMarkdown(report);
    expect(md).toContain('**Does not fit; over-commit accepted**');
    expect(md).toContain(`- ${expected}`);
    expect(md).toContain('- pool compute: 1 more node(s) of 16 vCPU / 64 GiB (4 in all), or 8.8 CPU and 37.2 GiB less requested on it.');
    expect(md).toContain('- in all: 1 more node(s), a cluster of 7 nodes with 76 vCPU and 304 GiB (now 6 nodes, 60 vCPU, 240 GiB).');
  });

  test('a pod larger than every node of its pool fails, over-commit accepted or not', () => {
    const config = fixtureConfig({ name: 'prod', nodePools: pools, capacity: { headroomPercent: 10, allowOvercommit: true } });
    const giant = [fixture('keycloak', { layer: 'query', workloads: [{ name: 'giant', replicas: 1, pool: 'compute', size: { cpu: 15, memoryGiB: 8 } }] })];
    const tooLarge =
      'prod: workload keycloak/giant needs 15 CPU and 8 GiB per pod but the largest node it may run on (pool compute) has 14.4 CPU and 57.6 GiB after 10% headroom: use bigger nodes or a smaller per-pod size';
    const report = environmentReport(buildEnvironment(config, { registry: giant }));
    expect(report.impossible).toEqual([tooLarge]);
    expect(report.shortfalls).toEqual([]);
    expect(() => checkCapacity(report)).toThrow(tooLarge);
    // A DaemonSet must fit on every node: 4 CPU fits a compute node (14.4), not a control-plane node (3.6).
    const agent = [fixture('keycloak', { layer: 'query', workloads: [{ name: 'agent', replicas: 1, perNode: true, size: { cpu: 4, memoryGiB: 1 } }] })];
    expect(environmentReport(buildEnvironment(config, { registry: agent })).impossible).toContain(
      'prod: workload keycloak/agent needs 4 CPU and 1 GiB per pod but a node it runs on (pool control-plane) has 3.6 CPU and 14.4 GiB after 10% headroom: use bigger nodes or a smaller per-pod size',
    );
  });
});

describe('what over-commit never accepts: an object store that cannot run on its nodes', () => {
  const pools = [
    { name: 'control-plane', role: 'control-plane' as const, count: 3, cpu: 4, memoryGiB: 16, diskGiB: 200 },
    { name: 'storage', role: 'storage' as const, count: 2, cpu: 8, memoryGiB: 32, diskGiB: 3725 },
  ];
  const store = (objectStore: ObjectStoreGeometry) => [fixture('minio', { layer: 'storage', objectStore })];
  const config = fixtureConfig({ name: 'prod', nodePools: pools, capacity: { headroomPercent: 10, allowOvercommit: true } });
  const geometry = { name: 'datalake', servers: 2, drivesPerServer: 4, driveGiB: 900, parity: 4, pool: 'storage' as const, storageClass: 'local-path' };

  test('drives beyond the disk of the node they land on stop the synth, with the largest drive that fits', () => {
    const message =
      'prod: object store minio/datalake puts 4096 GiB of drives on one node (1 server(s) × 4 drive(s) × 1024 GiB, 2 server(s) spread over 2 node(s) of pool storage) ' +
      'but a node of pool storage has 3725 GiB of disk: use drives of at most 931 GiB, fewer drives or servers, or more nodes';
    expect(() => synthConfig(config, {}, { registry: store({ ...geometry, driveGiB: 1024 }) })).toThrow(message);
  });

  test('an erasure set that one node\'s loss stops stops the synth', () => {
    // 4 servers on 2 nodes, 1 drive each: a node holds 2 of the 4 drives, parity 1.
    const message =
      'prod: object store minio/datalake stops when one node fails: 4 servers on 2 node(s) of pool storage put up to 2 drives of each 4-drive erasure set on one node, ' +
      'more than its 1 parity drive(s) (an erasure set survives the loss of at most its parity drives): run the servers on at least 4 nodes, or raise parity to EC:2, ' +
      'or one server per node, each with at most 1 drive(s) of an erasure set';
    expect(() => synthConfig(config, {}, { registry: store({ ...geometry, servers: 4, drivesPerServer: 1, parity: 1 }) })).toThrow(message);
    expect(() => synthConfig(config, {}, { registry: store({ ...geometry, servers: 4, drivesPerServer: 1, parity: 1 }) })).toThrow(
      'capacity.allowOvercommit accepts CPU and memory over-commit, never this',
    );
  });

  test('one server per node with parity for a node\'s drives fits; a single server is not node-redundant by design', () => {
    const fits = environmentReport(buildEnvironment(config, { registry: store(geometry) }));
    expect(fits.impossible).toEqual([]);
    expect(renderCapacityMarkdown(fits)).toContain("One node's loss takes up to 4 drive(s) of each 8-drive erasure set, within its 4 parity drives: the data stays readable; writes need 5 drives");
    const single = environmentReport(buildEnvironment(config, { registry: store({ ...geometry, servers: 1, parity: 2 }) }));
    expect(single.impossible).toEqual([]);
    expect(renderCapacityMarkdown(single)).toContain('One server: its erasure sets survive failed drives, not the loss of its node');
  });

  test('prod as shipped runs on its nodes and survives one storage node\'s loss; the document\'s 4 x 4 x 1 TiB does not', () => {
    const shipped = environmentReport(buildEnvironment(loadEnvironment('prod')));
    expect(shipped.impossible).toEqual([]);
    const [minio] = shipped.storage.objectStores;
    expect(minio.drivesPerSetOnOneNode).toBeLessThanOrEqual(minio.parity);
    expect(minio.claimsPerNodeGiB).toBeLessThanOrEqual(minio.smallestNodeDisk!.diskGiB);
    const documentLayout = store({ ...geometry, servers: 4, drivesPerServer: 4, driveGiB: 1024 });
    expect(environmentReport(buildEnvironment(config, { registry: documentLayout })).impossible).toEqual([
      'prod: object store minio/datalake puts 8192 GiB of drives on one node (2 server(s) × 4 drive(s) × 1024 GiB, 4 server(s) spread over 2 node(s) of pool storage) ' +
        'but a node of pool storage has 3725 GiB of disk: use drives of at most 465 GiB, fewer drives or servers, or more nodes',
      'prod: object store minio/datalake stops when one node fails: 4 servers on 2 node(s) of pool storage put up to 8 drives of each 16-drive erasure set on one node, ' +
        'more than its 4 parity drive(s) (an erasure set survives the loss of at most its parity drives): run the servers on at least 4 nodes, or raise parity to EC:8, ' +
        'or one server per node, each with at most 4 drive(s) of an erasure set',
    ]);
  });
});

describe('platform map', () => {
  const build = buildEnvironment(fixtureConfig(), { registry: REGISTRY });
  const docs = environmentDocs(build);
  const map = docs.get(MAP_FILE)!;

  test('every enabled component is on the map, no disabled one', () => {
    for (const id of ['traefik', 'minio', 'keycloak']) {
      expect(map).toContain(`${id.replace(/-/g, '_')}["${id}"]`);
    }
    expect(map).not.toContain('cert-manager');
    expect(map).not.toContain('cert_manager');
    expect(map).not.toContain('sealed');
  });

  test('grouped by phase and layer, with required and optional dependency edges', () => {
    expect(map).toContain('```mermaid\nflowchart LR\n  subgraph phase1["Phase 1: foundation"]\n    subgraph phase1_infrastructure["infrastructure"]\n      traefik["traefik"]\n    end\n    subgraph phase1_security["security"]\n      keycloak["keycloak"]\n    end\n    subgraph phase1_storage["storage"]\n      minio["minio"]\n    end\n  end\n');
    expect(map).toContain('  keycloak --> traefik\n');
    expect(map).toContain('  keycloak -.-> minio\n');
    // sealed-secrets is an optional dependency of keycloak but disabled: no edge.
    expect(map.match(/-->|-\.->/g)).toHaveLength(2);
  });

  test('endpoints, versions and what each phase adds', () => {
    expect(map).toContain('| keycloak | [https://sso.test.example.com](https://sso.test.example.com) |');
    expect(map).toContain(`| keycloak | 1 | security | 1 | keycloakx | ${CHARTS.keycloakx.version} | ${CHARTS.keycloakx.appVersion} | no | fixture keycloak |`);
    expect(map).toContain(`| minio | 1 | storage | 0 | - | - | ${IMAGES.minio.repository}:${IMAGES.minio.tag} | no | fixture minio |`);
    expect(map).toContain('| 1 | traefik, minio, keycloak |');
    expect(map).toContain('| no | Routes https://&lt;ui&gt;.&lt;domain&gt; \\| redirects |');
    expect(map).toContain('| 2 | not generated in fixture (phase 1) |');
  });
});

describe('the shipped environments', () => {
  test.each(['dev', 'prod'])('the map of %s shows exactly its enabled components', (env) => {
    const build = buildEnvironment(loadEnvironment(env));
    const map = environmentDocs(build).get(MAP_FILE)!;
    const diagram = map.slice(map.indexOf('```mermaid'), map.indexOf('```', map.indexOf('```mermaid') + 3));
    const enabled = new Set(build.components.map((c) => c.id));
    for (const spec of COMPONENTS) {
      const node = `${spec.id.replace(/-/g, '_')}["${spec.id}"]`;
      if (enabled.has(spec.id)) {
        expect(diagram).toContain(node);
      } else {
        expect(diagram).not.toContain(node);
        expect(map).not.toContain(`| ${spec.id} |`);
      }
    }
  });
});

describe('JSON and the synth output', () => {
  test('reportJson is keyed by environment with the required figures', () => {
    const report = environmentReport(buildEnvironment(fixtureConfig(), { registry: REGISTRY }));
    const json = JSON.parse(JSON.stringify(reportJson([report])));
    expect(Object.keys(json)).toEqual(['fixture']);
    const env = json.fixture;
    for (const key of ['cpuRequestCores', 'memoryRequestGiB', 'cpuLimitCores', 'memoryLimitGiB']) {
      expect(typeof env.totals[key]).toBe('number');
      for (const c of Object.values(env.components) as Array<Record<string, unknown>>) {
        expect(typeof c[key]).toBe('number');
      }
    }
    for (const p of Object.values(env.pools) as Array<Record<string, unknown>>) {
      for (const key of ['allocatableCpuCores', 'allocatableMemoryGiB', 'requestedCpuCores', 'requestedMemoryGiB']) {
        expect(typeof p[key]).toBe('number');
      }
    }
    expect(Object.keys(env.pools)).toEqual(['cp', 'disks', 'workers']);
  });

  test('synth writes REPORT.md and README.md beside the manifests', () => {
    const result = synthConfig(loadEnvironment('dev'));
    expect(result.rendered.files.get(REPORT_FILE)).toBe(renderCapacityMarkdown(environmentReport(result.build)));
    expect(result.rendered.files.get(MAP_FILE)).toContain('# lakeplane: dev');
  });

  test('npm run report -- --json prints every environment', () => {
    const run = spawnSync(...npmCommand('report', ['--json']), { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LAKEPLANE_ENV: 'prod' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['prod']);
    expect(Object.keys(json.prod.totals)).toEqual(expect.arrayContaining(['cpuRequestCores', 'memoryRequestGiB', 'cpuLimitCores', 'memoryLimitGiB']));
    expect(Object.keys(json.prod.pools)).toEqual(['control-plane', 'storage', 'compute']);
  });

  test('npm run report prints the Markdown plan; an unknown argument is refused', () => {
    const env = { ...process.env, LAKEPLANE_ENV: 'dev' };
    const text = spawnSync(...npmCommand('report'), { cwd: ROOT, encoding: 'utf8', env });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^# Capacity plan: dev\n/);
    const bad = spawnSync(...npmCommand('report', ['--yaml']), { cwd: ROOT, encoding: 'utf8', env });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('lakeplane: configuration error: unknown argument --yaml; usage: npm run report [-- --json]\n');
  });
});
