import type { ReviewDb } from '../db';
import type { AnnotationRecord } from '../annotation';
import { readWrite } from '../db-transaction';
import { NotFoundError } from './pages';
import { refreshPages } from './page-index';

/**
 * Changing stored annotations: each change is one transaction that also refreshes their pages'
 * index columns, and resolves once it has committed.
 */

/** Replaces the annotation with what `fn` makes of it; NotFoundError when there is none. */
export function changeAnnotation(db: ReviewDb, id: string, fn: (a: AnnotationRecord) => AnnotationRecord): Promise<AnnotationRecord> {
  return readWrite(db, ['pages', 'annotations'], async () => {
    const a = await db.annotations.get(id);
    if (!a) throw new NotFoundError(`no annotation with id ${id}`);
    const out = fn(a);
    await db.annotations.put([out]);
    await refreshPages(db, [out.pageKey]);
    return out;
  });
}

/** Changes in place, with `fn`, the annotations with these ids that `when` accepts; returns how many. */
export function changeAnnotations(db: ReviewDb, ids: string[], when: (a: AnnotationRecord) => boolean, fn: (a: AnnotationRecord) => void): Promise<number> {
  return readWrite(db, ['pages', 'annotations'], async () => {
    const found = (await db.annotations.bulkGet(ids)).filter((a): a is AnnotationRecord => a != null && when(a));
    for (const a of found) fn(a);
    await db.annotations.put(found);
    await refreshPages(
      db,
      found.map((a) => a.pageKey),
    );
    return found.length;
  });
}
