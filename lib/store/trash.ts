import type { PageRecord, ReviewDb } from '../db';
import { must } from '../must';

const inTrash = (p: PageRecord | undefined): p is PageRecord => p != null && p.deleted != null;
import type { AnnotationRecord } from '../annotation';
import { readWrite } from '../db-transaction';
import { refreshPages } from './page-index';
import { changeAnnotation, changeAnnotations } from './annotation-changes';

/** How long the trash keeps what was deleted. */
export const TRASH_DAYS = 30;
const DAY = 86_400_000;

/**
 * The trash: annotations and pages moved there and back, and deleted for good once they have been
 * there TRASH_DAYS. A page goes with its annotations, all stamped with the same time, so that
 * restoring it brings back those and not the ones deleted on their own before.
 */
export interface TrashStore {
  trashAnnotation(id: string): Promise<AnnotationRecord>;
  restoreAnnotation(id: string): Promise<AnnotationRecord>;
  /** Moves annotations to the trash together; restoring them takes them all back. Returns how many moved. */
  trashAnnotations(ids: string[]): Promise<number>;
  /** Restores annotations, and the pages in the trash they belong to. Returns how many came back. */
  restoreAnnotations(ids: string[]): Promise<number>;
  /** Moves pages to the trash with their annotations; returns how many pages. */
  trashPages(keys: string[]): Promise<number>;
  /** Restores pages and the annotations that went to the trash with them; returns how many pages. */
  restorePages(keys: string[]): Promise<number>;
  /** Deletes for good what has been in the trash longer than TRASH_DAYS (or than `olderThan` ms: 0 empties it). */
  purge(olderThan?: number): Promise<{ pages: number; annotations: number }>;
}

export function createTrashStore(db: ReviewDb, now: () => number = Date.now): TrashStore {
  return {
    trashAnnotation: (id) => changeAnnotation(db, id, (a) => ({ ...a, deleted: now(), updated: now() })),

    restoreAnnotation: (id) => changeAnnotation(db, id, (a) => ({ ...a, deleted: null, updated: now() })),

    trashAnnotations(ids) {
      const t = now();
      return changeAnnotations(
        db,
        ids,
        (a) => a.deleted == null,
        (a) => Object.assign(a, { deleted: t, updated: t }),
      );
    },

    restoreAnnotations(ids) {
      const t = now();
      return readWrite(db, ['pages', 'annotations'], async () => {
        const n = await changeAnnotations(
          db,
          ids,
          (a) => a.deleted != null,
          (a) => Object.assign(a, { deleted: null, updated: t }),
        );
        // An annotation cannot come back to a page that is still in the trash: the page comes too.
        const pageKeys = new Set((await db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.pageKey] : [])));
        const trashed = (await db.pages.bulkGet([...pageKeys])).filter(inTrash);
        await db.pages.bulkPut(trashed.map((p) => ({ ...p, deleted: null, updatedAt: t })));
        return n;
      });
    },

    trashPages: (keys) =>
      readWrite(db, ['pages', 'annotations'], async () => {
        const pages = (await db.pages.bulkGet(keys)).filter((p): p is PageRecord => p != null && p.deleted == null);
        const annotations = (await db.annotations.ofPages(pages.map((p) => p.key))).flat();
        // The stamp tells what went with the page from what was deleted on its own before,
        // so it must differ from theirs even within one millisecond.
        const t = Math.max(now(), ...annotations.map((a) => (a.deleted ?? 0) + 1));
        await db.pages.bulkPut(pages.map((p) => ({ ...p, deleted: t, updatedAt: t })));
        await db.annotations.put(annotations.filter((a) => a.deleted == null).map((a) => ({ ...a, deleted: t, updated: t })));
        await refreshPages(
          db,
          pages.map((p) => p.key),
        );
        return pages.length;
      }),

    restorePages(keys) {
      const t = now();
      return readWrite(db, ['pages', 'annotations'], async () => {
        const pages = (await db.pages.bulkGet(keys)).filter(inTrash);
        const lists = await db.annotations.ofPages(pages.map((p) => p.key));
        const withPages = pages.flatMap((p, i) => must(lists[i], 'the annotations of a page').filter((a) => a.deleted === p.deleted));
        await db.annotations.put(withPages.map((a) => ({ ...a, deleted: null, updated: t })));
        await db.pages.bulkPut(pages.map((p) => ({ ...p, deleted: null, updatedAt: t })));
        await refreshPages(
          db,
          pages.map((p) => p.key),
        );
        return pages.length;
      });
    },

    purge(olderThan = TRASH_DAYS * DAY) {
      const cutoff = now() - olderThan;
      return readWrite(db, ['pages', 'annotations'], async () => {
        const pageKeys = await db.pages.where('deleted').belowOrEqual(cutoff).primaryKeys();
        const annotations = await db.annotations.purgeTrashedUpTo(cutoff);
        const pages = await db.pages.bulkDelete(pageKeys).then(() => pageKeys.length);
        return { pages, annotations };
      });
    },
  };
}
