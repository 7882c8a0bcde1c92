import type { BrowserContext, Page } from '@playwright/test';
import type { Selectors } from '../lib/anchor';
import type { AnnotationRecord } from '../lib/annotation';
import { ANNOTATION_STORE, chunksOf } from '../lib/annotation-table';
import { pageKey } from '../lib/page-key';

/**
 * Writes a page's record and annotations (highlights in the five colours, as the background
 * stores them) straight into the extension's database, whose schema the library page makes:
 * thousands in one transaction, where the UI would take one selection each.
 */
export async function seedAnnotations(context: BrowserContext, extensionId: string, url: string, targets: Selectors[], idPrefix: string): Promise<string[]> {
  const ids = targets.map((_, i) => `${idPrefix}-${String(i).padStart(6, '0')}`);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  // Once the library has read the database, its schema is there.
  await library.locator('[data-testid=library-empty], [data-testid=library-results]').first().waitFor();
  const now = Date.now();
  const key = pageKey(url);
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
  await putRecords(library, {
    pages: [
      {
        key,
        url,
        title: 'Field notes',
        canonicalKey: null,
        extraction: null,
        corrections: {},
        savedAt: now,
        updatedAt: now,
        deleted: null,
        site: new URL(url).hostname,
      },
    ],
    annotations: targets.map((target, i) => ({
      id: ids[i],
      pageKey: key,
      url,
      title: 'Field notes',
      motivation: 'highlighting',
      target,
      color: colors[i % 5],
      note: i % 7 ? '' : `A note on ${i}`,
      tags: [],
      created: now + i,
      updated: now + i,
      deleted: null,
    })),
  });
  await library.close();
  return ids;
}

/**
 * Puts records straight into the extension's database, in one transaction, from one of the
 * extension's pages that has already opened it (so its schema is there). Index columns that
 * Dexie's hooks would add are not: the records are as the caller made them.
 */
export async function putRecords(page: Page, records: { pages: object[]; annotations: object[] }): Promise<void> {
  // Rows as lib/annotation-table lays them out; the pages given here must have no annotations stored yet.
  const rows = chunksOf(records.annotations as AnnotationRecord[]);
  await page.evaluate(
    async ({ pages, rows, store }) => {
      const open = indexedDB.open('review-annotator');
      await new Promise((res, rej) => {
        open.onsuccess = res;
        open.onerror = rej;
      });
      const db: IDBDatabase = open.result;
      const tx = db.transaction(['pages', store], 'readwrite');
      // (No named functions in here: the bench runs under tsx, whose helpers do not exist in the page.)
      for (const p of pages) tx.objectStore('pages').put(p);
      for (const r of rows) tx.objectStore(store).put(r);
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = rej;
      });
      db.close();
    },
    { pages: records.pages, rows, store: ANNOTATION_STORE },
  );
}
