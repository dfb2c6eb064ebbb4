/**
 * Spark's memory arithmetic, shared by the Spark jobs' sizes, the policy's view of a driver or
 * executor pod and the capacity report: a pod asks for its JVM heap plus Spark's overhead,
 * `memoryOverheadFactor` of it (0.1 for JVM jobs) and at least 384 MiB
 * (spark.{driver,executor}.memoryOverhead in Spark's configuration reference).
 */

/** Spark's memory notation (`512m`, `8g`, also `k`, `t` and a trailing `b`) in MiB, or undefined. */
export function sparkMemoryMiB(value: string): number | undefined {
  const m = /^(\d+)([kmgt]?)b?$/i.exec(value.trim());
  if (!m) {
    return undefined;
  }
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  return unit === 'k' ? Math.ceil(n / 1024) : unit === 'g' ? n * 1024 : unit === 't' ? n * 1024 * 1024 : n;
}

/** The memory, in MiB, of the pod a driver or executor with this heap asks for. */
export function sparkPodMemoryMiB(heapMiB: number, overheadFactor = 0.1): number {
  return heapMiB + Math.max(384, Math.ceil(heapMiB * overheadFactor));
}
