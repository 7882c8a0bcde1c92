import { buildTextIndex, describeRange, type Selectors } from '../../lib/anchor';
import { extractReview, mightBeReview } from '../../lib/extract';
import { rng } from '../../scripts/rng';
import { textWalk } from './text-walk';

/**
 * Runs in the generated big page, without the extension. describe() makes the selectors the
 * content script would have stored for `count` selections (describeRange on the page's index,
 * as the toolbar does before createHighlight), and walk() times the peer: one plain text walk.
 */

/** What the content script's reporter would decide about this page. */
export function isReview(): boolean {
  return mightBeReview(document) && extractReview(document, location.href).isReview;
}

export function describe(count: number, seed: number): Selectors[] {
  const index = buildTextIndex(document.body);
  const next = rng(seed);
  const out: Selectors[] = [];
  while (out.length < count) {
    const s = Math.floor(next() * index.length);
    // Mostly a few words, now and then a sentence or two, as people select.
    const range = index.toRange(s, Math.min(index.length, s + 8 + Math.floor(next() ** 2 * 300)));
    const d = range && describeRange(index, range);
    if (d) out.push(d);
  }
  return out;
}

export function walk(runs: number): number[] {
  for (let i = 0; i < 2; i++) textWalk(document);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    textWalk(document);
    times.push(performance.now() - t0);
  }
  return times;
}
