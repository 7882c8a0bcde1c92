/**
 * Firefox stops an extension's event page when it is idle, as Chromium stops a service worker.
 * Here it is told to stop it after half a second: every highlight and every correction then
 * wakes a stopped page, and nothing may be lost or written twice. A site rule learned from a
 * correction works the same as in Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { backgroundRunning, dragOver, launchFirefox, openExtensionPage, painted, reported, tabIdOf, until } from './harness';
import { must } from '../../lib/must';

let browser: Browser;
let server: FixtureServer;
let ext: Page;
const downloads = mkdtempSync(join(tmpdir(), 'ra-firefox-idle-'));

// What beforeAll opened, closed last first: a set-up that failed halfway leaves fewer.
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  server = await startFixtureServer('tests/fixtures');
  opened.push(server);
  browser = await launchFirefox(downloads, undefined, { 'extensions.background.idle.timeout': 500 });
  opened.push(browser);
  ext = await openExtensionPage(browser, 'library.html');
}, 60_000);

afterAll(async () => {
  for (const open of opened.reverse()) await open.close();
  rmSync(downloads, { recursive: true, force: true });
});

const stopped = () => until(async () => !(await backgroundRunning(ext)), 'Firefox to stop the idle event page');
const click = async (page: Page, testid: string) =>
  must(
    await page.waitForSelector(`>>> [data-testid="${testid}"]`, { timeout: 10_000 }),
    'await page.waitForSelector(`>>> [data-testid="${testid}"]`, { timeout: 10_000 })',
  ).click();

async function highlight(page: Page, quote: string, color: string): Promise<void> {
  await dragOver(page, quote);
  expect(await page.evaluate(() => String(document.getSelection()))).toBe(quote);
  await click(page, `ra-color-${color}`);
  await until(async () => (await painted(page))[color]?.includes(quote) ?? false, `“${quote}” to be painted`);
}

describe('in Firefox, with the event page stopped whenever it is idle', () => {
  it('highlights made each on a stopped event page are all kept, once each', async () => {
    const url = server.url('seed-review.html');
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(url);
    await reported(ext, await tabIdOf(ext, url));
    const quotes = [
      ['Beijing is pushing forward', 'green'],
      ['a regional mechanism to ensure its security', 'purple'],
      ['the recent mass anti-government demonstrations', 'blue'],
    ] as const;
    for (const [quote, color] of quotes) {
      await stopped();
      await page.bringToFront();
      await highlight(page, quote, color);
    }
    await stopped();
    await page.reload();
    const sorted = (o: Record<string, string[]>) => JSON.stringify(Object.entries(o).sort());
    const want = sorted(Object.fromEntries(quotes.map(([q, c]) => [c, [q]])));
    await until(async () => sorted(await painted(page)) === want, 'all three to be painted after the reload');
    const library = await openExtensionPage(browser, 'library.html');
    await until(async () => (await library.$$('[data-testid="annotation"]')).length === 3, 'the library to list three highlights');
    await library.close();
    await page.close();
  });

  it('a correction on one page of a site gives its other page the right value from the rule', async () => {
    const first = server.url('site-rules/review-1.html');
    const second = server.url('site-rules/review-2.html');
    const page = await browser.newPage();
    await page.goto(first);
    const tabId = await tabIdOf(ext, first);
    await reported(ext, tabId);
    const popup = await openExtensionPage(browser, `popup.html?tabId=${tabId}`);
    await click(popup, 'show-all-fields');
    await click(popup, 'edit-work.publisher');
    await must(await popup.waitForSelector('[data-testid="field-input-work.publisher"]'), 'the element [data-testid="field-input-work.publisher"]').type(
      'Harbor Press',
    );
    await stopped();
    await click(popup, 'save-field-work.publisher');
    await until(async () => (await popup.$('[data-testid="edited-work.publisher"]')) != null, 'the correction to be saved');

    const other = await browser.newPage();
    await other.goto(second);
    const otherTab = await tabIdOf(ext, second);
    await until(
      async () => ((await reported(ext, otherTab)).extraction?.work as { publisher?: string | null } | undefined)?.publisher === 'Quay Books',
      'the second page to be read with the rule',
    );
    await Promise.all([popup.close(), page.close(), other.close()]);
  });
});
