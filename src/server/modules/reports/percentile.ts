/** Whole working days and how many requests took them: delays travel as a short histogram. */
export type Histogram = Array<{ value: number; n: number }>;

/**
 * The percentile of a distribution of whole working days given as (value, count) pairs,
 * interpolated as PostgreSQL's percentile_cont does. Delays are whole days, so the database
 * sends a short histogram instead of sorting every request once more.
 */
export function percentileOfHistogram(histogram: Histogram, fraction: number): number | null {
  const sorted = [...histogram].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, bucket) => sum + bucket.n, 0);
  if (total === 0) return null;
  const position = (total - 1) * fraction;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const bucket of sorted) {
      seen += bucket.n;
      if (index < seen) return bucket.value;
    }
    return sorted.at(-1)!.value;
  };
  const low = valueAt(Math.floor(position));
  const high = valueAt(Math.ceil(position));
  return low + (high - low) * (position - Math.floor(position));
}
