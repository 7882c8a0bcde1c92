import type { Extraction } from './schema';
import { emptyReview, emptyWork } from './schema';

export type { Extraction } from './schema';

export function extractReview(doc: Document, url: string): Extraction {
  return { url, isReview: false, confidence: 0, work: emptyWork(), review: emptyReview(), fields: {} };
}

export function mightBeReview(doc: Document): boolean {
  return doc.body != null;
}
