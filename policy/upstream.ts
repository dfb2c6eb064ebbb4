/**
 * The upstream charts' objects in the gate. They are checked like lakeplane's own: schema,
 * the platform policies, Pod Security for every container. Where an upstream object breaks a
 * rule on purpose, the waiver is kept here, in lakeplane's code, by component, kind, name and
 * rule, with its reason; the gate turns each into the waiver annotation on that object, so
 * `npm run policy` lists it with the others and a waiver nothing uses shows up as unused.
 */
import type { ComponentChartRender } from '../lib/helm';
import type { Manifest } from '../lib/output';
import { RuleId, WAIVER_PREFIX } from './rules';
import type { KubeObject, SchemaProblem, SchemaValidator } from './schema';

/**
 * Schema problems of an object an upstream chart rendered. The strict unknown-field walk does
 * not follow a CRD's recursive openAPIV3Schema, and misses fields a compiled schema never reads
 * (PriorityClass description): for upstream objects, unknown fields and CRDs are left to the
 * real API server test, which server-side applies every rendered object with strict field
 * validation. Everything else (types, required fields, removed APIs) is checked here.
 */
export function upstreamSchemaProblems(validator: SchemaValidator, obj: KubeObject): SchemaProblem[] {
  if (obj.kind === 'CustomResourceDefinition') {
    return [];
  }
  return validator.validate(obj).filter((p) => !p.message.startsWith('no CRD schema') && !p.message.startsWith('unknown field'));
}

/**
 * The openmetadata chart hands the server its configuration as environment from Secrets
 * (templates/secrets.yaml, one per config section): host names, ports, flags, class names and
 * file paths. Every credential in them is a secretKeyRef to a sealed Secret instead
 * (templates/_helpers.tpl OpenMetadata.configs: database, search, Fernet key, OIDC client).
 */
const OPENMETADATA_CONFIG_SECRET =
  'the openmetadata chart passes its non-secret configuration (hosts, ports, flags, class names, file paths) as Secrets (templates/secrets.yaml); every credential is read by secretKeyRef from a sealed Secret (templates/_helpers.tpl OpenMetadata.configs)';

export interface UpstreamWaiver {
  readonly component: string;
  readonly kind: string;
  /** Object name; `*` at the end matches a prefix. */
  readonly name: string;
  readonly rule: RuleId;
  readonly reason: string;
}

const RANCHER = 'Rancher runs in cattle-system, which enforces privileged (see the namespace\'s pod-security reason): the rancher chart sets no securityContext and its server runs as root';
const NODE_EXPORTER_HOST = 'node exporter reads the host\'s /proc, /sys and / read-only, with the host network and PID namespace, in its own privileged namespace';
const VELERO_NODE_AGENT = 'the node agent backs up pod volumes by reading them from the kubelet\'s directories on the node (file-system backup), which needs root, in the privileged velero namespace';
const ALLOY = 'Alloy tails the pods\' log files from /var/log on the node, read-only; they are readable by root only; it runs in its own privileged namespace';

export const UPSTREAM_WAIVERS: readonly UpstreamWaiver[] = [
  // Probes the charts do not define, on containers that serve no health endpoint or no traffic.
  { component: 'cert-manager', kind: 'Deployment', name: 'cert-manager-cainjector', rule: 'probes', reason: 'the cert-manager chart gives cainjector no probe (templates/cainjector-deployment.yaml): it serves no health endpoint; a crash loop is caught by the pod restart alert' },
  { component: 'cert-manager', kind: 'Deployment', name: 'cert-manager', rule: 'probes', reason: 'the chart gives the controller a liveness probe only (templates/deployment.yaml): it serves no traffic to gate on readiness' },
  { component: 'cert-manager', kind: 'Deployment', name: 'trust-manager', rule: 'probes', reason: 'the trust-manager chart gives it a readiness probe only (templates/deployment.yaml); a crash loop is caught by the pod restart alert' },
  { component: 'argocd', kind: 'StatefulSet', name: 'argocd-application-controller', rule: 'probes', reason: 'the argo-cd chart gives the application controller a readiness probe only (templates/argocd-application-controller/statefulset.yaml)' },
  { component: 'cloudnative-pg', kind: 'Deployment', name: 'plugin-barman-cloud', rule: 'probes', reason: 'the plugin-barman-cloud chart gives the plugin a readiness probe only (templates/deployment.yaml)' },
  { component: 'minio-operator', kind: 'Deployment', name: 'minio-operator', rule: 'probes', reason: 'the MinIO operator chart defines no probe (templates/operator-deployment.yaml); a crash loop is caught by the pod restart alert' },
  { component: 'trino', kind: 'Deployment', name: 'trino-*', rule: 'probes', reason: 'the JMX exporter sidecar the trino chart adds has no probe settings; the Trino containers have both probes' },
  { component: 'logging', kind: 'DaemonSet', name: 'alloy', rule: 'probes', reason: 'the alloy chart gives Alloy a readiness probe only and its config reloader sidecar none (it serves no health endpoint)' },
  { component: 'velero', kind: 'DaemonSet', name: 'node-agent', rule: 'probes', reason: 'the velero chart defines no probe for the node agent (templates/node-agent-daemonset.yaml)' },
  { component: 'monitoring', kind: 'Deployment', name: 'kps-grafana', rule: 'probes', reason: 'the dashboard and data source sidecars (k8s-sidecar) the grafana chart adds have no probe settings; Grafana itself has both probes' },
  { component: 'jupyterhub', kind: 'DaemonSet', name: 'continuous-image-puller', rule: 'probes', reason: 'the jupyterhub chart\'s image puller pulls the images in init containers and then only runs the pause container, which serves nothing to probe (templates/image-puller/_helpers-daemonset.tpl)' },
  { component: 'airflow', kind: 'Deployment', name: 'airflow-*', rule: 'probes', reason: 'the airflow chart gives its scheduler, triggerer and DAG processor a liveness probe only (they serve no traffic), and its log groomer and git-sync sidecars none' },
  // Host access, on purpose, in namespaces that enforce privileged with their reason.
  { component: 'monitoring', kind: 'DaemonSet', name: 'kps-prometheus-node-exporter', rule: 'host-path', reason: NODE_EXPORTER_HOST },
  { component: 'monitoring', kind: 'DaemonSet', name: 'kps-prometheus-node-exporter', rule: 'host-namespaces', reason: NODE_EXPORTER_HOST },
  { component: 'logging', kind: 'DaemonSet', name: 'alloy', rule: 'host-path', reason: ALLOY },
  { component: 'logging', kind: 'DaemonSet', name: 'alloy', rule: 'run-as-non-root', reason: ALLOY },
  { component: 'velero', kind: 'DaemonSet', name: 'node-agent', rule: 'host-path', reason: VELERO_NODE_AGENT },
  { component: 'velero', kind: 'DaemonSet', name: 'node-agent', rule: 'run-as-non-root', reason: VELERO_NODE_AGENT },
  { component: 'velero', kind: 'DaemonSet', name: 'node-agent', rule: 'drop-capabilities', reason: VELERO_NODE_AGENT },
  ...(['drop-capabilities', 'no-privilege-escalation', 'run-as-non-root', 'seccomp', 'resources'] as const).flatMap((rule) => [
    { component: 'rancher', kind: 'Deployment', name: 'rancher', rule, reason: RANCHER },
    { component: 'rancher', kind: 'Job', name: 'rancher-pre-upgrade', rule, reason: RANCHER },
  ]).filter((w) => !(w.kind === 'Deployment' && w.rule === 'resources')),
  // Secrets a chart renders that hold no credential.
  { component: 'monitoring', kind: 'Secret', name: 'alertmanager-kps-alertmanager', rule: 'no-plain-secret', reason: 'the Alertmanager configuration: its receivers read the Slack webhook URL and the SMTP password from files of the mounted alertmanager-receivers Secret (*_file fields), so it holds no credential' },
  {
    component: 'mlflow',
    kind: 'Secret',
    name: 'mlflow-flask-server-secret-key',
    rule: 'no-plain-secret',
    reason:
      'the mlflow chart always renders a random Flask key (templates/flask_secret.yaml; no field points it at an existing Secret) and passes it as SECRET_KEY; the OIDC plugin reads SECRET_KEY from the sealed mlflow-session Secret mounted for its Kubernetes-secrets provider first (CONFIG_K8S_SECRETS_ENABLED), so this value signs nothing',
  },
  {
    component: 'jupyterhub',
    kind: 'Secret',
    name: 'hub',
    rule: 'no-plain-secret',
    reason:
      'the jupyterhub chart always renders this Secret with generated values (templates/hub/secret.yaml); the hub reads its cookie secret and auth-state keys from hub.existingSecret (sealed) first (files/hub/z2jh.py get_secret_value), its values.yaml key holds lakeplane\'s values (no credential), and the proxy token it keeps authorizes only the proxy\'s API port, which the chart\'s NetworkPolicy opens to the hub alone',
  },
  { component: 'jupyterhub', kind: 'ConfigMap', name: 'hub', rule: 'literal-secret-env', reason: 'the hub-existing-secret, hub-existing-secret-or-default and image-pull-secret keys hold Secret names for jupyterhub_config.py (templates/_helpers-names.tpl jupyterhub.name-templates), no secret value' },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-config-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-omd-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-db-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-search-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-authorizer-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-secretsmanager-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-web-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-authentication-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-eventmonitor-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-pipeline-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'openmetadata', kind: 'Secret', name: 'openmetadata-jwt-secret', rule: 'no-plain-secret', reason: OPENMETADATA_CONFIG_SECRET },
  { component: 'argocd', kind: 'Secret', name: 'argocd-repo-*', rule: 'no-plain-secret', reason: 'an ArgoCD repository entry: its data is the chart repository\'s URL, type and enableOCI, no credential (credentials are created in the cluster, never in git)' },
];

function matches(waiver: UpstreamWaiver, component: string, obj: Manifest): boolean {
  if (waiver.component !== component || waiver.kind !== obj.kind) return false;
  return waiver.name.endsWith('*') ? obj.metadata.name.startsWith(waiver.name.slice(0, -1)) : waiver.name === obj.metadata.name;
}

/** The folder label of a chart's objects in the gate's table. */
export function upstreamFolder(render: Pick<ComponentChartRender, 'component' | 'release'>): string {
  return `${render.component} (chart ${render.release.releaseName})`;
}

/** Rendered objects per gate folder, each with the waivers kept for it here. */
export function upstreamObjects(renders: readonly ComponentChartRender[], waivers: readonly UpstreamWaiver[] = UPSTREAM_WAIVERS): Map<string, Manifest[]> {
  const out = new Map<string, Manifest[]>();
  for (const render of renders) {
    const list = render.objects.map((obj) => {
      const mine = waivers.filter((w) => matches(w, render.component, obj));
      if (mine.length === 0) return obj;
      const annotations = { ...((obj.metadata.annotations ?? {}) as Record<string, string>) };
      for (const w of mine) annotations[`${WAIVER_PREFIX}${w.rule}`] = w.reason;
      return { ...obj, metadata: { ...obj.metadata, annotations } };
    });
    out.set(upstreamFolder(render), [...(out.get(upstreamFolder(render)) ?? []), ...list]);
  }
  return out;
}
