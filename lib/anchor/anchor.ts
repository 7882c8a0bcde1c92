import { GLOBAL_BUDGET, prefixSimilarity, searchAll, searchNear, suffixSimilarity, type Budget, type Hit } from './fuzzy';
import { findAll } from './multi-search';
import { readTarget, type AnchorTarget, type TextPositionSelector, type TextQuoteSelector } from './selectors';
import { isSpace, normalizeText, type TextIndex } from './text-index';
import { never, runAtOnce, type Steps } from '../yield';

/**
 * Places stored selectors in a page again.
 *
 * All comparisons are made on white-space-normalised text (see normalizeText): the stored
 * quote, prefix and suffix are normalised again (they already are when describeRange wrote
 * them), and the page's index text is seen through the same normalisation. Results are index
 * offsets (raw, UTF-16 units; see selectors.ts) and a DOM Range.
 *
 * Order, stopping at the first that gives an answer:
 * 1. position: the stored position holds the quote, and the stored prefix and suffix agree
 *    with the text around it (the page is unchanged there). No scan of the page.
 * 2. quote: the occurrences of prefix + quote + suffix (exact occurrences whose context agrees
 *    in full). One wins; several are told apart by closeness to the stored position (the
 *    closest must be less than half as far as the next one), else null (ambiguous).
 * 3. Otherwise the best 8 exact occurrences (by agreeing context units) plus the one at the
 *    stored position, and approximate matches (approx-string-match) of quotes of 8 units or
 *    more, with at most min(32, ⌊length/4⌋) edits, found near the stored position and around
 *    exact occurrences of pieces of the quote, are ranked together by evidence:
 *    (50·quote + 20·prefix + 20·suffix similarity) / 90, where context similarity is an edit
 *    distance over the 64 units next to the candidate. So a quote edited in place beats an
 *    unedited copy of it elsewhere with other context. Candidates within 0.1 of the best are
 *    told apart by closeness as above, or not at all (null). Only when there is no exact
 *    occurrence at all is the whole text searched approximately, while the pass's budget lasts.
 *    Quotes over 256 units are searched by their first and last 64 units, which must lie the
 *    quote's length apart (± a quarter); the middle is then checked in 32-unit pieces found
 *    in order, and the share of the quote found is its similarity.
 *
 * What is placed (trusted): the exact occurrence at the stored position; a quote of 64 units
 * or more at least 90 % the same; otherwise the context must agree at least half on each side
 * that has context, and overall at least half (0.8 for a quote under 16 units). A wrong
 * place is worse than an orphan: short quotes rest on their context, and the same few words
 * after the same heading are common.
 *
 * Why these bounds: a quarter of the length is far below the distance between unrelated
 * texts (around half or more), so an accepted match is the quote with a few words changed,
 * not a similar sentence; the cap of 32 edits keeps Myers' search to one or two 32-bit blocks
 * per unit of text whatever the quote's length (and a 256-unit quote may still differ by a
 * clause); under 8 units two edits turn one word into another, so short quotes are only
 * placed exactly. Long quotes are not searched whole: Myers' cost grows with the quote's
 * length, a head and a tail find the place, and the middle check is linear.
 */

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult {
  /** Index offsets (UTF-16 units of TextIndex.text), end exclusive. */
  start: number;
  end: number;
  range: Range;
  method: AnchorMethod;
  /** 0..1: (50·quote + 20·prefix + 20·suffix similarity) / 90; 1 for an unchanged place. */
  score: number;
}

/** Quotes shorter than this are only placed exactly. */
export const MIN_FUZZY_LENGTH = 8;
/** Quotes longer than this are searched approximately by head and tail. */
export const LONG_QUOTE = 256;
/** A quote at least this long, found at least 90 % the same, needs no agreeing context. */
export const DISTINCTIVE_LENGTH = 64;
/** Quotes shorter than this need agreeing context on both sides. */
export const SHORT_LENGTH = 16;
/** Length of the head and tail of a long quote. */
const SEED = 64;
/** Context units compared by similarity, on each side. */
const SIMILARITY_CONTEXT = 64;
/** Candidates whose evidence differs by less than this are told apart by the position only. */
const TIE = 0.1;
/** How many candidates at most are compared by context similarity. */
const MAX_CANDIDATES = 64;
/** How many exact occurrences are compared by context similarity. */
const SHORTLIST = 8;

/** Most edits an approximate match of a quote of this length may have. */
export function maxErrors(length: number): number {
  return Math.min(32, Math.floor(length / 4));
}

interface Pass {
  budget: Budget;
  /** Occurrences in the normalised text, found in one batch by anchorAll, or cached. */
  found: Map<string, number[]>;
}

/** Below this many annotations to search, separate indexOf scans cost less than a batch. */
const BATCH = 4;

/** A target read and normalised. */
interface Wanted {
  quote: string;
  prefix: string;
  suffix: string;
  pos: TextPositionSelector | undefined;
  /** The stored position holds the quote (its context may differ). */
  atPosition: boolean;
}

/** Places one annotation's selectors; null when it cannot be placed with confidence (an orphan). */
export function anchor(index: TextIndex, target: AnchorTarget): AnchorResult | null {
  const w = read(index, target);
  if (!w) return null;
  return atStoredPosition(index, w) ?? search(index, w, { budget: { remaining: GLOBAL_BUDGET }, found: new Map() });
}

/**
 * Places many annotations against one index (build it once per pass). Results are in the
 * order of `targets`; a target that is malformed or cannot be placed gives null. The ones
 * not at their stored position are searched for together, in one scan of the page's text.
 */
export function anchorAll(index: TextIndex, targets: readonly AnchorTarget[]): (AnchorResult | null)[] {
  return runAtOnce(anchorSteps(index, targets, never));
}

/**
 * anchorAll in steps that pause between annotations whenever `due()` says so (lib/yield.ts).
 * The index's nodes must stay in the page until the last step: a caller that gives the event
 * loop a turn in between stops when the page changes.
 */
export function* anchorSteps(index: TextIndex, targets: readonly AnchorTarget[], due: () => boolean): Steps<(AnchorResult | null)[]> {
  const pass: Pass = { budget: { remaining: GLOBAL_BUDGET }, found: new Map() };
  const safe = <T>(fn: () => T | null): T | null => {
    try {
      return fn();
    } catch {
      return null; // a malformed stored target is an orphan, not a failed pass
    }
  };
  const wanted: (Wanted | null)[] = [];
  const results: (AnchorResult | null)[] = [];
  for (const t of targets) {
    const w = safe(() => read(index, t));
    wanted.push(w);
    results.push(w ? safe(() => atStoredPosition(index, w)) : null);
    if (due()) yield;
  }
  const moved = wanted.filter((w, i): w is Wanted => w !== null && results[i] === null);
  const batch = (needles: string[]) => {
    const unique = [...new Set(needles)];
    const lists = findAll(index.normalized.text, unique);
    unique.forEach((needle, i) => pass.found.set(needle, lists[i] ?? []));
  };
  if (moved.length >= BATCH) {
    // First the quotes with their whole context; then, for those not found so, the bare quotes.
    batch(moved.map(whole));
    const partial = moved.filter((w) => !pass.found.get(whole(w))?.length);
    if (partial.length >= BATCH) batch(partial.map((w) => w.quote));
  }
  for (let i = 0; i < wanted.length; i++) {
    const w = wanted[i];
    if (!w || results[i]) continue;
    results[i] = safe(() => search(index, w, pass));
    if (due()) yield;
  }
  return results;
}

interface Candidate {
  /** Normalised offsets. */
  start: number;
  end: number;
  /** Distance from where the stored position says it should be (0 without a position). */
  d: number;
}

function read(index: TextIndex, target: AnchorTarget): Wanted | null {
  const sel = readTarget(target);
  if (!sel) return null;
  const quote = normalizeText(sel.quote.exact);
  if (!quote.trim()) return null;
  const pos = sel.position;
  // A W3C quote imported from another tool may come without prefix or suffix.
  const { prefix, suffix } = sel.quote as Partial<TextQuoteSelector>;
  return {
    quote,
    prefix: normalizeText(prefix ?? ''),
    suffix: normalizeText(suffix ?? ''),
    pos,
    atPosition: pos !== undefined && pos.end <= index.length && normalizeText(index.slice(pos.start, pos.end)) === quote,
  };
}

/** 1. The stored position, when the page is unchanged there (needs no normalised copy of the page). */
function atStoredPosition(index: TextIndex, w: Wanted): AnchorResult | null {
  const { pos, prefix, suffix } = w;
  if (
    w.atPosition &&
    pos &&
    normalizedBefore(index, pos.start, prefix.length).endsWith(prefix) &&
    normalizedAfter(index, pos.end, suffix.length).startsWith(suffix)
  ) {
    return place(index, pos.start, pos.end, 'position', 1);
  }
  return null;
}

const whole = (w: Wanted) => w.prefix + w.quote + w.suffix;

/** More agreeing context units, then closer to the stored position. */
function better(a: { agree: number; d: number }, b: { agree: number; d: number }): boolean {
  return a.agree > b.agree || (a.agree === b.agree && a.d < b.d);
}

/** Whether `c` beats the last, and so the worst, of a sorted shortlist. */
function betterThanLast(c: { agree: number; d: number }, pool: readonly { agree: number; d: number }[]): boolean {
  const last = pool[pool.length - 1];
  return last !== undefined && better(c, last);
}

/** Every occurrence of `needle` in the normalised text. */
function occurrences(pass: Pass, text: string, needle: string): number[] {
  let list = pass.found.get(needle);
  if (!list) {
    list = [];
    for (let o = text.indexOf(needle); o !== -1; o = text.indexOf(needle, o + 1)) list.push(o);
    pass.found.set(needle, list);
  }
  return list;
}

/** Steps 2 and 3. */
function search(index: TextIndex, w: Wanted, pass: Pass): AnchorResult | null {
  const { quote, prefix, suffix, pos } = w;
  const norm = index.normalized;
  const text = norm.text;
  const expected = pos ? norm.toNormalized(Math.min(pos.start, index.length)) : -1;
  const posN = w.atPosition && pos ? norm.toNormalized(pos.start) : -1;
  const distance = (o: number) => (expected < 0 ? 0 : Math.abs(o - expected));
  const finish = (c: { start: number; end: number }, method: AnchorMethod, score: number) => {
    const start = norm.toRaw(c.start);
    const end = norm.toRaw(c.end);
    const m = method !== 'fuzzy' && pos && start === pos.start && end === pos.end ? 'position' : method;
    return place(index, start, end, m, score);
  };

  // 2. Exact occurrences whose prefix and suffix agree in full: those of prefix + quote + suffix.
  const full: Candidate[] = occurrences(pass, text, whole(w)).map((o) => {
    const start = o + prefix.length;
    return { start, end: start + quote.length, d: distance(start) };
  });
  if (full.length) {
    const c = closest(full, expected);
    return c ? finish(c, 'quote', 1) : null; // null: equally good places the position cannot tell apart
  }
  // 3. No occurrence agrees in full: the best exact occurrences (by agreeing context units, plus
  // the one at the stored position) and the approximate matches near the stored position and
  // around pieces of the quote are ranked together by the same evidence, so that a quote
  // edited in place beats an unedited copy of it elsewhere.
  const exact = occurrences(pass, text, quote);
  // The best SHORTLIST by agreement (a short quote may occur thousands of times), and the one
  // at the stored position.
  const pool: (Candidate & { agree: number })[] = [];
  let mine: (typeof pool)[number] | null = null;
  for (const o of exact) {
    const c = { start: o, end: o + quote.length, d: distance(o), agree: agreeBefore(prefix, text, o) + agreeAfter(suffix, text, o + quote.length) };
    if (o === posN) mine = c;
    else if (pool.length < SHORTLIST || betterThanLast(c, pool)) {
      let i = pool.length;
      pool.push(c);
      // Insertion into the sorted shortlist; pool[-1] is undefined, which ends the loop at 0.
      for (let prev = pool[i - 1]; prev !== undefined && better(c, prev); prev = pool[i - 1]) pool[i--] = prev;
      pool[i] = c;
      if (pool.length > SHORTLIST) pool.pop();
    }
  }
  if (mine) pool.push(mine);
  const found: Omit<Fuzzy, 'd'>[] = pool.map((c) => ({ start: c.start, end: c.end, qs: 1 }));
  const fuzzy = quote.length >= MIN_FUZZY_LENGTH;
  const find = quote.length > LONG_QUOTE ? longCandidates : shortCandidates;
  if (fuzzy) found.push(...find(text, quote, expected, null, exact.length ? quote : null));
  let result = choose(found, quote, prefix, suffix, text, expected, posN);
  // Then over the whole text (when there are exact occurrences, it would only find them again).
  if (!result && fuzzy && !exact.length) result = choose(find(text, quote, expected, pass.budget, null), quote, prefix, suffix, text, expected, posN);
  return result ? finish(result, result.qs === 1 ? 'quote' : 'fuzzy', result.score) : null;
}

function place(index: TextIndex, start: number, end: number, method: AnchorMethod, score: number): AnchorResult | null {
  const range = index.toRange(start, end);
  return range ? { start, end, range, method, score } : null;
}

/**
 * The closest candidate to the stored position, if it is clearly the closest: less than half
 * as far as the next. A single candidate is returned as it is; without a position, several
 * are ambiguous (null).
 */
function closest<C extends Candidate>(list: C[], expected: number): C | null {
  if (list.length === 1) return list[0] ?? null;
  if (expected < 0 || !list.length) return null;
  const sorted = [...list].sort((a, b) => a.d - b.d);
  const [first, second] = sorted as [C, C];
  return second.d > 2 * first.d ? first : null;
}

function agreeBefore(prefix: string, text: string, o: number): number {
  let n = 0;
  const pl = prefix.length;
  while (n < pl && o - n > 0 && prefix.charCodeAt(pl - 1 - n) === text.charCodeAt(o - 1 - n)) n++;
  return n;
}

function agreeAfter(suffix: string, text: string, o: number): number {
  let n = 0;
  const sl = suffix.length;
  const tl = text.length;
  while (n < sl && o + n < tl && suffix.charCodeAt(n) === text.charCodeAt(o + n)) n++;
  return n;
}

/** Prefix and suffix similarity next to [start, end), and both combined by their lengths (null: no context stored). */
function contextScores(prefix: string, suffix: string, text: string, start: number, end: number) {
  const ps = prefixSimilarity(prefix, text, start, SIMILARITY_CONTEXT);
  const ss = suffixSimilarity(suffix, text, end, SIMILARITY_CONTEXT);
  const wp = Math.min(prefix.length, SIMILARITY_CONTEXT);
  const ws = Math.min(suffix.length, SIMILARITY_CONTEXT);
  const cs = wp + ws === 0 ? null : ((ps ?? 0) * wp + (ss ?? 0) * ws) / (wp + ws);
  return { ps, ss, cs };
}

function evidence(qs: number, ps: number | null, ss: number | null): number {
  return (50 * qs + 20 * (ps ?? 1) + 20 * (ss ?? 1)) / 90;
}

/** Normalised text ending at raw offset t, at least `want` units long (or all there is). */
function normalizedBefore(index: TextIndex, t: number, want: number): string {
  if (!want) return '';
  for (let span = want * 2 + 16; ; span *= 2) {
    const from = Math.max(0, t - span);
    const s = normalizeText(index.slice(from, t));
    if (from === 0 || s.length > want) return s;
  }
}

/** Normalised text starting at raw offset t, at least `want` units long (or all there is). */
function normalizedAfter(index: TextIndex, t: number, want: number): string {
  if (!want) return '';
  for (let span = want * 2 + 16; ; span *= 2) {
    const to = Math.min(index.length, t + span);
    const s = normalizeText(index.slice(t, to));
    if (to === index.length || s.length > want) return s;
  }
}

interface Fuzzy extends Candidate {
  /** Quote similarity, 0..1. */
  qs: number;
}

/** Approximate matches of the whole quote: nearby and seeded (budget null), or over the whole text. */
function shortCandidates(text: string, quote: string, expected: number, budget: Budget | null, mask: string | null): Omit<Fuzzy, 'd'>[] {
  const k = maxErrors(quote.length);
  const hits = budget ? searchAll(text, quote, k, budget, mask) : searchNear(text, quote, k, expected, mask);
  return (hits ?? []).map((h) => ({ start: h.start, end: h.end, qs: 1 - h.errors / quote.length }));
}

/** Long quotes: head and tail found about the quote's length apart, the middle checked in pieces. */
function longCandidates(text: string, quote: string, expected: number, budget: Budget | null, mask: string | null): Omit<Fuzzy, 'd'>[] {
  const len = quote.length;
  const k = maxErrors(SEED);
  const head = quote.slice(0, SEED);
  const tail = quote.slice(len - SEED);
  const find = (p: string, at: number): Hit[] => (budget ? searchAll(text, p, k, budget, mask) : searchNear(text, p, k, at, mask)) ?? [];
  const best = (hits: Hit[]) => hits.sort((a, b) => a.errors - b.errors).slice(0, 32);
  const heads = best(find(head, expected));
  if (!heads.length) return [];
  const tails = best(find(tail, expected < 0 ? -1 : expected + len - SEED));
  const out: Omit<Fuzzy, 'd'>[] = [];
  const slack = Math.floor(len / 4);
  for (const h of heads) {
    for (const t of tails) {
      const span = t.end - h.start;
      if (t.start < h.end || Math.abs(span - len) > slack) continue;
      const middle = matchedMiddle(text, h.end, t.start, quote.slice(SEED, len - SEED), slack);
      out.push({ start: h.start, end: t.end, qs: (2 * SEED - h.errors - t.errors + middle) / len });
      if (out.length >= 16) return out;
    }
  }
  return out;
}

/**
 * Units of `middle` found, in order, in text[from, to): 32-unit pieces, each looked for from
 * where the previous one was found, within `drift` units of where it should be. Linear in the
 * quote's length.
 */
function matchedMiddle(text: string, from: number, to: number, middle: string, drift: number): number {
  const region = text.slice(from, to);
  let cursor = 0;
  let found = 0;
  for (let at = 0; at < middle.length; at += 32) {
    const piece = middle.slice(at, at + 32);
    const window = region.slice(cursor, cursor + piece.length + Math.min(drift, 512) + 64);
    const i = window.indexOf(piece);
    if (i >= 0) {
      found += piece.length;
      cursor += i + piece.length;
    } else cursor += Math.min(piece.length, Math.max(0, region.length - cursor));
  }
  return found;
}

/**
 * Ranks candidates by evidence (quote and context similarity) and returns the one to place, or
 * null (none, ambiguous, or not trusted). An exact occurrence at the stored position is kept
 * unless another candidate is clearly (0.05) better; equal ones are told apart by closeness.
 */
function choose(
  found: Omit<Fuzzy, 'd'>[],
  quote: string,
  prefix: string,
  suffix: string,
  text: string,
  expected: number,
  posN: number,
): (Fuzzy & { score: number }) | null {
  // The best candidates only: on repetitive text a search can report hundreds of equal matches.
  const scored = [...found]
    .sort((a, b) => b.qs - a.qs)
    .slice(0, MAX_CANDIDATES)
    .map((f) => {
      let { start, end } = f;
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      const ctx = contextScores(prefix, suffix, text, start, end);
      return { start, end, qs: f.qs, d: expected < 0 ? 0 : Math.abs(start - expected), ...ctx, score: evidence(f.qs, ctx.ps, ctx.ss) };
    })
    .filter((c) => c.end > c.start && c.qs >= 0.75)
    .sort((a, b) => b.score - a.score || a.d - b.d);
  // One candidate per place: drop those overlapping a better one.
  const places: typeof scored = [];
  for (const c of scored) if (!places.some((p) => c.start < p.end && p.start < c.end)) places.push(c);
  const best = places[0];
  if (!best) return null;
  // Places whose evidence is within TIE of the best are told apart by closeness, or not at all.
  const top = best.score;
  const chosen = closest(
    places.filter((c) => c.score >= top - TIE),
    expected,
  );
  if (!chosen) return null;
  // The stored position holding the quote needs no more evidence (step 1 without the context).
  const atPosition = chosen.start === posN && chosen.qs === 1;
  return atPosition || trusted(quote.length, chosen.qs, chosen) ? chosen : null;
}

/**
 * Whether a candidate is good enough to place: a quote of 64 units or more at least 90 % the
 * same; else the context must agree at least half on each side that has context (one
 * agreeing side is not enough: the same few words often follow the same heading elsewhere),
 * and overall at least half, or 0.8 for a quote under 16 units. Without any stored context,
 * only an exact occurrence (ambiguity was ruled out before).
 */
function trusted(length: number, qs: number, c: { ps: number | null; ss: number | null; cs: number | null }): boolean {
  if (length >= DISTINCTIVE_LENGTH && qs >= 0.9) return true;
  if (c.cs === null) return qs === 1;
  const bothSides = (c.ps === null || c.ps >= 0.5) && (c.ss === null || c.ss >= 0.5);
  return bothSides && c.cs >= (length >= SHORT_LENGTH ? 0.5 : 0.8);
}
