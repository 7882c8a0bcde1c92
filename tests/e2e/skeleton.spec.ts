import { badge, expect, openPopup, reportedTab, test } from './harness';

test('the built extension loads as an MV3 service worker', async ({ ext }) => {
  const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Review Annotator');
  expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
});

test('the content script reports the demo page, the popup shows it, and a saved record survives a restart', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const title = await page.title();

  const { tabId, state } = await reportedTab(ext, url);
  expect(state.title).toBe(title);

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('page-title')).toHaveText(title);
  await expect(popup.getByTestId('page-url')).toHaveText(url);
  await popup.getByTestId('save-page').click();
  await expect(popup.getByTestId('saved')).toBeVisible();

  await ext.restart();
  const again = await ext.context.newPage();
  await again.goto(url);
  const reopened = await reportedTab(ext, url);
  const popup2 = await openPopup(ext, reopened.tabId);
  await expect(popup2.getByTestId('page-title')).toHaveText(title);
  await expect(popup2.getByTestId('saved')).toBeVisible();
  await expect(popup2.getByTestId('save-page')).toHaveCount(0);
  const stored = await popup2.evaluate(async (key) => {
    const open = indexedDB.open('review-annotator');
    const db: IDBDatabase = await new Promise((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error ?? new Error('IndexedDB failed without saying why'));
    });
    const rec = await new Promise<{ title?: string } | undefined>((ok) => {
      const req = db.transaction('pages').objectStore('pages').get(key);
      // The stored page record (lib/db.ts), of which the test reads the title.
      req.onsuccess = () => ok(req.result as { title?: string } | undefined);
    });
    db.close();
    return rec;
  }, url);
  expect(stored?.title).toBe(title);
});

test('a hostile page that breaks built-ins and throws does not stop the content script, and nothing of ours reaches its console', async ({ ext, server }) => {
  const url = server.url('pages/hostile.html');
  const page = await ext.context.newPage();
  const consoleLines: { text: string; url: string }[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => consoleLines.push({ text: m.text(), url: m.location().url }));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);

  const { tabId, state } = await reportedTab(ext, url);
  expect(state.title).toBe('Hostile page: The Archive and the State');
  expect(state.extraction?.isReview).toBe(true);
  expect(state.extraction?.work.authors).toEqual(['Mirela Constantin']);
  expect((await badge(ext, tabId)).text).not.toBe('');

  // The page's own errors are its own; none come from the extension.
  await page.waitForTimeout(500);
  expect(pageErrors.every((m) => m.startsWith('page: '))).toBe(true);
  expect(pageErrors.length).toBeGreaterThan(0);
  const ours = consoleLines.filter((l) => l.url.startsWith('chrome-extension://') || /review.annotator|messaging/i.test(l.text));
  expect(ours).toEqual([]);
  // The page still sees its own overrides: the extension changed nothing in its world.
  expect(await page.evaluate(() => window.getSelection())).toBeNull();
});
