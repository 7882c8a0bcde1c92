import { describe, expect, it } from 'vitest';
import { detectReview } from '../../lib/extract/composed';
import { extractor, provideExtractor, type Extractor } from '../../lib/extract/handoff';
import { applySiteRules, learnFromValue, readPick } from '../../lib/site-rules/apply';

describe('the handoff from the detector script to the content script', () => {
  it('gives nothing until the detector script has run, then its extractor, on that global only', () => {
    const world = {};
    const otherWorld = {};
    const provided: Extractor = { detect: detectReview, applySiteRules, learnFromValue, readPick };
    expect(extractor(world)).toBeNull();
    provideExtractor(provided, world);
    expect(extractor(world)).toBe(provided);
    expect(extractor(otherWorld)).toBeNull();
    // The key is a symbol: it adds no name to the global.
    expect(Object.keys(world)).toEqual([]);
  });
});
