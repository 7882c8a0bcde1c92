/// <reference types="chrome" />
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, extensionId, serviceWorker } from '../../scripts/chromium';
import { startFixtureServer } from '../../scripts/fixture-server';
import { median, type Figures } from '../harness';
import { putRecords } from '../seed';
import { must } from '../../lib/must';

const PAGES = 1_000;
const ANNOTATIONS = 10_000;
const ON_PAGE = 50;
const RUNS = 9;

/** Per run: ms from navigation start to the full render, and from the popup's script starting to it. */
async function renderTimes(context: BrowserContext, popupUrl: string, expected: number): Promise<{ total: number[]; script: number[] }> {
  const total: number[] = [];
  const script: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await popup.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=annotation], [data-testid=orphan]').length === n && performance.getEntriesByName('popup-ready').length > 0,
      expected,
    );
    const [start, ready] = await popup.evaluate(() => ['popup-script', 'popup-ready'].map((m) => performance.getEntriesByName(m)[0]?.startTime));
    // The first run warms the browser's caches.
    if (i > 0) {
      total.push(must(ready, 'the popup-ready mark'));
      script.push(must(ready, 'the popup-ready mark') - must(start, 'the popup-script mark'));
    }
    await popup.close();
  }
  return { total, script };
}

/** The id of the tab the content script reported `url` from, as the background keeps it (under `tab:<id>`). */
async function reportedTab(worker: Worker, url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const all = await worker.evaluate(() => chrome.storage.session.get(null));
    for (const [k, v] of Object.entries(all))
      if (k.startsWith('tab:') && typeof v === 'object' && v !== null && 'url' in v && v.url === url) return Number(k.slice(4));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the content script did not report the seed page');
}

/**
 * The peer: an empty page of the same extension, whose one script only sets a mark. From its
 * navigation start to that mark is what the browser takes to open any extension page (a
 * renderer, a V8 context, the module loaded) before a line of the page's own code runs.
 */
async function blankPageTimes(context: BrowserContext, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('blank-script').length > 0);
    if (i > 0) times.push(must(await page.evaluate(() => performance.getEntriesByName('blank-script')[0]?.startTime), 'the blank-script mark'));
    await page.close();
  }
  return times;
}

/**
 * The popup's first full render in the built extension: a database of 10,000 annotations on
 * 1,000 pages, 50 of them on the seed review open in the tab. Each run opens popup.html for
 * that tab and reads the "popup-ready" mark it sets once the work, fields and all 50
 * annotations are in the DOM: from navigation start (the browser opening the page and loading
 * its script included) and from the script starting to run (the popup's own work: asking for
 * the tab, opening the database, reading, rendering). The same with an empty database shows
 * what the records themselves cost. The peer, an empty page added to a copy of the build,
 * shows how much of the time from navigation is the browser's before any script runs.
 */
export async function popupSuite(): Promise<Figures> {
  const profile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  // The built extension with one more page, the empty peer; nothing else differs.
  const extensionDir = await mkdtemp(join(tmpdir(), 'review-annotator-bench-ext-'));
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  await writeFile(
    join(extensionDir, 'bench-blank.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title><script type="module" src="/bench-blank.js"></script></head><body></body></html>\n',
  );
  await writeFile(join(extensionDir, 'bench-blank.js'), "performance.mark('blank-script');\n");
  const server = await startFixtureServer(resolve('tests/fixtures'));
  const context = await launchWithExtension(profile, { extensionDir });
  try {
    const worker = await serviceWorker(context);
    const id = await extensionId(context);
    const url = server.url('seed-review.html');
    const tab = await context.newPage();
    await tab.goto(url);
    const tabId = await reportedTab(worker, url);

    // The popup opens the database (and creates its schema); then the records go in directly.
    const popupUrl = `chrome-extension://${id}/popup.html?tabId=${tabId}`;
    const seeder = await context.newPage();
    await seeder.goto(popupUrl);
    await seeder.getByTestId('annotation-list').waitFor();
    const emptyTimes = await renderTimes(context, popupUrl, 0);
    const now = Date.now();
    const key = (p: number) => (p === 0 ? url : `https://site${p % 20}.example/review/${p}`);
    const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
    await putRecords(seeder, {
      pages: Array.from({ length: PAGES }, (_, p) => ({
        key: key(p),
        url: key(p),
        title: `Review ${p}`,
        canonicalKey: null,
        extraction: null,
        corrections: {},
        savedAt: now - p,
        updatedAt: now - p,
        deleted: null,
        site: '',
        terms: [],
      })),
      annotations: Array.from({ length: ANNOTATIONS }, (_, i) => {
        const p = i < ON_PAGE ? 0 : 1 + (i % (PAGES - 1));
        const exact = `Quoted sentence number ${i} from a review, long enough to wrap over two lines in the popup list.`;
        return {
          id: `bench-annotation-${String(i).padStart(6, '0')}`,
          pageKey: key(p),
          url: key(p),
          title: `Review ${p}`,
          motivation: 'highlighting',
          target: {
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: i, end: i + exact.length },
          },
          color: colors[i % 5],
          note: i % 3 ? `A note on ${i}` : '',
          tags: i % 4 ? ['method', `t${i % 40}`] : [],
          created: now + i,
          updated: now + i,
          deleted: null,
          terms: [],
        };
      }),
    });
    await seeder.close();

    const full = await renderTimes(context, popupUrl, ON_PAGE);
    const blank = median(await blankPageTimes(context, `chrome-extension://${id}/bench-blank.html`));
    const k = `${ANNOTATIONS / 1000}k`;
    return {
      'popup.blankPage.toScript.median': { value: blank, unit: 'ms' },
      'popup.emptyDb.fromNavigation.median': { value: median(emptyTimes.total), unit: 'ms' },
      'popup.emptyDb.fromScript.median': { value: median(emptyTimes.script), unit: 'ms' },
      [`popup.${k}.fromNavigation.median`]: { value: median(full.total), unit: 'ms', target: 100 },
      // The popup's own part, from its script to the full render: what the code controls.
      [`popup.${k}.fromScript.median`]: { value: median(full.script), unit: 'ms', target: 50 },
      [`popup.${k}.fromNavigation.max`]: { value: Math.max(...full.total), unit: 'ms' },
      [`popup.${k}.fromNavigation.overBlankPage`]: { value: median(full.total) - blank, unit: 'ms' },
    };
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  }
}
