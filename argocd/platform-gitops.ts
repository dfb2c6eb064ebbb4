/**
 * The GitOps objects of one environment, written to dist/<env>/gitops/:
 *
 * - an AppProject (never `default`) limited to the GitOps repository, the pinned chart
 *   repositories, the platform's namespaces and a small cluster-resource whitelist;
 * - the root Application (app of apps) a user applies once to bootstrap;
 * - either one ApplicationSet whose list generator yields one Application per component
 *   folder, ordered by progressive sync (RollingSync steps by wave), or, in
 *   `applications` mode, one Application per component ordered by sync waves.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { IApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet';
import type { IAppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { PlatformApplication, projectName } from '../constructs/application';
import { PlatformCommon } from '../constructs/common';
import { LABEL_COMPONENT } from '../constructs/labels';
import { resourceName } from '../constructs/naming';
import { PlatformChart } from '../constructs/platform-chart';
import { APP_SYNC_OPTIONS, AUTOMATED, SYNC_RETRY } from './sync';

/** Cluster-scoped kinds the platform (and the charts it installs) may create. */
export const CLUSTER_RESOURCE_WHITELIST: ReadonlyArray<{ group: string; kind: string }> = [
  { group: '', kind: 'Namespace' },
  // Operator charts install their CRDs, RBAC and admission webhooks.
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
  // Traefik's IngressClass; cert-manager's issuers and trust-manager's Bundle; External Secrets' cluster store.
  { group: 'networking.k8s.io', kind: 'IngressClass' },
  { group: 'cert-manager.io', kind: 'ClusterIssuer' },
  { group: 'trust.cert-manager.io', kind: 'Bundle' },
  { group: 'external-secrets.io', kind: 'ClusterSecretStore' },
  // The Rancher chart installs the PriorityClass its pods run with (rancher-critical).
  { group: 'scheduling.k8s.io', kind: 'PriorityClass' },
];

export interface GitOpsComponent {
  readonly id: string;
  readonly wave: number;
  readonly holdsData: boolean;
  /** Every namespace the component writes to (the project permits each). */
  readonly namespaces: readonly string[];
  /** The namespace its Application deploys to: the component's own (one of `namespaces`), else ArgoCD's. */
  readonly destinationNamespace: string;
}

export interface PlatformGitOpsProps {
  readonly common: PlatformCommon;
  /** Enabled components in dependency order. */
  readonly components: readonly GitOpsComponent[];
  /**
   * The cluster-scoped kinds the environment writes ("<group>/<kind>"): the project permits
   * only those of CLUSTER_RESOURCE_WHITELIST among them (and always Namespace).
   * @default - every kind of CLUSTER_RESOURCE_WHITELIST
   */
  readonly clusterKinds?: ReadonlySet<string>;
  /** Chart repositories the environment's Applications read. @default - every repository of versions.ts (or the mirror) */
  readonly chartRepositories?: readonly string[];
}

export class PlatformGitOps extends PlatformChart {
  /** Path of this environment's output inside the GitOps repository. */
  readonly envPath: string;

  constructor(scope: Construct, props: PlatformGitOpsProps) {
    super(scope, { component: 'gitops', common: props.common, phase: 1 });
    const common = props.common;
    const gitops = common.gitops;
    this.envPath = `${gitops.path.replace(/\/+$/, '')}/${common.env}`;

    this.project(props.components, props.clusterKinds, props.chartRepositories);

    new PlatformApplication(this, 'root', {
      name: `${common.env}-root`,
      common,
      destinationNamespace: gitops.argocdNamespace,
      source: { repoURL: gitops.repoURL, targetRevision: gitops.targetRevision, path: `${this.envPath}/gitops` },
      // Deleting the root app must never take the platform with it.
      cascadeDelete: false,
      labels: { [LABEL_COMPONENT]: 'gitops' },
    });

    if (gitops.mode === 'applicationset') {
      this.applicationSet(props.components);
    } else {
      for (const component of props.components) {
        new ComponentApplication(this, `app-${component.id}`, { common, component, envPath: this.envPath });
      }
    }
  }

  private project(components: readonly GitOpsComponent[], clusterKinds: ReadonlySet<string> | undefined, chartRepositories: readonly string[] | undefined): void {
    const common = this.common;
    const namespaces = new Set<string>([common.gitops.argocdNamespace]);
    for (const c of components) {
      c.namespaces.forEach((ns) => namespaces.add(ns));
    }
    const spec: IAppProject['spec'] = {
      description: `lakeplane ${common.env}: the data platform, synthesized`,
      sourceRepos: [common.gitops.repoURL, ...(chartRepositories ?? common.charts.repositories())],
      destinations: [...namespaces].sort().map((namespace) => ({ server: common.gitops.destinationServer, namespace })),
      clusterResourceWhitelist: CLUSTER_RESOURCE_WHITELIST.filter((r) => r.kind === 'Namespace' || (clusterKinds?.has(`${r.group}/${r.kind}`) ?? true)).map((r) => ({ ...r })),
      orphanedResources: { warn: true },
    };
    new ApiObject(this, 'project', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AppProject',
      metadata: { name: projectName(common), namespace: common.gitops.argocdNamespace },
      spec,
    });
  }

  private applicationSet(components: readonly GitOpsComponent[]): void {
    const common = this.common;
    const gitops = common.gitops;
    const waves = [...new Set(components.map((c) => c.wave))].sort((a, b) => a - b);
    const spec: IApplicationSet['spec'] = {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      // One element per component folder, written by the same synth as the folders: each
      // carries the namespace its Application deploys to, which the project must permit
      // (ArgoCD refuses an Application whose destination namespace matches no destination).
      generators: [
        {
          list: {
            elements: components.map((c) => ({ component: c.id, namespace: c.destinationNamespace })),
          },
        },
      ],
      // Progressive sync: each step waits for the previous step's Applications to be healthy.
      strategy: {
        type: 'RollingSync',
        rollingSync: {
          steps: waves.map((wave) => ({
            matchExpressions: [
              { key: LABEL_COMPONENT, operator: 'In', values: components.filter((c) => c.wave === wave).map((c) => c.id) },
            ],
          })),
        },
      },
      // Removing a component removes its Application but never its resources; data is
      // protected again per object (Prune=false, Delete=false).
      syncPolicy: { preserveResourcesOnDeletion: true },
      template: {
        metadata: {
          name: `${common.env}-{{.component}}`,
          namespace: gitops.argocdNamespace,
          labels: { [LABEL_COMPONENT]: '{{.component}}', 'lakeplane.io/environment': common.env },
        },
        spec: {
          project: projectName(common),
          source: {
            repoURL: gitops.repoURL,
            targetRevision: gitops.targetRevision,
            path: `${this.envPath}/{{.component}}`,
            // Rendered charts sit in <component>/<release>/.
            ...(gitops.charts === 'rendered' ? { directory: { recurse: true } } : {}),
          },
          destination: { server: gitops.destinationServer, namespace: '{{.namespace}}' },
          syncPolicy: {
            automated: { ...AUTOMATED },
            retry: { limit: SYNC_RETRY.limit, backoff: { ...SYNC_RETRY.backoff } },
            syncOptions: [...APP_SYNC_OPTIONS],
          },
        },
      },
    };
    new ApiObject(this, 'applicationset', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: resourceName(common.env, 'components'), namespace: gitops.argocdNamespace },
      spec,
    });
  }
}

export interface ComponentApplicationProps {
  readonly common: PlatformCommon;
  readonly component: GitOpsComponent;
  /** Path of the environment's output in the GitOps repository. */
  readonly envPath: string;
}

/**
 * The Application of one component folder, for teams that do not use ApplicationSets. Its
 * sync wave orders it after what it depends on (needs the Application health check in
 * argocd-cm, see the README).
 */
export class ComponentApplication extends PlatformApplication {
  constructor(scope: Construct, id: string, props: ComponentApplicationProps) {
    const { common, component } = props;
    super(scope, id, {
      name: `${common.env}-${component.id}`,
      common,
      destinationNamespace: component.destinationNamespace,
      source: {
        repoURL: common.gitops.repoURL,
        targetRevision: common.gitops.targetRevision,
        path: `${props.envPath}/${component.id}`,
        ...(common.gitops.charts === 'rendered' ? { directory: { recurse: true } } : {}),
      },
      wave: component.wave,
      cascadeDelete: !component.holdsData,
      labels: { [LABEL_COMPONENT]: component.id, 'lakeplane.io/environment': common.env },
    });
  }
}
