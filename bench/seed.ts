import type { BrowserContext } from '@playwright/test';
import type { Selectors } from '../lib/anchor';
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
  await library.evaluate(
    async ({ url, key, targets, ids }) => {
      const open = indexedDB.open('review-annotator');
      await new Promise((res, rej) => {
        open.onsuccess = res;
        open.onerror = rej;
      });
      const db: IDBDatabase = open.result;
      const tx = db.transaction(['pages', 'annotations'], 'readwrite');
      const now = Date.now();
      // (No named functions in here: the bench runs under tsx, whose helpers do not exist in the page.)
      tx.objectStore('pages').put({ key, url, title: 'Field notes', canonicalKey: null, extraction: null, corrections: {}, savedAt: now, updatedAt: now, deleted: null, site: new URL(url).hostname, terms: [] });
      const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
      targets.forEach((target, i) => {
        tx.objectStore('annotations').put({
          id: ids[i], pageKey: key, url, title: 'Field notes', motivation: 'highlighting',
          target, color: colors[i % 5], note: i % 7 ? '' : `A note on ${i}`, tags: [], created: now + i, updated: now + i, deleted: null, terms: [],
        });
      });
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = rej;
      });
      db.close();
    },
    { url, key: pageKey(url), targets, ids },
  );
  await library.close();
  return ids;
}
