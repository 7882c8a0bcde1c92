/**
 * Is this page a review (or description) of one publication? A score from the evidence the
 * sources found, with penalties for listings, product reviews and home pages. The confidence
 * is the score clipped to 0..1.
 */

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
  /** JSON-LD Review whose itemReviewed is a publication. */
  ldReviewOfWork: boolean;
  /** JSON-LD publication node (Book, Report…) on its own. */
  ldWork: boolean;
  /** JSON-LD Review of something that is not a publication (a product). */
  ldNonPublication: boolean;
  ldListing: boolean;
  ldNews: boolean;
  /** Fields of the work declared by citation_* or Dublin Core meta tags (0 without a title and author). */
  scholarlyMetaFields: number;
  /** og:type book. */
  ogBook: boolean;
  /** A reviewer line (`Reviewed by`, `By:`). */
  reviewerLine: boolean;
  /** The main heading reads `Review: <title> by <full names>` (or `… (review)`). */
  reviewHeading: boolean;
  /** The word "review" in the address, title, headings or categories. */
  reviewWord: boolean;
  /** Prose of the review was found. */
  hasSummary: boolean;
  /** Article elements outside sidebars. */
  articles: number;
  /** The page has a main content element. */
  hasMain: boolean;
  /** The address is a site's root. */
  rootUrl: boolean;
  /** The extraction found a title and someone responsible (author, editor or publisher). */
  hasTitle: boolean;
  hasResponsible: boolean;
}

export interface Verdict {
  isReview: boolean;
  confidence: number;
  listing: boolean;
}

export function classify(e: Evidence): Verdict {
  let s = 0;
  if (e.ldReviewOfWork) s += 0.6;
  else if (e.ldWork) s += 0.4;
  if (e.scholarlyMetaFields >= 2) s += Math.min(0.75, 0.3 + 0.08 * e.scholarlyMetaFields);
  if (e.ogBook) s += 0.3;
  if (e.strongLabels >= 2) s += Math.min(0.6, 0.2 * e.strongLabels) + Math.min(0.15, 0.05 * e.weakLabels);
  else if (e.strongLabels === 1) s += 0.1 + Math.min(0.1, 0.03 * e.weakLabels);
  if (e.citationFields >= 3) s += Math.min(0.7, 0.14 * e.citationFields);
  if (e.reviewerLine) s += 0.1;
  if (e.reviewHeading) s += 0.35;
  if (e.reviewWord) s += 0.1;
  if (e.hasSummary) s += 0.05;

  const listing = e.repeatedRecords >= 2 || e.citationLines >= 3 || e.ldListing || (e.articles >= 4 && !e.hasMain);
  if (listing) s -= 0.8;
  if (e.ldNonPublication && !e.ldReviewOfWork) s -= 0.7;
  if (e.ldNews && !e.ldReviewOfWork && !e.ldWork && !e.scholarlyMetaFields && e.citationFields < 3 && e.strongLabels < 2) s -= 0.2;
  if (e.rootUrl) s -= 0.5;
  if (!e.hasTitle || !e.hasResponsible) s = Math.min(s, 0.3);

  const confidence = Math.round(Math.max(0, Math.min(1, s)) * 100) / 100;
  const isReview = confidence >= 0.5 && !listing;
  return { isReview, confidence: isReview ? confidence : Math.min(confidence, 0.49), listing };
}
