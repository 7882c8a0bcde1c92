import type { Page } from '@playwright/test';
import { expect, openPopup, reportedTab, test, type Browserish } from './harness';
import type { TabState } from '../../lib/messages';
import { highlight, painted, selectWithMouse } from './page-actions';

/**
 * Only a small starter runs on every page; the page tools are loaded into a page that needs them
 * (lib/page-tools.ts): the highlighter with the in-page UI, and on top of it the reader of the
 * page (the extractor) where the page might be a review or a value is picked from it. A script of the
 * extension that starts announces itself to the page's window (WXT's content-script context),
 * which is how the page sees which ones ran.
 */
async function recordScriptsStarted(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { scriptsStarted: string[] }).scriptsStarted = seen;
    window.addEventListener('message', (e: MessageEvent<{ contentScriptName?: unknown }>) => {
      if (typeof e.data.contentScriptName === 'string') seen.push(e.data.contentScriptName);
    });
  });
}
const started = (page: Page) => page.evaluate(() => (window as unknown as { scriptsStarted: string[] }).scriptsStarted);

/** Opens a fixture page in a new tab, recording which of our scripts start in it, once the background knows it. */
async function openRecorded(ext: Browserish, url: string, until?: (state: TabState) => boolean) {
  const page = await ext.context.newPage();
  await recordScriptsStarted(page);
  await page.goto(url);
  return { page, ...(await reportedTab(ext, url, until)) };
}

test('a page that is not a review gets only the starter; selecting text loads the page tools and offers the toolbar; with a highlight the page gets them at once', async ({
  ext,
  server,
}) => {
  // A page the prefilter turns away.
  const { page, state } = await openRecorded(ext, server.url('pages/plain-article.html'));
  expect(state.extraction).toBeNull();
  await page.waitForTimeout(500);
  expect(await started(page)).toEqual(['content']);

  const quote = 'approve a tram line';
  await highlight(page, quote, { color: 'green' });
  expect(await started(page)).toEqual(['content', 'page-tools']);
  await expect.poll(() => painted(page)).toEqual({ green: [quote] });

  await page.reload();
  await expect.poll(() => painted(page)).toEqual({ green: [quote] });
  expect(await started(page)).toEqual(['content', 'page-tools']);
});

test('where the highlighter runs alone, a shadow root the page adds later is watched too: text in it gets the toolbar and is painted', async ({
  ext,
  server,
}) => {
  const { page } = await openRecorded(ext, server.url('pages/plain-article.html'));
  await highlight(page, 'approve a tram line', { color: 'green' });

  const late = 'a widget that the page rendered later';
  await page.evaluate((text) => {
    const host = document.createElement('aside');
    const p = document.createElement('p');
    p.textContent = `This is ${text}, in a shadow root of its own.`;
    host.attachShadow({ mode: 'open' }).append(p);
    document.body.append(host);
  }, late);
  // A person reads it before selecting it.
  await page.waitForTimeout(1000);
  await highlight(page, late, { color: 'blue' });
  await expect.poll(() => painted(page)).toEqual({ green: ['approve a tram line'], blue: [late] });
  expect(await started(page)).toEqual(['content', 'page-tools']);
});

test('a page that might be a review gets the page tools without being asked, once', async ({ ext, server }) => {
  const { page } = await openRecorded(ext, server.url('seed-review.html'), (s) => s.extraction?.isReview === true);
  await highlight(page, 'bilateral trade');
  expect(await started(page)).toEqual(['content', 'page-tools', 'page-reader']);
});

test('on a page the prefilter turned away, Use as… on the toolbar loads the reader of the page, which reads the picked value', async ({ ext, server }) => {
  const { page, tabId } = await openRecorded(ext, server.url('pages/plain-article.html'));
  await page.waitForTimeout(500);

  expect(await selectWithMouse(page, 'approve a tram line')).toBe('approve a tram line');
  await expect(page.getByTestId('ra-toolbar')).toBeVisible();
  expect(await started(page)).toEqual(['content', 'page-tools']);
  await page.getByTestId('ra-use-as').click();
  await page.getByTestId('ra-use-as-work.title').click();
  await expect.poll(() => started(page)).toEqual(['content', 'page-tools', 'page-reader']);

  // The page is not a review: its fields show once the reader says it is one.
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('answer-is-review').click();
  await expect(popup.getByTestId('value-work.title')).toContainText('approve a tram line');
  await expect(popup.getByTestId('picked-work.title')).toBeVisible();
});

test('a page whose content never stops changing is looked at a bounded number of times', async ({ ext, server }) => {
  // Count the starter's reports of this page as the service worker receives them.
  await ext.worker.evaluate(() => {
    const seen: unknown[] = [];
    (self as unknown as { pageOpenedSeen: unknown[] }).pageOpenedSeen = seen;
    chrome.runtime.onMessage.addListener((m: unknown) => {
      if (JSON.stringify(m).includes('pageOpened')) seen.push(m);
    });
  });
  const page = await ext.context.newPage();
  await page.goto(server.url('pages/live-ticker.html'));
  const seen = () => ext.worker.evaluate(() => (self as unknown as { pageOpenedSeen: unknown[] }).pageOpenedSeen.length);
  // It is looked at again as it changes…
  await expect.poll(seen, { timeout: 15_000 }).toBeGreaterThan(3);
  // …but no more than a dozen times, however long it keeps changing.
  await page.waitForTimeout(12_000);
  const count = await seen();
  expect(count).toBeLessThanOrEqual(12);
  await page.waitForTimeout(2_000);
  expect(await seen()).toBe(count);
});
