import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, launchWithoutExtension, serviceWorker } from '../../scripts/chromium';
import { startFixtureServer } from '../../scripts/fixture-server';
import { loadCorpus, type CorpusPage } from '../../scripts/corpus';
import { median, type Figures } from '../harness';
import { writeEmptyExtension } from '../empty-extension';
import { must } from '../../lib/must';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = 10;
/** Ordinary pages of the kinds the issue names: news articles and encyclopedia articles. */
const CLASSES = new Set(['ordinary-news', 'ordinary-encyclopedia']);
/** After the starter has reported the page: time for what it started to finish. */
const SETTLE_MS = 1500;

/** In the page's own world: the names of our content scripts as each starts (WXT's context announces it). */
const WATCH_SCRIPTS = `(() => {
  window.ourScripts = [];
  window.addEventListener('message', (e) => {
    if (typeof e.data?.contentScriptName === 'string') window.ourScripts.push(e.data.contentScriptName);
  });
})();`;

/** Ordinary pages of the corpus, in a fixed order spread over sites and languages. */
function ordinaryPages(): CorpusPage[] {
  return loadCorpus()
    .filter((p) => p.expected.kind === 'ordinary' && CLASSES.has(p.expected.class))
    .sort((a, b) => a.site.localeCompare(b.site));
}

/** The page's isolate's JavaScript heap after a full garbage collection, in bytes. */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * What an ordinary tab holds for the extension: the same corpus page (news and encyclopedia
 * articles) opened in a Chromium with the extension and in one without, in the same run, and the
 * page's JavaScript heap compared after a garbage collection. Content scripts run in an isolated
 * world of the page's own V8 isolate, so its heap holds theirs. Each page is opened RUNS times in
 * each browser (a fresh tab each time) and the medians compared. With the extension, a page counts
 * only when the starter alone ran on it (the background loaded nothing else): that is the tab the
 * figure is about.
 */
export async function heapSuite(): Promise<Figures> {
  const root = resolve('tests/corpus');
  const server = await startFixtureServer(root);
  const withProfile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  const withoutProfile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  const peerProfile = await mkdtemp(join(tmpdir(), 'review-annotator-bench-'));
  const peerDir = await mkdtemp(join(tmpdir(), 'review-annotator-peer-'));
  await writeEmptyExtension(peerDir);
  const withExt = await launchWithExtension(withProfile, { extensionDir: process.env.BENCH_EXTENSION_DIR });
  const without = await launchWithoutExtension(withoutProfile);
  const peer = await launchWithExtension(peerProfile, { extensionDir: peerDir });
  try {
    const worker = await serviceWorker(withExt);
    const reported = async (url: string) => {
      for (let i = 0; i < 200; i++) {
        const all = await worker.evaluate(() => chrome.storage.session.get(null));
        if (Object.values(all).some((s) => (s as { url?: string } | null)?.url === url)) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`the starter did not report ${url}`);
    };
    /** The heap of one tab of `url`; null where other scripts ran than the one expected (our starter alone, the peer's, none). */
    const measure = async (context: BrowserContext, url: string, expected: 'content' | 'empty' | ''): Promise<number | null> => {
      const page = await context.newPage();
      try {
        await page.addInitScript(WATCH_SCRIPTS);
        await page.goto(url, { waitUntil: 'load' });
        if (expected === 'content') await reported(url);
        await page.waitForTimeout(SETTLE_MS);
        const ran = await page.evaluate(() => (window as unknown as { ourScripts: string[] }).ourScripts.join());
        if (ran !== expected) return null;
        return await heapAfterGc(context, page);
      } finally {
        await page.close();
      }
    };

    const extra: number[] = [];
    const bare: number[] = [];
    const emptyScript: number[] = [];
    const overEmpty: number[] = [];
    const skipped: string[] = [];
    for (const p of ordinaryPages()) {
      if (extra.length >= PAGES) break;
      const path = relative(root, p.html).split('\\').join('/');
      const withHeaps: number[] = [];
      const withoutHeaps: number[] = [];
      const peerHeaps: number[] = [];
      let starterOnly = true;
      for (let run = 0; run < RUNS && starterOnly; run++) {
        const url = server.url(`${path}?run=${run}`);
        const heap = await measure(withExt, url, 'content');
        if (heap == null) starterOnly = false;
        else withHeaps.push(heap);
        withoutHeaps.push(must(await measure(without, url, ''), 'the heap of a tab without the extension'));
        peerHeaps.push(must(await measure(peer, url, 'empty'), 'the heap of a tab with an empty content script'));
      }
      if (!starterOnly) {
        skipped.push(path);
        continue;
      }
      extra.push(median(withHeaps) - median(withoutHeaps));
      bare.push(median(withoutHeaps));
      emptyScript.push(median(peerHeaps) - median(withoutHeaps));
      overEmpty.push(median(withHeaps) - median(peerHeaps));
      if (process.env.BENCH_VERBOSE) console.error(`heap ${path}: ${median(withoutHeaps)} without, +${extra.at(-1)} with the extension`);
    }
    if (extra.length < PAGES) throw new Error(`only ${extra.length} ordinary pages had the starter alone (${skipped.join(', ')} had the page tools)`);
    return {
      'heap.ordinaryTab.extension.median': { value: median(extra), unit: 'bytes', target: 200_000 },
      'heap.ordinaryTab.extension.max': { value: Math.max(...extra), unit: 'bytes', target: 200_000 },
      'heap.ordinaryTab.withoutExtension.median': { value: median(bare), unit: 'bytes' },
      // The same tabs with the peer's empty content script: what the extension holds beyond what any content script does.
      'heap.ordinaryTab.emptyContentScript.median': { value: median(emptyScript), unit: 'bytes' },
      'heap.ordinaryTab.overEmptyContentScript.median': { value: median(overEmpty), unit: 'bytes' },
      'heap.ordinaryTab.pages': { value: extra.length, unit: 'count' },
    };
  } finally {
    await withExt.close();
    await without.close();
    await peer.close();
    await server.close();
    for (const dir of [withProfile, withoutProfile, peerProfile, peerDir]) await rm(dir, { recursive: true, force: true });
  }
}
