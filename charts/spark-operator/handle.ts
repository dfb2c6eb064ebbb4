/** The handle the spark-operator component gives the components that run Spark applications. */
import type { NetworkRule } from '../../constructs/namespace';
import type { NamespaceTrust } from '../../constructs/trust';

export interface SparkOperatorHandle {
  /** The namespace Spark applications run in; it exists and the operator watches it. */
  readonly jobNamespace: string;
  /** The ServiceAccount drivers run as (the chart's Role there lets it manage executor pods, services and config maps). */
  readonly driverServiceAccount: string;
  /** The Spark version the operator's submission client runs; applications must match its line. */
  readonly sparkVersion: string;
  /** Labels Spark puts on driver pods (`spark-role: driver`). */
  readonly driverPodLabels: Readonly<Record<string, string>>;
  /** The platform CA bundle in the job namespace (volume, mount, PEM and trust-store paths). */
  readonly trust: NamespaceTrust;
  /** Lets pods of the job namespace reach a peer (e.g. an application's drivers and executors to the catalog). */
  allowEgress(name: string, rule: NetworkRule): void;
  /** Lets a peer reach pods of the job namespace (e.g. notebooks to the drivers' UI and Spark Connect ports). */
  allowIngress(name: string, rule: NetworkRule): void;
}
