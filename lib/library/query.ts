import { colorTagKey, pageTerms, type ReviewDb, type StoredAnnotation, type StoredPage } from '../db';
import { liveOldestFirst, type HighlightColor } from '../annotation';
import type { Review, Work } from '../extract/schema';
import { effectiveFields } from './corrections';
import { matcherFor, words } from './search-terms';
import { readOnly } from '../db-transaction';
import { must } from '../must';

/**
 * The library's reads: what the popup and the library page show, straight from Dexie. Every
 * filter is an index of the pages table (search words through the multi-entry `allTerms`,
 * which holds a page's own words and its annotations'; `tags`, `colors`, `colorTags`, `site`, `workType`,
 * `workYear`), read as keys only; the sort order is an index too. Records are read only for
 * the pages shown, so a query costs about the same with 10,000 annotations as with 100.
 * Extension pages call these inside Dexie's liveQuery, so a write anywhere shows at once.
 */

export type SortOrder = 'saved' | 'workDate' | 'title';

/** Pages on the library's first screen (and each "show more"): more than fit in a window, few enough to read and draw at once. */
export const LIBRARY_PAGE_SIZE = 25;

export interface LibraryQuery {
  text?: string;
  tag?: string;
  color?: HighlightColor;
  site?: string;
  type?: string;
  year?: string;
  sort?: SortOrder;
  /** At most this many pages (the first under the sort). */
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
  /** Pages that match. (With several words or filters, a page the indexes offer may be found to match only once read, so past the pages read this is an upper bound.) */
  totalPages: number;
  /** Annotations in the entries returned. */
  totalAnnotations: number;
}

const byCreated = (a: StoredAnnotation, b: StoredAnnotation) => a.created - b.created || a.id.localeCompare(b.id);

function intersect<T>(a: Set<T> | null, b: Set<T> | null): Set<T> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

/** Whether every query word begins one of the terms. */
function matchesAll(terms: string[], queryWords: string[]): boolean {
  return queryWords.every((w) => terms.some((t) => t.startsWith(w)));
}

/** Page keys in the order of a sort, read from its index as keys only. */
async function orderedKeys(db: ReviewDb, sort: SortOrder): Promise<string[]> {
  // Forward key reads are one getAllKeys; reversing here is cheaper than a reverse cursor.
  const bySaved = (await db.pages.orderBy('savedAt').primaryKeys()).reverse();
  if (sort === 'saved') return bySaved;
  const index = sort === 'title' ? 'sortTitle' : 'workDate';
  let keys = await db.pages.orderBy(index).primaryKeys();
  if (sort === 'workDate') keys = keys.reverse();
  // Pages without the sort value come last, newest saved first.
  const placed = new Set(keys);
  return [...keys, ...bySaved.filter((k) => !placed.has(k))];
}

export async function queryLibrary(db: ReviewDb, q: LibraryQuery = {}): Promise<LibraryResult> {
  const queryWords = [...new Set(words(q.text ?? ''))];
  const limit = q.limit ?? Infinity;

  return readOnly(db, ['pages', 'annotations'], async () => {
    // Only the database is awaited in here (lib/db-transaction).
    let candidates: Set<string> | null = null;
    // Longest words first: they match fewest pages, so the sets shrink early.
    for (const w of [...queryWords].sort((a, b) => b.length - a.length)) {
      candidates = intersect(candidates, new Set(await db.pages.where('allTerms').startsWith(w).primaryKeys()));
    }
    // Tag and colour pick annotations: both at once is a pair on one annotation, not a page
    // that has the tag on one and the colour on another.
    const pageIndex: [index: string, value: string] | null =
      q.tag != null && q.color != null
        ? ['colorTags', colorTagKey(q.color, q.tag)]
        : q.tag != null
          ? ['tags', q.tag]
          : q.color != null
            ? ['colors', q.color]
            : null;
    if (pageIndex) candidates = intersect(candidates, new Set(await db.pages.where(pageIndex[0]).equals(pageIndex[1]).primaryKeys()));
    if (q.site != null) candidates = intersect(candidates, new Set(await db.pages.where('site').equals(q.site).primaryKeys()));
    if (q.type != null) candidates = intersect(candidates, new Set(await db.pages.where('workType').equals(q.type).primaryKeys()));
    if (q.year != null) candidates = intersect(candidates, new Set(await db.pages.where('workYear').equals(q.year).primaryKeys()));
    const trashed = new Set(await db.pages.where('deleted').above(0).primaryKeys());
    const listed = (k: string) => !trashed.has(k) && (candidates == null || candidates.has(k));
    const sort = q.sort ?? 'saved';
    // Newest saved first, when a quarter of the pages or more can match: the first screen needs
    // only the index's last few keys, read a window at a time from its end, far less than
    // reading them all. Fewer candidates may lie anywhere in the order, so then the
    // whole order is read, as for the other sorts.
    const pageCount = sort === 'saved' ? await db.pages.count() : 0;
    const windowed = sort === 'saved' && (candidates == null || candidates.size * 4 >= pageCount);
    const ordered = windowed ? [] : (await orderedKeys(db, sort)).filter(listed);
    const total = !windowed ? ordered.length : candidates == null ? pageCount - trashed.size : [...candidates].filter((k) => !trashed.has(k)).length;
    // The first window holds the screen's pages about twice over, at the candidates' density.
    let windowSize = windowed ? Math.max(64, Math.ceil((2 * Math.min(limit, total) * pageCount) / Math.max(1, total))) : 0;
    let windowAt = 0;
    let exhausted = !windowed;

    const filterAnnotations = queryWords.length > 0 || q.tag != null || q.color != null;
    const matchesQuery = matcherFor(queryWords);
    const entries: LibraryEntry[] = [];
    let rejected = 0;
    let read = 0;
    // Pages are read in batches, in order, until the limit is filled.
    while (entries.length < limit) {
      if (read >= ordered.length) {
        if (exhausted) break;
        const keys = await db.pages.orderBy('savedAt').reverse().offset(windowAt).limit(windowSize).primaryKeys();
        exhausted = keys.length < windowSize;
        windowAt += keys.length;
        windowSize *= 4;
        ordered.push(...keys.filter(listed));
        continue;
      }
      const batch = ordered.slice(read, read + Math.min(50, Math.max(10, limit - entries.length)));
      read += batch.length;
      const [pages, lists] = await Promise.all([db.pages.bulkGet(batch), db.annotations.ofPages(batch)]);
      pages.forEach((page, i) => {
        if (!page) return;
        const { work, review } = effectiveFields(page.extraction, page.corrections);
        const pageMatched = queryWords.length > 0 && matchesAll(pageTerms(page), queryWords);
        let annotations = must(lists[i], 'the annotations of a page').filter((a) => a.deleted == null);
        if (filterAnnotations) {
          annotations = annotations.filter(
            (a) =>
              (q.tag == null || a.tags.includes(q.tag)) &&
              (q.color == null || a.color === q.color) &&
              (pageMatched || matchesQuery([a.target?.quote.exact, a.note, ...a.tags])),
          );
          // A page is listed when it matched by itself or through an annotation.
          if (!annotations.length && !(pageMatched && q.tag == null && q.color == null)) {
            rejected++;
            return;
          }
        }
        if (entries.length < limit) entries.push({ page, work, review, annotations: annotations.sort(byCreated), pageMatched });
      });
    }
    return {
      entries,
      totalPages: total - rejected,
      totalAnnotations: entries.reduce((n, e) => n + e.annotations.length, 0),
    };
  });
}

export interface Facets {
  tags: string[];
  sites: string[];
  types: string[];
  years: string[];
  colors: HighlightColor[];
}

/** What the filters offer: the values in the pages' indexes, read as keys only. */
export async function libraryFacets(db: ReviewDb): Promise<Facets> {
  return db.transaction('r', db.pages, async () => {
    const [tags, sites, types, years, colors] = await Promise.all(
      (['tags', 'site', 'workType', 'workYear', 'colors'] as const).map((index) => db.pages.orderBy(index).uniqueKeys()),
    );
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return {
      tags: (tags as string[]).sort(collator.compare),
      sites: (sites as string[]).filter(Boolean),
      types: (types as string[]).sort(collator.compare),
      years: (years as string[]).reverse(),
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
  return readOnly(db, ['pages', 'annotations'], async () => {
    const pages = await db.pages.where('deleted').above(0).reverse().sortBy('deleted');
    const pageDeleted = new Map(pages.map((p) => [p.key, p.deleted]));
    const annotations = (await db.annotations.trashed())
      .filter((a) => pageDeleted.get(a.pageKey) !== a.deleted)
      // Trashed annotations all carry their deletion time.
      .sort((a, b) => (b.deleted ?? 0) - (a.deleted ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    return { pages, annotations };
  });
}

/** One saved page and all its annotations (the library's page view). */
export async function libraryPage(db: ReviewDb, key: string): Promise<LibraryEntry | null> {
  return readOnly(db, ['pages', 'annotations'], async () => {
    const page = await db.pages.get(key);
    if (!page) return null;
    const annotations = liveOldestFirst(await db.annotations.ofPage(key));
    const { work, review } = effectiveFields(page.extraction, page.corrections);
    return { page, work, review, annotations, pageMatched: false };
  });
}
