/**
 * The pods of upstream charts as lakeplane configures them, rendered with helm as ArgoCD
 * renders them (test/support/helm-render.ts): Airflow (its Jobs and the KubernetesExecutor's
 * task pod template, which the chart ships in a ConfigMap), Loki, Alloy and Velero, for prod
 * (production profile) and a variant of dev (small profile) with an SSH git repository, an image
 * mirror and no file-system backup (Velero's namespace is then "restricted").
 *
 * - The platform policy checker's Pod Security rules hold for every pod in a namespace that
 *   enforces "restricted" (the exceptions of the privileged namespaces are waived on their
 *   Applications, which the checker sees, not on the rendered pods).
 * - No pod spec repeats a key server-side apply merges by (a real API server refuses the apply).
 * - The run's kube-apiserver (test/support/envtest.ts, shared with test/apiserver.test.ts)
 *   server-side applies every workload (dry run, ArgoCD's field manager) and admits every pod in
 *   its namespace, created with lakeplane's own Pod Security labels under names of this file's
 *   own (`<namespace>-chart-pods-<build>`), so that they meet none of the other file's.
 *
 * Cost: about 5 s on two cores (two builds are synthesized and helm renders their charts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import type { PlatformConfig } from '../config/schema';
import { buildEnvironment } from '../lib/build';
import { Manifest, renderEnvironment } from '../lib/output';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import { ApiServer, connectApiServer } from './support/envtest';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { RenderedPod, duplicateKeys, isWorkload, podsOf } from './support/pods';

/** Component folders whose upstream charts are checked. */
const FOLDERS = ['airflow', 'logging', 'velero'];
const MIRROR = 'mirror.example.com/lakeplane';
const POD_SECURITY_RULES = ['run-as-non-root', 'no-privilege-escalation', 'drop-capabilities', 'seccomp', 'privileged', 'host-namespaces', 'host-path', 'host-port'];
const ENFORCE = 'pod-security.kubernetes.io/enforce';

const BUILDS: ReadonlyArray<{ readonly name: string; readonly config: () => PlatformConfig }> = [
  { name: 'prod', config: () => parseConfig(ENVIRONMENTS.prod, 'prod') },
  {
    name: 'dev-variant',
    config: () =>
      parseConfig(
        {
          ...ENVIRONMENTS.dev,
          gitops: { ...ENVIRONMENTS.dev.gitops, repoURL: 'git@git.example.com:platform/lakeplane-gitops.git' },
          registry: { imageMirror: MIRROR },
          components: { ...ENVIRONMENTS.dev.components, velero: { fileSystemBackup: false } },
        },
        'chart-pods variant',
      ),
  },
];

/** One build's checked objects: its namespaces and what its charts render, namespaces renamed per build. */
interface BuildRender {
  readonly name: string;
  readonly mirror?: string;
  readonly namespaces: readonly Manifest[];
  readonly workloads: readonly Manifest[];
  readonly pods: readonly RenderedPod[];
}

/**
 * Each build gets its own copy of every namespace, so that their Pod Security labels can differ,
 * named apart from the namespaces test/apiserver.test.ts creates on the same server.
 */
function renamed(object: Manifest, build: number): Manifest {
  const name = (namespace: string | undefined): string => `${namespace}-chart-pods-${build}`;
  if (object.kind === 'Namespace') {
    return { ...object, metadata: { ...object.metadata, name: name(object.metadata.name), namespace: undefined } };
  }
  return { ...object, metadata: { ...object.metadata, namespace: name(object.metadata.namespace) } };
}

async function renderAll(): Promise<BuildRender[]> {
  const builds = BUILDS.map(({ name, config }) => {
    const c = config();
    const rendered = renderEnvironment(buildEnvironment(c));
    const objects = FOLDERS.flatMap((folder) => [...(rendered.objects.get(folder) ?? [])]);
    return { name, mirror: c.registry.imageMirror, objects };
  });
  const applications = builds.map((b) => b.objects.filter((o) => o.kind === 'Application'));
  const renders = await renderReleases(applications.flat().map(helmReleaseOf));
  let next = 0;
  return builds.map((b, i) => {
    const charts = applications[i].flatMap(() => renders[next++].objects.map((r) => r.object));
    const own = b.objects.filter((o) => o.kind === 'Namespace').map((o) => renamed(o, i));
    const objects = charts.map((o) => renamed(o, i));
    return { name: b.name, mirror: b.mirror, namespaces: own, workloads: objects.filter(isWorkload), pods: podsOf(objects) };
  });
}

describe('pods of the upstream charts (airflow, loki, alloy, velero)', () => {
  let builds: BuildRender[];
  let server: ApiServer;

  beforeAll(async () => {
    const connecting = connectApiServer();
    connecting.catch(() => undefined); // awaited below
    builds = await renderAll();
    server = await connecting;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('every chart is rendered, the task pod template included', () => {
    for (const b of builds) {
      expect(b.pods.some((p) => p.source.includes('airflow-config pod_template_file.yaml'))).toBe(true);
      expect(b.pods.some((p) => p.source.startsWith('StatefulSet logging'))).toBe(true);
      expect(b.pods.some((p) => p.source.startsWith('Deployment velero'))).toBe(true);
    }
  });

  test('in a "restricted" namespace every container of every pod meets the Pod Security rules of the policy checker; every image comes through the mirror', () => {
    const problems = builds.flatMap((b) => {
      const restricted = new Set(b.namespaces.filter((n) => (n.metadata.labels as Record<string, string>)[ENFORCE] === 'restricted').map((n) => n.metadata.name));
      const placed = [...b.namespaces, ...b.pods.map((p) => p.pod)].map((obj) => ({ folder: 'charts', obj: obj as KubeObject }));
      const result = checkPolicies(placed, { isNamespaced: (_apiVersion, kind) => kind !== 'Namespace', imageMirror: b.mirror });
      const inRestricted = (object: string): boolean => restricted.has(object.split(' ')[1]?.split('/')[0]);
      return result.violations
        .filter((v) => (POD_SECURITY_RULES.includes(v.rule) && inRestricted(v.object)) || (b.mirror !== undefined && v.rule === 'image-pinned'))
        .map((v) => `${b.name}: ${v.object}: ${v.rule}: ${v.message}`);
    });
    expect(problems).toEqual([]);
  });

  test('no pod spec repeats a key that server-side apply merges by', () => {
    const problems = builds.flatMap((b) => b.pods.flatMap((p) => duplicateKeys(p.pod.spec).map((d) => `${b.name}: ${p.source}: ${d}`)));
    expect(problems).toEqual([]);
  });

  test('the API server applies every workload (server-side, dry run) and admits every pod in its namespace', async () => {
    const namespaces = builds.flatMap((b) => b.namespaces);
    const created = await kubectl(server, ['create', '-o', 'name'], namespaces.map((n) => ({ label: `Namespace ${n.metadata.name}`, object: n })), 'ns');
    expect(created).toEqual([]);
    const workloads = builds.flatMap((b) => b.workloads.map((w) => ({ label: `${b.name}: ${w.kind} ${w.metadata.name}`, object: w })));
    const pods = builds.flatMap((b) => b.pods.map((p) => ({ label: `${b.name}: pod of ${p.source}`, object: p.pod })));
    const [applied, admitted] = await Promise.all([
      kubectl(server, ['apply', '--server-side', '--dry-run=server', '--field-manager=argocd-controller', '-o', 'name'], workloads, 'workloads'),
      kubectl(server, ['create', '--dry-run=server', '-o', 'name'], pods, 'pods'),
    ]);
    expect([...applied, ...admitted]).toEqual([]);
  });
});

/**
 * Runs one kubectl over the objects (one file each) and returns its errors, each with the
 * label of the object whose file it names; an error naming no file is returned as it is.
 */
async function kubectl(server: ApiServer, args: readonly string[], items: ReadonlyArray<{ label: string; object: Manifest }>, folder: string): Promise<string[]> {
  fs.mkdirSync(path.join(server.dir, folder), { recursive: true });
  const files = items.map((item, i) => {
    const file = path.join(folder, `${String(i).padStart(4, '0')}.json`);
    fs.writeFileSync(path.join(server.dir, file), JSON.stringify(item.object));
    return file;
  });
  const result = await server.kubectl([...args, ...files.flatMap((f) => ['-f', f])]);
  // One message per error; its further lines (a list of field errors) belong to it.
  const blocks: string[] = [];
  for (const line of result.stderr.split('\n')) {
    if (/^(Error|error)/.test(line)) blocks.push(line);
    else if (blocks.length > 0 && line.trim()) blocks[blocks.length - 1] += ` ${line.trim()}`;
  }
  const problems = blocks.map((block) => {
    const index = files.findIndex((f) => block.includes(`"${f}"`));
    return index >= 0 ? `${items[index].label}: ${block.replace(/^.*?"[^"]+": /, '')}` : block;
  });
  if (result.code !== 0 && problems.length === 0) {
    problems.push(`kubectl exited ${result.code}: ${result.stderr.trim()}`);
  }
  return problems;
}
