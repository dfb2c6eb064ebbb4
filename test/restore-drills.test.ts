/**
 * Restore drills: every backed-up database and the daily Velero backup have a drill in dev and
 * prod; each PostgreSQL drill runs the verification query its component declared; no drill can
 * name a live cluster, write to a live backup folder or act outside the drill namespaces; the
 * results reach Prometheus with their targets; the alerts watch them; and the drill script,
 * run against a stand-in kubectl, records what it measured.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildEnvironment, EnvironmentBuild } from '../lib/build';
import { loadEnvironment } from '../lib/synth';
import { Manifest } from '../lib/output';
import { parseConfig } from '../config/load';
import { ENVIRONMENTS } from '../config';
import { PostgresDatabase } from '../constructs/postgres-database';
import { DRILL_METRICS, PostgresRestoreDrill, longestGapSeconds } from '../constructs/restore-drill';
import { RestoreDrillsChart, staggered } from '../charts/restore-drills/chart';
import { allAlerts } from '../constructs/alerts';
import { everyAlertGroup } from '../charts/registry';
import { RESTORE_DRILL_ALERTS, RESTORE_DRILL_DASHBOARD } from '../charts/restore-drills/alerts';
import { restoreDrillsComponent } from '../charts/restore-drills/chart';
import { PlatformNamespace } from '../constructs/namespace';
import { fakePostgres } from './ops-fakes';
import { SchemaValidator } from '../policy/schema';
import { field, testChart, testCommon } from './util';

interface Built {
  readonly build: EnvironmentBuild;
  readonly objects: Manifest[];
  readonly drills: Manifest[];
  readonly chart: RestoreDrillsChart;
}

function built(env: 'dev' | 'prod'): Built {
  const build = buildEnvironment(loadEnvironment(env));
  const objects = [...build.charts.values()].flat().flatMap((c) => c.toJson() as Manifest[]);
  const chart = build.charts.get('restore-drills')![0] as RestoreDrillsChart;
  return { build, objects, drills: chart.toJson() as Manifest[], chart };
}

const envs = { dev: built('dev'), prod: built('prod') };
const of = (objs: readonly Manifest[], kind: string) => objs.filter((o) => o.kind === kind);
const DRILL_NAMESPACES = (objs: readonly Manifest[]) => of(objs, 'Namespace').map((n) => n.metadata.name);

describe.each(['dev', 'prod'] as const)('%s', (env) => {
  const { build, objects, drills, chart } = envs[env];
  const liveClusters = of(objects, 'Cluster');
  const databases = build.app.node.findAll().filter((c): c is PostgresDatabase => c instanceof PostgresDatabase);
  const backedUp = liveClusters.filter((c) => (field(c, 'spec.plugins') ?? []).some((p: { isWALArchiver?: boolean }) => p.isWALArchiver));

  test('every backed-up database and the daily Velero backup has a drill', () => {
    expect(backedUp.length).toBeGreaterThanOrEqual(4);
    expect(chart.postgresDrills.map((d) => `${d.source.database.namespace}/${d.source.database.clusterName}`).sort()).toEqual(
      backedUp.map((c) => `${c.metadata.namespace}/${c.metadata.name}`).sort(),
    );
    expect(chart.drills.map((d) => d.id)).toContain('velero-daily');
    const cronJobs = of(drills, 'CronJob').map((c) => c.metadata.name).sort();
    expect(cronJobs).toEqual(chart.drills.map((d) => `restore-drill-${d.id}`).sort());
    // Default: monthly, after the nightly backups; one database after another, 30 minutes apart.
    const schedules = chart.postgresDrills.map((d) => d.drill.schedule);
    expect(schedules).toEqual(chart.postgresDrills.map((_, i) => `${(i * 30) % 60} ${4 + Math.floor((i * 30) / 60)} 1 * *`));
    expect(chart.veleroDrill!.drill.schedule).toBe('0 4 1 * *');
    for (const c of of(drills, 'CronJob')) {
      expect(field(c, 'spec.concurrencyPolicy')).toBe('Forbid');
    }
  });

  test('each drill runs the verification query its component declared next to its database', () => {
    for (const drill of chart.postgresDrills) {
      const { namespace, clusterName: cluster } = drill.source.database;
      const db = databases.find((d) => d.namespace === namespace && d.clusterName === cluster)!;
      expect(db.verification).toBeDefined();
      const script = of(drills, 'ConfigMap').find((c) => c.metadata.name === `restore-drill-${drill.drill.id}`)!;
      expect(field(script, 'data')['verify.sql']).toBe(`SET default_transaction_read_only = on;\n${db.verification!.query};\n`);
    }
    const sql = (id: string) => chart.postgresDrills.find((d) => d.drill.id === id)!.verificationSql;
    expect(sql('keycloak-db')).toContain("FROM realm WHERE name = 'lakeplane'");
    expect(sql('nessie-db')).toContain("FROM refs2 WHERE ref_name = 'refs/heads/main'");
    expect(sql('airflow-db')).toContain('FROM alembic_version');
    expect(sql('monitoring-grafana-db')).toContain("FROM dashboard WHERE uid = 'lakeplane-platform'");
  });

  test('no drill can name a live cluster or write to a live backup folder', () => {
    const liveNamespaces = new Set(liveClusters.map((c) => c.metadata.namespace));
    const stores = of(objects, 'ObjectStore');
    for (const drill of chart.postgresDrills) {
      const scratch = drill.clusterManifest as Manifest;
      // Its own name, in the drill namespace, which holds no live cluster.
      expect(scratch.metadata.namespace).toBe('restore-drills');
      expect(liveNamespaces.has('restore-drills')).toBe(false);
      expect(liveClusters.some((c) => c.metadata.name === scratch.metadata.name && c.metadata.namespace === scratch.metadata.namespace)).toBe(false);
      // It archives nothing and takes no backups: no plugin, no backup section.
      expect(field(scratch, 'spec.plugins')).toBeUndefined();
      expect(field(scratch, 'spec.backup')).toBeUndefined();
      expect(of(drills, 'ScheduledBackup')).toEqual([]);
      // It recovers through the drill's own ObjectStore, read-only, without retention (which deletes).
      const origin = field(scratch, 'spec.externalClusters')[0];
      expect(field(scratch, 'spec.bootstrap.recovery.source')).toBe(origin.name);
      const source = stores.find((s) => s.metadata.name === origin.plugin.parameters.barmanObjectName && s.metadata.namespace === 'restore-drills')!;
      expect(source).toBeDefined();
      expect(field(source, 'spec.retentionPolicy')).toBeUndefined();
      expect(field(source, 'spec.configuration.s3Credentials.accessKeyId.name')).toBe('restore-drills-s3');
      // The folder read is the live cluster's.
      const live = stores.find((s) => s.metadata.namespace === drill.source.database.namespace && s.metadata.name === `${drill.source.database.clusterName}-backup`)!;
      expect(field(source, 'spec.configuration.destinationPath')).toBe(field(live, 'spec.configuration.destinationPath'));
      expect(origin.plugin.parameters.serverName).toBe(drill.source.database.clusterName);
    }
    // The drills' key may only read, and only the databases' folders.
    const minio = build.charts.get('minio')![0] as unknown as { handle: { policyOf(c: string): { Statement: Array<{ Action: string[]; Resource: string[] }> } } };
    const policy = minio.handle.policyOf('restore-drills');
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => !/^s3:(Get|List)/.test(a))).toEqual([]);
    expect(policy.Statement.flatMap((s) => s.Resource).filter((r) => !r.startsWith('arn:aws:s3:::backups'))).toEqual([]);
    expect(JSON.stringify(policy)).not.toMatch(/Put|Delete/);
  });

  test('drills act in the drill namespaces only (Velero: its Backups and Restores), with their own ServiceAccounts', () => {
    const drillNamespaces = new Set(DRILL_NAMESPACES(drills));
    const accounts = of(drills, 'ServiceAccount').map((a) => a.metadata.name).sort();
    expect(accounts).toEqual(chart.drills.map((d) => `restore-drill-${d.id}`).sort());
    expect(of(drills, 'ClusterRole')).toEqual([]);
    expect(of(drills, 'ClusterRoleBinding')).toEqual([]);
    for (const role of of(drills, 'Role')) {
      const ns = role.metadata.namespace!;
      if (ns === 'velero') {
        expect(field(role, 'rules')).toEqual([
          { apiGroups: ['velero.io'], resources: ['backups'], verbs: ['get', 'list'] },
          { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create', 'get', 'list', 'delete', 'deletecollection'] },
        ]);
      } else {
        expect(drillNamespaces.has(ns)).toBe(true);
        expect(ns).toMatch(/^(restore-drills|restored-.+)$/);
      }
      // Nothing may touch secrets; clusters only by the scratch cluster's name once created.
      for (const rule of field(role, 'rules') as Array<{ resources: string[]; verbs: string[]; resourceNames?: string[] }>) {
        expect(rule.resources).not.toContain('secrets');
        if (rule.resources.includes('clusters') && !(rule.verbs.length === 1 && rule.verbs[0] === 'create')) {
          expect(rule.resourceNames).toEqual([expect.stringMatching(/^drill-/)]);
        }
      }
    }
    for (const binding of of(drills, 'RoleBinding')) {
      expect(field(binding, 'subjects')).toEqual([{ kind: 'ServiceAccount', name: binding.metadata.name, namespace: 'restore-drills' }]);
    }
  });

  test('the scratch copy is the live instance capped at 1 CPU and 2 GiB, and the capacity plan counts one', () => {
    for (const drill of chart.postgresDrills) {
      const live = drill.source.size;
      expect(field(drill.clusterManifest, 'spec.resources.requests.cpu')).toBe(`${Math.min(live.cpu, 1) * 1000}m`.replace(/^1000m$/, '1'));
      expect(drill.scratchStorageGiB).toBe(drill.source.storageGiB);
    }
    expect(chart.workloads.filter((w) => w.name === 'restore-drill-scratch')).toHaveLength(1);
    expect(chart.volumes.filter((v) => v.name === 'restore-drill-scratch')).toHaveLength(1);
  });

  test('drill namespaces deny all traffic but what a drill needs, and are Pod Security restricted', () => {
    for (const ns of of(drills, 'Namespace')) {
      expect(field(ns, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
      expect(of(drills, 'NetworkPolicy').some((p) => p.metadata.namespace === ns.metadata.name && p.metadata.name === 'default-deny')).toBe(true);
    }
    const egress = of(drills, 'NetworkPolicy').filter((p) => p.metadata.name.startsWith('allow-to-kube-api-'));
    expect(egress.map((p) => field(p, 'spec.podSelector.matchLabels')['lakeplane.io/restore-drill']).sort()).toEqual(chart.drills.map((d) => d.id).sort());
  });

  test('the Velero drill restores the newest daily backup into drill namespaces: configuration only, and the canary with its volume', () => {
    const drill = chart.veleroDrill!;
    const objectsRestore = drill.restores.objects as Manifest;
    const canaryRestore = drill.restores.canary as Manifest;
    const schedule = of(objects, 'Schedule').find((s) => s.metadata.name === 'daily')!;
    const backedUpNamespaces: string[] = field(schedule, 'spec.template.includedNamespaces');
    expect(backedUpNamespaces).toContain('backup-canary');
    const mapping = field(objectsRestore, 'spec.namespaceMapping') as Record<string, string>;
    expect(Object.keys(mapping).sort()).toEqual(backedUpNamespaces.filter((n) => n !== 'backup-canary').sort());
    for (const [from, to] of Object.entries(mapping)) {
      expect(to).toBe(`restored-${from}`);
      expect(DRILL_NAMESPACES(drills)).toContain(to);
    }
    expect(field(objectsRestore, 'spec.includedResources')).toEqual(['configmaps', 'serviceaccounts', 'persistentvolumeclaims']);
    expect(field(objectsRestore, 'spec.existingResourcePolicy')).toBe('none');
    expect(field(canaryRestore, 'spec.namespaceMapping')).toEqual({ 'backup-canary': 'restored-backup-canary' });
    expect(field(canaryRestore, 'spec.includedResources')).toContain('pods');
    expect(field(canaryRestore, 'spec.restorePVs')).toBe(true);
    for (const r of [objectsRestore, canaryRestore]) {
      expect(r.metadata.namespace).toBe('velero');
      expect(field(r, 'spec.includeClusterResources')).toBe(false);
    }
  });

  test('results reach Prometheus without a Pushgateway: the exporter mounts every result and the targets, and holds no API token', () => {
    const deployment = of(drills, 'Deployment').find((d) => d.metadata.name === 'restore-drill-exporter')!;
    const pod = field(deployment, 'spec.template.spec');
    expect(pod.automountServiceAccountToken).toBe(false);
    const sources = pod.volumes.find((v: { name: string }) => v.name === 'drill').projected.sources;
    expect(sources.map((s: { configMap: { name: string } }) => s.configMap.name).sort()).toEqual(['restore-drill-targets', ...chart.drills.map((d) => d.resultConfigMap)].sort());
    const monitor = of(drills, 'PodMonitor').find((m) => m.metadata.name === 'restore-drill-exporter')!;
    expect(field(monitor, 'spec.podMetricsEndpoints')[0].path).toBe('/metrics.txt');
    const targets = field(of(drills, 'ConfigMap').find((c) => c.metadata.name === 'restore-drill-targets'), 'data')['targets.prom'] as string;
    for (const d of chart.drills) {
      expect(targets).toContain(`${DRILL_METRICS.rto}{drill="${d.id}",kind="${d.kind}"} 1800\n`);
      expect(targets).toContain(`${DRILL_METRICS.rpo}{drill="${d.id}",kind="${d.kind}"} 900\n`);
      // Monthly: the longest month plus a day.
      expect(targets).toContain(`${DRILL_METRICS.overdueAfter}{drill="${d.id}",kind="${d.kind}"} ${32 * 86400}\n`);
    }
  });
});

describe('what the drills create at run time (the gate never sees it)', () => {
  const validator = new SchemaValidator();
  test('the scratch clusters and the Velero Restores are valid against the pinned CRDs', () => {
    const { chart } = envs.prod;
    const manifests = [
      ...chart.postgresDrills.map((d) => d.clusterManifest),
      // With the names the script fills in.
      ...Object.values(chart.veleroDrill!.restores).map((r) => JSON.parse(JSON.stringify(r).replace(/__RESTORE__/g, 'restore-drill-20261201040000').replace(/__BACKUP__/g, 'daily-20261201020000'))),
    ] as Manifest[];
    expect(manifests.map((m) => `${m.kind}/${m.metadata.name}: ${JSON.stringify(validator.validate(m as never))}`)).toEqual(manifests.map((m) => `${m.kind}/${m.metadata.name}: []`));
  });

  test('a point-in-time drill restores to a moment the script computes, and the manifest stays valid', () => {
    const config = parseConfig({ ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, 'restore-drills': { postgres: { pointInTimeMinutesAgo: 60 } } } }, 'test');
    const chart = buildEnvironment(config).charts.get('restore-drills')![0] as RestoreDrillsChart;
    const drill = chart.postgresDrills[0];
    expect(field(drill.clusterManifest, 'spec.bootstrap.recovery.recoveryTarget')).toEqual({ targetTime: '__TARGET_TIME__' });
    const filled = JSON.parse(JSON.stringify(drill.clusterManifest).replace('__TARGET_TIME__', '2026-12-01T03:00:00Z'));
    expect(validator.validate(filled)).toEqual([]);
    const script = field((chart.toJson() as Manifest[]).find((o) => o.kind === 'ConfigMap' && o.metadata.name === `restore-drill-${drill.drill.id}`), 'data')['drill.sh'];
    expect(script).toContain('TARGET=$(date -u -d "@$((START - 3600))" +%Y-%m-%dT%H:%M:%SZ)');
  });
});

describe('config', () => {
  test('targets and schedules come from config', () => {
    const config = parseConfig(
      { ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, 'restore-drills': { rtoMinutes: 45, rpoMinutes: 5, schedule: '0 3 * * 0', postgres: { staggerMinutes: 0 }, velero: { namespaces: ['keycloak'] } } } },
      'test',
    );
    const chart = buildEnvironment(config).charts.get('restore-drills')![0] as RestoreDrillsChart;
    expect(chart.drills.every((d) => d.targets.rtoMinutes === 45 && d.targets.rpoMinutes === 5 && d.schedule === '0 3 * * 0')).toBe(true);
    expect(chart.drills[0].overdueAfterSeconds).toBe(8 * 86400);
    expect(Object.keys(field(chart.veleroDrill!.restores.objects, 'spec.namespaceMapping'))).toEqual(['keycloak']);
  });

  test('a bad schedule or target is refused with the field, the value and the fix', () => {
    const bad = (slice: unknown) => () => parseConfig({ ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, 'restore-drills': slice } } as never, 'test');
    expect(bad({ schedule: '0 4 1 *' })).toThrow(/restore-drills\.schedule.*must be a Kubernetes CronJob schedule/s);
    expect(bad({ rtoMinutes: 0 })).toThrow(/restore-drills\.rtoMinutes.*must be >= 1/s);
  });

  test('a Velero namespace that is not in the daily backup is refused', () => {
    const config = parseConfig({ ...ENVIRONMENTS.prod, components: { ...ENVIRONMENTS.prod.components, 'restore-drills': { velero: { namespaces: ['kube-system'] } } } }, 'test');
    expect(() => buildEnvironment(config)).toThrow('restore-drills.velero.namespaces: kube-system is not in the daily backup (it covers airflow, keycloak, nessie, trino); choose among those');
  });

  test('staggering needs a plain minute and hour, and stays within the day', () => {
    expect(staggered('0 4 1 * *', 90, 4)).toBe('30 5 1 * *');
    expect(() => staggered('*/30 4 1 * *', 30, 4)).toThrow(
      'restore-drills: the PostgreSQL drills are staggered (postgres.staggerMinutes), which needs a schedule with a plain minute and hour (got "*/30 4 1 * *"); use e.g. "0 4 1 * *" or set postgres.staggerMinutes: 0',
    );
    expect(() => staggered('0 23 1 * *', 90, 4)).toThrow('restore-drills: 4 PostgreSQL drills staggered by postgres.staggerMinutes from 23:00 would start past midnight; start earlier or lower postgres.staggerMinutes');
  });

  test('the longest gap of a schedule', () => {
    expect(longestGapSeconds('0 4 1 * *')).toBe(31 * 86400);
    expect(longestGapSeconds('0 2 * * *')).toBe(86400);
  });
});

describe('PostgresRestoreDrill', () => {
  const chart = testChart(testCommon('prod'), 'restore-drills', 'restore-drills');
  const namespace = new PlatformNamespace(chart, 'ns', { name: 'restore-drills' });
  const db = new PostgresDatabase(testChart(testCommon('prod'), 'app', 'app'), 'db', { name: 'app-db', namespace: 'app', database: 'app', owner: 'app', operator: fakePostgres });
  const source = { database: db, image: 'x', size: db.size, storageGiB: 5, storageClass: 'sc', destinationPath: 's3://backups/postgres/app/', bucket: { name: 'backups', uri: () => '' }, prefix: 'postgres/app', serverName: 'app-db', endpoint: 'https://s3' };
  const credentials = { secret: { name: 'k' }, accessKeyKey: 'accessKey', secretKeyKey: 'secretKey' } as never;

  test('with every prop', () => {
    const props: Required<import('../constructs/restore-drill').PostgresRestoreDrillProps> = {
      namespace,
      schedule: '0 4 1 * *',
      targets: { rtoMinutes: 20, rpoMinutes: 10 },
      image: 'kubectl:1',
      timeoutMinutes: 45,
      source: { ...source, verification: { description: 'app rows', query: 'SELECT EXISTS (SELECT 1 FROM app)' } },
      credentials,
      endpointCa: { name: 'ca', key: 'ca.crt' },
      operator: fakePostgres,
      pointInTimeMinutesAgo: 30,
      maxScratchSize: { cpu: 0.5, memoryGiB: 1 },
    };
    const drill = new PostgresRestoreDrill(chart, 'all', props);
    const objects = chart.toJson() as Manifest[];
    const cron = objects.find((o) => o.kind === 'CronJob')!;
    expect(field(cron, 'spec.jobTemplate.spec.activeDeadlineSeconds')).toBe(45 * 60 + 600);
    expect(field(cron, 'spec.jobTemplate.spec.template.spec.containers')[0].image).toBe('kubectl:1');
    expect(field(cron, 'spec.jobTemplate.spec.template.spec.containers')[0].env).toContainEqual({ name: 'TIMEOUT', value: '2700' });
    expect(field(drill.clusterManifest, 'spec.bootstrap.recovery.recoveryTarget')).toEqual({ targetTime: '__TARGET_TIME__' });
    expect(field(drill.clusterManifest, 'spec.resources.requests')).toEqual({ cpu: '500m', memory: '1Gi' });
    expect(field(objects.find((o) => o.kind === 'ObjectStore'), 'spec.configuration.endpointCA')).toEqual({ name: 'ca', key: 'ca.crt' });
    expect(drill.drill.targets).toEqual({ rtoMinutes: 20, rpoMinutes: 10 });
  });

  test('a backed-up database without a verification query is refused, naming the database and the fix', () => {
    expect(
      () => new PostgresRestoreDrill(chart, 'd', { namespace, schedule: '0 4 1 * *', targets: { rtoMinutes: 30, rpoMinutes: 15 }, image: 'k', source, credentials, operator: fakePostgres }),
    ).toThrow('database app/app-db is backed up but declares no verification query; give its PostgresDatabase a `verification` (a SELECT answering true when the restored data is the component\'s)');
  });

  test('a target of 0 is refused with the field and the value', () => {
    expect(() => new PostgresRestoreDrill(chart, 'zero', { namespace, schedule: '0 4 1 * *', targets: { rtoMinutes: 0, rpoMinutes: 15 }, image: 'k', source: { ...source, verification: { description: 'x', query: 'SELECT true' } }, credentials, operator: fakePostgres })).toThrow(
      'restore drill app-db: targets.rtoMinutes must be > 0 (got 0)',
    );
  });
});

describe('a database built after the drills', () => {
  test('fails the synth, naming the database and where to add its component', () => {
    const build = buildEnvironment(loadEnvironment('prod'));
    const store = (build.charts.get('minio')![0] as unknown as { handle: import('../charts/minio/handle').ObjectStoreHandle }).handle;
    const late = testChart(build.common, 'late', 'late');
    new PlatformNamespace(late, 'ns', { name: 'late' });
    new PostgresDatabase(late, 'db', {
      name: 'late-db',
      namespace: 'late',
      database: 'late',
      owner: 'late',
      operator: fakePostgres,
      backup: store.databaseBackups(late, 'late'),
      verification: { description: 'x', query: 'SELECT true' },
    });
    const chart = build.charts.get('restore-drills')![0];
    expect(chart.node.validate()).toEqual([
      'database late/late-db is backed up but has no restore drill: its component is built after restore-drills; add the component to DATABASE_COMPONENTS in charts/restore-drills/chart.ts',
    ]);
  });
});

describe('alerts', () => {
  const group = RESTORE_DRILL_ALERTS;
  const rule = (name: string) => group.rules.find((r) => r.alert === name)!;

  test('a failed, an overdue and a slow drill each page, with a runbook section; the group exists where the drills are built', () => {
    expect(restoreDrillsComponent.alerts).toEqual([group]);
    expect(group.rules.map((r) => [r.alert, r.severity, r.runbook])).toEqual([
      ['RestoreDrillFailed', 'critical', 'restore-drill.md#restoredrillfailed'],
      ['RestoreDrillOverdue', 'critical', 'restore-drill.md#restoredrilloverdue'],
      ['RestoreSlowerThanRTO', 'warning', 'restore-drill.md#restoreslowerthanrto'],
    ]);
    expect(allAlerts(everyAlertGroup()).filter((a) => a.alert.startsWith('Restore'))).toHaveLength(3);
  });

  test('they compare each drill with its own targets, as the exporter serves them', () => {
    expect(rule('RestoreDrillFailed').expr).toBe('max by (drill, kind) (lakeplane_restore_drill_success) == 0');
    expect(rule('RestoreSlowerThanRTO').expr).toBe(
      'max by (drill, kind) (lakeplane_restore_drill_duration_seconds) > on (drill, kind) max by (drill, kind) (lakeplane_restore_drill_rto_seconds)',
    );
    const overdue = rule('RestoreDrillOverdue').expr;
    expect(overdue).toContain('time() - max by (drill, kind) (lakeplane_restore_drill_last_success_timestamp_seconds) > on (drill, kind) max by (drill, kind) (lakeplane_restore_drill_overdue_after_seconds)');
    // A drill that never succeeded counts from its CronJob's creation.
    expect(overdue).toContain('kube_cronjob_created{cronjob=~"restore-drill-.+"}');
    expect(overdue).toContain('unless on (drill) max by (drill) (lakeplane_restore_drill_last_success_timestamp_seconds)');
  });

  test('a Grafana dashboard shows results, durations against the RTO and lag against the RPO', () => {
    const dashboard = RESTORE_DRILL_DASHBOARD;
    expect(restoreDrillsComponent.dashboards).toEqual([dashboard]);
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
    for (const metric of [DRILL_METRICS.success, DRILL_METRICS.duration, DRILL_METRICS.rto, DRILL_METRICS.lag, DRILL_METRICS.rpo, DRILL_METRICS.lastSuccess]) {
      expect(exprs).toContain(metric);
    }
  });
});

describe('the PostgreSQL drill script, against a stand-in kubectl', () => {
  const drill = envs.prod.chart.postgresDrills.find((d) => d.drill.id === 'keycloak-db')!;
  const script = field(envs.prod.drills.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'restore-drill-keycloak-db'), 'data') as Record<string, string>;

  function run(answer: string, previous = ''): { status: number; result: string; calls: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-drill-'));
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    for (const [file, text] of Object.entries(script)) fs.writeFileSync(path.join(dir, file), text.split('/tmp/').join(`${dir}/`).split('/drill/').join(`${dir}/`));
    fs.writeFileSync(path.join(dir, 'previous.prom'), previous);
    fs.writeFileSync(
      path.join(bin, 'kubectl'),
      [
        '#!/bin/sh',
        `echo "$*" >> ${dir}/calls`,
        'case "$*" in',
        `  *"get configmap"*) cat ${dir}/previous.prom ;;`,
        `  *exec*) cat > /dev/null; echo "${answer}" ;;`,
        '  *logs*) echo \'{"level":"info","record":{"message":"last completed transaction was at log time 2026-12-01 03:50:00.5+00"}}\' ;;',
        `  *"create configmap"*) f=$(echo "$*" | sed 's/.*--from-file=metrics.prom=\\([^ ]*\\).*/\\1/'); cat "$f" ;;`,
        '  *"label --local"*) cat ;;',
        `  *"apply -f -"*) cat > ${dir}/result ;;`,
        'esac',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    let status = 0;
    try {
      execFileSync('/bin/sh', [path.join(dir, 'drill.sh')], { env: { PATH: `${bin}:/usr/bin:/bin`, TIMEOUT: '60' }, stdio: 'pipe' });
    } catch (err) {
      status = (err as { status: number }).status;
    }
    const result = fs.existsSync(path.join(dir, 'result')) ? fs.readFileSync(path.join(dir, 'result'), 'utf8') : '';
    const calls = fs.readFileSync(path.join(dir, 'calls'), 'utf8');
    fs.rmSync(dir, { recursive: true, force: true });
    return { status, result, calls };
  }

  test('a verified restore records success, duration and the recovered point, and deletes the scratch cluster', () => {
    const { status, result, calls } = run('t');
    expect(status).toBe(0);
    const labels = '{drill="keycloak-db",kind="postgres"}';
    expect(result).toMatch(new RegExp(`^${DRILL_METRICS.success}${labels.replace(/[{}]/g, '\\$&')} 1$`, 'm'));
    expect(result).toMatch(/lakeplane_restore_drill_duration_seconds\{drill="keycloak-db",kind="postgres"\} \d+$/m);
    const lag = Number(/recovered_point_lag_seconds\{[^}]*\} (\d+)/.exec(result)![1]);
    expect(lag).toBeGreaterThan(0);
    expect(calls).toContain(`-n restore-drills delete cluster ${drill.scratchCluster} --ignore-not-found --wait=false`);
    // Every call names the drill namespace or a local file: nothing outside it.
    for (const line of calls.trim().split('\n')) {
      expect(line).toMatch(/-n restore-drills|create -f |label --local|apply -f -/);
    }
  });

  test('a failed verification records the failure, keeps the last success and still deletes the scratch cluster', () => {
    const previous = 'lakeplane_restore_drill_last_success_timestamp_seconds{drill="keycloak-db",kind="postgres"} 1700000000\nlakeplane_restore_drill_duration_seconds{drill="keycloak-db",kind="postgres"} 600\n';
    const { status, result, calls } = run('f', previous);
    expect(status).not.toBe(0);
    expect(result).toContain('lakeplane_restore_drill_success{drill="keycloak-db",kind="postgres"} 0\n');
    expect(result).toContain('lakeplane_restore_drill_last_success_timestamp_seconds{drill="keycloak-db",kind="postgres"} 1700000000\n');
    expect(result).toContain('lakeplane_restore_drill_duration_seconds{drill="keycloak-db",kind="postgres"} ');
    expect(calls).toContain(`delete cluster ${drill.scratchCluster} --ignore-not-found --wait=false`);
  });
});

describe('the Velero drill script, against a stand-in kubectl', () => {
  const script = field(envs.prod.drills.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'restore-drill-velero-daily'), 'data') as Record<string, string>;
  // The backup started 2026-12-01T02:00:05Z; the canary wrote its marker half an hour before.
  const marker = Date.UTC(2026, 11, 1, 1, 30) / 1000;

  function run(phase: string, canaryMarker: number): { status: number; result: string; calls: string; created: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-drill-'));
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    for (const [file, text] of Object.entries(script)) fs.writeFileSync(path.join(dir, file), text.split('/tmp/').join(`${dir}/`).split('/drill/').join(`${dir}/`));
    fs.writeFileSync(
      path.join(bin, 'kubectl'),
      [
        '#!/bin/sh',
        `echo "$*" >> ${dir}/calls`,
        'case "$*" in',
        '  *"get backups.velero.io"*) printf "2026-11-30T02:00:04Z daily-20261130020004\\n2026-12-01T02:00:05Z daily-20261201020005\\n" ;;',
        `  *"create -f -"*) cat >> ${dir}/created ;;`,
        `  *"get restores.velero.io"*status.phase*) echo ${phase} ;;`,
        '  *"get restores.velero.io"*status.errors*) echo "" ;;',
        '  *"get restores.velero.io"*itemsRestored*) echo 12 ;;',
        '  *"get restores.velero.io"*totalItems*) echo 12 ;;',
        '  *"get configmaps,serviceaccounts"*) echo configmap/restored ;;',
        '  *"get pods"*) echo backup-canary-1 ;;',
        `  *exec*) echo ${canaryMarker} ;;`,
        '  *"get configmap"*) ;;',
        `  *"create configmap"*) f=$(echo "$*" | sed 's/.*--from-file=metrics.prom=\\([^ ]*\\).*/\\1/'); cat "$f" ;;`,
        '  *"label --local"*) cat ;;',
        `  *"apply -f -"*) cat > ${dir}/result ;;`,
        'esac',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    let status = 0;
    try {
      execFileSync('/bin/sh', [path.join(dir, 'drill.sh')], { env: { PATH: `${bin}:/usr/bin:/bin`, TIMEOUT: '60' }, stdio: 'pipe' });
    } catch (err) {
      status = (err as { status: number }).status;
    }
    const result = fs.existsSync(path.join(dir, 'result')) ? fs.readFileSync(path.join(dir, 'result'), 'utf8') : '';
    const calls = fs.readFileSync(path.join(dir, 'calls'), 'utf8');
    const created = fs.existsSync(path.join(dir, 'created')) ? fs.readFileSync(path.join(dir, 'created'), 'utf8') : '';
    fs.rmSync(dir, { recursive: true, force: true });
    return { status, result, calls, created };
  }

  test('restores the newest backup, finds the canary marker, records the time and the marker age, and cleans up', () => {
    const { status, result, calls, created } = run('Completed', marker);
    expect(status).toBe(0);
    expect(result).toContain('lakeplane_restore_drill_success{drill="velero-daily",kind="velero"} 1\n');
    // Both Restores name the newest completed backup and a run-unique name.
    expect(created.match(/"backupName": "daily-20261201020005"/g)).toHaveLength(2);
    expect(created).toMatch(/"name": "restore-drill-\d{14}-objects"/);
    expect(created).toMatch(/"name": "restore-drill-\d{14}-canary"/);
    const lag = Number(/recovered_point_lag_seconds\{[^}]*\} (\d+)/.exec(result)![1]);
    expect(lag).toBeGreaterThan(30 * 60);
    expect(calls).toMatch(/-n velero delete restores.velero.io -l lakeplane.io\/restore-drill=velero-daily/);
    // Cleaned up in every drill namespace, by the restore label only.
    for (const ns of ['restored-airflow', 'restored-keycloak', 'restored-nessie', 'restored-trino', 'restored-backup-canary']) {
      expect(calls).toContain(`-n ${ns} delete deployments,replicasets,pods,configmaps,serviceaccounts,persistentvolumeclaims -l velero.io/restore-name`);
    }
    // Nothing is asked of a live namespace.
    expect(calls).not.toMatch(/-n (airflow|keycloak|nessie|trino|backup-canary) /);
  });

  test('a partially failed restore, or a marker newer than the backup, fails the drill', () => {
    expect(run('PartiallyFailed', marker).result).toContain('lakeplane_restore_drill_success{drill="velero-daily",kind="velero"} 0\n');
    const late = run('Completed', Date.UTC(2026, 11, 1, 3) / 1000);
    expect(late.status).not.toBe(0);
    expect(late.result).toContain('lakeplane_restore_drill_success{drill="velero-daily",kind="velero"} 0\n');
  });
});
