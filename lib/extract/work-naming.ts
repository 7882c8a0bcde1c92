/**
 * The work's title and who wrote it, as a page names them outside a labelled record or a
 * citation: a heading marked as a review (`Review: X by A`), a heading or document title that
 * names both (`X - A`), a card beside the review, the first lines (`X, de A`), a By line the
 * review talks about, the prose (`Title (Publisher, 352 pages, $15)`, `the new novel by A`).
 * Each is tried only while nothing better has named the work's people; the first that does wins.
 */
import { sentByLine } from './reviewer';
import { readAddressWork, slugWords } from './address-work';
import { linkedAuthors } from './author-link';
import { readDiscussedAuthor } from './discussed-author';
import { readHeadingSurname } from './heading-surname';
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { isLoneName, type NameList, splitNames } from './normalize/names';
import { startsWithGivenName } from './normalize/given-names';
import {
  authorAfterTitle,
  namesOnly,
  reviewHeading,
  siteNames,
  titleByAuthor,
  titleOfName,
  withoutShopTail,
  workTitleFromHeading,
  type Heading,
  type NamedWork,
} from './page-info';
import {
  nameForBookAuthor,
  readHeadingTitleInProse,
  readInlineAuthor,
  readProseImprint,
  readProseMention,
  readTitleOpening,
  type ProseImprint,
} from './prose-mention';
import type { PubHeader } from './pub-header';
import { readPublisherMention } from './publisher-lines';
import { atWordStart, authorInProse, matchAtWordStart, proseHas, proseRepeats, surnameAlone } from './signals';
import { fold, sharesWord } from './text';
import { withoutReviewPrefix } from './normalize/title';
import { readWorkBlock, type WorkBlock } from './work-block';
import { titleRepeatedWithAuthor } from './title-repeat';
import { withMainTitle } from './main-title';
import { readAboutAuthor, type AboutAuthor } from './about-author';
import { readEndCapsule } from './end-capsule';
import { authorUnderHeading, editorsBesideHeading } from './author-under-heading';
import { readOpeningWriter } from './opening-writer';
import { readOpeningTitleBy } from './opening-title-by';
import { quotedTitleGenitive } from './quoted-genitive';
import { shopHeadingAuthor } from './shop-heading';
import { escapeRegExp } from '../escape-regexp';

export interface NamingContext {
  doc: Document;
  lines: readonly Line[];
  /** Lines already read as something else (labels, the citation, the heading); the card's are added. */
  used: Set<number>;
  heading: Heading | null;
  docTitle: { title: string; site: string | null };
  pub: PubHeader | null;
  /** A publication's own page: its heading and By line are the work's own. */
  ownPage: boolean;
  /** A book's own page (og:type book, a JSON-LD book, a theme's book class). */
  bookPage: boolean;
  /** The page sells the item it shows (product-page.ts). */
  productPage: boolean;
  /** A citation line or a labelled record describes the work. */
  described: boolean;
  url: string;
}

/** Which ways of naming the work the page used (evidence for the classifier). */
export interface Naming {
  /** `Review: X by A and B`. */
  marked: boolean;
  /** A heading, a document title, a card or the first lines name the work and its author. */
  headingNamesAuthor: boolean;
  /** Only the prose names the author. */
  proseNamesAuthor: boolean;
  /** Only the review's opening names the author, as the one who wrote (`A escreve uma obra…`). */
  openingWriter: boolean;
  /** The prose gives the work's imprint (`Title (Publisher, $15)`), or a cover's caption does. */
  proseImprint: boolean;
  /** Only the address names the work and its author, as the page confirms them. */
  addressNamesWork: boolean;
  /** A book's page names its author apart from its description: a shelf of their books, a heading over their biography, the title repeated `by` them. */
  authorApart: boolean;
  /**
   * Only the prose's way of talking about a person (by the family name) names the author: a
   * guess good enough to show, not to count as someone responsible for a work (interviews and
   * profiles talk about people the same way).
   */
  proseDiscussesAuthor: boolean;
}

export function nameTheWork(c: NamingContext, fs: FieldSet): Naming {
  const { heading, docTitle, pub, ownPage, lines, used } = c;
  // `Review: X by A and B`: the people named by a heading marked as a review.
  const marked = heading ? reviewHeading(heading.text) : null;
  if (marked && heading) {
    const path = marked.editors ? 'work.editors' : 'work.authors';
    fs.offer(path, splitNames(marked.people).names, 'heading', RANK.heading, `h${heading.level}`, marked.people);
    fs.offer('work.title', marked.title, 'heading', RANK.heading + 1, `h${heading.level}`, marked.title);
  }
  // `The Boy & the Book by David Michael Slater` under the heading: a book's page names its author so.
  const repeated = !marked && offerRepeatedTitle(c, fs);
  // `X by A`, not marked: the work and its author, unless something on the page says more.
  const noPeople = () => !fs.list('work.authors').length && !fs.list('work.editors').length;
  // The document title says it where the heading names the review instead (`Critique de X`).
  const namedBy = !marked && !ownPage && noPeople() ? headingByAuthor(heading, docTitle.title, () => siteNames(c.doc, docTitle.site)) : null;
  const named =
    confirmedOrAfterColumn(namedBy, heading, lines, used) ??
    (!marked && namedBy?.from === 'heading' ? onShopPage(namedBy.named, { item: c.productPage, book: c.bookPage }) : null) ??
    (!marked && !ownPage && heading && noPeople() ? headingByProse(heading.text, lines, used, bookFactsRead(fs), c.url) : null);
  if (named) offerNamedWork(named, namedBy?.from ?? 'heading', heading, docTitle.title, lines, fs);
  // A work's card beside the review: its title and, under it, its author.
  const block = !ownPage && !marked ? readWorkBlock(lines, heading, docTitle.title, c.bookPage) : null;
  if (block) offerWorkBlock(block, used, fs);
  // `<a href="/autor/hans-mueller">Hans Müller</a>` beside the title: a shop links its authors to
  // their pages (a news site its reporters, so only on a page that sells the item or is a book's).
  const linked = !named && !block && heading && (c.productPage || c.bookPage) && noPeople() ? linkedAuthors(lines, heading.index, used) : null;
  if (linked) {
    used.add(linked.line);
    fs.offer('work.authors', linked.names, 'content', RANK.heading - 1, null, linked.quote);
  }
  if (docTitle.title) {
    fs.offer('review.title', docTitle.title, 'title', RANK.title, 'title', docTitle.title);
    const wt = workTitleFromHeading(docTitle.title, fs.list('work.authors'));
    fs.offer('work.title', wt, 'title', RANK.title, 'title', docTitle.title.includes(wt) ? wt : docTitle.title);
  }

  // `Picks and Pans Review: Family History` / `By Dani Shapiro` / `In Shapiro's new novel…`: a By
  // line under the heading whose person the review talks about names the work's author, not the reviewer.
  if (pub?.people.length && pub.peopleLines === 1 && !ownPage && noPeople() && authorInProse(lines, used, pub.people)) {
    fs.offer('work.authors', pub.people, 'byline', RANK.byline, null, pub.peopleQuote);
    const reviewer = fs.str('review.reviewer');
    if (reviewer && pub.people.some((p) => fold(p) === fold(reviewer))) fs.drop('review.reviewer');
  }

  // `O Outro Livro, de Philip Womack.`: the first lines name the author after the title (the heading's or the document title's).
  const titleFromDoc = docTitle.title ? workTitleFromHeading(docTitle.title, []) : null;
  const mentioned =
    !named && !block && !ownPage && noPeople() ? (authorAfterTitle(lines, fs.str('work.title')) ?? authorAfterTitle(lines, titleFromDoc)) : null;
  if (mentioned) {
    offerPeople(fs, splitNames(mentioned.name), RANK.heading - 1, mentioned.quote);
    fs.offer('work.title', mentioned.title, 'content', RANK.heading + 1, null, mentioned.title);
  }
  // `Finished January 5` / `Man in the Dark by Paul Auster`: a line of its own near the top names the work.
  const byLine = !named && !block && !mentioned && !ownPage && !c.described && noPeople() ? titleByAuthorLine(lines, used) : null;
  if (byLine) {
    used.add(byLine.line);
    offerPeople(fs, splitNames(byLine.people), RANK.heading - 1, byLine.people);
    fs.offer('work.title', byLine.title, 'content', RANK.heading + 1, null, byLine.title);
  }
  // `DEMON COPPERHEAD` / `by Barbara Kingsolver`: a By line right under a heading, naming the person the review talks about.
  const underHeading = !named && !block && !mentioned && !byLine && !ownPage && !c.described && noPeople() && authorUnderHeading(lines, heading, used, fs);
  // `Olivia Carpi (dir.)` / `Guerres et Paix civiles…`: an edited book's editors beside its heading.
  if (!named && !block && !mentioned && !byLine && !underHeading && !ownPage && noPeople()) editorsBesideHeading(lines, heading, used, fs);
  // `Title (Avid Reader Press, 352 pages, $15)`: a newspaper's review names the work's imprint in its prose.
  const prose = !c.described && !ownPage ? readProseImprint(lines, (i) => used.has(i)) : null;
  // Another book's imprint (the author's first novel, in a box of facts) once a heading or card has named the work.
  const imprint = prose && (marked || named || block) && !sameTitle(prose.title, fs.str('work.title')) ? null : prose;
  if (imprint) offerProseImprint(imprint, noPeople(), fs);
  // `Plus de livres de David Foenkinos`, `About the author` / `Penelope Lively won …`: named apart from the story's people.
  const about = !marked && noPeople() ? offerAboutAuthor(c, fs) : null;
  // `…in <i>Ironside</i>, by Fen Flack`, `the new novel by Anita Shreve`: the review's prose names the work.
  const workTitle = fs.str('work.title');
  const inProse =
    !named && !block && !mentioned && !ownPage && noPeople()
      ? (readProseMention(lines, (i) => used.has(i)) ?? (workTitle ? readTitleOpening(lines, workTitle, (i) => used.has(i)) : null))
      : null;
  if (inProse) {
    fs.offer('work.authors', [inProse.author], 'content', RANK.heading - 2, null, inProse.quote);
    fs.offer('work.title', inProse.title, 'content', RANK.heading + 1, null, inProse.title);
  }
  // `Posted Blog Tour…` / `…reading Posted by John David Anderson`: the heading names the work, the prose its author.
  const headingInProse = !inProse && heading && !ownPage && noPeople() ? readHeadingTitleInProse(lines, heading.text, (i) => used.has(i)) : null;
  if (headingInProse) {
    fs.offer('work.authors', [headingInProse.author], 'content', RANK.heading - 2, null, headingInProse.quote);
    fs.offer('work.title', headingInProse.title, 'content', RANK.heading + 1, null, headingInProse.title);
  }
  // `On a lu le nouveau Joël Dicker pour vous`: the heading names the author in place of the book.
  const forBook = !inProse && !headingInProse && heading && !ownPage && noPeople() ? nameForBookAuthor(heading.text) : null;
  if (forBook && heading) fs.offer('work.authors', [forBook], 'heading', RANK.heading - 2, `h${heading.level}`, forBook);
  // `… Autrice: Mariapia Veladiano, edizioni Einaudi.`, `Claire-Louise Bennett escreve uma obra…`: the review's paragraphs name the author.
  const inline = !inProse && !headingInProse && !ownPage && noPeople() && offerInlineAuthor(c, fs);
  const opening = !inProse && !headingInProse && !inline && !ownPage && !c.described && noPeople() && offerOpeningWriter(c, fs);
  const capsule = !named && !block && !inProse && !headingInProse && !inline && !ownPage && !c.described && noPeople() && offerEndCapsule(c, fs);
  // `/books/2009/jun/07/man-in-the-dark-paul-auster`: the address, where nothing on the page named the work.
  const address =
    !named && !block && !mentioned && !inProse && !headingInProse && !ownPage && !c.described && noPeople()
      ? readAddressWork(c.url, lines, used, [c.heading?.text ?? '', docTitle.title], c.doc.documentElement.lang)
      : null;
  if (address) {
    fs.offer('work.authors', [address.author], 'url', RANK.heading - 2, null, address.author);
    fs.offer('work.title', address.title, address.titleOnPage ? 'content' : 'url', RANK.heading + 1, null, address.titleOnPage ? address.title : null);
  }
  // `Published May 1st 2006 by Harry N. Abrams`, `Luchterhand Verlag`: the imprint of a work named above.
  if (!ownPage && !noPeople() && !fs.str('work.publisher')) offerImprintMention(c, fs);
  // `…Erzähler seiner Generation, Daniel Kehlmann, …` / `…bezeugt Kehlmann…`: the person the review talks about.
  const discussed = !ownPage && !c.described && noPeople() ? readDiscussedAuthor(lines, (i) => used.has(i), fs.str('work.title')) : null;
  if (discussed) fs.offer('work.authors', [discussed.author], 'content', RANK.heading - 3, null, discussed.quote);
  return {
    marked: !!marked,
    headingNamesAuthor: !!named || !!mentioned || !!block || !!linked || !!byLine || !!headingInProse || underHeading || capsule || !!forBook,
    authorApart: repeated || !!about?.marked,
    proseNamesAuthor: !!inProse,
    openingWriter: opening,
    proseImprint: !!imprint,
    addressNamesWork: !!address,
    proseDiscussesAuthor: !!discussed,
  };
}

/** Lines read already, and a line that is nothing but the site's name (`Juruá Editora` in its header): its brand, not a statement of the imprint. */
function brandOrUsed(lines: readonly Line[], used: ReadonlySet<number>, sites: readonly string[]): (i: number) => boolean {
  const names = new Set(sites.map(fold));
  return (i) => {
    const t = lines[i]?.text ?? '';
    return used.has(i) || (t.length <= 80 && names.has(fold(t)));
  };
}

/**
 * `Published May 1st 2006 by Harry N. Abrams`, `Luchterhand Verlag`: the imprint of a work named
 * above; on a book's own or shop page, else a house's name alone under the heading.
 */
function offerImprintMention(c: NamingContext, fs: FieldSet): void {
  const mention = readPublisherMention(c.lines, brandOrUsed(c.lines, c.used, siteNames(c.doc, c.docTitle.site)));
  if (mention) {
    fs.offer('work.publisher', mention.publisher, 'content', RANK.content - 1, null, mention.quote);
    if (!fs.str('work.date')) fs.offer('work.date', mention.date, 'content', RANK.content - 1, null, mention.quote);
    return;
  }
  const house = c.bookPage || c.productPage ? houseUnderHeading(c.lines, c.heading, c.used) : null;
  // `Kitabiyat Yazıları` / `Yavuz Selim Karakışla`: the name under a shop's heading is its author's when a label says so.
  const person = [...fs.list('work.authors'), ...fs.list('work.editors')].some((p) => fold(p) === fold(house ?? ''));
  if (house && !person) fs.offer('work.publisher', house, 'content', RANK.content - 2, null, house);
}

/** A publisher's name: a few capitalised words, with the small words names of houses have (`Fondo de Cultura Económica`). */
const HOUSE = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&|de|del|di|du|la|le|y|e|et|und|and)){0,4}$/u;

/** `Patria` / `TusQuets`: on a book's own or shop page, a house's name alone on the line under the heading. */
function houseUnderHeading(lines: readonly Line[], heading: Heading | null, used: ReadonlySet<number>): string | null {
  if (!heading || heading.index < 0) return null;
  const l = lines[heading.index + 1];
  const t = l?.text.trim() ?? '';
  if (!l || l.h || used.has(heading.index + 1) || t.length > 50 || !HOUSE.test(t)) return null;
  return fold(heading.text).includes(fold(t)) ? null : t;
}

/** The people a line names for the work: its editors where the line marks them so (`A and B (eds)`, `A, Editors`), else its authors. */
function offerPeople(fs: FieldSet, people: NameList, rank: number, quote: string): void {
  fs.offer(people.editors ? 'work.editors' : 'work.authors', people.names, 'content', rank, null, quote);
}

function offerWorkBlock(block: WorkBlock, used: Set<number>, fs: FieldSet): void {
  used.add(block.titleLine).add(block.peopleLine);
  fs.offer('work.title', block.title, 'content', RANK.heading + 2, null, block.title);
  offerPeople(fs, { names: block.people, editors: !!block.editors }, RANK.heading + 1, block.peopleQuote);
  fs.offer('work.publisher', block.publisher, 'content', RANK.heading, null, block.publisher);
  fs.offer('work.date', block.date, 'content', RANK.heading, null, block.date);
  fs.offer('work.pages', block.pages, 'content', RANK.heading, null, block.pages === null ? null : String(block.pages));
  fs.offer('work.isbn', block.isbn, 'content', RANK.heading, null, block.isbn);
}

function offerProseImprint(imprint: ProseImprint, noPeople: boolean, fs: FieldSet): void {
  fs.offer('work.title', imprint.title, 'content', RANK.heading + 1, null, imprint.title);
  fs.offer('work.publisher', imprint.publisher, 'content', RANK.content, null, imprint.quote);
  fs.offer('work.date', imprint.date, 'content', RANK.content, null, imprint.quote);
  fs.offer('work.pages', imprint.pages, 'content', RANK.content, null, imprint.quote);
  if (noPeople) fs.offer('work.authors', imprint.author ? [imprint.author] : null, 'content', RANK.heading - 2, null, imprint.author);
}

function sameTitle(a: string, b: string | null): boolean {
  const [x, y] = [fold(a), fold(b ?? '')];
  return !!y && (x.includes(y) || y.includes(x));
}

/** The page named the work and its author as a review does: its byline is the reviewer's. */
export function namesWork(n: Naming): boolean {
  return n.marked || n.headingNamesAuthor || n.proseImprint;
}

/** `Ce genre de choses n’arrive jamais` / `WALTARI Mika` after the text: the book's notice names its author; the line is read as that. */
function offerEndCapsule(c: NamingContext, fs: FieldSet): boolean {
  const found = readEndCapsule(c.lines, c.used);
  if (!found) return false;
  c.used.add(found.line);
  return fs.offer('work.authors', [found.author], 'content', RANK.heading - 1, null, found.author);
}

/** `… Autrice: Mariapia Veladiano, edizioni Einaudi.`: a label inside the review's paragraph names the author. */
function offerInlineAuthor(c: NamingContext, fs: FieldSet): boolean {
  const inline = readInlineAuthor(c.lines, (i) => c.used.has(i));
  return !!inline && fs.offer('work.authors', [inline.author], 'content', RANK.heading - 2, null, inline.quote);
}

/** `Claire-Louise Bennett escreve uma obra…` under a heading that gives the title alone: the writer the review's opening names. */
function offerOpeningWriter(c: NamingContext, fs: FieldSet): boolean {
  const from = (c.heading?.index ?? -1) + 1;
  const skip = (i: number) => c.used.has(i);
  const found = readOpeningWriter(c.lines, from, skip);
  if (found) return fs.offer('work.authors', [found.author], 'content', RANK.heading - 2, null, found.quote);
  // `Scar on the Moon by Sandesh Raj is…`: the opening sentence names the work and its author.
  const titled = readOpeningTitleBy(c.lines, from, skip);
  if (!titled) return false;
  // A heading that shares a word with the opening's title named the work already (the opening may misspell it or cut it short).
  const headingTitle = fs.str('work.title');
  const named = !!headingTitle && sharesWord(headingTitle, titled.title, 4);
  fs.offer('work.title', titled.title, 'content', named ? RANK.heading - 1 : RANK.heading + 1, null, titled.title);
  return fs.offer('work.authors', [titled.author], 'content', RANK.heading - 2, null, titled.quote);
}

/** The title repeated with its author under the heading; the line is read as that and nothing else. */
function offerRepeatedTitle(c: NamingContext, fs: FieldSet): boolean {
  const r = titleRepeatedWithAuthor(c.lines, c.heading, fs.str('work.title')) ?? titleRepeatedWithAuthor(c.lines, c.heading, c.heading?.text ?? null);
  if (!r) return false;
  c.used.add(r.line);
  offerPeople(fs, splitNames(r.people), RANK.heading + 2, r.people);
  return true;
}

/** The author a book's page names in a shelf, a biography or (on a page that sells it, is its own or gives its record) its description. */
function offerAboutAuthor(c: NamingContext, fs: FieldSet): AboutAuthor | null {
  const about = readAboutAuthor(c.lines, (i) => c.used.has(i), c.productPage || c.bookPage || c.described);
  if (about) fs.offer('work.authors', [about.author], 'content', RANK.heading - 1, null, about.quote);
  return about;
}

/** What the classifier reads of how the work was named. */
export function namingEvidence(
  n: Naming,
): Pick<Naming, 'headingNamesAuthor' | 'proseNamesAuthor' | 'openingWriter' | 'proseImprint' | 'addressNamesWork' | 'authorApart'> {
  return {
    headingNamesAuthor: n.headingNamesAuthor,
    proseNamesAuthor: n.proseNamesAuthor,
    openingWriter: n.openingWriter,
    proseImprint: n.proseImprint,
    addressNamesWork: n.addressNamesWork,
    authorApart: n.authorApart,
  };
}

/** Lines near the top a reading log's or a column's `Title by Author` line stands in. */
const BY_LINE_WINDOW = 15;
/** `This week our Fiction Editor, Shirley, reviews `: what a line says before the work it names. */
const REVIEWS_LEAD_IN = /^.{0,80}?\s(?:reviews|reviewed|rezensiert|recensisce|critique|reads)\s+(?=[\p{Lu}«“"])/u;
/** `(photograph by A)`, `(Foto von A)`: a credit in brackets. */
const PHOTO_CREDIT = /\([^()]*\s(?:by|von|par)\s[^()]*\)?\s*$/u;
/** Lines searched for a second such line: a list names several books so. */
const BY_LINE_LIST = 40;

/**
 * The one short line near the top that reads `Title by Author` and nothing else; a page with a
 * second such line naming another work lists books.
 */
function titleByAuthorLine(lines: readonly Line[], used: ReadonlySet<number>): { title: string; people: string; line: number } | null {
  let found: { title: string; people: string; line: number } | null = null;
  for (let i = 0, n = Math.min(lines.length, BY_LINE_LIST); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || used.has(i) || l.text.length > 120 || !/\s(?:by|von|par)\s/.test(l.text) || sentByLine(l.text)) continue;
    const t = titleByAuthor(l.text.replace(REVIEWS_LEAD_IN, ''));
    if (!t || t.editors || !/^[\p{Lu}\p{N}]/u.test(t.title) || /[.!?;]/.test(t.title) || t.title.split(/\s+/).length > 12) continue;
    // `Geraldine Brooks (photograph by Randi Baird)`: a caption's credit in brackets names no work.
    if (PHOTO_CREDIT.test(l.text)) continue;
    // The same line again (under the cover, then closing the review) is the one work, not a list.
    if (found && fold(t.title) === fold(found.title) && fold(t.people) === fold(found.people)) continue;
    if (found) return null;
    if (i >= BY_LINE_WINDOW) return null;
    found = { title: t.title, people: t.people, line: i };
  }
  return found;
}

/** The work and its author a heading or the document title names (anything but the title counts as the heading). */
function offerNamedWork(named: NamedWork, from: 'heading' | 'title', heading: Heading | null, docTitle: string, lines: readonly Line[], fs: FieldSet): void {
  const where = from === 'title' ? 'title' : `h${heading?.level ?? 1}`;
  const title = withMainTitle((from === 'title' ? docTitle : heading?.text) ?? '', named.title, named.people, lines);
  fs.offer('work.title', title, from, RANK.heading + 1, where, title);
  fs.offer(named.editors ? 'work.editors' : 'work.authors', splitNames(named.people).names, from, RANK.heading, where, named.people);
  if (named.publisher) fs.offer('work.publisher', named.publisher, from, RANK.heading, where, named.publisher);
  if (named.date) fs.offer('work.date', named.date, from, RANK.heading, where, named.date);
}

/** A heading's `Name: Title` counts only when the page's prose names that person again. */
function confirmed<T extends { people: string; unconfirmed?: boolean }>(named: T | undefined, lines: readonly Line[], used: ReadonlySet<number>): T | null {
  return named && (!named.unconfirmed || authorInProse(lines, used, [named.people])) ? named : null;
}

/** A shop's heading `Name: Title` that the prose never confirms, read as a catalogue heads its record. */
function onShopPage(named: NamedWork, sells: { item: boolean; book: boolean }): NamedWork | null {
  const people = named.unconfirmed ? shopHeadingAuthor(named.people, sells) : null;
  return people ? { ...named, people, unconfirmed: false } : null;
}

/** A heading's or document title's naming that the prose confirms, else the heading's after a column's name. */
function confirmedOrAfterColumn(
  namedBy: { named: NamedWork; from: 'heading' | 'title' } | null,
  heading: Heading | null,
  lines: readonly Line[],
  used: ReadonlySet<number>,
): NamedWork | null {
  const named = confirmed(namedBy?.named, lines, used);
  return named ?? (namedBy?.from === 'heading' && heading ? afterColumn(heading.text, namedBy.named, lines, used) : null);
}

/**
 * `Recensione Libri: In certi quartieri, Mario Valentini`: a column's name that reads as a
 * person's, which the prose never names again, before the work and its author.
 */
function afterColumn(text: string, named: NamedWork, lines: readonly Line[], used: ReadonlySet<number>): NamedWork | null {
  const at = text.indexOf(': ');
  if (!named.unconfirmed || at < 0 || at > COLUMN_NAME_MAX) return null;
  return confirmed(titleByAuthor(text.slice(at + 2), true) ?? undefined, lines, used);
}

/** Characters a column's name before a heading's colon runs to. */
const COLUMN_NAME_MAX = 40;

/** The work and its author named by the heading, else by the document title without its site suffix. */
function headingByAuthor(
  heading: { text: string } | null,
  docTitle: string,
  sites: () => readonly string[],
): { named: NonNullable<ReturnType<typeof titleByAuthor>>; from: 'heading' | 'title' } | null {
  const fromHeading = heading ? titleByAuthor(heading.text, true) : null;
  if (fromHeading) return { named: fromHeading, from: 'heading' };
  const fromTitle = docTitle && docTitle !== heading?.text ? titleByAuthor(withoutShopTail(docTitle)) : null;
  // A document title names its site, which is no author.
  return fromTitle && !sites().some((s) => fold(s).includes(fold(fromTitle.people))) ? { named: fromTitle, from: 'title' } : null;
}

/**
 * A heading that names a work and a person in a way that could read either way, settled by the
 * review's prose: it uses the author's family name on its own, and it repeats the work's title.
 */
function headingByProse(text: string, lines: readonly Line[], used: ReadonlySet<number>, bookFacts: boolean, url: string): ReturnType<typeof titleByAuthor> {
  return (
    dashPair(text, lines, used) ??
    titleOfAuthor(text, lines, used, bookFacts) ??
    capitalsPair(text, lines, used) ??
    dotPair(text, lines, used) ??
    readHeadingSurname(text, lines, used) ??
    commaPair(text, url) ??
    quotedTitleGenitive(text)
  );
}

/**
 * `AU BON ROMAN, Laurence Cossé`: a title, then after its last comma a name and nothing else, as
 * a library's or a shop's page of one book heads it. A heading's comma sets apart much else
 * (`Paris, Texas`, `Books, Glorious Books`), so the person is confirmed by the page's address
 * spelling the name as the page's own (`…/au-bon-roman-laurence-cosse/`).
 */
function commaPair(text: string, url: string): ReturnType<typeof titleByAuthor> {
  const m = /^(.{2,150}),\s+([^,]{4,60})$/u.exec(text.trim());
  const [title, name] = [m?.[1]?.trim() ?? '', m?.[2]?.trim() ?? ''];
  if (!title || !isLoneName(name)) return null;
  const slug = slugWords(url).join(' ');
  const spelled = name.split(/\s+/).map(fold).join(' ');
  return slug && ` ${slug} `.includes(` ${spelled} `) ? { title, people: name } : null;
}

/** The page gave a book's facts outside a labelled record: its publisher, and its length or ISBN. */
function bookFactsRead(fs: FieldSet): boolean {
  return fs.source('work.publisher') === 'content' && (fs.get('work.pages') !== undefined || !!fs.str('work.isbn'));
}

/**
 * `LÁSZLÓ KRASZNAHORKAI: GUERRA Y GUERRA`: a heading in capitals, where a title reads as a name.
 * The prose writes each part again in its own case: a name's every word capitalised, a title's
 * words after the first in lower case (`…de eso va precisamente Guerra y guerra`).
 */
function capitalsPair(text: string, lines: readonly Line[], used: ReadonlySet<number>): ReturnType<typeof titleByAuthor> {
  const m = /^([^:]{4,60}):\s+([^:]{2,150})$/u.exec(text);
  const [a, b] = [m?.[1]?.trim() ?? '', m?.[2]?.trim() ?? ''];
  if (!a || !b || /\p{Ll}/u.test(text)) return null;
  const [aProse, bProse] = [asProseWrites(lines, used, a), asProseWrites(lines, used, b)];
  if (!aProse || !bProse) return null;
  if (namesOnly(aProse) && !namesOnly(bProse)) return { title: bProse, people: aProse };
  if (namesOnly(bProse) && !namesOnly(aProse)) return { title: aProse, people: bProse };
  return null;
}

/** The words of `phrase` as the prose writes them, whatever their case there, or null. */
function asProseWrites(lines: readonly Line[], used: ReadonlySet<number>, phrase: string): string | null {
  const re = new RegExp(`${phrase.split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'giu');
  let found: string | null = null;
  proseHas(lines, used, (t) => !!(found = matchAtWordStart(re, t)?.[0] ?? null));
  return found;
}

/** A given name's initial: `C. S.`, `J.P.`. */
const INITIALS = /(?:^|\s)\p{Lu}\.(?:\s?\p{Lu}\.)*\s+\p{Lu}/u;

/** `Toprak Ana - Cengiz Aytmatov`, `Kürk Mantolu Madonna / Sabahattin Ali`: two parts that both read as names. */
function dashPair(text: string, lines: readonly Line[], used: ReadonlySet<number>): ReturnType<typeof titleByAuthor> {
  const parts = withoutReviewPrefix(text)
    .split(/\s+[-–—]\s+|\s*\/\s+|\s+\/\s*/)
    .map((p) => p.trim());
  const [a, b] = parts;
  if (parts.length !== 2 || !a || !b || !namesOnly(a) || !namesOnly(b)) return null;
  const [aAlone, bAlone] = [surnameAlone(lines, used, a), surnameAlone(lines, used, b)];
  if (aAlone === bAlone) {
    if (aAlone) return null;
    // A slash puts the people after the title, as a catalogue's statement of responsibility does;
    // initials (`C. S. Lewis`) mark the person where the prose never names either.
    if ((text.includes('/') || INITIALS.test(b)) && isLoneName(b) && !INITIALS.test(a)) return { title: a, people: b };
    return INITIALS.test(a) && isLoneName(a) && !INITIALS.test(b) ? { title: b, people: a } : null;
  }
  return bAlone ? { title: a, people: b } : { title: b, people: a };
}

/**
 * `Le philatéliste. Nicolas Feuz`, `Салман Рушди. Золотой дом`: a title and a name only, either
 * way round, set apart by a full stop, as the prose names that person again; a title that is
 * itself a name could be either.
 */
function dotPair(text: string, lines: readonly Line[], used: ReadonlySet<number>): ReturnType<typeof titleByAuthor> {
  const titleFirst = /^([^.]{2,120})\.\s+([^.]{4,60}?)\.?$/u.exec(text);
  const nameFirst = /^([^.]{4,60}?)\.\s+([^.]{2,120}?)\.?$/u.exec(text);
  const read = (title: string | undefined, name: string | undefined) =>
    title?.trim() && name && isLoneName(name.trim()) && !namesOnly(title.trim()) && authorInProse(lines, used, [name.trim()])
      ? { title: title.trim(), people: name.trim() }
      : null;
  return read(titleFirst?.[1], titleFirst?.[2]) ?? read(nameFirst?.[2], nameFirst?.[1]);
}

/**
 * The prose speaks of the work's author as such, after an article, a demonstrative or a possessive
 * (`the author`, `esta autora`, `questa scrittrice`, `cette romancière`, `diese Autorin`): a
 * blogger calls the writer so more often than by name.
 */
const AUTHOR_WORD =
  /(?:(?:the|this|our|el|la|esta|este|nuestra|nuestro|o|a|essa|esse|nossa|nosso|il|lo|questa|questo|quest[’']|cette|cet|ce|notre|der|die|diese[rn]?|unsere[rn]?)\s+(?:author|writer|novelist|autora?|autore|autrice|auteure?|escritora?|scrittrice|scrittore|écrivaine?|romanci(?:er|ère)|Autorin|Autor|Schriftsteller(?:in)?)|yazar(?:ın|ımız)?|автор[аеу]?|писател(?:ь|я|ю|ем|ьниц[аеуы]))(?![\p{L}])/giu;
/** The same, elided after a word (`dell’autrice`, `l’écrivaine`). */
const AUTHOR_ELIDED = /l[’'](?:autrice|autore|auteur|auteure|écrivaine?)(?![\p{L}])/iu;

/**
 * `Repensando la justicia, Los retos de la sociedad por venir de Luis Villoro`: an unquoted
 * title and `de Author`, which may as well be a title's own words (`Historia de España`). The
 * title is the part after the headline that the prose repeats; the author is confirmed by the
 * prose using the family name alone or speaking of the work's author, or, on a shop's page of a
 * book (`Una vita da libraio di Shaun Bythell` over `Marzo 2018, Einaudi`), by the book's facts
 * and a name that reads as one person's.
 */
function titleOfAuthor(text: string, lines: readonly Line[], used: ReadonlySet<number>, bookFacts: boolean): ReturnType<typeof titleByAuthor> {
  const { before, name } = titleOfName(text) ?? titleOfNameBeforeTagline(text) ?? {};
  if (!before || !name) return null;
  const starts = [0, ...[...before.matchAll(/[,:]\s+(?=\p{Lu})/gu)].map((x) => x.index + x[0].length)];
  const repeated = starts.map((i) => before.slice(i)).find((t) => proseRepeats(lines, used, t));
  const aBook = bookFacts && isLoneName(name);
  const confirmed =
    aBook ||
    surnameAlone(lines, used, name) ||
    proseHas(lines, used, (t) => atWordStart(AUTHOR_WORD, t) || AUTHOR_ELIDED.test(t)) ||
    (!!repeated && isLoneName(name) && titleAlone(lines, used, repeated, text)) ||
    proseNamesAsAuthor(lines, used, name) ||
    // Prose that says nothing either way (`Le poids des non-dits de Laurence Côté`): a name that
    // starts with a known given name is the author's, unless the prose repeats the whole heading
    // (`La casa de Bernarda Alba` is a title).
    (startsWithGivenName(name) && ofName(text, name) && !proseRepeats(lines, used, text));
  return confirmed ? { title: repeated ?? before, people: name } : null;
}

/** The Romance `de` joins the work and the name, not `by`, `von` or `par`, which also credit a review's writer (`Thunderhead, reviewed by Ann Skea`). */
const ofName = (text: string, name: string) => new RegExp(`(?:^|\\s)(?:de|di|da)\\s+${escapeRegExp(name)}|d[’']${escapeRegExp(name)}`, 'u').test(text);

/** A heading's line after the work and its author: `X de A : roman poignant, hommage à…`, `X by A – a review`. */
const TAGLINE_AT = /\s*:\s+|\s+[–—|-]\s+/gu;

/** `L’enfant-mouche de Philippe Pollet-Villard : roman poignant…`: the title and `de Author` before the heading's own line. */
function titleOfNameBeforeTagline(text: string): { before: string; name: string } | null {
  for (const m of text.matchAll(TAGLINE_AT)) {
    const found = titleOfName(text.slice(0, m.index));
    if (found) return found;
  }
  return null;
}

/** The review's prose names that person as the one whose book it is (`A dresse dans son dernier roman`). */
function proseNamesAsAuthor(lines: readonly Line[], used: ReadonlySet<number>, name: string): boolean {
  const said = readProseMention(lines, (i) => used.has(i))?.author;
  return !!said && fold(said) === fold(name);
}

/**
 * The prose names the work by the heading's title without the words after it (`Lo que dijo
 * Harriet relata…` under `Lo que dijo Harriet de Beryl Bainbridge`): the `de` and the name are no
 * part of the title (`La casa de Bernarda Alba` is repeated whole). Written as the heading writes
 * it, and long enough not to be a common word.
 */
export function titleAlone(lines: readonly Line[], used: ReadonlySet<number>, title: string, heading: string): boolean {
  const t = title.trim();
  const whole = heading.trim();
  if (t.length < TITLE_ALONE_MIN) return false;
  return proseHas(lines, used, (line) => line.split(whole).join(' ').includes(t));
}

/** Characters a title repeated on its own must have: a word as short as a common one is no evidence. */
const TITLE_ALONE_MIN = 6;
