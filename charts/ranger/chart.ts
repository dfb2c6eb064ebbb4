/**
 * Apache Ranger: fine-grained access control for Trino (the architecture document's §3.4),
 * optional and off by default. Ranger ships no Helm chart: these are lakeplane's own
 * manifests around the upstream image (apache/ranger, built from apache/ranger-tools
 * release/Dockerfile.ranger).
 *
 * - Admin: 2 replicas of 4 vCPU / 8 GiB in production (the document's figures), HTTPS only
 *   (6182) with a certificate of the platform's internal CA, its policies in a CloudNativePG
 *   database reached over TLS (verify-full against the cluster's CA), backed up and drilled.
 *   The UI signs in with Ranger's own accounts (single sign-on would go through Knox).
 * - Policies are code (./policies.ts): Trino registers its service and file rules through the
 *   handle; a PostSync Job applies the service, the file rules' equivalents, the plugin's
 *   required policies and the document's mask and row filters, and removes any other policy.
 * - Trino switches to Ranger access control when this component is built (Trino's own chart,
 *   which takes this component's handle): its built-in plugin downloads the policies, and its
 *   groups still come from Trino's file group provider.
 * - Audits: Ranger 2.9.0's admin reads audits from Solr, Elasticsearch, CloudWatch or its
 *   database (RangerBizUtil AUDIT_STORE_*; the opensearch keys of install.properties have no
 *   reader), and the plugin's Elasticsearch destination (Elasticsearch's 7.17 client) refuses a
 *   server that is not Elasticsearch, so OpenSearch 3 cannot hold them. Trino's plugin writes
 *   its audit events to Trino's log (the log4j destination), which the platform's log
 *   pipeline keeps; the admin's audit store is its database (its own changes, plugin status).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ObjectWave, postSyncHook, setWave } from '../../argocd/sync';
import type { PlatformConfig } from '../../config/schema';
import { ConfigError } from '../../config/load';
import { InternalCertificate, serviceDnsNames } from '../../constructs/certificate';
import type { PlatformCommon } from '../../constructs/common';
import type { DatabaseBackupProvider } from '../../constructs/database-backups';
import { restoredClusterName } from '../../constructs/database-backups';
import type { CertificateAuthority } from '../../constructs/ingress';
import { selectorLabels } from '../../constructs/labels';
import { ServiceMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize } from '../../constructs/resources';
import { PlatformSecret } from '../../constructs/secret';
import { resourceName } from '../../constructs/naming';
import { trustIn } from '../../constructs/trust';
import { container, disruptionBudget, podSpec, restrictedPodSecurity } from '../../constructs/workload';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import { RANGER_ALERTS } from './alerts';
import type { RangerConfig } from './config';
import type { PolicyAdmin, RangerPluginSettings, TrinoServiceRegistration } from './handle';
import { FINE_GRAINED, PLUGIN_USER, desiredState } from './policies';

export const RANGER = 'ranger';
/** The admin's Deployment and Service. */
export const ADMIN = 'ranger-admin';
/** The admin's HTTPS port (ranger-admin-site.xml ranger.service.https.port). */
export const ADMIN_PORT = 6182;
/** The Ranger service of Trino's policies (Trino's ranger.service.name). */
export const TRINO_SERVICE = 'lakeplane-trino';
/**
 * The image's user: ranger-base creates the group and user `ranger` first in an Ubuntu 22.04
 * base without other users (ranger-tools docker/Dockerfile, create_users_and_groups.sh), so
 * 1000/1000. The image names the user (USER ranger), which runAsNonRoot cannot check.
 */
export const RANGER_UID = 1000;
/** Fixed prefix of every Ranger account password (see admin-start.sh: Ranger's password rule). */
export const PASSWORD_PREFIX = 'Rg1';
/** A page the admin serves without login (security-applicationContext.xml: security="none"). */
const HEALTH_PATH = '/login.jsp';

const CONFIG_DIR = '/etc/ranger-admin/config';
const TLS_DIR = '/etc/ranger-admin/tls';
const DB_CA_DIR = '/etc/ranger-admin/db-ca';
const POLICIES_DIR = '/etc/ranger-policies';

/** The scripts, with the password prefix put in (one constant for both). */
const withPrefix = (file: string): string => fs.readFileSync(path.join(__dirname, file), 'utf8').replace(/@PASSWORD_PREFIX@/g, PASSWORD_PREFIX);
const START_SCRIPT = withPrefix('admin-start.sh');
const SYNC_SCRIPT = withPrefix('sync.py');

export interface RangerChartProps {
  readonly common: PlatformCommon;
  readonly config?: RangerConfig;
  readonly postgres: PostgresOperator;
  readonly authority: CertificateAuthority;
  readonly objectStore: DatabaseBackupProvider;
}

export class RangerChart extends PlatformChart implements PolicyAdmin {
  readonly namespace = RANGER;
  readonly port = ADMIN_PORT;
  readonly podLabels: Readonly<Record<string, string>>;
  /** https://ranger-admin.ranger.svc:6182 */
  readonly url = `https://${ADMIN}.${RANGER}.svc:${ADMIN_PORT}`;
  readonly database: PostgresDatabase;
  readonly replicas: number;
  readonly size: ContainerSize;
  /** install.properties of Ranger's setup.sh, without its passwords (added from Secrets at start). */
  readonly installProperties: Readonly<Record<string, string>>;
  readonly pollIntervalMs: number;
  private readonly ns: PlatformNamespace;
  private readonly userAttributes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  private trino?: TrinoServiceRegistration;
  /** The plugin account's password (sealed part), read by the sync Job that sets it. */
  private readonly pluginSecret: PlatformSecret;

  constructor(scope: Construct, props: RangerChartProps) {
    super(scope, { component: RANGER, common: props.common, phase: 3, namespace: RANGER });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    this.replicas = config.replicas ?? (production ? 2 : 1);
    this.size = { cpu: config.cpu ?? (production ? 4 : 0.25), memoryGiB: config.memoryGiB ?? (production ? 8 : 2) };
    this.pollIntervalMs = (config.pollIntervalSeconds ?? 30) * 1000;
    this.userAttributes = config.userAttributes ?? {};
    this.podLabels = selectorLabels(RANGER, ADMIN);

    this.ns = new PlatformNamespace(this, 'namespace', { name: RANGER });
    this.ns.protectData('the policy database');
    const trust = trustIn(this, RANGER, props.authority.trust);

    // Policies, users and groups, the admin's change history, plugin status.
    const db = config.database ?? {};
    const baseCluster = 'ranger-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    this.database = new PostgresDatabase(this, 'db', {
      name: db.restore ? restoredClusterName(baseCluster, db.restore) : baseCluster,
      namespace: RANGER,
      database: 'ranger',
      owner: 'ranger',
      instances: db.instances ?? (production ? 2 : 1),
      size: { cpu: db.cpu ?? (production ? 1 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 2 : 0.5) },
      storageGiB: db.storageGiB ?? (production ? 20 : 5),
      operator: props.postgres,
      backup: props.objectStore.databaseBackups(this, RANGER, { restore }),
      // setup.sh loaded the schema and made the admin account; the Trino service definition is
      // among the definitions Ranger creates at its first start.
      verification: {
        description: 'the policy store holds the admin account and the Trino service definition',
        query: "SELECT EXISTS (SELECT 1 FROM x_portal_user WHERE login_id = 'admin') AND EXISTS (SELECT 1 FROM x_service_def WHERE name = 'trino')",
      },
    });

    const secrets = new PlatformSecret(this, 'secrets', {
      name: 'ranger-admin',
      namespace: RANGER,
      keys: {
        'admin-password': { generate: { length: 32 } },
        // Ranger's other built-in accounts: their default passwords are public.
        'tagsync-password': { generate: { length: 32 } },
        'usersync-password': { generate: { length: 32 } },
        'keyadmin-password': { generate: { length: 32 } },
        'keystore-password': { generate: { length: 24 } },
      },
      readers: ['ranger-admin', 'ranger-policies (sync Job)'],
      description: 'Ranger admin: the passwords of its built-in accounts (admin, rangertagsync, rangerusersync, keyadmin) and of its TLS key store',
    });

    this.pluginSecret = new PlatformSecret(this, 'plugin-secret', {
      name: 'ranger-trino-plugin',
      namespace: RANGER,
      keys: { password: { generate: { length: 32 } } },
      readers: ['ranger-policies (sync Job, which sets it)'],
      description: `password of the Ranger account ${PLUGIN_USER}, which Trino's plugin downloads policies as`,
    });

    const tls = new InternalCertificate(this, 'tls', {
      name: 'ranger-admin-tls',
      namespace: RANGER,
      authority: props.authority,
      dnsNames: serviceDnsNames(ADMIN, RANGER),
    });

    const heapMiB = Math.floor((this.size.memoryGiB * 1024) / 2);
    // Every key setup.sh reads (security-admin/scripts/install.properties, 2.9.0) must be
    // present: its get_prop stops the setup on a missing one.
    this.installProperties = {
      PYTHON_COMMAND_INVOKER: 'python3',
      DB_FLAVOR: 'POSTGRES',
      SQL_CONNECTOR_JAR: '/usr/share/java/postgresql.jar',
      // CloudNativePG made the database and its owner: no DBA steps, no superuser.
      setup_mode: 'SeparateDBA',
      db_root_user: 'postgres',
      db_root_password: '',
      db_host: `${this.database.host}:${this.database.port}`,
      db_ssl_enabled: 'true',
      db_ssl_required: 'true',
      db_ssl_verifyServerCertificate: 'true',
      db_ssl_auth_type: '1-way',
      // verify-full against the cluster's CA (setup.sh: sslmode=verify-full&sslrootcert=...).
      db_ssl_certificate_file: `${DB_CA_DIR}/ca.crt`,
      javax_net_ssl_keyStore: '',
      javax_net_ssl_keyStorePassword: '',
      javax_net_ssl_trustStore: '',
      javax_net_ssl_trustStorePassword: '',
      javax_net_ssl_trustStore_type: 'PKCS12',
      // Also the admin's key store type (setup.sh: ranger.keystore.file.type).
      javax_net_ssl_keyStore_type: 'PKCS12',
      db_name: this.database.database,
      db_user: this.database.owner,
      is_override_db_connection_string: 'false',
      db_override_connection_string: '',
      // The admin's own audit store: its database (see the module comment).
      audit_store: 'db',
      ...Object.fromEntries(
        ['elasticsearch_urls', 'elasticsearch_port', 'elasticsearch_protocol', 'elasticsearch_user', 'elasticsearch_password', 'elasticsearch_index', 'opensearch_urls', 'opensearch_port', 'opensearch_protocol', 'opensearch_user', 'opensearch_password', 'opensearch_index', 'opensearch_authentication_type', 'opensearch_kerberos_principal', 'opensearch_kerberos_keytab', 'solr_urls', 'solr_user', 'solr_password', 'solr_zookeepers', 'solr_configset_location', 'cloudwatch_region', 'cloudwatch_log_group', 'cloudwatch_log_stream_prefix'].map((k) => [`audit_${k}`, '']),
      ),
      audit_elasticsearch_bootstrap_enabled: 'false',
      audit_opensearch_bootstrap_enabled: 'false',
      audit_solr_collection_name: 'ranger_audits',
      audit_solr_config_name: 'ranger_audits',
      audit_solr_no_shards: '1',
      audit_solr_no_replica: '1',
      audit_solr_max_shards_per_node: '1',
      audit_solr_acl_user_list_sasl: 'solr,infra-solr',
      audit_solr_bootstrap_enabled: 'false',
      policymgr_external_url: this.url,
      // HTTPS only: the embedded Tomcat then opens no plain HTTP connector.
      policymgr_http_enabled: 'false',
      policymgr_https_keystore_file: '/var/run/ranger/keystore.p12',
      policymgr_https_keystore_keyalias: 'rangeradmin',
      policymgr_supportedcomponents: '',
      FF_ENABLE_OZONE_ACTION_MATCHES_CONDITION: 'false',
      unix_user: 'ranger',
      unix_user_pwd: 'ranger',
      unix_group: 'ranger',
      // Ranger's own accounts (no LDAP, no Unix authentication service).
      authentication_method: 'NONE',
      remoteLoginEnabled: 'true',
      authServiceHostName: 'localhost',
      authServicePort: '5151',
      ranger_unixauth_keystore: '',
      ranger_unixauth_keystore_password: '',
      ranger_unixauth_truststore: '',
      ranger_unixauth_truststore_password: '',
      ...Object.fromEntries(
        ['url', 'userDNpattern', 'groupSearchBase', 'groupSearchFilter', 'groupRoleAttribute', 'base_dn', 'bind_dn', 'bind_password', 'referral', 'userSearchFilter', 'ad_domain', 'ad_url', 'ad_base_dn', 'ad_bind_dn', 'ad_bind_password', 'ad_referral', 'ad_userSearchFilter'].map((k) => [`xa_ldap_${k}`, '']),
      ),
      spnego_principal: '',
      spnego_keytab: '',
      token_valid: '30',
      cookie_domain: '',
      cookie_path: '/',
      admin_principal: '',
      admin_keytab: '',
      lookup_principal: '',
      lookup_keytab: '',
      ...Object.fromEntries(['loginModuleName', 'loginModuleControlFlag', 'option_useKeyTab', 'option_storeKey', 'option_useTicketCache', 'option_serviceName', 'option_keyTab', 'option_principal'].map((k) => [`audit_jaas_client_${k}`, ''])),
      hadoop_conf: '',
      // Single sign-on goes through Knox, which the platform does not run.
      sso_enabled: 'false',
      sso_providerurl: '',
      sso_publickey: '',
      RANGER_ADMIN_LOG_DIR: '/var/log/ranger',
      RANGER_ADMIN_LOGBACK_CONF_FILE: '/opt/ranger/admin/ews/webapp/WEB-INF/classes/conf/logback.xml',
      RANGER_PID_DIR_PATH: '/var/run/ranger',
      XAPOLICYMGR_DIR: '$PWD',
      app_home: '$PWD/ews/webapp',
      TMPFILE: '$PWD/.fi_tmp',
      LOGFILE: '$PWD/logfile',
      LOGFILES: '"$LOGFILE"',
      JAVA_BIN: "'java'",
      JAVA_VERSION_REQUIRED: "'1.8'",
      JAVA_ORACLE: "'Java(TM) SE Runtime Environment'",
      java_opts: "''",
      ranger_admin_max_heap_size: `${heapMiB}m`,
      PATCH_RETRY_INTERVAL: '120',
      STALE_PATCH_ENTRY_HOLD_TIME: '10',
      mysql_core_file: 'db/mysql/optimized/current/ranger_core_db_mysql.sql',
      mysql_audit_file: 'db/mysql/xa_audit_db.sql',
      oracle_core_file: 'db/oracle/optimized/current/ranger_core_db_oracle.sql',
      oracle_audit_file: 'db/oracle/xa_audit_db_oracle.sql',
      postgres_core_file: 'db/postgres/optimized/current/ranger_core_db_postgres.sql',
      postgres_audit_file: 'db/postgres/xa_audit_db_postgres.sql',
      sqlserver_core_file: 'db/sqlserver/optimized/current/ranger_core_db_sqlserver.sql',
      sqlserver_audit_file: 'db/sqlserver/xa_audit_db_sqlserver.sql',
      sqlanywhere_core_file: 'db/sqlanywhere/optimized/current/ranger_core_db_sqlanywhere.sql',
      sqlanywhere_audit_file: 'db/sqlanywhere/xa_audit_db_sqlanywhere.sql',
      cred_keystore_filename: '$app_home/WEB-INF/classes/conf/.jceks/rangeradmin.jceks',
    };
    const adminConfig = new k8s.KubeConfigMap(this, 'admin-config', {
      metadata: { name: 'ranger-admin-config', namespace: RANGER },
      data: {
        'install.properties': `${Object.entries(this.installProperties)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n')}\n`,
        'admin-start.sh': START_SCRIPT,
      },
    });

    // --- the admin ---
    const env: k8s.EnvVar[] = [
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: this.database.secretName, key: 'password' } } },
      ...(['admin', 'tagsync', 'usersync', 'keyadmin', 'keystore'] as const).map((account) => ({
        name: `${account.toUpperCase()}_PASSWORD`,
        valueFrom: { secretKeyRef: { name: secrets.name, key: `${account}-password` } },
      })),
    ];
    const probe = (failureThreshold: number): k8s.Probe => ({
      httpGet: { path: HEALTH_PATH, port: k8s.IntOrString.fromNumber(ADMIN_PORT), scheme: 'HTTPS' },
      periodSeconds: 10,
      timeoutSeconds: 5,
      failureThreshold,
    });
    const base = container({
      name: 'ranger-admin',
      image: common.images.ref('ranger'),
      size: this.size,
      command: ['/bin/bash', `${CONFIG_DIR}/admin-start.sh`],
      env,
      ports: [{ name: 'https', containerPort: ADMIN_PORT }],
      volumeMounts: [
        { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
        { name: 'tls', mountPath: TLS_DIR, readOnly: true },
        { name: 'db-ca', mountPath: DB_CA_DIR, readOnly: true },
        { name: 'run', mountPath: '/var/run/ranger' },
        { name: 'logs', mountPath: '/var/log/ranger' },
      ],
      probes: { readiness: probe(3), liveness: probe(6) },
    });
    const admin: k8s.Container = {
      ...base,
      // setup.sh writes the admin's site files, credential store and database driver into the
      // image's install (/opt/ranger/admin) at every start; "restricted" does not require a
      // read-only root file system.
      securityContext: { ...base.securityContext, readOnlyRootFilesystem: false },
      // The first start loads the schema and runs Ranger's Java patches: minutes.
      startupProbe: probe(90),
    };
    const pod = podSpec({
      containers: [admin],
      volumes: [
        { name: 'config', configMap: { name: adminConfig.name, defaultMode: 0o555 } },
        { name: 'tls', secret: { secretName: tls.secretName, items: [{ key: 'tls.crt', path: 'tls.crt' }, { key: 'tls.key', path: 'tls.key' }] } },
        // CloudNativePG's own CA (the <cluster>-ca Secret) signs the database's server certificate.
        { name: 'db-ca', secret: { secretName: this.database.caSecretName, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { name: 'run', emptyDir: { sizeLimit: k8s.Quantity.fromString('16Mi') } },
        { name: 'logs', emptyDir: { sizeLimit: k8s.Quantity.fromString('2Gi') } },
      ],
      spreadLabels: this.replicas >= 2 ? { ...this.podLabels } : undefined,
    });
    new k8s.KubeDeployment(this, 'admin', {
      metadata: { name: ADMIN, namespace: RANGER, labels: { ...this.podLabels, 'app.kubernetes.io/version': common.images.parts('ranger').tag } },
      spec: {
        replicas: this.replicas,
        selector: { matchLabels: { ...this.podLabels } },
        template: {
          metadata: { labels: { ...this.podLabels } },
          spec: { ...pod, securityContext: restrictedPodSecurity(RANGER_UID) },
        },
      },
    });
    disruptionBudget(this, { name: ADMIN, namespace: RANGER, selector: { ...this.podLabels }, replicas: this.replicas });
    this.declareWorkload({ name: ADMIN, replicas: this.replicas, size: this.size });
    new k8s.KubeService(this, 'admin-service', {
      metadata: { name: ADMIN, namespace: RANGER, labels: { ...this.podLabels } },
      spec: { selector: { ...this.podLabels }, ports: [{ name: 'https', port: ADMIN_PORT, targetPort: k8s.IntOrString.fromNumber(ADMIN_PORT) }] },
    });

    // Ranger admin's own metrics (MetricsREST, /service/metrics/prometheus, no login), on its
    // HTTPS port only: scraped over TLS, the certificate checked against the platform CA.
    new ServiceMetrics(this, 'metrics', {
      name: ADMIN,
      namespace: RANGER,
      selector: { ...this.podLabels },
      port: 'https',
      portNumber: ADMIN_PORT,
      path: '/service/metrics/prometheus',
      interval: '60s',
      tls: { caConfigMap: { name: trust.bundle.configMapName, key: trust.bundle.pemKey }, serverName: `${ADMIN}.${RANGER}.svc` },
    });

    // --- policies as code, applied after every sync ---
    const policies = new k8s.KubeConfigMap(this, 'policies', {
      metadata: { name: 'ranger-policies', namespace: RANGER },
      data: {
        // Rendered once Trino has registered (Trino is built after this component).
        'policies.json': Lazy.any({ produce: () => `${JSON.stringify(this.desiredState(), null, 2)}\n` }),
        'sync.py': SYNC_SCRIPT,
      },
    });
    const jobLabels = selectorLabels(RANGER, 'ranger-policies');
    const job = new k8s.KubeJob(this, 'policies-job', {
      metadata: { name: 'ranger-policies', namespace: RANGER, labels: jobLabels },
      spec: {
        backoffLimit: 3,
        activeDeadlineSeconds: 1800,
        ttlSecondsAfterFinished: 86400,
        template: {
          metadata: { labels: jobLabels },
          spec: podSpec({
            restartPolicy: 'Never',
            containers: [
              container({
                name: 'sync',
                image: common.images.ref('ranger'),
                size: { cpu: 0.1, memoryGiB: 0.25 },
                command: ['python3', `${POLICIES_DIR}/sync.py`],
                env: [
                  { name: 'RANGER_URL', value: this.url },
                  { name: 'RANGER_ADMIN_SECRET', valueFrom: { secretKeyRef: { name: secrets.name, key: 'admin-password' } } },
                  { name: 'RANGER_PLUGIN_SECRET', valueFrom: { secretKeyRef: { name: this.pluginSecret.name, key: 'password' } } },
                  { name: 'RANGER_CA_FILE', value: trust.pemFile },
                  { name: 'RANGER_STATE', value: `${POLICIES_DIR}/policies.json` },
                ],
                volumeMounts: [{ name: 'policies', mountPath: POLICIES_DIR, readOnly: true }, trust.volumeMount],
                probes: 'run-to-completion',
              }),
            ],
            volumes: [{ name: 'policies', configMap: { name: policies.name } }, trust.volume],
          }),
        },
      },
    });
    postSyncHook(job);
    setWave(job, ObjectWave.JOBS);

    // --- network: every flow named ---
    this.ns.allowEgress('admin-to-db', { peers: [{ podLabels: { ...this.database.podLabels } }], ports: [this.database.port], podLabels: { ...this.podLabels } });
    this.ns.allowEgress('policies-to-admin', { peers: [{ podLabels: { ...this.podLabels } }], ports: [ADMIN_PORT], podLabels: jobLabels });
    this.ns.allowIngress('policies-job', { peers: [{ podLabels: jobLabels }], ports: [ADMIN_PORT], podLabels: { ...this.podLabels } });

    this.node.addValidation({
      validate: () => (this.trino ? [] : ['ranger: no Trino registered its service (Trino takes the ranger handle when both are built): its policies would be empty']),
    });
  }

  addTrinoService(scope: Construct, registration: TrinoServiceRegistration): RangerPluginSettings {
    if (this.trino) {
      throw new Error('ranger: Trino registered twice; one Trino per environment');
    }
    // Fails now, at build, on a rule with no Ranger equivalent.
    desiredState(TRINO_SERVICE, registration, this.userAttributes);
    this.trino = registration;
    for (const group of [FINE_GRAINED.regionalSales.group, FINE_GRAINED.financialReports.group]) {
      if (!registration.groups.includes(group)) {
        this.warn(`ranger: the row filter for group "${group}" applies to nobody yet: add its members to trino.extraGroups.${group}`);
      }
    }
    // The coordinator downloads policies and the user store.
    this.ns.allowIngress('trino', { peers: [{ namespace: registration.namespace, podLabels: { ...registration.podLabels } }], ports: [ADMIN_PORT], podLabels: { ...this.podLabels } });
    const password = new PlatformSecret(scope, 'ranger-plugin', {
      name: resourceName('ranger', PLUGIN_USER),
      namespace: registration.namespace,
      keys: { password: { sameAs: this.pluginSecret.ref('password') } },
      readers: ['Trino coordinator (Ranger plugin)'],
      description: `password of the Ranger account ${PLUGIN_USER}, which Trino's plugin downloads policies and the user store as`,
    });
    return { serviceName: TRINO_SERVICE, policyRestUrl: this.url, pollIntervalMs: this.pollIntervalMs, user: PLUGIN_USER, passwordPrefix: PASSWORD_PREFIX, password: password.ref('password') };
  }

  /** What the sync Job applies. */
  desiredState(): ReturnType<typeof desiredState> {
    if (!this.trino) {
      throw new Error('ranger: no Trino registered its service');
    }
    return desiredState(TRINO_SERVICE, this.trino, this.userAttributes);
  }
}

function rangerDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cloudnative-pg', 'cert-manager', 'minio'];
}

export const rangerComponent = defineComponent({
  id: RANGER,
  phase: 3,
  layer: 'governance',
  description: 'Apache Ranger admin: fine-grained access control for Trino (column masks, row filters, policies as code), its policy store on CloudNativePG',
  dependsOn: rangerDeps,
  // Optional: the document's decision tree asks for Ranger only when column masks, row
  // filters or audit trails are needed; Trino's file rules are the default.
  enabledByDefault: () => false,
  holdsData: 'the policy store (policies, users and their attributes, the admin\'s history) in the ranger PostgreSQL database; the policies themselves are code and are applied again by the sync Job',
  endpoints: [{ name: 'policy admin (HTTPS)', address: `https://${ADMIN}.${RANGER}.svc:${ADMIN_PORT}` }],
  images: ['ranger'],
  alerts: [RANGER_ALERTS],
  build(ctx) {
    if (!ctx.enabled.has('trino')) {
      throw new ConfigError(`ranger needs trino, which is disabled in ${ctx.config.name}: Ranger holds Trino's policies; enable trino or disable ranger`);
    }
    const chart = new RangerChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.ranger,
      postgres: ctx.handles.get('cloudnative-pg'),
      authority: ctx.handles.get('cert-manager'),
      objectStore: ctx.handles.get('minio'),
    });
    return { charts: [chart], handle: chart };
  },
});
