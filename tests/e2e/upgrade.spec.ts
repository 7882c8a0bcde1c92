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

/**
 * Rewrites the extension's database as version 4 kept it, one row per annotation (Dexie's
 * version n is IndexedDB's 10n), with `extra` annotations made from the first, while no worker
 * holds the database open. Returns what it wrote.
 */
async function rewriteAsV4(ext: Browserish, extra: Record<string, unknown>[] = []): Promise<{ pages: number; notes: string[] }> {
  const origin = await originPage(ext);
  await stopServiceWorker(ext, origin);
  const written = await origin.evaluate(async (extra) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>(
        (resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error ?? new Error('IndexedDB failed without saying why')))),
      );
    const current = await request(indexedDB.open('review-annotator'));
    const tx = current.transaction(['pages', 'annotationChunks']);
    const [pages, rows] = await Promise.all([request(tx.objectStore('pages').getAll()), request(tx.objectStore('annotationChunks').getAll())]);
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
    const annotations = rows.flatMap((row: { items: Record<string, unknown>[] }) => row.items);
    for (const record of [...annotations, ...extra.map((x) => ({ ...annotations[0], ...x }))]) write.objectStore('annotations').put(record);
    await new Promise(
      (resolve, reject) => ((write.oncomplete = resolve), (write.onerror = () => reject(write.error ?? new Error('IndexedDB failed without saying why')))),
    );
    v4.close();
    return { pages: pages.length, notes: annotations.map((a) => a.note as string) };
  }, extra);
  await origin.close();
  return written;
}

/** The database as it is on disk: its IndexedDB version and stores. */
async function onDisk(ext: Browserish): Promise<{ version: number; stores: string[] }> {
  const page = await originPage(ext);
  try {
    return await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('review-annotator');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB failed without saying why'));
      });
      const out = { version: db.version, stores: [...db.objectStoreNames] };
      db.close();
      return out;
    });
  } finally {
    await page.close();
  }
}

/** Highlights QUOTE on the seed page with a note and a tag, and closes the page. */
async function highlightSeedPage(ext: Browserish, url: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: NOTE, tags: 'upgrade' });
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE] });
  await page.close();
}

/** Restarts the browser (the worker opens the database again), sees the highlight painted on the page, and opens the popup. */
async function restartAndOpen(ext: Browserish, url: string): Promise<Page> {
  await ext.restart();
  const again = await ext.context.newPage();
  await again.goto(url);
  await expect.poll(() => painted(again)).toEqual({ green: [QUOTE] });
  const { tabId } = await reportedTab(ext, url);
  return openPopup(ext, tabId);
}

test('a library written by version 4 (one row per annotation) is upgraded in Chromium to the current version: the highlight is painted again, its note is in the popup, and the old store is gone', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  await highlightSeedPage(ext, url);
  expect(await rewriteAsV4(ext)).toEqual({ pages: 1, notes: [NOTE] });

  const popup = await restartAndOpen(ext, url);
  await expect(popup.getByTestId('annotation-note')).toHaveText(NOTE);
  await expect(popup.getByTestId('annotation-tag')).toHaveText(['upgrade']);

  expect(await onDisk(ext)).toEqual({ version: 70, stores: ['annotationChunks', 'pages', 'siteRules', 'workChoices'] });
});

test('an upgrade to version 5 that fails leaves version 4 on disk, read through the old layout: the highlight is painted, and the popup shows the note and says why nothing can be saved', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  await highlightSeedPage(ext, url);
  // A record without a page key: the upgrade cannot file it under a page, and throws.
  expect(await rewriteAsV4(ext, [{ id: 'without-a-page', pageKey: undefined }])).toEqual({ pages: 1, notes: [NOTE] });

  const popup = await restartAndOpen(ext, url);
  await expect(popup.getByTestId('storage-banner')).toContainText('Your notes could not be upgraded to this version of the extension');
  await expect(popup.getByTestId('annotation-note')).toHaveText(NOTE);
  expect(await onDisk(ext)).toEqual({ version: 40, stores: ['annotations', 'pages'] });
});
