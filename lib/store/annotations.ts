import type { ReviewDb } from '../db';
import type { Extraction } from '../extract/schema';
import { liveOldestFirst, type AnnotationEdit, type AnnotationRecord, type HighlightColor, type NewHighlight, type Selectors } from '../annotation';
import { pageKey } from '../page-key';
import { readOnly, readWrite } from '../db-transaction';
import { keysFor, upsertPage, type PageAddress, type PageRef } from './pages';
import { changeAnnotation, changeAnnotations } from './annotation-changes';

/** A change made to several annotations at once, from the library. */
export interface BulkEdit {
  color?: HighlightColor;
  addTags?: string[];
  removeTags?: string[];
}

/**
 * The annotations: made on a page (whose record is saved with them, so the library knows the
 * work), read by id or page, and changed. Moving them to the trash and back is the TrashStore's.
 */
export interface AnnotationStore {
  get(id: string): Promise<AnnotationRecord | undefined>;
  /** The page's annotations that are not in the trash, oldest first, under any of its addresses. */
  forPage(page: PageAddress): Promise<AnnotationRecord[]>;
  /** A new highlight; sent again with the same id (its first answer was lost), the stored one. */
  addHighlight(page: PageRef, extraction: Extraction | null, h: NewHighlight): Promise<AnnotationRecord>;
  addPageNote(page: PageRef, extraction: Extraction | null, note: string): Promise<AnnotationRecord>;
  /** Places a highlight on other text of its page; its id, colour, note, tags and creation time stay. */
  reattach(id: string, selectors: Selectors): Promise<AnnotationRecord>;
  update(id: string, edit: AnnotationEdit): Promise<AnnotationRecord>;
  /** Returns how many annotations were changed. */
  updateMany(ids: string[], edit: BulkEdit): Promise<number>;
  /** An orphaned highlight becomes a note about the page; its quote is kept in the note. */
  orphanToPageNote(id: string): Promise<AnnotationRecord>;
}

type NewFields = Pick<AnnotationRecord, 'motivation' | 'target' | 'color' | 'note' | 'tags'>;

export function createAnnotationStore(db: ReviewDb, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()): AnnotationStore {
  function newRecord(page: PageRef, t: number, fields: NewFields): AnnotationRecord {
    return { id: newId(), pageKey: pageKey(page.url), url: page.url, title: page.title, created: t, updated: t, deleted: null, ...fields };
  }

  /** Stores a new annotation with its page's record (and what it adds to the page's index), inside the caller's transaction over pages and annotations. */
  async function insert(page: PageRef, extraction: Extraction | null, record: AnnotationRecord, t: number): Promise<AnnotationRecord> {
    await upsertPage(db, page, extraction, t, [record]);
    await db.annotations.add([record]);
    return record;
  }

  return {
    get: (id) => db.annotations.get(id),

    // In a transaction, for the liveQueries that call it (lib/db-transaction).
    forPage: (page) => readOnly(db, ['pages', 'annotations'], async () => liveOldestFirst((await db.annotations.ofPages(await keysFor(db, page))).flat())),

    addHighlight(page, extraction, h) {
      const t = now();
      const fresh = newRecord(page, t, { motivation: 'highlighting', target: h.selectors, color: h.color, note: h.note, tags: h.tags });
      const record = h.id ? { ...fresh, id: h.id } : fresh;
      return readWrite(db, ['pages', 'annotations'], async () => {
        // The same highlight sent again (its first answer was lost): it is already stored.
        const stored = h.id ? await db.annotations.get(h.id) : undefined;
        if (stored) {
          if (stored.pageKey !== record.pageKey) throw new TypeError(`annotation ${h.id} belongs to another page`);
          return stored;
        }
        return insert(page, extraction, record, t);
      });
    },

    addPageNote(page, extraction, note) {
      const t = now();
      const record = newRecord(page, t, { motivation: 'commenting', target: null, color: null, note, tags: [] });
      return readWrite(db, ['pages', 'annotations'], () => insert(page, extraction, record, t));
    },

    reattach: (id, selectors) =>
      changeAnnotation(db, id, (a) => {
        if (a.motivation !== 'highlighting') throw new TypeError('only a highlight can be placed on other text');
        return { ...a, target: selectors, updated: now() };
      }),

    update: (id, edit) =>
      changeAnnotation(db, id, (a) => ({
        ...a,
        color: a.motivation === 'highlighting' ? (edit.color ?? a.color) : a.color,
        note: edit.note ?? a.note,
        tags: edit.tags ?? a.tags,
        updated: now(),
      })),

    updateMany(ids, edit) {
      const t = now();
      const remove = new Set(edit.removeTags ?? []);
      return changeAnnotations(
        db,
        ids,
        () => true,
        (a) => {
          if (edit.color && a.motivation === 'highlighting') a.color = edit.color;
          a.tags = [...new Set([...a.tags.filter((tag) => !remove.has(tag)), ...(edit.addTags ?? [])])];
          a.updated = t;
        },
      );
    },

    orphanToPageNote: (id) =>
      changeAnnotation(db, id, (a) => {
        const quote = a.target?.quote.exact;
        const note = quote ? `“${quote}”${a.note ? `\n\n${a.note}` : ''}` : a.note;
        return { ...a, motivation: 'commenting', target: null, color: null, note, updated: now() };
      }),
  };
}
