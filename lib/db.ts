import Dexie, { type EntityTable } from 'dexie';
import type { Extraction } from './extract/schema';
import type { AnnotationRecord } from './annotation';

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
  /** When the user kept this page in the library (ms since epoch). */
  savedAt: number;
  updatedAt: number;
}

export const DB_NAME = 'review-annotator';

export class ReviewDb extends Dexie {
  pages!: EntityTable<PageRecord, 'key'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1 — first release.
    this.version(1).stores({
      pages: 'key, url, canonicalKey, savedAt, updatedAt',
      annotations: 'id, pageKey, created, updated, deleted, *tags, color',
    });
  }
}
