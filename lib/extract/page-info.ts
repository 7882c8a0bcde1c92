/**
 * The page's own title and its site: the main heading, the document title without the site
 * suffix, the site's name from its logo or title.
 */
import type { Line } from './lines';
import { endsWithPublisherWord, isLoneName, isOrganisation, looksLikePersonName, splitNames } from './normalize/names';
import { startsWithGivenName } from './normalize/given-names';
import { clean, cleanValue, fold, sharesWord, subtitled } from './text';
import { lazy } from '../lazy';
import { findDate } from './normalize/dates';
import { withoutKindPrefix } from './normalize/title';
import { escapeRegExp } from '../escape-regexp';
import { POST_TITLE_CLASS } from './main-root';
import { REVIEW_NOUN, REVIEW_SUFFIX, REVIEW_WORD_ALONE, withoutReviewerCredit } from './review-words';

export interface Heading {
  text: string;
  level: number;
  index: number;
  el: Element;
  /** A post's title marked as such, below h1. */
  entry?: boolean;
}

/**
 * The main heading among the lines read: the first h1, else the first h2; a post's title marked
 * as such (`entry-title`, `post-title`: blog themes set it as an h2 or h3 under the blog's h1).
 */
export function mainHeading(lines: readonly Line[]): Heading | null {
  let h2: Heading | null = null;
  let h3: Heading | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    if (!l.h) continue;
    const text = clean(l.text.length > 600 ? l.text.slice(0, 600) : l.text);
    if (text.length < 3 || onlyDate(text)) continue;
    if (l.h === 1 || isEntryTitle(l.block)) return { text, level: l.h === 1 ? 1 : l.h, index: i, el: l.block, entry: l.h !== 1 };
    if (l.h === 2) h2 ??= { text, level: 2, index: i, el: l.block };
    if (l.h === 3) h3 ??= { text, level: 3, index: i, el: l.block };
  }
  return h2 ?? h3;
}

/**
 * A line that is a date and nothing else, a weekday aside: a blog's date header (`martedì 25
 * agosto 2020`, `29 Aralık 2015 Salı`) heads the day's posts, not a post; a post's own date may
 * stand between its heading and its author's name.
 */
export function onlyDate(text: string): boolean {
  const d = text.length <= 60 ? findDate(text) : null;
  return (
    !!d &&
    (text.slice(0, d.start) + text.slice(d.end))
      .trim()
      .split(/\s+/)
      .filter((w) => /\p{L}{2}/u.test(w)).length <= 1
  );
}

function isEntryTitle(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return POST_TITLE_CLASS.test(cls) || /(?:^|\s)headline(?:$|\s)/i.test(cls) || el.getAttribute('itemprop') === 'headline';
}

/**
 * The page's h1 when it stands outside the main content (`<div class="page-title"><h1>` above
 * `<main>`); not one in the page header, navigation, sidebars or footer (a logo set as h1).
 */
export function outsideHeading(doc: Document, root: Element | null): Heading | null {
  const list = doc.getElementsByTagName('h1');
  for (let i = 0; i < list.length && i < 10; i++) {
    const h = list[i];
    if (!h || (root && root.contains(h)) || h.closest('nav, aside, footer, form, dialog')) continue;
    // A page header's h1 is the site's logo, unless the header belongs to the main content.
    const header = h.closest('header');
    if (header && !header.closest('main, article, [role="main"]')) continue;
    const text = clean(h.textContent.slice(0, 600));
    if (text.length >= 3) return { text, level: 1, index: -1, el: h };
  }
  return null;
}

/** A kind of review before the word (`Book Review:`, `Short review:`), or run into it (`Buchrezension:`, `Kurzrezension:`). */
const REVIEW_KIND = String.raw`(?:(?:book|report|film|short|new)\s+|buch|kurz)?`;
/**
 * `Review: X`, `Review of X`, `Resenha #12: X` (a numbered column's review), `[Resenha] X`
 * (the word in brackets before the title, as Brazilian and Portuguese blogs set it).
 */
const REVIEW_PREFIX = new RegExp(
  String.raw`^(?:[[(]${REVIEW_KIND}(?:${REVIEW_NOUN})[\])]\s*(?:[:：–—|-]\s*)?|${REVIEW_KIND}(?:reviewed|${REVIEW_NOUN}|рецензия\s+на\s+(?:книгу|монографию))(?:\s*(?:#|n[º°.]\s?)\d{1,4})?\s*(?:of\s+|de\s+|di\s+|a\s+|zu\s+|[:：–—|-]\s*))`,
  'i',
);
/** `Review Party! Recensione: X di A`, `Blog Tour: Review: X by A`: an event's or column's name before the review word. */
const COLUMN_BEFORE_REVIEW = new RegExp(String.raw`^[^:!|]{2,30}[!:|]\s+(?=${REVIEW_KIND}(?:${REVIEW_NOUN})\s*[:：–—|-])`, 'iu');

const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
/** One or more full names (first and last at least): `Karim Haddad and Lucía Ferreira-Ramos`. */
const fullNames = lazy(() => new RegExp(`^${NAME}(?:(?:,|,?\\s+and|\\s+&)\\s+${NAME})*$`, 'u'));

export interface ReviewHeading {
  title: string;
  people: string;
  editors: boolean;
}

/**
 * A heading marked as a review that names the work and its people: `Review: X by A and B`,
 * `Book Review: X, edited by A`, `X by A (review)`. Null for anything else.
 */
export function reviewHeading(text: string): ReviewHeading | null {
  const t = clean(text).replace(COLUMN_BEFORE_REVIEW, '');
  if (!REVIEW_PREFIX.test(t) && !REVIEW_SUFFIX.test(t)) return null;
  const rest = t.replace(REVIEW_PREFIX, '').replace(REVIEW_SUFFIX, '');
  // `by` first; `di`, `de`, `por` (which titles hold too) at their last place.
  const by = /^(.+?),?\s+(edited by|by|von|par)\s+(.+)$/i.exec(rest) ?? /^(.+),?\s+(di|de|por)\s+(.+)$/.exec(rest);
  // `Recensione a L. Pellicani, Le rivoluzioni: miti e realtà`: the author, a comma, the title.
  const nameFirst = by ? null : new RegExp(`^(${NAME}),\\s+(\\p{Lu}.{2,200})$`, 'u').exec(rest);
  if (nameFirst?.[1] && nameFirst[2] && !namesOnly(nameFirst[2])) return { title: cleanValue(nameFirst[2]), people: nameFirst[1], editors: false };
  if (!by || !by[1] || !by[2] || !by[3]) return null;
  const people = by[3].trim();
  if (!fullNames().test(people)) return null;
  return { title: cleanValue(by[1]), people, editors: /edited/i.test(by[2]) };
}

/**
 * A heading that names a work and its author without saying it is a review: `Likely Stories:
 * The Yellow-Lighted Bookshop by Lewis Buzbee`, `Voyage de classes - Nicolas Jounin`, `Alberto
 * Angela – Roma`, `«Diez batallas…», de A y B`. The part before a colon names a column, not the
 * work; when both sides of a dash could be names, nothing is said.
 */
export function titleByAuthor(text: string, inHeading = false): NamedWork | null {
  // German and Nordic quotes open with `»` and close with `«` (`Loeser - »Requiem«`).
  const t = clean(text).replace(INWARD_QUOTES, '«$1»').replace(COMMAS_AS_QUOTE, '$1„');
  const imprint = IMPRINT_AFTER.exec(t);
  const named = imprint ? namedWork(t.slice(0, imprint.index), inHeading) : null;
  if (!imprint || !named) return unlessNavigation(namedWork(t, inHeading));
  const publisher = named.publisher ?? (imprint[1] ?? imprint[3])?.trim();
  return { ...named, ...(publisher ? { publisher } : {}), ...(imprint[2] ? { date: imprint[2] } : {}) };
}

/** `Home - Open Access`: a site's front page and its section, not a work and its author. */
function unlessNavigation(named: NamedWork | null): NamedWork | null {
  return named && HOME_WORD.test(named.title.trim()) ? null : named;
}

export interface NamedWork {
  title: string;
  people: string;
  editors?: boolean;
  publisher?: string;
  date?: string;
  unconfirmed?: boolean;
}

/**
 * `Анна Старобинец "Лисьи броды". Роман, который…`: a paragraph that opens with the author's full
 * name, the quoted title, then the sentence's end (the prefilter tests it, opening-title-by reads it).
 */
export const NAME_QUOTED_TITLE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+[«“"„]([^«»“”"„]{2,120})[»”"“][.!:]\s/u;

const INWARD_QUOTES = /»([^«»]{1,150})«/gu;
/** `,,Rok zmian" Mieczysław Gorzka`: two commas typed for the low opening quote of Polish, Czech or Romanian. */
const COMMAS_AS_QUOTE = /(^|\s),,(?=\p{L})/gu;
/**
 * What a heading gives after the work and its author: its imprint in brackets (`…, by Barbara
 * Kingsolver (Faber 2022)`, `(2019)`), or its publisher after a dash or a stop (`… - Édition l'Iconoclaste`,
 * `…, de Sofia Cochat-Osório. Editora Minotauro`).
 */
const IMPRINT_AFTER =
  /\s*\((?:(\p{Lu}[\p{L}&.'’ -]{1,40}?),?\s+)?((?:1[5-9]|20)\d\d)\)$|(?:\s+[-–—]|[.,])\s+(?:[ÉéEe]ditions?|[Ee]ditorial|[Ee]dizioni|[Ee]ditora|[Vv]erlag)\s+(?:de\s+)?(\S.{1,40})$/u;
/**
 * `Comentario a la novela "Patria" de Fernando Aramburu`: a quoted title anywhere, then its author;
 * `“L’anomalie”, H. le Tellier, Gallimard`: a quoted title, a comma, its author, then its
 * publisher; `d’Hervé` elided.
 */
function quotedTitleOf(t: string): NamedWork | null {
  const quoted = /[«“"„‘]([^«»“”"„]{2,150})[»”"“’](?:,?\s+(?:(?:de|di|by|por|von|par)\s+|d[’']\s*)|,\s+)(.+)$/u.exec(t);
  // `„Tyll“ von Daniel Kehlmann: In Kehlmanns Puppentheater`: what follows a colon is the headline's own.
  const after = quoted?.[2]?.split(/:\s+/)[0]?.split(/\s+[–—|-]\s+|,\s+/) ?? [];
  const people = after[0]?.trim();
  if (!quoted?.[1] || !people || !namesOnly(people)) return null;
  const house = after.length === 2 ? after[1]?.trim() : undefined;
  // A second person would have two names at least; a house is often one word (`Gallimard`).
  const person = !!house && house.includes(' ') && looksLikePersonName(house) && !endsWithPublisherWord(house);
  return { title: cleanValue(quoted[1]), people, ...(house && IMPRINT_NAME.test(house) && !person ? { publisher: house } : {}) };
}

/** A publisher's name after a quoted title and its author: a few capitalised words, no figures. */
const IMPRINT_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u;
/** `VEILLER SUR ELLE de Jean-Baptiste Andrea`: a title in capitals, then `de` and a name in its own case. */
/** Two to four words in capitals (a person's name so set), then a title that has lower-case letters. */
const NAME_IN_CAPITALS = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3})\s+(\p{Lu}[^\p{Lu}\s][^]{0,150})$/u;
const CAPITALS_OF_NAME = /^([^\p{Ll}]{2,150}?)\s+(?:de|di|da|por|by|von|par)\s+(\p{Lu}[\p{L}.'’ -]{3,60})$/u;

/** Words a person uses of themselves, in the languages read: `J’aime…`, `Il mio prossimo romanzo…`, `Soy un escritor…`. */
const FIRST_PERSON =
  /(?<![\p{L}])(?:i|i'm|i’m|my|me|we|our|j['’]\p{L}*|je|mon|ma|mes|nous|notre|ich|mein\p{L}*|wir|unser\p{L}*|yo|soy|mi|mis|nosotros|nuestr[oa]s?|eu|sou|meu|minha|io|sono|mio|mia|miei|noi|ben|benim|biz|я|мой|моя|мы|наш\p{L}*)(?![\p{L}])/iu;

/** `Sergio S. Olguín: El equipo de los sueños (Siruela)`: the author, the title, its publisher. */
function imprintedWork(t: string): NamedWork | null {
  const m = /^([^:()]{4,60}):\s+(\p{Lu}[^:()]{1,150}?)\s+\((\p{Lu}[\p{L}&.'’ -]{1,40})\)$/u.exec(t);
  if (!m?.[1] || !m[2] || !m[3] || !namesOnly(m[1].trim()) || namesOnly(m[2].trim()) || m[3].trim().split(/\s+/).length > 4) return null;
  return { title: cleanValue(m[2]), people: m[1].trim(), publisher: m[3].trim() };
}

/**
 * `MIRANDA DARLING Thunderhead`: the author's name set in capitals, then the title in mixed case.
 * A headline's kicker is set so too (`FIRST LOOK The new…`): the prose must name that person again.
 */
function nameInCapitalsWork(t: string): NamedWork | null {
  const m = NAME_IN_CAPITALS.exec(t);
  // Initials alone (`W. B. Belcher - …`) are a name in its own case, not one set in capitals.
  if (!m?.[1] || !m[2] || !/\p{Lu}{2}/u.test(m[1]) || !namesOnly(m[1].trim()) || !titledText(m[2]) || namesOnly(m[2].trim())) return null;
  return { title: cleanValue(m[2]), people: m[1], unconfirmed: true };
}

/**
 * `Joël Dicker: "Il mio prossimo romanzo sarà autentico"`: an interview's headline quotes its
 * subject, a sentence in the first person and in sentence case, where a book's heading would quote
 * its title (`“I Know Why the Caged Bird Sings”` is in title case).
 */
function spokenQuote(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  const capitalised = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 6 && capitalised * 2 < words.length - 1 && FIRST_PERSON.test(quoted);
}

function namedWork(text: string, inHeading: boolean): NamedWork | null {
  const t = withoutReviewerCredit(withoutKindPrefix(undecorated(text)))
    .replace(EDITION_AFTER, '')
    .replace(REVIEW_SUFFIX, '')
    .replace(TAG_AROUND, '')
    .trim();
  if (t.length > 200) return null;
  // `(Шамиль Идиатуллин. «Последнее время»)`, `Тэффи «Страшные рассказы»`, `Morgane Moncomble: „Bad At Love“`: the name, the quoted title.
  const nameFirst = /^\(?([^.:«“"„()]{4,60}?)[.:]?\s+[«“"„]([^«»“”"„]{2,150})[»”"“]\)?$/u.exec(t);
  // The name ends in a capitalised word (`Recensione di «X»` names no one).
  const nameBefore = nameFirst?.[1]?.trim() ?? '';
  if (nameFirst?.[2] && namesOnly(nameBefore) && /\s\p{Lu}[\p{L}'’.-]*$/u.test(nameBefore))
    return spokenQuote(nameFirst[2]) ? null : { title: cleanValue(nameFirst[2]), people: nameBefore };
  // `„Rok zmian“ Mieczysław Gorzka`: the quoted title, then the name. A Russian heading gives the
  // name in the genitive there, which quotedTitleGenitive reads.
  const titleFirst = /^[«“"„]([^«»“”"„]{2,150})[»”"“]\s+(\p{Lu}[^«»“”"„:()]{3,60})$/u.exec(t);
  const nameAfter = titleFirst?.[2]?.trim() ?? '';
  if (titleFirst?.[1] && nameAfter.includes(' ') && !/\p{Script=Cyrillic}/u.test(nameAfter) && namesOnly(nameAfter))
    return { title: cleanValue(titleFirst[1]), people: nameAfter };
  // `Altered States of Consciousness, edited by Charles T. Tart`.
  const edited = /^(.+?),?\s+(?:edited by|herausgegeben von|sous la direction de|a cura di|editado por|organizado por)\s+(.+)$/i.exec(t);
  if (edited?.[1] && edited[2] && namesOnly(edited[2].trim())) return { title: cleanValue(edited[1]), people: edited[2].trim(), editors: true };
  const imprinted = imprintedWork(t);
  if (imprinted) return imprinted;
  // `Juli Zeh: Unterleuten`, `Anne Muhonen: Älä unohda minua : Sarjakuvaromaani`: a person's full name, a colon, the work (its subtitle after another).
  const nameColon = /\s(?:by|von|par)\s+\p{Lu}/u.test(t) ? null : /^([^:()]{4,60}):\s+(\p{Lu}[^:]{1,150}(?:\s?:\s+[^:]{1,150})?)$/u.exec(t);
  // A column's name looks like a person's (`Likely Stories: …`): the page's prose must name that person again.
  if (
    nameColon?.[1] &&
    nameColon[2] &&
    namesOnly(nameColon[1].trim()) &&
    !namesOnly(nameColon[2].trim()) &&
    titledText(nameColon[2]) &&
    !findDate(nameColon[2])
  )
    return { title: cleanValue(nameColon[2]), people: nameColon[1].trim(), unconfirmed: true };
  const names = (s: string) => namesOnly(s.trim());
  const phrased = writtenOrOwnedWork(t);
  if (phrased) return phrased;
  const quoted = quotedTitleOf(t);
  if (quoted) return quoted;
  // `Deborah Levy’s The Man Who Saw Everything: a mixture of…`: the author's name in the possessive.
  const possessive = POSSESSIVE.exec(t);
  // `Sally Rooney’s new novel, Intermezzo, is her longest…`: a title set off by commas ends at the second.
  const owned = possessive?.[2]?.replace(/,\s+\p{Ll}.*$/u, '');
  // `Fiction Ed's Book Review: X` is a column's name, not a work's.
  if (possessive?.[1] && owned && names(possessive[1]) && titledText(owned) && !names(owned) && !COLUMN_NAME.test(owned))
    return { title: cleanValue(owned), people: possessive[1] };
  // `Monument to a Mother’s love: Perumal Murugan's 'Amma'`: a headline that ends on the author's quoted title.
  const ownedAtEnd = POSSESSIVE_QUOTED_AT_END.exec(t);
  if (ownedAtEnd?.[1] && ownedAtEnd[2] && names(ownedAtEnd[1]) && !names(ownedAtEnd[2])) return { title: cleanValue(ownedAtEnd[2]), people: ownedAtEnd[1] };
  const inCapitals = nameInCapitalsWork(t);
  if (inCapitals) return inCapitals;
  const capitals = CAPITALS_OF_NAME.exec(columnLess(t));
  if (capitals?.[1] && capitals[2] && /\p{Lu}{2}/u.test(capitals[1]) && names(capitals[2].trim()))
    return { title: cleanValue(capitals[1]), people: capitals[2].trim() };
  // `"La Dernière nuit" d’Odile d’Oultremont`: French elides `de` before a vowel.
  const by = TITLE_BY.exec(t) ?? /^([«“"„‘].+[»”"“’]),?(?:\s+(?:de|di|por|von|par)\s+|\s+d[’'](?=\p{Lu}))(.+)$/u.exec(t);
  if (by?.[1] && by[2]) {
    // `Winter Work by Dan Fesperman- Spy Thriller Review`, `„Lichtspiel“ von Daniel Kehlmann: Helle Episoden…`: what follows a dash or a colon is not the name.
    const people = withoutTitleAndPost((by[2].split(/\s*[–—|-]\s+|:\s+/)[0] ?? '').replace(REVIEWED_AFTER, '').trim());
    return names(people) ? { title: unquoted(cleanValue(columnLess(by[1]))), people } : null;
  }
  // `[Simonson, Helen] La dernière conquête…`: the author in brackets before the title.
  const bracket = /^\[([^\]]{4,60})\]\s*(.{2,})$/.exec(t);
  if (bracket?.[1] && bracket[2])
    return looksLikePersonName(bracket[1]) && bracket[1].includes(',') ? { title: cleanValue(bracket[2]), people: bracket[1] } : null;
  // `TilKi, BayKuş, BaKiRe (Yaprak Öz) Kitabı Hakkında…`: the author in brackets after it.
  const paren = /^(.{2,150}?)\s+\(([^()]{4,60})\)(?:\s+.{0,80})?$/.exec(t);
  if (paren?.[1] && paren[2] && names(paren[2].trim()) && titledText(columnLess(paren[1])))
    return { title: cleanValue(columnLess(paren[1])), people: paren[2].trim() };
  // `Dönüş Yok, Aslıhan Yayla, Martı Yayınları`: the title, the author, the publisher.
  const withPublisher = /^(.{2,150}?),\s+([^,]{4,60}),\s+([^,]{2,60})$/u.exec(columnLess(t));
  if (
    withPublisher?.[1] &&
    withPublisher[2] &&
    withPublisher[3] &&
    names(withPublisher[2]) &&
    endsWithPublisherWord(withPublisher[3]) &&
    titledText(withPublisher[1])
  ) {
    return { title: cleanValue(withPublisher[1]), people: withPublisher[2].trim(), publisher: cleanValue(withPublisher[3]) };
  }
  // `L’anomalie, Hervé Le Tellier`, `Son | Ayşe Kulin`: in a post's own heading (a document
  // title's bar divides the page's title from its site's name).
  const pair = inHeading ? /^([^,|]{2,150}?)\s*(?:,|\s\|)\s+([^,|]{4,60})$/u.exec(columnLess(t)) : null;
  const pairPeople = pair?.[2]?.replace(REVIEW_WORD_AFTER, '').trim();
  if (
    pair?.[1] &&
    pairPeople &&
    names(pairPeople) &&
    pairPeople.split(/\s+/).length <= 4 &&
    everyFullName(pairPeople) &&
    !ARTICLE_FIRST.test(pairPeople) &&
    titledText(pair[1]) &&
    // Two parts that both read as names: the one a review word follows is the author.
    (!names(pair[1]) || pairPeople !== pair[2]?.trim()) &&
    !sharesNameWord(pair[1], pairPeople)
  )
    return { title: cleanValue(pair[1]), people: pairPeople };
  // `Sylvie Schenk, In Erwartung eines Glücks`: the author first, then the work.
  // A degree or a post after a name (`John Smith, Ph.D.`) is no work: a title has a word of some length.
  if (
    pair?.[1] &&
    pair[2] &&
    names(pair[1]) &&
    everyFullName(pair[1]) &&
    titledText(pair[2]) &&
    /\p{L}{4}/u.test(pair[2]) &&
    !names(pair[2]) &&
    !sharesNameWord(pair[1], pair[2])
  )
    // A place reads as a name too (`Villanueva de la Cañada | Arranca…`): the prose must name the person again.
    return { title: cleanValue(pair[2]), people: pair[1].trim(), unconfirmed: true };
  return (inHeading ? dottedWork(columnLess(t)) : null) ?? dashedParts(t, inHeading);
}

/** `Los asquerosos. Santiago Lorenzo`, `Le mystère Henri Pick. D. Foenkinos`: a post's heading gives the title, a full stop, then the author. */
const TITLE_DOT_NAME = /^(.{2,150}?[\p{Ll}\p{N}])\.\s+((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u;

/** `Ik las 'Hofdames' geschreven door Marjan Berk. …`, `Daniel Kehlmanns Roman „Lichtspiel“`. */
function writtenOrOwnedWork(t: string): NamedWork | null {
  const written = QUOTED_WRITTEN_BY.exec(t);
  // A full stop after a word (not an initial) ends the sentence and the name.
  const writer = written?.[2]?.replace(/(?<=\p{Ll}{2})\.(?:\s.*)?$/u, '');
  if (written?.[1] && writer && namesOnly(writer)) return { title: cleanValue(written[1]), people: writer };
  const genitive = GERMAN_GENITIVE.exec(t);
  return genitive?.[1] && genitive[2] && namesOnly(genitive[1]) ? { title: cleanValue(genitive[2]), people: genitive[1] } : null;
}

function dottedWork(t: string): NamedWork | null {
  const m = TITLE_DOT_NAME.exec(t);
  const [title, people] = [m?.[1] ?? '', m?.[2] ?? ''];
  if (!namesOnly(people) || !everyFullName(people) || !titledText(title) || namesOnly(title) || sharesNameWord(title, people)) return null;
  // Unless an initial or a known given name opens the name, the prose must name the person again.
  return { title: cleanValue(title), people, ...(personByName(people) ? {} : { unconfirmed: true }) };
}

/** A heading's parts: set off by dashes or slashes, or by a dash typed against the word before it (`O aprendiz e a vida- Marco Antonio Rodrigues`). */
const PART_BREAK = /\s+[-–—]\s+|(?<=\p{Ll})[-–—]\s+(?=\p{Lu})|\s*\/\s+|\s+\/\s*/u;

/**
 * `Critique de X - Title - Author`, `GORIOT BABA/ Honore de Balzac`: the work and its author among a
 * heading's parts; a publisher may close them (`Title – Helen Simonson – Nil Editions`).
 */
function dashedParts(t: string, inHeading: boolean): NamedWork | null {
  const all = columnLess(t).split(PART_BREAK);
  const house = all.length >= 3 && endsWithPublisherWord(all.at(-1) ?? '') ? cleanValue(all.at(-1) ?? '') : null;
  const work = partsWork(house ? all.slice(0, -1) : all, t, inHeading);
  return house && work ? { ...work, publisher: house } : work;
}

function partsWork(parts: readonly string[], t: string, inHeading: boolean): NamedWork | null {
  // The author is the last part and the work the one before it.
  if (parts.length < 2 || parts.length > 4) return titleCommaOfAuthor(columnLess(t));
  const left = (parts.at(-2) ?? '').trim();
  const last = (parts.at(-1) ?? '').trim();
  const right = last.replace(REVIEW_WORD_AFTER, '').trim();
  const reviewMarked = right !== last;
  // A part set in capitals beside one that is not is the work's title, set out as bloggers do.
  const [l, r] = [namePart(left, right), namePart(right, left)];
  // A document title strings the names of its site, section and supplement together with the
  // work's (`Title - Tarih Kritik Dergisi`, `Cumhuriyet e-Gazete - Kitap Eki`): there a part that no
  // initial nor known given name opens stands for a person only once the prose names it again.
  const loose = (people: string) => (!inHeading && !splitNames(people).names.some(personByName) ? { unconfirmed: true } : {});
  if (r && (!l || reviewMarked) && titledText(columnLess(left)) && !sharesNameWord(left, right))
    return { title: cleanValue(columnLess(left)), people: right, ...loose(right) };
  const [first, second] = [(parts[0] ?? '').trim(), (parts[1] ?? '').trim()];
  const secondNames = namePart(second, first);
  if (namePart(first, second) && !secondNames && titledText(second) && !sharesNameWord(first, second))
    return { title: cleanValue(second), people: first, ...loose(first) };
  // A document title's dash sets off the site's name (`Duyuru - Işık Üniversitesi`): only a heading's is read so.
  if (l && r && parts.length === 2 && inHeading) return givenNameSide(left, right);
  return titleCommaOfAuthor(columnLess(t));
}

/**
 * `George Orwell - Boğulmamak İçin`, `Kayıp Gülün Kayıpları – Serdar Özkan`: both sides of a dash
 * read as names; the one that opens with a known given name, beside one that does not, is the
 * person, as long as the prose names them again.
 */
function givenNameSide(left: string, right: string): NamedWork | null {
  const [a, b] = [startsWithGivenName(left), startsWithGivenName(right)];
  if (a === b || sharesNameWord(left, right)) return null;
  const [title, people] = a ? [right, left] : [left, right];
  return titledText(title) && everyFullName(people) ? { title: cleanValue(title), people, unconfirmed: true } : null;
}

/** Words for `by` that join no title's own words (Swedish and Norwegian `av`, Danish `af`, Dutch `door`), unlike `de` or `di`. */
export const BY_WORDS = String.raw`by|von|par|av|af|door`;

/** `X by A`; `The Poison Paradox, By John Timbrell`: after a comma the By word may keep its capital. */
const TITLE_BY = new RegExp(String.raw`^(.+?)(?:,?\s+(?:${BY_WORDS})|,\s+(?:By|Von|Par))\s+(.+)$`, 'u');

/**
 * `So Little Time For Books: Blog Tour: X` → `X`: the names of a site and a column before the work.
 * A quoted title keeps its own colon (`UCL Bookshelf: 'Anonymity: A Secret History…'`).
 */
function columnLess(s: string): string {
  return s.includes(': ') && s.indexOf(': ') < 30 && !/^[«“"„‘']/u.test(s) ? columnLess(s.slice(s.indexOf(': ') + 2)) : s;
}

/** `de A`, or French `d’Ella Balart`, `de` elided before a vowel. */
const OF_AUTHOR = /^(.{2,200}?),?\s+(?:(?:de|di|da|du|von|par|por|by)\s+|d[’'](?=[AEIOUÉÈ]))(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;

/**
 * `Entombed di Riccardo Giacchi [Rating 7]`: an unquoted title and `de Author`, which may as
 * well be a title's own words (`La casa de Bernarda Alba`); the caller settles which.
 */
export function titleOfName(text: string): { before: string; name: string } | null {
  const m = OF_AUTHOR.exec(clean(text).replace(TAG_AROUND, '').trim());
  const [before, name] = [m?.[1]?.trim(), m?.[2]];
  return before && name && namesOnly(name) ? { before, name } : null;
}

/**
 * `La uruguaya, de Pedro Mairal`, `L’Anomalie, d’Hervé Le Tellier`: a comma sets the author's `de`
 * apart from the title's own words, as long as the prose names that person again.
 */
function titleCommaOfAuthor(t: string): { title: string; people: string; unconfirmed: true } | null {
  const m = /^([^,]{2,150}),\s+(?:(?:de|di|da|por)\s+|d[’']\s*)(\p{Lu}[^,]{3,60})$/u.exec(t);
  const [title, people] = [m?.[1] ?? '', m?.[2]?.trim() ?? ''];
  return title && people && namesOnly(people) && titledText(title) ? { title: cleanValue(title), people, unconfirmed: true } : null;
}

/** Words in capitals only (`GORIOT BABA`). */
function allCaps(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** A tag in brackets a blog sets around a post's title: `[Resenha] …`, `… [Rating 7]`. */
const TAG_AROUND = /^\[[\p{L}-]{3,20}\]\s*[-–:]?\s*|\s+\[[^\][,]{1,30}\]$/u;
/** Arrows, stars and pictographs a blog sets around a post's title (`→ Ugly Love - Colleen Hoover [VO] ←`, `… ✍`). */
const DECORATION =
  /^[\s\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\p{Extended_Pictographic}]+|[\s\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\p{Extended_Pictographic}]+$/gu;

/** A blog's rating in asterisks after a post's title (`The Elements of Murder – John Emsley ****`). */
const STARS_AFTER = /\s+\*{1,5}$/u;

/** `#BookReview: Trespasses by Louise Kennedy @KennedyLoulou #5Stars`: a post's handles and hashtags after its heading, and the sign of its first tag. */
const HANDLES_AND_TAGS = /(?:\s+[@#][\p{L}\p{N}_]+)+$/u;
const TAG_SIGN_FIRST = /^#(?=\p{L})/u;

/** A heading without the signs, handles and tags around it and a bracketed tag after it. */
function undecorated(text: string): string {
  const t = text.replace(DECORATION, '').replace(STARS_AFTER, '').replace(HANDLES_AND_TAGS, '').replace(TAG_SIGN_FIRST, '');
  return t === text ? t : t.replace(TAG_AROUND, '').trim();
}

/** A title's words, not a person's name, open with an article (`OSCUROS, LA REBELIÓN`). */
const ARTICLE_FIRST = /^(?:the|la|le|les|el|il|lo|los|las|der|die|das|os|as)\s/i;
/**
 * Whether `part` of a heading reads as a person's name beside `other`: a part set in capitals
 * beside one that is not is the work's title, set out as bloggers do, and so is a part that
 * opens with an article beside one that does not (`O Livro do Amanhã - Cecelia Ahern`).
 */
function namePart(part: string, other: string): boolean {
  return (
    namesOnly(part.trim()) &&
    !(allCaps(part) && !allCaps(other)) &&
    !(TITLE_ARTICLE.test(part) && !TITLE_ARTICLE.test(other)) &&
    !(JOINED.test(part) && !everyFullName(part.trim()))
  );
}

/** Two things joined (`Poisons and Poisonings`, `Pride and Prejudice`): people so joined each have a first and a family name. */
const JOINED = /\s(?:and|&|et|und|y|e|ve|и)\s/iu;

/** A title's opening article, in the languages read (`A Menina que Roubava Livros`, `Il nome della rosa`); no person's name opens so. */
const TITLE_ARTICLE = /^(?:l['’]|(?:the|an?|la|le|el|il|lo|gli|los|las|der|die|das|ein|eine|o|os|as|um|uma|un|una|uno|une)\s)/i;

/** Each person given a first and a family name (`Pci, Mao e Lambrusco` lists things, not a work and its authors). */
function everyFullName(people: string): boolean {
  return people.split(/\s+(?:and|et|e|y|und|и|ve)\s+|\s*&\s*/).every((p) => p.trim().split(/\s+/).length >= 2);
}

/** A participle of writing and the word for `by` after it: `written by`, `verfasst von`, `geschreven door`, `écrit par`. */
export const WRITTEN_BY = String.raw`(?:written|verfass?t|verfaßt|geschrieben|geschreven|écrite?|escrit[oa]|scritt[oa]|написан[аоы]?)\s+(?:by|von|par|por|da|door|от)`;

/** `Ik las 'Hofdames' geschreven door Marjan Berk. Lees hier…`: a quoted title, then a participle of writing and its author. */
const QUOTED_WRITTEN_BY = new RegExp(String.raw`[«“"„‘']([^«»“”"„‘’']{2,150})[»”"“’'],?\s+${WRITTEN_BY}\s+(${NAME})`, 'u');

/**
 * `Daniel Kehlmanns Romanwunderwerk „Lichtspiel“: …`, `Juli Zehs neuer Roman „Unterleuten“`: the
 * author in the German genitive, a word for a book, its quoted title.
 */
const GERMAN_GENITIVE =
  /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})(?:s|[’'])\s+(?:\p{Ll}+\s+)?(?:(?:Roman|Buch|Erzählung|Novelle|Krimi|Thriller|Biografie|Debüt|Essay)\p{Ll}*|\p{Lu}\p{Ll}*(?:roman|buch|erzählung|novelle|krimi|thriller|biografie))\s+[„“"»]([^„“”"»«]{2,120})[“”"«](?:\s*[:–—|-]\s.*)?$/u;

/** What a column is called after its writer (`Book Review`, `Picks`, `Reading List`). */
const COLUMN_NAME = /^(?:(?:book|weekly|fiction|monthly)\s+)?(?:reviews?|picks?|reading\s+list|column|corner|choice)$/i;
/** `A B’s Title`, `A B's new novel, Title`, `A review of A B’s new book Title`, what follows a colon, a dash or `review` left out. */
const POSSESSIVE =
  /^(?:(?:[Aa]\s+)?(?:[Bb]ook\s+)?[Rr]eview\s+of\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})[’']s\s+(?:(?:new|latest|debut|first|second|third|last)\s+(?:novel|book|memoir|collection|study)\s*,?\s+)?([\p{Lu}\p{N}«“"„][^:|–—]{1,120}?)(?:\s*[:–—|]\s.*|\s+review\b.*)?$/u;

/** A headline's last part after a colon or a dash: a name in the possessive, then a quoted title. */
const POSSESSIVE_QUOTED_AT_END = /(?:[:|]|\s[–—-])\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})[’']s\s+[‘'“"«]([\p{Lu}\p{N}][^‘'“”"«»]{0,120}?)[’'”"»]$/u;

/** A work's title starts with a capital, a digit or a quote (`Alexei B. – on mayors` is a statement). */
function titledText(x: string): boolean {
  return (/^[\p{Lu}\p{N}«“"„‘'¡¿]/u.test(x) && /\p{L}/u.test(x) && !REVIEW_WORD_ALONE.test(x)) || QUOTED_NUMBER.test(x.trim());
}

/** `"1984"`, `„444”`: a number set in quotes is a work's title; unquoted it may be a count or a year. */
const QUOTED_NUMBER = /^[«“"„‘]\p{N}[\p{N}/.,: -]*[»”"“’]$/u;

/** A short run of capitalised words that is one person's name and nothing else (`Samanta Schweblin`, not `World News`). */
export function isPersonName(s: string): boolean {
  return isLoneName(s) && namesOnly(s);
}

/** Capitalised words (particles aside) that read as people's names, not a section's (`World News`). */
export function namesOnly(s: string): boolean {
  if (isOrganisation(s)) return false;
  if (!fullNames().test(s) && !(s.split(/\s+/).length >= 2 && looksLikePersonName(s))) return false;
  const words = s.split(/[\s,&]+/).filter(Boolean);
  // `TOTVS Tec`: an acronym among names is a company's; a name set all in capitals is a name.
  const acronym = words.some((w) => /^\p{Lu}{3,}$/u.test(w)) && !words.every((w) => PARTICLE.test(w) || !/\p{Ll}/u.test(w));
  // `d’Oultremont`: a particle elided onto the family name.
  return !acronym && words.every((w) => PARTICLE.test(w) || /^(?:d[’'])?\p{Lu}/u.test(w)) && !words.some((w) => NOT_NAME.test(w) || PREFIXED_WORD.test(w));
}

/**
 * A prefix joined to a word (`Re-thinking`, `Self-publishing`, `Co-founder`), which a headline
 * capitalises where a name would stand; a name's hyphenated part stays a name (`Jean-Pierre`,
 * `Jong-un`, `al-Hakim`).
 */
const PREFIXED_WORD = /^(?:re|self|co|pre|post|non|anti|ex|e|mid|multi|semi|sub|super|inter|over|under|counter|cross|well|half|all|up|out)-\p{Ll}/iu;

const PARTICLE = /^(?:de|del|della|da|do|dos|das|di|du|van|von|der|den|la|le|ul|bin|al|y|e|i|и|and|und|et)$/i;
/** Words of a site's sections and a forum's, kinds of page, formats of a product, works of reference and exams, which sit where an author would (after a dash, in brackets, before a possessive). */
const NOT_NAME =
  /^(?:news|sports?|opinion|blog|magazine|home|politics|world|local|business|culture|books?|reviews?|arts?|science|tech|technology|health|travel|weather|video|live|latest|today|daily|online|official|page|edition|series|volume|part|chapter|the|of|how|what|why|new|hotel|restaurant|museum|park|city|street|reading|additional|further|guide|services?|serviços|servicios|servizi|dienste|dienstleistungen|hizmetler|услуги|from|my|our|your|table|contents|individual|presentations?|dear|hello|welcome|students?|members?|friends?|colleagues?|readers?|leser|lecteurs?|lector(?:es)?|lettori?|leitor(?:es)?|okur|читатель|sources|supplements?|digital|besprechungen|buchbesprechungen|rezensionen|recensioni|recensiones|reseñas|resenhas|recensions|comptes|rendus|incelemeleri|рецензии|обзоры?|this|that|these|week|month|year|meet|aus|für|über|mit|zum|zur|vom|im|am|disc|dvd|blu-ray|cd|vinyl|e-?book|hardcover|paperback|taschenbuch|audiobook|hörbuch|encyclopedia|encyclopaedia|encyclopedie|encyclopédie|enciclopedia|enciclopédia|enzyklopädie|энциклопедия|ansiklopedi|ansiklopedisi|lexikon|dictionary|dictionnaire|diccionario|dicionário|dizionario|wörterbuch|словарь|sözlük|sözlüğü|wiki|wikipedia|general|discussion|forums?|rules|baccalauréat|abitur|matura|selectividad|exams?|examen|prüfung|sınav|егэ|warenkorb|cart|basket|panier|carrito|carrello|carrinho|sepete?|kaufen|comprar|acheter|acquista|gönder|yorum|comments?|kommentar|commentaire|comentario|comentário|commento|reply|antworten|répondre|responder|rispondi|share|teilen|partager|compartir|condividi|kitap|kitab[ıi]|buch|livres?|libros?|livros?|libri|книга|publish(?:ed)?|country|status|imprint|language)$/i;

/** A name that opens with an initial (`И. Семененко-Басин`) or a known given name is a person's. */
function personByName(name: string): boolean {
  return /^\p{Lu}\.\s*\p{Lu}/u.test(name) || startsWithGivenName(name);
}

function unquoted(s: string): string {
  return s.replace(/^[«“"„‘]\s*/, '').replace(/\s*[»”"“’]$/, '');
}

/** What sites add to a heading after the title: an edition note. */
const EDITION_AFTER = /\s+[–—|]\s+an?\s+.{3,60}(?:edition|exclusive)\s*$/i;
/** `You Will Be Safe Here, by Damian Barr, reviewed`: a magazine's heading says it reviews the work after the name. */
const REVIEWED_AFTER = /,?\s+(?:reviewed|review)$/i;
/** A scholar's title before the name (`by Professor John Mullan`, `by Dr Jane Smith`). */
const HONORIFIC = /^(?:Professor|Prof\.|Dr\.?|Sir|Dame)\s+(?=\p{Lu})/u;
/** A department or post in brackets after the name (`John Mullan (UCL English Language & Literature)`); an editor's `(ed.)` stays. */
const POST_AFTER = /\s+\((?![^()]*\bed(?:s|itors?)?\b)[^()\d]{2,80}\)$/iu;

/**
 * `Professor John Mullan (UCL English)` → `John Mullan`: a university's page names its own author
 * with title and department; without the title, brackets after a name hold the imprint.
 */
function withoutTitleAndPost(people: string): string {
  return HONORIFIC.test(people) ? people.replace(HONORIFIC, '').replace(POST_AFTER, '').trim() : people;
}
/** `… - Murat Menteş incelemesi`, `Ters Düz | Mert Ofluoğlu kitap yorumu`, `X - A | Kitap Yorumu`: a review word after the author's name. */
const REVIEW_WORD_AFTER =
  /(?:\s*[|–—-])?\s+(?:(?:kitap|book|buch|livro|libro)\s+)?(?:incelemesi|yorumu|rezension|recensione|reseña|resenha|review|critique)\s*$/i;

/**
 * A heading or page title reduced to the work's title: `Book Review: X by A and B` → `X`
 * (the `by` part only when it names the known authors or reads like names).
 */
export function workTitleFromHeading(text: string, authors: readonly string[]): string {
  // `@tbrown's review of Lessons in Chemistry`: a reader's review on a book site.
  const whole = withoutReviewerCredit(undecorated(clean(text))).replace(/^\S{1,40}['’]s\s+(?:review|critique|rezension)\s+(?:of|de|zu)\s+/i, '');
  // `Literature-se: Resenha: O Outro Livro`: a site or column name before the review marker.
  const unprefixed = whole.replace(/^[^:]{2,40}:\s+/, '');
  const base = unprefixed !== whole && REVIEW_PREFIX.test(unprefixed) ? unprefixed : whole;
  let t = base.replace(REVIEW_PREFIX, '').replace(REVIEW_SUFFIX, '');
  // A heading marked as a review quotes the work's title as a citation would.
  const marked = t !== whole;
  const by = /^(.+?),?\s+(?:by|edited by|von|par)\s+(.+)$/i.exec(t);
  if (by && by[1] && by[2]) {
    const tail = fold(by[2]);
    const named = authors.some((a) =>
      tail.includes(
        fold(a)
          .split(/[\s,]+/)
          .filter((x) => x.length > 2)
          .pop() ?? '\u0000',
      ),
    );
    if (
      named ||
      /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:(?:,|\s+and|\s+&)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})*$/u.test(by[2].trim())
    )
      t = by[1];
  }
  t = withoutAuthorPart(t, authors);
  // `Patria, una novela magistral`, `Hamnet, a novel of grief`: the title, then what kind of book it is.
  const kind = BOOK_APPOSITIVE.exec(t);
  if (kind?.[1]) t = kind[1];
  return marked ? subtitled(cleanValue(t)) : cleanValue(t);
}

/**
 * `Tutunamayanlar/Oğuz Atay`, `Oğuz Atay - Tutunamayanlar`, `Sylvie Schenk, In Erwartung eines
 * Glücks`: the title and a known author's full name set apart by a bar, slash, dash or comma;
 * then a numbered column's name before it goes too (`OKUDUM #7: …`).
 */
function withoutAuthorPart(t: string, authors: readonly string[]): string {
  for (const a of authors) {
    if (a.length < 5 || !/\s/.test(a)) continue;
    const name = escapeRegExp(a).replace(/\s+/g, '\\s+');
    const m = new RegExp(`^(.{2,160}?)(?:\\s*[/|–—-]|,)\\s*${name}$|^${name}(?:\\s*[/|–—:-]|,)\\s*(.{2,160})$`, 'iu').exec(t);
    const rest = m?.[1] ?? m?.[2];
    if (rest) return rest.replace(NUMBERED_COLUMN, '');
    const initialled = withoutInitialledAuthor(t, a);
    if (initialled) return initialled;
  }
  return t;
}

/** What joins a title to its author's initialled name: `di`, `de`, `by`, `von`, `par`, `por`, a full stop or a dash. */
const INITIALLED_JOIN = String.raw`(?:,?\s+(?:di|de|da|by|von|par|por)\s+|\.\s+|\s+[/|–—-]\s+)`;

/**
 * `Madonna col cappotto di pelliccia di S. Ali`, `Le mystère Henri Pick. D. Foenkinos`: a known
 * author's surname after the initials of their given names, joined to the title as a by-line is.
 */
function withoutInitialledAuthor(t: string, author: string): string | null {
  const words = author.trim().split(/\s+/);
  const surname = words.pop() ?? '';
  if (!words.length || surname.length < 2) return null;
  const initials = words.map((w) => `${escapeRegExp(w.charAt(0))}\\.\\s*`).join('');
  const m = new RegExp(`^(.{2,160}?)${INITIALLED_JOIN}${initials}${escapeRegExp(surname)}$`, 'u').exec(t);
  return m?.[1] ?? null;
}

const NUMBERED_COLUMN = /^[^:#]{2,30}?\s*(?:#|no\.\s*|n[°º]\s*)\d{1,4}\s*[:.–—-]\s+/iu;

const BOOK_APPOSITIVE =
  /^(.{2,120}?),\s+(?:an?|una?|une|ein|eine|um|uma|bir)\s+(?:[\p{L}-]+\s+){0,2}?(?:novel|book|memoir|novela|libro|roman|livre|buch|romance|livro|romanzo)(?![\p{L}]).*$/iu;

/** `Medical History – Page 2`: an archive's page number, which names no work. */
const PAGE_NUMBER =
  /\s+(?:[|–—·•»:-]|::)\s+(?:page|seite|página|pagina|sayfa|страница)\s+\d{1,4}(?:\s+(?:of|von|de|di|sur|из)\s+\d{1,4})?(?=$|\s+(?:[|–—·•»-]|::)\s)/iu;

/**
 * What a shop or a library of e-books adds to a document title after the work and its author: what
 * to do with it (`купить книгу`, `читать онлайн`, `online kaufen`, `comprar`) and what is sold
 * (`Buch`, `Paperback`, `E-Book`, `1st Edition`, `ISBN …`). Written as whole parts after a dash, a
 * bar or a comma.
 */
const SHOP_TAIL_PART = String.raw`(?:(?:купить|читать|скачать|слушать)(?:\s+(?:книгу|книги|онлайн|бесплатно|полностью|без\s+регистрации|в\s+[\p{L}0-9, ]{2,30})){0,4}|сравнить\s+цены|(?:online\s+)?(?:kaufen|bestellen)|buy(?:\s+online)?|acheter|comprar|acquista|satın\s+al|(?:gebundenes\s+)?buch|taschenbuch|hörbuch|e-?book|audiobook|paperback|hardcover|hardback|livro|libro|livre|kitap|книга|\d{1,2}(?:st|nd|rd|th)\s+edition|\d{1,2}\.\s+auflage|isbn[\s:]*[\dxX-]{10,17})`;
const SHOP_TAIL = new RegExp(String.raw`(?:\s+[|–—-]\s+|,\s+)${SHOP_TAIL_PART}\s*$`, 'iu');

/** `Ювенилиа — И. Семененко-Басин — купить книгу` → `Ювенилиа — И. Семененко-Басин`. */
export function withoutShopTail(title: string): string {
  let t = title;
  for (let i = 0; i < 4; i++) {
    const m = SHOP_TAIL.exec(t);
    if (!m || m.index < 2) break;
    t = t.slice(0, m.index);
  }
  return t;
}

/** The site-name suffix of a document title (`Title | Site`), and the title without it. */
export function splitDocTitle(title: string): { title: string; site: string | null } {
  const t = clean(title).replace(PAGE_NUMBER, '');
  const m = /^(.{3,})\s+(?:[|–—·•»]|-|::)\s+([^|–—·•»]{2,60})$/.exec(t);
  if (m && m[1] && m[2]) return { title: m[1], site: m[2].trim() };
  const pre = /^([^|–—·•»:]{2,40}?)\s+(?:::|[|»])\s+(.{3,})$/.exec(t);
  if (pre && pre[1] && pre[2]) return { title: pre[2].replace(/^.*\s(?:::|[|»])\s+/, ''), site: pre[1].trim() };
  return { title: t, site: null };
}

/** The site's name as its logo or site-title element writes it (text only, not image alt). */
export function logoText(doc: Document): string | null {
  // Blogger themes set the blog's name as the title of its `Header` widget.
  const el = doc.querySelector(
    '[class*="site-title"], [class*="site-name"], [class*="logo"], [id*="logo"], [class*="brand"], [class*="wordmark"], #header .title, .Header .title, .blog-title',
  );
  if (!el) return rootLinkText(doc);
  // A journal's masthead may print its ISSN after its name: `Revista … (ISSN 2359-1412)`.
  const t = clean(firstLine(el).slice(0, 300)).replace(ISSN_TAIL, '');
  if (t.length < 2 || t.length > 80 || t.split(/\s+/).length > 10) return null;
  return t;
}

const ISSN_TAIL = /\s*[(,–-]?\s*(?:e-?|p-?|online\s+|print\s+)?ISSN:?\s*\d{4}-?\d{3}[\dXx]\)?$/i;

const HOME_WORD = /^(?:home|home ?page|start|startseite|accueil|inicio|início|pagina iniziale|anasayfa|ana sayfa|главная|search|menu|log ?in)$/i;

/**
 * A header's link to the site's front page, named in words (`<h1><a href="/">Eu li o livro</a></h1>`):
 * the site's name; else the link a page opens with (`<div class="bar"><a href="/">kipdf.com</a>`).
 */
function rootLinkText(doc: Document): string | null {
  return (
    rootLinkAmong(
      doc,
      doc.querySelectorAll('header a[href], [class*="header"] a[href], [id*="header"] a[href], [class*="masthead"] a[href], h1 a[href]'),
      20,
    ) ?? openingLinkText(doc)
  );
}

/** The page's first link, when it stands before the page's heading and in no list (a blog's archive links its front page too). */
function openingLinkText(doc: Document): string | null {
  const first = doc.querySelector('a[href]');
  const heading = doc.querySelector('h1');
  if (!first || !heading || first.closest('li, aside, nav, footer') || !(first.compareDocumentPosition(heading) & first.DOCUMENT_POSITION_FOLLOWING))
    return null;
  return rootLinkAmong(doc, [first], 1);
}

function rootLinkAmong(doc: Document, links: ArrayLike<Element>, max: number): string | null {
  let base: URL;
  try {
    base = new URL(doc.baseURI);
  } catch {
    return null;
  }
  for (let i = 0; i < links.length && i < max; i++) {
    const a = links[i];
    let u: URL;
    try {
      u = new URL(a?.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    // A page served over https may link its front page over http.
    if (u.host !== base.host || (u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) continue;
    const t = clean(a?.textContent ?? '');
    if (t.length >= 2 && t.length <= 60 && t.split(/\s+/).length <= 8 && !HOME_WORD.test(t)) return t;
  }
  return null;
}

/** An element's text up to its first line break or block: a logo's name without its tagline. */
function firstLine(el: Element): string {
  let out = '';
  for (let n = el.firstChild, i = 0; n && i < 50; n = n.nextSibling, i++) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) {
      const name = (n as Element).localName;
      if (name === 'br' || name === 'p' || name === 'div') {
        if (out.trim()) break;
        continue;
      }
      out += n.textContent ?? '';
    }
  }
  return out.trim() ? out : el.textContent;
}

/** The names a page gives its site: its document title's suffix, its logo, its og:site_name. */
export function siteNames(doc: Document, titleSite: string | null): string[] {
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  return [titleSite, logoText(doc), og].filter((s): s is string => !!s && s.trim().length > 1);
}

/** An h1 that only names the site (a blog's name above its posts): not the page's heading. */
export function namesSite(text: string, docTitle: { title: string; site: string | null }, doc: Document): boolean {
  const t = fold(text);
  return siteNames(doc, docTitle.site).some((s) => fold(s) === t);
}

/** Lines where a page names the work it is about before saying much else. */
const MENTION_LINES = 12;

/** The words of `s` up to the first that does not start with a capital (particles aside). */
function capitalisedStart(s: string): string {
  const words = s.split(/\s+/);
  const end = words.findIndex((w) => !/^\p{Lu}/u.test(w) && !PARTICLE.test(w));
  return (end < 0 ? words : words.slice(0, end)).join(' ');
}

/**
 * The author named right after the work's title in the page's first lines: `“Roma”, di Alberto
 * Angela`, `The Yellow-Lighted Bookshop by Lewis Buzbee`, `O Outro Livro, de Philip Womack`.
 */
export function authorAfterTitle(lines: readonly Line[], title: string | null): { name: string; quote: string; title: string } | null {
  if (!title || title.length < 3 || title.length > 150) return null;
  // The prose may set a comma the heading leaves out, or the other way round (`A Cool, Dark Place`).
  const esc = title
    .split(/[,;:]?\s+/)
    .map(escapeRegExp)
    .join('[,;:]?\\s+');
  // Up to two names joined (`de Catherine Grangeard et Daphnée Leportois`); the capitals are checked after.
  const re = new RegExp(`(${esc})[»”"’]?,?\\s+(?:by|de|di|von|par|por|от)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,8})`, 'iu');
  for (let i = 0, n = Math.min(lines.length, MENTION_LINES); i < n; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const t = line.text;
    const m = re.exec(t.length > 2000 ? t.slice(0, 2000) : t);
    // The sentence's full stop is not part of the name (an initial's is); under the pattern's
    // case-folding (the title's case may differ) a small word matched as a capital one: the name
    // ends before it (`by Bonnie Garmus is unique`).
    const name = m?.[2]
      ? capitalisedStart(m[2])
          .replace(/(?<=\p{L}{2})\.$/u, '')
          .replace(/(?:\s+(?:and|et|und|y|e|i|и|&))+$/iu, '')
      : null;
    // The title as the prose punctuates it, where it differs from the heading's in nothing else.
    const said = m?.[1] ?? title;
    if (name && looksLikePersonName(name)) return { name, quote: name, title: unpunctuated(said) === unpunctuated(title) ? said : title };
  }
  return null;
}

function unpunctuated(s: string): string {
  return s.replace(/[,;:]/g, '').replace(/\s+/g, ' ');
}

/** `Old Bergen Museum - Norway Bergen`: a "name" that shares a word with the title is a place or a section. */
function sharesNameWord(a: string, b: string): boolean {
  return sharesWord(a, b, 3);
}
