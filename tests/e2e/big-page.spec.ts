import type { Page } from '@playwright/test';
import type { Selectors } from '../../lib/anchor';
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

/** Selectors for COUNT random selections on the page, made by our own describeRange in it. */
async function describeOn(ext: Browserish, url: string, count = COUNT, atTop = 0): Promise<Selectors[]> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: await bundleForPage('bench/in-page/big-page.ts', 'BigPageBench') });
  const targets = await page.evaluate(([n, top]) => (globalThis as any).BigPageBench.describe(n, 5, top), [count, atTop] as const);
  await page.close();
  return targets;
}

/** Serves `html` at `url` in the extension's browser. */
async function serve(ext: Browserish, url: string, html: string): Promise<void> {
  await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Text of every range our highlights hold, white space left out (a range's text has no block breaks). */
async function registered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('review-annotator-') || name.endsWith('-flash')) continue;
      for (const r of h) out.push(r.startContainer.isConnected && r.endContainer.isConnected ? r.toString().replace(/\s+/g, '') : '(not in the page)');
    }
    return out.sort();
  });
}

const quotes = (targets: Selectors[]) => targets.map((t) => t.quote.exact.replace(/\s+/g, '')).sort();

test('200 stored highlights on a generated page of 8,000 elements are all painted on their text; one whose text is gone is the only orphan', async ({ ext, server }) => {
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

test('the page replacing its text while highlights are being placed: nothing is ever painted on replaced text, and all are placed once it stops', async ({ ext, server }) => {
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
  await page.waitForFunction(() => (window as any).__churn?.done === true, null, { timeout: 30_000 });
  await expect.poll(async () => (await registered(page)).length, { timeout: 30_000 }).toBe(COUNT);
  expect(await registered(page)).toEqual(quotes(targets));
  const churned = await page.evaluate(() => (window as any).__churn);
  expect(churned.turns).toBeGreaterThan(20);
  expect(churned.stale).toEqual([]);
});

/** Where each registered range is, in viewport heights from the viewport's top (its first client rect). */
async function registeredAt(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const out: number[] = [];
    for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('review-annotator-') || name.endsWith('-flash')) continue;
      for (const r of h) out.push((r.getClientRects()[0]?.top ?? NaN) / innerHeight);
    }
    return out;
  });
}

test('600 stored highlights: those within a screen of the viewport are registered, the set follows scrolling, and all are registered for printing', async ({ ext, server }) => {
  const url = server.url('generated/many-highlights.html');
  await serve(ext, url, PAGE);
  const targets = await describeOn(ext, url, 600, 20);
  await seedAnnotations(ext.context, ext.extensionId, url, targets, 'e2e-many');
  const all = quotes(targets);

  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await registered(page)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
  const atTop = await registered(page);
  expect(atTop.length).toBeLessThan(100);
  expect(atTop.every((q) => all.includes(q))).toBe(true);
  // A range is registered when an end of it is in an element within a screen of the viewport.
  for (const y of await registeredAt(page)) {
    expect(y).toBeGreaterThan(-1.5);
    expect(y).toBeLessThan(2.5);
  }

  // Scrolled to the end: the set moves there.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => (await registeredAt(page)).every((y) => y > -1.5 && y < 2.5) && (await registered(page)).join() !== atTop.join(), { timeout: 10_000 }).toBe(true);
  const atEnd = await registered(page);
  expect(atEnd.length).toBeGreaterThan(0);
  expect(atEnd.every((q) => all.includes(q))).toBe(true);

  // Printing draws every highlight, and afterwards the set is the viewport's again.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(async () => (await registered(page)).length).toBe(600);
  expect(await registered(page)).toEqual(all);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(async () => (await registered(page)).join()).toBe(atEnd.join());
});
