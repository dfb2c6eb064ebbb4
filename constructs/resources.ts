/**
 * Sizes in config are numbers with the unit in the name (cores, GiB); this turns them into
 * Kubernetes resource requirements once, the same way everywhere.
 */

/**
 * What a container asks for. Memory limit = memory request unless set apart; CPU is not
 * limited (throttling hurts JVMs) unless `cpuLimit` is set.
 */
export interface ContainerSize {
  /** CPU request in cores. */
  readonly cpu: number;
  /** Memory request in GiB (also the limit unless `memoryLimitGiB` is set). */
  readonly memoryGiB: number;
  /** CPU limit in cores. @default - none */
  readonly cpuLimit?: number;
  /** Memory limit in GiB, when it differs from the request; must be >= memoryGiB. @default - memoryGiB */
  readonly memoryLimitGiB?: number;
}

/** The Kubernetes shape, as Helm charts and pod specs take it. */
export interface K8sResources {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu?: string; readonly memory: string };
}

export function cpuQuantity(cores: number): string {
  return Number.isInteger(cores) ? String(cores) : `${Math.round(cores * 1000)}m`;
}

export function memoryQuantity(gib: number): string {
  return Number.isInteger(gib) ? `${gib}Gi` : `${Math.round(gib * 1024)}Mi`;
}

export function toResources(size: ContainerSize): K8sResources {
  const limits: { cpu?: string; memory: string } = { memory: memoryQuantity(size.memoryLimitGiB ?? size.memoryGiB) };
  if (size.cpuLimit !== undefined) {
    limits.cpu = cpuQuantity(size.cpuLimit);
  }
  return { requests: { cpu: cpuQuantity(size.cpu), memory: memoryQuantity(size.memoryGiB) }, limits };
}

/** Checks a size from config; the message names the field. */
export function assertSize(size: ContainerSize, field: string): void {
  if (!(size.cpu > 0)) {
    throw new Error(`${field}.cpu must be > 0 (got ${size.cpu})`);
  }
  if (!(size.memoryGiB > 0)) {
    throw new Error(`${field}.memoryGiB must be > 0 (got ${size.memoryGiB})`);
  }
  if (size.memoryLimitGiB !== undefined && !(size.memoryLimitGiB >= size.memoryGiB)) {
    throw new Error(`${field}.memoryLimitGiB must be >= memoryGiB ${size.memoryGiB} (got ${size.memoryLimitGiB})`);
  }
  if (size.cpuLimit !== undefined && !(size.cpuLimit >= size.cpu)) {
    throw new Error(`${field}.cpuLimit must be >= cpu ${size.cpu} (got ${size.cpuLimit})`);
  }
}
