/**
 * Text cleaning shared by every source: spaces, quotes, trailing punctuation, case.
 * All functions are pure and cheap; none looks at the DOM.
 */

/** Any kind of space, including non-breaking and the zero-width family, as one class. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
/** Soft hyphens, joiners and the marks that set a text's direction (`‎O primeiro leitor`), which no one reads. */
const INVISIBLE = /\u00ad|\u200c|\u200d|\u2060|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What `clean` changes inside a string: most lines have none of it, and are only trimmed. */
const ODD_SPACING = /[^\S ]| {2}|[\u00ad\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069]/;

/** Collapse every run of whitespace (nbsp, zero-width, newlines) to one space and trim. */
export function clean(s: string): string {
  return ODD_SPACING.test(s) ? s.replace(INVISIBLE, '').replace(SPACES, ' ').trim() : s.trim();
}

/**
 * Replace odd spaces by plain spaces one for one, so offsets found in the result are offsets in
 * the input (used where a quote must be cut out of the page text).
 */
export function sameLength(s: string): string {
  return s.replace(/[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u00ad]/g, ' ');
}

const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '“': '”',
  '”': '”',
  '‘': '’',
  '’': '’',
  '«': '»',
  '»': '«',
  '„': '“',
  '‚': '‘',
  '‹': '›',
  '「': '」',
  '『': '』',
};

/** Remove quotes that wrap the whole value: `“Title”` → `Title`. Inner apostrophes stay. */
export function stripWrappingQuotes(s: string): string {
  let t = s.trim();
  for (let i = 0; i < 2 && t.length >= 2; i++) {
    const first = t.charAt(0);
    const close = QUOTE_PAIRS[first];
    if (close === undefined) break;
    const last = t.charAt(t.length - 1);
    if (last === close || (first === '„' && last === '”') || (last === '"' && first !== "'")) {
      t = t.slice(1, -1).trim();
    } else if (t.indexOf(close, 1) === -1 && !/[’']/.test(first)) {
      // An opening quote that is never closed (the close was cut off): drop it.
      t = t.slice(1).trim();
    } else break;
  }
  return t;
}

/** Abbreviations whose final dot belongs to the word (`J.`, `et al.`, `Inc.`, `U.S.`). */
const KEEP_DOT = /(?:^|[\s(])(?:\p{Lu}|al|Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|ed|eds|pp|vol|No|etc|Bros|Univ|Dept|Assn|Ph\.D|U\.S|U\.K|D\.C)\.$/u;

/**
 * Separators and punctuation at the end, and the stars a blog sets after a value (`Einaudi ✮`):
 * not ©, which says whose a credit is (`Image by … | Hani Mohammed ©`).
 */
const TRAILING_CHAR = /^(?:[\s,;:./|·•–—-]|(?![©®℗™])\p{So})$/u;

/**
 * Where the run of TRAILING_CHAR that ends the string starts, read from the end: a pattern
 * anchored at the end would be tried from every separator of a long value.
 */
function trailingRun(t: string): number {
  let i = t.length;
  while (i > 0) {
    const low = t.charCodeAt(i - 1);
    const j = low >= 0xdc00 && low <= 0xdfff && i > 1 ? i - 2 : i - 1;
    if (!TRAILING_CHAR.test(t.slice(j, i))) break;
    i = j;
  }
  return i;
}

/** Remove leading and trailing separators and punctuation (`, ; : . / | – —`), keeping abbreviation dots. */
export function stripTrailingPunct(s: string): string {
  let t = s.trim().replace(/^[\s,;:/|·•–—-]+/, '');
  for (let guard = 0; guard < 8; guard++) {
    const at = trailingRun(t);
    if (at === t.length) break;
    const cut = t.slice(0, at);
    if (t.charAt(at) === '.' && KEEP_DOT.test(cut + '.')) return cut + '.';
    t = cut;
  }
  return t;
}

/** The usual cleaning for a field value: spaces, wrapping quotes, trailing punctuation. */
export function cleanValue(s: string): string {
  return stripTrailingPunct(stripWrappingQuotes(stripTrailingPunct(clean(s))));
}

/** Cut a string to at most `max` characters at a word boundary, marking the cut with `…`. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

/** Lower-case, accent-free, single-spaced form used to compare strings loosely. */
export function fold(s: string): string {
  return clean(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"');
}

/** Index of the first non-space character at or after `from` (bounded by `limit` characters). */
export function skipSpace(s: string, from = 0, limit = 400): number {
  const end = Math.min(s.length, from + limit);
  let i = from;
  while (i < end && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** `Title. Subtitle` as `Title: Subtitle`, when the title has exactly one sentence break. */
export function subtitled(title: string): string {
  const breaks = [...title.matchAll(/(?<![\s.]\p{L}|\d)\.\s+(?=\p{Lu})/gu)];
  const [b] = breaks;
  if (breaks.length !== 1 || !b) return title;
  return `${title.slice(0, b.index)}: ${title.slice(b.index + b[0].length)}`;
}

/** `Title: Subtitle` → `Title`, as prose names a work once its page has given it in full. */
export function mainTitle(title: string): string {
  const colon = title.indexOf(': ');
  return colon >= 3 ? title.slice(0, colon) : title;
}

/**
 * A value set all in capitals, as library catalogues and some headers do, in the case it is
 * written in elsewhere: a title in sentence case, a name with each word capitalised. Left alone
 * when it has a small letter or is one word (an acronym).
 */
export function calmCapitals(s: string, style: 'sentence' | 'name'): string {
  if (/\p{Ll}/u.test(s) || !/\p{Lu}{2}\S*\s+\S/u.test(s)) return s;
  const lower = s.toLowerCase();
  if (style === 'sentence') return lower.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
  return nameCase(lower).replace(/\s(And|Of|The|De|Von|Van|Und|Et|Y)\s/g, (m) => m.toLowerCase());
}

/** Each word of `s` with a capital and the rest in lower case, as a name is written (`LE TELLIER` → `Le Tellier`). */
export function nameCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Whether two strings share a word of `minLength` letters or more (`Old Bergen Museum` and `Norway Bergen`). */
export function sharesWord(a: string, b: string, minLength: number): boolean {
  const words = (s: string) =>
    fold(s)
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= minLength);
  const of = new Set(words(a));
  return words(b).some((w) => of.has(w));
}
