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

let described: Range[] = [];

/**
 * `atTop` of the selections are made in the page's first few thousand characters, where a
 * reader starts: with many highlights only those near the viewport are registered, and a
 * page whose first screens hold none would show nothing to wait for.
 */
export function describe(count: number, seed: number, atTop = 0): Selectors[] {
  const index = buildTextIndex(document.body);
  const next = rng(seed);
  const out: Selectors[] = [];
  described = [];
  while (out.length < count) {
    const s = Math.floor(next() * (out.length < atTop ? Math.min(index.length, 3000) : index.length));
    // Mostly a few words, now and then a sentence or two, as people select.
    const range = index.toRange(s, Math.min(index.length, s + 8 + Math.floor(next() ** 2 * 300)));
    const d = range && describeRange(index, range);
    if (d) {
      out.push(d);
      described.push(range);
    }
  }
  return out;
}

/**
 * How many of the described selections the painter registers at least on the page scrolled
 * to its top: those with an end whose element is within a screen above or below the viewport
 * (lib/highlight/near-viewport.ts registers the runs of highlights they are in), counted with
 * a tenth of a screen to spare, so that this is never more than the painter registers.
 */
export function nearTopCount(): number {
  const vh = innerHeight;
  const near = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const r = el?.getBoundingClientRect();
    return !!r && r.bottom > -0.9 * vh && r.top < 1.9 * vh;
  };
  return described.filter((r) => near(r.startContainer) || near(r.endContainer)).length;
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

/**
 * The floor under any content script that looks at every node: a walk over all of the page's
 * elements and text nodes that does nothing else, with the clock read every 64 nodes. Run in
 * a fresh isolated world (as our content scripts are), every node visited gets a wrapper there,
 * and Chromium's work for that (collecting them, growing its table of them) comes as pauses
 * between two readings of the clock that no slicing of ours can split.
 */
export function pausesOfWalk(): { total: number; longestPause: number } {
  const t0 = performance.now();
  let last = t0;
  let longestPause = 0;
  let count = 0;
  const end = document.body.parentNode;
  let n: Node | null = document.body;
  while (n) {
    if ((++count & 63) === 0) {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && !n.nextSibling) n = n.parentNode === end ? null : n.parentNode;
      n = n ? n.nextSibling : null;
    }
  }
  return { total: performance.now() - t0, longestPause };
}
