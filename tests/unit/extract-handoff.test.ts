import { describe, expect, it } from 'vitest';
import { detectReview } from '../../lib/extract/composed';
import { detector, provideDetector } from '../../lib/extract/handoff';

describe('the handoff from the detector script to the content script', () => {
  it('gives nothing until the detector script has run, then its detector, on that global only', () => {
    const world = {};
    const otherWorld = {};
    expect(detector(world)).toBeNull();
    provideDetector(detectReview, world);
    expect(detector(world)).toBe(detectReview);
    expect(detector(otherWorld)).toBeNull();
    // The key is a symbol: it adds no name to the global.
    expect(Object.keys(world)).toEqual([]);
  });
});
