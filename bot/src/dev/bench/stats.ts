/** Figures from timing samples. Pure: the bench prints them, a unit test checks them. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
}

/** Nearest-rank percentile (q in 0–1) of unsorted samples: always one of the samples, never interpolated. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples');
  if (q < 0 || q > 1) throw new Error(`percentile ${q} is outside 0–1`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle sample, or the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return { n: samples.length, median: median(samples), p95: percentile(samples, 0.95) };
}

/** How many times slower `measured` is than `baseline`, for the median and the p95. */
export function ratioTo(measured: Summary, baseline: Summary): { median: number; p95: number } {
  if (baseline.median <= 0 || baseline.p95 <= 0) throw new Error('the baseline took no time');
  return { median: measured.median / baseline.median, p95: measured.p95 / baseline.p95 };
}
