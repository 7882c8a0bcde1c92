/**
 * A cheap test run on every page before the extractor: false means the page is plainly not a
 * review and the extractor need not run. In two halves: `glimpse` (glimpse.ts) reads a bounded
 * part of the page, `decide` judges it without the page. The starter sends its glimpse to the
 * background, which decides; `mightBeReview` is both halves in one place.
 */
import { hintPattern } from './labels';
import { BY_WORDS, NAME_QUOTED_TITLE, splitDocTitle, titleByAuthor, titleOfName } from './page-info';
import { pubHeaderOf, typeFromPath } from './pub-header';
import { glimpse, type EmbeddedGlimpse, type Glimpse } from './glimpse';
import { lazy } from '../lazy';
import { PAGE_UNIT, pagesPart } from './normalize/pages';
import { shopOfBook } from './shop';
import { publicationFolder } from './signals';
import { itemAddress } from './platform';

const TITLE_HINT =
  /(?<![\p{L}])(?:review|rezension|besprechung|kritik|critiques?|cr[íi]tica|compte[- ]rendu|recension|rese[ñn]a|resenha|recensione|inceleme(?:si)?|yorum(?:u|lar[ıi])?|novels?|novelas?|romanz[oi]|romans?|livros?|livres?|libros?|libri|buch|b[üu]cher|kitap(?:lar[ıi]?)?|kitab[ıi]?|books?|recensie|boek(?:en)?|boekbespreking|recenzj[aię]|recenze|recenzi[ae]|książk\p{L}*|powieś\p{L}*|knih[auy]|cartea|cărți|ressenya|llibres?|novel·la|anmeldelse[rn]?|bokrecension|b[oø]g|b[oø]k|b[øo]ger|b[øo]ker|böcker|arvostelu|kirja(?:t)?|könyv\p{L}*|regény|κριτική|βιβλί\p{L}*|resensi|buku|coups?\s+de\s+c(?:œ|oe)ur|bokanmeldelse[rn]?|boganmeldelse[rn]?|buch(?:kritik|rezension|besprechung)(?:en)?|romankritik|boekrecensie|kritik[ak]|recenzió|kirja-arvio)(?![\p{L}])|рецензи|рецензі|відгук|отзыв|(?<![\p{L}])книг|(?<![\p{L}])книжк|(?<![\p{L}])роман/iu;
/** The same words in the address's path (`/reviews/ironside/`, `/recensione-…`, `/recenze/`), a section for books or publications, or a book's ISBN-13. */
const PATH_HINT =
  /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(?=\/)[^?#]*?(?:review|rezension|recension|resena|resenha|recensione|incelemesi|retsenziya|recenzja|recenze|recenzie|recensie|ressenya|anmeldelse|arvostelu|resensi|\/(?:books?|e?books|libros?|livres?|libri|livros?|buecher|bücher|kitap|kniga|knihy?|ksiazk[ai]|boeken|llibres?|carti|boger|boker|bocker|kirjat?|buku|novels?|publications?|research|thinktank|citation|record|document)\/|(?<!\d)97[89]\d{10}(?!\d))/i;
/**
 * `Review: X`, `Review of X`, `X (review)`, `la reseña del libro` in the text; `a novel by A`, `the new book by A`,
 * `a picture book for ages 5-8 by author-illustrator A`;
 * a capsule's imprint in brackets, `(University of Pennsylvania, $26.50)`.
 */
export const REVIEW_TEXT =
  /\breview(?:ed)?\s*(?:of\b|:)|\(review\)|\b(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?(?:novel|book|memoir|biography|collection of (?:stories|essays|poems)|study|history)\s+(?:[a-z\d-]+\s+){0,4}?by\s+(?:(?:author|illustrator|author-illustrator|writer|novelist)\s+)?\p{Lu}|\(\p{Lu}[^()$£€\n]{2,60},\s*[$£€]\s?\d{1,3}(?:[.,]\d\d)?\)|[Ss]tarred [Rr]eview|\bBooklist\b|School Library Journal|Publishers Weekly|Kirkus Reviews|\b[Kk]itap (?:[Yy]orumu|[İi]ncelemesi)|\b(?:[Rr]eseña del libro|[Rr]esenha do livro|[Rr]ecensione del libro|[Cc]ritique du livre|[Rr]ezension (?:des|zum) Buch)|[Рр]ецензи[яюи] на книгу/u;
/**
 * A book named by its author in the prose of the languages read (`una de las novelas de Stephenie
 * Meyer`, `роман Гузель Яхиной`), or a reader saying they have just read it (`Ho terminato di leggere`).
 */
const BOOK_OF_AUTHOR =
  /(?<![\p{L}])(?:(?:[Nn]ovels?|[Bb]ooks?|[Mm]emoirs?|[Nn]ovelas?|[Ll]ibros?|[Rr]omans?|[Rr]omanz[oi]|[Ll]ivros?|[Rr]omances?|[Rr]omane?|[Bb]uch|[Kk]itab[ıi])\s+(?:by|de|di|von|do|da|del)|[Рр]оман(?:ы|ах)?|[Кк]ниг[аиу]|[Пп]овест[ьи])\s+\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+|(?<![\p{L}])(?:(?:[Jj]ust\s+)?[Ff]inished\s+reading|[Hh]o\s+(?:appena\s+)?(?:terminato|finito)\s+di\s+leggere|[Aa]cabo\s+de\s+leer|[Tt]erminé\s+de\s+leer|[Jj]e\s+viens\s+de\s+(?:lire|terminer)|(?:[Aa]cabei|[Tt]erminei)\s+de\s+ler|okumayı\s+bitirdim|(?:[Дд]о|[Пп]ро)читал[аи]?)(?![\p{L}])/u;
/**
 * A title in quotes and, right after it, its author: `“A Última Colônia” de John Scalzi`,
 * `«Roma», di Alberto Angela`, `„Lichtspiel“ von Daniel Kehlmann`, `"Educated" by Tara Westover`.
 * The quoted words open with a capital, as a title does and a quoted phrase seldom does.
 */
const QUOTED_WORK_BY =
  /[«“„"]\p{Lu}[^«»“”„"\n]{1,80}[»”“"],?[^\S\n]+(?:by|de|di|von|par|por|do|da|del)[^\S\n]+\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?(?:[^\S\n]+\p{Lu}\.)?[^\S\n]+\p{Lu}[\p{Ll}'’-]+/u;
/**
 * A book said to be new or someone's latest, as a review announces it: `her new novel`, `Peter
 * Stamms neuer Roman`, `le nouveau roman de`, `il nuovo romanzo`, `el último libro`, `o novo livro`,
 * `новый роман`, `yeni romanı`.
 */
const NEW_BOOK =
  /(?<![\p{L}])(?:(?:new|latest|debut)\s+(?:novel|book|memoir|collection)|(?:neuer?|neuen|jüngster?|jüngsten|neuester?|neuesten)\s+(?:Roman|Romans|Buch|Buches|Erzählband)|(?:nouveau|dernier|premier)\s+(?:roman|livre|recueil)|(?:nuovo|ultimo|primo)\s+(?:romanzo|libro)|(?:nuevo|último|primer)\s+(?:libro|novela|poemario)|(?:nueva|última|primera)\s+novela|(?:novo|último|primeiro)\s+(?:livro|romance)|(?:нов(?:ый|ом|ого)|последн(?:ий|ем|его)|дебютн(?:ый|ом|ого))\s+(?:роман|книг)|(?:yeni|son|ilk)\s+(?:roman|kitab)[ıi])(?![\p{L}])/iu;
/** A MARC view's title field (`245 10 _aTitle`, tag and subfield in cells of their own), or a bare ISBN-13. */
const MARC_HINT = /\b245(?:[\s\d#]{0,12})[_$‡|]a|\b97[89]-?\d[\d-]{8,14}\d\b/;
/**
 * A citation's imprint: a page count near a year, `Place: Publisher, Year` (across a line break), a publisher's name
 * near a year (`Verlag, 2011`, `в 2018 году в издательстве`), a page range after a year (`Ocak 2010, sf.80-81`),
 * a newspaper capsule's price near a page count (`336 p., 20 €`, `pp. 290, 18 euro`, `pagg.210, € 15,00`), or a catalogue's imprint after the title
 * (`… rosa. Milano, Bompiani, (settembre) 1980.`).
 */
export const CITE_HINT =
  /[$£€]\s?\d[^\n]{0,40}?\b\d{2,4}\s*(?:pages\b|pp\.)|\b\d{2,4}\s*(?:pages\b|pp\b\.?)[^\n]{0,20}?[$£€]\s?\d|(?:1[5-9]|20)\d\d\b[^\n]{0,120}?\b\d{2,4}\s*(?:pp?\.|pages\b|S\.|с\.|págs?\.?|pagine\b|sayfa\b|Seiten\b)|\b\d{2,4}\s*(?:pp\.|pages\b|S\.|с\.|págs?\.|pagine\b|sayfa\b|Seiten\b)[^\n]{0,120}?\b(?:1[5-9]|20)\d\d\b|(?:^|[\s.,;(])\p{Lu}[\p{L}.'’-]+\s*:\s*\p{Lu}(?:[^\n:]|\n(?!\n)){2,60}?,?\s+(?:1[5-9]|20)\d\d\b|(?:[Pp]ress|[Pp]resses|[Vv]erlag|[Ee]ditorial|[Ee]ditora|[Ee]ditore|[Ee]dizioni|[ÉéEe]ditions|[Ee]dicions|[Ee]ditura|[Ww]ydawnictw[oa]|[Uu]itgeverij|[Ff][öo]rlag(?:et)?|[Nn]akladatelství|[Kk]iadó|[Yy]ayınları|[Yy]ayınevi|[Ии]здательств[оеау]|[Pp]ublishers?|[Pp]ublishing)(?![\p{L}])[^\n]{0,40}?\b(?:1[5-9]|20)\d\d\b|\b(?:1[5-9]|20)\d\d\b[^\n]{0,25}?(?:[Vv]erlag|[Ee]ditorial|[Ee]ditora|[Ee]dizioni|[ÉéEe]ditions|[Ee]dicions|[Ee]ditura|[Ww]ydawnictw[oa]|[Uu]itgeverij|[Ff][öo]rlag(?:et)?|[Nn]akladatelství|[Kk]iadó|[Yy]ayınlar[ıi]|[Yy]ayınevi|[Ии]здательств[оеау])(?![\p{L}])|\b(?:1[5-9]|20)\d\d\b[^\n]{0,40}?(?:\bpp?\.|\bsf\.|\bss\.|\bS\.|\bс\.|\bpágs?\.)\s?\d{1,4}\s?[-–]\s?\d{1,4}\b|,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+\p{Lu}[\p{L}&'’ .-]{1,40}?,?\s+(?:1[5-9]|20)\d\d\b|\p{Ll}\s*\.\s+\p{Lu}\p{Ll}+,\s+\p{Lu}[\p{L}&'’ .-]{1,40}?,\s+(?:\(\p{Ll}+\)\s+)?(?:1[5-9]|20)\d\d\.|(?:\b\d{2,4}\s*p\.|\b(?:pp?|pagg?|págs?|S)\.\s?\d{2,4}),?\s[^\n]{0,20}?(?:€\s?\d|\d(?:[.,]\d\d)?\s?(?:€|euros?\b))/u;
/**
 * A newspaper's line of a book's facts, in any language whose word for pages the page-count reader
 * knows: a page count beside a price or a year (`368 sider. 299,95 kr.`, `320 stran, 399 Kč`, `256 blz., € 22,99`).
 */
const factsHint = lazy(() => {
  const count = String.raw`\b\d{2,4}\s*${PAGE_UNIT}`;
  const priceOrYear = String.raw`(?:\d(?:[.,]\d\d|,-)?\s?(?:kr\.?|zł|Kč|Ft|lei|€|euros?|EUR)(?![\p{L}])|(?:kr\.?|zł|Kč|€|[$£])\s?\d|\b(?:1[5-9]|20)\d\d\b)`;
  return new RegExp(String.raw`${count}[^\n]{0,60}?${priceOrYear}|${priceOrYear}[^\n]{0,60}?${count}`, 'u');
});
const CAPITAL = /^\p{Lu}/u;
/** A line of front matter under a publication's title: its own page shows the preface. */
const FRONT_MATTER = /^(?:preface|foreword|vorwort|préface|avant-propos|prefacio|prólogo|prefácio|prefazione|önsöz|предисловие)$/iu;
/** A run-in abstract, as papers and analyses open (`Abstract:`, `Resumen:`), on a line of its own or opening one. */
const ABSTRACT_LABEL = /(?:^|\n)[^\S\n]*(?:abstract|resumen|resumo|résumé|zusammenfassung|riassunto|özet|öz|аннотация)[^\S\n]*(?:[:：]|\n)/iu;
const hints = lazy(hintPattern);
/** How much of the main content's first text the two tests below read. */
const OPENING = 6_000;
/**
 * Words of a book's world (novel, author, reader, chapter, narrator…) in the languages read. A
 * page whose opening text uses several of them, again and again, talks about a book, whatever
 * its title says.
 */
const BOOK_TALK =
  /(?<![\p{L}])(?:novel(?:s|ists?)?|books?|authors?|readers?|chapters?|prose|narrators?|protagonists?|memoirs?|fiction|romans?|romanciers?|livres?|auteurs?|lecteurs?|récits?|novelas?|novelistas?|libros?|autor(?:es|as?)?|lector(?:es)?|relatos?|narrador(?:es)?|romanzi|romanzo|autrice|autori|autore|lettori|lettore|romane|buch|bücher|leser(?:in)?|erzähler(?:in)?|livros?|leitor(?:es)?|romance|kitab[ıi]?|kitap|yazar[ıi]?|okur|роман[аеу]?|книг[аиеу]|автор[аау]?|читател[ья]|повест[ьи])(?![\p{L}])/giu;
/** Distinct words of BOOK_TALK, and uses of them, that make the opening text talk about a book. */
const BOOK_TALK_WORDS = 4;
const BOOK_TALK_USES = 6;
/**
 * `Lessons in Chemistry by Bonnie Garmus` inside a sentence: a title of two capitalised words or
 * more (small words between them), `by`, and a name; the title's last word is taken.
 */
const WORK_BY_NAME =
  /(?<![\p{L}])((?:\p{Lu}[\p{Ll}'’-]+[^\S\n]+(?:(?:of|the|and|in|a|an|to|for|on|with)[^\S\n]+)?){1,7}\p{Lu}[\p{Ll}'’-]+),?[^\S\n]+by[^\S\n]+\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?(?:[^\S\n]+\p{Lu}\.)*[^\S\n]+\p{Lu}[\p{Ll}'’-]+/gu;
/** What the first part of `X by A` is when the line credits a picture, a post or a performance, not a work. */
const CREDIT =
  /^(?:posted|written|photos?|photographs?|photography|pictures?|images?|directed|produced|illustrated|translated|edited|reported|published|submitted|created|powered|designed|hosted|music|words|lyrics|video|art|artwork|cover|narrated|presented|sponsored|compiled|moderated|answered|asked|started|updated|shared|uploaded|interviewed|curated|copyright|website|theme|site|design|development|hosting|template)$/i;

export function mightBeReview(doc: Document): boolean {
  return decide(glimpse(doc));
}

/** Whether a page might be a review, judged from its glimpse alone. */
export function decide(g: Glimpse): boolean {
  try {
    return (
      g.failed ||
      g.pubMeta ||
      g.ldHint ||
      byTitle(g) ||
      byHeading(g) ||
      g.chunks.some(mightHoldReviewText) ||
      ABSTRACT_LABEL.test((g.chunks[0] ?? '').slice(0, OPENING)) ||
      byOpening(g.chunks[0] ?? '') ||
      byLineUnderTitle(g) ||
      titleRestatedWithAuthor(g) ||
      titleOfNameRepeated(g)
    );
  } catch {
    return true; // when in doubt, let the extractor decide
  }
}

function byTitle({ title, url }: Glimpse): boolean {
  // A repository's or catalogue's page of one item is a record of one publication, whatever its title.
  if (TITLE_HINT.test(title) || PATH_HINT.test(url) || publicationFolder(url) || itemAddress(url)) return true;
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
  // `Title di Author`, which the extractor settles by the prose, is enough to read on.
  const named = (text: string | null) => text !== null && (!!titleByAuthor(text, true) || !!titleOfName(text));
  // A blog post's own title that says it reviews a book, where the page's title is the blog's or an archive's (`RESEÑA - X`).
  return named(h1Text) || named(entryText) || (entryText !== null && TITLE_HINT.test(entryText));
}

/**
 * What a heading block shows on a publication's own page when its main text does not: a
 * labelled author, a run-in abstract, its preface, its page count, or a shop's buy button beside a book.
 */
function publicationBlock(lines: readonly string[]): boolean {
  const text = lines.join('\n');
  if (mightHoldReviewText(text) || ABSTRACT_LABEL.test(text)) return true;
  if (lines.some((l) => FRONT_MATTER.test(l.trim()) || endsWithPageCount(l))) return true;
  return shopOfBook(lines);
}

/** `ANAGRAMA, Compactos, 239 pgs.`, `312 Seiten`: a short line whose last part is a page count, as a book's facts under its title end. */
function endsWithPageCount(line: string): boolean {
  return line.length <= 120 && pagesPart(line.slice(line.lastIndexOf(',') + 1)) !== null;
}

const BY_LINE_AFTER =
  /^\s*(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|DI|[Dd]e|DE)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}\s+(\p{Lu}[\p{L}'’-]{2,})\s*(?:[-–—,]\s+\p{Lu}[^\n]{1,40})?\n/u;

/**
 * `DEMON COPPERHEAD` / `by Barbara Kingsolver` / `…Kingsolver reimagines…`, `di Gianrico Carofiglio - Sellerio`: a By line right under
 * the title whose family name the text goes on to use, as a review uses its author's (a news
 * story's byline is not named again).
 */
function byLineUnderTitle({ h1Text, chunks }: Glimpse): boolean {
  const chunk = chunks[0];
  const at = h1Text && chunk ? chunk.indexOf(h1Text) : -1;
  if (!h1Text || !chunk || at < 0 || at > 2000) return false;
  const after = chunk.slice(at + h1Text.length, at + h1Text.length + 3000);
  const family = BY_LINE_AFTER.exec(after)?.[1];
  return !!family && after.split(family).length > 2;
}

/** A by-word of the languages read, then a name of two to four capitalised words. */
const BY_NAME = /^,?[^\S\n]+(?:by|de|di|von|par|por|do|da|del|av|af|door)[^\S\n]+\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){1,3}(?![\p{L}])/u;

/**
 * `Solar` over `Solar, de Ian Mc Ewan, que ha publicado Ed. Anagrama…`: the post's title said
 * again in its opening text with its author, as a short review's first sentence does.
 */
function titleRestatedWithAuthor({ h1Text, entryText, chunks }: Glimpse): boolean {
  const title = (entryText ?? h1Text)?.trim();
  const text = chunks[0]?.slice(0, OPENING);
  if (!title || !text || title.length < 2 || title.length > 100) return false;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1))
    if (BY_NAME.test(text.slice(at + title.length, at + title.length + 120))) return true;
  return false;
}

/**
 * `Le chant de la mission de John Le Carré - Le blog de petitfrere`: a page's title that names a
 * work `de` its author (words a title may hold too), where the opening text names that person again.
 */
function titleOfNameRepeated({ title, chunks }: Glimpse): boolean {
  const family = titleOfName(splitDocTitle(title).title)?.name.split(/\s+/).pop() ?? '';
  return family.length >= 3 && (chunks[0] ?? '').slice(0, OPENING).split(family).length > 2;
}

/**
 * The main content's opening text talks about a book at length, or sets a work and its author on
 * a line of their own (`Man in the Dark by Paul Auster`), as a review without a review word does.
 */
function byOpening(chunk: string): boolean {
  const text = chunk.length > OPENING ? chunk.slice(0, OPENING) : chunk;
  const seen = new Set<string>();
  let uses = 0;
  for (const m of text.matchAll(BOOK_TALK)) {
    uses++;
    seen.add(m[0].toLowerCase().replace(/s$/, ''));
    if (seen.size >= BOOK_TALK_WORDS && uses >= BOOK_TALK_USES) return true;
  }
  for (const m of text.matchAll(WORK_BY_NAME)) if (!creditOnly(m[1] ?? '')) return true;
  return text.split('\n').some((line) => namesWorkAlone(line) || NAME_QUOTED_TITLE.test(line.trim()));
}

const BY_WORD_INSIDE = new RegExp(String.raw`\s(?:${BY_WORDS})\s`);

function namesWorkAlone(raw: string): boolean {
  const line = raw.trim();
  // A sentence ends with a full stop; a header line names the work and stops.
  if (line.length < 8 || line.length > 160 || line.endsWith('.') || !BY_WORD_INSIDE.test(line)) return false;
  const named = titleByAuthor(line);
  return !!named && !creditOnly(named.title);
}

/** `Photo`, `Website Design`: what stands before `by` credits someone, and names no work. */
function creditOnly(title: string): boolean {
  return CREDIT.test(title.trim().split(/\s+/).at(-1) ?? '');
}

/** The text test of mightBeReview, for text read elsewhere (a shadow root's). */
export function mightHoldReviewText(text: string): boolean {
  if (
    REVIEW_TEXT.test(text) ||
    CITE_HINT.test(text) ||
    factsHint().test(text) ||
    MARC_HINT.test(text) ||
    BOOK_OF_AUTHOR.test(text) ||
    QUOTED_WORK_BY.test(text) ||
    NEW_BOOK.test(text)
  )
    return true;
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
