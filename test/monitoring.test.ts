/** The monitoring component: kube-prometheus-stack values, alert rules, dashboards, alert routes. */
import { App } from 'cdk8s';
// The registry first: it imports every component (a component file imported first would find
// the registry half-built).
import { loadEnvironment, synthConfig } from '../lib/synth';
import { certManagerComponent } from '../charts/cert-manager/chart';
import { cloudnativePgComponent } from '../charts/cloudnative-pg/chart';
import { keycloakComponent } from '../charts/keycloak/chart';
import { monitoringComponent } from '../charts/monitoring/chart';
import { monitoringCrdsComponent } from '../charts/monitoring/crds';
import { sealedSecretsComponent } from '../charts/sealed-secrets/chart';
import { traefikComponent } from '../charts/traefik/chart';
import { MonitoringChart, MonitoringProps, NODE_EXPORTER_NAMESPACE } from '../charts/monitoring/chart';
import { ALERT_GROUPS } from '../charts/monitoring/rules';
import { DASHBOARDS } from '../charts/monitoring/dashboards';
import { WAL_RPO_SECONDS, allAlerts } from '../constructs/alerts';
import { COMPONENTS, everyAlertGroup, everyDashboard } from '../charts/registry';
import { buildEnvironment } from '../lib/build';
import type { Manifest } from '../lib/output';
import { parseConfig } from '../config/load';
import { ENVIRONMENTS } from '../config';
import { parse } from 'yaml';
import { UPSTREAM_WAIVERS } from '../policy/upstream';
import { expectChartAccepts } from './helm-values';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { FakeIdentity, FakeObjectStore, fakeAuthority, fakeIngress, fakePostgres } from './ops-fakes';
import { field, findAll, findObject, manifests, testCommon } from './util';
import type { KubePrometheusStackValues } from '../charts/monitoring/values';
import type { PlatformCommon } from '../constructs/common';

function build(common: PlatformCommon = testCommon('prod'), extra: Partial<MonitoringProps> = {}): MonitoringChart {
  return new MonitoringChart(new App({ outdir: 'unused' }), 'monitoring', {
    common,
    postgres: fakePostgres,
    identity: new FakeIdentity(),
    ingress: fakeIngress,
    authority: fakeAuthority,
    // Every component's groups and dashboards, as in an environment that builds them all.
    componentAlerts: COMPONENTS.flatMap((c) => c.alerts ?? []),
    componentDashboards: COMPONENTS.flatMap((c) => c.dashboards ?? []),
    ...extra,
  });
}

/** Grafana, node exporter and kube-state-metrics subchart keys: not in kube-prometheus-stack's own values file. */
export const SUBCHART_KEYS = {
  grafana: ['replicas', 'image', 'resources', 'persistence', 'podDisruptionBudget', 'topologySpreadConstraints', 'securityContext', 'containerSecurityContext', 'grafana.ini', 'extraConfigmapMounts', 'envValueFrom'],
  'prometheus-node-exporter': ['resources', 'securityContext', 'containerSecurityContext'],
  'kube-state-metrics': ['resources'],
} as const;

function withoutSubchartKeys(values: KubePrometheusStackValues): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const [section, keys] of Object.entries(SUBCHART_KEYS)) {
    const copy: Record<string, unknown> = { ...(values as unknown as Record<string, Record<string, unknown>>)[section] };
    for (const key of keys) delete copy[key];
    out[section] = copy;
  }
  // The grafana chart's sidecar.resources (charts/grafana/values.yaml), beside the sidecar keys kube-prometheus-stack lists.
  const grafana = out.grafana as Record<string, Record<string, unknown>>;
  const { resources: _sidecarResources, ...sidecar } = grafana.sidecar;
  out.grafana = { ...grafana, sidecar };
  return out;
}

const prodChart = build();
const prod = manifests(prodChart);
const values = prodChart.helm.values;

describe('monitoring (production)', () => {
  test('snapshot', () => {
    expect(prod).toMatchSnapshot();
  });

  test('Prometheus: 2 replicas, 15 days, 50 GiB each, kept when the StatefulSet goes', () => {
    const spec = values.prometheus.prometheusSpec;
    expect(spec.replicas).toBe(2);
    expect(spec.retention).toBe('15d');
    expect(spec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage).toBe('50Gi');
    expect(spec.storageSpec.volumeClaimTemplate.spec.storageClassName).toBe('longhorn');
    expect(spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(spec.podAntiAffinity).toBe('hard');
    expect(values.prometheus.podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
  });

  test('Prometheus selects every ServiceMonitor, PodMonitor and PrometheusRule in the cluster', () => {
    const spec = values.prometheus.prometheusSpec;
    expect(spec.serviceMonitorSelectorNilUsesHelmValues).toBe(false);
    expect(spec.podMonitorSelectorNilUsesHelmValues).toBe(false);
    expect(spec.ruleSelectorNilUsesHelmValues).toBe(false);
    expect(spec.serviceMonitorNamespaceSelector).toEqual({});
    expect(spec.podMonitorNamespaceSelector).toEqual({});
    expect(spec.ruleNamespaceSelector).toEqual({});
  });

  test('Grafana: 2 replicas on a shared PostgreSQL, login through Keycloak, behind the ingress', () => {
    const identity = new FakeIdentity();
    const chart = build(testCommon('prod'), { identity });
    const g = chart.helm.values.grafana;
    expect(g.replicas).toBe(2);
    expect(g['grafana.ini'].database).toEqual({ type: 'postgres', host: 'grafana-db-rw.monitoring.svc:5432', name: 'grafana', ssl_mode: 'require' });
    expect(g.envValueFrom.GF_DATABASE_PASSWORD).toEqual({ secretKeyRef: { name: 'grafana-db-app', key: 'password' } });
    expect(g['grafana.ini']['auth.generic_oauth'].enabled).toBe(true);
    expect(g['grafana.ini']['auth.generic_oauth'].auth_url).toBe('https://keycloak.data.example.com/realms/lakeplane/protocol/openid-connect/auth');
    expect(g.envValueFrom.GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET).toEqual({ secretKeyRef: { name: 'grafana-oidc', key: 'client-secret' } });
    expect(identity.clients).toEqual([{ clientId: 'grafana', options: { redirectUris: ['https://grafana.data.example.com/login/generic_oauth'], namespace: 'monitoring', name: 'Grafana' } }]);
    const objs = manifests(chart);
    expect(field(findObject(objs, 'Cluster', 'grafana-db'), 'spec.instances')).toBe(2);
    expect(field(findObject(objs, 'Ingress', 'grafana'), 'spec.rules.0.host')).toBe('grafana.data.example.com');
    expect(chart.grafanaUrl).toBe('https://grafana.data.example.com');
  });

  test('Alertmanager: 2 replicas; no receivers configured means alerts go nowhere, and synth says so', () => {
    expect(values.alertmanager.alertmanagerSpec.replicas).toBe(2);
    expect(values.alertmanager.config.receivers).toEqual([{ name: 'null' }]);
    expect(values.alertmanager.alertmanagerSpec.secrets).toEqual([]);
    expect(prodChart.warnings).toEqual([
      'prod: monitoring: Alertmanager has no receiver, so every alert goes to the "null" receiver and reaches nobody; ' +
        'configure components.monitoring.alerting.email (to, from, smarthost) or components.monitoring.alerting.slack (channel), then seal their secrets with npm run seal',
    ]);
  });

  test('node exporter runs in its own privileged namespace with reasoned waivers; monitoring stays restricted', () => {
    expect(values['prometheus-node-exporter'].namespaceOverride).toBe(NODE_EXPORTER_NAMESPACE);
    const own = findObject(prod, 'Namespace', 'monitoring');
    expect(field(own, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const node = findObject(prod, 'Namespace', NODE_EXPORTER_NAMESPACE);
    expect(field(node, 'metadata.labels')['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(field(node, 'metadata.annotations')['lakeplane.io/pod-security-reason']).toContain('node exporter');
    expect(Object.keys(field(node, 'metadata.annotations')).filter((k) => k.startsWith('ignore-check.lakeplane.io/')).sort()).toEqual([
      'ignore-check.lakeplane.io/host-namespaces',
      'ignore-check.lakeplane.io/host-path',
      'ignore-check.lakeplane.io/host-port',
    ]);
  });

  test('nothing goes into kube-system (the AppProject does not permit it); CoreDNS is scraped from the monitoring namespace', () => {
    // The chart's CoreDNS Service lives in kube-system: off, with its ServiceMonitor; the
    // control-plane exporters, each a Service there too, stay off.
    expect(values.coreDns).toEqual({ enabled: true, service: { enabled: false }, serviceMonitor: { enabled: false } });
    expect([values.kubeEtcd, values.kubeScheduler, values.kubeControllerManager, values.kubeProxy].map((v) => v.enabled)).toEqual([false, false, false, false]);
    const coredns = findObject(prod, 'PodMonitor', 'coredns');
    expect(coredns.metadata.namespace).toBe('monitoring');
    expect(field(coredns, 'spec.namespaceSelector')).toEqual({ matchNames: ['kube-system'] });
    expect(field(coredns, 'spec.selector')).toEqual({ matchLabels: { 'k8s-app': 'kube-dns' } });
    // The job label the chart's ServiceMonitor gave, so its CoreDNS dashboard reads the same series.
    expect(field(coredns, 'spec.podMetricsEndpoints.0')).toMatchObject({ portNumber: 9153, relabelings: [{ action: 'replace', targetLabel: 'job', replacement: 'coredns' }] });
  });

  test('rendered with helm, the chart writes only into the monitoring namespaces and keeps the CoreDNS dashboard', async () => {
    const [render] = await renderReleases([helmReleaseOf(findObject(prod, 'Application'))]);
    const namespaces = [...new Set(render.objects.map((o) => o.object.metadata.namespace).filter((ns) => ns !== undefined))].sort();
    expect(namespaces).toEqual(['monitoring', NODE_EXPORTER_NAMESPACE]);
    // The chart's CoreDNS Service and ServiceMonitor (templates/exporters/core-dns/) are off; its
    // dashboard ConfigMap (templates/grafana/dashboards-1.14/k8s-coredns.yaml) stays.
    const names = render.objects.map((o) => `${o.object.kind}/${o.object.metadata.name}`);
    expect(names.filter((n) => /^(Service|ServiceMonitor)\/.*coredns/.test(n))).toEqual([]);
    expect(names).toContain('ConfigMap/kps-k8s-coredns');
  });

  test('the chart accepts the values (subchart keys aside)', () => {
    expectChartAccepts('kube-prometheus-stack', withoutSubchartKeys(values));
  });

  test('footprint: every workload the chart runs and both volume sets', () => {
    expect(prodChart.workloads.map((w) => [w.name, w.replicas, w.perNode ?? false])).toEqual([
      ['grafana-db', 2, false],
      ['prometheus', 2, false],
      ['alertmanager', 2, false],
      ['grafana', 2, false],
      ['prometheus-operator', 1, false],
      ['kube-state-metrics', 1, false],
      ['node-exporter', 1, true],
    ]);
    expect(prodChart.volumes.find((v) => v.name === 'prometheus')).toEqual({ name: 'prometheus', count: 2, sizeGiB: 50, storageClass: 'longhorn' });
  });
});

describe('alert rules', () => {
  const rule = findObject(prod, 'PrometheusRule', 'lakeplane-platform');
  const rules: Array<{ alert: string; expr: string; labels: Record<string, string>; annotations: Record<string, string> }> = field(rule, 'spec.groups').flatMap(
    (g: { rules: unknown[] }) => g.rules,
  );

  test.each([
    ['object store disk usage', /minio_cluster_capacity_usable_free_bytes/],
    ['object store request latency', /minio_s3_requests_ttfb_seconds_distribution/],
    ['Trino queued queries', /trino_execution_querymanager_queuedqueries/],
    // The JMX exporter's default format: the pool is the label name="general" (see test/trino.test.ts).
    ['Trino memory pressure', /trino_memory_clustermemorypool_freedistributedbytes\{name="general"\}/],
    ['node CPU', /node_cpu_seconds_total/],
    ['node memory', /node_memory_MemAvailable_bytes/],
    ['pod restart loops', /kube_pod_container_status_restarts_total/],
    ['last PostgreSQL backup too old', /cnpg_collector_last_available_backup_timestamp/],
    ['WAL archiving beyond the RPO', new RegExp(`cnpg_pg_stat_archiver_seconds_since_last_archival\\) > ${WAL_RPO_SECONDS}`)],
    ['Velero backup failures', /velero_backup_failure_total/],
    ['certificate expiry', /certmanager_certificate_expiration_timestamp_seconds/],
    ['ArgoCD out of sync', /sync_status="OutOfSync"/],
    ['ArgoCD degraded', /health_status=~"Degraded\|Missing"/],
  ])('an alert watches %s', (_what, pattern) => {
    expect(rules.some((r) => pattern.test(r.expr))).toBe(true);
  });

  test('the Airflow scheduler alert also fires when the heartbeat series is missing altogether', () => {
    const expr = rules.find((r) => r.alert === 'AirflowSchedulerDown')!.expr;
    expect(expr).toBe('sum(rate(airflow_scheduler_heartbeat[5m])) == 0 or absent(airflow_scheduler_heartbeat)');
  });

  test('every alert has a summary, a severity and a runbook URL into docs/runbooks', () => {
    expect(rules).toHaveLength(allAlerts(everyAlertGroup()).length);
    for (const r of rules) {
      expect(r.annotations.summary).toBeTruthy();
      expect(['critical', 'warning']).toContain(r.labels.severity);
      expect(r.annotations.runbook_url).toMatch(/^https:\/\/git\.example\.com\/platform\/lakeplane-gitops\/blob\/main\/docs\/runbooks\/[a-z-]+\.md#[a-z0-9-]+$/);
    }
  });

  test('ArgoCD\'s application metrics (sync and health) are scraped from here only when the argocd component is off, on the chart\'s port name', () => {
    expect(prod.filter((o) => o.kind === 'ServiceMonitor' && o.metadata.name === 'argocd-application-controller')).toEqual([]);
    const monitor = findObject(manifests(build(testCommon('prod'), { scrapeArgocd: true })), 'ServiceMonitor', 'argocd-application-controller');
    expect(field(monitor, 'spec.namespaceSelector')).toEqual({ matchNames: ['argocd'] });
    expect(field(monitor, 'spec.selector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'argocd-metrics' });
    // argo-cd chart: controller.metrics.service.portName defaults to http-metrics.
    expect(field(monitor, 'spec.endpoints')).toEqual([{ port: 'http-metrics', interval: '30s' }]);
  });

  test('a component\'s alert group exists only where that component is built; platform-wide groups always', () => {
    // What the build hands the monitoring stack: the groups of the components it builds.
    const groupsIn = (phase: 1 | 2): string[] => buildEnvironment(loadEnvironment('prod', phase)).charts.get('monitoring')!
      .flatMap((c) => c.toJson() as Manifest[])
      .filter((o) => o.kind === 'PrometheusRule')
      .flatMap((o) => field(o, 'spec.groups').map((g: { name: string }) => g.name));
    const phase1 = groupsIn(1);
    expect(phase1).not.toContain('lakeplane.spark');
    expect(phase1).not.toContain('lakeplane.kafka');
    expect(phase1).toEqual(expect.arrayContaining(['lakeplane.airflow', 'lakeplane.trino', 'lakeplane.nodes', 'lakeplane.argocd']));
    expect(groupsIn(2)).toEqual(expect.arrayContaining(['lakeplane.spark', 'lakeplane.kafka']));
    // Each component's groups live in its folder and are listed on its spec.
    const owners = COMPONENTS.filter((c) => (c.alerts ?? []).length > 0).map((c) => c.id);
    expect(owners).toEqual(expect.arrayContaining(['minio', 'trino', 'cloudnative-pg', 'velero', 'cert-manager', 'airflow', 'spark-streaming', 'kafka', 'restore-drills']));
  });

  test('rules are typed PrometheusRule objects in the monitoring namespace', () => {
    expect(rule.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(rule.metadata.namespace).toBe('monitoring');
    expect(field(rule, 'spec.groups').map((g: { name: string }) => g.name)).toEqual(everyAlertGroup().map((g) => g.name));
    expect(ALERT_GROUPS.map((g) => g.name)).toEqual(['lakeplane.nodes', 'lakeplane.pods', 'lakeplane.argocd']);
  });
});

describe('dashboards', () => {
  test('one ConfigMap per dashboard, labelled for the Grafana sidecar, with real PromQL', () => {
    const maps = findAll(prod, 'ConfigMap').filter((c) => field(c, 'metadata.labels')?.grafana_dashboard === '1');
    expect(maps.map((m) => m.metadata.name).sort()).toEqual([
      'grafana-dashboard-jupyterhub',
      'grafana-dashboard-kafka',
      'grafana-dashboard-kubernetes',
      'grafana-dashboard-mlflow',
      'grafana-dashboard-object-store',
      'grafana-dashboard-platform',
      'grafana-dashboard-postgresql',
      'grafana-dashboard-restore-drills',
      'grafana-dashboard-trino',
    ]);
    for (const map of maps) {
      const json = JSON.parse(Object.values(map.data as Record<string, string>)[0]);
      expect(json.panels.length).toBeGreaterThanOrEqual(5);
      for (const panel of json.panels) {
        expect(panel.targets.length).toBeGreaterThan(0);
        for (const t of panel.targets) expect(t.expr).toMatch(/[a-z_]+/);
      }
    }
    expect(DASHBOARDS).toHaveLength(2);
    expect(everyDashboard().length).toBeGreaterThanOrEqual(7);
    expect(values.grafana.sidecar.dashboards).toEqual({ enabled: true, label: 'grafana_dashboard', labelValue: '1', searchNamespace: 'ALL' });
  });

  test('another component adds a data source and Grafana may reach it', () => {
    const chart = build();
    chart.addDatasource({ name: 'Loki', type: 'loki', uid: 'loki', url: 'http://loki.logging.svc:3100', namespace: 'logging', podLabels: { app: 'loki' }, port: 3100 });
    const objs = manifests(chart);
    const ds = findObject(objs, 'ConfigMap', 'grafana-datasource-loki');
    expect(ds.metadata.labels).toMatchObject({ grafana_datasource: '1' });
    expect(JSON.parse((ds.data as Record<string, string>)['loki.yaml']).datasources[0]).toMatchObject({ type: 'loki', url: 'http://loki.logging.svc:3100' });
    expect(field(findObject(objs, 'NetworkPolicy', 'allow-to-grafana-loki'), 'spec.egress.0.ports.0.port')).toBe(3100);
  });
});

describe('grafana trusts the platform CA', () => {
  test('the OAuth client verifies Keycloak with the bundle (tls_client_ca), mounted from the namespace\'s copy', () => {
    const trust = fakeAuthority.trust;
    expect(values.grafana['grafana.ini']['auth.generic_oauth'].tls_client_ca).toBe(`/etc/platform-ca/${trust.pemKey}`);
    expect(values.grafana.extraConfigmapMounts).toEqual([{ name: 'platform-ca', configMap: trust.configMapName, mountPath: '/etc/platform-ca', readOnly: true }]);
    expect(findObject(prod, 'Namespace', 'monitoring').metadata.labels).toMatchObject({ [trust.namespaceLabel.key]: trust.namespaceLabel.value });
  });
});

describe('alert routing from config', () => {
  const alerting = {
    email: { to: 'oncall@example.com', from: 'alertmanager@example.com', smarthost: 'smtp.example.com:587', username: 'alertmanager' },
    slack: { channel: '#platform-alerts' },
  };
  const sealed = { 'monitoring/alertmanager-receivers': { 'slack-webhook-url': 'AgB...', 'smtp-password': 'AgC...' } };

  test('synth says so among its warnings when no receiver is configured', () => {
    const registry = [sealedSecretsComponent, traefikComponent, certManagerComponent, cloudnativePgComponent, keycloakComponent, monitoringCrdsComponent, monitoringComponent];
    const result = synthConfig(loadEnvironment('dev', 1), {}, { registry });
    expect(result.warnings.filter((w) => w.includes('Alertmanager'))).toEqual([expect.stringMatching(/^dev: monitoring: Alertmanager has no receiver, so every alert goes to the "null" receiver and reaches nobody; /)]);
  });

  test('Slack and e-mail receivers read their secrets from mounted files', () => {
    const common = testCommon('prod', { components: { monitoring: { alerting } } }, sealed);
    const chart = build(common, { config: { alerting } });
    const am = chart.helm.values.alertmanager;
    expect(am.alertmanagerSpec.secrets).toEqual(['alertmanager-receivers']);
    const slack = am.config.receivers.find((r) => r.name === 'slack')!;
    expect(slack.slack_configs![0]).toMatchObject({ api_url_file: '/etc/alertmanager/secrets/alertmanager-receivers/slack-webhook-url', channel: '#platform-alerts' });
    const email = am.config.receivers.find((r) => r.name === 'email')!;
    expect(email.email_configs![0]).toMatchObject({ to: 'oncall@example.com', auth_password_file: '/etc/alertmanager/secrets/alertmanager-receivers/smtp-password', require_tls: true });
    expect(am.config.route.routes!.map((r) => [r.receiver, r.matchers])).toEqual([
      ['null', ['alertname=~"Watchdog|InfoInhibitor"']],
      ['slack', ['severity=~"critical|warning"']],
      ['email', ['severity=~"critical|warning"']],
    ]);
    expect(chart.warnings).toEqual([]);
    const secret = findObject(manifests(chart), 'SealedSecret', 'alertmanager-receivers');
    expect(Object.keys(field(secret, 'spec.encryptedData')).sort()).toEqual(['slack-webhook-url', 'smtp-password']);
    expect(findObject(manifests(chart), 'NetworkPolicy', 'allow-to-alertmanager-receivers').spec).toMatchObject({ egress: [{ ports: [{ port: 443 }, { port: 587 }] }] });
  });

  test('e-mail may take critical alerts only, when Slack takes the warnings', () => {
    const common = testCommon('prod', {}, sealed);
    const both = { ...alerting, email: { ...alerting.email, criticalOnly: true } };
    const routes = build(common, { config: { alerting: both } }).helm.values.alertmanager.config.route.routes!;
    expect(routes.find((r) => r.receiver === 'email')!.matchers).toEqual(['severity="critical"']);
    expect(() => build(testCommon('prod', {}, sealed), { config: { alerting: { email: both.email } } })).toThrow(
      'monitoring.alerting.email.criticalOnly: true sends only critical alerts by e-mail, and without monitoring.alerting.slack warnings would reach nobody; set criticalOnly to false or configure monitoring.alerting.slack',
    );
  });

  test('an SMTP login without its sealed password fails with a clear message; without a login no secret is needed', () => {
    const common = testCommon('dev');
    expect(() => build(common, { config: { alerting: { email: alerting.email } } })).toThrow(
      'monitoring.alerting.email.username: the SMTP login alertmanager at smtp.example.com:587 needs its password, but secret monitoring/alertmanager-receivers key smtp-password has no sealed value; run: npm run seal -- --env dev --cert config/sealed/dev.pem (or remove monitoring.alerting.email.username)',
    );
    const { username: _login, ...relay } = alerting.email;
    void _login;
    const am = build(testCommon('dev'), { config: { alerting: { email: relay } } }).helm.values.alertmanager;
    expect(am.alertmanagerSpec.secrets).toEqual([]);
    expect(am.config.receivers.find((r) => r.name === 'email')!.email_configs![0]).toEqual({
      to: 'oncall@example.com', from: 'alertmanager@example.com', smarthost: 'smtp.example.com:587', require_tls: true, send_resolved: true,
    });
  });

  test('rendered by helm: the Alertmanager configuration routes to the receivers, reads each credential from its mounted file, and holds none', async () => {
    const common = testCommon('prod', {}, sealed);
    const chart = build(common, { config: { alerting } });
    const [render] = await renderReleases([helmReleaseOf(findObject(manifests(chart), 'Application'))]);
    const rendered = render.objects.map((o) => o.object);
    const secret = findObject(rendered, 'Secret', 'alertmanager-kps-alertmanager');
    const text = Buffer.from((secret.data as Record<string, string>)['alertmanager.yaml'], 'base64').toString('utf8');
    const config = parse(text) as Record<string, any>;
    expect(config.route.receiver).toBe('null');
    expect(config.route.routes.map((r: { receiver: string; matchers: string[]; continue?: boolean }) => [r.receiver, r.matchers, r.continue ?? false])).toEqual([
      ['null', ['alertname=~"Watchdog|InfoInhibitor"'], false],
      ['slack', ['severity=~"critical|warning"'], true],
      ['email', ['severity=~"critical|warning"'], true],
    ]);
    expect(config.receivers.map((r: { name: string }) => r.name)).toEqual(['null', 'slack', 'email']);
    const files = [config.receivers[1].slack_configs[0].api_url_file, config.receivers[2].email_configs[0].auth_password_file];
    expect(files).toEqual(['/etc/alertmanager/secrets/alertmanager-receivers/slack-webhook-url', '/etc/alertmanager/secrets/alertmanager-receivers/smtp-password']);
    // Each file is a key of a Secret the Alertmanager pods mount under /etc/alertmanager/secrets/<name>/ (the Alertmanager CRD's spec.secrets).
    expect(field(findObject(rendered, 'Alertmanager', 'kps-alertmanager'), 'spec.secrets')).toEqual(['alertmanager-receivers']);
    // Nothing secret inline: no credential field but the *_file ones, no sealed value, no webhook URL.
    const keysOf = (value: unknown): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];
    const credentialKeys = keysOf(config).filter((k) => /password|api_url|token|secret/i.test(k));
    expect([...new Set(credentialKeys)].sort()).toEqual(['api_url_file', 'auth_password_file']);
    for (const ciphertext of Object.values(sealed['monitoring/alertmanager-receivers'])) {
      expect(text).not.toContain(ciphertext);
    }
    expect(text).not.toMatch(/hooks\.slack\.com/);
    // Which is why the gate lets this chart Secret through.
    expect(UPSTREAM_WAIVERS.find((w) => w.component === 'monitoring' && w.kind === 'Secret' && w.name === secret.metadata.name)?.rule).toBe('no-plain-secret');

    // Grafana: its OAuth client verifies Keycloak with the platform CA bundle, mounted from the namespace's copy.
    const grafana = findObject(rendered, 'Deployment', 'kps-grafana');
    const volume = field(grafana, 'spec.template.spec.volumes').find((v: { name: string }) => v.name === 'platform-ca');
    expect(volume.configMap.name).toBe(fakeAuthority.trust.configMapName);
    const container = field(grafana, 'spec.template.spec.containers').find((c: { name: string }) => c.name === 'grafana');
    expect(container.volumeMounts).toContainEqual(expect.objectContaining({ name: 'platform-ca', mountPath: '/etc/platform-ca', readOnly: true }));
    const ini = (findObject(rendered, 'ConfigMap', 'kps-grafana').data as Record<string, string>)['grafana.ini'];
    expect(ini).toContain(`tls_client_ca = /etc/platform-ca/${fakeAuthority.trust.pemKey}`);
  });

  test('a Slack route without its webhook secret fails with a clear message', () => {
    const common = testCommon('dev', { components: { monitoring: { alerting: { slack: alerting.slack } } } });
    expect(() => build(common, { config: { alerting: { slack: alerting.slack } } })).toThrow(
      'monitoring.alerting.slack: the route to #platform-alerts needs its webhook URL, but secret monitoring/alertmanager-receivers key slack-webhook-url has no sealed value; run: npm run seal -- --env dev --cert config/sealed/dev.pem (or remove monitoring.alerting.slack)',
    );
  });

  test('bad config is refused with the field, the value and the fix', () => {
    const bad = (components: unknown) => () => parseConfig({ ...ENVIRONMENTS.prod, components }, 'test');
    expect(bad({ monitoring: { prometheus: { retention: '15 days' } } })).toThrow(
      'components.monitoring.prometheus.retention: got "15 days"; must be a duration such as 15d, 12h or 720h (a number and one of ms, s, m, h, d, w, y)',
    );
    expect(bad({ monitoring: { alerting: { slack: { channel: 'alerts' } } } })).toThrow('components.monitoring.alerting.slack.channel: got "alerts"; must be a channel such as #platform-alerts');
    expect(bad({ monitoring: { alerting: { email: { to: 'x', from: 'a@b.c', smarthost: 'smtp:25' } } } })).toThrow('components.monitoring.alerting.email.to: got "x"; must be an e-mail address');
    expect(bad({ monitoring: { alerting: { email: { to: 'a@b.c', from: 'alertmanager', smarthost: 'smtp:25' } } } })).toThrow('components.monitoring.alerting.email.from: got "alertmanager"; must be an e-mail address');
    expect(bad({ monitoring: { alerting: { email: { to: 'a@b.c', from: 'a@b.c', smarthost: 'smtp.example.com' } } } })).toThrow(
      'components.monitoring.alerting.email.smarthost: got "smtp.example.com"; must be host:port, e.g. smtp.example.com:587',
    );
    expect(bad({ monitoring: { alerting: { email: { from: 'a@b.c', smarthost: 'smtp:25' } } } })).toThrow('components.monitoring.alerting.email.to');
    expect(bad({ monitoring: { prometheus: { replicas: 0 } } })).toThrow('components.monitoring.prometheus.replicas: got 0; must be >= 1');
    expect(() => build(testCommon('prod'), { config: { grafana: { database: { restore: { targetTime: '2026-11-20T14:14:00Z' } } } } })).toThrow(
      'monitoring.grafana.database.restore needs database backups (the minio component): there is nothing to restore from',
    );
  });
});

describe('monitoring (small profile)', () => {
  test('one replica of everything, small volumes, no PodDisruptionBudget', () => {
    const chart = build(testCommon('dev'));
    const v = chart.helm.values;
    expect([v.prometheus.prometheusSpec.replicas, v.alertmanager.alertmanagerSpec.replicas, v.grafana.replicas]).toEqual([1, 1, 1]);
    expect(v.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage).toBe('10Gi');
    expect(v.prometheus.podDisruptionBudget.enabled).toBe(false);
    expect(v.grafana.podDisruptionBudget).toBeUndefined();
  });

  test('knobs set in config win over the profile (all props)', () => {
    const config = { prometheus: { replicas: 3, retention: '30d', storageGiB: 80, size: { cpu: 2, memoryGiB: 8 } }, grafana: { replicas: 3 }, alertmanager: { replicas: 3 } };
    const store = new FakeObjectStore();
    const all: Required<MonitoringProps> = { common: testCommon('dev'), config, postgres: fakePostgres, identity: new FakeIdentity(), ingress: fakeIngress, authority: fakeAuthority, databaseBackups: store, scrapeArgocd: true, componentAlerts: [], componentDashboards: [] };
    const v = new MonitoringChart(new App({ outdir: 'unused' }), 'monitoring', all).helm.values;
    expect(store.backedUp).toEqual(['monitoring/grafana-db']);
    expect(v.prometheus.prometheusSpec.resources.requests).toEqual({ cpu: '2', memory: '8Gi' });
    expect([v.prometheus.prometheusSpec.replicas, v.prometheus.prometheusSpec.retention, v.grafana.replicas, v.alertmanager.alertmanagerSpec.replicas]).toEqual([3, '30d', 3, 3]);
    expect(v.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage).toBe('80Gi');
  });
});

describe('upstream objects the chart renders', () => {
  test('Prometheus and Alertmanager objects carry the data protection; node exporter drops every capability; sidecars and webhook Jobs are sized', () => {
    const protection = { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' };
    expect(values.prometheus.annotations).toMatchObject(protection);
    expect(values.alertmanager.annotations).toMatchObject(protection);
    expect(values['prometheus-node-exporter'].containerSecurityContext).toEqual({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(values['prometheus-node-exporter'].securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
    for (const resources of [values.grafana.sidecar.resources, values.prometheusOperator.admissionWebhooks.patch.resources]) {
      expect(resources.requests).toBeDefined();
      expect(resources.limits?.memory).toBeDefined();
    }
  });
});
