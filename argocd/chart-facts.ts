/**
 * What each upstream chart installs, as lakeplane configures it: facts an ArgoCD sync
 * depends on, read from the real chart rendered with lakeplane's values (every environment,
 * every phase's components, the union). test/chart-facts.test.ts renders the charts with helm
 * and fails when this table and the charts disagree; bumping a chart or changing its values
 * may mean updating it.
 *
 * Plain data, sorted. Kinds are 'group/Kind' ('' group for the core API, so '/Service').
 */
import type { ChartName } from '../versions';

export interface ChartFacts {
  /** CustomResourceDefinitions the chart installs, 'group/Kind'. */
  readonly crds: readonly string[];
  /**
   * Admission webhooks that refuse what they cannot reach (failurePolicy Fail) on create or
   * update: the kinds they validate or mutate ('group/Kind'; a rule on every resource of a group
   * names that group's kinds) and the Service that serves them ('namespace/name', or 'name'
   * when it is in the release namespace). An object of such a kind cannot be applied until
   * the Service has a ready endpoint.
   */
  readonly webhooks: ReadonlyArray<{ readonly kinds: readonly string[]; readonly service: string }>;
  /** Kinds of the cluster-scoped objects the chart creates, 'group/Kind'. */
  readonly clusterKinds: readonly string[];
  /** Namespaces other than the release namespace the chart writes objects to. */
  readonly foreignNamespaces: readonly string[];
}

export const CHART_FACTS: Readonly<Record<ChartName, ChartFacts>> = {
  // airflow/templates/: namespaced objects in the release namespace only
  airflow: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  // alloy/charts/crds/crds/monitoring.grafana.com_podlogs.yaml
  alloy: {
    crds: ['monitoring.grafana.com/PodLogs'],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // argo-cd/templates/crds/crd-*.yaml
  argoCd: {
    crds: ['argoproj.io/AppProject', 'argoproj.io/Application', 'argoproj.io/ApplicationSet'],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // plugin-barman-cloud/templates/crds/crds.yaml, plugin-barman-cloud/templates/rbac.yaml; no
  // webhooks (the operator calls the plugin over gRPC, found by its Service's labels)
  barmanCloudPlugin: {
    crds: ['barmancloud.cnpg.io/ObjectStore'],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // cert-manager/templates/crd-*.yaml, cert-manager/templates/webhook-{mutating,validating}-webhook.yaml
  certManager: {
    crds: [
      'acme.cert-manager.io/Challenge',
      'acme.cert-manager.io/Order',
      'cert-manager.io/Certificate',
      'cert-manager.io/CertificateRequest',
      'cert-manager.io/ClusterIssuer',
      'cert-manager.io/Issuer',
    ],
    webhooks: [
      {
        kinds: [
          'acme.cert-manager.io/Challenge',
          'acme.cert-manager.io/Order',
          'cert-manager.io/Certificate',
          'cert-manager.io/CertificateRequest',
          'cert-manager.io/ClusterIssuer',
          'cert-manager.io/Issuer',
        ],
        service: 'cert-manager-webhook',
      },
    ],
    clusterKinds: [
      'admissionregistration.k8s.io/MutatingWebhookConfiguration',
      'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // cloudnative-pg/templates/crds/crds.yaml, cloudnative-pg/templates/{mutating,validating}webhookconfiguration.yaml
  cloudnativePg: {
    crds: [
      'postgresql.cnpg.io/Backup',
      'postgresql.cnpg.io/Cluster',
      'postgresql.cnpg.io/ClusterImageCatalog',
      'postgresql.cnpg.io/Database',
      'postgresql.cnpg.io/DatabaseRole',
      'postgresql.cnpg.io/FailoverQuorum',
      'postgresql.cnpg.io/ImageCatalog',
      'postgresql.cnpg.io/Pooler',
      'postgresql.cnpg.io/Publication',
      'postgresql.cnpg.io/ScheduledBackup',
      'postgresql.cnpg.io/Subscription',
    ],
    webhooks: [
      {
        kinds: [
          'postgresql.cnpg.io/Backup',
          'postgresql.cnpg.io/Cluster',
          'postgresql.cnpg.io/Database',
          'postgresql.cnpg.io/Pooler',
          'postgresql.cnpg.io/ScheduledBackup',
        ],
        service: 'cnpg-webhook-service',
      },
    ],
    clusterKinds: [
      'admissionregistration.k8s.io/MutatingWebhookConfiguration',
      'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // external-secrets/templates/crds/*.yaml, external-secrets/templates/validatingwebhook.yaml
  externalSecrets: {
    crds: [
      'external-secrets.io/ClusterExternalSecret',
      'external-secrets.io/ClusterPushSecret',
      'external-secrets.io/ClusterSecretStore',
      'external-secrets.io/ExternalSecret',
      'external-secrets.io/PushSecret',
      'external-secrets.io/SecretStore',
      'generators.external-secrets.io/ACRAccessToken',
      'generators.external-secrets.io/BeyondtrustWorkloadCredentialsDynamicSecret',
      'generators.external-secrets.io/CloudsmithAccessToken',
      'generators.external-secrets.io/ClusterGenerator',
      'generators.external-secrets.io/ECRAuthorizationToken',
      'generators.external-secrets.io/Fake',
      'generators.external-secrets.io/GCRAccessToken',
      'generators.external-secrets.io/GeneratorState',
      'generators.external-secrets.io/GithubAccessToken',
      'generators.external-secrets.io/GitlabDeployToken',
      'generators.external-secrets.io/Grafana',
      'generators.external-secrets.io/MFA',
      'generators.external-secrets.io/Password',
      'generators.external-secrets.io/QuayAccessToken',
      'generators.external-secrets.io/SSHKey',
      'generators.external-secrets.io/STSSessionToken',
      'generators.external-secrets.io/UUID',
      'generators.external-secrets.io/VaultDynamicSecret',
      'generators.external-secrets.io/Webhook',
    ],
    webhooks: [
      {
        kinds: ['external-secrets.io/ClusterSecretStore', 'external-secrets.io/ExternalSecret', 'external-secrets.io/SecretStore'],
        service: 'external-secrets-webhook',
      },
    ],
    clusterKinds: [
      'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // keycloakx/templates/: namespaced objects in the release namespace only
  // jupyterhub/templates/: with the user scheduler and pod priority off, namespaced objects
  // in the release namespace only (the hub's Role, not a ClusterRole)
  jupyterhub: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  keycloakx: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  // kube-prometheus-stack/charts/crds/crds/crd-*.yaml (release prometheus-crds), charts/prometheus-node-exporter/templates/*, templates/prometheus-operator/admission-webhooks/ (failurePolicy Ignore)
  kubePrometheusStack: {
    crds: [
      'monitoring.coreos.com/Alertmanager',
      'monitoring.coreos.com/AlertmanagerConfig',
      'monitoring.coreos.com/PodMonitor',
      'monitoring.coreos.com/Probe',
      'monitoring.coreos.com/Prometheus',
      'monitoring.coreos.com/PrometheusAgent',
      'monitoring.coreos.com/PrometheusRule',
      'monitoring.coreos.com/ScrapeConfig',
      'monitoring.coreos.com/ServiceMonitor',
      'monitoring.coreos.com/ThanosRuler',
    ],
    webhooks: [],
    clusterKinds: [
      'admissionregistration.k8s.io/MutatingWebhookConfiguration',
      'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: ['monitoring-node-exporter'],
  },
  // loki/templates/backend/clusterrole*.yaml; otherwise namespaced objects in the release namespace only
  loki: {
    crds: [],
    webhooks: [],
    clusterKinds: ['rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding'],
    foreignNamespaces: [],
  },
  // operator/templates/minio.min.io_tenants.yaml, operator/templates/sts.min.io_policybindings.yaml
  minioOperator: {
    crds: ['minio.min.io/Tenant', 'sts.min.io/PolicyBinding'],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // nessie/templates/: namespaced objects in the release namespace only
  // mlflow/templates/: namespaced objects in the release namespace only (the ServiceMonitor,
  // which would go to the `monitoring` namespace, is off)
  mlflow: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  nessie: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  // openmetadata/templates/: with the OMJob operator off, namespaced objects in the release
  // namespace only (the ingestion Role and the server's pipeline-manager Role, templates/k8s-pipeline-rbac.yaml)
  openmetadata: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  // opensearch/templates/: namespaced objects in the release namespace only (role.yaml and
  // rolebinding.yaml are a Role and RoleBinding)
  opensearch: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  // spark-operator/crds/, templates/webhook/{mutating,validating}webhookconfiguration.yaml
  // (failurePolicy Fail, lakeplane's value), templates/spark/ (the drivers' ServiceAccount and
  // Role in the job namespace)
  sparkOperator: {
    crds: ['sparkoperator.k8s.io/ScheduledSparkApplication', 'sparkoperator.k8s.io/SparkApplication', 'sparkoperator.k8s.io/SparkConnect'],
    webhooks: [
      {
        kinds: ['/Pod', 'sparkoperator.k8s.io/ScheduledSparkApplication', 'sparkoperator.k8s.io/SparkApplication', 'sparkoperator.k8s.io/SparkConnect'],
        service: 'spark-operator-webhook-svc',
      },
    ],
    clusterKinds: [
      'admissionregistration.k8s.io/MutatingWebhookConfiguration',
      'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: ['spark-jobs'],
  },
  // rancher/templates/priorityClass.yaml, clusterRoleBinding.yaml (cluster-admin for Rancher), {pre-upgrade,post-delete}-hook-cluster-role*.yaml
  rancher: {
    crds: [],
    webhooks: [],
    clusterKinds: [
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
      'scheduling.k8s.io/PriorityClass',
    ],
    foreignNamespaces: [],
  },
  // sealed-secrets/crds/bitnami.com_sealedsecrets.yaml
  sealedSecrets: {
    crds: ['bitnami.com/SealedSecret'],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // traefik/crds/*.yaml (hub.traefik.io ones included), traefik/templates/ingressclass.yaml
  // strimzi-kafka-operator/crds/04*-Crd-*.yaml; watchAnyNamespace turns the chart's RoleBindings
  // into ClusterRoleBindings (templates/02*-*Binding-*.yaml), so it writes into no other namespace
  strimzi: {
    crds: [
      'core.strimzi.io/StrimziPodSet',
      'kafka.strimzi.io/Kafka',
      'kafka.strimzi.io/KafkaBridge',
      'kafka.strimzi.io/KafkaConnect',
      'kafka.strimzi.io/KafkaConnector',
      'kafka.strimzi.io/KafkaMirrorMaker2',
      'kafka.strimzi.io/KafkaNodePool',
      'kafka.strimzi.io/KafkaRebalance',
      'kafka.strimzi.io/KafkaTopic',
      'kafka.strimzi.io/KafkaUser',
    ],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  traefik: {
    crds: [
      'hub.traefik.io/AIService',
      'hub.traefik.io/API',
      'hub.traefik.io/APIAuth',
      'hub.traefik.io/APIBundle',
      'hub.traefik.io/APICatalogItem',
      'hub.traefik.io/APIPlan',
      'hub.traefik.io/APIPortal',
      'hub.traefik.io/APIPortalAuth',
      'hub.traefik.io/APIRateLimit',
      'hub.traefik.io/APIVersion',
      'hub.traefik.io/AccessControlPolicy',
      'hub.traefik.io/ContentItem',
      'hub.traefik.io/ManagedApplication',
      'hub.traefik.io/ManagedSubscription',
      'hub.traefik.io/Uplink',
      'traefik.io/IngressRoute',
      'traefik.io/IngressRouteTCP',
      'traefik.io/IngressRouteUDP',
      'traefik.io/Middleware',
      'traefik.io/MiddlewareTCP',
      'traefik.io/ServersTransport',
      'traefik.io/ServersTransportTCP',
      'traefik.io/TLSOption',
      'traefik.io/TLSStore',
      'traefik.io/TraefikService',
    ],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'networking.k8s.io/IngressClass',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // trino/templates/: namespaced objects in the release namespace only
  trino: {
    crds: [],
    webhooks: [],
    clusterKinds: [],
    foreignNamespaces: [],
  },
  // trust-manager/templates/crd-trust.cert-manager.io_bundles.yaml, trust-manager/templates/webhook.yaml;
  // its Role for Bundle sources is in the trust namespace, which lakeplane makes the release namespace
  trustManager: {
    crds: ['trust.cert-manager.io/Bundle'],
    webhooks: [{ kinds: ['trust.cert-manager.io/Bundle'], service: 'trust-manager' }],
    clusterKinds: [
      'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
  // velero/crds/*.yaml
  velero: {
    crds: [
      'velero.io/Backup',
      'velero.io/BackupRepository',
      'velero.io/BackupStorageLocation',
      'velero.io/DataDownload',
      'velero.io/DataUpload',
      'velero.io/DeleteBackupRequest',
      'velero.io/DownloadRequest',
      'velero.io/PodVolumeBackup',
      'velero.io/PodVolumeRestore',
      'velero.io/Restore',
      'velero.io/Schedule',
      'velero.io/ServerStatusRequest',
      'velero.io/VolumeSnapshotLocation',
    ],
    webhooks: [],
    clusterKinds: [
      'apiextensions.k8s.io/CustomResourceDefinition',
      'rbac.authorization.k8s.io/ClusterRole',
      'rbac.authorization.k8s.io/ClusterRoleBinding',
    ],
    foreignNamespaces: [],
  },
};
