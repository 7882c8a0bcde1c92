/// <reference types="chrome" />
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Worker } from '@playwright/test';
import type { Selectors } from '../../lib/anchor';
import { extensionId, launchWithExtension, serviceWorker } from '../../scripts/chromium';
import { startFixtureServer } from '../../scripts/fixture-server';
import { bundleForPage, median, pageWith, type Figures } from '../harness';
import { taskFigures, traceMainThread, type MainThread } from '../main-thread';
import { bigPage } from '../pages/big-page';
import { seedAnnotations } from '../seed';
import type { TabState } from '../../lib/messages';
import { filesFor } from '../../lib/page-tools';
import type { PageWatchGlobals, Watch } from '../in-page/page-watch';
import { must } from '../../lib/must';

/** The in-page module: the script bundleForPage makes sets it on the page's global object. */
declare const BigPageBench: typeof import('../in-page/big-page');

const OUT = resolve('bench-output/pages');
const PAGE = { seed: 50, elements: 50_000, textChars: 10_000_000 };
const HIGHLIGHTS = 2_000;
/** Of them, made in the first screens of the page (see BigPageBench.describe). */
const AT_TOP = 25;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** How long a page is watched after its load event when nothing is expected to be painted. */
const SETTLE_MS = 3_000;
/** How long after the highlights are painted the trace goes on: the report to the background still counts. */
const AFTER_PAINT_MS = 1_000;

/**
 * BENCH_VERBOSE=1 prints each load's figures, to see the spread behind a median, and what took
 * the time in each task over 50 ms; BENCH_PROFILE=1 adds the functions that did (main-thread.ts).
 */
const log = (...xs: unknown[]) => process.env.BENCH_VERBOSE && console.error('[big-page]', ...xs.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))));

/** Start of the first task that ran any of our content scripts (see MainThread.scripts). */
const firstScript = (scripts: Record<string, number>): number | undefined => {
  const starts = Object.values(scripts);
  return starts.length ? Math.min(...starts) : undefined;
};

/** What the page's own world saw (bench/in-page/page-watch.ts), in its performance.now() clock. */
type Watched = Watch & { dcl: number };
/** Set on the page's global object by the page-watch script. */
declare const __pageWatch: PageWatchGlobals['__pageWatch'];
declare const __pageWatchAgain: PageWatchGlobals['__pageWatchAgain'];

async function watched(page: Page): Promise<Watched> {
  return page.evaluate(() => ({
    ...__pageWatch,
    dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
}

async function untilPainted(page: Page, expected: number): Promise<void> {
  await page
    .waitForFunction(() => __pageWatch.paintedAt != null, null, { timeout: 180_000, polling: 250 })
    .catch(async () => {
      throw new Error(`only ${await page.evaluate(() => __pageWatch.seen)} of the ${expected} highlights near the viewport were painted`);
    });
}

/**
 * BENCH_CPU_SLOWDOWN=4 runs the pages 4 times slower (Chromium's CPU throttling of the
 * renderer): what a slow machine sees, on any machine. The text walk is slowed alike.
 */
const SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);

async function slowed(page: Page): Promise<Page> {
  if (SLOWDOWN > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  return page;
}

/** Runs `expression` in a new isolated world of the page's main frame (as a content script runs), after `bundle`. */
async function inIsolatedWorld<T>(page: Page, bundle: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench' });
  await cdp.send('Runtime.evaluate', { expression: bundle, contextId });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (exceptionDetails) throw new Error(`in the isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  await cdp.detach();
  return result.value as T;
}

/** Loads `url` in a new tab while tracing; waits until painted (when `paints`) or for SETTLE_MS. */
async function tracedLoad(
  context: BrowserContext,
  url: string,
  watchScript: string,
  expected: number,
  paints: boolean,
): Promise<{ page: Page; thread: MainThread; watch: Watched }> {
  const page = await slowed(await context.newPage());
  await page.addInitScript({ content: `${watchScript}\nPageWatch.start(${expected});` });
  const stop = await traceMainThread(page);
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  if (paints) {
    await untilPainted(page, expected);
    await page.waitForTimeout(AFTER_PAINT_MS);
  } else await page.waitForTimeout(SETTLE_MS);
  const thread = await stop(url);
  return { page, thread, watch: await watched(page) };
}

/** What the background sends a tab when its page's annotations changed elsewhere (an import, another tab). */
async function tellTab(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(
    async ({ url, files }) => {
      // The tab as the content script reported it.
      const state = Object.values(await chrome.storage.session.get(null)).find(
        (s): s is TabState => typeof s === 'object' && s !== null && 'url' in s && s.url === url,
      );
      if (!state) throw new Error(`no tab reported ${url}`);
      // As the background does: the highlighter first, on a page that had not needed it yet.
      await chrome.scripting.executeScript({ target: { tabId: state.tabId }, files });
      await chrome.tabs.sendMessage(state.tabId, { id: 1, type: 'annotationsChanged', data: {}, timestamp: Date.now() });
    },
    { url, files: filesFor('highlighter') },
  );
}

/**
 * A generated page of 50,000 elements and 10 MB of text (not a review), in the built extension,
 * with 2,000 highlights described on it by our own describeRange (what the toolbar stores).
 * Main-thread tasks are read from a trace of the page's renderer (see bench/main-thread.ts).
 * Each run uses its own URL (`?run=n`), so each is a page the extension has not seen:
 *
 * 1. Not a review: the page loads with no annotations. Longest task and tasks over 50 ms: all
 *    tasks from the content script's first one on (the page's own first layout of 10 MB comes
 *    before it, and nothing of the page's after it), so styling we cause counts too. Script
 *    time: the tasks in which our content scripts' code ran. Not the page's busy time with
 *    the extension minus without: the page's own layout after DOMContentLoaded varies by some
 *    300 ms between loads, more than what is measured.
 * 2. First highlights on an open page: 2,000 annotations are written and the tab is told, as
 *    after an import. The page was styled without our stylesheet, so adding it restyles every
 *    element once (lib/highlight/sheet.ts): reported, with no target.
 * 3. Load: the page is loaded again in a new tab with its annotations stored; every task from
 *    the content script's first one until one second after the ranges near the viewport (the
 *    painter registers only those, past a few hundred) are in the page's highlight registry and drawn (the page's own first layout comes before it). Also the
 *    longest task the page's own PerformanceObserver for 'longtask' saw after
 *    DOMContentLoaded, which is not all of them (main-thread.ts).
 * 4. Refresh: the tab is told again (an edit elsewhere): the 2,000 placed and painted anew on
 *    the idle page; every task from the message until a second after they are drawn.
 *
 * Longest task and tasks over 50 ms leave out the tasks in which Chromium captures the page's
 * text for itself (translation, language detection: 130-370 ms on this page, once after each
 * load, with or without an extension; see main-thread.ts); "WithBrowsersOwn" includes them.
 *
 * For 3 and 4 the longest task is also given by kind: those that ran our code (what slicing
 * controls) and rendering (where Chromium draws the highlights, and the page's own). For our
 * code also the thread's CPU time in that task: wall time includes the thread being
 * descheduled, which on these two-core machines is often most of a long task.
 * Garbage collection of the heap both worlds share counts in the longest task only.
 *
 * The peer is one plain text walk over the same page, timed in the same run: the longest task
 * running our code is also given in text walks, which moves less than milliseconds with the
 * machine's speed (the walk took 18 to 98 ms on the same machine on different hours). A second
 * peer is the floor under our slicing: a walk over every node that does nothing else, in a fresh
 * isolated world like our content scripts' (isolatedWorldWalk, see pausesOfWalk()); its longest
 * pause is what Chromium spends on the wrappers of the nodes visited there, between two readings
 * of the clock 64 nodes apart. BENCH_RUNS sets
 * the number of runs (3); BENCH_EXTENSION_DIR loads another build (say, one made before a
 * change) in place of .output/chrome-mv3; BENCH_CPU_SLOWDOWN slows the pages (see slowed()).
 */
export async function bigPageSuite(browser: Browser): Promise<Figures> {
  await mkdir(OUT, { recursive: true });
  const { html, elements, textChars } = bigPage(PAGE);
  await writeFile(join(OUT, 'big-page.html'), html);
  const server = await startFixtureServer(OUT);
  const url = (run: number | string) => server.url(`big-page.html?run=${run}`);
  const watchScript = await bundleForPage('bench/in-page/page-watch.ts', 'PageWatch');
  const profile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  let context: BrowserContext | null = null;
  try {
    const bundle = await bundleForPage('bench/in-page/big-page.ts', 'BigPageBench');
    const inPage = await pageWith(browser, url('describe'), bundle);
    if (await inPage.evaluate(() => BigPageBench.isReview())) throw new Error('the generated page is taken for a review');
    const targets: Selectors[] = await inPage.evaluate(([n, top]) => BigPageBench.describe(n, 11, top), [HIGHLIGHTS, AT_TOP] as const);
    // The painter registers only the highlights near the viewport (lib/highlight/near-viewport.ts): "painted" is when these are.
    const near: number = await inPage.evaluate(() => BigPageBench.nearTopCount());
    if (near < AT_TOP / 2) throw new Error(`only ${near} of the highlights are near the top of the page`);
    await slowed(inPage);
    const walk = median(await inPage.evaluate(() => BigPageBench.walk(9)));
    const floor = await inIsolatedWorld<{ total: number; longestPause: number }>(inPage, bundle, 'BigPageBench.pausesOfWalk()');
    await inPage.close();
    log(`${elements} elements, ${(textChars / 1e6).toFixed(1)} M characters of text, ${HIGHLIGHTS} highlights; text walk ${walk.toFixed(1)} ms`);

    context = await launchWithExtension(profile, { extensionDir: process.env.BENCH_EXTENSION_DIR });
    const worker = await serviceWorker(context);
    const id = await extensionId(context);
    type Tasks = ReturnType<typeof taskFigures>;
    const nonReview: Tasks[] = [];
    const first: (Tasks & { toPainted: number })[] = [];
    const load: (Tasks & { toPainted: number; seenByPage: number })[] = [];
    const refresh: (Tasks & { toPainted: number })[] = [];
    /** Tells the tab its annotations changed and traces until they are painted again. */
    const paintAgain = async (page: Page, u: string) => {
      const stop = await traceMainThread(page);
      const sent = await page.evaluate(() => performance.now());
      await tellTab(worker, u);
      await untilPainted(page, near);
      await page.waitForTimeout(AFTER_PAINT_MS);
      const thread = await stop(u);
      return {
        ...taskFigures(thread, 0),
        toPainted: must((await watched(page)).paintedAt, 'the time the highlights were painted') - sent,
        inside: thread.inside,
      };
    };
    for (let run = 0; run < RUNS; run++) {
      const u = url(run);
      const opened = await tracedLoad(context, u, watchScript, near, false);
      const scripts = opened.thread.scripts;
      if (scripts['content.js'] == null) throw new Error('the content script did not run on the page');
      nonReview.push({ ...taskFigures(opened.thread, must(firstScript(scripts), 'firstScript(scripts)')), busy: taskFigures(opened.thread, 0, 'ours').busy });
      log('not a review', nonReview.at(-1), scripts, ...opened.thread.inside);

      await seedAnnotations(context, id, u, targets, `big-page-${run}`);
      const { inside: firstInside, ...firstFigures } = await paintAgain(opened.page, u);
      first.push(firstFigures);
      log('first highlights on the open page', firstFigures, ...firstInside);
      await opened.page.close();

      const again = await tracedLoad(context, u, watchScript, near, true);
      const t = again.thread;
      const seen = again.watch.longtasks.filter((l) => l.start + l.duration > again.watch.dcl);
      load.push({
        ...taskFigures(t, firstScript(t.scripts) ?? must(t.dcl, 't.dcl')),
        toPainted: must(again.watch.paintedAt, 'the time the highlights were painted') - again.watch.dcl,
        seenByPage: Math.max(0, ...seen.map((l) => l.duration)),
      });
      log('load', load.at(-1), ...t.inside);

      await again.page.evaluate(() => __pageWatchAgain());
      await again.page.waitForTimeout(AFTER_PAINT_MS);
      const { inside: refreshInside, ...refreshFigures } = await paintAgain(again.page, u);
      refresh.push(refreshFigures);
      log('refresh', refreshFigures, ...refreshInside);
      await again.page.close();
    }

    const k = `${HIGHLIGHTS / 1000}k`;
    const max = (xs: number[]) => Math.max(...xs);
    const scriptTime = median(nonReview.map((r) => r.busy));
    const figures: Figures = { 'bigPage.textWalk.median': { value: walk, unit: 'ms' } };
    if (SLOWDOWN > 1) figures['bigPage.cpuSlowdown'] = { value: SLOWDOWN, unit: 'ratio' };
    figures['bigPage.isolatedWorldWalk.total'] = { value: floor.total, unit: 'ms' };
    figures['bigPage.isolatedWorldWalk.longestPause'] = { value: floor.longestPause, unit: 'ms' };
    const placing = (name: string, runs: (Tasks & { toPainted: number })[]) => {
      figures[`${name}.longestTask.max`] = { value: max(runs.map((r) => r.longest)), unit: 'ms', target: 50 };
      figures[`${name}.longestTaskWithBrowsersOwn.max`] = { value: max(runs.map((r) => r.longestAll)), unit: 'ms' };
      figures[`${name}.tasksOver50ms.max`] = { value: max(runs.map((r) => r.over50)), unit: 'count', target: 1 };
      figures[`${name}.longestTaskRunningOurCode.max`] = { value: max(runs.map((r) => r.longestOurs)), unit: 'ms', target: 50 };
      figures[`${name}.longestTaskRunningOurCode.cpu.max`] = { value: max(runs.map((r) => r.longestOursCpu)), unit: 'ms' };
      figures[`${name}.longestTaskRunningOurCode.ratioToTextWalk`] = { value: max(runs.map((r) => r.longestOurs)) / walk, unit: 'ratio' };
      figures[`${name}.longestRenderingTask.max`] = { value: max(runs.map((r) => r.longestRendering)), unit: 'ms' };
      figures[`${name}.longestRenderingTask.cpu.max`] = { value: max(runs.map((r) => r.longestRenderingCpu)), unit: 'ms' };
      figures[`${name}.toPainted.median`] = { value: median(runs.map((r) => r.toPainted)), unit: 'ms' };
      figures[`${name}.ratioToTextWalk`] = { value: median(runs.map((r) => r.toPainted)) / walk, unit: 'ratio' };
    };
    placing(`bigPage.load${k}`, load);
    figures[`bigPage.load${k}.longestTaskSeenByPage.max`] = { value: max(load.map((r) => r.seenByPage)), unit: 'ms' };
    placing(`bigPage.refresh${k}`, refresh);
    figures[`bigPage.firstPaintOnOpenPage${k}.longestTask.max`] = { value: max(first.map((r) => r.longest)), unit: 'ms' };
    figures[`bigPage.firstPaintOnOpenPage${k}.toPainted.median`] = { value: median(first.map((r) => r.toPainted)), unit: 'ms' };
    figures['bigPage.nonReview.longestTask.max'] = { value: max(nonReview.map((r) => r.longest)), unit: 'ms', target: 50 };
    figures['bigPage.nonReview.longestTaskWithBrowsersOwn.max'] = { value: max(nonReview.map((r) => r.longestAll)), unit: 'ms' };
    figures['bigPage.nonReview.longestTaskRunningOurCode.cpu.max'] = { value: max(nonReview.map((r) => r.longestOursCpu)), unit: 'ms' };
    figures['bigPage.nonReview.longestTaskRunningOurCode.ratioToTextWalk'] = { value: max(nonReview.map((r) => r.longestOurs)) / walk, unit: 'ratio' };
    figures['bigPage.nonReview.tasksOver50ms.max'] = { value: max(nonReview.map((r) => r.over50)), unit: 'count', target: 1 };
    figures['bigPage.nonReview.scriptTime.median'] = { value: scriptTime, unit: 'ms' };
    figures['bigPage.nonReview.ratioToTextWalk'] = { value: scriptTime / walk, unit: 'ratio' };
    return figures;
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
