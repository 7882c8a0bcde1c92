import { describe, expect, it } from 'vitest';
import { anchorAll, anchorInSlices, buildTextIndex, describeRange, type AnchorResult, type Selectors } from '@/lib/anchor';
import { bigPage } from '../../bench/pages/big-page';
import { rng } from '../../scripts/rng';
import { page, UI_TAG } from './anchor-helpers';
import { must } from '../../lib/must';

const skip = (el: Element) => el.localName === UI_TAG;

/** A generated page of ~1,500 elements, and selectors for random ranges on it. */
function setUp(seed: number, count: number): Selectors[] {
  const html = bigPage({ seed, elements: 1_500, textChars: 60_000 }).html;
  const index = page(
    must(must(/<body>([\s\S]*)<\/body>/.exec(html), '/<body>([\\s\\S]*)<\\/body>/.exec(html)')[1], '/<body>([\\s\\S]*)<\\/body>/.exec(html)[1]'),
  );
  const next = rng(seed);
  const targets: Selectors[] = [];
  while (targets.length < count) {
    const s = Math.floor(next() * index.length);
    const range = index.toRange(s, Math.min(index.length, s + 4 + Math.floor(next() ** 2 * 400)));
    const d = range && describeRange(index, range);
    if (d) targets.push(d);
  }
  return targets;
}

/** Edits the page so that anchoring takes every path: shifted text, edited and deleted quotes. */
function editPage(seed: number): void {
  const next = rng(seed);
  const paras = [...document.querySelectorAll('p')];
  must(paras[paras.length >> 1], 'paras[paras.length >> 1]').insertAdjacentHTML('beforebegin', '<p>An editor’s note, added halfway down.</p>');
  for (let i = 0; i < 12; i++) {
    const p = must(paras[Math.floor(next() * paras.length)], 'paras[Math.floor(next() * paras.length)]');
    const t = [...p.childNodes].find((n): n is Text => n.nodeType === 3 && (n as Text).data.length > 12);
    if (!t) continue;
    const at = Math.floor(next() * t.data.length);
    if (i % 3 === 0) p.remove();
    else t.data = t.data.slice(0, at) + (i % 3 === 1 ? ' quietly ' : '') + t.data.slice(at + 6);
  }
}

/** Results as plain data: where, how, and the range's boundary points. */
const plain = (rs: (AnchorResult | null)[]) =>
  rs.map(
    (r) =>
      r && {
        start: r.start,
        end: r.end,
        method: r.method,
        score: r.score,
        range: [r.range.startContainer, r.range.startOffset, r.range.endContainer, r.range.endOffset],
      },
  );

/** A way to yield that counts the slices and does not wait for a real turn of the event loop. */
function counting() {
  const counter = { yields: 0, yieldToEventLoop: () => (counter.yields++, Promise.resolve()) };
  return counter;
}

describe('anchorInSlices', () => {
  it('gives exactly what buildTextIndex + anchorAll give on the same DOM, however finely it is sliced', async () => {
    const targets = setUp(3, 120);
    editPage(4);
    const expected = anchorAll(buildTextIndex(document.body, { skip }), targets);
    // The edits left some in place, moved some and orphaned some: every path is compared.
    const count = (m: string | null) => expected.filter((r) => (r?.method ?? null) === m).length;
    expect([count('position'), count('quote'), count('fuzzy'), count(null)].every((n) => n > 0)).toBe(true);

    for (const budgetMs of [0, 0.05]) {
      const slices = counting();
      const { results, index } = await anchorInSlices(document.body, targets, { skip, budgetMs, yieldToEventLoop: slices.yieldToEventLoop });
      expect(plain(results)).toEqual(plain(expected));
      const once = buildTextIndex(document.body, { skip });
      expect([index.nodes, index.starts, index.ends, index.length]).toEqual([once.nodes, once.starts, once.ends, once.length]);
      if (budgetMs === 0) expect(slices.yields).toBeGreaterThan(targets.length);
    }
  });

  it('reuses an index it is given instead of walking the page again', async () => {
    const targets = setUp(5, 20);
    const index = buildTextIndex(document.body, { skip });
    const done = await anchorInSlices(document.body, targets, { index, budgetMs: 0, yieldToEventLoop: () => Promise.resolve() });
    expect(done.index).toBe(index);
    expect(plain(done.results)).toEqual(plain(anchorAll(index, targets)));
  });

  it('does everything in one slice, before any other task, when it fits the budget', async () => {
    const targets = setUp(6, 30);
    const slices = counting();
    let otherTask = false;
    setTimeout(() => (otherTask = true), 0);
    const done = await anchorInSlices(document.body, targets, { skip, now: () => 0, yieldToEventLoop: slices.yieldToEventLoop });
    expect(slices.yields).toBe(0);
    expect(otherTask).toBe(false);
    expect(done.results.filter(Boolean).length).toBe(30);
  });

  it('stops at the next slice once aborted, and rejects with the reason', async () => {
    const targets = setUp(7, 60);
    const stop = new AbortController();
    let yields = 0;
    let stepsAfterAbort = 0;
    const placing = anchorInSlices(document.body, targets, {
      skip,
      signal: stop.signal,
      // Every check of the clock is a step of work: none may come after the abort's yield.
      now: () => (stop.signal.aborted && stepsAfterAbort++, 0),
      budgetMs: -1,
      yieldToEventLoop: () => {
        if (++yields === 3) stop.abort(new DOMException('the page changed', 'AbortError'));
        return Promise.resolve();
      },
    });
    await expect(placing).rejects.toThrow('the page changed');
    expect(yields).toBe(3);
    expect(stepsAfterAbort).toBe(0);
  });
});
