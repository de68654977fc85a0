/** Value at quantile q (0–1) of a sample, interpolating linearly between the closest ranks. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('percentile of an empty sample');
  if (q < 0 || q > 1) throw new Error(`quantile ${q} is outside 0–1`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);
