/**
 * The base chart of every component: one chart per component, output to
 * dist/<env>/<component>/. It sets the naming policy (no hashes), the standard labels, and
 * records what the component will run (workloads, volumes) for the capacity report, including
 * workloads an upstream Helm chart runs that lakeplane only configures.
 */
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import type { NodeRole } from '../config/schema';
import { PlatformCommon } from './common';
import { componentLabels } from './labels';
import { assertDnsLabel } from './naming';
import { ContainerSize } from './resources';

export interface PlatformChartProps {
  /** Component id: the chart id and the folder name under dist/<env>/. */
  readonly component: string;
  readonly common: PlatformCommon;
  /** Phase the component belongs to (label only). */
  readonly phase: number;
  /** Namespace the component's namespaced objects go to. @default - none (cluster-scoped or explicit per object) */
  readonly namespace?: string;
}

/** One kind of pod a component runs, for the capacity report. */
export interface WorkloadFootprint {
  /** Workload name, e.g. "trino-worker". */
  readonly name: string;
  readonly replicas: number;
  /** Per-pod size (all containers summed). */
  readonly size: ContainerSize;
  /** Node pool role the pods are scheduled on. @default 'general' semantics: any pool */
  readonly pool?: NodeRole;
  /** True when one pod runs on every node of the pool (DaemonSet); replicas is then ignored. */
  readonly perNode?: boolean;
}

/** Persistent volumes a component claims, for the capacity report. */
export interface VolumeFootprint {
  readonly name: string;
  /** Number of volumes of this size. */
  readonly count: number;
  readonly sizeGiB: number;
  readonly storageClass: string;
}

export class PlatformChart extends Chart {
  readonly component: string;
  readonly common: PlatformCommon;
  readonly phase: number;
  readonly namespaceName?: string;
  private readonly workloadList: WorkloadFootprint[] = [];
  private readonly volumeList: VolumeFootprint[] = [];

  constructor(scope: Construct, props: PlatformChartProps) {
    assertDnsLabel(props.component, 'component id');
    super(scope, props.component, {
      namespace: props.namespace,
      labels: componentLabels(props.component, props.phase, props.common.env),
      disableResourceNameHashes: true,
    });
    this.component = props.component;
    this.common = props.common;
    this.phase = props.phase;
    this.namespaceName = props.namespace;
  }

  /** Records a workload this component runs (directly or through an upstream chart). */
  declareWorkload(workload: WorkloadFootprint): void {
    this.workloadList.push(workload);
  }

  /** Records persistent volumes this component claims. */
  declareVolumes(volumes: VolumeFootprint): void {
    this.volumeList.push(volumes);
  }

  get workloads(): readonly WorkloadFootprint[] {
    return this.workloadList;
  }

  get volumes(): readonly VolumeFootprint[] {
    return this.volumeList;
  }

  /** The chart a construct belongs to, typed. */
  static of(construct: Construct): PlatformChart {
    const chart: Chart = Chart.of(construct);
    if (!(chart instanceof PlatformChart)) {
      throw new Error(`${construct.node.path} is not inside a PlatformChart`);
    }
    return chart as PlatformChart;
  }
}
