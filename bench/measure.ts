// Small timing helpers for the benchmark: wall-clock time, order statistics, memory.

/** Runs `work` and returns its result with the milliseconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

export type LatencySummary = { runs: number; warmups: number; medianMs: number; p95Ms: number; minMs: number; maxMs: number };

/** The value at quantile q (0..1) of the samples, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Latency of `work`: `warmups` unmeasured calls, then `runs` measured ones. */
export async function latency(work: () => Promise<unknown>, runs: number, warmups: number): Promise<LatencySummary> {
  for (let i = 0; i < warmups; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timed(work)).ms);
  return {
    runs,
    warmups,
    medianMs: round(quantile(samples, 0.5)),
    p95Ms: round(quantile(samples, 0.95)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
  };
}

export type MemorySample = { rssMb: number; peakRssMb: number };

/**
 * Resident memory of this process now and at its peak so far, in MiB. PGlite runs
 * inside the process and counts here; a PostgreSQL server does not.
 */
export function memoryMb(): MemorySample {
  return {
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Rounds to two decimals for the report. */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
