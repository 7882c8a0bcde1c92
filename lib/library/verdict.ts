import { UNSURE_FROM } from '../extract/classify';
import type { Extraction } from '../extract/schema';

/**
 * What the page is for the reader: a review, maybe one (the popup asks), or neither. Their
 * answer first; else the extractor's verdict, in which a site rule's No leaves no doubt to ask about.
 * The toolbar icon and the popup both say this.
 */
export function pageVerdict(extraction: Extraction | null, answer: boolean | undefined): 'review' | 'unsure' | null {
  if (answer !== undefined) return answer ? 'review' : null;
  if (!extraction) return null;
  if (extraction.isReview) return 'review';
  if (extraction.verdictRule) return null;
  return extraction.confidence >= UNSURE_FROM ? 'unsure' : null;
}
