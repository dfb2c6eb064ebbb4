/**
 * The pods a set of rendered objects makes: the pod template of every built-in workload, and
 * Pod manifests shipped inside ConfigMaps (Airflow's KubernetesExecutor reads its task pods'
 * template from one), each as the Pod the API server would be asked to create.
 */
import { parse } from 'yaml';
import type { Manifest } from '../../lib/output';
import { sparkMemoryMiB, sparkPodMemoryMiB } from '../../constructs/spark';

/** A pod as the API server would receive it, with where it comes from. */
export interface RenderedPod {
  /** e.g. "Deployment airflow/airflow-statsd" or "ConfigMap airflow/airflow-config pod_template_file.yaml". */
  readonly source: string;
  readonly pod: Manifest & { readonly spec: PodSpecLike };
}

/** The part of a pod spec the checks read. */
export interface PodSpecLike {
  readonly containers?: readonly ContainerLike[];
  readonly initContainers?: readonly ContainerLike[];
  readonly volumes?: ReadonlyArray<{ readonly name: string }>;
  readonly [key: string]: unknown;
}

export interface ContainerLike {
  readonly name: string;
  readonly image?: string;
  readonly env?: ReadonlyArray<{ readonly name: string }>;
  readonly ports?: ReadonlyArray<{ readonly containerPort: number; readonly protocol?: string }>;
  readonly volumeMounts?: ReadonlyArray<{ readonly mountPath: string }>;
  readonly [key: string]: unknown;
}

type Template = { readonly metadata?: { readonly labels?: unknown; readonly annotations?: unknown }; readonly spec?: PodSpecLike };

function templateOf(object: Manifest): Template | undefined {
  const spec = object.spec as { template?: Template; jobTemplate?: { spec?: { template?: Template } } } | undefined;
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
  if (group === 'apps' && ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].includes(object.kind)) return spec?.template;
  if (group === 'batch' && object.kind === 'Job') return spec?.template;
  if (group === 'batch' && object.kind === 'CronJob') return spec?.jobTemplate?.spec?.template;
  return undefined;
}

/** Whether the object is a built-in workload (it has a pod template). */
export function isWorkload(object: Manifest): boolean {
  return templateOf(object) !== undefined;
}

/**
 * The Pod a built-in workload's controller makes of its template, or undefined for other
 * kinds. A StatefulSet's pods also get a volume per volumeClaimTemplate the template does not
 * name itself (a claim named <template>-<statefulset>-<ordinal>), which its containers mount.
 */
export function workloadPod(object: Manifest): RenderedPod['pod'] | undefined {
  const template = templateOf(object);
  if (!template?.spec) return undefined;
  const claims = object.kind === 'StatefulSet' ? ((object.spec as { volumeClaimTemplates?: Array<{ metadata: { name: string } }> }).volumeClaimTemplates ?? []) : [];
  const volumes = template.spec.volumes ?? [];
  const named = new Set(volumes.map((v) => v.name));
  const claimVolumes = claims.filter((c) => !named.has(c.metadata.name)).map((c) => ({ name: c.metadata.name, persistentVolumeClaim: { claimName: `${c.metadata.name}-${object.metadata.name}-0` } }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: object.metadata.name,
      namespace: object.metadata.namespace,
      ...(template.metadata?.labels ? { labels: template.metadata.labels } : {}),
      ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
    },
    spec: claimVolumes.length > 0 ? { ...template.spec, volumes: [...volumes, ...claimVolumes] } : template.spec,
  };
}

type SparkPart = { cores?: number; memory?: string; labels?: Record<string, string>; env?: unknown[]; volumeMounts?: unknown[]; podSecurityContext?: unknown; securityContext?: unknown; serviceAccount?: string };

/**
 * The driver and executor pods the Spark operator makes of a SparkApplication (or a
 * ScheduledSparkApplication's template): Spark's container with the application's image, and
 * what the operator's mutating webhook puts on the pod (security contexts, env, volumes,
 * labels; kubeflow/spark-operator internal/webhook/sparkpod_defaulter.go). A stand-in for the
 * operator, which cannot run here.
 */
export function sparkPods(object: Manifest): RenderedPod[] {
  if (!object.apiVersion.startsWith('sparkoperator.k8s.io/') || !['SparkApplication', 'ScheduledSparkApplication'].includes(object.kind)) return [];
  const spec = object.spec as Record<string, unknown>;
  const app = (object.kind === 'SparkApplication' ? spec : spec.template) as { image?: string; volumes?: Array<{ name: string }>; driver?: SparkPart; executor?: SparkPart };
  return (['driver', 'executor'] as const).map((role) => {
    const part = app[role] ?? {};
    return {
      source: `${object.kind} ${object.metadata.namespace}/${object.metadata.name} ${role}`,
      pod: {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `${object.metadata.name}-${role}`, namespace: object.metadata.namespace, labels: { ...(part.labels ?? {}), 'spark-role': role } },
        spec: {
          ...(part.serviceAccount ? { serviceAccountName: part.serviceAccount } : {}),
          securityContext: part.podSecurityContext,
          restartPolicy: 'Never',
          volumes: app.volumes ?? [],
          containers: [
            {
              name: `spark-kubernetes-${role}`,
              image: app.image,
              env: part.env ?? [],
              volumeMounts: part.volumeMounts ?? [],
              securityContext: part.securityContext,
              // Spark asks for the heap plus its overhead (10%, at least 384 MiB), in MiB.
              resources: { requests: { cpu: String(part.cores ?? 1), memory: `${sparkPodMemoryMiB(sparkMemoryMiB(part.memory ?? '1g') ?? 1024)}Mi` } },
            },
          ],
        },
      } as RenderedPod['pod'],
    };
  });
}

/** Every pod of the objects: workload templates, Spark applications' drivers and executors, and Pod manifests inside ConfigMaps. */
export function podsOf(objects: readonly Manifest[]): RenderedPod[] {
  const pods: RenderedPod[] = [];
  for (const object of objects) {
    const where = `${object.metadata.namespace}/${object.metadata.name}`;
    const pod = workloadPod(object);
    if (pod) {
      pods.push({ source: `${object.kind} ${where}`, pod });
    }
    pods.push(...sparkPods(object));
    if (object.kind === 'ConfigMap') {
      for (const [key, text] of Object.entries((object.data ?? {}) as Record<string, string>)) {
        const pod = embeddedPod(text);
        if (pod) {
          pods.push({ source: `ConfigMap ${where} ${key}`, pod: { ...pod, metadata: { ...pod.metadata, name: `${object.metadata.name}-template`, namespace: object.metadata.namespace } } });
        }
      }
    }
  }
  return pods;
}

function embeddedPod(text: string): (Manifest & { spec: PodSpecLike }) | undefined {
  if (!/^kind:\s*Pod\s*$/m.test(text)) return undefined;
  let doc: unknown;
  try {
    doc = parse(text.replace(/^\s*---\s*$/m, ''));
  } catch {
    return undefined;
  }
  const pod = doc as Manifest & { spec?: PodSpecLike };
  return pod?.kind === 'Pod' && pod.apiVersion === 'v1' && pod.spec ? (pod as Manifest & { spec: PodSpecLike }) : undefined;
}

/**
 * Keys that must be unique in a pod spec: the list-map keys server-side apply merges by
 * (containers by name, env by name, ports by containerPort and protocol, volume mounts by
 * mountPath, volumes by name). A duplicate makes the API server refuse the apply.
 */
export function duplicateKeys(spec: PodSpecLike): string[] {
  const problems: string[] = [];
  const twice = (what: string, keys: readonly string[]): void => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${what} ${key} appears twice`);
      seen.add(key);
    }
  };
  const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  twice('container', containers.map((c) => c.name));
  twice('volume', (spec.volumes ?? []).map((v) => v.name));
  for (const c of containers) {
    twice(`container ${c.name}: env`, (c.env ?? []).map((e) => e.name));
    twice(`container ${c.name}: port`, (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`));
    twice(`container ${c.name}: volume mount`, (c.volumeMounts ?? []).map((m) => m.mountPath));
  }
  return problems;
}
