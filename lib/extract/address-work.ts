/**
 * The work as a newspaper's address names it: `/books/2009/jun/07/man-in-the-dark-paul-auster`,
 * `/article/104016/world-without-you-joshua-henkin`. A slug's words are lower case and stripped
 * of their accents, so they only name the work where the page confirms them: the person's name as
 * the prose writes it in full, or as a review refers to its author (`Auster's latest novel`), and
 * the rest of the slug as a title the page gives (`in The World Without You`).
 */
import type { Line } from './lines';
import { decoded, pathOf, proseHas, surnameAlone } from './signals';
import { fold } from './text';

export interface AddressWork {
  title: string;
  /** The title as the page writes it (else it was spelled from the slug's words). */
  titleOnPage: boolean;
  author: string;
}

/** Words an address adds to a review's slug that belong to neither the title nor the name. */
const REVIEW_WORDS = new Set([
  'review',
  'reviews',
  'reviewed',
  'recensione',
  'recension',
  'rezension',
  'critique',
  'resena',
  'resenha',
  'kritik',
  'book',
  'books',
]);
/** Articles a slug often drops before a title (`world-without-you` for `The World Without You`). */
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'il', 'lo', 'der', 'die', 'das', 'el', 'los', 'las', 'o', 'os', 'as']);
/** Small words an English title sets in lower case. */
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
/** `Auster's latest novel`: a review refers to the work by its author's family name. */
const BOOK_AFTER_OWNER = '(?:[\\p{Ll}-]+\\s+){0,2}(?:novel|book|memoir|biography|collection|stories|debut|thriller|study|history|essays?)\\b';
const WORD = /[\p{L}\p{N}'’]+/gu;
const MAX_SLUG_WORDS = 14;

/** The slug's words: the last segment of the path that has at least three of them. */
export function slugWords(url: string): string[] {
  const segments = pathOf(url).split('/').reverse();
  for (const seg of segments) {
    const words = decoded(seg)
      .replace(/\.(?:s?html?|php|aspx?)$/i, '')
      .split(/[-_+]+/)
      .map((w) => fold(w))
      .filter((w) => /^\p{L}+$/u.test(w));
    if (words.length >= 3 && words.length <= MAX_SLUG_WORDS) return words;
  }
  return [];
}

export function readAddressWork(url: string, lines: readonly Line[], used: ReadonlySet<number>, titles: readonly string[], lang: string): AddressWork | null {
  const words = slugWords(url);
  while (words.length && REVIEW_WORDS.has(words.at(-1) ?? '')) words.pop();
  while (words.length && REVIEW_WORDS.has(words[0] ?? '')) words.shift();
  if (words.length < 3) return null;
  return fullNameInSlug(words, lines, used, titles, lang) ?? ownerAtEnd(words, lines, used, titles, lang);
}

/** A name the prose writes in full (`Joshua Henkin`) at either end of the slug, and the title the page gives. */
function fullNameInSlug(
  words: readonly string[],
  lines: readonly Line[],
  used: ReadonlySet<number>,
  titles: readonly string[],
  lang: string,
): AddressWork | null {
  for (const atEnd of [true, false]) {
    for (const k of [2, 3]) {
      const name = atEnd ? words.slice(-k) : words.slice(0, k);
      const rest = atEnd ? words.slice(0, -k) : words.slice(k);
      if (!endsTitle(rest) || name.some((w) => w.length < 2 || SMALL.has(w) || ARTICLES.has(w))) continue;
      const written = phraseOnPage(lines, used, [], name, true);
      // A review refers to its author by the family name alone (`for Henkin to turn`).
      const author = written && surnameAlone(lines, used, written) ? written : null;
      const title = author ? phraseOnPage(lines, used, titles, rest, false) : null;
      if (author && title && titleLike(title, lang)) return { title, titleOnPage: true, author };
    }
  }
  return null;
}

/**
 * `man-in-the-dark-paul-auster` and `Auster's latest novel`: a name at the slug's end whose family
 * name the review gives its book to. The title is the page's where it writes it, else the slug's.
 */
function ownerAtEnd(words: readonly string[], lines: readonly Line[], used: ReadonlySet<number>, titles: readonly string[], lang: string): AddressWork | null {
  const name = words.slice(-2);
  const rest = words.slice(0, -2);
  const [given, family] = name;
  if (!given || !family || given.length < 2 || family.length < 3 || !endsTitle(rest)) return null;
  const surname = ownerName(lines, used, family);
  if (!surname) return null;
  const found = phraseOnPage(lines, used, titles, rest, false);
  const onPage = found && titleLike(found, lang) ? found : null;
  const author = `${capital(given)} ${surname}`;
  return onPage ? { title: onPage, titleOnPage: true, author } : { title: spellTitle(rest, lang), titleOnPage: false, author };
}

/** The family name as the prose writes it where it gives the author a book (`Auster's latest novel`). */
function ownerName(lines: readonly Line[], used: ReadonlySet<number>, family: string): string | null {
  const owner = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}-]*)['’]s\\s+${BOOK_AFTER_OWNER}`, 'u');
  const found: string[] = [];
  proseHas(lines, used, (t) => {
    const m = owner.exec(t);
    if (m?.[1] && fold(m[1]) === family) found.push(m[1]);
    return found.length > 0;
  });
  return found[0] ?? null;
}

/**
 * Where the page's prose (or one of `titles`) writes `want` as consecutive words starting with a
 * capital, the words as written; a name's words must all be capitalised, a title may take back
 * the article its slug dropped.
 */
function phraseOnPage(lines: readonly Line[], used: ReadonlySet<number>, titles: readonly string[], want: readonly string[], name: boolean): string | null {
  let found: string | null = null;
  const look = (t: string): boolean => {
    found = phraseIn(t, want, name);
    return !!found;
  };
  for (const t of titles) if (t && look(t)) return found;
  proseHas(lines, used, look);
  return found;
}

function phraseIn(text: string, want: readonly string[], name: boolean): string | null {
  const first = want[0];
  if (!first || !fold(text).includes(first)) return null;
  const toks = [...text.matchAll(WORD)];
  for (let i = 0; i + want.length <= toks.length; i++) {
    if (!want.every((w, j) => fold(toks[i + j]?.[0] ?? '') === w)) continue;
    const span = toks.slice(i, i + want.length);
    const caps = span.map((t) => /^\p{Lu}/u.test(t[0]));
    const prev = toks[i - 1];
    if (name ? !nameAt(text, span, prev, toks[i + want.length]) : !caps[0]) continue;
    const article = !name && prev && ARTICLES.has(fold(prev[0])) && /^\p{Lu}/u.test(prev[0]) ? prev : null;
    const start = (article ?? span[0])?.index ?? 0;
    const last = span.at(-1);
    return last ? text.slice(start, last.index + last[0].length) : null;
  }
  return null;
}

/** An English title capitalises its words (`The World Without You`, not `the Brexit deal`); other languages only the first. */
function titleLike(phrase: string, lang: string): boolean {
  if (!/^en\b/i.test(lang)) return true;
  return [...phrase.matchAll(WORD)].every((t, i) => i === 0 || SMALL.has(fold(t[0])) || /^[\p{Lu}\p{N}]/u.test(t[0]));
}

/** A person's name as prose writes it: capitalised words (`Joshua Henkin`), not part of a longer capitalised run (`The World Without You`). */
function nameAt(text: string, span: readonly RegExpMatchArray[], prev: RegExpMatchArray | undefined, next: RegExpMatchArray | undefined): boolean {
  if (!span.every((t) => /^\p{Lu}\p{Ll}/u.test(t[0]))) return false;
  const joined = (a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined) =>
    !!a && !!b && /^\s+$/.test(text.slice((a.index ?? 0) + a[0].length, b.index ?? 0));
  const capital = (t: RegExpMatchArray | undefined) => !!t && /^\p{Lu}/u.test(t[0]);
  return !(capital(prev) && joined(prev, span[0])) && !(capital(next) && joined(span.at(-1), next));
}

/** A title's words do not end on an article or a small word (`viewing-the` is no title). */
const endsTitle = (rest: readonly string[]) => !!rest.length && !SMALL.has(rest.at(-1) ?? '') && !ARTICLES.has(rest.at(-1) ?? '');

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The title from the slug's words: an English title capitalises all but its small words. */
function spellTitle(words: readonly string[], lang: string): string {
  if (!/^en\b/i.test(lang)) return capital(words.join(' '));
  return words.map((w, i) => (i > 0 && SMALL.has(w) ? w : capital(w))).join(' ');
}
