/**
 * Is this page a review (or description) of one publication? A logistic model over the
 * evidence the readers gathered, its weights fitted on real pages (scripts/fit-classifier.ts).
 */
import model from './classifier-weights.json' with { type: 'json' };

export interface Evidence {
  /** Distinct work fields given by labelled lines that say something specific (author, publisher, pages…). */
  strongLabels: number;
  /** Distinct other work fields given by labelled lines (date, keywords, title…). */
  weakLabels: number;
  /** Labelled records repeat (the same labels again for another item): a listing. */
  repeatedRecords: number;
  /** Fields of the work given by the best citation line (0 when none). */
  citationFields: number;
  /** Lines that read as a full citation; several suggest a list of publications. */
  citationLines: number;
  /** Paragraphs of prose before the best citation line (a review's stands before its prose). */
  citationAfterProse: number;
  /** Paragraphs of prose before the first labelled line about the work. */
  labelsAfterProse: number;
  /** The best citation line is a list item. */
  citationInList: boolean;
  /** JSON-LD Review whose itemReviewed is a publication. */
  ldReviewOfWork: boolean;
  /** JSON-LD publication node (Book, Report…) on its own. */
  ldWork: boolean;
  /** JSON-LD Review of something that is not a publication (a product), or a page's own JSON-LD thing that is none (a recipe, an event). */
  ldNonPublication: boolean;
  ldListing: boolean;
  ldNews: boolean;
  /** Fields of the work declared by citation_* or Dublin Core meta tags (0 without a title and author). */
  scholarlyMetaFields: number;
  /** og:type book. */
  ogBook: boolean;
  /** The page's classes name a content type for one publication record. */
  recordPage: boolean;
  /** A reviewer line (`Reviewed by`, `By:`). */
  reviewerLine: boolean;
  /** The main heading reads `Review: <title> by <full names>` (or `… (review)`). */
  reviewHeading: boolean;
  /** The main heading reads `Title by Author`, and nothing else on the page describes a work. */
  headingNamesAuthor: boolean;
  /** Only the review's prose names the work's author (`the new novel by A`, `<i>Title</i>, by A`). */
  proseNamesAuthor: boolean;
  /** Only the review's opening names the work's author, as the subject of a verb of writing (opening-writer.ts). */
  openingWriter: boolean;
  /** The address or the title gives a page number beyond the first: one page of an archive. */
  archivePage: boolean;
  /** The heading or the title names books in the plural. */
  booksPlural: boolean;
  /** Only the prose names the work's author, and it names works of other authors too. */
  severalAuthorsNamed: boolean;
  /** The prose gives the work's imprint as a capsule does (`Title (Publisher, 352 pages, $15)`), or a cover's caption names it. */
  proseImprint: boolean;
  /** Only the address names the work and its author, and the page confirms them (address-work.ts). */
  addressNamesWork: boolean;
  /** A shop's page of one book: a buy button and words for a book beside the title. */
  shopOfBook: boolean;
  /** One book's trade facts (its publisher with a page count or a price) set apart under the heading or closing the text (capsule-facts.ts). */
  capsuleFacts: boolean;
  /** A book's page names its author apart from its description (about-author.ts, title-repeat.ts). */
  authorApart: boolean;
  /** A library catalogue's MARC view of one record. */
  catalogueRecord: boolean;
  /** The address is one item's on repository or catalogue software, or that software names itself (platform.ts). */
  repositoryPlatform: boolean;
  /** The page sells the item it shows (product-page.ts). */
  productPage: boolean;
  /** Distinct facts only a publication's record gives (author, editor, publisher, pages, ISBN) in labelled lines. */
  bookFacts: number;
  /** The heading block names a kind of publication (`Issue Brief`) and nothing else describes another work. */
  pubType: boolean;
  /** …and names the publication's authors (`By A, B and C`). */
  pubAuthors: boolean;
  /** The address puts the page in its site's folder of publications (`/publications/…`). */
  publicationFolder: boolean;
  /** A word for a review, in the languages read, in the address, title, headings or the page's section. */
  reviewWord: boolean;
  /** The address or the page's section names books (`/books/`, `Posted in Libri`). */
  booksSection: boolean;
  /**
   * The page's title or heading calls it a list, an interview, an event, guidelines, a bibliography
   * or search results, or its heading names a kind of publication in the plural (`Policy Papers`);
   * its citation gives the source of a text it reproduces or a serial's span of years; or its
   * labels are explained rather than filled in (a help page).
   */
  otherKindWord: boolean;
  /** Distinct words for the people and parts of a film, a show or a record (director, cast, screenplay). */
  performance: number;
  /** Prose of the review was found. */
  hasSummary: boolean;
  /** Article elements, or posts' own titles, outside sidebars. */
  articles: number;
  /** The page has a main content element. */
  hasMain: boolean;
  /** The address is a site's root. */
  rootUrl: boolean;
  /** The work's first author is named again in the page's prose. */
  authorInProse: boolean;
  /** Replies headed `Re: …`: a discussion thread. */
  forumThread: boolean;
  /** The extraction found a title and someone responsible (author, editor or publisher). */
  hasTitle: boolean;
  hasResponsible: boolean;
  /** The extraction found the work's ISBN. */
  workIsbn: boolean;
}

export interface Verdict {
  isReview: boolean;
  /** The fitted probability that the page reviews or describes one publication. */
  confidence: number;
  listing: boolean;
  /** The page speaks of several works (several posts, an archive, books in the plural, a listing) or calls itself another kind of page. */
  notOneWork: boolean;
}

const cap = (n: number, max: number) => Math.min(n, max) / max;
const bit = (b: boolean) => (b ? 1 : 0);
const proseOnly = (e: Evidence) => e.proseNamesAuthor && !e.ogBook && !e.productPage;

/**
 * What the model reads of the evidence, each scaled to 0..1. The weights are fitted on the
 * corpus's tune split by scripts/fit-classifier.ts and kept in classifier-weights.json, in
 * this order: a feature added here needs a new fit (a unit test checks they agree).
 */
export const FEATURES: readonly (readonly [string, (e: Evidence) => number])[] = [
  ['ldReviewOfWork', (e) => bit(e.ldReviewOfWork)],
  ['ldWork', (e) => bit(e.ldWork && !e.ldReviewOfWork)],
  ['scholarlyMeta', (e) => cap(e.scholarlyMetaFields, 6)],
  ['scholarlyRecord', (e) => bit(e.scholarlyMetaFields > 0)],
  ['ogBook', (e) => bit(e.ogBook)],
  ['recordPage', (e) => bit(e.recordPage)],
  // One `Author:` line is common on pages of every kind (documentation, recipes, logs); a
  // second specific label is what a publication's record has.
  ['strongLabels', (e) => cap(Math.max(0, e.strongLabels - 1), 4)],
  ['weakLabels', (e) => cap(e.weakLabels, 5)],
  ['citationFields', (e) => cap(e.citationFields, 7)],
  ['citationAfterProse', (e) => cap(e.citationAfterProse, 4)],
  ['citationInList', (e) => bit(e.citationInList)],
  ['labelsAfterProse', (e) => cap(e.labelsAfterProse, 4)],
  ['reviewerLine', (e) => bit(e.reviewerLine)],
  ['reviewHeading', (e) => bit(e.reviewHeading)],
  ['reviewWord', (e) => bit(e.reviewWord)],
  ['publicationFolder', (e) => bit(e.publicationFolder)],
  ['booksSection', (e) => bit(e.booksSection)],
  ['otherKindWord', (e) => bit(e.otherKindWord)],
  // A book's review may name its film once.
  ['performanceWork', (e) => cap(Math.max(0, e.performance - 1), 3)],
  ['catalogueRecord', (e) => bit(e.catalogueRecord)],
  // The platform's item page with a record on it: its own citation tags, labelled fields or MARC view.
  // A shop's page that gives a book's facts: a bookshop's or publisher's record of that book.
  ['shopRecord', (e) => bit(e.productPage && e.bookFacts >= 2)],
  ['repositoryItem', (e) => bit(e.repositoryPlatform && (e.scholarlyMetaFields > 0 || e.strongLabels > 0 || e.catalogueRecord))],
  ['headingNamesAuthor', (e) => bit(e.headingNamesAuthor)],
  ['pubType', (e) => bit(e.pubType)],
  ['pubAuthors', (e) => bit(e.pubAuthors)],
  ['hasSummary', (e) => bit(e.hasSummary)],
  ['ldNonPublication', (e) => bit(e.ldNonPublication && !e.ldReviewOfWork)],
  // News markup counts against only where nothing else describes a publication: magazines mark
  // their book reviews up as news articles too.
  ['ldNews', (e) => bit(e.ldNews && !e.ldReviewOfWork && !e.ldWork && !e.scholarlyMetaFields && e.citationFields < 3 && e.strongLabels < 2)],
  ['rootUrl', (e) => bit(e.rootUrl)],
  ['manyArticles', (e) => bit(e.articles >= 4 && !e.hasMain)],
  ['severalArticles', (e) => bit(e.articles >= 2)],
  ['repeatedRecords', (e) => cap(e.repeatedRecords, 2)],
  ['citationLines', (e) => cap(Math.max(0, e.citationLines - 1), 3)],
  ['authorInProse', (e) => bit(e.authorInProse)],
  // A page that declares itself a book's (og:type) or sells it is about that book wherever its
  // author is named; elsewhere an author named only in prose is often a book merely mentioned.
  ['proseNamesAuthor', (e) => bit(proseOnly(e))],
  // Where only the prose names the author, what says the work is one of several: a page of an
  // archive, a heading about books, works of several authors named.
  ['proseArchivePage', (e) => bit(proseOnly(e) && e.archivePage)],
  ['proseBooksPlural', (e) => bit(proseOnly(e) && e.booksPlural)],
  ['proseSeveralAuthors', (e) => bit(proseOnly(e) && e.severalAuthorsNamed)],
  ['openingWriter', (e) => bit(e.openingWriter)],
  ['proseImprint', (e) => bit(e.proseImprint)],
  ['shopOfBook', (e) => bit(e.shopOfBook)],
  ['addressNamesWork', (e) => bit(e.addressNamesWork)],
  ['authorApart', (e) => bit(e.authorApart)],
  ['capsuleFacts', (e) => bit(e.capsuleFacts)],
];

export function featureVector(e: Evidence): number[] {
  return FEATURES.map(([, f]) => f(e));
}

/**
 * Pages the model is never asked about: a listing (labelled records that repeat, a JSON-LD
 * list) is about many publications, not one; a discussion thread is people talking, whatever
 * about; a page where no work with a title and someone responsible for it was found has nothing
 * to show as one, unless it names one publication otherwise.
 */
export function ruledOut(e: Evidence): { listing: boolean; out: boolean } {
  const listing = e.repeatedRecords >= 2 || e.ldListing;
  return { listing, out: listing || e.forumThread || !e.hasTitle || !(e.hasResponsible || identifiesOne(e)) };
}

/**
 * A page that declares itself a book's (og:type) or a publication's (citation or Dublin Core
 * meta tags), or gives the work's ISBN: a shop's, a catalogue's or a journal's page of one
 * publication is that, whether or not its text names the author.
 */
export function identifiesOne(e: Evidence): boolean {
  return e.ogBook || e.scholarlyMetaFields > 0 || e.workIsbn;
}

export function probability(x: readonly number[], w: readonly number[], bias: number): number {
  let z = bias;
  for (let i = 0; i < x.length; i++) z += (w[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** From this confidence up to the threshold the reader is asked whether the page is a review. */
export const UNSURE_FROM = model.unsureFrom;
export const THRESHOLD = model.threshold;

/**
 * A title, a name and some prose are what every page has: with nothing else in favour (no
 * feature the model weighs for a review) the page is at most one to ask about, whatever the
 * model's prior says. Having a summary, and where a page's labels stand after its prose, say
 * nothing in favour by themselves, whatever sign the fit gives them.
 */
const NOT_IN_FAVOUR: ReadonlySet<string> = new Set(['hasSummary', 'labelsAfterProse']);

/**
 * A page its site files among its own publications is a report's landing page more often than
 * not, though the fit may weigh the folder at nothing or a little against once other evidence is
 * there (series and contents pages sit in such folders too): alone, it is in favour.
 */
const IN_FAVOUR: ReadonlySet<string> = new Set(['publicationFolder']);

export function bare(x: readonly number[], w: readonly number[]): boolean {
  return FEATURES.every(([name], i) => NOT_IN_FAVOUR.has(name) || !x[i] || ((w[i] ?? 0) <= 0 && !IN_FAVOUR.has(name)));
}

/**
 * The confidence the extension shows and asks the reader from: a bare page's held just under the
 * threshold, so that it is asked about and never taken; rounded as the popup compares it.
 */
export function shownConfidence(p: number, isBare: boolean, threshold: number): number {
  return Math.round((isBare ? Math.min(p, threshold - 0.01) : p) * 100) / 100;
}

export function classify(e: Evidence): Verdict {
  const { listing, out } = ruledOut(e);
  const x = featureVector(e);
  const fitted = out ? 0 : probability(x, model.weights, model.bias);
  const isBare = bare(x, model.weights);
  return {
    isReview: !out && !isBare && fitted >= model.threshold,
    confidence: shownConfidence(fitted, isBare, model.threshold),
    listing,
    notOneWork: listing || e.articles >= 2 || e.archivePage || e.booksPlural || e.otherKindWord,
  };
}
