import { buildTextIndex, describeRange, normalizeText, type TextIndex } from '@/lib/anchor';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';

/** Skips our own UI host, as the content script does. */
export const UI_TAG = 'review-annotator-ui';
export const indexPage = (): TextIndex => buildTextIndex(document.body, { skip: (el) => el.localName === UI_TAG });

/**
 * Writes fixture markup (written by the tests or read from tests/fixtures, never user text)
 * into the window's own document: happy-dom's Ranges misbehave in documents made apart from it.
 */
export function page(markup: string): TextIndex {
  document.body.innerHTML = markup;
  return indexPage();
}

/** A Range over the n-th occurrence of `needle` in the normalised page text. */
export function rangeOf(index: TextIndex, needle: string, nth = 0): Range {
  const text = index.normalized.text;
  let at = text.indexOf(needle);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not on the page`);
  const range = index.toRange(index.normalized.toRaw(at), index.normalized.toRaw(at + needle.length));
  if (!range) throw new Error('no range');
  return range;
}

/** Describes the n-th occurrence of `needle` on the current page. */
export function describeText(needle: string, nth = 0) {
  const index = indexPage();
  const d = describeRange(index, rangeOf(index, needle, nth));
  if (!d) throw new Error(`could not describe "${needle}"`);
  return d;
}

/** The normalised page text an anchoring result covers. */
export function textAt(index: TextIndex, r: { start: number; end: number } | null): string | null {
  return r ? normalizeText(index.text.slice(r.start, r.end)) : null;
}

export function el(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Filler prose, so that contexts are realistic and quotes are not accidentally repeated. */
export function prose(seed: number, words: number): string {
  const vocab = (
    'archive state border customs treaty river mountain harvest ledger council merchant caravan ' +
    'province garrison envoy tariff charter steppe oasis scholar chronicle monastery bazaar dynasty ' +
    'courier frontier granary salt silk copper horse winter valley market bridge canal'
  ).split(' ');
  const next = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(must(vocab[Math.floor(next() * vocab.length)], 'vocab[Math.floor(next() * vocab.length)]'));
  return out.join(' ');
}
