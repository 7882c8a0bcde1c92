import Dexie, { type EntityTable } from 'dexie';
import type { Extraction } from './extract/schema';
import type { AnnotationRecord } from './annotation';
import { effectiveFields, type Corrections } from './library/corrections';
import { termsOf } from './library/search-terms';

/**
 * The one database, opened only in the extension's own origin (background and extension
 * pages). A content script must never open it: there it would be the web page's database.
 *
 * Versions are append-only: once a version has been released its schema line stays as it
 * is, and a change is a new `this.version(n + 1)` with its own upgrade function.
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

/** Index-only columns, kept up to date by the hooks below; never part of an export. */
interface Indexed {
  /** Search terms (lib/library/search-terms). */
  terms?: string[];
}
export type StoredPage = PageRecord & Indexed & { site?: string };
export type StoredAnnotation = AnnotationRecord & Indexed;

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

/** The record as it will be: Dexie hands an updating hook changes by key path ("extraction.work.title"). */
function applyMods<T extends object>(record: T, mods: object): T {
  const next = Dexie.deepClone(record);
  for (const [path, value] of Object.entries(mods)) Dexie.setByKeyPath(next, path, value);
  return next;
}

export class ReviewDb extends Dexie {
  pages!: EntityTable<StoredPage, 'key'>;
  annotations!: EntityTable<StoredAnnotation, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1 — first release (stop 8).
    this.version(1).stores({
      pages: 'key, url, canonicalKey, savedAt, updatedAt',
      annotations: 'id, pageKey, created, updated, deleted, *tags, color',
    });
    // v2 — the library: corrections, a trash for pages, search terms, the site to filter by.
    this.version(2)
      .stores({
        pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, *terms',
        annotations: 'id, pageKey, created, updated, deleted, *tags, color, *terms',
      })
      .upgrade(async (tx) => {
        await tx.table('pages').toCollection().modify((p: StoredPage) => {
          p.corrections ??= {};
          p.deleted ??= null;
          p.site = siteOf(p.url);
          p.terms = pageTerms(p);
        });
        await tx.table('annotations').toCollection().modify((a: StoredAnnotation) => {
          a.terms = annotationTerms(a);
        });
      });

    // Whoever writes (background, library, an import), the index columns follow the record.
    this.pages.hook('creating', (_key, p) => {
      p.site = siteOf(p.url);
      p.terms = pageTerms(p);
    });
    this.pages.hook('updating', (mods, _key, p) => {
      const next = applyMods(p, mods);
      return { site: siteOf(next.url), terms: pageTerms(next) };
    });
    this.annotations.hook('creating', (_key, a) => {
      a.terms = annotationTerms(a);
    });
    this.annotations.hook('updating', (mods, _key, a) => {
      return { terms: annotationTerms(applyMods(a, mods)) };
    });
  }
}

/** A record as the rest of the code sees it: without the index-only columns. */
export function withoutIndexColumns<T extends Indexed & { site?: string }>(r: T): Omit<T, 'terms' | 'site'> {
  const { terms: _t, site: _s, ...rest } = r;
  return rest;
}
