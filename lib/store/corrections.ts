import type { PageRecord, ReviewDb } from '../db';
import type { Extraction, FieldPath } from '../extract/schema';
import { fits, withCorrection, withVerdict, type Corrections, type FieldValue } from '../library/corrections';
import { readWrite } from '../db-transaction';
import { keysFor, NotFoundError, upsertPage, type PageRef } from './pages';

/**
 * The reader's corrections of a page's extracted fields and answers to "is this a review?",
 * kept on its record. A page that was not saved is saved by its first correction.
 */
export interface CorrectionStore {
  /** Sets (or, with undefined, clears) the correction of one field; `picked` is the quote the value was picked from. */
  correctField(page: PageRef, extraction: Extraction | null, path: FieldPath, value: FieldValue | undefined, picked?: string): Promise<PageRecord>;
  /** The same for a page known only by its key (the library); NotFoundError when it is not saved. */
  correctSavedField(key: string, path: FieldPath, value: FieldValue | undefined): Promise<PageRecord>;
  /** Keeps the reader's answer to "is this a review?" for the page. */
  answerIsReview(page: PageRef, extraction: Extraction | null, isReview: boolean): Promise<PageRecord>;
}

export function createCorrectionStore(db: ReviewDb, now: () => number = Date.now): CorrectionStore {
  /** Changes the corrections of a page; the page is saved if it was not. */
  function change(page: PageRef, extraction: Extraction | null, fn: (c: Corrections) => Corrections): Promise<PageRecord> {
    return readWrite(db, ['pages'], async () => {
      const t = now();
      const known = (await db.pages.bulkGet(await keysFor(db, page))).find((p) => p != null);
      const existing = known ?? (await upsertPage(db, page, extraction, t));
      const out = { ...existing, corrections: fn(existing.corrections), updatedAt: t };
      await db.pages.put(out);
      return out;
    });
  }

  function correctField(page: PageRef, extraction: Extraction | null, path: FieldPath, value: FieldValue | undefined, picked?: string): Promise<PageRecord> {
    if (value !== undefined && !fits(path, value)) return Promise.reject(new TypeError(`a value of this kind does not fit ${path}`));
    return change(page, extraction, (c) => withCorrection(c, path, value, picked));
  }

  return {
    correctField,

    async correctSavedField(key, path, value) {
      const page = await db.pages.get(key);
      if (!page) throw new NotFoundError(`no saved page ${key}`);
      return correctField({ url: page.url, title: page.title, canonical: null }, page.extraction, path, value);
    },

    answerIsReview: (page, extraction, isReview) => change(page, extraction, (c) => withVerdict(c, isReview)),
  };
}
