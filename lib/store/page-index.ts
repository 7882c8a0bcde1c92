import { byPage, type AnnotationRecord } from '../annotation';
import { annotationIndex, type PageRecord, type ReviewDb } from '../db';
import { readWrite } from '../db-transaction';
import { must } from '../must';

/** What changed about the pages' annotations, for updatePageIndex. */
export interface IndexChange {
  /** Annotations new to their pages: they only add to the pages' columns. */
  added?: AnnotationRecord[];
  /** Pages whose annotations were edited, moved to the trash or back, or moved away: gathered again from all of them. */
  recompute?: Iterable<string>;
  /** Page records about to be written (an import): written here, with their columns, not written twice. */
  replacing?: PageRecord[];
}

/**
 * Keeps the pages' index columns gathered from their annotations (search terms, tags, colours)
 * true, in the transaction that changes the annotations, so that the library's page-level indexes
 * never lag behind. Only the pages to recompute have their annotations read.
 */
export async function updatePageIndex(db: ReviewDb, { added = [], recompute = [], replacing = [] }: IndexChange): Promise<void> {
  const recomputed = new Set(recompute);
  const again = [...recomputed];
  const adding = byPage(added.filter((a) => !recomputed.has(a.pageKey)));
  const given = new Map(replacing.map((p) => [p.key, p]));
  const keys = [...new Set([...again, ...adding.keys(), ...given.keys()])];
  const [stored, lists] = await Promise.all([db.pages.bulkGet(keys), db.annotations.ofPages(again)]);
  const gathered = new Map(again.map((k, i) => [k, annotationIndex(must(lists[i], 'the annotations of a page'))]));
  await db.pages.bulkPut(
    keys.flatMap((k, i) => {
      const current = stored[i];
      const page = given.get(k) ?? current;
      return page ? [{ ...page, ...(gathered.get(k) ?? annotationIndex(adding.get(k) ?? [], current)) }] : [];
    }),
  );
}

/** Gathers the pages' index columns again from all their annotations. */
export function refreshPages(db: ReviewDb, keys: Iterable<string>): Promise<void> {
  return updatePageIndex(db, { recompute: keys });
}

/** Gathers every page's index columns again (after records were written in bulk). */
export async function reindexAll(db: ReviewDb): Promise<void> {
  await readWrite(db, ['pages', 'annotations'], async () => refreshPages(db, await db.pages.toCollection().primaryKeys()));
}
