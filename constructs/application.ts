/**
 * ArgoCD Applications: the generic one (a component's folder, or the root app), and the
 * typed Helm chart installation that every upstream chart goes through.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { APP_SYNC_OPTIONS, AUTOMATED, SYNC_RETRY, setWave } from '../argocd/sync';
import { ChartName } from '../versions';
import { PlatformCommon } from './common';
import { resourceName } from './naming';
import { PlatformChart } from './platform-chart';

export type ApplicationSpec = IApplication['spec'];
export type ApplicationSource = NonNullable<ApplicationSpec['source']>;

/** The finalizer that makes deleting an Application delete its resources. */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

export interface PlatformApplicationProps {
  readonly name: string;
  readonly common: PlatformCommon;
  readonly source: ApplicationSource;
  /** Namespace the Application deploys into. */
  readonly destinationNamespace: string;
  /** Sync wave among sibling Applications. @default - none */
  readonly wave?: number;
  /**
   * Whether deleting the Application deletes what it deployed. Never for anything that holds
   * data. @default false
   */
  readonly cascadeDelete?: boolean;
  /** Extra sync options (added to the platform's). @default - none */
  readonly syncOptions?: readonly string[];
  readonly ignoreDifferences?: ApplicationSpec['ignoreDifferences'];
  readonly labels?: Record<string, string>;
}

/** An ArgoCD Application with the platform's sync policy. */
export class PlatformApplication extends Construct {
  readonly apiObject: ApiObject;
  readonly name: string;

  constructor(scope: Construct, id: string, props: PlatformApplicationProps) {
    super(scope, id);
    this.name = resourceName(props.name);
    const spec: ApplicationSpec = {
      project: projectName(props.common),
      source: props.source,
      destination: { server: props.common.gitops.destinationServer, namespace: props.destinationNamespace },
      syncPolicy: {
        automated: { ...AUTOMATED },
        retry: { limit: SYNC_RETRY.limit, backoff: { ...SYNC_RETRY.backoff } },
        syncOptions: [...APP_SYNC_OPTIONS, ...(props.syncOptions ?? [])],
      },
      ignoreDifferences: props.ignoreDifferences,
    };
    this.apiObject = new ApiObject(this, 'application', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: {
        name: this.name,
        namespace: props.common.gitops.argocdNamespace,
        labels: props.labels,
        finalizers: props.cascadeDelete ? [RESOURCES_FINALIZER] : undefined,
      },
      spec,
    });
    if (props.wave !== undefined) {
      setWave(this.apiObject, props.wave);
    }
  }
}

/** The AppProject of an environment; never `default`. */
export function projectName(common: PlatformCommon): string {
  return resourceName('lakeplane', common.env);
}

export interface HelmApplicationProps<V extends object> {
  /** Which pinned chart (versions.ts). */
  readonly chart: ChartName;
  /** Helm release name. */
  readonly releaseName: string;
  /** Namespace the release goes to; made by the component with PlatformNamespace. */
  readonly namespace: string;
  /** The values lakeplane sets, typed by the chart's values interface. */
  readonly values: V;
  /** True when the chart's resources hold data: deleting the Application then keeps them. */
  readonly holdsData: boolean;
  /** Sync wave inside the component's folder. @default ObjectWave.WORKLOADS */
  readonly wave?: number;
  readonly ignoreDifferences?: ApplicationSpec['ignoreDifferences'];
  /** Install the chart's CRDs (Helm `skipCrds` off). @default true */
  readonly installCrds?: boolean;
}

/**
 * Installs an upstream Helm chart through an ArgoCD Application, from the pinned version in
 * versions.ts (through the chart mirror when configured), with typed values.
 */
export class HelmApplication<V extends object> extends Construct {
  readonly application: PlatformApplication;
  readonly releaseName: string;
  readonly values: V;
  /** The pinned chart it installs. */
  readonly chart: ChartName;
  /** Whether the chart's CRDs are installed with it (Helm `skipCrds` off). */
  readonly installsCrds: boolean;
  /** The release namespace (the Application's destination). */
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: HelmApplicationProps<V>) {
    super(scope, id);
    this.chart = props.chart;
    this.installsCrds = props.installCrds !== false;
    this.namespace = props.namespace;
    const chart = PlatformChart.of(this);
    const common = chart.common;
    const resolved = common.charts.resolve(props.chart);
    this.releaseName = resourceName(props.releaseName);
    this.values = props.values;
    this.application = new PlatformApplication(this, 'app', {
      name: `${common.env}-helm-${this.releaseName}`,
      common,
      destinationNamespace: props.namespace,
      source: {
        repoURL: resolved.repoURL,
        chart: resolved.chart,
        targetRevision: resolved.targetRevision,
        helm: {
          releaseName: this.releaseName,
          skipCrds: props.installCrds === false ? true : undefined,
          valuesObject: props.values as Record<string, unknown>,
        },
      },
      cascadeDelete: !props.holdsData,
      ignoreDifferences: props.ignoreDifferences,
      labels: { 'app.kubernetes.io/component': chart.component },
    });
    if (props.wave !== undefined) {
      setWave(this.application.apiObject, props.wave);
    }
  }
}
