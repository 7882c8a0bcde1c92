import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { anchorAll, buildTextIndex, describeRange, type Selectors } from '../../lib/anchor';
import { createPainter, type Placed } from '../../lib/highlight/painter';
import { COLORS } from '../../lib/annotation';
import { rng } from '../../scripts/rng';
import { textWalk } from './text-walk';
import { must } from '../../lib/must';

/**
 * Runs in the benchmark page. prepare() describes random ranges with our library and also
 * writes the same quotes in the form @apache-annotator/dom expects (exact text of the DOM's
 * Text nodes, with 32 units of such text before and after); the measure functions time
 * placing all of them, alternating runs with one plain text walk.
 */
interface PeerQuote {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

let targets: Selectors[] = [];
let peerQuotes: PeerQuote[] = [];

export function prepare(count: number, seed: number) {
  const index = buildTextIndex(document.body);
  // The peer's text: every Text node's data, in document order.
  const rawStart = new Map<Text, number>();
  let raw = '';
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
    rawStart.set(n, raw.length);
    raw += n.data;
  }
  const next = rng(seed);
  targets = [];
  peerQuotes = [];
  while (targets.length < count) {
    const s = Math.floor(next() * index.text.length);
    const len = 8 + Math.floor(next() ** 2 * 300);
    const range = index.toRange(s, Math.min(index.text.length, s + len));
    const d = range && describeRange(index, range);
    if (!range || !d) continue;
    const a = must(rawStart.get(range.startContainer as Text), 'rawStart.get(range.startContainer as Text)') + range.startOffset;
    const b = must(rawStart.get(range.endContainer as Text), 'rawStart.get(range.endContainer as Text)') + range.endOffset;
    targets.push(d);
    peerQuotes.push({ type: 'TextQuoteSelector', exact: raw.slice(a, b), prefix: raw.slice(Math.max(0, a - 32), a), suffix: raw.slice(b, b + 32) });
  }
  return {
    targets: targets.length,
    indexChars: index.text.length,
    walkChars: textWalk(document),
    avgQuote: targets.reduce((s, t) => s + t.quote.exact.length, 0) / count,
  };
}

/** Builds a fresh index and places every target: the time a content script spends per pass. */
function placeAll(): number {
  const index = buildTextIndex(document.body);
  const results = anchorAll(index, targets);
  let placed = 0;
  for (const r of results) if (r) placed++;
  return placed;
}

export function measure(runs: number) {
  for (let i = 0; i < 3; i++) {
    placeAll();
    textWalk(document);
  }
  const ours: number[] = [];
  const walk: number[] = [];
  let placed = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    textWalk(document);
    walk.push(performance.now() - t0);
    t0 = performance.now();
    placed = placeAll();
    ours.push(performance.now() - t0);
  }
  // Every target must come back exactly where it was described.
  const check = anchorAll(buildTextIndex(document.body), targets);
  const exact = check.filter(
    (r, i) =>
      r &&
      r.start === must(must(targets[i], 'targets[i]').position, 'targets[i].position').start &&
      r.end === must(must(targets[i], 'targets[i]').position, 'targets[i].position').end,
  ).length;
  return { ours, walk, placed, exact };
}

/** The peer, given the same quotes; its matcher yields matches lazily, and we stop at the first. */
export async function measurePeer(runs: number) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = 0;
    for (const q of peerQuotes) {
      const matches = createTextQuoteSelectorMatcher(q)(document.body);
      const first = await matches.next();
      if (!first.done) found++;
      await matches.return(undefined);
    }
    times.push(performance.now() - t0);
  }
  return { times, found };
}

/** The page changed above everything: each target is found again by its quote, not its position. */
export function measureShifted(runs: number) {
  const p = document.createElement('p');
  p.textContent = 'An editor’s note, added at the top of the page after the annotations were made.';
  document.body.prepend(p);
  const times: number[] = [];
  let placed = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    placed = placeAll();
    times.push(performance.now() - t0);
  }
  p.remove();
  return { times, placed };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * Paints every target with each painter: the call itself, and until the next frame has been
 * rendered (style, layout and paint are where the Highlight API spends its time).
 */
export async function measurePaint(runs: number, mode: 'highlight-api' | 'wrap') {
  const painter = createPainter(document, { forceWrap: mode === 'wrap' });
  if (painter.mode !== mode) throw new Error(`asked for the ${mode} painter, got ${painter.mode}`);
  const call: number[] = [];
  const toFrame: number[] = [];
  for (let i = 0; i < runs; i++) {
    const index = buildTextIndex(document.body);
    const items: Placed[] = [];
    anchorAll(index, targets).forEach((r, n) => {
      const range = r && index.toRange(r.start, r.end);
      if (range) items.push({ id: String(n), color: must(COLORS[n % COLORS.length], 'COLORS[n % COLORS.length]'), range, start: r.start, end: r.end });
    });
    await frame();
    const t0 = performance.now();
    painter.paint(items);
    const t1 = performance.now();
    await frame();
    call.push(t1 - t0);
    toFrame.push(performance.now() - t0);
    painter.clear();
  }
  return { call, toFrame };
}
