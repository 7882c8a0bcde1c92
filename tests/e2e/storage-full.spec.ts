import type { CDPSession, Page } from '@playwright/test';
import { expect, openPopup, reportedTab, stopServiceWorker, test, type Browserish } from './harness';
import { highlight, painted, selectWithMouse } from './page-actions';

const EARLIER = 'Beijing is pushing forward';
const LATER = 'a regional mechanism to ensure its security';
const NOTE = 'Compare with the 2019 agreement — typed before the disk filled';

/**
 * Runs `fn` in a new document of the extension's origin that does not open the database itself,
 * and closes it: while a document of an origin lives, Chromium keeps that origin's IndexedDB
 * state, quota included (measured below).
 */
async function inExtensionOrigin<T>(ext: Browserish, fn: () => Promise<T>): Promise<T> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    return await page.evaluate(fn);
  } finally {
    await page.close();
  }
}

/** Everything in the extension's database, read with IndexedDB itself (no version: nothing is upgraded). */
function stored(ext: Browserish): Promise<{ pages: unknown[]; annotations: unknown[] }> {
  return inExtensionOrigin(ext, async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('review-annotator');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB failed without saying why'));
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB failed without saying why'));
      });
    try {
      // A page's annotations are kept in rows of up to 50 (lib/annotation-table).
      const rows = (await all('annotationChunks')) as { items: unknown[] }[];
      return { pages: await all('pages'), annotations: rows.flatMap((r) => r.items) };
    } finally {
      db.close();
    }
  });
}

/** Writes a few bytes to a database of the extension's origin: 'ok', or the name of the error that aborted it. */
function probeWrite(ext: Browserish): Promise<string> {
  return inExtensionOrigin(ext, async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('quota-probe', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('probe');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB failed without saying why'));
    });
    const outcome = await new Promise<string>((resolve) => {
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put('x'.repeat(1000), Date.now());
      tx.oncomplete = () => resolve('ok');
      tx.onabort = () => resolve(tx.error?.name ?? 'AbortError');
    });
    db.close();
    return outcome;
  });
}

/**
 * Gives the extension's origin a quota of one byte, and waits until its IndexedDB believes it.
 * Measured in Chromium 156: the override applies at once to an origin whose IndexedDB is not in
 * use (the next write's transaction aborts with QuotaExceededError), but one in use keeps the
 * space it last learned of for about 30 s. Once the worker (which holds the database open) is
 * stopped and no document of the origin has used IndexedDB for about 3 s, Chromium lets go of
 * that state and the next write asks the quota again.
 */
async function fillDisk(ext: Browserish, cdp: CDPSession, from: Page): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${ext.extensionId}`, quotaSize: 1 });
  await stopServiceWorker(ext, from);
  await from.waitForTimeout(3_000);
  // A probe made too early keeps the old state alive, until it expires: the poll then waits that out.
  await expect.poll(() => probeWrite(ext), { intervals: [4_000], timeout: 45_000 }).toBe('QuotaExceededError');
}

test('storage full: the toolbar says so and keeps the note, the popup shows a banner, nothing saved before changes, and the highlight saves once there is room', async ({
  ext,
  server,
}) => {
  test.setTimeout(120_000);
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  await highlight(page, EARLIER, { color: 'green', note: 'saved before', tags: 'early' });
  await expect.poll(() => painted(page)).toEqual({ green: [EARLIER] });

  const before = await stored(ext);
  expect(before.annotations).toHaveLength(1);

  const cdp = await ext.context.newCDPSession(page);
  await fillDisk(ext, cdp, page);

  await page.bringToFront();
  expect(await selectWithMouse(page, LATER)).toBe(LATER);
  await page.getByTestId('ra-note-toggle').click();
  await page.getByTestId('ra-color-purple').click();
  await page.getByTestId('ra-note-input').fill(NOTE);
  await page.getByTestId('ra-save').click();
  await expect(page.getByTestId('ra-error')).toHaveText(
    'Storage is full: this highlight was not saved. Free some disk space, then try again. Nothing you saved before has been changed.',
  );
  await expect(page.getByTestId('ra-toolbar')).toBeVisible();
  await expect(page.getByTestId('ra-note-input')).toHaveValue(NOTE);
  expect(await painted(page)).toEqual({ green: [EARLIER] });
  expect(await stored(ext)).toEqual(before);

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('storage-banner')).toHaveText(
    'Storage is full: your last change was not saved. Free some disk space, then try again. Nothing you saved before has been changed.',
  );
  await expect(popup.getByTestId('annotation')).toHaveCount(1);

  // Room again: the same toolbar, note and all, saves the highlight, and the banner goes.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${ext.extensionId}` });
  await page.bringToFront();
  await page.getByTestId('ra-save').click();
  await expect(page.getByTestId('ra-toolbar')).toHaveCount(0);
  await expect(popup.getByTestId('storage-banner')).toHaveCount(0);

  await page.reload();
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual({ green: [EARLIER], purple: [LATER] });
  const after = await stored(ext);
  expect(after.annotations).toHaveLength(2);
  expect(after.annotations).toContainEqual(before.annotations[0]);
  await popup.reload();
  await expect(popup.getByTestId('annotation-note')).toHaveText(['saved before', NOTE]);
});
