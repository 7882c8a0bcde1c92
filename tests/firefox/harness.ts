/// <reference types="chrome" />
/**
 * The built Firefox extension in Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi (Playwright cannot drive a stock Firefox). The add-on is installed as a temporary add-on;
 * a fixed uuid for its id fixes its `moz-extension://` origin, so its pages open in a tab.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { paintedHighlights, textBoxes } from '../../scripts/page-probes';
import type { TabState } from '../../lib/messages';
import { must } from '../../lib/must';

export const FIREFOX = '/usr/bin/firefox-esr';
export const BUILD = resolve('.output/firefox-mv3');
const GECKO_ID = 'review-annotator@review-annotator.invalid';
const UUID = '6e2c5a0b-3f1d-4c8e-9a7b-1d2e3f4a5b6c';
export const ORIGIN = `moz-extension://${UUID}`;

/**
 * Launches Firefox with the extension installed; downloads go to `downloads` without asking. With
 * `profile`, the same profile folder is used again: a restart of the same person's browser.
 */
export async function launchFirefox(downloads: string, profile?: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: .ci/run installs firefox-esr (apt-get install -y firefox-esr)`);
  if (!existsSync(`${BUILD}/manifest.json`)) throw new Error(`no Firefox build in ${BUILD}: run npm run build:firefox`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    ...(profile ? { userDataDir: profile } : {}),
    // Without it, navigating to a moz-extension:// page is refused.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.panel.shown': true,
      ...prefs,
    },
  });
  await browser.installExtension(BUILD);
  return browser;
}

/**
 * Opens one of the extension's pages in a tab. Navigating to a moz-extension:// page loads it
 * but the navigation never resolves: it is started, and the page is waited for from inside.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${ORIGIN}/${path}`, { timeout: 2_000 }).catch(() => {});
  await until(async () => {
    const state = await page.evaluate((): [string, string] => [location.href, document.readyState]).catch(() => null);
    return !!state && state[0].startsWith(ORIGIN) && state[1] === 'complete';
  }, `${path} to load`);
  return page;
}

/**
 * Firefox's WebExtension namespace, as an extension page has it (the functions below run there):
 * the methods used here return promises, as chrome.* does in Manifest V3.
 */
declare const browser: typeof chrome;

/** Whether the extension's event page is running now (Firefox stops it when idle), asked from one of its pages. */
export async function backgroundRunning(ext: Page): Promise<boolean> {
  return ext.evaluate(() => browser.extension.getBackgroundPage() != null);
}

/** Polls `check` until it holds (or throws after `ms`). */
export async function until(check: () => Promise<boolean> | boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The id Firefox gives the tab showing `url`, read with the extension's own tabs API. */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  // Set in the check: TypeScript cannot see that, so the type is spelled out.
  let id = null as number | null;
  await until(async () => {
    id = await ext.evaluate(async (u) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    return id != null;
  }, `a tab on ${url}`);
  return must(id, `the id of the tab on ${url}`);
}

/** What the background keeps of a tab once the content script reported it. */
export async function reported(ext: Page, tabId: number): Promise<TabState> {
  let state = null as TabState | null;
  await until(async () => {
    state = await ext.evaluate(async (key) => (await browser.storage.session.get<Record<string, TabState>>(key))[key] ?? null, `tab:${tabId}`);
    return state != null;
  }, `the content script's report for tab ${tabId}`);
  return must(state, `the state of tab ${tabId}`);
}

/** Drags the mouse over the first occurrence of `text` on the page, as a person selects it. */
export async function dragOver(page: Page, text: string): Promise<void> {
  const { first: a, last: b } = await page.evaluate(textBoxes, text);
  const box = { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The texts the extension painted on the page, by colour. */
export async function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(paintedHighlights);
}
