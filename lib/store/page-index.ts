import { annotationIndex, type PageRecord, type ReviewDb } from '../db';
import { readWrite } from '../db-transaction';
import { must } from '../must';

/**
 * Gathers the pages' index columns from their annotations again (search terms, tags, colours),
 * in one read of each and one write. Called inside every transaction that changes annotations,
 * so the library's page-level indexes never lag behind. `replacing` are page records about to be
 * written (an import): they are written here, with their columns, not written twice.
 */
export async function refreshPages(db: ReviewDb, keys: Iterable<string>, replacing: PageRecord[] = []): Promise<void> {
  const wanted = [...new Set(keys)];
  const given = new Map(replacing.map((p) => [p.key, p]));
  const [stored, lists] = await Promise.all([db.pages.bulkGet(wanted.filter((k) => !given.has(k))), db.annotations.ofPages(wanted)]);
  const found = new Map<string, PageRecord>([...stored.flatMap((p) => (p ? [[p.key, p] as const] : [])), ...given]);
  await db.pages.bulkPut(
    wanted.flatMap((k, i) => {
      const p = found.get(k);
      return p ? [{ ...p, ...annotationIndex(must(lists[i], 'the annotations of a page')) }] : [];
    }),
  );
}

/** Gathers every page's index columns again (after records were written in bulk). */
export async function reindexAll(db: ReviewDb): Promise<void> {
  await readWrite(db, ['pages', 'annotations'], async () => refreshPages(db, await db.pages.toCollection().primaryKeys()));
}
