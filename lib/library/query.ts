import type { ReviewDb, StoredAnnotation, StoredPage } from '../db';
import type { HighlightColor } from '../annotation';
import type { Review, Work } from '../extract/schema';
import { effectiveFields } from './corrections';
import { words } from './search-terms';

/**
 * The library's reads: what the popup and the library page show, straight from Dexie. Search
 * goes through the multi-entry `terms` indexes (each word of the query must begin a term of
 * the record), filters through the `tags`, `color` and `site` indexes, so a query touches the
 * records it returns, not every record. Extension pages call these inside Dexie's liveQuery,
 * so a write anywhere (background, another view) shows at once.
 */

export type SortOrder = 'saved' | 'workDate' | 'title';

export interface LibraryQuery {
  text?: string;
  tag?: string;
  color?: HighlightColor;
  site?: string;
  type?: string;
  year?: string;
  sort?: SortOrder;
  /** At most this many pages (the newest first under the sort). */
  limit?: number;
}

export interface LibraryEntry {
  page: StoredPage;
  work: Work;
  review: Review;
  /** The page's annotations that match the query (all of them when only pages are filtered). */
  annotations: StoredAnnotation[];
  /** Whether the page's own fields matched the search words. */
  pageMatched: boolean;
}

export interface LibraryResult {
  entries: LibraryEntry[];
  /** Pages that matched, before the limit. */
  totalPages: number;
  /** Annotations in the entries returned. */
  totalAnnotations: number;
}

const yearOf = (date: string | null | undefined) => date?.match(/\d{4}/)?.[0] ?? null;

/** Keys of records whose terms begin with every query word (null: the query has no words). */
async function searchKeys(table: ReviewDb['pages'] | ReviewDb['annotations'], queryWords: string[]): Promise<Set<string> | null> {
  let keys: Set<string> | null = null;
  // Longest words first: they match fewest records, so later intersections are small.
  for (const w of [...new Set(queryWords)].sort((a, b) => b.length - a.length)) {
    keys = intersect(keys, new Set((await table.where('terms').startsWith(w).primaryKeys()) as string[]));
    if (!keys?.size) break;
  }
  return keys;
}

function intersect<T>(a: Set<T> | null, b: Set<T> | null): Set<T> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

export async function queryLibrary(db: ReviewDb, q: LibraryQuery = {}): Promise<LibraryResult> {
  const queryWords = words(q.text ?? '');
  const annotationFilter = q.tag != null || q.color != null;

  return db.transaction('r', db.pages, db.annotations, async () => {
    // Annotations picked by the index: by words, tag, colour.
    // Only Dexie's own promises are awaited in here: awaiting anything else inside a liveQuery
    // transaction lets IndexedDB commit it early.
    let annotationKeys = queryWords.length ? await searchKeys(db.annotations, queryWords) : null;
    if (q.tag != null) annotationKeys = intersect(annotationKeys, new Set(await db.annotations.where('tags').equals(q.tag).primaryKeys()));
    if (q.color != null) annotationKeys = intersect(annotationKeys, new Set(await db.annotations.where('color').equals(q.color).primaryKeys()));
    const pageKeysByText = annotationFilter || !queryWords.length ? null : await searchKeys(db.pages, queryWords);

    let pickedAnnotations: StoredAnnotation[] | null = null;
    if (annotationKeys) {
      pickedAnnotations = (await db.annotations.bulkGet([...annotationKeys])).filter((a): a is StoredAnnotation => a != null && a.deleted == null);
    }

    // Candidate pages: by site index, else every page the picked records belong to.
    let pages: StoredPage[];
    if (queryWords.length || annotationFilter) {
      const keys = new Set<string>([...(pickedAnnotations ?? []).map((a) => a.pageKey), ...(pageKeysByText ?? [])]);
      pages = (await db.pages.bulkGet([...keys])).filter((p): p is StoredPage => p != null);
      if (q.site != null) pages = pages.filter((p) => p.site === q.site);
    } else if (q.site != null) {
      pages = await db.pages.where('site').equals(q.site).toArray();
    } else {
      pages = await db.pages.toArray();
    }
    pages = pages.filter((p) => p.deleted == null);

    let entries = pages.map((page) => {
      const { work, review } = effectiveFields(page.extraction, page.corrections);
      return { page, work, review, annotations: [] as StoredAnnotation[], pageMatched: pageKeysByText?.has(page.key) ?? false };
    });
    if (q.type != null) entries = entries.filter((e) => e.work.type === q.type);
    if (q.year != null) entries = entries.filter((e) => yearOf(e.work.date) === q.year);
    sortEntries(entries, q.sort ?? 'saved');

    const totalPages = entries.length;
    if (q.limit != null) entries = entries.slice(0, q.limit);

    // Annotations for the pages shown: those picked, or, when nothing picked them, all of the page's.
    const byPage = new Map(entries.map((e) => [e.page.key, e]));
    const shown = pickedAnnotations
      ? pickedAnnotations.filter((a) => byPage.has(a.pageKey))
      : await db.annotations.where('pageKey').anyOf([...byPage.keys()]).and((a) => a.deleted == null).toArray();
    if (pickedAnnotations && !annotationFilter) {
      // A page found by its own fields shows all its annotations.
      const whole = entries.filter((e) => e.pageMatched).map((e) => e.page.key);
      if (whole.length) {
        const ids = new Set(shown.map((a) => a.id));
        for (const a of await db.annotations.where('pageKey').anyOf(whole).and((a) => a.deleted == null).toArray()) if (!ids.has(a.id)) shown.push(a);
      }
    }
    for (const a of shown) byPage.get(a.pageKey)!.annotations.push(a);
    for (const e of entries) e.annotations.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
    // With search words, a page is listed only if it or one of its annotations matched.
    const listed = queryWords.length || annotationFilter ? entries.filter((e) => e.pageMatched || e.annotations.length) : entries;
    return {
      entries: listed,
      totalPages: totalPages - (entries.length - listed.length),
      totalAnnotations: listed.reduce((n, e) => n + e.annotations.length, 0),
    };
  });
}

function sortEntries(entries: { page: StoredPage; work: Work }[], sort: SortOrder): void {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  entries.sort((a, b) => {
    if (sort === 'title') return collator.compare(a.work.title ?? a.page.title, b.work.title ?? b.page.title) || b.page.savedAt - a.page.savedAt;
    if (sort === 'workDate') {
      const da = a.work.date ?? '';
      const db = b.work.date ?? '';
      // Undated works last.
      if (da !== db) return !da ? 1 : !db ? -1 : db.localeCompare(da);
    }
    return b.page.savedAt - a.page.savedAt;
  });
}

export interface Facets {
  tags: string[];
  sites: string[];
  types: string[];
  years: string[];
  colors: HighlightColor[];
}

/** What the filters offer: the values present among the records not in the trash. */
export async function libraryFacets(db: ReviewDb): Promise<Facets> {
  return db.transaction('r', db.pages, db.annotations, async () => {
    const [tags, sites, colors, pages] = await Promise.all([
      db.annotations.orderBy('tags').uniqueKeys(),
      db.pages.orderBy('site').uniqueKeys(),
      db.annotations.orderBy('color').uniqueKeys(),
      db.pages.filter((p) => p.deleted == null).toArray(),
    ]);
    const types = new Set<string>();
    const years = new Set<string>();
    for (const p of pages) {
      const { work } = effectiveFields(p.extraction, p.corrections);
      if (work.type) types.add(work.type);
      const y = yearOf(work.date);
      if (y) years.add(y);
    }
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return {
      tags: (tags as string[]).sort(collator.compare),
      sites: (sites as string[]).filter(Boolean),
      types: [...types].sort(collator.compare),
      years: [...years].sort().reverse(),
      colors: colors as HighlightColor[],
    };
  });
}

export interface TrashContents {
  pages: StoredPage[];
  /** Annotations deleted on their own (not with a page in the trash). */
  annotations: StoredAnnotation[];
}

export async function trashContents(db: ReviewDb): Promise<TrashContents> {
  return db.transaction('r', db.pages, db.annotations, async () => {
    const pages = await db.pages.where('deleted').above(0).reverse().sortBy('deleted');
    const pageDeleted = new Map(pages.map((p) => [p.key, p.deleted]));
    const annotations = (await db.annotations.where('deleted').above(0).reverse().sortBy('deleted')).filter(
      (a) => pageDeleted.get(a.pageKey) !== a.deleted,
    );
    return { pages, annotations };
  });
}

/** One saved page and all its annotations (the library's page view). */
export async function libraryPage(db: ReviewDb, key: string): Promise<LibraryEntry | null> {
  return db.transaction('r', db.pages, db.annotations, async () => {
    const page = await db.pages.get(key);
    if (!page) return null;
    const annotations = (await db.annotations.where('pageKey').equals(key).and((a) => a.deleted == null).toArray()).sort(
      (a, b) => a.created - b.created || a.id.localeCompare(b.id),
    );
    const { work, review } = effectiveFields(page.extraction, page.corrections);
    return { page, work, review, annotations, pageMatched: false };
  });
}
