import Dexie from 'dexie';
import { annotationIndex, type PageRecord, type ReviewDb } from '../db';
import type { Extraction } from '../extract/schema';
import { liveOldestFirst, type AnnotationRecord } from '../annotation';
import { pageKey } from '../page-key';
import { readOnly, readWrite } from '../db-transaction';

/** A page as a tab reports it. */
export interface PageRef {
  url: string;
  title: string;
  canonical: string | null;
}

/** What finds a page's records: its address, and its canonical link when it has one. */
export type PageAddress = Pick<PageRef, 'url' | 'canonical'>;

/** A page's record (null when it was never saved) and its annotations not in the trash, oldest first. */
export interface PageContents {
  page: PageRecord | null;
  annotations: AnnotationRecord[];
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/**
 * The page records: saved, and found under any address of the page (its own, its canonical
 * link, or another address whose canonical link is the same).
 */
export interface PageStore {
  get(page: PageAddress): Promise<PageRecord | null>;
  /** Keeps the page in the library, or refreshes its record. */
  save(page: PageRef, extraction: Extraction | null): Promise<PageRecord>;
  /** The page's record and annotations in one read (what the popup shows). */
  withAnnotations(page: PageAddress): Promise<PageContents>;
}

/** Every page key under which this page's records and annotations may be stored. */
export async function keysFor(db: ReviewDb, page: PageAddress): Promise<string[]> {
  const keys = new Set([pageKey(page.url)]);
  if (page.canonical) {
    const canonicalKey = pageKey(page.canonical);
    keys.add(canonicalKey);
    for (const p of await db.pages.where('canonicalKey').equals(canonicalKey).toArray()) keys.add(p.key);
  }
  return [...keys];
}

/**
 * Creates or refreshes the page's record; keeps when it was first saved, and the index columns its
 * annotations gave it, with what `added` (annotations new to it, written in the same transaction)
 * adds to them. Called inside a transaction over the pages.
 */
export async function upsertPage(
  db: ReviewDb,
  page: PageRef,
  extraction: Extraction | null | undefined,
  t: number,
  added: AnnotationRecord[] = [],
): Promise<PageRecord> {
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
  await db.pages.put({ ...record, ...annotationIndex(added, existing) });
  return record;
}

/**
 * What the popup shows, in as few round trips to IndexedDB as can be: the page's own keys are
 * read at once, side by side with the search for other addresses of the same page, which are
 * read after only when there are any.
 */
function withAnnotations(db: ReviewDb, page: PageAddress): Promise<PageContents> {
  return readOnly(db, ['pages', 'annotations'], async () => {
    const own = [...new Set([pageKey(page.url), ...(page.canonical ? [pageKey(page.canonical)] : [])])];
    const read = (keys: string[]) => Promise.all([db.pages.bulkGet(keys), db.annotations.ofPages(keys)]);
    const [aliases, [pages, lists]] = await Promise.all([
      page.canonical ? db.pages.where('canonicalKey').equals(pageKey(page.canonical)).primaryKeys() : Dexie.Promise.resolve([]),
      read(own),
    ]);
    const more = aliases.filter((k) => !own.includes(k));
    const [morePages, moreLists] = more.length ? await read(more) : [[], []];
    return { page: [...pages, ...morePages].find((p) => p != null) ?? null, annotations: liveOldestFirst([...lists, ...moreLists].flat()) };
  });
}

export function createPageStore(db: ReviewDb, now: () => number = Date.now): PageStore {
  return {
    // Reads too run in a transaction, for the liveQueries that call them (lib/db-transaction).
    get: (page) =>
      readOnly(db, ['pages'], async () => {
        const found = await db.pages.bulkGet(await keysFor(db, page));
        return found.find((p) => p != null) ?? null;
      }),
    save: (page, extraction) => readWrite(db, ['pages'], () => upsertPage(db, page, extraction, now())),
    withAnnotations: (page) => withAnnotations(db, page),
  };
}
