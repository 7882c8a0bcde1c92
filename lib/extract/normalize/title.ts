/**
 * A work's title without what pages add around it: its author's name (`Voyage de classes -
 * Nicolas Jounin`), the review's own words (`Critique de X`), a kind of item (`Libro The Host`), an edition note (`…, 14ª edição`), a year
 * (`Çanakkale Yanarken - 2023`).
 */
import { fold, stripWrappingQuotes } from '../text';
import { REVIEW_SUFFIX, withoutReviewerCredit } from '../review-words';

const KIND_PREFIX = /^(?:libro|livre|livro|buch|book|kitap|книга|ebook|e-book)\s*:?\s+/iu;
/**
 * A review's own words before the work's title, to be cut from it: `Critique de X`, `Picks and
 * Pans Review: X`, `RESENHA | “X”`, `Reseña - X`; a blog's capitals set the word apart without a
 * sign (`RESEÑA Diez días`). Looser than page-info's REVIEW_PREFIX, which says a heading is marked
 * as a review and so is evidence: here a word that only might be the review's costs nothing when
 * a title follows it.
 */
const REVIEW_WORDS_BEFORE =
  /^(?:.{0,30}?\b(?:review|rezension|recensione|reseña|resenha|critique|chronique|compte[- ]rendu|yorumu?|opinião|opinión)\s*(?::|\||\s[-–—])\s*|(?:critique|compte[- ]rendu|reseña|resenha|recensione)\s+(?:de|di|do|da|sobre|su)\s+|.{0,40}?\b(?:resenha|reseña|review|recensione)\b[^|]{0,30}\|\s*)/iu;
/** `Mon avis sur X`, `{Rezension} X`, `My thoughts on X`: a blogger's words for their review, before the title. */
const OPINION_PREFIX =
  /^(?:[[{(](?:review|rezension|recensione|reseña|resenha|critique|chronique|recensie|recenzja|recenze)[\]})]\s*|(?:mon\s+avis\s+sur|avis\s+sur|my\s+thoughts\s+on|mi\s+opini[oó]n\s+sobre|minha\s+opini[aã]o\s+sobre|meine\s+meinung\s+zu)\s+)/iu;
const REVIEW_CAPS = /^(?:REVIEW|REZENSION|RECENSIONE|RESEÑA|RESENHA|CRITIQUE|CHRONIQUE|OPINIÃO|OPINIÓN|YORUM|ОТЗЫВ|РЕЦЕНЗИЯ)\s+/u;
/** What may follow a prefix: a title starts with a capital, a digit or a quote. */
const TITLE_START = /^[\p{Lu}\p{N}«“"„]/u;

/** `s` without what `prefix` matches at its start, when a title follows it. */
function withoutPrefix(s: string, prefix: RegExp): string {
  const m = prefix.exec(s);
  return m && TITLE_START.test(s.slice(m[0].length)) ? s.slice(m[0].length) : s;
}
const EDITION =
  /,?\s*[-–(]?\s*(?:(?:\d{1,2}(?:st|nd|rd|th|ª|a|e|ème|\.)?|second|third|fourth|fifth|sixth|revised|updated|expanded)\s*(?:edition|edição|edición|édition|edizione|auflage|ed\.|baskı|издание)|(?:edition|edição|edición|édition|edizione|auflage)\s+\d{1,2})\)?\s*$/iu;
/** An Italian shop's note on the edition after the title: `. Ediz. limitata`, `. Ediz. illustrata`. */
const EDIZ_NOTE = /\.\s+Ediz\.\s+\p{L}+(?:\s+\p{L}+)?$/u;
/** A binding run on after the title, outside brackets: `… Paperback English`. */
const BINDING_AFTER = /\s+(?:paperback|hardcover|hardback)(?:\s+(?:english|edition))?$/i;
/** A translator's credit and what follows it: `Porcul spinos, trad. de Mihai Moroiu, Editura Nemira`. */
const TRANSLATED_BY_AFTER = /,\s+(?:trad|transl|tr|übers|trans)\.\s+(?:de|by|von|di|da)\s+\p{Lu}.*$/u;
const YEAR_SUFFIX = /\s+[-–—|]\s+(?:1[5-9]|20)\d\d\s*$/;
/** `Punjabi Parmesan review`: the review's word run on after the title, in lower case (a title's own `Review` is capitalised). */
const REVIEW_RUN_ON = /\s+(?:book\s+)?review$/u;

/** A series or volume after the title: `(= UTB basics)`, `(Lingua Historica Germanica 17)`. */
export const SERIES_AFTER_TITLE = /\s*\((?:=\s*[^()]*|[^()]*\s\d{1,4}\.?)\)\s*$/;

/** A series and the book's number in it, as reading sites write them after a title: `(Ay Işığı, #1)`. */
const SERIES_NUMBER = /\s*\([^()]{2,60}?,?\s*#\d{1,3}(?:\.\d)?\)\s*$/u;

/**
 * Words that open a work's translation credit in the languages read (`translated by`, `Oversat fra
 * norsk af`, `Aus dem Englischen von`, `przekład`): what follows is the translator, never the
 * work's author or title.
 */
export const TRANSLATION_WORD = String.raw`(?:translated|traduit|übersetzt|aus dem \p{L}+|traducido|traducción|tradução|traduzido|traduzione|tradotto|oversat|oversatt|översatt|översättning|vertaald|vertaling|przełożył[a]?|przekład|tłumaczenie|přeložil[a]?|překlad|çeviren|перевод)(?![\p{L}])`;

/** A translator named after the title (`…, Fred D. Miller, Jr. (tr.)`): not part of it. */
export const TRANSLATOR_AFTER = /,\s+[^,()]{2,60}(?:,\s*(?:Jr|Sr)\.?)?\s*\((?:tr|trans|transl|trad|übers)\.?\)\s*$/i;

/** A heading without the review's own words before the work (`Tazecik Kitap Yorumu: X - A`), when a title follows. */
export function withoutReviewPrefix(s: string): string {
  return withoutPrefix(withoutPrefix(withoutPrefix(s, OPINION_PREFIX), REVIEW_WORDS_BEFORE), REVIEW_CAPS);
}

/** A title without the kind of item before it (`Libro: X`), when a title follows. */
export function withoutKindPrefix(s: string): string {
  return withoutPrefix(s, KIND_PREFIX);
}

const KIND_OF_BOOK =
  /^(?:a\s+)?(?:novel|essay|memoir|stories|poems|saggio|romanzo|racconti|poesie|roman|essai|récit|nouvelles|novela|ensayo|cuentos|romance|ensaio|contos|erzählungen?|sachbuch)$/i;

/** `Roman`, `a novel`: a word for a kind of book, which a capsule sets where a title would stand (`Roman von A, Verlag 2020`), names no work. */
export function onlyAKindOfBook(title: string): boolean {
  return KIND_OF_BOOK.test(title.trim());
}

/** The work's title without what pages add around it; null where what is left only names a kind of book. */
export function tidyTitle(title: string, people: readonly string[]): string | null {
  // French typography sets a space before a colon; a title's subtitle is written `Title: Subtitle`.
  let t = withoutKindPrefix(withoutReviewPrefix(title))
    .replace(TRANSLATED_BY_AFTER, '')
    .replace(EDIZ_NOTE, '')
    .replace(BINDING_AFTER, '')
    .replace(EDITION, '')
    .replace(YEAR_SUFFIX, '')
    .replace(/(?<=\S)\s+:\s+/g, ': ');
  // `X – Book Review`, `X (recensione)`, `‘Karl Marx and Contemporary Philosophy’ reviewed by David McLellan`.
  t = withoutReviewerCredit(t.replace(REVIEW_SUFFIX, '').replace(REVIEW_RUN_ON, ''));
  for (const p of people) t = withoutName(t, p.trim());
  const tidied = withArticleInFront(stripWrappingQuotes(withoutBindingNote(t.replace(SERIES_NUMBER, '').replace(CREDIT_AFTER, '')))) || title;
  return onlyAKindOfBook(tidied) ? null : tidied;
}

/** Separators a page sets between a work's title and its author's name, the name after the title. */
const NAME_AFTER = [' / ', ' - ', ' – ', ' — ', ' | ', ', ', ': ', ' by ', ' de ', ' von ', ' di ', ' par '];
/** …and the name before it (`Sylvie Schenk, In Erwartung eines Glücks`, `Carlos Vila Sexto. O enigma de Caronte`). */
const NAME_BEFORE = [', ', '. ', ': ', ' - ', ' – ', ' — ', ' | ', ' / '];

/** A title without its author's name set after it, before it or in brackets after it. */
function withoutName(title: string, name: string): string {
  if (name.length < 3) return title;
  let t = title;
  // A name is cut only where a title is left beside it.
  const leavesTitle = (part: string) => t.length > part.length + 2;
  for (const sep of NAME_AFTER) {
    const tail = `${sep}${name}`;
    if (fold(t).endsWith(fold(tail)) && leavesTitle(tail)) t = t.slice(0, t.length - tail.length);
  }
  for (const sep of NAME_BEFORE) {
    const head = `${name}${sep}`;
    if (fold(t).startsWith(fold(head)) && TITLE_START.test(t.slice(head.length)) && leavesTitle(head)) t = t.slice(head.length);
  }
  const paren = ` (${name})`;
  return fold(t).endsWith(fold(paren)) && leavesTitle(paren) ? t.slice(0, t.length - paren.length) : t;
}

/**
 * A shop's title with a contributor's credit run on after a dash or comma (`… - Prefácio de
 * Matthias Hartwig`, `…, with a foreword by A`): the preface's or translation's, not the title's.
 */
const CREDIT_AFTER =
  /\s*[-–—,]\s+(?:with\s+an?\s+)?(?:prefácio|prefacio|préface|prefazione|vorwort|foreword|introduction|introducción|introdução|tradução|traducción|traduction|translated|übersetzt|ilustraciones|ilustrações|illustrated)\s+(?:de|by|von|di|par|do|da|del)\s+\p{Lu}[\p{L}.'’ -]{2,60}$/iu;

/** A catalogue files a title under its first noun, the article after it in brackets: `Mystère Henri Pick (Le)`. */
const ARTICLE_AFTER = /^(\p{L}.{1,200}?)\s*\((le|la|les|l['’]|the|a|an|der|die|das|el|los|las|il|lo|gli|i|o|os|as)\)$/iu;

function withArticleInFront(title: string): string {
  const m = ARTICLE_AFTER.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const article = m[2].charAt(0).toUpperCase() + m[2].slice(1).toLowerCase();
  return /['’]$/.test(article) ? `${article}${m[1]}` : `${article} ${m[1]}`;
}

/** A shop's `Stoner (New York Review Books Classics) (Paperback)`: the binding, then the series, in brackets. */
function withoutBindingNote(title: string): string {
  const bound = BINDING_NOTE.exec(title);
  return bound ? title.slice(0, bound.index).replace(/\s*\([^()]{2,80}\)$/, '') : title;
}

const BINDING_NOTE =
  /\s*\((?:hardcover|hardback|paperback|softcover|trade paperback|mass market(?: paperback| paperbound)?|library binding|board book|prebound|spiral bound|compact disc|mp3 cd|kindle edition|e-?book|audiobook|gebunden|taschenbuch|broché|relié|tapa dura|tapa blanda|brossura|capa comum|capa dura|brochura|ciltli|karton kapak)\)$/i;
