/**
 * Words for the library's search index: lower-cased, accents folded, split on anything that is
 * not a letter or digit. Scripts written without spaces (Chinese, Japanese, Korean) become
 * overlapping pairs of characters, so that a word typed in them is found inside a longer run.
 * The query is cut the same way and each of its words must begin one of a record's terms.
 */
const MAX_TERM = 40;
const MAX_TERMS = 2_000;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function pieces(word: string): string[] {
  if (!CJK.test(word)) return [word.slice(0, MAX_TERM)];
  const out: string[] = [];
  // Latin and CJK mixed in one run ("GDP增长") are split where the script changes.
  for (const run of word.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? []) {
    if (!CJK.test(run)) out.push(run.slice(0, MAX_TERM));
    else if (run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** The words of a text, in order, repeats kept (a query needs them; the index does not). */
export function words(text: string): string[] {
  return (fold(text).match(WORD) ?? []).flatMap(pieces);
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
