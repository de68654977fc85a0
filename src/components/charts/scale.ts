/** A round axis maximum and tick step for bar charts: 245 → max 250, step 50. */
export function niceScale(maxValue: number, ticks = 5): { max: number; step: number } {
  if (maxValue <= 0) return { max: 1, step: 1 };
  const rough = maxValue / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough) as number;
  return { max: Math.ceil(maxValue / step) * step, step };
}
