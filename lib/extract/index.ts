/**
 * Recognise a page that reviews (or describes) a publication and extract the work's fields and
 * the review's own. A pure function over a Document: no globals, no network, no storage; it
 * runs the same in a content script and in Node on happy-dom.
 *
 * One walk over the page text (lines.ts) feeds the labelled-line, citation-line, heading,
 * byline and summary readers; meta tags, JSON-LD and breadcrumbs are read with a few queries.
 * Every source offers values with a rank (fields.ts); the best offer per field wins. The work as
 * a page names it outside a record is read by work-naming.ts, the reviewer by reviewer.ts; what
 * the classifier reads besides the readers' findings is in signals.ts, and what says the page is
 * another kind of page in other-kind.ts.
 */
import { AUTHOR_FOLDER_NAMES } from './author-link';
import { categoriesFrom, readBreadcrumbs } from './breadcrumbs';
import { type Citation, citationFields, completeFromNeighbours, offerCitation, orientByPageTitle, parseCitation, reviewLeadIn } from './citation-line';
import { classify, type Evidence, type Verdict } from './classify';
import { FieldSet, RANK } from './fields';
import { collectJsonLd, offerJsonLd, type LdFacts } from './json-ld';
import { type LabelHit, findLabelLines } from './label-lines';
import { offerLabels } from './label-fields';
import { collectLines, type Line, type PageText } from './lines';
import { performanceWords } from './performance-work';
import { collectMeta, firstMeta, OG_BOOK, offerMeta, scholarlyMetaFields, type MetaMap } from './meta';
import { logoText, mainHeading, namesSite, outsideHeading, reviewHeading, splitDocTitle, workTitleFromHeading, type Heading } from './page-info';
import { onlyReviewWords } from './review-words';
import { dayFirstIn } from './normalize/dates';
import { personAmong, personName } from './normalize/names';
import type { Extraction, Review, Work } from './schema';
import { emptyReview, emptyWork, REVIEW_FIELDS, WORK_FIELDS } from './shape';
import { findSummary, type Summary } from './summary';
import { offerPubHeader, pubHeaderOf, typeFromPath, type PubHeader } from './pub-header';
import { readTopicTags } from './topic-tags';
import { readStandfirst } from './standfirst';
import { readLeadCritic } from './lead-critic';
import { shopOfBook } from './shop';
import { headerLines } from './header-lines';
import { offerMarc, readMarc } from './marc';
import { offerIsbdView } from './isbd-view';
import { repositoryPlatform } from './platform';
import { offerImprintLines } from './imprint-line';
import { bookFacts, productPage } from './product-page';
import { clean, fold } from './text';
import { tidyTitle } from './normalize/title';
import { must } from '../must';
import { bodyOf } from '../page-body';
import { nameTheWork, namesWork, namingEvidence } from './work-naming';
import { otherKind } from './other-kind';
import { readProseDate } from './prose-date';
import { spellOutInitials } from './initials';
import { offerCollation } from './collation';
import { offerCapsule } from './capsule-facts';
import { offerReviewCredit } from './review-credit';
import { bylineNamesAuthor, offerBylineBesideHeading, offerReviewer, offerReviewerNearHeader, offerSignature } from './reviewer';
import {
  authorInProse,
  BOOKS_WORD,
  countKeys,
  filedUnder,
  hasReplies,
  isRootUrl,
  mentionSignals,
  pathOf,
  decoded,
  proseCount,
  publicationFolder,
  repeatedRecords,
  REVIEW_WORD,
} from './signals';

export type { Extraction } from './schema';
export { mightBeReview } from './prefilter';

/** Extract a page's review fields. Never throws: on any internal failure it returns "no review". */
export function extractReview(doc: Document, url: string): Extraction {
  return extractWithEvidence(doc, url).extraction;
}

/** The extraction with the evidence its verdict was drawn from (for fitting the classifier). */
export function extractWithEvidence(doc: Document, url: string): { extraction: Extraction; evidence: Evidence | null } {
  try {
    return extract(doc, url);
  } catch {
    return { extraction: emptyExtraction(url), evidence: null };
  }
}

function emptyExtraction(url: string): Extraction {
  return { url: url.slice(0, 8192), isReview: false, confidence: 0, work: emptyWork(), review: emptyReview(), fields: {} };
}

const YEAR_HINT = /(?:1[5-9]|20)\d\d/;
/** A theme's class for a book's own page (`node--type-book`, `single-book`). */
const BOOK_CLASS = /(?:^|[\s_-])(?:type-book|node--book|single-book|book-detail|book-page|product-book)(?=$|\s)/i;
/** A content management system's class for a page of one publication record (`single-citation`, `node--type-publication`). */
const RECORD_CLASS = /(?:^|\s)(?:single|type|node--type|page-node-type)-(?:publication|citation|record|report|thesis)(?=$|\s)/i;
/** A newspaper's capsule gives a price or a page count where a journal's citation gives a year (`$40`, `10 €`, `, 332 pages`). */
const PRICE_HINT = /[$£€]\s?\d|\d\s?€|,\s*\d{2,4}\s*(?:pages|pp\.)/;
/**
 * Lines searched for a citation: a review's stands near the top of its page; deeper down they
 * are references, and parsing every line of a long page would cost more than the walk itself.
 */
const CITATION_WINDOW = 120;

function extract(doc: Document, url: string): { extraction: Extraction; evidence: Evidence } {
  const page = collectLines(doc);
  const lines = page.lines;
  const fs = new FieldSet();
  const used = new Set<number>();

  // 1. Labelled lines, and a library catalogue's MARC or ISBD view.
  const labels = readLabelled(doc, page, fs, used, url);
  const marc = readMarc(lines);
  const marcFields = marc ? offerMarc(marc, fs) : 0;
  offerIsbdView(lines, used, fs);
  offerImprintLines(lines, used, fs);

  // 2. The citation line (prose) heading a review.
  const cite = readCitationLine(lines, page.mainRoot, fs, used, doc.title);
  const citation = cite.citation;

  // 3. Structured metadata.
  const ld = collectJsonLd(doc);
  offerJsonLd(ld, fs, url);
  const meta = collectMeta(doc);
  const cited = citation && citationFields(citation) >= 3 ? { title: citation.title?.value ?? null, people: citedPeople(citation) } : null;
  const { citationIsReview } = offerMeta(meta, fs, cited);
  if (citationIsReview) dropReviewAuthor(fs);
  /** Something says this page is about a publication: only then are the costlier lookups worth it. */
  const hasWork = labels.workHits.length > 0 || !!citation || marcFields > 0 || !!ld.work || fs.rank('work.title') >= RANK.dc;

  // 4. Headings and titles, and the work as the page names it outside a record.
  const head = readHeadings(doc, url, page, fs, used, { strongLabels: countKeys(labels.workHits, true), citation: !!citation, ld, meta });
  const { heading, docTitle, pub, ownPage, shopBook } = head;
  const described = !!citation || countKeys(labels.allWorkHits, true) >= 2;
  // A shop's page of one book: the bare name under its title is its author's, not a story's byline.
  const sells = productPage(doc, lines, meta, ld);
  const naming = nameTheWork(
    { doc, lines, used, heading, docTitle, pub, ownPage, bookPage: head.bookPage || shopBook, productPage: sells, described, url },
    fs,
  );
  spellOutInitials(lines, used, fs);
  // A capsule of facts under the heading or closing the review (`Rowohlt, 480 Seiten, 26 Euro`), a dealer's collation (`In 8, pp. 192.`).
  const capsule = offerCapsule(lines, used, heading?.text ?? null, fs);
  offerCollation(lines, used, fs);
  offerProseDate(lines, used, fs);

  // 5. The reviewer: a labelled line, the JSON-LD Review's author, else a byline element.
  // A work the prose alone names (`Stephanie Garber encerra a trilogia…`) is reviewed as much as one a heading names.
  const reviewed = hasWork || namesWork(naming) || (!!fs.str('work.title') && fs.list('work.authors').length > 0);
  offerReviewer({ doc, root: page.mainRoot, hasWork: reviewed, ownPage, headingText: heading?.text ?? null, docTitle: docTitle.title, ld, meta }, fs);
  bylineNamesAuthor(heading, fs, sells);
  if (citation && !ownPage) dropPageDoi(citation, fs);
  const beside = { citationLine: citation ? cite.line : null, heading: heading?.index ?? -1, reviewed, shop: sells || shopBook };
  if (!ownPage) offerReviewerLines(lines, page.mainRoot, beside, fs);

  // 6. Site name and categories.
  offerSiteName(doc, docTitle.site, fs);
  const titles = [heading?.text ?? null, fs.str('work.title'), fs.str('review.title'), docTitle.title];
  offerCategories(doc, page, hasWork, ld.breadcrumbs, titles, fs);

  // 7. The review's own text, up to the reviewer's line, and the reviewer who signed it.
  const stops = new Set<number>(labels.reviewerHits.map((h) => h.line));
  const summary = readReviewText(
    { lines, root: page.mainRoot, used, stops, heading: heading?.el ?? null, standfirst: ownPage || head.folder, hasWork, ownPage },
    fs,
  );

  // 8. Is it a review?
  const section = `${fs.list('review.categories').join(' ')} ${filedUnder(lines)}`;
  const { workHits, allWorkHits, outsideHits } = labels;
  const evidence: Evidence = {
    strongLabels: countKeys(allWorkHits, true),
    weakLabels: countKeys(allWorkHits, false),
    repeatedRecords: Math.max(repeatedRecords(workHits), repeatedRecords(outsideHits), cite.isbns >= 2 ? 2 : 0),
    citationFields: citation ? citationFields(citation) : 0,
    citationLines: cite.count,
    citationAfterProse: citation ? proseCount(lines, cite.line) : 0,
    labelsAfterProse: workHits[0] ? proseCount(lines, workHits[0].line) : 0,
    citationInList: lines[cite.line]?.tag === 'li',
    ldReviewOfWork: !!(ld.review && ld.work),
    ldWork: !!ld.work,
    ldNonPublication: ld.reviewsNonPublication || ld.otherThing,
    ldListing: ld.listing,
    ldNews: ld.news,
    scholarlyMetaFields: citationIsReview ? 0 : scholarlyMetaFields(meta),
    ogBook: head.ogBook,
    recordPage: head.recordPage,
    reviewerLine: labels.reviewerHits.length > 0,
    reviewHeading: naming.marked,
    catalogueRecord: marcFields >= 3,
    repositoryPlatform: repositoryPlatform(url, meta),
    productPage: sells,
    bookFacts: bookFacts(allWorkHits),
    ...namingEvidence(naming),
    shopOfBook: shopBook,
    capsuleFacts: !!capsule?.publisher,
    pubType: ownPage,
    pubAuthors: ownPage && !!pub?.people.length,
    reviewWord:
      !!pub?.reviewType || (!!citation && reviewLeadIn(citation.text)) || REVIEW_WORD.test(`${pathOf(url)} ${doc.title} ${heading?.text ?? ''} ${section}`),
    booksSection: BOOKS_WORD.test(`${pathOf(url)} ${section}`),
    otherKindWord: otherKind({ lines, heading, title: docTitle.title, docTitle: doc.title, citation: citation?.text ?? null, hits: allWorkHits }),
    performance: performanceWords(lines),
    publicationFolder: publicationFolder(url),
    // Prose of the review, or a record's own description of the work (a labelled or MARC summary).
    hasSummary: !!summary || fs.source('review.summary') === 'label',
    articles: page.articles,
    hasMain: !!page.mainRoot,
    rootUrl: isRootUrl(url),
    forumThread: hasReplies(lines),
    ...mentionSignals({ lines, used, proseNamesAuthor: naming.proseNamesAuthor, url, pageTitle: doc.title, headings: [heading?.text ?? null, docTitle.title] }),
    authorInProse: !naming.proseDiscussesAuthor && authorInProse(lines, used, workPeople(fs)),
    hasTitle: !!fs.str('work.title'),
    hasResponsible: someoneResponsible(fs, { proseDiscussesAuthor: naming.proseDiscussesAuthor, ownPage, series: !!pub?.series, url, described }),
    workIsbn: !!fs.str('work.isbn'),
  };
  const verdict = classify(evidence);
  readDatesInPageLanguage(doc, fs);
  return { extraction: build(url, verdict, fs), evidence };
}

/** `Educated, first published in 2018, is…`: the year the sentence naming the work gives it, where nothing else dated it. */
function offerProseDate(lines: readonly Line[], used: ReadonlySet<number>, fs: FieldSet): void {
  if (fs.str('work.date')) return;
  const said = readProseDate(lines, fs.str('work.title'), (i) => used.has(i));
  if (said) fs.offer('work.date', said.date, 'content', RANK.content - 2, null, said.quote);
}

/** A slashed date read month first, as English writes it, is day first on a page in another language. */
function readDatesInPageLanguage(doc: Document, fs: FieldSet): void {
  const date = fs.str('work.date');
  const quote = fs.provenance()['work.date']?.quote;
  if (date && quote) fs.amend('work.date', dayFirstIn(doc.documentElement.lang, date, quote));
}

/**
 * Whether the extraction names someone responsible for the work. A publication's own page of a
 * kind no magazine names a section for (`Policy Brief`, not `Report`), or one in its site's
 * folder of publications, is its site's own work: the site is the one responsible.
 */
function someoneResponsible(fs: FieldSet, c: { proseDiscussesAuthor: boolean; ownPage: boolean; series: boolean; url: string; described: boolean }): boolean {
  return (
    (fs.list('work.authors').length > 0 && !c.proseDiscussesAuthor) ||
    fs.list('work.editors').length > 0 ||
    !!fs.str('work.publisher') ||
    (c.ownPage && (/\s/.test(fs.str('work.type') ?? '') || c.series)) ||
    (publicationFolder(c.url) && !c.described)
  );
}

const ARCHIVE_OF_AUTHOR = new RegExp(`\\/(?:${AUTHOR_FOLDER_NAMES})\\/([^/]{2,60})\\/?$`, 'i');

/** The letters of the name in an address of one writer's archive (`/author/v-funk/`), or null. */
function archiveAuthor(url: string): string | null {
  const m = ARCHIVE_OF_AUTHOR.exec(pathOf(url));
  return m ? letters(decoded(m[1] ?? '')) : null;
}

function letters(s: string): string {
  return fold(s).replace(/[^\p{L}]+/gu, '');
}

/**
 * The reviewer as a line of the page's text names them: under the citation or the heading once
 * the page has named a work, or in a line crediting the review on a page that reviews one.
 */
function offerReviewerLines(
  lines: readonly Line[],
  root: Element | null,
  at: { citationLine: number | null; heading: number; reviewed: boolean; shop: boolean },
  fs: FieldSet,
): void {
  if (fs.str('work.title')) {
    offerReviewerNearHeader(lines, at.citationLine ?? at.heading, workPeople(fs), fs, at.citationLine !== null);
    offerBylineBesideHeading(lines, at.heading, workPeople(fs), fs, at.shop);
  }
  if (at.reviewed) offerReviewCredit(lines, root, workPeople(fs), fs);
}

interface Labelled {
  workHits: LabelHit[];
  reviewerHits: LabelHit[];
  /** Labelled lines about the work outside the main content. */
  outsideHits: LabelHit[];
  allWorkHits: LabelHit[];
}

function readLabelled(doc: Document, page: PageText, fs: FieldSet, used: Set<number>, url: string): Labelled {
  const archive = archiveAuthor(url);
  // A blog's archive of one writer's posts heads them `Author: V. Funk`: the posts', not a work's.
  const notArchive = (h: LabelHit) => !archive || !h.keys.includes('authors') || letters(h.value) !== archive;
  const hits = findLabelLines(page.lines, () => true).filter(notArchive);
  for (const h of hits) {
    used.add(h.line);
    for (const j of h.valueLines) used.add(j);
  }
  // A record's description is the review's summary, not a fact of the work the classifier counts.
  const workHits = hits.filter((h) => !h.keys.includes('reviewer') && !h.keys.includes('summary'));
  const reviewerHits = hits.filter((h) => h.keys.includes('reviewer'));
  offerLabels(hits, fs, url);
  // A shop's or publisher's page sets the book's details (`Publisher:`, `Pages:`) apart from the
  // main column: when the main content has no labelled record, the rest of the page is read for one.
  const outsideHits = page.mainRoot && countKeys(workHits, true) < 2 ? labelsOutside(doc, page.mainRoot).filter(notArchive) : [];
  offerLabels(outsideHits, fs, url);
  return { workHits, reviewerHits, outsideHits, allWorkHits: outsideHits.length ? [...workHits, ...outsideHits] : workHits };
}

interface ReviewTextContext {
  lines: readonly Line[];
  root: Element | null;
  used: ReadonlySet<number>;
  /** Lines that end the review's text (the reviewer's line). */
  stops: ReadonlySet<number>;
  heading: Element | null;
  /** A publication's own page, or one its site files among its publications: its standfirst comes first. */
  standfirst: boolean;
  hasWork: boolean;
  ownPage: boolean;
}

function readReviewText(c: ReviewTextContext, fs: FieldSet): Summary | null {
  const summary = findSummary(c.lines, (i) => !c.used.has(i), c.stops);
  if (summary) fs.offer('review.summary', summary.text, 'content', RANK.content, null, summary.quote);
  const standfirst = c.heading && c.standfirst ? readStandfirst(c.heading) : null;
  if (standfirst && !summary?.text.startsWith(standfirst))
    fs.offer('review.summary', summary ? `${standfirst}\n\n${summary.text}` : standfirst, 'content', RANK.content + 1, null, standfirst.slice(0, 300));
  // Where only the page's naming found the work and its author, a signature that says it is one
  // (`Rezension: A`, `…--A Copyright 2014`).
  const workNamed = !!fs.str('work.title') && fs.list('work.authors').length > 0;
  if (summary && (c.hasWork || workNamed) && !c.ownPage && !fs.str('review.reviewer')) offerSignature(c.lines, summary.start, c.root, fs, !c.hasWork);
  // A magazine's standfirst that names the critic reading the work (`Holly McKenzie highly recommends…`).
  const people = [...fs.list('work.authors'), ...fs.list('work.editors')];
  if (c.heading && !c.ownPage && people.length && !fs.str('review.reviewer')) {
    const critic = readLeadCritic(c.heading, { title: fs.str('work.title'), people });
    if (critic) fs.offer('review.reviewer', critic.name, 'content', RANK.byline - 5, null, critic.quote);
  }
  return summary;
}

/**
 * The best citation line among the page's first lines. Several such lines make a bibliography; a
 * review's own stands before its prose, a reference list's after it.
 */
function readCitationLine(
  lines: readonly Line[],
  root: Element | null,
  fs: FieldSet,
  used: Set<number>,
  pageTitle: string,
): { citation: Citation | null; line: number; count: number; isbns: number } {
  let citation: Citation | null = null;
  let line = -1;
  let count = 0;
  const seen = new Set<string>();
  // Citation lines that give different ISBNs are records of different books (a week's capsules).
  const isbns = new Set<string>();
  for (let i = 0, n = Math.min(lines.length, CITATION_WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    const head = l.text.length > 2400 ? l.text.slice(0, 2400) : l.text;
    if (used.has(i) || !(YEAR_HINT.test(head) || PRICE_HINT.test(head))) continue;
    // An imprint without a head may be the second line of a citation broken by a line break.
    const whole = parseCitation(l);
    const c = whole && (whole.title || whole.authors || whole.editors) ? whole : (brokenCitation(lines, i, used, whole) ?? whole);
    if (!c) continue;
    // The same work cited again (a post's heading and its first line) is one citation, not a list.
    const key = fold(c.title?.value ?? c.text);
    if (!seen.has(key)) count++;
    seen.add(key);
    // …unless the same people's are cited on the next line: one work's editions (the original and its translation).
    // A bare `Mar 10, 2015 | ISBN …` names no book: a shop's list of one book's formats.
    const namesBook = !!(c.title || c.authors || c.editors);
    if (c.isbn && namesBook && !(citation && line === i - 1 && samePeople(c, citation))) isbns.add(c.isbn.value.replace(/\D/g, '').slice(-9, -1));
    // The same people's work cited again as fully (its translation, its record in another style): the first citation stays.
    if (!citation || (c.score > citation.score && !(samePeople(c, citation) && citationFields(citation) >= citationFields(c)))) {
      citation = c;
      line = i;
    }
  }
  if (citation) {
    orientByPageTitle(citation, pageTitle);
    used.add(line);
    const again = must(lines[line], 'the citation line').text;
    if (citation.text !== clean(again)) used.add(line - 1);
    // The same citation again (a page's header and its print version): not the review's prose.
    lines.forEach((l, i) => {
      if (l.text === again) used.add(i);
    });
    for (const j of completeFromNeighbours(lines, line, citation, root, used)) used.add(j);
    offerCitation(citation, fs);
  }
  return { citation, line, count, isbns: isbns.size };
}

interface Headings {
  heading: Heading | null;
  docTitle: { title: string; site: string | null };
  pub: PubHeader | null;
  /** A publication's own page: it names its kind, and no citation or labelled record describes another work. */
  ownPage: boolean;
  ogBook: boolean;
  bookPage: boolean;
  recordPage: boolean;
  /** A page in its site's folder of publications, or one with an author's card and a date: the publication's own for its header's details. */
  folder: boolean;
  /** A shop's page of one book: a buy button and words for a book in the heading's block. */
  shopBook: boolean;
}

/**
 * A page whose citation line describes the work it discusses is about that work, not the work
 * itself: a DOI the citation does not give (the journal's tags, its `DOI:` line) is the page's own.
 */
function dropPageDoi(citation: Citation, fs: FieldSet): void {
  if (!citation.doi && citationFields(citation) >= 3 && fs.str('work.doi') && fs.source('work.doi') !== 'citation') fs.drop('work.doi');
}

/** A journal's review page lists the review's author where a record lists the work's (`Autores`): not the work's author. */
function dropReviewAuthor(fs: FieldSet): void {
  const reviewer = fs.str('review.reviewer');
  if (reviewer && personAmong(fs.list('work.authors'))(reviewer)) fs.drop('work.authors');
}

/** The page's heading and document title, and the short lines around the heading. */
function readHeadings(
  doc: Document,
  url: string,
  page: PageText,
  fs: FieldSet,
  used: Set<number>,
  known: { strongLabels: number; citation: boolean; ld: LdFacts; meta: MetaMap },
): Headings {
  const inner = mainHeading(page.lines);
  const docTitle = splitDocTitle(doc.title);
  // An h1 outside the content that only names the site (a blog's name) is not the page's heading;
  // nor is one over a heading inside it that says it reviews a work by someone (a category's name over its one post).
  const own = inner?.level === 1 || inner?.entry || (!!inner && !!reviewHeading(inner.text));
  const outside = own ? null : outsideHeading(doc, page.mainRoot);
  const heading = own ? inner : ((outside && !namesSite(outside.text, docTitle, doc) ? outside : null) ?? inner);
  if (heading && heading.index >= 0) used.add(heading.index);
  if (heading) {
    const rank = heading.index >= 0 ? RANK.heading : RANK.heading - 5;
    fs.offer('review.title', heading.text, 'heading', rank, `h${heading.level}`, heading.text);
    const wt = workTitleFromHeading(heading.text, fs.list('work.authors'));
    fs.offer('work.title', wt, 'heading', rank, `h${heading.level}`, quoteIn(heading.text, wt));
  }
  // The short lines around the heading: a publication's type, date and authors on its own page, or a shop's buy button.
  const block = heading ? headerLines(heading.el) : null;
  const pub = block ? pubHeaderOf(block) : null;
  const shopBook = !!block && shopOfBook(block.lines);
  const pathType = typeFromPath(url);
  // A paper's own page: its kind named beside the title, or its authors right under the title and an abstract.
  const paper = !!pub?.abstract && pub.people.length > 0 && pub.peopleLines === 1;
  const ownPage = (!!(pub?.type ?? pathType) || paper) && !pub?.reviewType && known.strongLabels < 2 && !known.citation;
  const ogBook = OG_BOOK.test(firstMeta(known.meta, 'og:type')?.content.trim() ?? '');
  const themeClass = `${page.mainRoot?.getAttribute('class') ?? ''} ${bodyOf(doc)?.getAttribute('class') ?? ''}`;
  const recordPage = RECORD_CLASS.test(themeClass);
  const bookPage = ogBook || (!!known.ld.work && !known.ld.review) || BOOK_CLASS.test(themeClass) || recordPage;
  // A page in its site's folder of publications, or one whose heading block gives its date and
  // an author's card, is the publication's own for its subtitle, date and topics.
  const folder = (publicationFolder(url) || (!!pub?.authorCard && !!pub.date && !pub.reviewType)) && !known.citation && known.strongLabels < 2;
  if (heading && pub) offerPubHeader(pub, fs, { heading, ownPage, pathType, bookPage, folder });
  else if (ownPage && pathType) fs.offer('work.type', pathType, 'url', RANK.title, null, null);
  // A publication's own page files it under topics beside its heading.
  const tags = heading && (ownPage || folder) ? readTopicTags(heading.el) : null;
  if (tags) fs.offer('work.keywords', tags.tags, 'content', RANK.heading, null, tags.quote);
  return { heading, docTitle, pub, ownPage, ogBook, bookPage, recordPage, folder, shopBook };
}

function offerSiteName(doc: Document, titleSite: string | null, fs: FieldSet): void {
  if (fs.rank('review.siteName') < RANK.logo) {
    const logo = logoText(doc);
    if (logo) fs.offer('review.siteName', logo, 'content', RANK.logo, 'logo', logo);
  }
  // `Sueños de luna – Leo Mazzola`: a document title's tail that names the work's author is no site, nor one that says it is a review.
  const people = [...fs.list('work.authors'), ...fs.list('work.editors')].map(fold);
  if (titleSite && !people.some((p) => p.length > 3 && fold(titleSite).includes(p)) && !onlyReviewWords(titleSite) && !FILE_TAIL.test(titleSite))
    fs.offer('review.siteName', titleSite, 'title', RANK.title, 'title', titleSite);
}

/** What a document-sharing site's title says after a file's name (`[PDF Document]`, `PDF Free Download`): the file's kind, no site. */
const FILE_TAIL = /^\[?(?:pdf|docx?|pptx?|epub)(?:\s+(?:document|file|free download|download))?\]?$/i;

/** Categories from the page's breadcrumbs, else from its JSON-LD BreadcrumbList. */
function offerCategories(doc: Document, page: PageText, hasWork: boolean, ldCrumbs: readonly string[], titles: readonly (string | null)[], fs: FieldSet): void {
  const cats = categoriesFrom(readBreadcrumbs(doc, page.crumbs, hasWork), titles);
  const texts = (list: readonly { text: string }[]) => list.map((c) => c.text);
  if (cats[0]) {
    fs.offer('review.categories', texts(cats), 'breadcrumb', RANK.content, null, cats[0].text);
    return;
  }
  if (!ldCrumbs.length) return;
  const ldCats = categoriesFrom(
    ldCrumbs.map((text, i) => ({ text, link: i < ldCrumbs.length - 1 })),
    titles,
  );
  if (ldCats[0]) fs.offer('review.categories', texts(ldCats), 'json-ld', RANK.breadcrumbLd, 'BreadcrumbList', ldCats[0].text);
}

/**
 * A citation cut in two: by a <br> (`Author. «Title»: Роман. — М.: АСТ,` / `Редакция…, 2020`), the
 * line before in the same block ending mid-sentence; or set in two elements one after the other
 * (`Гузель Яхина. Зулейха открывает глаза.` / `М.: АСТ, 2015`), a short line ending a sentence
 * right before a short imprint. Either is read with this one.
 */
function brokenCitation(lines: readonly Line[], i: number, used: ReadonlySet<number>, imprint: Citation | null): Citation | null {
  const prev = lines[i - 1];
  const l = lines[i];
  if (!prev || !l || used.has(i - 1) || prev.h || prev.text.length > 400) return null;
  const cutByBreak = prev.block === l.block && /[,:;—–-]\s*$/.test(prev.text);
  const setApart =
    !!(imprint?.publisher ?? imprint?.place) &&
    l.text.length <= 200 &&
    prev.block.nextElementSibling === l.block &&
    prev.text.length <= 300 &&
    /[.!?»”"]\s*$/.test(prev.text);
  if (!cutByBreak && !setApart) return null;
  let text = `${prev.text.trim()} ${l.text.trim()}`;
  // A header broken over several lines of one element (`Author, Title` / `Subtitle,` / `Place, Publisher, 2012`) is read whole.
  if (cutByBreak) {
    for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
      const before = lines[j];
      if (!before || before.block !== l.block || used.has(j) || text.length + before.text.length > 400) break;
      text = `${before.text.trim()} ${text}`;
    }
  }
  return parseCitation({ text, runs: null });
}

/** The authors and editors a citation names. */
function citedPeople(c: Citation): string[] {
  return [...(c.authors?.value ?? []), ...(c.editors?.value ?? [])];
}

/** The authors and editors of the work found so far. */
function workPeople(fs: FieldSet): string[] {
  return [...fs.list('work.authors'), ...fs.list('work.editors')];
}

function samePeople(a: Citation, b: Citation): boolean {
  const people = (c: Citation) =>
    citedPeople(c)
      .map((p) => fold(personName(p)))
      .sort()
      .join('|');
  const pa = people(a);
  return pa !== '' && pa === people(b);
}

/** The part of `whole` that `part` was cut from, for a quote (falls back to `whole`). */
function quoteIn(whole: string, part: string): string {
  return whole.includes(part) ? part : whole;
}

/** Labelled lines about the work outside the main content (a product page's details table). */
function labelsOutside(doc: Document, mainRoot: Element): LabelHit[] {
  return findLabelLines(collectLines(doc, OUTSIDE_LIMITS, mainRoot).lines, () => true).filter(
    (h) => !h.keys.includes('reviewer') && !h.keys.includes('summary'),
  );
}

/** The rest of a page is read only so far: a details table is not buried under megabytes. */
const OUTSIDE_LIMITS = { maxChars: 60_000, maxLines: 2_000, maxNodes: 20_000 };

const MAX_TEXT = 20_000;

function build(url: string, { isReview, confidence, notOneWork }: Verdict, fs: FieldSet): Extraction {
  const work = emptyWork();
  const review = emptyReview();
  for (const f of WORK_FIELDS) setField(work, f, fs.get(`work.${f}`));
  if (work.title) work.title = tidyTitle(work.title, [...work.authors, ...work.editors]);
  for (const f of REVIEW_FIELDS) setField(review, f, fs.get(`review.${f}`));
  // Drop provenance of values that did not survive.
  const fields = Object.fromEntries(
    Object.entries(fs.provenance()).filter(([key]) => {
      const [part, name] = key.split('.') as ['work' | 'review', string];
      const v = part === 'work' ? work[name as keyof Work] : review[name as keyof Review];
      return !(v === null || (Array.isArray(v) && !v.length));
    }),
  );
  return { url: url.slice(0, 8192), isReview, confidence, work, review, fields, ...(notOneWork && { notOneWork }) };
}

/** Fields that name people, shown in reading order whichever source gave them. */
const PEOPLE = new Set(['authors', 'editors', 'reviewer']);

function setField(target: Work | Review, name: string, raw: unknown): void {
  const t = target as Record<string, unknown>;
  const cur = t[name];
  if (raw === undefined || raw === null) return;
  const v = PEOPLE.has(name)
    ? Array.isArray(raw)
      ? (raw as unknown[]).map((x) => (typeof x === 'string' ? personName(x) : x))
      : typeof raw === 'string'
        ? personName(raw)
        : raw
    : raw;
  if (Array.isArray(cur)) {
    if (Array.isArray(v))
      t[name] = v
        .filter((x): x is string => typeof x === 'string' && !!x)
        .map((x) => x.slice(0, 2000))
        .slice(0, 200);
  } else if (name === 'pages') {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) t[name] = v;
  } else if (typeof v === 'string') t[name] = v.slice(0, MAX_TEXT);
}
