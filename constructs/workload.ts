/**
 * The workload helper: the one place security defaults, resources, probes, placement,
 * PodDisruptionBudgets and topology spread are decided. Its defaults meet the Pod Security
 * "restricted" profile; a component that needs an exception says so next to it.
 */
import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { NodeRole } from '../config/schema';
import { LABEL_POOL, selectorLabels } from './labels';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';
import { ContainerSize, assertSize, toResources } from './resources';

/** Non-root user id used where an image does not set one. */
export const DEFAULT_UID = 65532;

/** Pod-level security context of the "restricted" profile. */
export function restrictedPodSecurity(uid: number = DEFAULT_UID): k8s.PodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: uid,
    fsGroup: uid,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Container-level security context of the "restricted" profile. */
export function restrictedContainerSecurity(): k8s.SecurityContext {
  return {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Readiness and liveness checks, both required on long-running containers. */
export interface Probes {
  readonly readiness: k8s.Probe;
  readonly liveness: k8s.Probe;
}

/** An HTTP GET probe with conservative timings. */
export function httpProbe(path: string, port: number, initialDelaySeconds = 10): k8s.Probe {
  return {
    httpGet: { path, port: k8s.IntOrString.fromNumber(port) },
    initialDelaySeconds,
    periodSeconds: 10,
    timeoutSeconds: 5,
    failureThreshold: 6,
  };
}

export interface ContainerProps {
  readonly name: string;
  readonly image: string;
  readonly size: ContainerSize;
  readonly command?: string[];
  readonly args?: string[];
  readonly env?: k8s.EnvVar[];
  readonly ports?: k8s.ContainerPort[];
  readonly volumeMounts?: k8s.VolumeMount[];
  /** Required for long-running containers; run-to-completion containers pass 'run-to-completion'. */
  readonly probes: Probes | 'run-to-completion';
}

/** A container with the platform's security defaults, resources and probes. */
export function container(props: ContainerProps): k8s.Container {
  assertSize(props.size, `container ${props.name}`);
  const probes = props.probes === 'run-to-completion' ? {} : { readinessProbe: props.probes.readiness, livenessProbe: props.probes.liveness };
  const resources = toResources(props.size);
  return {
    name: props.name,
    image: props.image,
    imagePullPolicy: 'IfNotPresent',
    command: props.command,
    args: props.args,
    env: props.env,
    ports: props.ports,
    volumeMounts: [...(props.volumeMounts ?? []), { name: 'tmp', mountPath: '/tmp' }],
    resources: {
      requests: { cpu: k8s.Quantity.fromString(resources.requests.cpu), memory: k8s.Quantity.fromString(resources.requests.memory) },
      limits: { memory: k8s.Quantity.fromString(resources.limits.memory), ...(resources.limits.cpu ? { cpu: k8s.Quantity.fromString(resources.limits.cpu) } : {}) },
    },
    securityContext: restrictedContainerSecurity(),
    ...probes,
  };
}

export interface PodProps {
  readonly containers: k8s.Container[];
  readonly volumes?: k8s.Volume[];
  readonly serviceAccountName?: string;
  /** Node pool role to schedule on. @default - any node */
  readonly pool?: NodeRole;
  /** The pool names with that role (from config); required with `pool`. */
  readonly poolNames?: readonly string[];
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  /** Spread over nodes; set by PlatformDeployment for 2+ replicas. */
  readonly spreadLabels?: Record<string, string>;
}

/** A pod spec with the restricted pod security context, a writable /tmp and placement. */
export function podSpec(props: PodProps): k8s.PodSpec {
  const affinity: k8s.Affinity | undefined =
    props.pool && props.poolNames && props.poolNames.length > 0
      ? {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: LABEL_POOL, operator: 'In', values: [...props.poolNames] }] }],
            },
          },
        }
      : undefined;
  return {
    serviceAccountName: props.serviceAccountName,
    automountServiceAccountToken: props.serviceAccountName !== undefined,
    restartPolicy: props.restartPolicy,
    securityContext: restrictedPodSecurity(),
    affinity,
    topologySpreadConstraints: props.spreadLabels ? spreadConstraints(props.spreadLabels) : undefined,
    containers: props.containers,
    volumes: [...(props.volumes ?? []), { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('1Gi') } }],
  };
}

/** Spread over nodes (hard) for any workload with 2+ replicas. */
export function spreadConstraints(labels: Record<string, string>): k8s.TopologySpreadConstraint[] {
  return [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: labels } }];
}

export interface DisruptionProps {
  readonly name: string;
  readonly namespace: string;
  readonly selector: Record<string, string>;
  readonly replicas: number;
}

/** A PodDisruptionBudget that keeps all but one pod up; only made for 2+ replicas. */
export function disruptionBudget(scope: Construct, props: DisruptionProps): k8s.KubePodDisruptionBudget | undefined {
  if (props.replicas < 2) {
    return undefined;
  }
  return new k8s.KubePodDisruptionBudget(scope, `${props.name}-pdb`, {
    metadata: { name: props.name, namespace: props.namespace },
    spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: props.selector } },
  });
}

export interface PlatformDeploymentProps {
  readonly name: string;
  readonly namespace: string;
  readonly replicas: number;
  readonly containers: k8s.Container[];
  readonly volumes?: k8s.Volume[];
  readonly serviceAccountName?: string;
  readonly pool?: NodeRole;
  /** Version label of the workload. */
  readonly version?: string;
}

/** A Deployment with stable selectors, PDB and spread for 2+ replicas, and its footprint recorded. */
export class PlatformDeployment extends Construct {
  readonly selector: Record<string, string>;
  readonly name: string;

  constructor(scope: Construct, id: string, props: PlatformDeploymentProps) {
    super(scope, id);
    if (!Number.isInteger(props.replicas) || props.replicas < 1) {
      throw new Error(`${props.name}.replicas must be an integer >= 1 (got ${props.replicas})`);
    }
    const chart = PlatformChart.of(this);
    this.name = resourceName(props.name);
    this.selector = selectorLabels(chart.component, this.name);
    const poolNames = props.pool ? chart.common.nodePools.filter((p) => p.role === props.pool).map((p) => p.name) : undefined;
    const labels = { ...this.selector, ...(props.version ? { 'app.kubernetes.io/version': props.version } : {}) };
    new k8s.KubeDeployment(this, 'deployment', {
      metadata: { name: this.name, namespace: props.namespace, labels },
      spec: {
        replicas: props.replicas,
        selector: { matchLabels: this.selector },
        template: {
          metadata: { labels },
          spec: podSpec({
            containers: props.containers,
            volumes: props.volumes,
            serviceAccountName: props.serviceAccountName,
            pool: props.pool,
            poolNames,
            spreadLabels: props.replicas >= 2 ? this.selector : undefined,
          }),
        },
      },
    });
    disruptionBudget(this, { name: this.name, namespace: props.namespace, selector: this.selector, replicas: props.replicas });
    chart.declareWorkload({ name: this.name, replicas: props.replicas, size: sumSizes(props.containers), pool: props.pool });
  }
}

/**
 * Sums container requests and limits of a pod for the footprint (from the rendered
 * resources). The pod has a CPU limit only when every container has one.
 */
export function sumSizes(containers: readonly k8s.Container[]): ContainerSize {
  let cpu = 0;
  let memoryGiB = 0;
  let memoryLimitGiB = 0;
  let cpuLimit: number | undefined = 0;
  for (const c of containers) {
    const request = parseMemoryGiB(c.resources?.requests?.memory?.value);
    cpu += parseCpu(c.resources?.requests?.cpu?.value);
    memoryGiB += request;
    memoryLimitGiB += c.resources?.limits?.memory ? parseMemoryGiB(c.resources.limits.memory.value) : request;
    const limit = c.resources?.limits?.cpu;
    cpuLimit = cpuLimit === undefined || limit === undefined ? undefined : cpuLimit + parseCpu(limit.value);
  }
  return {
    cpu,
    memoryGiB,
    ...(cpuLimit !== undefined ? { cpuLimit } : {}),
    ...(memoryLimitGiB !== memoryGiB ? { memoryLimitGiB } : {}),
  };
}

export function parseCpu(value: string | number | undefined): number {
  if (value === undefined) return 0;
  const s = String(value);
  return s.endsWith('m') ? Number(s.slice(0, -1)) / 1000 : Number(s);
}

export function parseMemoryGiB(value: string | number | undefined): number {
  if (value === undefined) return 0;
  const s = String(value);
  const units: Record<string, number> = { Ki: 1 / (1024 * 1024), Mi: 1 / 1024, Gi: 1, Ti: 1024 };
  const match = /^([0-9.]+)(Ki|Mi|Gi|Ti)?$/.exec(s);
  if (!match) return 0;
  return Number(match[1]) * (match[2] ? units[match[2]] : 1 / (1024 * 1024 * 1024));
}

/** Marks an object as exempt from one platform policy rule, with the reason. */
export function waive(obj: ApiObject, rule: string, reason: string): void {
  if (!reason.trim()) {
    throw new Error(`waiver of ${rule} on ${obj.kind}/${obj.name} needs a reason`);
  }
  obj.metadata.addAnnotation(`ignore-check.lakeplane.io/${rule}`, reason);
}
