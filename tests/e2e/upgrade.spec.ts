import type { Page } from '@playwright/test';
import { expect, openPopup, reportedTab, stopServiceWorker, test, type Browserish } from './harness';
import { highlight, painted } from './page-actions';

const QUOTE = 'Beijing is pushing forward a regional mechanism';
const NOTE = 'Kept across the upgrade to one row per page';

/** A page of the extension's origin that does not open the database itself. */
async function originPage(ext: Browserish): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  return page;
}

test('a library written by version 4 (one row per annotation) is upgraded in Chromium: the highlight is painted again, its note is in the popup, and the old store is gone', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: NOTE, tags: 'upgrade' });
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE] });
  await page.close();

  // The same records, rewritten as version 4 kept them (Dexie's version n is IndexedDB's 10n),
  // while no worker holds the database open.
  const origin = await originPage(ext);
  await stopServiceWorker(ext, origin);
  const written = await origin.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const current = await request(indexedDB.open('review-annotator'));
    const tx = current.transaction(['pages', 'annotationPacks']);
    const [pages, packs] = await Promise.all([request(tx.objectStore('pages').getAll()), request(tx.objectStore('annotationPacks').getAll())]);
    current.close();
    await request(indexedDB.deleteDatabase('review-annotator'));
    const open = indexedDB.open('review-annotator', 40);
    open.onupgradeneeded = () => {
      const db = open.result;
      const p = db.createObjectStore('pages', { keyPath: 'key' });
      for (const i of ['url', 'canonicalKey', 'savedAt', 'updatedAt', 'deleted', 'site', 'workType', 'workYear', 'workDate', 'sortTitle']) p.createIndex(i, i);
      for (const i of ['allTerms', 'tags', 'colors', 'colorTags']) p.createIndex(i, i, { multiEntry: true });
      const a = db.createObjectStore('annotations', { keyPath: 'id' });
      a.createIndex('pageKey', 'pageKey');
      a.createIndex('deleted', 'deleted');
    };
    const v4 = await request(open);
    const write = v4.transaction(['pages', 'annotations'], 'readwrite');
    for (const record of pages) write.objectStore('pages').put(record);
    const annotations = packs.flatMap((pack: { items: unknown[] }) => pack.items);
    for (const record of annotations) write.objectStore('annotations').put(record);
    await new Promise((resolve, reject) => ((write.oncomplete = resolve), (write.onerror = () => reject(write.error))));
    v4.close();
    return { pages: pages.length, annotations: annotations as { note: string }[] };
  });
  expect(written.pages).toBe(1);
  expect(written.annotations.map((a) => a.note)).toEqual([NOTE]);
  await origin.close();

  await ext.restart();
  const again = await ext.context.newPage();
  await again.goto(url);
  await expect.poll(() => painted(again)).toEqual({ green: [QUOTE] });
  const { tabId } = await reportedTab(ext, url);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('annotation-note')).toHaveText(NOTE);
  await expect(popup.getByTestId('annotation-tag')).toHaveText(['upgrade']);

  const check = await originPage(ext);
  expect(
    await check.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('review-annotator');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const out = { version: db.version, stores: [...db.objectStoreNames] };
      db.close();
      return out;
    }),
  ).toEqual({ version: 50, stores: ['annotationPacks', 'pages'] });
});
