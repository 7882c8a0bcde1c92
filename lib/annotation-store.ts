import type { ReviewDb, PageRecord } from './db';
import type { Extraction } from './extract/schema';
import type { AnnotationEdit, AnnotationRecord, NewHighlight } from './annotation';
import { pageKey } from './page-key';

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
      savedAt: existing?.savedAt ?? t,
      updatedAt: t,
    };
    await db.pages.put(record);
    return record;
  }

  async function change(id: string, fn: (a: AnnotationRecord) => AnnotationRecord): Promise<AnnotationRecord> {
    let out!: AnnotationRecord;
    await db.transaction('rw', db.annotations, async () => {
      const a = await db.annotations.get(id);
      if (!a) throw new NotFoundError(`no annotation with id ${id}`);
      out = fn(a);
      await db.annotations.put(out);
    });
    return out;
  }

  function newRecord(page: PageRef, t: number, fields: Pick<AnnotationRecord, 'motivation' | 'target' | 'color' | 'note' | 'tags'>): AnnotationRecord {
    return { id: newId(), pageKey: pageKey(page.url), url: page.url, title: page.title, created: t, updated: t, deleted: null, ...fields };
  }

  return {
    keysFor,

    async savePage(page: PageRef, extraction: Extraction | null): Promise<PageRecord> {
      let out!: PageRecord;
      await db.transaction('rw', db.pages, async () => {
        out = await upsertPage(page, extraction, now());
      });
      return out;
    },

    async getPage(page: Pick<PageRef, 'url' | 'canonical'>): Promise<PageRecord | null> {
      const keys = await keysFor(page);
      const found = await db.pages.bulkGet(keys);
      return found.find((p) => p != null) ?? null;
    },

    /** A new highlight; the page's extraction is saved with it, so the library knows the work. */
    async addHighlight(page: PageRef, extraction: Extraction | null, h: NewHighlight): Promise<AnnotationRecord> {
      const t = now();
      const record = newRecord(page, t, { motivation: 'highlighting', target: h.selectors, color: h.color, note: h.note, tags: h.tags });
      await db.transaction('rw', db.pages, db.annotations, async () => {
        await upsertPage(page, extraction, t);
        await db.annotations.add(record);
      });
      return record;
    },

    async addPageNote(page: PageRef, extraction: Extraction | null, note: string): Promise<AnnotationRecord> {
      const t = now();
      const record = newRecord(page, t, { motivation: 'commenting', target: null, color: null, note, tags: [] });
      await db.transaction('rw', db.pages, db.annotations, async () => {
        await upsertPage(page, extraction, t);
        await db.annotations.add(record);
      });
      return record;
    },

    /** The page's annotations that are not in the trash, oldest first. */
    async forPage(page: Pick<PageRef, 'url' | 'canonical'>): Promise<AnnotationRecord[]> {
      const keys = await keysFor(page);
      const all = await db.annotations.where('pageKey').anyOf(keys).toArray();
      return all.filter((a) => a.deleted == null).sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
    },

    get: (id: string) => db.annotations.get(id),

    update(id: string, edit: AnnotationEdit): Promise<AnnotationRecord> {
      return change(id, (a) => ({
        ...a,
        color: a.motivation === 'highlighting' ? (edit.color ?? a.color) : a.color,
        note: edit.note ?? a.note,
        tags: edit.tags ?? a.tags,
        updated: now(),
      }));
    },

    trash: (id: string) => change(id, (a) => ({ ...a, deleted: now(), updated: now() })),
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
