/**
 * The platform policy rules: ids (used in waivers and reports), what each requires, and how
 * to fix a violation in lakeplane's own terms.
 */

export const RULES = {
  'run-as-non-root': {
    requires: 'every container runs as a non-root user (runAsNonRoot: true, never runAsUser 0)',
    fix: 'set securityContext.runAsNonRoot: true (restrictedPodSecurity()/container() in constructs/workload.ts do)',
  },
  'no-privilege-escalation': {
    requires: 'allowPrivilegeEscalation: false on every container',
    fix: 'set securityContext.allowPrivilegeEscalation: false on the container',
  },
  'drop-capabilities': {
    requires: 'every container drops ALL capabilities and adds at most NET_BIND_SERVICE',
    fix: 'set securityContext.capabilities.drop: [ALL] on the container',
  },
  seccomp: {
    requires: 'seccompProfile RuntimeDefault (or Localhost) on the pod or every container',
    fix: 'set securityContext.seccompProfile.type: RuntimeDefault on the pod',
  },
  privileged: {
    requires: 'no privileged container, nor what Pod Security forbids beside it (host process, procMount, unsafe sysctls, SELinux user/role/type, AppArmor Unconfined)',
    fix: 'remove securityContext.privileged, or waive with the reason',
  },
  'host-namespaces': {
    requires: 'no hostNetwork, hostPID or hostIPC',
    fix: 'remove hostNetwork/hostPID/hostIPC, or waive with the reason',
  },
  'host-path': {
    requires: 'no hostPath volume, and only the volume types Pod Security "restricted" allows',
    fix: 'use a PVC, emptyDir, ConfigMap or Secret volume, or waive with the reason (e.g. a read-only log agent)',
  },
  'host-port': {
    requires: 'no hostPort on any container port',
    fix: 'remove ports[].hostPort and expose the port through a Service',
  },
  resources: {
    requires: 'CPU and memory requests and a memory limit on every container',
    fix: 'set resources from a ContainerSize (toResources() in constructs/resources.ts)',
  },
  probes: {
    requires: 'readiness and liveness probes on every long-running container',
    fix: 'pass probes to container() (httpProbe() in constructs/workload.ts)',
  },
  'image-pinned': {
    requires: 'images pinned to a tag or digest (never latest), pulled through the registry mirror when one is configured',
    fix: 'take the image from versions.ts IMAGES through common.images.ref()',
  },
  pdb: {
    requires: 'a workload with 2+ replicas has a PodDisruptionBudget that selects it and still allows one eviction',
    fix: 'use PlatformDeployment (or disruptionBudget() in constructs/workload.ts) with maxUnavailable: 1',
  },
  spread: {
    requires: 'a workload with 2+ replicas spreads over nodes (pod anti-affinity or topology spread)',
    fix: 'set topologySpreadConstraints (spreadConstraints() in constructs/workload.ts) or pod anti-affinity',
  },
  'pod-security-label': {
    requires: 'every namespace enforces a Pod Security level; anything but restricted says why',
    fix: 'make namespaces with PlatformNamespace; give podSecurityReason when it is not restricted',
  },
  'default-deny': {
    requires: 'every namespace has a default-deny NetworkPolicy (ingress and egress) and only explicit allows',
    fix: 'make namespaces with PlatformNamespace and open traffic with allowIngress/allowEgress (peers and ports)',
  },
  namespace: {
    requires: 'every namespaced object names its namespace, never default',
    fix: 'set metadata.namespace to the component\'s namespace',
  },
  'no-plain-secret': {
    requires: 'no Secret with data in the output',
    fix: 'declare the secret with PlatformSecret (sealed or external), never a Secret with data',
  },
  'literal-secret-env': {
    requires: 'no literal credential in env or ConfigMaps (names containing PASSWORD, SECRET, TOKEN or KEY)',
    fix: 'read it from a PlatformSecret (env valueFrom.secretKeyRef, or a secret volume)',
  },
  'ingress-tls': {
    requires: 'every Ingress serves TLS for each of its hosts',
    fix: 'expose UIs with PlatformIngress (certificate and TLS included)',
  },
  'no-nodeport': {
    requires: 'no NodePort Service',
    fix: 'use a ClusterIP Service behind PlatformIngress',
  },
  'argocd-project': {
    requires: 'ArgoCD Applications use the environment\'s AppProject, never default',
    fix: 'make Applications with PlatformApplication/HelmApplication (project from projectName())',
  },
  'argocd-automated': {
    requires: 'automated sync with prune and selfHeal',
    fix: 'set syncPolicy.automated to AUTOMATED from argocd/sync.ts',
  },
  'argocd-retry': {
    requires: 'a bounded sync retry (1-100 attempts) with a capped backoff',
    fix: 'set syncPolicy.retry to SYNC_RETRY from argocd/sync.ts',
  },
  'pinned-chart': {
    requires: 'Helm chart sources at an exact semantic version (no range, no latest)',
    fix: 'pin the chart in versions.ts CHARTS and install it with HelmApplication',
  },
  'protect-data': {
    requires: 'objects that hold data carry argocd.argoproj.io/sync-options Prune=false,Delete=false and are never deleted in cascade',
    fix: 'call protectData(obj, what) from argocd/sync.ts; install charts whose resources keep data with HelmApplication holdsData: true',
  },
} as const;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}

/** Annotation prefix of a waiver: `ignore-check.lakeplane.io/<rule>: "<reason>"`. */
export const WAIVER_PREFIX = 'ignore-check.lakeplane.io/';

/** The reason a namespace is not Pod Security "restricted" (PlatformNamespace writes it). */
export const POD_SECURITY_REASON_ANNOTATION = 'lakeplane.io/pod-security-reason';
