import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, serviceWorker } from '../../scripts/chromium';
import { writeEmptyExtension } from '../empty-extension';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { median, type Figures } from '../harness';
import { traceMainThread } from '../main-thread';
import { PAGE_PART_FILES } from '../../lib/page-tools';

const BUILD = process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const QUOTE = 'approve a tram line';

const gz = async (file: string) => gzipSync(await readFile(join(BUILD, file)), { level: 9 }).length;

/** The scripts the manifest injects into every page (the starter and its stylesheet), and the two parts of the page tools. */
async function sizes(): Promise<Figures> {
  const manifest = JSON.parse(await readFile(join(BUILD, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
  const figures: Figures = {};
  let everyPage = 0;
  for (const file of manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])) {
    const bytes = await gz(file);
    figures[`contentScript.${file.replace(/^content-scripts\//, '')}.gzipBytes`] = { value: bytes, unit: 'bytes' };
    everyPage += bytes;
  }
  figures['contentScript.gzipBytes'] = { value: everyPage, unit: 'bytes', target: 10_000 };
  const built = await readdir(BUILD);
  const part = async (file: string) => (built.includes(file.slice(1)) ? await gz(file) : 0);
  figures['contentScript.pageTools.gzipBytes'] = { value: await part(PAGE_PART_FILES.highlighter), unit: 'bytes' };
  figures['contentScript.pageReader.gzipBytes'] = { value: await part(PAGE_PART_FILES.reader), unit: 'bytes' };
  return figures;
}

/**
 * In the page's own world: the time of the mouseup that ends a selection, and the time our
 * toolbar is in the page (its host is added to <html>, and the toolbar rendered in its shadow
 * root). Each script of ours announces itself to the window as it starts (WXT's content-script
 * context). A string: a function would be compiled with helpers the page does not have.
 */
const WATCH_FOR_TOOLBAR = `(() => {
  const at = { mouseup: 0, toolbar: 0, started: [] };
  window.toolbarTimes = at;
  window.addEventListener('message', (e) => {
    if (typeof e.data?.contentScriptName === 'string') at.started.push(e.data.contentScriptName);
  });
  window.addEventListener('mouseup', () => (at.mouseup = performance.now()), { capture: true });
  const watched = new WeakSet();
  function seen() {
    const root = document.querySelector('review-annotator-ui')?.shadowRoot;
    if (!root) return;
    if (!at.toolbar && root.querySelector('[data-testid="ra-toolbar"]')) at.toolbar = performance.now();
    if (!watched.has(root)) {
      watched.add(root);
      new MutationObserver(seen).observe(root, { childList: true, subtree: true });
    }
  }
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

async function selectQuote(page: Page): Promise<void> {
  const box = await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent.includes(quote));
    const t = p?.firstChild;
    if (!(t instanceof Text)) throw new Error(`no paragraph starts with text holding ${quote}`);
    const r = document.createRange();
    r.setStart(t, t.data.indexOf(quote));
    r.setEnd(t, t.data.indexOf(quote) + quote.length);
    const rects = [...r.getClientRects()];
    const a = rects[0];
    const b = rects.at(-1);
    if (!a || !b) throw new Error('the quote has no box on the page');
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, QUOTE);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** What the plain article pays on its main thread for a context's content scripts: the tasks that ran them, from a trace of each load. */
async function traceScriptTimes(context: BrowserContext, url: (run: number) => string): Promise<{ busy: number[]; cpu: number[] }> {
  const busy: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    const stop = await traceMainThread(page);
    await page.goto(url(run), { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const ours = (await stop(url(run))).tasks.filter((t) => t.kind === 'ours');
    if (!ours.length) throw new Error(`no content script ran on ${url(run)}`);
    busy.push(ours.reduce((sum, t) => sum + t.duration, 0));
    cpu.push(ours.reduce((sum, t) => sum + t.cpu, 0));
    await page.close();
  }
  return { busy, cpu };
}

/** The same for the peer's empty content script (bench/empty-extension.ts). */
async function emptyContentScriptTimes(server: FixtureServer): Promise<number[]> {
  const profile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  const dir = await mkdtemp(join(tmpdir(), 'review-annotator-peer-'));
  await writeEmptyExtension(dir);
  const context = await launchWithExtension(profile, { extensionDir: dir });
  try {
    return (await traceScriptTimes(context, (run) => server.url(`pages/plain-article.html?peer=${run}`))).busy;
  } finally {
    await context.close();
    for (const d of [profile, dir]) await rm(d, { recursive: true, force: true });
  }
}

/**
 * Loading on demand (lib/page-tools.ts): what every page gets, gzipped, and the time from the
 * mouseup that ends a selection to our toolbar on a page that had loaded nothing but the starter
 * (the highlighter is loaded then), each run on a fresh tab of a page that is not a review.
 */
export async function onDemandSuite(): Promise<Figures> {
  const figures = await sizes();
  const profile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  const server = await startFixtureServer(resolve('tests/fixtures'));
  const context = await launchWithExtension(profile, { extensionDir: process.env.BENCH_EXTENSION_DIR });
  try {
    const worker = await serviceWorker(context);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const url = server.url(`pages/plain-article.html?run=${run}`);
      const page = await context.newPage();
      await page.addInitScript(WATCH_FOR_TOOLBAR);
      await page.goto(url);
      // An ordinary article the prefilter turns away. The starter has reported it, and nothing else was loaded.
      for (let i = 0; i < 200; i++) {
        const all = await worker.evaluate(() => chrome.storage.session.get(null));
        if (Object.values(all).some((s) => (s as { url?: string } | null)?.url === url)) break;
        await page.waitForTimeout(25);
      }
      const before = await page.evaluate(() => (window as unknown as { toolbarTimes: { started: string[] } }).toolbarTimes.started.join());
      if (before !== 'content') throw new Error(`before the selection, the page ran ${before}, not the starter alone`);
      await selectQuote(page);
      await page.waitForFunction(() => (window as unknown as { toolbarTimes: { toolbar: number } }).toolbarTimes.toolbar > 0, null, { timeout: 10_000 });

      const at = await page.evaluate(() => (window as unknown as { toolbarTimes: { mouseup: number; toolbar: number } }).toolbarTimes);
      times.push(at.toolbar - at.mouseup);
      await page.close();
    }
    // What the page pays on its main thread for the starter.
    const { busy, cpu } = await traceScriptTimes(context, (run) => server.url(`pages/plain-article.html?trace=${run}`));
    const peer = await emptyContentScriptTimes(server);
    figures['onDemand.plainArticle.scriptTime.median'] = { value: median(busy), unit: 'ms', target: 2 };
    figures['onDemand.plainArticle.scriptTime.cpu.median'] = { value: median(cpu), unit: 'ms' };
    figures['onDemand.plainArticle.emptyContentScript.scriptTime.median'] = { value: median(peer), unit: 'ms' };
    figures['onDemand.plainArticle.scriptTime.ratioToEmptyContentScript'] = { value: median(busy) / median(peer), unit: 'ratio' };
    figures['onDemand.selectionToToolbar.median'] = { value: median(times), unit: 'ms', target: 100 };
    figures['onDemand.selectionToToolbar.max'] = { value: Math.max(...times), unit: 'ms' };
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  return figures;
}
