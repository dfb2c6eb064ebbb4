/**
 * OpenMetadata: the data catalog (the architecture document's §3.1), from the openmetadata
 * chart, with its search index on the opensearch chart.
 *
 * - Server: 2 replicas in production (4 vCPU / 8 GiB each, the document's figures; upstream's
 *   production guidance is 4 vCPU / 16 GiB per server). OpenMetadata 1.13 needs PostgreSQL 15
 *   or newer and OpenSearch 3.2 or newer (its version matrix), so the document's MySQL and
 *   Elasticsearch become a CloudNativePG database (backed up like every platform database)
 *   and OpenSearch 3.
 * - Search: OpenSearch with the security plugin on: TLS on the transport and HTTP layers
 *   (certificates from the platform's internal CA), one internal user for the server whose
 *   password hash an init container makes from the sealed password at start, a volume per
 *   node; 3 master-eligible data nodes in production.
 * - Login through Keycloak (custom-oidc, a confidential client); the realm's roles arrive in
 *   the `roles` claim, which OpenMetadata reads with useRolesFromProvider.
 * - Ingestion: the Kubernetes pipeline client (pipelineServiceClientConfig.type k8s) runs each
 *   ingestion pipeline as a Job of the ingestion image in this namespace; there is no
 *   OpenMetadata Airflow. The pipelines themselves are code (./pipelines.ts), registered by a
 *   sync Job through the API.
 * - The Fernet key (encrypts the connection secrets the catalog stores) and the search
 *   password are sealed platform secrets; the chart's public default key is never used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ObjectWave, dataProtection, postSyncHook, setWave } from '../../argocd/sync';
import type { PlatformConfig } from '../../config/schema';
import { HelmApplication } from '../../constructs/application';
import type { PlatformCommon } from '../../constructs/common';
import type { DatabaseBackupProvider } from '../../constructs/database-backups';
import { restoredClusterName } from '../../constructs/database-backups';
import { CertificateAuthority, IngressController, PlatformIngress } from '../../constructs/ingress';
import { ServiceMetrics } from '../../constructs/metrics';
import { PlatformNamespace } from '../../constructs/namespace';
import type { ObjectStore } from '../../constructs/object-store';
import { PlatformChart } from '../../constructs/platform-chart';
import { PostgresDatabase, PostgresOperator } from '../../constructs/postgres-database';
import { ContainerSize, toResources } from '../../constructs/resources';
import { PlatformSecret, SecretKeyRef, secretEnv } from '../../constructs/secret';
import { trustIn } from '../../constructs/trust';
import { container, podSpec, waive } from '../../constructs/workload';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyEncoding, CertificateSpecPrivateKeyRotationPolicy, CertificateSpecUsages } from '../../imports/cert-manager.io_certificate-cert-manager.io';
import { INTERNAL_CERT_DURATION, INTERNAL_CERT_RENEW_BEFORE } from '../../constructs/certificate';
import type { Orchestrator } from '../airflow/handle';
import type { DbtHandle } from '../dbt/handle';
import type { IdentityProvider } from '../keycloak/handle';
import type { QueryEngine } from '../trino/handle';
import type { ComponentId } from '../spec';
import { defineComponent } from '../spec';
import { OPENMETADATA_ALERTS } from './alerts';
import type { OpenmetadataConfig } from './config';
import type { DataCatalog } from './handle';
import { CATALOG_ROLES, TRINO_SERVICE, catalogServices } from './pipelines';
import type { OpenmetadataValues, OpensearchValues } from './values';

export const OPENMETADATA = 'openmetadata';
/** The chart's fullnameOverride: its Deployment, Service and Secrets are named after it. */
const RELEASE = 'openmetadata';
const HOST = 'openmetadata';
/** Server ports (values.yaml openmetadata.config.openmetadata.port/adminPort). */
const SERVER_PORT = 8585;
const ADMIN_PORT = 8586;
/** The server image's user (openmetadata-dist Dockerfile: user openmetadata, uid 1000). */
const OM_UID = 1000;
/** Selector labels of the server (templates/_helpers.tpl OpenMetadata.selectorLabels), without the instance label ArgoCD rewrites. */
const SERVER_LABELS = { 'app.kubernetes.io/name': 'openmetadata' } as const;
/**
 * The namespace of the ingestion runs. The server's Kubernetes pipeline client gives their pods
 * only the pod security fields k8s.securityContext takes (runAsUser, runAsGroup, fsGroup,
 * runAsNonRoot: values.schema.json allows no others), so they cannot be admitted under
 * "restricted"; they run apart from the server, under "baseline".
 */
export const INGESTION_NAMESPACE = 'openmetadata-ingestion';
const INGESTION_SERVICE_ACCOUNT = 'openmetadata-ingestion';
/** The server's ServiceAccount (templates/_helpers.tpl OpenMetadata.serviceAccountName: the full name). */
const SERVER_SERVICE_ACCOUNT = RELEASE;
/** The pipelines Job's ServiceAccount: it writes the bot token's Secrets (shareBotToken) through the Kubernetes API. */
const PIPELINES_SERVICE_ACCOUNT = 'openmetadata-pipelines';
/** The Secret shareBotToken's namespaces get, and its key. */
export const BOT_TOKEN_SECRET = 'openmetadata-bot-token';
const BOT_TOKEN_KEY = 'token';
/** The bot whose token is shared: the server's own ingestion bot (seeded at first start). */
export const SHARED_BOT = 'ingestion-bot';

/** OpenSearch: clusterName-nodeGroup names the StatefulSet and the Service (templates/_helpers.tpl opensearch.uname, opensearch.serviceName). */
const SEARCH_CLUSTER = 'openmetadata-search';
const SEARCH_NODE_GROUP = 'master';
const SEARCH_SERVICE = `${SEARCH_CLUSTER}-${SEARCH_NODE_GROUP}`;
const SEARCH_PORT = 9200;
const SEARCH_TRANSPORT_PORT = 9300;
/** The opensearch image's user (values.yaml podSecurityContext.runAsUser). */
const SEARCH_UID = 1000;
const SEARCH_HOME = '/usr/share/opensearch';
/** The security plugin's configuration folder (values.yaml securityConfig.path). */
const SECURITY_CONFIG_DIR = `${SEARCH_HOME}/config/opensearch-security`;
/** The internal user the server signs in to OpenSearch as. */
const SEARCH_USER = 'openmetadata';
/** Subject of the nodes' certificate, which the security plugin accepts as a cluster node (plugins.security.nodes_dn). */
const NODE_CN = 'openmetadata-search-node';

const PIPELINES_SCRIPT = fs.readFileSync(path.join(__dirname, 'pipelines.py'), 'utf8');
const JWT_KEYS_SCRIPT = fs.readFileSync(path.join(__dirname, 'jwt_keys.py'), 'utf8');
/**
 * The server's own signing keys. The image carries a key pair (conf/private_key.der, the
 * chart's default jwtTokenConfiguration), the same in every installation: whoever has the
 * image could sign a token the server accepts. Here the key is cert-manager's (a Certificate
 * used for its key only, never rotated), converted at start into the DER files the server reads.
 */
export const JWT_SIGNING_SECRET = 'openmetadata-jwt-signing';
const JWT_DIR = '/opt/openmetadata/jwt';

export interface OpenmetadataChartProps {
  readonly common: PlatformCommon;
  readonly config?: OpenmetadataConfig;
  readonly postgres: PostgresOperator;
  readonly identity: IdentityProvider;
  readonly ingress: IngressController;
  readonly authority: CertificateAuthority;
  readonly objectStore: ObjectStore & DatabaseBackupProvider;
  readonly trino: QueryEngine;
  readonly dbt?: DbtHandle;
  /** Airflow, whose DAGs the catalog lists (from its metadata database). @default - no pipeline service */
  readonly orchestrator?: Orchestrator;
}

export class OpenmetadataChart extends PlatformChart implements DataCatalog {
  readonly namespace = OPENMETADATA;
  readonly url: string;
  readonly apiUri = `http://${RELEASE}.${OPENMETADATA}.svc:${SERVER_PORT}/api`;
  readonly podLabels = SERVER_LABELS;
  readonly port = SERVER_PORT;
  readonly trinoService = TRINO_SERVICE;
  readonly database: PostgresDatabase;
  readonly helm: HelmApplication<OpenmetadataValues>;
  readonly search: HelmApplication<OpensearchValues>;
  private readonly ns: PlatformNamespace;
  /** Namespaces that get the bot token (shareBotToken), read by the pipelines Job at synth. */
  private readonly tokenNamespaces: string[] = [];

  constructor(scope: Construct, props: OpenmetadataChartProps) {
    super(scope, { component: OPENMETADATA, common: props.common, phase: 3, namespace: OPENMETADATA });
    const common = props.common;
    const config = props.config ?? {};
    const production = common.profile === 'production';
    const replicas = config.replicas ?? (production ? 2 : 1);
    const size: ContainerSize = { cpu: config.cpu ?? (production ? 4 : 1), memoryGiB: config.memoryGiB ?? (production ? 8 : 2) };
    const searchConfig = config.search ?? {};
    const searchNodes = searchConfig.nodes ?? (production ? 3 : 1);
    const searchSize: ContainerSize = { cpu: searchConfig.cpu ?? (production ? 2 : 0.5), memoryGiB: searchConfig.memoryGiB ?? (production ? 4 : 2) };
    const searchStorageGiB = searchConfig.storageGiB ?? (production ? 50 : 5);
    const schedules = {
      metadata: config.schedules?.metadata ?? '0 4 * * *',
      profiler: config.schedules?.profiler ?? '0 5 * * 0',
      usage: config.schedules?.usage ?? '30 4 * * *',
      pipelines: config.schedules?.pipelines ?? '45 4 * * *',
    };

    this.ns = new PlatformNamespace(this, 'namespace', { name: OPENMETADATA });
    this.ns.protectData('the catalog database and the search index volumes');
    const ingress = new PlatformIngress(this, 'ingress', {
      host: HOST,
      namespace: OPENMETADATA,
      serviceName: RELEASE,
      servicePort: SERVER_PORT,
      podLabels: SERVER_LABELS,
      controller: props.ingress,
      authority: props.authority,
    });
    this.url = ingress.url;
    const trust = trustIn(this, OPENMETADATA, props.authority.trust);
    const runs = new PlatformNamespace(this, 'ingestion-namespace', {
      name: INGESTION_NAMESPACE,
      podSecurity: 'baseline',
      podSecurityReason: 'the server creates the ingestion pods with runAsUser, runAsGroup, fsGroup and runAsNonRoot only (the chart\'s k8s.securityContext takes no seccomp profile nor capability drop)',
    });
    // No CA bundle here: the server's pipeline client gives the pods it creates no volumes, so
    // none could mount it (ingestion verifying Trino's certificate is an open point, README).

    // The catalog: entities, lineage, users, the connection secrets (Fernet-encrypted).
    const db = config.database ?? {};
    const baseCluster = 'openmetadata-db';
    const restore = db.restore ? { ...db.restore, fromCluster: db.restore.fromCluster ?? baseCluster } : undefined;
    this.database = new PostgresDatabase(this, 'db', {
      name: db.restore ? restoredClusterName(baseCluster, db.restore) : baseCluster,
      namespace: OPENMETADATA,
      database: 'openmetadata',
      owner: 'openmetadata',
      instances: db.instances ?? (production ? 2 : 1),
      size: { cpu: db.cpu ?? (production ? 1 : 0.25), memoryGiB: db.memoryGiB ?? (production ? 4 : 1) },
      storageGiB: db.storageGiB ?? (production ? 50 : 5),
      operator: props.postgres,
      backup: props.objectStore.databaseBackups(this, OPENMETADATA, { restore }),
      // The migrations (Flyway's history and OpenMetadata's own server_change_log) ran, and
      // the server seeded its roles and policies.
      verification: {
        description: 'the catalog is migrated and holds its seeded roles',
        query: 'SELECT EXISTS (SELECT 1 FROM "SERVER_CHANGE_LOG") AND EXISTS (SELECT 1 FROM role_entity)',
      },
    });

    const secrets = new PlatformSecret(this, 'secrets', {
      name: 'openmetadata-secrets',
      namespace: OPENMETADATA,
      keys: {
        // Fernet: 32 random bytes, url-safe base64 (Python's cryptography.fernet.Fernet.generate_key).
        'fernet-key': { randomBytes: { bytes: 32, encoding: 'base64url' } },
        'search-password': { generate: { length: 32 } },
        // The trust store of the platform CA has no password; the chart's field needs a value.
        'truststore-password': { generate: { length: 16 } },
      },
      readers: ['openmetadata server', 'openmetadata-search (init container that hashes the password)'],
      description: 'OpenMetadata Fernet key (encrypts stored connection secrets) and the server\'s OpenSearch password',
    });

    const oidc = props.identity.addClient(this, OPENMETADATA, {
      redirectUris: [`${this.url}/callback`, `${this.url}/silent-callback`],
      namespace: OPENMETADATA,
      name: 'OpenMetadata',
      // The pipelines Job signs in with the client's service account (client credentials).
      serviceAccount: true,
    });
    if (!oidc.secret) {
      throw new Error('openmetadata: the Keycloak client "openmetadata" must be confidential (the server exchanges the login code with its secret)');
    }
    if (oidc.rolesClaim !== 'roles') {
      throw new Error(`openmetadata: useRolesFromProvider reads the "roles" claim, but the realm puts roles in "${oidc.rolesClaim}"`);
    }
    // The chart reads the client id from a Secret as well (templates/_helpers.tpl OIDC_CLIENT_ID
    // takes a secretKeyRef only); the id is public, the secret stays sealed.
    const clientIdSecret = new k8s.KubeSecret(this, 'oidc-client-id', {
      metadata: { name: 'openmetadata-oidc-client-id', namespace: OPENMETADATA },
      stringData: { 'client-id': oidc.clientId },
    });
    waive(clientIdSecret, 'no-plain-secret', 'holds the OIDC client id, a public identifier the chart can only read from a Secret (templates/_helpers.tpl OIDC_CLIENT_ID); the client secret is the sealed one');
    // Keycloak names a client's service account service-account-<client id> (preferred_username).
    const pipelinesPrincipal = `service-account-${oidc.clientId}`;

    // --- search: OpenSearch 3 with the security plugin ---
    const nodeCert = new Certificate(this, 'search-certificate', {
      metadata: { name: 'openmetadata-search-tls', namespace: OPENMETADATA },
      spec: {
        secretName: 'openmetadata-search-tls',
        commonName: NODE_CN,
        subject: { organizations: ['lakeplane'] },
        dnsNames: [SEARCH_SERVICE, `${SEARCH_SERVICE}.${OPENMETADATA}.svc`, `${SEARCH_SERVICE}.${OPENMETADATA}.svc.cluster.local`, `*.${SEARCH_SERVICE}-headless.${OPENMETADATA}.svc`, `*.${SEARCH_SERVICE}-headless.${OPENMETADATA}.svc.cluster.local`],
        duration: INTERNAL_CERT_DURATION,
        renewBefore: INTERNAL_CERT_RENEW_BEFORE,
        // Transport TLS: every node is server and client to the others.
        usages: [CertificateSpecUsages.DIGITAL_SIGNATURE, CertificateSpecUsages.KEY_ENCIPHERMENT, CertificateSpecUsages.SERVER_AUTH, CertificateSpecUsages.CLIENT_AUTH],
        issuerRef: { kind: 'ClusterIssuer', name: props.authority.internalIssuer ?? props.authority.clusterIssuer, group: 'cert-manager.io' },
        // The security plugin reads a PKCS#8 PEM key.
        privateKey: { rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS, algorithm: CertificateSpecPrivateKeyAlgorithm.RSA, size: 2048, encoding: CertificateSpecPrivateKeyEncoding.PKCS8 },
      },
    });
    setWave(nodeCert, ObjectWave.SECRETS);

    const certDir = `${SEARCH_HOME}/config/certs`;
    const opensearchYml = [
      `cluster.name: ${SEARCH_CLUSTER}`,
      'network.host: 0.0.0.0',
      // mmap needs vm.max_map_count >= 262144 on the node, which a restricted pod cannot set;
      // without mmap the bootstrap check does not apply (niofs).
      'node.store.allow_mmap: false',
      `plugins.security.ssl.transport.pemcert_filepath: certs/tls.crt`,
      `plugins.security.ssl.transport.pemkey_filepath: certs/tls.key`,
      `plugins.security.ssl.transport.pemtrustedcas_filepath: certs/ca.crt`,
      // Nodes are recognised by their certificate's subject; the names are the Service's.
      'plugins.security.ssl.transport.enforce_hostname_verification: false',
      'plugins.security.ssl.http.enabled: true',
      `plugins.security.ssl.http.pemcert_filepath: certs/tls.crt`,
      `plugins.security.ssl.http.pemkey_filepath: certs/tls.key`,
      `plugins.security.ssl.http.pemtrustedcas_filepath: certs/ca.crt`,
      `plugins.security.nodes_dn: ["CN=${NODE_CN},O=lakeplane"]`,
      // The security index is created from the files in opensearch-security/ at first start.
      'plugins.security.allow_default_init_securityindex: true',
      'plugins.security.audit.type: internal_opensearch',
      'plugins.security.restapi.roles_enabled: ["all_access"]',
      '',
    ].join('\n');
    const searchImage = common.images.parts('opensearch');
    const searchRestricted = { runAsNonRoot: true, runAsUser: SEARCH_UID, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } } as const;
    const heapMiB = Math.floor((searchSize.memoryGiB * 1024) / 2);
    // internal_users.yml with the bcrypt hash of the sealed password, made by the plugin's own
    // tool at every start (the hash never lives in git or in a Secret).
    const hashUsers = [
      'set -eu',
      `hash=$(${SEARCH_HOME}/plugins/opensearch-security/tools/hash.sh -p "$SEARCH_PASSWORD" | tail -n 1)`,
      'cat > /security-users/internal_users.yml <<YAML',
      '_meta:',
      '  type: "internalusers"',
      '  config_version: 2',
      `${SEARCH_USER}:`,
      '  hash: "$hash"',
      '  reserved: true',
      '  backend_roles: ["admin"]',
      '  description: "the OpenMetadata server (all_access through the admin backend role)"',
      'YAML',
    ].join('\n');
    const searchValues: OpensearchValues = {
      clusterName: SEARCH_CLUSTER,
      nodeGroup: SEARCH_NODE_GROUP,
      // The Services and the discovery seed (values.yaml defaults it to opensearch-cluster-master).
      masterService: SEARCH_SERVICE,
      singleNode: searchNodes === 1,
      replicas: searchNodes,
      image: { repository: `${searchImage.registry}/${searchImage.repository}`, tag: searchImage.tag, pullPolicy: 'IfNotPresent' },
      opensearchJavaOpts: `-Xms${heapMiB}m -Xmx${heapMiB}m`,
      resources: toResources(searchSize),
      initResources: toResources({ cpu: 0.25, memoryGiB: 0.5 }),
      // The StatefulSet carries the data guard's sync options (its volumes hold the index).
      openSearchAnnotations: dataProtection('the catalog\'s search index on its volumes'),
      persistence: { enabled: true, enableInitChown: false, size: `${searchStorageGiB}Gi`, storageClass: common.storageClasses.default },
      config: { 'opensearch.yml': opensearchYml },
      extraEnvs: [
        { name: 'DISABLE_INSTALL_DEMO_CONFIG', value: 'true' },
        { name: 'DISABLE_PERFORMANCE_ANALYZER_AGENT_CLI', value: 'true' },
      ],
      secretMounts: [{ name: 'node-tls', secretName: nodeCert.name, path: certDir }],
      extraVolumes: [{ name: 'security-users', emptyDir: { sizeLimit: '1Mi' } }],
      extraVolumeMounts: [{ name: 'security-users', mountPath: `${SECURITY_CONFIG_DIR}/internal_users.yml`, subPath: 'internal_users.yml', readOnly: true }],
      extraInitContainers: [
        {
          name: 'internal-users',
          image: `${searchImage.registry}/${searchImage.repository}:${searchImage.tag}`,
          imagePullPolicy: 'IfNotPresent',
          command: ['/bin/bash', '-c', hashUsers],
          env: [{ name: 'SEARCH_PASSWORD', valueFrom: { secretKeyRef: { name: secrets.name, key: 'search-password' } } }],
          securityContext: searchRestricted,
          resources: toResources({ cpu: 0.25, memoryGiB: 0.5 }),
          volumeMounts: [{ name: 'security-users', mountPath: '/security-users' }],
        },
      ],
      podSecurityContext: { runAsNonRoot: true, runAsUser: SEARCH_UID, fsGroup: SEARCH_UID, seccompProfile: { type: 'RuntimeDefault' } },
      // OpenSearch writes its keystore, logs and the plugin's state under its home.
      securityContext: searchRestricted,
      securityConfig: { enabled: true },
      sysctl: { enabled: false },
      sysctlInit: { enabled: false },
      rbac: { create: true, automountServiceAccountToken: false },
      networkPolicy: { create: false },
      protocol: 'https',
      antiAffinity: production ? 'hard' : 'soft',
      startupProbe: { tcpSocket: { port: SEARCH_PORT }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 30 },
      readinessProbe: { tcpSocket: { port: SEARCH_PORT }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
      livenessProbe: { tcpSocket: { port: SEARCH_TRANSPORT_PORT }, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 6 },
      maxUnavailable: 1,
    };
    this.search = new HelmApplication<OpensearchValues>(this, 'opensearch', {
      chart: 'opensearch',
      releaseName: SEARCH_CLUSTER,
      namespace: OPENMETADATA,
      values: searchValues,
      holdsData: true,
    });
    this.declareWorkload({ name: SEARCH_SERVICE, replicas: searchNodes, size: searchSize });
    this.declareVolumes({ name: SEARCH_SERVICE, count: searchNodes, sizeGiB: searchStorageGiB, storageClass: common.storageClasses.default });

    // --- the server's signing keys (bots' tokens, the JWKS it publishes) ---
    const signing = new Certificate(this, 'jwt-signing-key', {
      metadata: { name: JWT_SIGNING_SECRET, namespace: OPENMETADATA },
      spec: {
        secretName: JWT_SIGNING_SECRET,
        commonName: 'openmetadata-jwt-signing',
        subject: { organizations: ['lakeplane'] },
        duration: INTERNAL_CERT_DURATION,
        renewBefore: INTERNAL_CERT_RENEW_BEFORE,
        usages: [CertificateSpecUsages.DIGITAL_SIGNATURE],
        issuerRef: { kind: 'ClusterIssuer', name: props.authority.internalIssuer ?? props.authority.clusterIssuer, group: 'cert-manager.io' },
        // Only the key is used. Never rotated: a new key would invalidate every bot token the
        // server has signed (the sync Job regenerates the shared bot's token when it no longer verifies).
        privateKey: { rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.NEVER, algorithm: CertificateSpecPrivateKeyAlgorithm.RSA, size: 2048, encoding: CertificateSpecPrivateKeyEncoding.PKCS8 },
      },
    });
    setWave(signing, ObjectWave.SECRETS);
    const jwtScript = new k8s.KubeConfigMap(this, 'jwt-keys-script', {
      metadata: { name: 'openmetadata-jwt-keys', namespace: OPENMETADATA },
      data: { 'jwt_keys.py': JWT_KEYS_SCRIPT },
    });

    // --- the server ---
    const image = common.images.parts('openmetadataServer');
    const restricted = { runAsNonRoot: true, runAsUser: OM_UID, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } } as const;
    const secretRef = (key: string) => ({ secretRef: secrets.name, secretKey: key });
    const serverHeapMiB = Math.floor((size.memoryGiB * 1024) / 2);
    // One ingestion run at a time is the plan (the schedules are apart); the server creates them.
    const ingestionSize: ContainerSize = { cpu: production ? 1 : 0.25, memoryGiB: production ? 4 : 1.5 };
    this.declareWorkload({ name: 'openmetadata-ingestion', replicas: 1, size: ingestionSize });
    const values: OpenmetadataValues = {
      replicaCount: replicas,
      image: { repository: `${image.registry}/${image.repository}`, tag: image.tag, pullPolicy: 'IfNotPresent' },
      openmetadata: {
        config: {
          clusterName: OPENMETADATA,
          // The chart's suspended CronJobs for manual redeploys and reindexing; the pipelines
          // Job deploys, and the server reindexes on its own after migrations.
          deployPipelinesConfig: { enabled: false },
          reindexConfig: { enabled: false },
          elasticsearch: {
            host: SEARCH_SERVICE,
            searchType: 'opensearch',
            port: SEARCH_PORT,
            scheme: 'https',
            trustStore: { enabled: true, path: trust.trustStoreFile, password: secretRef('truststore-password') },
            auth: { enabled: true, username: SEARCH_USER, password: secretRef('search-password') },
          },
          database: {
            host: this.database.host,
            port: this.database.port,
            driverClass: 'org.postgresql.Driver',
            dbScheme: 'postgresql',
            databaseName: this.database.database,
            auth: { username: this.database.owner, password: { secretRef: this.database.secretName, secretKey: 'password' } },
            dbParams: 'sslmode=require',
          },
          pipelineServiceClientConfig: {
            enabled: true,
            type: 'k8s',
            metadataApiEndpoint: this.apiUri,
            k8s: {
              namespace: INGESTION_NAMESPACE,
              ingestionImage: common.images.ref('openmetadataIngestion'),
              imagePullPolicy: 'IfNotPresent',
              serviceAccountName: INGESTION_SERVICE_ACCOUNT,
              securityContext: { runAsNonRoot: true, runAsUser: OM_UID, runAsGroup: OM_UID, fsGroup: OM_UID },
              resources: toResources(ingestionSize),
              // The client mounts nothing into the run pods, so the platform CA bundle is not there
              // to point at: the connections name the CA file (see pipelines.ts).
              extraEnvVars: [],
              // The chart's RBAC is for runs in its own namespace; lakeplane's is below.
              rbac: { enabled: false },
            },
          },
          authorizer: {
            className: 'org.openmetadata.service.security.DefaultAuthorizer',
            containerRequestFilter: 'org.openmetadata.service.security.JwtFilter',
            initialAdmins: [...(config.initialAdmins ?? []), pipelinesPrincipal],
            principalDomain: common.domain,
            enforcePrincipalDomain: false,
            allowedEmailRegistrationDomains: ['all'],
            // The realm's platform roles (the `roles` claim) become the user's catalog roles,
            // which the pipelines Job creates (pipelines.ts CATALOG_ROLES).
            useRolesFromProvider: true,
          },
          authentication: {
            provider: 'custom-oidc',
            clientType: 'confidential',
            publicKeys: [`${this.apiUri}/v1/system/config/jwks`, `${oidc.issuerUrl}/protocol/openid-connect/certs`],
            authority: oidc.issuerUrl,
            clientId: oidc.clientId,
            callbackUrl: `${this.url}/callback`,
            jwtPrincipalClaims: ['preferred_username', 'email', 'sub'],
            enableSelfSignup: true,
            oidcConfiguration: {
              enabled: true,
              oidcType: 'Keycloak',
              clientId: { secretRef: clientIdSecret.name, secretKey: 'client-id' },
              clientSecret: { secretRef: oidc.secret.name, secretKey: oidc.secret.key },
              scope: 'openid email profile',
              discoveryUri: `${oidc.issuerUrl}/.well-known/openid-configuration`,
              callbackUrl: `${this.url}/callback`,
              serverUrl: this.url,
            },
          },
          fernetkey: { value: '', secretRef: secrets.name, secretKey: 'fernet-key' },
          jwtTokenConfiguration: {
            enabled: true,
            rsapublicKeyFilePath: `${JWT_DIR}/public_key.der`,
            rsaprivateKeyFilePath: `${JWT_DIR}/private_key.der`,
            jwtissuer: this.url,
            keyId: 'lakeplane-openmetadata',
          },
          web: { hsts: { enabled: true }, contentTypeOptions: { enabled: true } },
        },
      },
      fullnameOverride: RELEASE,
      serviceAccount: { create: true },
      podSecurityContext: { runAsNonRoot: true, runAsUser: OM_UID, runAsGroup: OM_UID, fsGroup: OM_UID, seccompProfile: { type: 'RuntimeDefault' } },
      securityContext: restricted,
      service: { type: 'ClusterIP', port: SERVER_PORT, adminPort: ADMIN_PORT },
      serviceMonitor: { enabled: false },
      ingress: { enabled: false },
      networkPolicy: { enabled: false },
      extraEnvs: [
        { name: 'OPENMETADATA_HEAP_OPTS', value: `-Xms${serverHeapMiB}m -Xmx${serverHeapMiB}m` },
        ...trust.jvmOptions.length > 0 ? [{ name: 'JAVA_TOOL_OPTIONS', value: trust.jvmOptions.join(' ') }] : [],
      ],
      extraVolumes: [
        trust.volume,
        { name: 'tmp', emptyDir: { sizeLimit: '1Gi' } },
        { name: 'logs', emptyDir: { sizeLimit: '1Gi' } },
        // The signing key as cert-manager writes it, the script, and the DER files made from them (in memory).
        { name: 'jwt-signing', secret: { secretName: JWT_SIGNING_SECRET, items: [{ key: 'tls.key', path: 'tls.key' }] } },
        { name: 'jwt-keys-script', configMap: { name: jwtScript.name } },
        { name: 'jwt-keys', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
      ],
      // The migration container and the server read the DER files.
      extraVolumeMounts: [trust.volumeMount, { name: 'tmp', mountPath: '/tmp' }, { name: 'logs', mountPath: '/opt/openmetadata/logs' }, { name: 'jwt-keys', mountPath: JWT_DIR, readOnly: true }],
      preMigrateInitContainers: [
        {
          name: 'jwt-keys',
          // Any image with Python 3: the ingestion image, which the catalog pulls anyway.
          image: common.images.ref('openmetadataIngestion'),
          imagePullPolicy: 'IfNotPresent',
          command: ['python', '/etc/jwt-keys/jwt_keys.py', '/etc/jwt-signing/tls.key', JWT_DIR],
          resources: toResources({ cpu: 0.05, memoryGiB: 0.125 }),
          securityContext: restricted,
          volumeMounts: [
            { name: 'jwt-signing', mountPath: '/etc/jwt-signing', readOnly: true },
            { name: 'jwt-keys-script', mountPath: '/etc/jwt-keys', readOnly: true },
            { name: 'jwt-keys', mountPath: JWT_DIR },
          ],
        },
      ],
      resources: toResources(size),
      livenessProbe: { initialDelaySeconds: 60, periodSeconds: 30, failureThreshold: 5, httpGet: { path: '/api/v1/system/health', port: 'http' } },
      readinessProbe: { initialDelaySeconds: 30, periodSeconds: 15, failureThreshold: 5, httpGet: { path: '/api/v1/system/health', port: 'http' } },
      // Migrations run in the init container; the server then builds its search indexes.
      startupProbe: { periodSeconds: 15, failureThreshold: 40, httpGet: { path: '/healthcheck', port: 'http-admin' } },
      podDisruptionBudget: { enabled: replicas > 1, config: { minAvailable: '1' } },
      topologySpreadConstraints: replicas > 1 ? [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { ...SERVER_LABELS } } }] : [],
      omjobOperator: { enabled: false },
    };
    this.helm = new HelmApplication<OpenmetadataValues>(this, 'openmetadata', {
      chart: 'openmetadata',
      releaseName: RELEASE,
      namespace: OPENMETADATA,
      values,
      holdsData: false,
    });
    // The migration init container runs with the server's resources.
    this.declareWorkload({ name: RELEASE, replicas, size });


    new ServiceMetrics(this, 'metrics', {
      name: 'openmetadata',
      namespace: OPENMETADATA,
      selector: SERVER_LABELS,
      port: 'http-admin',
      portNumber: ADMIN_PORT,
      path: '/prometheus',
      podLabels: SERVER_LABELS,
    });

    // --- ingestion pipelines as code ---
    const trinoPassword = props.trino.addServiceUser(this, props.trino.catalogUser, OPENMETADATA);
    const dbtArtifacts = props.dbt?.artifacts;
    const dbtCredentials = dbtArtifacts ? props.objectStore.grant(this, 'openmetadata-dbt', OPENMETADATA, [{ bucket: dbtArtifacts.bucket, access: 'read' }]) : undefined;
    // Airflow's DAGs: a read-only role on its metadata database; the ingestion runs connect.
    const airflowReader = props.orchestrator?.addMetadataReader(this, 'openmetadata', OPENMETADATA, INGESTION_NAMESPACE);
    if (props.orchestrator && airflowReader) {
      runs.allowEgress('airflow-db', { peers: [{ namespace: props.orchestrator.namespace, podLabels: { ...props.orchestrator.metadataDatabasePodLabels } }], ports: [airflowReader.port] });
    }
    const services = catalogServices({
      trinoHostPort: `${props.trino.host}:${props.trino.port}`,
      trinoUser: props.trino.catalogUser,
      caFile: trust.pemFile,
      dbt: dbtArtifacts ? { bucket: dbtArtifacts.bucket.name, prefix: dbtArtifacts.prefix, endpoint: props.objectStore.endpoint, region: props.objectStore.region } : undefined,
      airflow: props.orchestrator && airflowReader ? { url: props.orchestrator.url, databaseHostPort: `${airflowReader.host}:${airflowReader.port}`, database: airflowReader.database, user: airflowReader.user } : undefined,
      schedules,
    });
    const pipelinesConfig = new k8s.KubeConfigMap(this, 'pipelines', {
      metadata: { name: 'openmetadata-pipelines', namespace: OPENMETADATA },
      data: { 'services.json': `${JSON.stringify(services, null, 2)}\n`, 'roles.json': `${JSON.stringify(CATALOG_ROLES, null, 2)}\n`, 'pipelines.py': PIPELINES_SCRIPT },
    });
    const env = secretEnv;
    new k8s.KubeServiceAccount(this, 'pipelines-sa', { metadata: { name: PIPELINES_SERVICE_ACCOUNT, namespace: OPENMETADATA }, automountServiceAccountToken: false });
    const jobLabels = { 'app.kubernetes.io/name': 'openmetadata-pipelines', 'app.kubernetes.io/part-of': 'lakeplane', 'app.kubernetes.io/component': 'pipelines' };
    // Signing in and sharing the bot token: what both the sync Job and the hourly share need.
    const signIn = [
      { name: 'OPENMETADATA_API', value: this.apiUri },
      { name: 'OIDC_TOKEN_URL', value: `${oidc.issuerUrl}/protocol/openid-connect/token` },
      { name: 'OIDC_CLIENT_ID', value: oidc.clientId },
      env('OIDC_CLIENT_SECRET', oidc.secret),
      { name: 'BOT_NAME', value: SHARED_BOT },
      { name: 'BOT_SHARE_NAME', value: BOT_TOKEN_SECRET },
      { name: 'BOT_SHARE_FIELD', value: BOT_TOKEN_KEY },
      { name: 'BOT_SHARE_NAMESPACES', value: Lazy.any({ produce: () => [...this.tokenNamespaces].sort().join(',') }) as unknown as string },
      ...trust.env.map((e) => ({ name: e.name, value: e.value })),
    ];
    const pipelinesPod = (args: string[], extraEnv: k8s.EnvVar[]): k8s.PodTemplateSpec => ({
      metadata: { labels: jobLabels },
      spec: podSpec({
        restartPolicy: 'Never',
        // Its token writes only the bot token's Secrets, in the namespaces that asked (shareBotToken).
        serviceAccountName: PIPELINES_SERVICE_ACCOUNT,
        containers: [
          container({
            name: 'pipelines',
            image: common.images.ref('openmetadataIngestion'),
            size: { cpu: 0.25, memoryGiB: 0.5 },
            command: ['python', '/etc/openmetadata-pipelines/pipelines.py', ...args],
            env: [...signIn, ...extraEnv],
            volumeMounts: [{ name: 'pipelines', mountPath: '/etc/openmetadata-pipelines', readOnly: true }, trust.volumeMount],
            probes: 'run-to-completion',
          }),
        ],
        volumes: [{ name: 'pipelines', configMap: { name: pipelinesConfig.name } }, trust.volume],
      }),
    });
    const job = new k8s.KubeJob(this, 'pipelines-job', {
      metadata: { name: 'openmetadata-pipelines', namespace: OPENMETADATA, labels: jobLabels },
      spec: {
        backoffLimit: 3,
        activeDeadlineSeconds: 1800,
        ttlSecondsAfterFinished: 86400,
        template: pipelinesPod([], [
          env('TRINO_PASSWORD', trinoPassword),
          ...(airflowReader ? [env('AIRFLOW_DB_PASSWORD', airflowReader.password)] : []),
          ...(dbtCredentials
            ? [env('DBT_ARTIFACTS_ACCESS_KEY_ID', { name: dbtCredentials.secret.name, key: dbtCredentials.accessKeyKey }), env('DBT_ARTIFACTS_SECRET_ACCESS_KEY', { name: dbtCredentials.secret.name, key: dbtCredentials.secretKeyKey })]
            : []),
        ]),
      },
    });
    postSyncHook(job);
    // The bot token again every hour: on a first install the namespaces that asked for it are
    // synced after the catalog (their Role is not there for the sync Job yet), and a token
    // regenerated in the catalog's UI reaches them within the hour.
    new k8s.KubeCronJob(this, 'bot-token-share', {
      metadata: { name: 'openmetadata-bot-token-share', namespace: OPENMETADATA, labels: jobLabels },
      spec: {
        schedule: '17 * * * *',
        concurrencyPolicy: 'Forbid',
        successfulJobsHistoryLimit: 1,
        failedJobsHistoryLimit: 3,
        jobTemplate: { spec: { backoffLimit: 2, activeDeadlineSeconds: 900, ttlSecondsAfterFinished: 86400, template: pipelinesPod(['share-bot-token'], []) } },
      },
    });

    // The server runs the pipelines in the ingestion namespace: Jobs and CronJobs, their pods
    // and logs, and the ConfigMaps and Secrets that carry each run's workflow configuration.
    new k8s.KubeServiceAccount(this, 'ingestion-sa', { metadata: { name: INGESTION_SERVICE_ACCOUNT, namespace: INGESTION_NAMESPACE }, automountServiceAccountToken: false });
    const runner = new k8s.KubeRole(this, 'ingestion-runner', {
      metadata: { name: 'openmetadata-pipeline-runner', namespace: INGESTION_NAMESPACE },
      rules: [
        { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'delete'] },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get', 'list'] },
        { apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get', 'list', 'create', 'update', 'patch', 'delete'] },
        { apiGroups: [''], resources: ['events'], verbs: ['get', 'list'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'ingestion-runner-binding', {
      metadata: { name: 'openmetadata-pipeline-runner', namespace: INGESTION_NAMESPACE },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: runner.name },
      subjects: [{ kind: 'ServiceAccount', name: SERVER_SERVICE_ACCOUNT, namespace: OPENMETADATA }],
    });

    // --- network: every flow named ---
    // Ingestion runs report to the server's API and read Trino and the object store.
    this.allowClient(INGESTION_NAMESPACE);
    runs.allowEgress('openmetadata', { peers: [{ namespace: OPENMETADATA, podLabels: { ...SERVER_LABELS } }], ports: [SERVER_PORT] });
    props.trino.allowClient(INGESTION_NAMESPACE);
    runs.allowEgress('trino', { peers: [{ namespace: props.trino.namespace, podLabels: { ...props.trino.podLabels } }], ports: [props.trino.port] });
    runs.allowEgress('object-store', { peers: [{ cidr: '0.0.0.0/0' }], ports: [props.objectStore.port] });
    // Server, search nodes, database, ingestion pods and the pipelines Job talk inside the namespace.
    this.ns.allowWithinNamespace();
    // Keycloak at its public address (login code exchange, discovery, JWKS, client credentials).
    this.ns.allowEgress('keycloak', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443] });
    // The server creates the ingestion Jobs through the Kubernetes API; the pipelines Job writes the bot token's Secrets.
    this.ns.allowKubeApi({ ...SERVER_LABELS });
    this.ns.allowEgress('kube-api-pipelines', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 6443], podLabels: { 'app.kubernetes.io/name': jobLabels['app.kubernetes.io/name'] } });
  }

  shareBotToken(scope: Construct, namespace: string): SecretKeyRef {
    if (!this.tokenNamespaces.includes(namespace)) this.tokenNamespaces.push(namespace);
    // Create cannot be limited to a name (RBAC has no object name at create time); the Job
    // creates nothing else. Reading or changing is limited to the one Secret.
    const role = new k8s.KubeRole(scope, `openmetadata-bot-token-${namespace}`, {
      metadata: { name: 'openmetadata-bot-token-writer', namespace },
      rules: [
        { apiGroups: [''], resources: ['secrets'], verbs: ['create'] },
        { apiGroups: [''], resources: ['secrets'], resourceNames: [BOT_TOKEN_SECRET], verbs: ['get', 'patch'] },
      ],
    });
    new k8s.KubeRoleBinding(scope, `openmetadata-bot-token-binding-${namespace}`, {
      metadata: { name: 'openmetadata-bot-token-writer', namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: PIPELINES_SERVICE_ACCOUNT, namespace: OPENMETADATA }],
    });
    return { namespace, name: BOT_TOKEN_SECRET, key: BOT_TOKEN_KEY };
  }

  allowClient(namespace: string, podLabels?: Readonly<Record<string, string>>): void {
    this.ns.allowIngress(`client-${namespace}${podLabels ? '-selected' : ''}`, {
      peers: [{ namespace, ...(podLabels ? { podLabels: { ...podLabels } } : {}) }],
      ports: [SERVER_PORT],
      podLabels: { ...SERVER_LABELS },
    });
  }
}

function openmetadataDeps(config: PlatformConfig): ComponentId[] {
  return [config.secrets.backend, 'cloudnative-pg', 'keycloak', 'traefik', 'cert-manager', 'minio', 'trino'];
}

export const openmetadataComponent = defineComponent({
  id: OPENMETADATA,
  phase: 3,
  layer: 'governance',
  description: 'OpenMetadata: the data catalog (tables, columns, profiles, usage and dbt lineage from Trino and the dbt manifest; Airflow\'s DAGs and tasks from its metadata database), search on OpenSearch 3, login through Keycloak, ingestion as Kubernetes Jobs',
  dependsOn: openmetadataDeps,
  optionalDeps: () => ['dbt', 'airflow'],
  holdsData: 'the catalog (descriptions, owners, tags, glossary, lineage, quality results) in the openmetadata PostgreSQL database; the search index on the openmetadata-search volumes (rebuilt from the database)',
  ui: HOST,
  endpoints: [{ name: 'catalog API', address: `http://${RELEASE}.${OPENMETADATA}.svc:${SERVER_PORT}/api` }],
  charts: ['openmetadata', 'opensearch'],
  images: ['openmetadataIngestion'],
  alerts: [OPENMETADATA_ALERTS],
  build(ctx) {
    const chart = new OpenmetadataChart(ctx.scope, {
      common: ctx.common,
      config: ctx.config.components.openmetadata,
      postgres: ctx.handles.get('cloudnative-pg'),
      identity: ctx.handles.get('keycloak'),
      ingress: ctx.handles.get('traefik'),
      authority: ctx.handles.get('cert-manager'),
      objectStore: ctx.handles.get('minio'),
      trino: ctx.handles.get('trino'),
      dbt: ctx.handles.find('dbt'),
      orchestrator: ctx.handles.find('airflow'),
    });
    return { charts: [chart], handle: chart };
  },
});
