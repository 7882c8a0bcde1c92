/** The interval `npm run eval` gives beside each share. */
import { describe, expect, it } from 'vitest';
import { wilson } from '../../scripts/interval';

describe('the 95 % Wilson interval of a share', () => {
  it('brackets the share, and narrows as the sample grows', () => {
    const [lo, hi] = wilson(3, 286);
    expect(lo).toBeCloseTo(0.00357, 4);
    expect(hi).toBeCloseTo(0.03038, 4);
    const [lo2, hi2] = wilson(220, 350);
    expect(lo2).toBeCloseTo(0.5768, 3);
    expect(hi2).toBeCloseTo(0.6775, 3);
    const [lo3, hi3] = wilson(30, 2860);
    expect(hi3 - lo3).toBeLessThan(hi - lo);
  });
  it('says no false alarm in 286 pages is short of telling one in 200, and in 800 pages is not', () => {
    expect(wilson(0, 286)).toEqual([0, expect.closeTo(0.01325, 4)]);
    expect(wilson(0, 286)[1]).toBeGreaterThan(0.005);
    expect(wilson(0, 800)[1]).toBeLessThan(0.005);
    expect(wilson(0, 216)[0]).toBe(0);
    expect(wilson(216, 216)[1]).toBe(1);
  });
  it('knows nothing from no pages', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });
});
