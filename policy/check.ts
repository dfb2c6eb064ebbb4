/**
 * The platform policy checker: every synthesized object of one environment against the rules
 * in policy/rules.ts. Pod templates are checked wherever they are: built-in workloads, and
 * custom resources that embed one (CloudNativePG Cluster and MinIO Tenant fields, and any CR
 * carrying a pod spec). Waivers are annotations with a reason; see RULES for the ids.
 */
import { STATEFUL_ANNOTATION, SYNC_OPTIONS_ANNOTATION } from '../argocd/sync';
import { RULES, RuleId, POD_SECURITY_REASON_ANNOTATION, WAIVER_PREFIX, isRuleId } from './rules';
import { BUILTIN_GROUPS, KubeObject, groupOf } from './schema';
import { sparkMemoryMiB, sparkPodMemoryMiB } from '../constructs/spark';

/** One object of the output and the component folder it is written to. */
export interface PlacedObject {
  readonly folder: string;
  readonly obj: KubeObject;
}

export interface Violation {
  readonly folder: string;
  /** "Kind namespace/name" */
  readonly object: string;
  /** A rule id; for a waiver naming an unknown rule, that unknown id. */
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

export interface Waiver {
  readonly folder: string;
  readonly object: string;
  readonly rule: RuleId;
  readonly reason: string;
  /** Whether the waiver exempts a violation in this output (an unused waiver may be stale). */
  readonly used: boolean;
}

export interface PolicyContext {
  /** The configured registry mirror: every image must come through it. @default - none */
  readonly imageMirror?: string;
  /** Whether a kind is namespaced; undefined when unknown (schema validation reports those). */
  readonly isNamespaced: (apiVersion: string, kind: string) => boolean | undefined;
  /**
   * Namespaces objects may be written to without the output creating them (the ArgoCD
   * namespace). Any other namespace must be made by a component. @default - none
   */
  readonly externalNamespaces?: readonly string[];
}

export interface PolicyResult {
  /** Violations not waived (and waivers without a reason or of unknown rules). */
  readonly violations: readonly Violation[];
  readonly waivers: readonly Waiver[];
}

/** The resources finalizer: deleting the Application deletes what it deployed. */
const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

// ---------------------------------------------------------------------------------------
// Small readers over untyped objects.

type Obj = Record<string, unknown>;

function rec(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

function list(value: unknown): Obj[] {
  return Array.isArray(value) ? value.map(rec) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function annotations(obj: KubeObject): Record<string, string> {
  return rec(obj.metadata.annotations) as Record<string, string>;
}

export function describe(obj: KubeObject): string {
  return `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
}

// ---------------------------------------------------------------------------------------
// Pod templates, wherever they are.

/** A pod (template) and what the rules need to know about where it came from. */
interface PodView {
  /** Where in the object, for messages (e.g. "spec.template"). */
  readonly at: string;
  readonly spec: Obj;
  readonly labels: Record<string, string>;
  /** Replicas when the controller has a fixed count (undefined: DaemonSet, Job, unknown). */
  readonly replicas?: number;
  /** Long-running pods need probes; run-to-completion pods do not. */
  readonly longRunning: boolean;
  /** Whether the pdb and spread rules apply here (the controller is ours, not an operator's). */
  readonly availability: boolean;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet']);

function podViews(obj: KubeObject): PodView[] {
  const group = groupOf(obj.apiVersion);
  const spec = rec(obj.spec);
  if (BUILTIN_GROUPS.has(group)) {
    if (obj.kind === 'Pod') {
      const restart = str(spec.restartPolicy) ?? 'Always';
      return [{ at: 'spec', spec, labels: rec(obj.metadata.labels) as Record<string, string>, longRunning: restart === 'Always', availability: false }];
    }
    if (WORKLOAD_KINDS.has(obj.kind)) {
      const template = rec(spec.template);
      const replicas = obj.kind === 'DaemonSet' ? undefined : (num(spec.replicas) ?? 1);
      return [{ at: 'spec.template', spec: rec(template.spec), labels: labelsOf(template), replicas, longRunning: true, availability: obj.kind !== 'DaemonSet' }];
    }
    if (obj.kind === 'Job') {
      const template = rec(spec.template);
      return [{ at: 'spec.template', spec: rec(template.spec), labels: labelsOf(template), longRunning: false, availability: false }];
    }
    if (obj.kind === 'CronJob') {
      const template = rec(rec(rec(spec.jobTemplate).spec).template);
      return [{ at: 'spec.jobTemplate.spec.template', spec: rec(template.spec), labels: labelsOf(template), longRunning: false, availability: false }];
    }
    return [];
  }
  if (group === 'argoproj.io') {
    // Helm values are the upstream chart's business; their pods are not in the output.
    return [];
  }
  if (group === 'postgresql.cnpg.io' && obj.kind === 'Cluster') {
    return [cnpgPod(spec)];
  }
  if (group === 'minio.min.io' && obj.kind === 'Tenant') {
    return list(spec.pools).map((pool, i) => tenantPod(spec, pool, i));
  }
  if (group === 'sparkoperator.k8s.io' && (obj.kind === 'SparkApplication' || obj.kind === 'ScheduledSparkApplication')) {
    const app = obj.kind === 'SparkApplication' ? spec : rec(spec.template);
    const at = obj.kind === 'SparkApplication' ? 'spec' : 'spec.template';
    return (['driver', 'executor'] as const).map((role) => sparkPod(app, role, `${at}.${role}`, obj.kind === 'SparkApplication' && rec(app.restartPolicy).type === 'Always'));
  }
  return embeddedPodSpecs(spec, 'spec');
}

/**
 * A SparkApplication's driver or executor as the pod the operator makes: Spark's container
 * (the application's image) with the role's security contexts, which the operator's mutating
 * webhook puts on the pod (kubeflow/spark-operator internal/webhook/sparkpod_defaulter.go);
 * CPU from `coreRequest` (else `cores`) and memory from `memory` plus Spark's overhead (10%,
 * at least 384 MiB), its limit `memoryLimit` or the same.
 */
function sparkPod(app: Obj, role: 'driver' | 'executor', at: string, longRunning: boolean): PodView {
  const part = rec(app[role]);
  const memory = `${sparkPodMemoryMiB(sparkMemoryMiB(str(part.memory) ?? '1g') ?? 1024, num(app.memoryOverheadFactor) ?? 0.1)}Mi`;
  const container: Obj = {
    name: `spark-kubernetes-${role}`,
    image: part.image ?? app.image,
    securityContext: part.securityContext,
    resources: { requests: { cpu: part.coreRequest ?? String(part.cores ?? 1), memory }, limits: { memory: part.memoryLimit ?? memory, ...(part.coreLimit ? { cpu: part.coreLimit } : {}) } },
    env: part.env,
  };
  return {
    at,
    spec: { securityContext: part.podSecurityContext, containers: [container], volumes: app.volumes, affinity: part.affinity },
    labels: rec(part.labels) as Record<string, string>,
    longRunning,
    availability: false,
  };
}

function labelsOf(template: Obj): Record<string, string> {
  return rec(rec(template.metadata).labels) as Record<string, string>;
}

/**
 * A CloudNativePG Cluster as the pod the operator will make: its postgres container gets the
 * cluster's image, resources and (optional) security contexts; the operator supplies restricted
 * defaults for the security context and its own probes, and its own PodDisruptionBudgets
 * (spec.enablePdb) — those are checked on the Cluster fields that control them.
 */
function cnpgPod(spec: Obj): PodView {
  const securityContext = spec.securityContext ?? OPERATOR_RESTRICTED_CONTAINER;
  const container: Obj = { name: 'postgres', image: spec.imageName ?? OPERATOR_DEFAULT_IMAGE, resources: spec.resources, securityContext, env: spec.env, readinessProbe: true, livenessProbe: true };
  const podSecurity = spec.podSecurityContext ?? OPERATOR_RESTRICTED_POD;
  return {
    at: 'spec',
    spec: { securityContext: podSecurity, containers: [container], affinity: cnpgAffinity(spec), topologySpreadConstraints: spec.topologySpreadConstraints },
    labels: {},
    replicas: num(spec.instances) ?? 1,
    longRunning: true,
    availability: false,
  };
}

/** Marker for images an operator chooses itself (checked only when a mirror is configured). */
const OPERATOR_DEFAULT_IMAGE = '<operator default>';
const OPERATOR_RESTRICTED_CONTAINER: Obj = { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
const OPERATOR_RESTRICTED_POD: Obj = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };

function cnpgAffinity(spec: Obj): Obj | undefined {
  const affinity = rec(spec.affinity);
  // CloudNativePG enables preferred anti-affinity unless told otherwise.
  return affinity.enablePodAntiAffinity === false ? undefined : { podAntiAffinity: { type: str(affinity.podAntiAffinityType) ?? 'preferred' } };
}

/**
 * One MinIO Tenant pool as its pods: the tenant image, the pool's resources and security
 * contexts (the operator's defaults do not meet "restricted", so they must be set), and the
 * pool's placement. The operator adds its own probes.
 */
function tenantPod(spec: Obj, pool: Obj, index: number): PodView {
  const container: Obj = {
    name: 'minio',
    image: spec.image ?? OPERATOR_DEFAULT_IMAGE,
    resources: pool.resources,
    securityContext: pool.containerSecurityContext,
    env: spec.env,
    readinessProbe: true,
    livenessProbe: true,
  };
  return {
    at: `spec.pools[${index}]`,
    spec: { securityContext: pool.securityContext, containers: [container], affinity: pool.affinity, topologySpreadConstraints: pool.topologySpreadConstraints },
    labels: {},
    replicas: num(pool.servers) ?? 1,
    longRunning: true,
    availability: false,
  };
}

/** Any pod spec embedded in another custom resource: an object with a `containers` list. */
function embeddedPodSpecs(value: unknown, at: string): PodView[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => embeddedPodSpecs(v, `${at}[${i}]`));
  }
  if (value === null || typeof value !== 'object') {
    return [];
  }
  const o = value as Obj;
  if (Array.isArray(o.containers) && list(o.containers).every((c) => typeof c.name === 'string' && typeof c.image === 'string')) {
    return [{ at, spec: o, labels: {}, longRunning: false, availability: false }];
  }
  return Object.entries(o).flatMap(([k, v]) => embeddedPodSpecs(v, `${at}.${k}`));
}

// ---------------------------------------------------------------------------------------
// The checks.

type Report = (rule: RuleId, message: string) => void;

function checkPod(pod: PodView, report: Report, ctx: PolicyContext): void {
  const spec = pod.spec;
  const podSec = rec(spec.securityContext);
  const init = list(spec.initContainers);
  const main = list(spec.containers);
  const where = pod.at === 'spec' || pod.at === 'spec.template' ? '' : `${pod.at}: `;
  for (const c of [...init, ...main]) {
    const name = `${where}container "${str(c.name) ?? '?'}"`;
    const sec = rec(c.securityContext);
    if ((sec.runAsNonRoot ?? podSec.runAsNonRoot) !== true) {
      report('run-as-non-root', `${name} does not set runAsNonRoot: true`);
    }
    if ((sec.runAsUser ?? podSec.runAsUser) === 0) {
      report('run-as-non-root', `${name} runs as user 0 (root)`);
    }
    if (sec.allowPrivilegeEscalation !== false) {
      report('no-privilege-escalation', `${name} does not set allowPrivilegeEscalation: false`);
    }
    const caps = rec(sec.capabilities);
    const drop = Array.isArray(caps.drop) ? caps.drop : [];
    if (!drop.includes('ALL')) {
      report('drop-capabilities', `${name} does not drop ALL capabilities`);
    }
    const added = (Array.isArray(caps.add) ? caps.add : []).filter((cap) => cap !== 'NET_BIND_SERVICE');
    if (added.length > 0) {
      report('drop-capabilities', `${name} adds capabilities ${added.join(', ')}`);
    }
    const seccomp = str(rec(sec.seccompProfile).type) ?? str(rec(podSec.seccompProfile).type);
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
      report('seccomp', `${name} has seccomp profile ${seccomp ?? 'unset'}; RuntimeDefault is required`);
    }
    if (sec.privileged === true) {
      report('privileged', `${name} is privileged`);
    }
    for (const problem of beyondRestricted(sec, podSec)) {
      report('privileged', `${name} ${problem}`);
    }
    const hostPorts = list(c.ports).filter((p) => typeof p.hostPort === 'number' && p.hostPort !== 0);
    if (hostPorts.length > 0) {
      report('host-port', `${name} binds host port ${hostPorts.map((p) => String(p.hostPort)).join(', ')}`);
    }
    const resources = rec(c.resources);
    const missing = [
      rec(resources.requests).cpu === undefined ? 'CPU request' : '',
      rec(resources.requests).memory === undefined ? 'memory request' : '',
      rec(resources.limits).memory === undefined ? 'memory limit' : '',
    ].filter((m) => m !== '');
    if (missing.length > 0) {
      report('resources', `${name} has no ${missing.join(', ')}`);
    }
    const image = str(c.image) ?? '';
    const problem = imageProblem(image, ctx.imageMirror);
    if (problem) {
      report('image-pinned', `${name}: ${problem}`);
    }
    checkEnv(c, name, report);
  }
  if (pod.longRunning) {
    for (const c of main) {
      const lacking = [c.readinessProbe ? '' : 'readiness', c.livenessProbe ? '' : 'liveness'].filter((p) => p !== '');
      if (lacking.length > 0) {
        report('probes', `${where}container "${str(c.name) ?? '?'}" has no ${lacking.join(' or ')} probe`);
      }
    }
  }
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (spec[ns] === true) {
      report('host-namespaces', `${where}pod sets ${ns}: true`);
    }
  }
  const hostPaths = list(spec.volumes).filter((v) => v.hostPath !== undefined);
  if (hostPaths.length > 0) {
    report('host-path', `${where}pod mounts hostPath volume(s) ${hostPaths.map((v) => `${str(v.name)} (${str(rec(v.hostPath).path)})`).join(', ')}`);
  }
  for (const volume of list(spec.volumes)) {
    const type = Object.keys(volume).find((k) => k !== 'name');
    if (type && type !== 'hostPath' && !RESTRICTED_VOLUME_TYPES.has(type)) {
      report('host-path', `${where}volume ${str(volume.name)} is of type ${type}, which Pod Security "restricted" does not allow`);
    }
  }
  const unsafe = list(podSec.sysctls).map((s) => str(s.name) ?? '').filter((n) => !SAFE_SYSCTLS.has(n));
  if (unsafe.length > 0) {
    report('privileged', `${where}pod sets sysctls ${unsafe.join(', ')}, which Pod Security does not allow`);
  }
  if (pod.replicas !== undefined && pod.replicas >= 2) {
    const anti = rec(rec(spec.affinity).podAntiAffinity);
    const spreads = list(spec.topologySpreadConstraints).length > 0 || Object.keys(anti).length > 0;
    if (!spreads) {
      report('spread', `${where}${pod.replicas} replicas without pod anti-affinity or topology spread`);
    }
  }
}

/** Volume types Pod Security "restricted" allows. */
const RESTRICTED_VOLUME_TYPES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);

/** Sysctls Pod Security "baseline" (and so "restricted") allows. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);

const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/** What else Pod Security forbids a container, besides privileged: true. */
function beyondRestricted(sec: Obj, podSec: Obj): string[] {
  const out: string[] = [];
  if (rec(sec.windowsOptions).hostProcess === true || rec(podSec.windowsOptions).hostProcess === true) {
    out.push('runs as a Windows host process');
  }
  if (sec.procMount !== undefined && sec.procMount !== 'Default') {
    out.push(`sets procMount ${String(sec.procMount)}`);
  }
  for (const se of [rec(sec.seLinuxOptions), rec(podSec.seLinuxOptions)]) {
    if ((se.type !== undefined && !SELINUX_TYPES.has(String(se.type))) || se.user !== undefined || se.role !== undefined) {
      out.push('sets SELinux options Pod Security does not allow (only the container types, no user or role)');
      break;
    }
  }
  const appArmor = str(rec(sec.appArmorProfile).type) ?? str(rec(podSec.appArmorProfile).type);
  if (appArmor === 'Unconfined') {
    out.push('runs without AppArmor (Unconfined)');
  }
  return out;
}

/** Why an image reference is not acceptable, or undefined. */
export function imageProblem(image: string, mirror: string | undefined): string | undefined {
  if (image === OPERATOR_DEFAULT_IMAGE) {
    return mirror ? `no image set, so the operator's default bypasses the registry mirror ${mirror}` : undefined;
  }
  if (image === '') {
    return 'no image';
  }
  if (mirror && !image.startsWith(`${mirror}/`)) {
    return `image ${image} does not come through the registry mirror ${mirror}`;
  }
  if (/@sha256:[0-9a-f]{64}$/.test(image)) {
    return undefined;
  }
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  if (colon <= lastSlash) {
    return `image ${image} has no tag (that is latest)`;
  }
  const tag = image.slice(colon + 1);
  if (FLOATING_TAGS.has(tag.toLowerCase())) {
    return `image ${image} uses the moving tag "${tag}"`;
  }
  return undefined;
}

const FLOATING_TAGS = new Set(['latest', 'stable', 'edge', 'nightly', 'main', 'master', 'dev', 'snapshot']);

/**
 * Whether a variable or key name says it carries a credential: a part (split at _ - . and
 * camelCase) that is or contains PASSWORD, SECRET or TOKEN, or is KEY (or ends in KEY, like
 * APIKEY). KEYCLOAK_URL is not one; DB_PASSWORD, API_KEY and accessKey are.
 */
export function namesCredential(name: string): boolean {
  const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[_.-]+/).map((p) => p.toUpperCase());
  // A label's or annotation's key (ArgoCD's application.instanceLabelKey) and a public key are no credentials.
  return parts.some((p, i) => /PASSWORD|PASSWD|SECRET|TOKEN/.test(p) || (/KEY$/.test(p) && !['LABEL', 'ANNOTATION', 'PUBLIC'].includes(parts[i - 1] ?? '')));
}

function checkEnv(container: Obj, name: string, report: Report): void {
  for (const env of list(container.env)) {
    const key = str(env.name) ?? '';
    const value = env.value;
    if (namesCredential(key) && typeof value === 'string' && isLiteralCredential(value)) {
      report('literal-secret-env', `${name} sets ${key} to a literal value`);
    }
  }
}

/**
 * A value that could be a credential: not empty, not a reference to one (${VAR}, $(VAR),
 * {{ template }}, env:, file:, a path), not a number or boolean, not a URL without user info.
 */
function isLiteralCredential(value: string): boolean {
  const v = value.trim();
  if (v === '' || v === 'null' || v === '~' || /^\d+$/.test(v) || /^(true|false)$/i.test(v)) return false;
  if (/^["']?(\$\{|\$\(|\{\{|env:|file:|\/)/.test(v)) return false;
  // References to a secret elsewhere: ArgoCD's $<secret>:<key> (or $<key> in argocd-secret),
  // Nessie's urn:nessie-secret:..., and code that reads one (Path(...).read_text()).
  if (/^["']?\$[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+)?["']?$/.test(v) || /^urn:/i.test(v) || /^[A-Za-z_][\w.]*\(/.test(v)) return false;
  // The JDK's default trust store password: public, and it protects only public certificates.
  if (v === 'changeit') return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(v)) return false;
  return true;
}

/** Keys of config files that hold credentials (password=..., client_secret: ...). */
const CONFIG_CREDENTIAL = /^\s*["']?([A-Za-z0-9_.-]*(password|passwd|secret|token))["']?\s*[:=]\s*(.*)$/i;

function checkConfigMap(obj: KubeObject, report: Report): void {
  const data = rec(obj.data) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') continue;
    if (namesCredential(key) && !value.includes('\n') && isLiteralCredential(value)) {
      report('literal-secret-env', `data key ${key} holds a literal value`);
      continue;
    }
    for (const line of value.split('\n')) {
      const match = CONFIG_CREDENTIAL.exec(line);
      if (!match) continue;
      const literal = match[3].trim().replace(/^["']|["'],?$/g, '');
      if (isLiteralCredential(literal)) {
        report('literal-secret-env', `data key ${key} sets ${match[1]} to a literal value`);
      }
    }
  }
}

function checkNamespace(obj: KubeObject, placed: readonly PlacedObject[], report: Report): void {
  const labels = rec(obj.metadata.labels) as Record<string, string>;
  const level = labels['pod-security.kubernetes.io/enforce'];
  if (!level) {
    report('pod-security-label', 'no pod-security.kubernetes.io/enforce label');
  } else if (!['restricted', 'baseline', 'privileged'].includes(level)) {
    report('pod-security-label', `pod-security.kubernetes.io/enforce is "${level}"; expected restricted, baseline or privileged`);
  } else if (level !== 'restricted' && !(annotations(obj)[POD_SECURITY_REASON_ANNOTATION] ?? '').trim()) {
    report('pod-security-label', `enforces "${level}" without a ${POD_SECURITY_REASON_ANNOTATION} annotation saying why`);
  }
  const name = obj.metadata.name;
  const denies = placed.some(({ obj: p }) => {
    if (p.kind !== 'NetworkPolicy' || p.metadata.namespace !== name) return false;
    const spec = rec(p.spec);
    const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
    const selector = rec(spec.podSelector);
    const everyPod = Object.keys(rec(selector.matchLabels)).length === 0 && list(selector.matchExpressions).length === 0;
    return everyPod && types.includes('Ingress') && types.includes('Egress') && list(spec.ingress).length === 0 && list(spec.egress).length === 0;
  });
  if (!denies) {
    report('default-deny', `namespace ${name} has no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress and Egress, no rules)`);
  }
}

function checkNetworkPolicy(obj: KubeObject, report: Report): void {
  const spec = rec(obj.spec);
  for (const [direction, peersKey] of [['ingress', 'from'], ['egress', 'to']] as const) {
    list(spec[direction]).forEach((rule, i) => {
      const peers = list(rule[peersKey]);
      const ports = list(rule.ports);
      const open = peers.length === 0 || peers.some(isUnrestrictedPeer);
      if (open && ports.length === 0) {
        report('default-deny', `${direction}[${i}] allows all ${direction === 'ingress' ? 'sources' : 'destinations'} on all ports; name the peers or the ports`);
      }
    });
  }
}

function isUnrestrictedPeer(peer: Obj): boolean {
  if (peer.ipBlock !== undefined) {
    const block = rec(peer.ipBlock);
    return (block.cidr === '0.0.0.0/0' || block.cidr === '::/0') && list(block.except).length === 0;
  }
  const ns = peer.namespaceSelector === undefined ? undefined : rec(peer.namespaceSelector);
  const pods = peer.podSelector === undefined ? undefined : rec(peer.podSelector);
  const empty = (s: Obj | undefined): boolean => s !== undefined && Object.keys(rec(s.matchLabels)).length === 0 && list(s.matchExpressions).length === 0;
  return empty(ns) && (pods === undefined || empty(pods));
}

function checkDisruption(obj: KubeObject, pod: PodView, placed: readonly PlacedObject[], report: Report): void {
  if (!pod.availability || pod.replicas === undefined) return;
  const budgets = placed
    .map(({ obj: p }) => p)
    .filter((p) => p.kind === 'PodDisruptionBudget' && p.metadata.namespace === obj.metadata.namespace && selects(rec(rec(p.spec).selector), pod.labels));
  if (pod.replicas >= 2 && budgets.length === 0) {
    report('pdb', `${pod.replicas} replicas and no PodDisruptionBudget selects its pods`);
  }
  for (const budget of budgets) {
    if (allowedEvictions(rec(budget.spec), pod.replicas) < 1) {
      report('pdb', `PodDisruptionBudget ${budget.metadata.name} allows no eviction of its ${pod.replicas} replica(s), which blocks node drains`);
    }
  }
}

function selects(selector: Obj, labels: Record<string, string>): boolean {
  const match = rec(selector.matchLabels) as Record<string, string>;
  if (Object.keys(match).length === 0 && list(selector.matchExpressions).length === 0) return false;
  return Object.entries(match).every(([k, v]) => labels[k] === v) && list(selector.matchExpressions).every((e) => {
    const values = Array.isArray(e.values) ? (e.values as string[]) : [];
    const key = str(e.key) ?? '';
    switch (e.operator) {
      case 'In': return values.includes(labels[key]);
      case 'NotIn': return !values.includes(labels[key]);
      case 'Exists': return key in labels;
      case 'DoesNotExist': return !(key in labels);
      default: return false;
    }
  });
}

/** How many pods of `replicas` the budget lets go at once. */
export function allowedEvictions(spec: Obj, replicas: number): number {
  const amount = (value: unknown, roundUp: boolean): number => {
    if (typeof value === 'number') return value;
    const pct = /^(\d+)%$/.exec(String(value));
    if (!pct) return NaN;
    const exact = (Number(pct[1]) * replicas) / 100;
    return roundUp ? Math.ceil(exact) : Math.floor(exact);
  };
  if (spec.maxUnavailable !== undefined) {
    // Kubernetes rounds a percentage of maxUnavailable up.
    return amount(spec.maxUnavailable, true) || 0;
  }
  if (spec.minAvailable !== undefined) {
    const min = amount(spec.minAvailable, true);
    return Number.isNaN(min) ? 0 : replicas - min;
  }
  return replicas;
}

function checkCnpgAvailability(obj: KubeObject, report: Report): void {
  const spec = rec(obj.spec);
  const instances = num(spec.instances) ?? 1;
  if (instances >= 2 && spec.enablePdb === false) {
    report('pdb', `${instances} instances with enablePdb: false`);
  }
}

function checkService(obj: KubeObject, report: Report): void {
  const spec = rec(obj.spec);
  if (spec.type === 'NodePort') {
    report('no-nodeport', 'Service type NodePort');
  } else if (list(spec.ports).some((p) => p.nodePort !== undefined && p.nodePort !== null)) {
    report('no-nodeport', 'Service pins a nodePort');
  }
}

function checkIngress(obj: KubeObject, report: Report): void {
  const spec = rec(obj.spec);
  const tls = list(spec.tls);
  if (tls.length === 0) {
    report('ingress-tls', 'Ingress has no tls section');
    return;
  }
  const covered = new Set(tls.flatMap((t) => (Array.isArray(t.hosts) ? (t.hosts as string[]) : [])));
  for (const rule of list(spec.rules)) {
    const host = str(rule.host);
    if (!host) {
      report('ingress-tls', 'a rule has no host, so no certificate can cover it');
    } else if (!covered.has(host)) {
      report('ingress-tls', `host ${host} is not in any tls.hosts`);
    }
  }
}

/** Application spec checks shared by Applications and ApplicationSet templates. */
function checkApplicationSpec(spec: Obj, prefix: string, report: Report): void {
  const project = str(spec.project);
  if (!project || project === 'default') {
    report('argocd-project', `${prefix}project is ${project ? '"default"' : 'unset'}`);
  }
  const sync = rec(spec.syncPolicy);
  const automated = rec(sync.automated);
  if (automated.prune !== true || automated.selfHeal !== true) {
    report('argocd-automated', `${prefix}syncPolicy.automated must set prune: true and selfHeal: true`);
  }
  const retry = rec(sync.retry);
  const limit = num(retry.limit);
  if (limit === undefined || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    report('argocd-retry', `${prefix}syncPolicy.retry.limit is ${limit === undefined ? 'unset' : limit}; expected 1-100`);
  } else if (!str(rec(retry.backoff).maxDuration)) {
    report('argocd-retry', `${prefix}syncPolicy.retry.backoff.maxDuration is unset`);
  }
  const sources = [rec(spec.source), ...list(spec.sources)].filter((s) => Object.keys(s).length > 0);
  for (const source of sources) {
    if (source.chart === undefined) continue;
    const revision = str(source.targetRevision) ?? '';
    if (!EXACT_SEMVER.test(revision)) {
      report('pinned-chart', `${prefix}chart ${String(source.chart)} has targetRevision "${revision}"; expected an exact version such as 1.2.3`);
    }
  }
}

/**
 * What an upstream chart is told to run, found in its values by the usual shapes:
 * - images: an `image: "<ref>"` string, `{ registry, repository, tag }` objects. A moving tag
 *   fails; with a registry mirror, a registry or image reference that bypasses it fails;
 * - container resources: a `resources` object with compute requests needs CPU and memory
 *   requests and a memory limit (storage-only `resources` of volume claims are not compute).
 */
function checkHelmValues(values: unknown, at: string, mirror: string | undefined, report: Report): void {
  if (Array.isArray(values)) {
    values.forEach((v, i) => checkHelmValues(v, `${at}[${i}]`, mirror, report));
    return;
  }
  if (values === null || typeof values !== 'object') return;
  const o = values as Obj;
  const resources = o.resources === undefined ? undefined : rec(o.resources);
  if (resources && (rec(resources.requests).cpu !== undefined || rec(resources.requests).memory !== undefined || rec(resources.limits).memory !== undefined)) {
    const missing = [
      rec(resources.requests).cpu === undefined ? 'CPU request' : '',
      rec(resources.requests).memory === undefined ? 'memory request' : '',
      rec(resources.limits).memory === undefined ? 'memory limit' : '',
    ].filter((m) => m !== '');
    if (missing.length > 0) {
      report('resources', `Helm value ${at}.resources has no ${missing.join(', ')}`);
    }
  }
  const tag = str(o.tag);
  if (tag !== undefined && (str(o.repository) !== undefined || str(o.registry) !== undefined) && FLOATING_TAGS.has(tag.toLowerCase())) {
    report('image-pinned', `Helm value ${at}.tag uses the moving tag "${tag}"`);
  }
  const registry = str(o.registry);
  if (mirror && registry !== undefined && registry !== '' && registry !== mirror && !registry.startsWith(`${mirror}/`)) {
    report('image-pinned', `Helm value ${at}.registry is ${registry}, not the registry mirror ${mirror}`);
  }
  const repository = str(o.repository);
  if (mirror && registry === undefined && repository !== undefined && /^[^/]*[.:][^/]*\//.test(repository) && !repository.startsWith(`${mirror}/`)) {
    report('image-pinned', `Helm value ${at}.repository ${repository} does not come through the registry mirror ${mirror}`);
  }
  for (const [key, value] of Object.entries(o)) {
    if (key === 'image' && typeof value === 'string' && /^[a-z0-9][^\s]*[/:][^\s]*$/i.test(value)) {
      const problem = imageProblem(value, mirror);
      if (problem) report('image-pinned', `Helm value ${at}.image: ${problem}`);
    } else {
      checkHelmValues(value, `${at}.${key}`, mirror, report);
    }
  }
}

const EXACT_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

function checkArgo(obj: KubeObject, report: Report, mirror: string | undefined): void {
  const spec = rec(obj.spec);
  if (obj.kind === 'Application') {
    checkApplicationSpec(spec, '', report);
    for (const source of [rec(spec.source), ...list(spec.sources)]) {
      const helm = rec(source.helm);
      if (helm.valuesObject !== undefined) {
        checkHelmValues(helm.valuesObject, 'values', mirror, report);
      }
    }
    const finalizers = Array.isArray(obj.metadata.finalizers) ? (obj.metadata.finalizers as string[]) : [];
    if (finalizers.includes(RESOURCES_FINALIZER) && annotations(obj)[STATEFUL_ANNOTATION] !== undefined) {
      report('protect-data', `holds data (${annotations(obj)[STATEFUL_ANNOTATION]}) but carries ${RESOURCES_FINALIZER}, so deleting it deletes the data`);
    }
    if (finalizers.includes(RESOURCES_FINALIZER)) {
      for (const source of [rec(spec.source), ...list(spec.sources)]) {
        const kind = CHARTS_WITH_STATEFUL_CRDS[str(source.chart) ?? ''];
        if (kind && rec(source.helm).skipCrds !== true) {
          report('protect-data', `chart ${String(source.chart)} installs the CRD of ${kind}, which holds data, and the Application carries ${RESOURCES_FINALIZER}: deleting it deletes the CRD and every ${kind} with it (install it with holdsData: true)`);
        }
      }
    }
  } else if (obj.kind === 'ApplicationSet') {
    checkApplicationSpec(rec(rec(spec.template).spec), 'template.spec.', report);
    if (rec(spec.syncPolicy).preserveResourcesOnDeletion !== true) {
      report('protect-data', 'syncPolicy.preserveResourcesOnDeletion is not true, so removing a component folder deletes its resources');
    }
  } else if (obj.kind === 'AppProject' && obj.metadata.name === 'default') {
    report('argocd-project', 'the default AppProject must not be managed by lakeplane');
  }
}

/**
 * Operator charts that install the CRD of a kind holding data: deleting such a chart's
 * resources deletes the CRD, and Kubernetes then deletes every object of that kind.
 */
const CHARTS_WITH_STATEFUL_CRDS: Readonly<Record<string, string>> = {
  'cloudnative-pg': 'postgresql.cnpg.io Cluster',
  // The MinIO operator chart (operator.min.io).
  operator: 'minio.min.io Tenant',
  'strimzi-kafka-operator': 'kafka.strimzi.io Kafka',
  'kube-prometheus-stack': 'monitoring.coreos.com Prometheus',
  // Deleting ArgoCD's CRDs deletes every Application and AppProject.
  'argo-cd': 'argoproj.io Application',
};

/** Kinds whose objects hold data: group/kind. */
const STATEFUL_KINDS = new Set([
  '/PersistentVolumeClaim',
  'minio.min.io/Tenant',
  'postgresql.cnpg.io/Cluster',
  'kafka.strimzi.io/Kafka',
  'kafka.strimzi.io/KafkaNodePool',
  'monitoring.coreos.com/Prometheus',
  'monitoring.coreos.com/Alertmanager',
  'monitoring.coreos.com/ThanosRuler',
]);

/** Whether an object holds data, and so must be protected from prune and delete. */
export function holdsData(obj: KubeObject): boolean {
  if (annotations(obj)[STATEFUL_ANNOTATION] !== undefined && obj.kind !== 'Application') return true;
  if (STATEFUL_KINDS.has(`${groupOf(obj.apiVersion)}/${obj.kind}`)) return true;
  return obj.kind === 'StatefulSet' && list(rec(obj.spec).volumeClaimTemplates).length > 0;
}

function checkProtection(obj: KubeObject, report: Report): void {
  if (!holdsData(obj)) return;
  const options = (annotations(obj)[SYNC_OPTIONS_ANNOTATION] ?? '').split(',').map((o) => o.trim());
  const lacking = ['Prune=false', 'Delete=false'].filter((o) => !options.includes(o));
  if (lacking.length > 0) {
    report('protect-data', `holds data but its ${SYNC_OPTIONS_ANNOTATION} lacks ${lacking.join(' and ')}`);
  }
  if (obj.kind === 'StatefulSet') {
    const retention = rec(rec(obj.spec).persistentVolumeClaimRetentionPolicy);
    if (retention.whenDeleted === 'Delete' || retention.whenScaled === 'Delete') {
      report('protect-data', 'persistentVolumeClaimRetentionPolicy deletes the volumes; use Retain');
    }
  }
}

// ---------------------------------------------------------------------------------------

/** Checks every object of one environment's output. */
export function checkPolicies(placed: readonly PlacedObject[], ctx: PolicyContext): PolicyResult {
  const violations: Violation[] = [];
  const waivers: Waiver[] = [];
  for (const { folder, obj } of placed) {
    const object = describe(obj);
    const found: Array<{ rule: RuleId; message: string }> = [];
    const report: Report = (rule, message) => found.push({ rule, message });
    checkObject(obj, placed, ctx, report);

    const declared = new Map<string, string>();
    for (const [key, value] of Object.entries(annotations(obj))) {
      if (key.startsWith(WAIVER_PREFIX)) declared.set(key.slice(WAIVER_PREFIX.length), String(value));
    }
    if (obj.kind === 'Namespace') {
      const reason = annotations(obj)[POD_SECURITY_REASON_ANNOTATION];
      if (reason?.trim()) {
        waivers.push({ folder, object, rule: 'pod-security-label', reason, used: true });
      }
    }
    const usable = new Map<RuleId, string>();
    for (const [rule, reason] of declared) {
      if (!isRuleId(rule)) {
        violations.push({ folder, object, rule, message: `waiver ${WAIVER_PREFIX}${rule} names no rule`, fix: `use one of the rule ids: ${Object.keys(RULES).join(', ')}` });
        continue;
      }
      if (!reason.trim()) {
        violations.push({ folder, object, rule, message: `waiver of ${rule} has no reason`, fix: `give the reason as the annotation value: ${WAIVER_PREFIX}${rule}: "<why>"` });
        continue;
      }
      usable.set(rule, reason);
    }
    for (const [rule, reason] of usable) {
      waivers.push({ folder, object, rule, reason, used: found.some((f) => f.rule === rule) });
    }
    for (const f of found) {
      if (!usable.has(f.rule)) {
        violations.push({ folder, object, rule: f.rule, message: f.message, fix: RULES[f.rule].fix });
      }
    }
  }
  return { violations, waivers };
}

function checkObject(obj: KubeObject, placed: readonly PlacedObject[], ctx: PolicyContext, report: Report): void {
  const group = groupOf(obj.apiVersion);
  const builtin = BUILTIN_GROUPS.has(group);
  const namespaced = ctx.isNamespaced(obj.apiVersion, obj.kind);
  if (namespaced === true) {
    const ns = obj.metadata.namespace;
    if (!ns) {
      report('namespace', 'namespaced object without metadata.namespace (it would land in default)');
    } else if (ns === 'default') {
      report('namespace', 'object in the default namespace');
    } else if (!(ctx.externalNamespaces ?? []).includes(ns) && !placed.some(({ obj: o }) => o.kind === 'Namespace' && o.metadata.name === ns)) {
      report('namespace', `namespace ${ns} is made by no component, so it has no Pod Security labels or default-deny policy`);
    }
  }
  for (const pod of podViews(obj)) {
    checkPod(pod, report, ctx);
    checkDisruption(obj, pod, placed, report);
  }
  checkProtection(obj, report);
  if (builtin) {
    switch (obj.kind) {
      case 'Namespace':
        checkNamespace(obj, placed, report);
        break;
      case 'NetworkPolicy':
        checkNetworkPolicy(obj, report);
        break;
      case 'Secret': {
        const data = { ...rec(obj.data), ...rec(obj.stringData) };
        if (Object.keys(data).length > 0) {
          report('no-plain-secret', `Secret with data (${Object.keys(data).sort().join(', ')}) would put its values in git`);
        }
        break;
      }
      case 'ConfigMap':
        checkConfigMap(obj, report);
        break;
      case 'Service':
        checkService(obj, report);
        break;
      case 'Ingress':
        checkIngress(obj, report);
        break;
      default:
        break;
    }
    return;
  }
  if (group === 'argoproj.io') {
    checkArgo(obj, report, ctx.imageMirror);
  } else if (group === 'postgresql.cnpg.io' && obj.kind === 'Cluster') {
    checkCnpgAvailability(obj, report);
  } else if (group === 'traefik.io' && obj.kind === 'IngressRoute' && rec(obj.spec).tls === undefined) {
    report('ingress-tls', 'IngressRoute has no tls section');
  }
}
