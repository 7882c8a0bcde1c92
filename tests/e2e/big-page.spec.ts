import type { Page } from '@playwright/test';
import type { Selectors } from '../../lib/anchor';
import { must } from '../../lib/must';
import { bundleForPage } from '../../bench/harness';
import { bigPage } from '../../bench/pages/big-page';
import { seedAnnotations } from '../../bench/seed';
import { expect, reportedTab, test, type Browserish } from './harness';

/**
 * A generated page large enough that placing its highlights takes several slices (8,000
 * elements, 1 MB of text), with 200 highlights written into the extension's database as the
 * toolbar would have stored them. What the unit tests cannot show: Chromium's own ranges,
 * highlight registry, MutationObserver and task order, with the built extension.
 */
const PAGE = bigPage({ seed: 21, elements: 8_000, textChars: 1_000_000 }).html;
const COUNT = 200;

/** The in-page module: the script bundleForPage makes sets it on the page's global object. */
declare const BigPageBench: typeof import('../../bench/in-page/big-page');

/** Selectors for COUNT random selections on the page, made by our own describeRange in it. */
async function describeOn(ext: Browserish, url: string, count = COUNT, atTop = 0): Promise<Selectors[]> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: await bundleForPage('bench/in-page/big-page.ts', 'BigPageBench') });
  const targets = await page.evaluate(([n, top]) => BigPageBench.describe(n, 5, top), [count, atTop] as const);
  await page.close();
  return targets;
}

/** What the churning page's own script records on its window. */
type Churning = Window & { __churn?: { done: boolean; turns: number; stale: string[] } };

/** Serves `html` at `url` in the extension's browser. */
async function serve(ext: Browserish, url: string, html: string): Promise<void> {
  await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Text of every range our highlights hold, white space left out (a range's text has no block breaks). */
async function registered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('review-annotator-') || name.endsWith('-flash')) continue;
      // The extension registers live Ranges; anything else shows as such and fails the comparison.
      for (const r of h)
        out.push(
          !(r instanceof Range)
            ? '(not a live Range)'
            : r.startContainer.isConnected && r.endContainer.isConnected
              ? r.toString().replace(/\s+/g, '')
              : '(not in the page)',
        );
    }
    return out.sort();
  });
}

const quotes = (targets: Selectors[]) => targets.map((t) => t.quote.exact.replace(/\s+/g, '')).sort();

test('200 stored highlights on a generated page of 8,000 elements are all painted on their text; one whose text is gone is the only orphan', async ({
  ext,
  server,
}) => {
  const url = server.url('generated/big-page.html');
  await serve(ext, url, PAGE);
  const targets = await describeOn(ext, url);
  const gone: Selectors = {
    quote: { type: 'TextQuoteSelector', exact: 'A sentence this page never had in it', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 40, end: 76 },
  };
  const ids = await seedAnnotations(ext.context, ext.extensionId, url, [...targets, gone], 'e2e-big');

  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await registered(page)).length, { timeout: 30_000 }).toBe(COUNT);
  expect(await registered(page)).toEqual(quotes(targets));
  const { state } = await reportedTab(ext, url, (s) => s.orphans.length > 0);
  expect(state.orphans).toEqual([ids[COUNT]]);
});

test('the page replacing its text while highlights are being placed: nothing is ever painted on replaced text, and all are placed once it stops', async ({
  ext,
  server,
}) => {
  const url = server.url('generated/churning-page.html');
  await serve(ext, url, PAGE);
  const targets = await describeOn(ext, url);
  await seedAnnotations(ext.context, ext.extensionId, url, targets, 'e2e-churn');

  // The page's own script, from the end of its body for four seconds, every 5 ms: puts new
  // Text nodes with the same text in place of those of 60 paragraphs in turn, and first looks
  // at what was painted since its last turn. A highlight registered since then was painted
  // after the page's last change: each of its ranges must be in the page and hold a quote.
  const churn = `<script>(() => {
    const want = new Set(${JSON.stringify(quotes(targets))});
    const paras = [...document.querySelectorAll('p')];
    const state = (window.__churn = { turns: 0, paints: 0, stale: [] });
    const until = performance.now() + 4000;
    let seen = new Map();
    const turn = () => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('review-annotator-') || seen.get(name) === h) continue;
        state.paints++;
        for (const r of h) {
          const text = r.toString().replace(/\\s+/g, '');
          if (!r.startContainer.isConnected || !r.endContainer.isConnected || !want.has(text)) state.stale.push(text);
        }
      }
      seen = new Map(CSS.highlights);
      if (performance.now() > until) return (state.done = true);
      for (let i = 0; i < 60; i++) {
        const p = paras[(state.turns * 60 + i) % paras.length];
        for (const t of [...p.childNodes]) if (t.nodeType === 3) t.replaceWith(document.createTextNode(t.data));
      }
      state.turns++;
      setTimeout(turn, 5);
    };
    turn();
  })();</script>`;
  await ext.context.unroute(url);
  await serve(ext, url, PAGE.replace('</body>', `${churn}\n</body>`));

  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as Churning).__churn?.done === true, null, { timeout: 30_000 });
  // The page's last turn may come just after a paint: its ranges then hold replaced text until
  // the placement that follows that change (300 ms later) paints them again.
  await expect.poll(async () => registered(page), { timeout: 30_000 }).toEqual(quotes(targets));
  const churned = must(await page.evaluate(() => (window as Churning).__churn), "the churning script's record");
  expect(churned.turns).toBeGreaterThan(20);
  expect(churned.stale).toEqual([]);
});

/**
 * Printing registers every highlight: the text of those with an end whose element is then
 * within a screen of the viewport (a tenth of a screen to spare), as registered() writes them.
 * Afterwards the set is the viewport's again.
 */
async function nearWhilePrinting(page: Page, all: string[]): Promise<string[]> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(async () => (await registered(page)).length).toBe(all.length);
  expect(await registered(page)).toEqual(all);
  const near: string[] = await page.evaluate(() => {
    const out: string[] = [];
    const isNear = (node: Node) => {
      const box = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.getBoundingClientRect();
      return !!box && box.height > 0 && box.bottom > -0.9 * innerHeight && box.top < 1.9 * innerHeight;
    };
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('review-annotator-') || name.endsWith('-flash')) continue;
      for (const r of h)
        if (isNear(r.startContainer) || isNear(r.endContainer)) out.push(r instanceof Range ? r.toString().replace(/\s+/g, '') : '(not a live Range)');
    }
    return out.sort();
  });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return near;
}

/** Registered now: every one of `near`, and far fewer than all. */
async function expectRegisteredNear(page: Page, near: string[], all: string[]): Promise<string[]> {
  await expect
    .poll(
      async () => {
        const now = await registered(page);
        return near.filter((q) => !now.includes(q)).length === 0 && now.length < all.length / 4;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  const now = await registered(page);
  expect(now.every((q) => all.includes(q))).toBe(true);
  return now;
}

test('600 stored highlights: every one within a screen of the viewport is registered and few others, the set follows scrolling, and all are registered for printing', async ({
  ext,
  server,
}) => {
  const url = server.url('generated/many-highlights.html');
  await serve(ext, url, PAGE);
  const targets = await describeOn(ext, url, 600, 20);
  await seedAnnotations(ext.context, ext.extensionId, url, targets, 'e2e-many');
  const all = quotes(targets);

  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await registered(page)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
  const nearTop = await nearWhilePrinting(page, all);
  expect(nearTop.length).toBeGreaterThanOrEqual(20);
  const atTop = await expectRegisteredNear(page, nearTop, all);

  // Scrolled to the end: the set moves there.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => (await registered(page)).join() !== atTop.join(), { timeout: 10_000 }).toBe(true);
  const nearEnd = await nearWhilePrinting(page, all);
  expect(nearEnd.length).toBeGreaterThan(0);
  expect(nearEnd.filter((q) => nearTop.includes(q)).length).toBeLessThan(nearEnd.length);
  await expectRegisteredNear(page, nearEnd, all);
});
