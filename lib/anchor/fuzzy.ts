import search from 'approx-string-match';

/**
 * Approximate search (Myers' bit-parallel algorithm, via approx-string-match, the library
 * Hypothesis uses) kept to a bounded cost: its time grows with the text searched, and a whole
 * large page per quote is more than a reader would wait. We search first where the quote should be:
 * near its stored position, and around the places where a piece of it occurs exactly; the
 * whole text only while a per-pass budget lasts.
 */

export interface Hit {
  start: number;
  end: number;
  errors: number;
}

/** Units of text a pass may scan with whole-text approximate searches (about 0.1 s in Chromium). */
export const GLOBAL_BUDGET = 2_000_000;
/** How far from the stored position the nearby search looks, on each side. */
export const NEAR_WINDOW = 2048;
/** A piece that occurs more often than this is too common to point anywhere. */
const MAX_SEED_HITS = 64;

export interface Budget {
  remaining: number;
}

/**
 * Runs search() over each region [a, b) of text and returns hits in text offsets, deduplicated.
 * Occurrences of `mask` (the quote, when it occurs exactly: those are candidates already) are
 * blanked out first, since search() reports only a region's best matches and an unedited copy
 * would hide the edited quote next to it.
 */
function searchRegions(text: string, pattern: string, maxErrors: number, regions: [number, number][], mask: string | null): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  const blank = mask ? '\u0000'.repeat(mask.length) : '';
  for (const [a, b] of regions) {
    if (b - a < pattern.length - maxErrors) continue;
    const hay = mask ? text.slice(a, b).split(mask).join(blank) : text.slice(a, b);
    for (const m of search(hay, pattern, maxErrors)) {
      const start = m.start + a;
      const end = m.end + a;
      const key = start * 1_048_576 + (end - start);
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ start, end, errors: m.errors });
    }
  }
  return hits;
}

/** Sorts and merges overlapping regions, clamped to [0, length]. */
function merge(regions: [number, number][], length: number): [number, number][] {
  const clamped = regions
    .map(([a, b]) => [Math.max(0, a), Math.min(length, b)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of clamped) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/**
 * Approximate matches of `pattern` (at most maxErrors edits) near `expected` (where its start
 * should be, or -1) and around exact occurrences of pieces of it. Each searched region yields
 * its best matches, so the result holds candidates of different quality.
 */
export function searchNear(text: string, pattern: string, maxErrors: number, expected: number, mask: string | null): Hit[] {
  const len = pattern.length;
  const slack = maxErrors + 16;
  const regions: [number, number][] = [];
  if (expected >= 0) regions.push([expected - NEAR_WINDOW, expected + len + NEAR_WINDOW]);
  // Seeds: up to 8 pieces spread over the pattern; each exact occurrence of a piece says where
  // the pattern would start. Edits usually come in clusters (a word, a phrase), so some piece
  // survives; where none does, only the nearby and the whole-text searches can find it.
  const pieceLen = len >= 64 ? 16 : len >= 24 ? 8 : len;
  const count = Math.min(8, Math.floor(len / pieceLen));
  for (let i = 0; i < count; i++) {
    const at = count === 1 ? 0 : Math.round((i * (len - pieceLen)) / (count - 1));
    const piece = pattern.slice(at, at + pieceLen);
    if (!piece.trim()) continue;
    const found: number[] = [];
    for (let o = text.indexOf(piece); o !== -1 && found.length <= MAX_SEED_HITS; o = text.indexOf(piece, o + 1)) found.push(o);
    if (found.length > MAX_SEED_HITS) continue;
    for (const o of found) regions.push([o - at - slack, o - at + len + slack]);
  }
  const hits = searchRegions(text, pattern, maxErrors, merge(regions, text.length), mask);
  // search() reports only a region's best matches: a similar passage within NEAR_WINDOW would
  // hide the quote edited in place. So the place itself is also searched alone.
  if (expected >= 0) {
    const margin = maxErrors + 16;
    for (const h of searchRegions(text, pattern, maxErrors, merge([[expected - margin, expected + len + margin]], text.length), mask)) {
      if (!hits.some((o) => o.start === h.start && o.end === h.end)) hits.push(h);
    }
  }
  return hits;
}

/** Approximate matches over the whole text, or null when the pass's budget does not allow it. */
export function searchAll(text: string, pattern: string, maxErrors: number, budget: Budget, mask: string | null): Hit[] | null {
  if (text.length > budget.remaining) return null;
  budget.remaining -= text.length;
  return searchRegions(text, pattern, maxErrors, [[0, text.length]], mask);
}

/**
 * Edit distance between `a` and the closest prefix of `b` (insertions, deletions and
 * substitutions of UTF-16 units): how well a stored context agrees with the page's text next
 * to a candidate, anchored at the candidate's side. O(|a|·|b|), for short strings only.
 */
export function anchoredDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (!m) return 0;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  // Every index read below lies in 0..n, filled above or earlier in the row: `?? 0` never applies.
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (const d of prev) if (d < best) best = d;
  return best;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

/** Similarity (0..1) of a stored prefix with the text just before `at`; null without a prefix. */
export function prefixSimilarity(prefix: string, text: string, at: number, cap: number): number | null {
  const p = prefix.slice(-cap);
  if (!p) return null;
  const before = text.slice(Math.max(0, at - p.length - 8), at);
  return 1 - anchoredDistance(reverse(p), reverse(before)) / p.length;
}

/** Similarity (0..1) of a stored suffix with the text just after `at`; null without a suffix. */
export function suffixSimilarity(suffix: string, text: string, at: number, cap: number): number | null {
  const s = suffix.slice(0, cap);
  if (!s) return null;
  return 1 - anchoredDistance(s, text.slice(at, at + s.length + 8)) / s.length;
}
