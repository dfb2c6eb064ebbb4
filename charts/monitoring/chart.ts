/**
 * Monitoring: kube-prometheus-stack. Prometheus (HA pair, retention and volumes from config,
 * selecting every ServiceMonitor, PodMonitor and PrometheusRule in the cluster), Grafana (HA
 * on a shared PostgreSQL, login through Keycloak, dashboards from ConfigMaps), Alertmanager
 * (HA pair, routes to e-mail and Slack from config, their secrets through the secrets
 * backend), and the platform's alert rules with runbook links.
 *
 * Node exporter needs the host's network, PID namespace and root filesystem: it runs in a
 * namespace of its own with the "privileged" Pod Security level, so the monitoring namespace
 * itself stays "restricted".
 */
import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { PodMonitor, PodMonitorSpecPodMetricsEndpointsRelabelingsAction } from '../../imports/monitoring.coreos.com_podmonitor-monitoring.coreos.com';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/monitoring.coreos.com_prometheusrule-monitoring.coreos.com';
import { ServiceMonitor } from '../../imports/monitoring.coreos.com_servicemonitor-monitoring.coreos.com';
import type { PlatformConfig } from '../../config/schema';
import type { MonitoringConfig } from './config';
import { dataProtection } from '../../argocd/sync';
import { HelmApplication } from '../../constructs/application';
import { PlatformCommon } from '../../constructs/common';
import { CertificateAuthority, IngressController, PlatformIngress } from '../../constructs/ingress';
import { PROMETHEUS_POD_LABELS } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, memoryQuantity, toResources } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { trustIn } from '../../constructs/trust';
import { waive } from '../../constructs/workload';
import type { IdentityProvider } from '../keycloak/handle';
import { DatabaseBackupProvider, restoredClusterName } from '../../constructs/database-backups';
import { defineComponent } from '../spec';
import type { ComponentId } from '../spec';
import { ALERT_GROUPS } from './rules';
import type { AlertGroup, DashboardSpec } from '../../constructs/alerts';
import { DASHBOARDS, dashboardJson } from './dashboards';
import { runbookUrl } from './runbooks';
import type { AlertmanagerConfigValues, AlertmanagerReceiver, AlertmanagerRoute, KubePrometheusStackValues, PodSecurityValues } from './values';
import type { GrafanaDatasource, Monitoring } from './handle';

export interface MonitoringProps {
  readonly common: PlatformCommon;
  readonly config?: MonitoringConfig;
  readonly postgres: PostgresOperator;
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  /** Backs up Grafana's database (base backups, WAL archiving). @default - no backups */
  readonly databaseBackups?: DatabaseBackupProvider;
  /**
   * Scrape ArgoCD's application controller from here: only when the `argocd` component is
   * off (ArgoCD installed by other means); otherwise that component owns its monitors.
   * @default false
   */
  readonly scrapeArgocd?: boolean;
  /** The alert groups of the components the environment builds (beside the platform's own). @default - none */
  readonly componentAlerts?: readonly AlertGroup[];
  /** Their dashboards (beside the platform's own). @default - none */
  readonly componentDashboards?: readonly DashboardSpec[];
}

/** Grafana's dashboard and data source sidecars, and the webhook certificate Jobs: small. */
const SIDECAR_SIZE: ContainerSize = { cpu: 0.02, memoryGiB: 0.125 };

/** Helm release name; kube-prometheus-stack prefixes its objects with it. */
export const KPS_RELEASE = 'kps';
const GRAFANA_HOST = 'grafana';
const PROMETHEUS_DATASOURCE_UID = 'prometheus';
const DASHBOARD_LABEL = { key: 'grafana_dashboard', value: '1' } as const;
const DATASOURCE_LABEL = { key: 'grafana_datasource', value: '1' } as const;
const RECEIVERS_SECRET = 'alertmanager-receivers';
const SLACK_KEY = 'slack-webhook-url';
const SMTP_KEY = 'smtp-password';
const GRAFANA_POD_LABELS = { 'app.kubernetes.io/name': 'grafana' } as const;
const ALERTMANAGER_POD_LABELS = { 'app.kubernetes.io/name': 'alertmanager' } as const;
/** Node exporter's namespace (host access, see the file comment). */
export const NODE_EXPORTER_NAMESPACE = 'monitoring-node-exporter';
/** Where the distribution runs CoreDNS; the platform only reads from it. */
const KUBE_SYSTEM_NAMESPACE = 'kube-system';
/** CoreDNS pods' label (kubeadm, RKE2 and k3s alike) and its prometheus plugin's port, whatever the port's name. */
const COREDNS_POD_LABELS = { 'k8s-app': 'kube-dns' } as const;
const COREDNS_METRICS_PORT = 9153;

export class MonitoringChart extends PlatformChart implements Monitoring {
  readonly namespace: string;
  readonly grafanaUrl: string;
  readonly prometheusUrl: string;
  readonly alertmanagerUrl: string;
  readonly grafanaPodLabels = GRAFANA_POD_LABELS;
  readonly dashboardLabel = DASHBOARD_LABEL;
  readonly helm: HelmApplication<KubePrometheusStackValues>;
  readonly rules: PrometheusRule;
  private readonly ns: PlatformNamespace;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, { component: id, common: props.common, phase: 1, namespace: id });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    const promReplicas = config.prometheus?.replicas ?? (production ? 2 : 1);
    const retention = config.prometheus?.retention ?? '15d';
    const promStorageGiB = config.prometheus?.storageGiB ?? (production ? 50 : 10);
    const promSize: ContainerSize = config.prometheus?.size ?? (production ? { cpu: 1, memoryGiB: 4 } : { cpu: 0.25, memoryGiB: 1 });
    const grafanaReplicas = config.grafana?.replicas ?? (production ? 2 : 1);
    const amReplicas = config.alertmanager?.replicas ?? (production ? 2 : 1);
    const grafanaSize: ContainerSize = production ? { cpu: 0.5, memoryGiB: 1 } : { cpu: 0.1, memoryGiB: 0.25 };
    const amSize: ContainerSize = { cpu: 0.1, memoryGiB: 0.25 };
    const operatorSize: ContainerSize = { cpu: 0.1, memoryGiB: 0.25 };
    const ksmSize: ContainerSize = { cpu: 0.1, memoryGiB: 0.25 };
    const nodeExporterSize: ContainerSize = { cpu: 0.05, memoryGiB: 0.0625 };
    const storageClass = common.storageClasses.default;

    this.namespace = id;
    this.ns = new PlatformNamespace(this, 'namespace', { name: id });
    const nodeNs = new PlatformNamespace(this, 'node-exporter-namespace', {
      name: NODE_EXPORTER_NAMESPACE,
      podSecurity: 'privileged',
      podSecurityReason: 'node exporter reads host metrics: host network and PID namespace, read-only hostPath mounts of /, /proc and /sys',
    });
    const nodeNsObject = nodeNs.node.findChild('namespace') as ApiObject;
    waive(nodeNsObject, 'host-namespaces', 'node exporter reports the host network and processes');
    waive(nodeNsObject, 'host-path', 'node exporter reads /proc, /sys and / read-only');
    waive(nodeNsObject, 'host-port', 'node exporter listens on the node address (port 9100) so every node is scraped');

    const grafanaIngress = new PlatformIngress(this, 'grafana-ingress', {
      host: GRAFANA_HOST,
      namespace: this.namespace,
      serviceName: `${KPS_RELEASE}-grafana`,
      servicePort: 80,
      targetPort: 3000,
      podLabels: GRAFANA_POD_LABELS,
      controller: props.ingress,
      authority: props.authority,
    });
    this.grafanaUrl = grafanaIngress.url;
    this.prometheusUrl = `http://${KPS_RELEASE}-prometheus.${this.namespace}.svc:9090`;
    this.alertmanagerUrl = `http://${KPS_RELEASE}-alertmanager.${this.namespace}.svc:9093`;

    // Grafana's sessions, users and annotations in PostgreSQL, so two replicas share them.
    const db = config.grafana?.database ?? {};
    const baseCluster = 'grafana-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    if (restore && !props.databaseBackups) {
      throw new Error('monitoring.grafana.database.restore needs database backups (the minio component): there is nothing to restore from');
    }
    const grafanaDb = new PostgresDatabase(this, 'grafana-db', {
      name: db.restore ? restoredClusterName(baseCluster, db.restore) : baseCluster,
      namespace: this.namespace,
      database: 'grafana',
      owner: 'grafana',
      instances: db.instances ?? (production ? 2 : 1),
      size: { cpu: db.cpu ?? (production ? 0.5 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 1 : 0.5) },
      storageGiB: db.storageGiB ?? (production ? 10 : 2),
      operator: props.postgres,
      backup: props.databaseBackups?.databaseBackups(this, this.namespace, { restore }),
      // Grafana keeps the dashboards it provisions in its dashboard table.
      verification: { description: `the dashboard table holds ${DASHBOARDS[0].uid}`, query: `SELECT EXISTS (SELECT 1 FROM dashboard WHERE uid = '${DASHBOARDS[0].uid}')` },
    });
    const oidc = props.identity.addClient(this, 'grafana', {
      redirectUris: [`${this.grafanaUrl}/login/generic_oauth`],
      namespace: this.namespace,
      name: 'Grafana',
    });
    if (!oidc.secret) {
      throw new Error('monitoring: the Keycloak client "grafana" must be confidential (it has no secret)');
    }
    // Grafana's OAuth client verifies Keycloak against tls_client_ca alone (it replaces the
    // system roots): the platform CA bundle, which has the public roots too.
    const trust = trustIn(this, this.namespace, props.authority.trust);
    const admin = new PlatformSecret(this, 'grafana-admin', {
      name: 'grafana-admin',
      namespace: this.namespace,
      keys: { 'admin-user': { generate: { length: 16 } }, 'admin-password': { generate: { length: 32 } } },
      readers: ['grafana'],
      description: 'Grafana break-glass administrator, for when Keycloak is down',
    });

    const alerting = this.alerting(config, common);

    const promPod: PodSecurityValues = { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 2000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } };
    const claim = (gib: number) => ({
      spec: { storageClassName: storageClass, accessModes: ['ReadWriteOnce'] as const, resources: { requests: { storage: memoryQuantity(gib) } } },
    });
    const roles = props.identity.roles;
    const rolePath = `contains(${oidc.rolesClaim}[*], 'admin') && 'Admin' || contains(${oidc.rolesClaim}[*], 'engineer') && 'Editor' || 'Viewer'`;
    const values: KubePrometheusStackValues = {
      fullnameOverride: KPS_RELEASE,
      // The CRDs are installed first, by the monitoring-crds component.
      crds: { enabled: false },
      defaultRules: { create: true },
      prometheus: {
        annotations: dataProtection('Prometheus metrics (its volumes are kept by the retention policy)'),
        podDisruptionBudget: { enabled: promReplicas >= 2, minAvailable: 1 },
        prometheusSpec: {
          replicas: promReplicas,
          retention,
          image: { registry: common.images.registry('quay.io') },
          resources: toResources(promSize),
          podAntiAffinity: promReplicas >= 2 ? 'hard' : '',
          externalUrl: this.prometheusUrl,
          storageSpec: { volumeClaimTemplate: claim(promStorageGiB) },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          // Select every rule and monitor in the cluster, whatever its labels: each component
          // owns the monitors of its endpoints.
          ruleSelectorNilUsesHelmValues: false,
          serviceMonitorSelectorNilUsesHelmValues: false,
          podMonitorSelectorNilUsesHelmValues: false,
          probeSelectorNilUsesHelmValues: false,
          scrapeConfigSelectorNilUsesHelmValues: false,
          ruleNamespaceSelector: {},
          serviceMonitorNamespaceSelector: {},
          podMonitorNamespaceSelector: {},
          securityContext: promPod,
        },
      },
      alertmanager: {
        annotations: dataProtection('Alertmanager silences and notification state'),
        podDisruptionBudget: { enabled: amReplicas >= 2, minAvailable: 1 },
        config: alerting.config,
        alertmanagerSpec: {
          replicas: amReplicas,
          image: { registry: common.images.registry('quay.io') },
          resources: toResources(amSize),
          podAntiAffinity: amReplicas >= 2 ? 'hard' : '',
          externalUrl: this.alertmanagerUrl,
          secrets: alerting.secrets,
          storage: { volumeClaimTemplate: claim(1) },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          securityContext: promPod,
        },
      },
      grafana: {
        enabled: true,
        defaultDashboardsEnabled: true,
        defaultDashboardsTimezone: 'utc',
        admin: { existingSecret: admin.name, userKey: 'admin-user', passwordKey: 'admin-password' },
        sidecar: {
          dashboards: { enabled: true, label: DASHBOARD_LABEL.key, labelValue: DASHBOARD_LABEL.value, searchNamespace: 'ALL' },
          datasources: { enabled: true, label: DATASOURCE_LABEL.key, labelValue: DATASOURCE_LABEL.value },
          resources: toResources(SIDECAR_SIZE),
        },
        replicas: grafanaReplicas,
        image: { registry: common.images.registry('docker.io') },
        resources: toResources(grafanaSize),
        persistence: { enabled: false },
        ...(grafanaReplicas >= 2
          ? {
              podDisruptionBudget: { maxUnavailable: 1 },
              topologySpreadConstraints: [
                { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { ...GRAFANA_POD_LABELS } } },
              ],
            }
          : {}),
        securityContext: { runAsNonRoot: true, runAsUser: 472, runAsGroup: 472, fsGroup: 472, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
        'grafana.ini': {
          server: { root_url: this.grafanaUrl, domain: grafanaIngress.hostname },
          database: { type: 'postgres', host: `${grafanaDb.host}:${grafanaDb.port}`, name: grafanaDb.database, ssl_mode: 'require' },
          'auth.generic_oauth': {
            enabled: true,
            name: 'Keycloak',
            allow_sign_up: true,
            client_id: oidc.clientId,
            scopes: 'openid profile email',
            auth_url: `${oidc.issuerUrl}/protocol/openid-connect/auth`,
            token_url: `${oidc.issuerUrl}/protocol/openid-connect/token`,
            api_url: `${oidc.issuerUrl}/protocol/openid-connect/userinfo`,
            signout_redirect_url: `${oidc.issuerUrl}/protocol/openid-connect/logout`,
            role_attribute_path: rolePath,
            role_attribute_strict: roles.length > 0,
            use_pkce: true,
            tls_client_ca: trust.pemFile,
          },
          auth: { oauth_auto_login: false, disable_login_form: false },
          users: { auto_assign_org_role: 'Viewer' },
          analytics: { reporting_enabled: false, check_for_updates: false },
        },
        extraConfigmapMounts: [{ name: trust.volume.name, configMap: trust.volume.configMap.name, mountPath: trust.volumeMount.mountPath, readOnly: true }],
        envValueFrom: {
          GF_DATABASE_USER: { secretKeyRef: { name: grafanaDb.secretName, key: 'username' } },
          GF_DATABASE_PASSWORD: { secretKeyRef: { name: grafanaDb.secretName, key: 'password' } },
          GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: { secretKeyRef: { name: oidc.secret.name, key: oidc.secret.key } },
        },
      },
      prometheusOperator: {
        image: { registry: common.images.registry('quay.io') },
        resources: toResources(operatorSize),
        admissionWebhooks: { patch: { resources: toResources(SIDECAR_SIZE) } },
      },
      'prometheus-node-exporter': {
        namespaceOverride: NODE_EXPORTER_NAMESPACE,
        resources: toResources(nodeExporterSize),
        securityContext: { fsGroup: 65534, runAsGroup: 65534, runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      },
      'kube-state-metrics': { resources: toResources(ksmSize) },
      coreDns: { enabled: true, service: { enabled: false }, serviceMonitor: { enabled: false } },
      kubeEtcd: { enabled: false },
      kubeScheduler: { enabled: false },
      kubeControllerManager: { enabled: false },
      kubeProxy: { enabled: false },
    };
    this.helm = new HelmApplication(this, 'kube-prometheus-stack', {
      chart: 'kubePrometheusStack',
      releaseName: KPS_RELEASE,
      namespace: this.namespace,
      values,
      holdsData: true,
      installCrds: false,
    });
    // The node exporter DaemonSet the chart renders is the one host-access workload here.
    waive(this.helm.application.apiObject, 'host-path', 'renders node exporter, which mounts /, /proc and /sys read-only, in its own privileged namespace');
    waive(this.helm.application.apiObject, 'host-namespaces', 'renders node exporter, which uses the host network and PID namespace, in its own privileged namespace');

    this.rules = this.alertRules([...ALERT_GROUPS, ...(props.componentAlerts ?? [])], common);
    // ArgoCD installed by other means than the `argocd` component: its application
    // controller's metrics (sync and health of every Application) are scraped from here. The
    // argo-cd chart names the metrics port http-metrics (templates/argocd-application-controller/metrics.yaml).
    if (props.scrapeArgocd === true) {
      new ServiceMonitor(this, 'argocd-metrics', {
        metadata: { name: 'argocd-application-controller', namespace: this.namespace },
        spec: {
          namespaceSelector: { matchNames: [common.gitops.argocdNamespace] },
          selector: { matchLabels: { 'app.kubernetes.io/name': 'argocd-metrics' } },
          endpoints: [{ port: 'http-metrics', interval: '30s' }],
        },
      });
    }
    // CoreDNS, scraped from here rather than through a Service the chart would write into
    // kube-system; the job stays "coredns", as under the chart's own ServiceMonitor. Prometheus
    // may reach every namespace (networkPolicies below).
    new PodMonitor(this, 'coredns-metrics', {
      metadata: { name: 'coredns', namespace: this.namespace },
      spec: {
        namespaceSelector: { matchNames: [KUBE_SYSTEM_NAMESPACE] },
        selector: { matchLabels: { ...COREDNS_POD_LABELS } },
        podMetricsEndpoints: [
          {
            portNumber: COREDNS_METRICS_PORT,
            interval: '30s',
            relabelings: [{ action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: 'coredns' }],
          },
        ],
      },
    });
    this.dashboards(common, [...DASHBOARDS, ...(props.componentDashboards ?? [])]);
    this.networkPolicies(alerting.smtpPort);

    this.declareWorkload({ name: 'prometheus', replicas: promReplicas, size: promSize });
    this.declareWorkload({ name: 'alertmanager', replicas: amReplicas, size: amSize });
    this.declareWorkload({ name: 'grafana', replicas: grafanaReplicas, size: grafanaSize });
    this.declareWorkload({ name: 'prometheus-operator', replicas: 1, size: operatorSize });
    this.declareWorkload({ name: 'kube-state-metrics', replicas: 1, size: ksmSize });
    this.declareWorkload({ name: 'node-exporter', replicas: 1, size: nodeExporterSize, perNode: true });
    this.declareVolumes({ name: 'prometheus', count: promReplicas, sizeGiB: promStorageGiB, storageClass });
    this.declareVolumes({ name: 'alertmanager', count: amReplicas, sizeGiB: 1, storageClass });
  }

  addDatasource(datasource: GrafanaDatasource): void {
    const file = {
      apiVersion: 1,
      datasources: [{ name: datasource.name, type: datasource.type, uid: datasource.uid, url: datasource.url, access: 'proxy', isDefault: false, editable: false }],
    };
    const slug = datasource.uid.toLowerCase();
    new k8s.KubeConfigMap(this, `datasource-${slug}`, {
      metadata: { name: `grafana-datasource-${slug}`, namespace: this.namespace, labels: { [DATASOURCE_LABEL.key]: DATASOURCE_LABEL.value } },
      data: { [`${slug}.yaml`]: JSON.stringify(file, null, 2) },
    });
    this.ns.allowEgress(`grafana-${slug}`, {
      podLabels: { ...GRAFANA_POD_LABELS },
      peers: [{ namespace: datasource.namespace, podLabels: { ...datasource.podLabels } }],
      ports: [datasource.port],
    });
  }

  /** Receivers and routes from config; Slack and SMTP secrets as `input` keys of one secret. */
  private alerting(config: MonitoringConfig, common: PlatformCommon): { config: AlertmanagerConfigValues; secrets: string[]; smtpPort?: number } {
    const email = config.alerting?.email;
    const slack = config.alerting?.slack;
    const emailCriticalOnly = email?.criticalOnly ?? false;
    if (email && emailCriticalOnly && !slack) {
      throw new Error(
        'monitoring.alerting.email.criticalOnly: true sends only critical alerts by e-mail, and without monitoring.alerting.slack warnings would reach nobody; set criticalOnly to false or configure monitoring.alerting.slack',
      );
    }
    if (!email && !slack) {
      this.warn(
        `${common.env}: monitoring: Alertmanager has no receiver, so every alert goes to the "null" receiver and reaches nobody; ` +
          'configure components.monitoring.alerting.email (to, from, smarthost) or components.monitoring.alerting.slack (channel), then seal their secrets with npm run seal',
      );
    }
    const keys: Record<string, { input: string }> = {};
    if (slack) {
      keys[SLACK_KEY] = { input: `Slack incoming webhook URL for ${slack.channel}` };
    }
    if (email?.username) {
      keys[SMTP_KEY] = { input: `SMTP password of ${email.username} at ${email.smarthost}` };
    }
    const secretPath = (key: string) => `/etc/alertmanager/secrets/${RECEIVERS_SECRET}/${key}`;
    const secrets: string[] = [];
    if (Object.keys(keys).length > 0) {
      const secret = new PlatformSecret(this, 'receivers', {
        name: RECEIVERS_SECRET,
        namespace: this.namespace,
        keys,
        readers: ['alertmanager'],
        description: 'Alertmanager receiver credentials (Slack webhook URL, SMTP password)',
      });
      secrets.push(secret.name);
      // Alertmanager reads the files when it sends (notify/slack, notify/email): a receiver
      // whose file is missing drops every alert it gets. Fail here rather than in the cluster.
      const unsealed = (key: string) => common.secrets.backend === 'sealed-secrets' && common.secretCatalog.sealedValue(this.namespace, secret.name, key) === undefined;
      if (slack && unsealed(SLACK_KEY)) {
        throw new Error(
          `monitoring.alerting.slack: the route to ${slack.channel} needs its webhook URL, but secret ${this.namespace}/${secret.name} key ${SLACK_KEY} has no sealed value; ` +
            `run: npm run seal -- --env ${common.env} --cert config/sealed/${common.env}.pem (or remove monitoring.alerting.slack)`,
        );
      }
      if (email?.username && unsealed(SMTP_KEY)) {
        throw new Error(
          `monitoring.alerting.email.username: the SMTP login ${email.username} at ${email.smarthost} needs its password, but secret ${this.namespace}/${secret.name} key ${SMTP_KEY} has no sealed value; ` +
            `run: npm run seal -- --env ${common.env} --cert config/sealed/${common.env}.pem (or remove monitoring.alerting.email.username)`,
        );
      }
    }

    const receivers: AlertmanagerReceiver[] = [{ name: 'null' }];
    const routes: AlertmanagerRoute[] = [
      // The always-firing heartbeat and the info inhibitor are not for people.
      { receiver: 'null', matchers: ['alertname=~"Watchdog|InfoInhibitor"'] },
    ];
    if (slack) {
      receivers.push({
        name: 'slack',
        slack_configs: [
          {
            api_url_file: secretPath(SLACK_KEY),
            channel: slack.channel,
            send_resolved: true,
            title: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}',
            text: '{{ range .Alerts }}{{ .Annotations.summary }}\nRunbook: {{ .Annotations.runbook_url }}\n{{ end }}',
          },
        ],
      });
      routes.push({ receiver: 'slack', matchers: ['severity=~"critical|warning"'], continue: true });
    }
    if (email) {
      receivers.push({
        name: 'email',
        email_configs: [
          {
            to: email.to,
            from: email.from,
            smarthost: email.smarthost,
            ...(email.username ? { auth_username: email.username, auth_password_file: secretPath(SMTP_KEY) } : {}),
            require_tls: true,
            send_resolved: true,
          },
        ],
      });
      routes.push({ receiver: 'email', matchers: [emailCriticalOnly ? 'severity="critical"' : 'severity=~"critical|warning"'], continue: true });
    }
    return {
      config: {
        global: { resolve_timeout: '5m' },
        route: { receiver: 'null', group_by: ['namespace', 'alertname'], group_wait: '30s', group_interval: '5m', repeat_interval: '4h', routes },
        receivers,
        inhibit_rules: [
          { source_matchers: ['severity="critical"'], target_matchers: ['severity="warning"'], equal: ['namespace', 'alertname'] },
        ],
      },
      secrets,
      smtpPort: email ? Number(email.smarthost.split(':')[1]) : undefined,
    };
  }

  private alertRules(groups: readonly AlertGroup[], common: PlatformCommon): PrometheusRule {
    const rule = new PrometheusRule(this, 'platform-rules', {
      metadata: { name: 'lakeplane-platform', namespace: this.namespace },
      spec: {
        groups: groups.map((group) => ({
          name: group.name,
          rules: group.rules.map((a) => ({
            alert: a.alert,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(a.expr),
            for: a.for,
            labels: { severity: a.severity },
            annotations: { summary: a.summary, description: a.description, runbook_url: runbookUrl(common.gitops, a.runbook) },
          })),
        })),
      },
    });
    return rule;
  }

  private dashboards(common: PlatformCommon, specs: readonly DashboardSpec[]): void {
    for (const spec of specs) {
      const name = spec.uid.replace(/^lakeplane-/, '');
      new k8s.KubeConfigMap(this, `dashboard-${name}`, {
        metadata: {
          name: `grafana-dashboard-${name}`,
          namespace: this.namespace,
          labels: { [DASHBOARD_LABEL.key]: DASHBOARD_LABEL.value },
          annotations: { 'lakeplane.io/environment': common.env },
        },
        data: { [`${spec.uid}.json`]: JSON.stringify(dashboardJson(spec, PROMETHEUS_DATASOURCE_UID), null, 2) },
      });
    }
  }

  private networkPolicies(smtpPort: number | undefined): void {
    this.ns.allowWithinNamespace();
    // Operator, Prometheus service discovery, Grafana sidecars and kube-state-metrics read the API.
    this.ns.allowKubeApi();
    // Prometheus scrapes every namespace (each opens its own port to it) and the nodes
    // (kubelet 10250, node exporter 9100 on the host network).
    this.ns.allowEgress('prometheus-scrape', { podLabels: { ...PROMETHEUS_POD_LABELS }, peers: [{ cidr: '0.0.0.0/0' }], ports: [9100, 10250] });
    const scrapeAll = new k8s.KubeNetworkPolicy(this, 'prometheus-all-namespaces', {
      metadata: { name: 'allow-to-all-namespaces', namespace: this.namespace },
      spec: {
        podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ namespaceSelector: {} }] }],
      },
    });
    waive(
      scrapeAll,
      'default-deny',
      'Prometheus scrapes metrics ports that differ per component in every namespace; each target namespace admits Prometheus on its metrics port only (PodMetrics/ServiceMetrics)',
    );
    // Grafana exchanges the login code with Keycloak at its public https address.
    this.ns.allowEgress('grafana-oidc', { podLabels: { ...GRAFANA_POD_LABELS }, peers: [{ cidr: '0.0.0.0/0' }], ports: [443] });
    // Alertmanager calls Slack (https) and the SMTP relay.
    this.ns.allowEgress('alertmanager-receivers', {
      podLabels: { ...ALERTMANAGER_POD_LABELS },
      peers: [{ cidr: '0.0.0.0/0' }],
      ports: [443, ...(smtpPort !== undefined && smtpPort !== 443 ? [smtpPort] : [])],
    });
    // The API server calls the operator's admission webhook (validates PrometheusRules).
    this.ns.allowIngress('kube-api-webhook', { podLabels: { app: `${KPS_RELEASE}-operator` }, peers: [{ cidr: '0.0.0.0/0' }], ports: [10250] });
  }
}

/** Components the monitoring stack needs. */
function monitoringDeps(config: PlatformConfig): ComponentId[] {
  return ['monitoring-crds', config.secrets.backend, 'cloudnative-pg', 'keycloak', 'traefik', 'cert-manager'];
}

export const monitoringComponent = defineComponent({
  id: 'monitoring',
  phase: 1,
  layer: 'observability',
  description: 'Prometheus, Alertmanager and Grafana (kube-prometheus-stack): metrics, alerts with runbooks, dashboards',
  dependsOn: monitoringDeps,
  // Grafana's database is backed up to the object store when there is one.
  optionalDeps: () => ['minio'],
  holdsData: 'Prometheus metrics (15 days by default) and Alertmanager silences on volumes; Grafana users and annotations in PostgreSQL',
  ui: GRAFANA_HOST,
  charts: ['kubePrometheusStack'],
  build(ctx) {
    const chart = new MonitoringChart(ctx.scope, 'monitoring', {
      common: ctx.common,
      config: ctx.config.components.monitoring,
      postgres: ctx.handles.get('cloudnative-pg'),
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      databaseBackups: ctx.handles.find('minio'),
      scrapeArgocd: ctx.config.components.argocd?.enabled === false,
      componentAlerts: ctx.alerts,
      componentDashboards: ctx.dashboards,
    });
    return { charts: [chart], handle: chart };
  },
});
