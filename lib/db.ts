import Dexie, { type EntityTable } from 'dexie';
import type { Extraction } from './extract/schema';
import type { AnnotationRecord } from './annotation';
import { ANNOTATION_STORE, chunkedAnnotations, type AnnotationChunk, type AnnotationTable } from './annotation-table';
import { chunkPacksV7, groupByPageV3, packAnnotationsV5 } from './db-migrations';
import { effectiveFields, type Corrections } from './library/corrections';
import { fold, termsOf } from './library/search-terms';
import type { SiteRule } from './site-rules/rule';

/**
 * The one database, opened only in the extension's own origin (background and extension
 * pages). A content script must never open it: there it would be the web page's database.
 *
 * Versions are append-only: once a version has been released its schema line stays as it
 * is, and a change is a new `this.version(n + 1)` with its own upgrade function. An upgrade that
 * reshapes records uses its own frozen copy of the code (lib/db-migrations), not today's.
 */

export interface PageRecord {
  /** pageKey(url): the URL without fragment and tracking parameters. */
  key: string;
  url: string;
  title: string;
  /** pageKey() of the page's canonical link on the same site, so one page under two URLs is one page. */
  canonicalKey: string | null;
  extraction: Extraction | null;
  /** The user's corrections of extracted fields (v2). */
  corrections: Corrections;
  /** When the user kept this page in the library (ms since epoch). */
  savedAt: number;
  updatedAt: number;
  /** When the page was moved to the trash, with its annotations (v2). */
  deleted: number | null;
}

/**
 * Index-only columns of a page, for the library's queries; never part of an export. The page's
 * own ones follow its record (hooks below); the ones gathered from its annotations are kept up
 * to date by the store (lib/store/page-index), in the transaction that changes them.
 */
interface PageIndex {
  site?: string;
  /** Search terms of the annotations not in the trash (lib/library/search-terms). */
  annotationTerms?: string[];
  /** The page's own terms and its annotations' (indexed, multi-entry). */
  allTerms?: string[];
  /** Tags and colours used by its annotations not in the trash. */
  tags?: string[];
  colors?: string[];
  /** Each colour and tag that one annotation not in the trash has together (colorTagKey), for filtering by both (v3). */
  colorTags?: string[];
  /** The work's type, year, date and folded title, with the user's corrections. */
  workType?: string;
  workYear?: string;
  workDate?: string;
  sortTitle?: string;
}
export type StoredPage = PageRecord & PageIndex;
/** A page as a version before 2 wrote it: without corrections or a deletion stamp. */
export type OlderPage = Omit<StoredPage, 'corrections' | 'deleted'> & Partial<Pick<StoredPage, 'corrections' | 'deleted'>>;

/** The work the reader put a page in (lib/works/identity groupWorks). */
export interface WorkChoice {
  pageKey: string;
  work: string;
  at: number;
}
export type StoredAnnotation = AnnotationRecord;
export const PAGE_INDEX_COLUMNS = [
  'site',
  'annotationTerms',
  'allTerms',
  'tags',
  'colors',
  'colorTags',
  'workType',
  'workYear',
  'workDate',
  'sortTitle',
] as const;

export const DB_NAME = 'review-annotator';

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function pageTerms(p: Pick<PageRecord, 'title' | 'extraction' | 'corrections'>): string[] {
  const { work, review } = effectiveFields(p.extraction, p.corrections);
  return termsOf(p.title, work.title, work.authors, work.editors, work.publisher, work.keywords, work.affiliation, review.title, review.reviewer);
}

export function annotationTerms(a: Pick<AnnotationRecord, 'target' | 'note' | 'tags'>): string[] {
  return termsOf(a.target?.quote.exact, a.note, a.tags);
}

/** The page's own index columns, from its record (undefined where there is nothing to index). */
function ownIndex(p: StoredPage): Partial<StoredPage> {
  const { work } = effectiveFields(p.extraction, p.corrections);
  const own = pageTerms(p);
  return {
    site: siteOf(p.url),
    allTerms: [...new Set([...own, ...(p.annotationTerms ?? [])])],
    workType: work.type ?? undefined,
    workDate: work.date ?? undefined,
    workYear: work.date?.match(/\d{4}/)?.[0] ?? undefined,
    sortTitle: fold(work.title ?? p.title).trim() || undefined,
  };
}

/** The record as it will be: Dexie hands an updating hook changes by key path ("extraction.work.title"). */
function applyMods<T extends object>(record: T, mods: object): T {
  const next = Dexie.deepClone(record);
  for (const [path, value] of Object.entries(mods)) Dexie.setByKeyPath(next, path, value);
  return next;
}

export class ReviewDb extends Dexie {
  pages!: EntityTable<StoredPage, 'key'>;
  /** The annotations (how they are kept is lib/annotation-table's business; transactions: lib/db-transaction). */
  annotations: AnnotationTable;
  /** What the reader taught the extension about each site (lib/site-rules). */
  siteRules!: EntityTable<SiteRule, 'id'>;
  /** The reader's merges and splits of works (lib/works). */
  workChoices!: EntityTable<WorkChoice, 'pageKey'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1 — the first release.
    this.version(1).stores({
      pages: 'key, url, canonicalKey, savedAt, updatedAt',
      annotations: 'id, pageKey, created, updated, deleted, *tags, color',
    });
    // v2 — the library: corrections, a trash for pages, and index columns for search, filters and sorting.
    this.version(2)
      .stores({
        pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors',
        annotations: 'id, pageKey, created, updated, deleted, *tags, color',
      })
      .upgrade(async (tx) => {
        const annotations = (await tx.table('annotations').toArray()) as StoredAnnotation[];
        await tx
          .table('pages')
          .toCollection()
          .modify((older: OlderPage) => {
            const p = Object.assign(older, { corrections: older.corrections ?? {}, deleted: older.deleted ?? null });
            Object.assign(p, annotationIndex(annotations.filter((a) => a.pageKey === p.key)));
            Object.assign(p, ownIndex(p));
          });
      });
    // v3 — the library's filter by colour and tag together reads one page index, not two annotation indexes.
    this.version(3)
      .stores({
        pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors, *colorTags',
        annotations: 'id, pageKey, created, updated, deleted, *tags, color',
      })
      .upgrade(async (tx) => {
        const byPage = groupByPageV3((await tx.table('annotations').toArray()) as StoredAnnotation[]);
        await tx
          .table('pages')
          .toCollection()
          .modify((p: StoredPage) => {
            p.colorTags = annotationIndex(byPage.get(p.key) ?? []).colorTags;
          });
      });

    // v4 — annotations keep only the indexes something reads (by page, and the trash by date):
    // since v3 the library filters through the pages' index columns, and each index is one more
    // write for every annotation stored (an import of 100,000 writes each of them).
    this.version(4).stores({
      annotations: 'id, pageKey, deleted',
    });
    // v5 — a page's annotations are one row: an import of 100,000 annotations writes 2,000 rows,
    // not 100,000 (IndexedDB's cost is per request). Dexie keeps the removed table readable
    // here and deletes it once this upgrade has run.
    this.version(5)
      .stores({
        annotations: null,
        annotationPacks: 'pageKey, *ids, *trashed',
      })
      .upgrade(async (tx) => {
        await tx.table('annotationPacks').bulkAdd(packAnnotationsV5((await tx.table('annotations').toArray()) as StoredAnnotation[]));
      });
    // v6 — site rules learned from the reader's corrections and picks; the reader's choices of which pages review one work.
    this.version(6).stores({
      siteRules: 'id, site',
      workChoices: 'pageKey',
    });
    // v7 — a page's annotations in rows of at most 50: a save rewrites the page's last row, not all
    // of its annotations, while an import still writes a row per 50 annotations, not one each.
    this.version(7)
      .stores({
        annotationPacks: null,
        annotationChunks: '[pageKey+chunk], *ids, *trashed',
      })
      .upgrade(async (tx) => {
        const packs = (await tx.table('annotationPacks').toArray()) as { pageKey: string; items: StoredAnnotation[] }[];
        await tx.table('annotationChunks').bulkAdd(chunkPacksV7(packs));
      });
    this.annotations = chunkedAnnotations(this.table<AnnotationChunk, [string, number]>(ANNOTATION_STORE));
    // Whoever writes a page (background, library, an import), its own index columns follow it.
    this.pages.hook('creating', (_key, p) => {
      Object.assign(p, ownIndex(p));
    });
    this.pages.hook('updating', (mods, _key, p) => {
      const next = ownIndex(applyMods(p, mods));
      // Dexie deletes a key path set to undefined.
      return next;
    });
  }
}

/** A colour and a tag on the same annotation, as the pages' `colorTags` index holds them. */
export const colorTagKey = (color: string, tag: string) => `${color}\u001f${tag}`;

export type AnnotationColumns = Pick<PageIndex, 'annotationTerms' | 'tags' | 'colors' | 'colorTags'>;

/**
 * The index columns a page gathers from its annotations; given `base`, the columns the page has,
 * those with `annotations` added: an added annotation can only add terms, tags and colours.
 */
export function annotationIndex(annotations: StoredAnnotation[], base: AnnotationColumns = {}): Required<AnnotationColumns> {
  const terms = new Set(base.annotationTerms);
  const tags = new Set(base.tags);
  const colors = new Set(base.colors);
  const colorTags = new Set(base.colorTags);
  for (const a of annotations) {
    if (a.deleted != null) continue;
    for (const t of annotationTerms(a)) terms.add(t);
    if (a.color) colors.add(a.color);
    for (const tag of a.tags) {
      tags.add(tag);
      if (a.color) colorTags.add(colorTagKey(a.color, tag));
    }
  }
  return { annotationTerms: [...terms], tags: [...tags], colors: [...colors], colorTags: [...colorTags] };
}

/** A record as the rest of the code sees it: without the index-only columns. */
export function withoutIndexColumns(p: StoredPage): PageRecord {
  const index: ReadonlySet<string> = new Set(PAGE_INDEX_COLUMNS);
  return Object.fromEntries(Object.entries(p).filter(([k]) => !index.has(k))) as unknown as PageRecord;
}
