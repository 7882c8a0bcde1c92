/**
 * Words for the library's search index: lower-cased, accents folded, split on anything that is
 * not a letter or digit. Scripts written without spaces (Chinese, Japanese, Korean) become
 * overlapping pairs of characters, so that a word typed in them is found inside a longer run.
 * The query is cut the same way and each of its words must begin one of a record's terms.
 */
import { escapeRegExp } from '../escape-regexp';
const MAX_TERM = 40;
const MAX_TERMS = 2_000;
const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
const CJK = new RegExp(CJK_CLASS, 'u');
const WORD = /[\p{L}\p{N}]+/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  // Most notes and quotes are plain ASCII, which has nothing to decompose (the library folds every shown annotation on each search).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function pieces(word: string): string[] {
  if (!CJK.test(word)) return [word.slice(0, MAX_TERM)];
  const out: string[] = [];
  // Latin and CJK mixed in one run ("GDP增长") are split where the script changes.
  for (const run of word.match(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu,
  ) ?? []) {
    if (!CJK.test(run)) out.push(run.slice(0, MAX_TERM));
    else if (run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** The words of a text, in order, repeats kept (a query needs them; the index does not). */
export function words(text: string): string[] {
  const folded = fold(text);
  const found = folded.match(WORD) ?? [];
  // One test of the whole text, not one per word, when it has no CJK at all (most texts).
  if (!CJK.test(folded)) return found.map((w) => (w.length > MAX_TERM ? w.slice(0, MAX_TERM) : w));
  return found.flatMap(pieces);
}

/** The distinct terms to index for some texts. */
export function termsOf(...texts: (string | null | undefined | readonly string[])[]): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    if (t == null) continue;
    for (const s of typeof t === 'string' ? [t] : t) {
      for (const w of words(s)) {
        set.add(w);
        if (set.size >= MAX_TERMS) return [...set];
      }
    }
  }
  return [...set];
}

/**
 * Whether every query word begins one of the terms of some texts, as `termsOf(...texts)` would
 * cut them, without building the terms: the library checks every annotation it shows against
 * the query, and listing all the words of every note shown was most of a search's time. A term
 * begins where a letter or digit follows anything but a letter or digit of a script written
 * with spaces; in CJK runs every character but a run's last begins a pair.
 */
export function matcherFor(queryWords: readonly string[]): (texts: readonly (string | null | undefined)[]) => boolean {
  const patterns = queryWords.map((w) => {
    if (!CJK.test(w)) return new RegExp(`(?<![[\\p{L}\\p{N}]--${CJK_CLASS}])${escapeRegExp(w)}`, 'v');
    if (w.length > 1) return new RegExp(escapeRegExp(w), 'v');
    // One CJK character: the first of a pair, or a run of its own.
    return new RegExp(`${escapeRegExp(w)}(?=${CJK_CLASS})|(?<!${CJK_CLASS})${escapeRegExp(w)}(?!${CJK_CLASS})`, 'v');
  });
  return (texts) => {
    if (!patterns.length) return true;
    // A line break between texts: no term runs from one into the next.
    const folded = fold(texts.filter((t) => t != null).join('\n'));
    return patterns.every((p) => p.test(folded));
  };
}
