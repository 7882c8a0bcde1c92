import type { AnnotationRecord } from '../annotation';
import type { PageRecord } from '../db';
import type { Review, Work } from '../extract/schema';

/**
 * One page as every export format sees it: its record, the work and review with the user's
 * corrections applied (lib/library/corrections effectiveFields), and its annotations not in
 * the trash, oldest first. The library's query results have this shape too.
 */
export interface ExportEntry {
  page: PageRecord;
  work: Work;
  review: Review;
  annotations: AnnotationRecord[];
}
