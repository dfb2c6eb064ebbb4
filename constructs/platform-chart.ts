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
import { LABEL_NAME, componentLabels } from './labels';
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

/**
 * The geometry of an object store's erasure-coded drives, for the capacity report (raw and
 * usable capacity). Geometry only: the drives' PVCs are declared with `declareVolumes` as usual.
 */
export interface ObjectStoreGeometry {
  /** Name of the store (tenant, pool), e.g. "datalake". */
  readonly name: string;
  /** Server pods. */
  readonly servers: number;
  /** Drives (volumes) per server. */
  readonly drivesPerServer: number;
  /** Size of one drive in GiB. */
  readonly driveGiB: number;
  /** Parity drives per erasure set (MinIO's EC:N). */
  readonly parity: number;
  /**
   * Drives per erasure set. @default - MinIO's choice: the largest size from 2 to 16 that
   * divides the drive count and is a multiple or a divisor of the server count
   */
  readonly erasureSetDrives?: number;
  /** Node pool role the servers run on. @default - any pool */
  readonly pool?: NodeRole;
  /** Storage class of the drives. */
  readonly storageClass: string;
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
  private readonly objectStoreList: ObjectStoreGeometry[] = [];
  private readonly warningList: string[] = [];

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

  /** Records a problem that does not stop the synth; synth prints it as a warning. */
  warn(message: string): void {
    this.warningList.push(message);
  }

  /** Records the erasure-coding geometry of an object store this component runs. */
  declareObjectStore(geometry: ObjectStoreGeometry): void {
    this.objectStoreList.push(geometry);
  }

  get workloads(): readonly WorkloadFootprint[] {
    return this.workloadList;
  }

  get volumes(): readonly VolumeFootprint[] {
    return this.volumeList;
  }

  get objectStores(): readonly ObjectStoreGeometry[] {
    return this.objectStoreList;
  }

  get warnings(): readonly string[] {
    return this.warningList;
  }

  /**
   * The chart's objects. The pod templates of Jobs and CronJobs carry the component's labels
   * and the Job's name, as the Job itself does (cdk8s labels top-level objects only), so a
   * run's pods are found, and policies select them, like every other workload's.
   */
  override toJson(): any[] {
    return super.toJson().map((obj: Record<string, any>) => withJobPodLabels(obj, this.labels));
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

/** A Job's or CronJob's pod template with the standard labels added (the template's own win). */
export function withJobPodLabels(obj: Record<string, any>, labels: Readonly<Record<string, string>>): Record<string, any> {
  const template = obj.kind === 'Job' ? obj.spec?.template : obj.kind === 'CronJob' ? obj.spec?.jobTemplate?.spec?.template : undefined;
  if (template === undefined) {
    return obj;
  }
  const name: string | undefined = obj.metadata?.labels?.[LABEL_NAME] ?? obj.metadata?.name;
  template.metadata = { ...template.metadata, labels: { ...labels, ...(name ? { [LABEL_NAME]: name } : {}), ...template.metadata?.labels } };
  return obj;
}
