import Dexie from 'dexie';
import { annotationIndex, type ReviewDb, type PageRecord } from './db';
import type { Extraction, FieldPath } from './extract/schema';
import { liveOldestFirst, type AnnotationEdit, type AnnotationRecord, type HighlightColor, type NewHighlight, type Selectors } from './annotation';
import { fits, withCorrection, withVerdict, type Corrections, type FieldValue } from './library/corrections';
import { pageKey } from './page-key';
import { readOnly, readWrite } from './db-transaction';

/** How long the trash keeps what was deleted. */
export const TRASH_DAYS = 30;
const DAY = 86_400_000;

/** A change made to several annotations at once, from the library. */
export interface BulkEdit {
  color?: HighlightColor;
  addTags?: string[];
  removeTags?: string[];
}

/**
 * The annotations and page records, over Dexie. Every write is one transaction and each
 * method resolves only once it has committed, so a caller's acknowledgement means stored.
 */
export interface PageRef {
  url: string;
  title: string;
  canonical: string | null;
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export function createAnnotationStore(db: ReviewDb, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()) {
  /** Every page key under which this page's annotations may be stored. */
  async function keysFor(page: Pick<PageRef, 'url' | 'canonical'>): Promise<string[]> {
    const keys = new Set([pageKey(page.url)]);
    if (page.canonical) {
      const canonicalKey = pageKey(page.canonical);
      keys.add(canonicalKey);
      for (const p of await db.pages.where('canonicalKey').equals(canonicalKey).toArray()) keys.add(p.key);
    }
    return [...keys];
  }

  /** Creates or refreshes the page's record; keeps when it was first saved. */
  async function upsertPage(page: PageRef, extraction: Extraction | null | undefined, t: number): Promise<PageRecord> {
    const key = pageKey(page.url);
    const existing = await db.pages.get(key);
    const record: PageRecord = {
      key,
      url: page.url,
      title: page.title || existing?.title || page.url,
      canonicalKey: page.canonical ? pageKey(page.canonical) : (existing?.canonicalKey ?? null),
      extraction: extraction ?? existing?.extraction ?? null,
      corrections: existing?.corrections ?? {},
      savedAt: existing && existing.deleted == null ? existing.savedAt : t,
      updatedAt: t,
      deleted: null,
    };
    await db.pages.put(record);
    return record;
  }

  /**
   * Gathers the pages' index columns from their annotations again (search terms, tags,
   * colours). Called inside every transaction that changes annotations, so the library's
   * page-level indexes never lag behind.
   */
  function refreshPages(keys: Iterable<string>): Promise<void> {
    return refreshMany([...new Set(keys)]);
  }

  /**
   * The same, in one read of each table and one write. `replacing` are page records about to
   * be written (an import): they are written here, with their columns, not written twice.
   */
  async function refreshMany(wanted: string[], replacing: PageRecord[] = []): Promise<void> {
    const given = new Map(replacing.map((p) => [p.key, p]));
    const [stored, lists] = await Promise.all([db.pages.bulkGet(wanted.filter((k) => !given.has(k))), db.annotations.ofPages(wanted)]);
    const found = new Map<string, PageRecord>([...stored.flatMap((p) => (p ? [[p.key, p] as const] : [])), ...given]);
    await db.pages.bulkPut(
      wanted.flatMap((k, i) => {
        const p = found.get(k);
        return p ? [{ ...p, ...annotationIndex(lists[i]!) }] : [];
      }),
    );
  }

  async function change(id: string, fn: (a: AnnotationRecord) => AnnotationRecord): Promise<AnnotationRecord> {
    let out!: AnnotationRecord;
    await readWrite(db, ['pages', 'annotations'], async () => {
      const a = await db.annotations.get(id);
      if (!a) throw new NotFoundError(`no annotation with id ${id}`);
      out = fn(a);
      await db.annotations.put([out]);
      await refreshPages([out.pageKey]);
    });
    return out;
  }

  /** Changes the annotations with these ids that `when` accepts; refreshes their pages. */
  async function modifyMany(ids: string[], when: (a: AnnotationRecord) => boolean, fn: (a: AnnotationRecord) => void): Promise<number> {
    return readWrite(db, ['pages', 'annotations'], async () => {
      const found = (await db.annotations.bulkGet(ids)).filter((a): a is AnnotationRecord => a != null && when(a));
      for (const a of found) fn(a);
      await db.annotations.put(found);
      await refreshPages(found.map((a) => a.pageKey));
      return found.length;
    });
  }

  function newRecord(page: PageRef, t: number, fields: Pick<AnnotationRecord, 'motivation' | 'target' | 'color' | 'note' | 'tags'>): AnnotationRecord {
    return { id: newId(), pageKey: pageKey(page.url), url: page.url, title: page.title, created: t, updated: t, deleted: null, ...fields };
  }

  /** Changes the corrections of a page; the page is saved if it was not. */
  async function changeCorrections(page: PageRef, extraction: Extraction | null, fn: (c: Corrections) => Corrections): Promise<PageRecord> {
    let out!: PageRecord;
    await db.transaction('rw', db.pages, async () => {
      const t = now();
      const known = (await db.pages.bulkGet(await keysFor(page))).find((p) => p != null);
      const existing = known ?? (await upsertPage(page, extraction, t));
      out = { ...existing, corrections: fn(existing.corrections), updatedAt: t };
      await db.pages.put(out);
    });
    return out;
  }

  /** Sets or clears the user's correction of one field of a saved page; the page is saved if it was not. */
  function correctField(page: PageRef, extraction: Extraction | null, path: FieldPath, value: FieldValue | undefined, picked?: string): Promise<PageRecord> {
    if (value !== undefined && !fits(path, value)) return Promise.reject(new TypeError(`a value of this kind does not fit ${path}`));
    return changeCorrections(page, extraction, (c) => withCorrection(c, path, value, picked));
  }

  /** Keeps the reader's answer to "is this a review?" for the page; the page is saved if it was not. */
  function answerIsReview(page: PageRef, extraction: Extraction | null, isReview: boolean): Promise<PageRecord> {
    return changeCorrections(page, extraction, (c) => withVerdict(c, isReview));
  }

  // Reads run in a transaction: inside one, Dexie follows its zone across native awaits, which
  // a liveQuery needs in order to see which records the read touched.
  function getPage(page: Pick<PageRef, 'url' | 'canonical'>): Promise<PageRecord | null> {
    return db.transaction('r', db.pages, async () => {
      const found = await db.pages.bulkGet(await keysFor(page));
      return found.find((p) => p != null) ?? null;
    });
  }

  /** The page's annotations that are not in the trash, oldest first. */
  function forPage(page: Pick<PageRef, 'url' | 'canonical'>): Promise<AnnotationRecord[]> {
    return readOnly(db, ['pages', 'annotations'], async () => {
      return liveOldestFirst((await db.annotations.ofPages(await keysFor(page))).flat());
    });
  }

  return {
    keysFor,
    correctField,
    answerIsReview,

    async savePage(page: PageRef, extraction: Extraction | null): Promise<PageRecord> {
      let out!: PageRecord;
      await db.transaction('rw', db.pages, async () => {
        out = await upsertPage(page, extraction, now());
      });
      return out;
    },

    getPage,

    /** A new highlight; the page's extraction is saved with it, so the library knows the work. */
    async addHighlight(page: PageRef, extraction: Extraction | null, h: NewHighlight): Promise<AnnotationRecord> {
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
        await upsertPage(page, extraction, t);
        await db.annotations.put([record]);
        await refreshPages([record.pageKey]);
        return record;
      });
    },

    async addPageNote(page: PageRef, extraction: Extraction | null, note: string): Promise<AnnotationRecord> {
      const t = now();
      const record = newRecord(page, t, { motivation: 'commenting', target: null, color: null, note, tags: [] });
      await readWrite(db, ['pages', 'annotations'], async () => {
        await upsertPage(page, extraction, t);
        await db.annotations.put([record]);
        await refreshPages([record.pageKey]);
      });
      return record;
    },

    /** The page's record and annotations in one read (what the popup shows). */
    /**
     * What the popup shows, in as few round trips to IndexedDB as can be: the page's own keys are
     * read at once, side by side with the search for other addresses of the same page, which
     * are read after only when there are any.
     */
    pageWithAnnotations(page: Pick<PageRef, 'url' | 'canonical'>): Promise<{ page: PageRecord | null; annotations: AnnotationRecord[] }> {
      return readOnly(db, ['pages', 'annotations'], async () => {
        const own = [...new Set([pageKey(page.url), ...(page.canonical ? [pageKey(page.canonical)] : [])])];
        const read = (keys: string[]) => Promise.all([db.pages.bulkGet(keys), db.annotations.ofPages(keys)]);
        const [aliases, [pages, lists]] = await Promise.all([
          page.canonical ? db.pages.where('canonicalKey').equals(pageKey(page.canonical)).primaryKeys() : Dexie.Promise.resolve([]),
          read(own),
        ]);
        const more = (aliases as string[]).filter((k) => !own.includes(k));
        const [morePages, moreLists] = more.length ? await read(more) : [[], []];
        return { page: [...pages, ...morePages].find((p) => p != null) ?? null, annotations: liveOldestFirst([...lists, ...moreLists].flat()) };
      });
    },

    forPage,

    get: (id: string) => db.annotations.get(id),

    /** Places a highlight on other text of its page; its id, colour, note, tags and creation time stay. */
    reattach(id: string, selectors: Selectors): Promise<AnnotationRecord> {
      return change(id, (a) => {
        if (a.motivation !== 'highlighting') throw new TypeError('only a highlight can be placed on other text');
        return { ...a, target: selectors, updated: now() };
      });
    },

    update(id: string, edit: AnnotationEdit): Promise<AnnotationRecord> {
      return change(id, (a) => ({
        ...a,
        color: a.motivation === 'highlighting' ? (edit.color ?? a.color) : a.color,
        note: edit.note ?? a.note,
        tags: edit.tags ?? a.tags,
        updated: now(),
      }));
    },

    /** The same for a page known only by its key (the library). */
    async correctSavedField(key: string, path: FieldPath, value: FieldValue | undefined): Promise<PageRecord> {
      const page = await db.pages.get(key);
      if (!page) throw new NotFoundError(`no saved page ${key}`);
      return correctField({ url: page.url, title: page.title, canonical: null }, page.extraction, path, value);
    },

    trash: (id: string) => change(id, (a) => ({ ...a, deleted: now(), updated: now() })),

    /** Moves annotations to the trash together; restoring them takes them all back. */
    trashMany(ids: string[]): Promise<number> {
      const t = now();
      return modifyMany(
        ids,
        (a) => a.deleted == null,
        (a) => Object.assign(a, { deleted: t, updated: t }),
      );
    },

    async restoreMany(ids: string[]): Promise<number> {
      const t = now();
      return readWrite(db, ['pages', 'annotations'], async () => {
        const n = await modifyMany(
          ids,
          (a) => a.deleted != null,
          (a) => Object.assign(a, { deleted: null, updated: t }),
        );
        // An annotation cannot come back to a page that is still in the trash: the page comes too.
        const pageKeys = new Set((await db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.pageKey] : [])));
        const trashed = (await db.pages.bulkGet([...pageKeys])).filter((p) => p != null && p.deleted != null);
        await db.pages.bulkPut(trashed.map((p) => ({ ...p!, deleted: null, updatedAt: t })));
        return n;
      });
    },

    updateMany(ids: string[], edit: BulkEdit): Promise<number> {
      const t = now();
      const remove = new Set(edit.removeTags ?? []);
      return modifyMany(
        ids,
        () => true,
        (a) => {
          if (edit.color && a.motivation === 'highlighting') a.color = edit.color;
          a.tags = [...new Set([...a.tags.filter((tag) => !remove.has(tag)), ...(edit.addTags ?? [])])];
          a.updated = t;
        },
      );
    },

    /** Moves pages to the trash with their annotations, all stamped with the same time. */
    async trashPages(keys: string[]): Promise<number> {
      return readWrite(db, ['pages', 'annotations'], async () => {
        const pages = (await db.pages.bulkGet(keys)).filter((p) => p != null && p.deleted == null).map((p) => p!);
        const annotations = (await db.annotations.ofPages(pages.map((p) => p.key))).flat();
        // The stamp tells what went with the page from what was deleted on its own before,
        // so it must differ from theirs even within one millisecond.
        const t = Math.max(now(), ...annotations.map((a) => (a.deleted ?? 0) + 1));
        await db.pages.bulkPut(pages.map((p) => ({ ...p, deleted: t, updatedAt: t })));
        await db.annotations.put(annotations.filter((a) => a.deleted == null).map((a) => ({ ...a, deleted: t, updated: t })));
        await refreshPages(pages.map((p) => p.key));
        return pages.length;
      });
    },

    /** Restores pages and the annotations that went to the trash with them (not those deleted before). */
    async restorePages(keys: string[]): Promise<number> {
      const t = now();
      return readWrite(db, ['pages', 'annotations'], async () => {
        const pages = (await db.pages.bulkGet(keys)).filter((p) => p != null && p.deleted != null).map((p) => p!);
        const lists = await db.annotations.ofPages(pages.map((p) => p.key));
        const withPages = pages.flatMap((p, i) => lists[i]!.filter((a) => a.deleted === p.deleted));
        await db.annotations.put(withPages.map((a) => ({ ...a, deleted: null, updated: t })));
        await db.pages.bulkPut(pages.map((p) => ({ ...p, deleted: null, updatedAt: t })));
        await refreshPages(pages.map((p) => p.key));
        return pages.length;
      });
    },

    /** Deletes for good what has been in the trash longer than TRASH_DAYS (or than `olderThan` ms: 0 empties it). */
    async purgeTrash(olderThan = TRASH_DAYS * DAY): Promise<{ pages: number; annotations: number }> {
      const cutoff = now() - olderThan;
      return readWrite(db, ['pages', 'annotations'], async () => {
        const pageKeys = await db.pages.where('deleted').belowOrEqual(cutoff).primaryKeys();
        const annotations = await db.annotations.purgeTrashedUpTo(cutoff);
        const pages = await db.pages.bulkDelete(pageKeys).then(() => pageKeys.length);
        return { pages, annotations };
      });
    },

    /** Gathers pages' index columns again, after their records were written in bulk (an import). */
    reindexPages(keys: string[], replacing?: PageRecord[]): Promise<void> {
      return readWrite(db, ['pages', 'annotations'], () => refreshMany(keys, replacing));
    },

    async reindexAll(): Promise<void> {
      await readWrite(db, ['pages', 'annotations'], async () => refreshPages(await db.pages.toCollection().primaryKeys()));
    },

    restore: (id: string) => change(id, (a) => ({ ...a, deleted: null, updated: now() })),

    /** An orphaned highlight becomes a note about the page; its quote is kept in the note. */
    orphanToPageNote: (id: string) =>
      change(id, (a) => {
        const quote = a.target?.quote.exact;
        const note = quote ? `“${quote}”${a.note ? `\n\n${a.note}` : ''}` : a.note;
        return { ...a, motivation: 'commenting', target: null, color: null, note, updated: now() };
      }),
  };
}

export type AnnotationStore = ReturnType<typeof createAnnotationStore>;
