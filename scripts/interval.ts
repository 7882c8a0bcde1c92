/**
 * The 95 % Wilson score interval of a share of `k` in `n`: the range of rates on all such pages
 * that a sample of `n` pages is consistent with. A target such as one false alarm in 200 pages is
 * shown met only when the interval's upper end lies under it, which takes far more pages than a
 * figure under the target does.
 */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At none or all the bound is exact; computed, it would carry a rounding error.
  return [k <= 0 ? 0 : Math.max(0, centre - half), k >= n ? 1 : Math.min(1, centre + half)];
}
