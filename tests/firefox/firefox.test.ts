/**
 * What a person does with the extension in Firefox: the seed review is recognised and the popup
 * shows its fields; a mouse selection gets the toolbar, a colour and a note; the highlight comes
 * back after a reload; on a page that loaded only the starter a selection gets the toolbar too; the library lists it and finds it by a word of its note; an export
 * downloads a file with the quote.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { dragOver, launchFirefox, openExtensionPage, painted, reported, tabIdOf, until } from './harness';
import { must } from '../../lib/must';

const QUOTE = 'Beijing is pushing forward a regional mechanism';
let browser: Browser;
let server: FixtureServer;
let ext: Page;
let page: Page;
let url: string;
const downloads = mkdtempSync(join(tmpdir(), 'ra-firefox-downloads-'));

// What beforeAll opened, closed last first: a set-up that failed halfway leaves fewer.
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  server = await startFixtureServer('tests/fixtures');
  opened.push(server);
  browser = await launchFirefox(downloads);
  opened.push(browser);
  url = server.url('seed-review.html');
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url);
  ext = await openExtensionPage(browser, 'library.html');
}, 60_000);

afterAll(async () => {
  for (const open of opened.reverse()) await open.close();
  rmSync(downloads, { recursive: true, force: true });
});

const text = (p: Page) => p.evaluate(() => document.body.innerText);

describe('in Firefox', () => {
  it('recognises the seed review, and the popup shows its fields', async () => {
    const tabId = await tabIdOf(ext, url);
    const state = await reported(ext, tabId);
    expect(state.extraction?.isReview).toBe(true);
    expect(state.extraction?.work.title).toBe('China’s Security Management Towards Central Asia');
    const popup = await openExtensionPage(browser, `popup.html?tabId=${tabId}`);
    await until(async () => (await text(popup)).includes('China’s Security Management Towards Central Asia'), 'the popup to show the work');
    expect(await text(popup)).toContain('Niva Yau');
    await popup.close();
  });

  it('a mouse selection gets the toolbar; a colour and a note save a highlight that is painted again after a reload', async () => {
    await page.bringToFront();
    await dragOver(page, QUOTE);
    expect(await page.evaluate(() => String(document.getSelection()))).toBe(QUOTE);
    const toggle = await page.waitForSelector('>>> [data-testid="ra-note-toggle"]', { timeout: 10_000 });
    await must(toggle, 'toggle').click();
    await must(await page.waitForSelector('>>> [data-testid="ra-color-green"]'), 'the element >>> [data-testid="ra-color-green"]').click();
    await must(await page.waitForSelector('>>> [data-testid="ra-note-input"]'), 'the element >>> [data-testid="ra-note-input"]').type(
      'Regional security, in Firefox',
    );
    await must(await page.waitForSelector('>>> [data-testid="ra-save"]'), 'the element >>> [data-testid="ra-save"]').click();
    await until(async () => JSON.stringify(await painted(page)) === JSON.stringify({ green: [QUOTE] }), 'the highlight to be painted');

    await page.reload();
    await until(async () => JSON.stringify(await painted(page)) === JSON.stringify({ green: [QUOTE] }), 'the highlight to be painted after the reload');
    const tabId = await tabIdOf(ext, url);
    const popup = await openExtensionPage(browser, `popup.html?tabId=${tabId}`);
    await until(async () => (await text(popup)).includes('Regional security, in Firefox'), 'the popup to list the note');
    expect(await text(popup)).toContain(QUOTE);
    await popup.close();
  });

  it('on a page the prefilter turns away, a mouse selection loads the page tools and gets the toolbar', async () => {
    const plainUrl = server.url('pages/plain-article.html');
    const plain = await browser.newPage();
    await plain.setViewport({ width: 1200, height: 900 });
    await plain.goto(plainUrl);
    expect((await reported(ext, await tabIdOf(ext, plainUrl))).extraction).toBeNull();
    await dragOver(plain, 'approve a tram line');
    await plain.waitForSelector('>>> [data-testid="ra-toolbar"]', { timeout: 10_000 });
    await plain.close();
  });

  it('the library lists the highlight and finds it by a word of its note', async () => {
    const library = await openExtensionPage(browser, 'library.html');
    await until(async () => (await text(library)).includes(QUOTE), 'the library to list the highlight');
    await must(await library.waitForSelector('[data-testid="library-search"]'), 'the library search box').type('firefox');
    await until(async () => (await text(library)).includes('Regional security, in Firefox'), 'the search to find the note');
    await library.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
      if (!box) throw new Error('no search box in the library');
      box.value = '';
    });
    await must(await library.waitForSelector('[data-testid="library-search"]'), 'the library search box').type('nothingmatchesthis');
    await until(async () => !(await text(library)).includes(QUOTE), 'a search for another word to find nothing');
    await library.close();
  });

  it('an export from the library downloads a Markdown file with the quote and the note', async () => {
    const library = await openExtensionPage(browser, 'library.html');
    await until(async () => (await text(library)).includes(QUOTE), 'the library to list the highlight');
    await library.select('[data-testid="export-format"]', 'markdown');
    await must(await library.waitForSelector('[data-testid="export"]'), 'the element [data-testid="export"]').click();
    // Firefox writes a download under a temporary name and renames it when done: a file seen
    // once may be gone at the next look, so each look reads the folder again.
    let markdown = '';
    await until(() => {
      markdown =
        readdirSync(downloads)
          .filter((f) => f.endsWith('.md'))
          .map((f) => readIfThere(join(downloads, f)))
          .find((m) => m.includes('Regional security, in Firefox')) ?? '';
      return !!markdown;
    }, 'the Markdown file to be downloaded and written');
    expect(markdown).toContain(QUOTE);
    expect(markdown).toContain('China’s Security Management Towards Central Asia');
    await library.close();
  });
});

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
