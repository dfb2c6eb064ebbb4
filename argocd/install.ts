/**
 * ArgoCD's own installation: the values of the official argo-cd chart, computed from the
 * platform's config. One pure function builds them; the same object is the bootstrap values
 * file (`helm install ... -f dist/<env>/bootstrap/argocd-values.yaml`) and the values of the
 * `argocd` component's Helm Application, which then adopts that release (same release name,
 * same values), so ArgoCD manages itself from the first sync on.
 *
 * Every key below was checked against the chart's templates (argo-cd 10.1.1, ArgoCD v3.4.4);
 * the file is named where the key is not obvious.
 */
import type { ArgocdConfig } from '../charts/argocd/config';
import type { PlatformCommon } from '../constructs/common';
import type { PlatformConfig } from '../config/schema';
import type { SecretKeyRef } from '../constructs/secret';
import { projectName } from '../constructs/application';
import { resourceName } from '../constructs/naming';
import { ContainerSize, assertSize, toResources } from '../constructs/resources';
import { CHARTS, ChartName } from '../versions';
import type { PlatformGroup, PlatformRole } from '../charts/keycloak/handle';
import type {
  ArgoCdValues,
  ArgoComponentValues,
  ArgoRepositoryValues,
  ArgoReplicatedValues,
  ArgoSpreadValues,
  RedisHaValues,
} from '../charts/argocd/values';
import type { ContainerSecurityValues, PodSecurityValues } from '../constructs/helm-values';

/** Component id, Helm release name and host name prefix (https://argocd.<domain>). */
export const ARGOCD = 'argocd';

/** The argocd-cm key of the Application health check (`resource.customizations.health.<group>_<Kind>`). */
export const APPLICATION_HEALTH_KEY = 'resource.customizations.health.argoproj.io_Application';

/** The argocd-cmd-params-cm key that turns on ApplicationSet progressive syncs (RollingSync). */
export const PROGRESSIVE_SYNCS_KEY = 'applicationsetcontroller.enable.progressive.syncs';

/** The argocd-cm key of the resource tracking method. */
export const TRACKING_METHOD_KEY = 'application.resourceTrackingMethod';

/** Label ArgoCD requires on a Secret before `$<secret>:<key>` may refer to it from argocd-cm. */
export const ARGOCD_SECRET_LABEL = { 'app.kubernetes.io/part-of': 'argocd' } as const;

/** Label that makes a Secret an ArgoCD repository. */
export const REPOSITORY_SECRET_LABEL = { 'argocd.argoproj.io/secret-type': 'repository' } as const;

/**
 * The health of an Application is the health it reports. ArgoCD 1.8 removed this built-in
 * check, so an app-of-apps parent (the root Application, or component Applications in
 * `applications` mode) counts a child as healthy as soon as it exists; with this check, a
 * sync wave waits until the children of the previous wave are healthy.
 */
export const APPLICATION_HEALTH_LUA = `-- A child Application is as healthy as it says it is.
local states = { Healthy = true, Progressing = true, Degraded = true, Suspended = true, Missing = true, Unknown = true }
local reported = nil
if obj.status ~= nil then
  reported = obj.status.health
end
local result = {}
if reported == nil or reported.status == nil then
  result.status = "Progressing"
  result.message = "waiting for the Application to report its health"
  return result
end
if states[reported.status] then
  result.status = reported.status
else
  result.status = "Unknown"
end
if reported.message ~= nil and reported.message ~= "" then
  result.message = reported.message
else
  result.message = "the Application is " .. reported.status
end
return result
`;

/** The platform's OIDC client of ArgoCD, when the identity provider is enabled. */
export interface ArgocdOidc {
  readonly issuerUrl: string;
  readonly clientId: string;
  /** The client secret, in a Secret of ArgoCD's namespace labelled ARGOCD_SECRET_LABEL. */
  readonly clientSecret: SecretKeyRef;
  /** Claim with the user's group names; RBAC maps these groups. */
  readonly groupsClaim: string;
  readonly groups: readonly PlatformGroup[];
  /**
   * The CA that signed the issuer's certificate, when it is private (a PEM key of a Secret
   * labelled ARGOCD_SECRET_LABEL). @default - the issuer's certificate is publicly trusted
   */
  readonly rootCA?: SecretKeyRef;
}

export interface ArgocdInstallProps {
  readonly common: PlatformCommon;
  readonly config?: ArgocdConfig;
  /** Single sign-on through the platform's identity provider. @default - local accounts only */
  readonly oidc?: ArgocdOidc;
  /** Metrics Services (the monitoring stack is enabled and scrapes them). @default false */
  readonly metrics?: boolean;
  /** Nodes the redis-ha pods may spread over. @default - every node of the environment */
  readonly nodeCount?: number;
}

/** ArgoCD's role for each platform role. */
const ROLE_FOR: Readonly<Record<PlatformRole, string>> = {
  admin: 'role:admin',
  engineer: 'role:lakeplane-engineer',
  analyst: 'role:readonly',
};

const SPREAD: readonly ArgoSpreadValues[] = [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule' }];
const SECCOMP = { type: 'RuntimeDefault' } as const;

/** Pod Security "restricted" at container level, as the chart's `containerSecurityContext` keys take it. */
export const RESTRICTED_CONTAINER: ContainerSecurityValues = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: SECCOMP,
};

/** User of the argocd image (its Dockerfile's ARGOCD_USER_ID) and of the chart's Redis. */
const ARGOCD_UID = 999;
/** Users the redis-ha chart runs Redis and HAProxy as (its values.yaml). */
const REDIS_HA_UID = 1000;
const HAPROXY_UID = 99;

function restrictedPod(uid: number): PodSecurityValues {
  return { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid, seccompProfile: SECCOMP };
}

/** `$<secret>:<key>`: how argocd-cm refers to a key of a labelled Secret. */
export function secretReference(ref: SecretKeyRef): string {
  return `$${ref.name}:${ref.key}`;
}

/**
 * The values of the argo-cd chart for an environment. Pure: the same inputs give the same
 * object, so the bootstrap file and the component's Application always agree.
 */
export function argocdValues(props: ArgocdInstallProps): ArgoCdValues {
  const { common } = props;
  const config = props.config ?? {};
  const production = common.profile === 'production';
  const replicas = config.replicas ?? (production ? 2 : 1);
  if (!Number.isInteger(replicas) || replicas < 1) {
    throw new Error(`argocd.replicas must be an integer >= 1 (got ${replicas})`);
  }
  const redisHa = config.redisHa ?? production;
  const nodes = props.nodeCount ?? common.nodePools.reduce((n, pool) => n + pool.count, 0);
  if (redisHa && nodes < 3) {
    throw new Error(`argocd.redisHa runs 3 Redis and 3 HAProxy pods on separate nodes, but ${common.env} has ${nodes} node(s); turn redisHa off or add nodes`);
  }
  const sizes = {
    controller: config.controller ?? (production ? { cpu: 1, memoryGiB: 2 } : { cpu: 0.25, memoryGiB: 0.75 }),
    repoServer: config.repoServer ?? (production ? { cpu: 0.5, memoryGiB: 1 } : { cpu: 0.1, memoryGiB: 0.5 }),
    server: config.server ?? (production ? { cpu: 0.25, memoryGiB: 0.5 } : { cpu: 0.05, memoryGiB: 0.25 }),
    applicationSet: production ? { cpu: 0.1, memoryGiB: 0.25 } : { cpu: 0.05, memoryGiB: 0.125 },
  };
  assertSize(sizes.controller, 'argocd.controller');
  assertSize(sizes.repoServer, 'argocd.repoServer');
  assertSize(sizes.server, 'argocd.server');

  const url = `https://${ARGOCD}.${common.domain}`;
  const metrics = props.metrics ?? false;
  const images = common.images;

  const component = (size: ContainerSize, count: number): ArgoComponentValues => ({
    replicas: count,
    resources: toResources(size),
    containerSecurityContext: RESTRICTED_CONTAINER,
    // The metrics Services only: the argocd component owns their ServiceMonitors (and the
    // NetworkPolicies to them), so the bootstrap needs no Prometheus Operator CRDs.
    metrics: { enabled: metrics, serviceMonitor: { enabled: false } },
  });
  const replicated = (size: ContainerSize): ArgoReplicatedValues => ({
    ...component(size, replicas),
    pdb: replicas >= 2 ? { enabled: true, maxUnavailable: 1 } : { enabled: false },
    topologySpreadConstraints: replicas >= 2 ? SPREAD : [],
  });

  return {
    global: {
      // The chart's presets (argocd-cm `url`, certificates) derive from it; `configs.cm.url` wins.
      domain: `${ARGOCD}.${common.domain}`,
      // The tag stays the chart's appVersion: the chart version pins it.
      image: { repository: `${images.registry('quay.io')}/argoproj/argocd` },
      // Pod level of every ArgoCD Deployment/StatefulSet (templates/*/deployment.yaml `global.securityContext`).
      securityContext: { runAsNonRoot: true, seccompProfile: SECCOMP },
      // The component makes the namespace's policies (default-deny and explicit allows).
      networkPolicy: { create: false },
    },
    crds: {
      install: true,
      keep: true,
      // Deleting or pruning these CRDs would delete every Application and AppProject.
      annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true,Prune=false,Delete=false' },
    },
    configs: {
      cm: {
        url,
        // Annotation tracking leaves app.kubernetes.io/instance to the charts, whose selectors use it.
        [TRACKING_METHOD_KEY]: 'annotation',
        // The local admin stays: the bootstrap logs in with it before Keycloak exists, and it is
        // the way in when Keycloak is down. Its password is in argocd-initial-admin-secret.
        'admin.enabled': config.adminEnabled ?? true,
        'exec.enabled': false,
        [APPLICATION_HEALTH_KEY]: APPLICATION_HEALTH_LUA,
        ...(props.oidc ? { 'oidc.config': oidcConfig(props.oidc) } : {}),
      },
      params: {
        [PROGRESSIVE_SYNCS_KEY]: true,
        // TLS ends at Traefik, which forwards plain HTTP to every backend (as for Rancher and
        // Keycloak); only Traefik may reach the server port (NetworkPolicy of the ingress).
        'server.insecure': true,
      },
      rbac: {
        // Nobody gets anything without a group that grants it.
        'policy.default': '',
        'policy.csv': props.oidc ? policyCsv(projectName(common), props.oidc.groups) : '',
        scopes: `[${props.oidc?.groupsClaim ?? 'groups'}]`,
      },
      repositories: repositories(common),
    },
    // One controller: it shards by cluster, and the platform deploys to one.
    controller: component(sizes.controller, 1),
    server: replicated(sizes.server),
    repoServer: replicated(sizes.repoServer),
    // With 2+ replicas the chart turns on leader election (argocd-cmd-params-cm preset).
    // The chart leaves its probes off (values.yaml applicationSet.readinessProbe/livenessProbe).
    applicationSet: { ...replicated(sizes.applicationSet), readinessProbe: { enabled: true }, livenessProbe: { enabled: true } },
    // ArgoCD talks to Keycloak directly (oidc.config).
    dex: { enabled: false },
    // Alerts go through Alertmanager; ArgoCD sends no notifications of its own.
    notifications: { enabled: false },
    commitServer: { enabled: false },
    redis: {
      enabled: !redisHa,
      image: { repository: `${images.registry('ecr-public.aws.com')}/docker/library/redis` },
      resources: toResources(production ? { cpu: 0.1, memoryGiB: 0.25 } : { cpu: 0.05, memoryGiB: 0.125 }),
      securityContext: restrictedPod(ARGOCD_UID),
      containerSecurityContext: RESTRICTED_CONTAINER,
      // Off in the chart's defaults; they run redis-cli ping (templates/redis/health-configmap.yaml).
      readinessProbe: { enabled: true },
      livenessProbe: { enabled: true },
    },
    // The Job that makes the argocd-redis password (a Helm pre-install hook, a PreSync hook under ArgoCD).
    redisSecretInit: {
      resources: toResources({ cpu: 0.05, memoryGiB: 0.0625 }),
      securityContext: { runAsNonRoot: true, seccompProfile: SECCOMP },
      containerSecurityContext: RESTRICTED_CONTAINER,
    },
    'redis-ha': redisHa ? redisHaValues(common) : { enabled: false },
  };
}

/** redis-ha: 3 Redis with Sentinel (StatefulSet) behind 3 HAProxy, each set on separate nodes (the subchart's hardAntiAffinity). */
function redisHaValues(common: PlatformCommon): RedisHaValues {
  const small = toResources({ cpu: 0.05, memoryGiB: 0.0625 });
  return {
    enabled: true,
    image: { repository: `${common.images.registry('ecr-public.aws.com')}/docker/library/redis` },
    securityContext: restrictedPod(REDIS_HA_UID),
    containerSecurityContext: { ...RESTRICTED_CONTAINER, runAsUser: REDIS_HA_UID },
    redis: { resources: toResources({ cpu: 0.1, memoryGiB: 0.5 }) },
    sentinel: { resources: small },
    splitBrainDetection: { resources: small },
    init: { resources: small },
    podDisruptionBudget: { maxUnavailable: 1 },
    haproxy: {
      image: { repository: `${common.images.registry('ecr-public.aws.com')}/docker/library/haproxy` },
      resources: toResources({ cpu: 0.1, memoryGiB: 0.125 }),
      init: { resources: small },
      securityContext: restrictedPod(HAPROXY_UID),
      containerSecurityContext: { ...RESTRICTED_CONTAINER, runAsUser: HAPROXY_UID },
      podDisruptionBudget: { maxUnavailable: 1 },
    },
  };
}

/** oidc.config as ArgoCD reads it (util/settings: every string value may be a `$secret:key` reference). */
function oidcConfig(oidc: ArgocdOidc): string {
  const lines = [
    'name: Keycloak',
    `issuer: ${oidc.issuerUrl}`,
    `clientID: ${oidc.clientId}`,
    `clientSecret: ${JSON.stringify(secretReference(oidc.clientSecret))}`,
    // No "groups" scope: Keycloak refuses scopes it does not define (invalid_scope), and the
    // client's own mapper puts the groups claim in every token.
    'requestedScopes:',
    '  - openid',
    '  - profile',
    '  - email',
    // The realm requires PKCE (S256) of every client; ArgoCD 3 sends the challenge from the
    // server side when this is on, next to the client secret.
    'enablePKCEAuthentication: true',
  ];
  if (oidc.rootCA) {
    lines.push(`rootCA: ${JSON.stringify(secretReference(oidc.rootCA))}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * RBAC: admins administer ArgoCD; engineers see everything and sync the platform's
 * Applications; analysts only read.
 */
export function policyCsv(project: string, groups: readonly PlatformGroup[]): string {
  const engineer = ROLE_FOR.engineer;
  const lines = [
    `p, ${engineer}, applications, get, ${project}/*, allow`,
    `p, ${engineer}, applications, sync, ${project}/*, allow`,
    `p, ${engineer}, projects, get, ${project}, allow`,
    `p, ${engineer}, logs, get, ${project}/*, allow`,
    `g, ${engineer}, role:readonly`,
    ...groups.map((group) => `g, ${group.name}, ${ROLE_FOR[group.role]}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Every OCI chart repository the platform pulls from (the chart mirror when it is OCI, else
 * the upstream OCI sources), registered so ArgoCD may pull from it: ArgoCD needs
 * `enableOCI` on a Helm repository that is an OCI registry. No credentials: a repository that
 * needs them gets a credential template added in the cluster, never in git.
 */
function repositories(common: PlatformCommon): Record<string, ArgoRepositoryValues> {
  const urls = new Set<string>();
  for (const name of Object.keys(CHARTS) as ChartName[]) {
    const source = common.charts.resolve(name);
    if (source.oci) {
      urls.add(source.repoURL);
    }
  }
  const out: Record<string, ArgoRepositoryValues> = {};
  for (const url of [...urls].sort()) {
    const key = resourceName('oci', url.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
    // The chart names the Secret argocd-repo-<key> (templates/argocd-configs/repository-secret.yaml).
    resourceName('argocd-repo', key);
    out[key] = { name: key, url, type: 'helm', enableOCI: 'true' };
  }
  return out;
}

/** What argocdInstallValues reads of an environment's build (lib/build.ts EnvironmentBuild). */
export interface InstallValuesSource {
  /** The built charts by component folder. */
  readonly charts: ReadonlyMap<string, readonly object[]>;
  readonly common: PlatformCommon;
  readonly config: PlatformConfig;
  readonly components: ReadonlyArray<{ readonly id: string }>;
}

/**
 * What the bootstrap values file holds: the `argocd` component's values when the component is
 * built (the very object its Helm Application carries), else the values for the config alone.
 */
export function argocdInstallValues(build: InstallValuesSource): ArgoCdValues {
  const charts = build.charts.get(ARGOCD) ?? [];
  for (const chart of charts) {
    const values = (chart as { argocdValues?: ArgoCdValues }).argocdValues;
    if (values) {
      return values;
    }
  }
  return argocdValues({
    common: build.common,
    config: build.config.components.argocd,
    metrics: build.components.some((spec) => spec.id === 'monitoring'),
  });
}
