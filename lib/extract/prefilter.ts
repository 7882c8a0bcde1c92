/**
 * A cheap test run on every page before the extractor: false means the page is plainly not a
 * review and the extractor need not run. In two halves: `glimpse` (glimpse.ts) reads a bounded
 * part of the page, `decide` judges it without the page. The starter sends its glimpse to the
 * background, which decides; `mightBeReview` is both halves in one place.
 */
import { hintPattern } from './labels';
import { splitDocTitle, titleByAuthor } from './page-info';
import { pubHeaderOf, typeFromPath } from './pub-header';
import { glimpse, type EmbeddedGlimpse, type Glimpse } from './glimpse';
import { lazy } from '../lazy';
import { shopOfBook } from './shop';

const TITLE_HINT =
  /\b(?:review|rezension|compte[- ]rendu|recension|rese[ñn]a|resenha|recensione|incelemesi|novels?|novela|romanzo|roman|livro|libro|buch|kitab[ıi]?|book)\b|рецензи|\bкниг|\bроман/i;
/** The same words in the address's path (`/reviews/ironside/`, `/recensione-…`), or a section for books or publications. */
const PATH_HINT =
  /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(?=\/)[^?#]*?(?:review|rezension|recension|resena|resenha|recensione|incelemesi|retsenziya|\/(?:books?|e?books|libros?|livres?|libri|livros?|buecher|bücher|kitap|kniga|novels?|publications?|research|thinktank|citation|record|document)\/)/i;
/**
 * `Review: X`, `Review of X`, `X (review)` in the text; `a novel by A`, `the new book by A`;
 * a capsule's imprint in brackets, `(University of Pennsylvania, $26.50)`.
 */
export const REVIEW_TEXT =
  /\breview(?:ed)?\s*(?:of\b|:)|\(review\)|\b(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?(?:novel|book|memoir|biography|collection of (?:stories|essays|poems)|study|history)\s+by\s+\p{Lu}|\(\p{Lu}[^()$£€\n]{2,60},\s*[$£€]\s?\d{1,3}(?:[.,]\d\d)?\)|[Ss]tarred [Rr]eview|\bBooklist\b|School Library Journal|Publishers Weekly|Kirkus Reviews|\b[Kk]itap (?:[Yy]orumu|[İi]ncelemesi)/u;
/** A MARC view's title field (`245 10 _aTitle`, tag and subfield in cells of their own), or a bare ISBN-13. */
const MARC_HINT = /\b245(?:[\s\d#]{0,12})[_$‡|]a|\b97[89]-?\d[\d-]{8,14}\d\b/;
/**
 * A citation's imprint: a page count near a year, `Place: Publisher, Year` (across a line break), a publisher's name
 * near a year (`Verlag, 2011`, `в 2018 году в издательстве`), a page range after a year (`Ocak 2010, sf.80-81`),
 * a newspaper capsule's price near a page count (`336 p., 20 €`, `pp. 290, 18 euro`), or a catalogue's imprint after the title
 * (`… rosa. Milano, Bompiani, (settembre) 1980.`).
 */
export const CITE_HINT =
  /[$£€]\s?\d[^\n]{0,40}?\b\d{2,4}\s*(?:pages\b|pp\.)|\b\d{2,4}\s*(?:pages\b|pp\b\.?)[^\n]{0,20}?[$£€]\s?\d|(?:1[5-9]|20)\d\d\b[^\n]{0,120}?\b\d{2,4}\s*(?:pp?\.|pages\b|S\.|с\.|págs?\.?|pagine\b|sayfa\b|Seiten\b)|\b\d{2,4}\s*(?:pp\.|pages\b|S\.|с\.|págs?\.|pagine\b|sayfa\b|Seiten\b)[^\n]{0,120}?\b(?:1[5-9]|20)\d\d\b|(?:^|[\s.,;(])\p{Lu}[\p{L}.'’-]+\s*:\s*\p{Lu}(?:[^\n:]|\n(?!\n)){2,60}?,?\s+(?:1[5-9]|20)\d\d\b|(?:[Pp]ress|[Pp]resses|[Vv]erlag|[Ee]ditorial|[Ee]ditora|[Ee]dizioni|[ÉéEe]ditions|[Yy]ayınları|[Yy]ayınevi|[Ии]здательств[оеау]|[Pp]ublishers?|[Pp]ublishing)(?![\p{L}])[^\n]{0,40}?\b(?:1[5-9]|20)\d\d\b|\b(?:1[5-9]|20)\d\d\b[^\n]{0,25}?(?:[Vv]erlag|[Ee]ditorial|[Ee]ditora|[Ee]dizioni|[ÉéEe]ditions|[Yy]ayınlar[ıi]|[Yy]ayınevi|[Ии]здательств[оеау])(?![\p{L}])|\b(?:1[5-9]|20)\d\d\b[^\n]{0,40}?(?:\bpp?\.|\bsf\.|\bss\.|\bS\.|\bс\.|\bpágs?\.)\s?\d{1,4}\s?[-–]\s?\d{1,4}\b|,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+\p{Lu}[\p{L}&'’ .-]{1,40}?,?\s+(?:1[5-9]|20)\d\d\b|\p{Ll}\s*\.\s+\p{Lu}\p{Ll}+,\s+\p{Lu}[\p{L}&'’ .-]{1,40}?,\s+(?:\(\p{Ll}+\)\s+)?(?:1[5-9]|20)\d\d\.|(?:\b\d{2,4}\s*p\.|\b(?:pp?|págs?|S)\.\s?\d{2,4}),?\s[^\n]{0,20}?\d(?:[.,]\d\d)?\s?(?:€|euros?\b)/u;
const CAPITAL = /^\p{Lu}/u;
/** A line of front matter under a publication's title: its own page shows the preface. */
const FRONT_MATTER = /^(?:preface|foreword|vorwort|préface|avant-propos|prefacio|prólogo|prefácio|prefazione|önsöz|предисловие)$/iu;
/** A run-in abstract, as papers and analyses open (`Abstract:`, `Resumen:`), on a line of its own or opening one. */
const ABSTRACT_LABEL = /(?:^|\n)[^\S\n]*(?:abstract|resumen|resumo|résumé|zusammenfassung|riassunto|özet|аннотация)\s*[:：]/iu;
const hints = lazy(hintPattern);

export function mightBeReview(doc: Document): boolean {
  return decide(glimpse(doc));
}

/** Whether a page might be a review, judged from its glimpse alone. */
export function decide(g: Glimpse): boolean {
  try {
    return g.failed || g.pubMeta || g.ldHint || byTitle(g) || byHeading(g) || g.chunks.some(mightHoldReviewText);
  } catch {
    return true; // when in doubt, let the extractor decide
  }
}

function byTitle({ title, url }: Glimpse): boolean {
  if (TITLE_HINT.test(title) || PATH_HINT.test(url)) return true;
  // `Title - Author`, `«Title», de Author`: a title that names a work and its author.
  // A title may name a journal as well as its site after the work (`Work | Journal | Site`).
  const firstPart = title.slice(0, 300).split(/\s+[|–—]\s+/)[0] ?? '';
  return !!(titleByAuthor(splitDocTitle(title).title) || titleByAuthor(title.slice(0, 300)) || titleByAuthor(firstPart));
}

function byHeading({ heading, h1Text, entryText, url }: Glimpse): boolean {
  // A publication's own page names its kind beside its title (`Issue Brief`, `Report`).
  const pub = heading ? pubHeaderOf(heading) : null;
  if (pub?.type || pub?.reviewType || typeFromPath(url)) return true;
  if (heading && publicationBlock(heading.lines)) return true;
  // A heading that names a work and its author; a blog post's title is marked as such under the blog's h1.
  const named = (text: string | null) => text !== null && !!titleByAuthor(text, true);
  return named(h1Text) || named(entryText);
}

/**
 * What a heading block shows on a publication's own page when its main text does not: a
 * labelled author, a run-in abstract, its preface, or a shop's buy button beside a book.
 */
function publicationBlock(lines: readonly string[]): boolean {
  const text = lines.join('\n');
  if (mightHoldReviewText(text) || ABSTRACT_LABEL.test(text)) return true;
  if (lines.some((l) => FRONT_MATTER.test(l.trim()))) return true;
  return shopOfBook(lines);
}

/** The text test of mightBeReview, for text read elsewhere (a shadow root's). */
export function mightHoldReviewText(text: string): boolean {
  if (REVIEW_TEXT.test(text) || CITE_HINT.test(text) || MARC_HINT.test(text)) return true;
  const re = hints();
  // İ is the one character that lower-cases to two (i and a combining dot); as the dotless ı it
  // stays one letter that, as under the `iu` flags, is no i.
  const lower = text.replace(/\u0130/g, '\u0131').toLowerCase();
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[1] === undefined || CAPITAL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return true;
    // Not before a capital: a label may still start inside this match ("author publisher:").
    re.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Whether a page might show a review in a tree of its own, which its glimpse does not read: a
 * same-origin frame whose glimpse passes, or an open shadow root whose text passes the text test.
 */
export function decideEmbedded({ frames, shadowTexts }: EmbeddedGlimpse): boolean {
  try {
    return frames.some(decide) || shadowTexts.some(mightHoldReviewText);
  } catch {
    return false;
  }
}
