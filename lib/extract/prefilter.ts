/**
 * A cheap test run on every page before the extractor: false means the page is plainly not a
 * review and the extractor need not run. Bounded work: the meta tags, the first kilobytes of
 * each JSON-LD script, and the first kilobytes of the main content's text.
 */
import { hintPattern } from './labels';
import { findMainContent } from './main-content';
import { splitDocTitle, titleByAuthor } from './page-info';
import { readPubHeader, typeFromPath } from './pub-header';
import { lazy } from '../lazy';
import { bodyOf, headOf } from '../page-body';

const LD_HINT = /"@type"\s*:\s*\[?[^\]}]{0,200}?(?:Review|Book|Report|ScholarlyArticle|Thesis|Chapter)\b/;
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
  /\breview(?:ed)?\s*(?:of\b|:)|\(review\)|\b(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?(?:novel|book|memoir|biography|collection of (?:stories|essays|poems)|study|history)\s+by\s+\p{Lu}|\(\p{Lu}[^()$£€\n]{2,60},\s*[$£€]\s?\d{1,3}(?:[.,]\d\d)?\)/u;
const TEXT_BUDGET = 32_000;
/** A MARC view's title field (`245 10 _aTitle`, tag and subfield in cells of their own), or a bare ISBN-13. */
const MARC_HINT = /\b245(?:[\s\d#]{0,12})[_$‡|]a|\b97[89]-?\d[\d-]{8,14}\d\b/;
/**
 * A citation's imprint: a page count near a year, `Place: Publisher, Year` (across a line break), a publisher's name
 * near a year, or a newspaper capsule's price near a page count.
 */
export const CITE_HINT =
  /[$£€]\s?\d[^\n]{0,40}?\b\d{2,4}\s*(?:pages\b|pp\.)|\b\d{2,4}\s*(?:pages\b|pp\b\.?)[^\n]{0,20}?[$£€]\s?\d|(?:1[5-9]|20)\d\d\b[^\n]{0,120}?\b\d{2,4}\s*(?:pp?\.|pages\b|S\.|с\.|págs?\.?|pagine\b|sayfa\b|Seiten\b)|\b\d{2,4}\s*(?:pp\.|pages\b|S\.|с\.|págs?\.|pagine\b|sayfa\b|Seiten\b)[^\n]{0,120}?\b(?:1[5-9]|20)\d\d\b|(?:^|[\s.,;(])\p{Lu}[\p{L}.'’-]+\s*:\s*\p{Lu}(?:[^\n:]|\n(?!\n)){2,60}?,?\s+(?:1[5-9]|20)\d\d\b|(?:[Pp]ress|[Pp]resses|[Vv]erlag|[Ee]ditorial|[Ee]ditora|[Ee]dizioni|[ÉéEe]ditions|[Yy]ayınları|[Yy]ayınevi|[Ии]здательство|[Pp]ublishers?|[Pp]ublishing)(?![\p{L}])[^\n]{0,40}?\b(?:1[5-9]|20)\d\d\b/u;
const CAPITAL = /^\p{Lu}/u;
const hints = lazy(hintPattern);

/** The page's JSON-LD scripts (a live collection of scripts is cheaper than a selector). */
export function ldScripts(doc: Document): Element[] {
  const all = doc.getElementsByTagName('script');
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < 500; i++) {
    const s = all[i];
    if (s && /^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? '')) out.push(s);
  }
  return out;
}

export function mightBeReview(doc: Document): boolean {
  try {
    return check(doc);
  } catch {
    return true; // when in doubt, let the extractor decide
  }
}

function check(doc: Document): boolean {
  const head = headOf(doc);
  if (head) {
    const metas = head.getElementsByTagName('meta');
    for (let i = 0; i < metas.length && i < 200; i++) {
      const m = metas[i];
      const name = (m?.getAttribute('name') ?? m?.getAttribute('property') ?? '').toLowerCase();
      if (name === 'citation_title' || name === 'dc.title' || name === 'dcterms.title' || name.startsWith('book:')) return true;
      if (name === 'og:type' && /^books?(?:\.book)?$/i.test(m?.getAttribute('content') ?? '')) return true;
    }
  }
  if (TITLE_HINT.test(doc.title) || PATH_HINT.test(doc.URL)) return true;
  // A publication's own page names its kind beside its title (`Issue Brief`, `Report`).
  const h1 = doc.getElementsByTagName('h1')[0];
  const pub = h1 ? readPubHeader(h1) : null;
  if (pub?.type || pub?.reviewType || typeFromPath(doc.URL)) return true;
  // `Title - Author`, `«Title», de Author`: a heading or title that names a work and its author.
  const title = doc.title;
  // A blog post's title is marked as such under the blog's h1.
  const entry = doc.querySelector('.entry-title, .post-title');
  const named = (el: Element | null | undefined) => !!el && !!titleByAuthor(el.textContent.slice(0, 300), true);
  // A title may name a journal as well as its site after the work (`Work | Journal | Site`).
  const firstPart = title.slice(0, 300).split(/\s+[|–—]\s+/)[0] ?? '';
  if (named(h1) || named(entry) || titleByAuthor(splitDocTitle(title).title) || titleByAuthor(title.slice(0, 300)) || titleByAuthor(firstPart)) return true;
  const scripts = ldScripts(doc);
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (LD_HINT.test(text.length > 50_000 ? text.slice(0, 50_000) : text)) return true;
  }
  const root = findMainContent(doc).root ?? bodyOf(doc);
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let chunk = '';
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentNode as Element | null;
    const tag = p?.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
    const d = (n as Text).data;
    chunk += d.length > 4000 ? d.slice(0, 4000) : d;
    chunk += '\n';
    if (chunk.length > 4000) {
      if (mightHoldReviewText(chunk)) return true;
      seen += chunk.length;
      chunk = chunk.slice(-60); // keep a little overlap across chunks
      if (seen > TEXT_BUDGET) return false;
    }
  }
  return mightHoldReviewText(chunk);
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
