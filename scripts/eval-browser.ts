/**
 * `npm run eval:browser`: the corpus read as a reader gets it. Each page is opened at its own
 * address in Chromium with the built extension, and what the extension reported for the tab (the
 * background's prefilter, then the reader of the page) is set beside `npm run eval`'s reading of
 * the same page in happy-dom. The eval's figures stand for the browser's only where the two agree.
 *
 *   npm run build && npm run eval:browser              both splits; tune's disagreements listed
 *   npm run eval:browser -- --split tune --limit 50    a quick look
 *   npm run eval:browser -- --json                     the figures as one JSON object
 *
 * Chromium reaches every page's host through a proxy on 127.0.0.1 that serves the corpus file for
 * that address, so the page sees its own address (the extractor reads its host and path).
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension, serviceWorker, tabStates } from './chromium';
import { compareFields, evaluatePage, loadCorpus, SPLITS, type CorpusPage, type FieldResult, type PageResult, type Split } from './corpus';
import { must } from '../lib/must';
import type { Extraction } from '../lib/extract/schema';
import { UNSURE_FROM } from '../lib/extract/classify';

/** How a page fared in the browser. `reported: false`: the extension never reported the tab. */
export interface BrowserReading {
  reported: boolean;
  /** The prefilter turned the page away: the reader of the page never ran. */
  prefiltered: boolean;
  detected: boolean;
  unsure: boolean;
  fields: FieldResult[];
}

/** The address a page is asked for at (without its fragment, which no server sees). */
export function browserUrl(p: CorpusPage): string {
  const u = new URL(p.expected.url);
  u.hash = '';
  return u.href;
}

/** A page is served whichever scheme it is asked over: a host on the browser's HSTS list is asked over https even at an http address. */
const served = (url: string) => url.replace(/^https?:/, '');

/** A key and a self-signed certificate for every host, made with openssl for this run. */
function selfSigned(dir: string): { key: Buffer; cert: Buffer } {
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=corpus', '-days', '1', '-keyout', key, '-out', cert], {
      stdio: 'ignore',
    });
  } catch (e) {
    throw new Error(
      `could not make the proxy's certificate with openssl (Debian's openssl package; scripts/ensure-chromium.sh installs it): ${(e as Error).message}`,
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * A forward proxy that answers each corpus address with its file and anything else with a 404.
 * A secure connection is ended here with a certificate Chromium is told to accept, so that a host
 * the browser only reaches over https (HSTS) is read like any other.
 */
async function startProxy(certDir: string): Promise<{ port: number; serve: (url: string, file: string) => void; close: () => Promise<void> }> {
  const files = new Map<string, string>();
  const answer = (url: string, res: ServerResponse) => {
    const file = files.get(served(url));
    if (file) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not in the corpus');
  };
  const secure = createSecureServer(selfSigned(certDir), (req, res) => answer(`https://${req.headers.host ?? ''}${req.url ?? ''}`, res));
  const server: Server = createServer((req, res) => answer(req.url ?? '', res));
  server.on('connect', (_req, socket: Duplex) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    secure.emit('connection', socket);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    serve: (url, file) => files.set(served(url), file),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        secure.closeAllConnections();
        secure.close();
        server.close(() => ok());
      }),
  };
}

/** Waits for the background to record a tab at this address, after `since`; null if it never does. */
async function reported(worker: Worker, url: string, since: number, timeoutMs: number): Promise<{ extraction: Extraction | null } | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const all = await worker.evaluate(() => chrome.storage.session.get(null));
    const found = tabStates(all).find(({ state }) => state.url === url && state.seenAt >= since);
    if (found) return found.state;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return null;
}

async function readOne(context: BrowserContext, worker: Worker, tab: Page, p: CorpusPage): Promise<{ tab: Page; reading: BrowserReading }> {
  const url = browserUrl(p);
  const since = await worker.evaluate(() => Date.now());
  let state: { extraction: Extraction | null } | null = null;
  try {
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    state = await reported(worker, tab.url(), since, 10_000);
  } catch {
    // A page that hangs its tab is counted as not reported; the next page gets a fresh tab.
    await tab.close().catch(() => undefined);
    tab = await context.newPage();
  }
  const extraction = state?.extraction ?? null;
  return {
    tab,
    reading: {
      reported: state !== null,
      prefiltered: state !== null && extraction === null,
      detected: extraction?.isReview === true,
      unsure: extraction !== null && !extraction.isReview && extraction.confidence >= UNSURE_FROM,
      fields: extraction && p.expected.isReview ? compareFields(p.expected, extraction) : [],
    },
  };
}

/** Reads the pages in `tabs` tabs of one Chromium at once; a page's address is read by one tab only. */
export async function readInBrowser(pages: readonly CorpusPage[], tabs = 3, onPage?: (done: number) => void): Promise<Map<CorpusPage, BrowserReading>> {
  const dir = await mkdtemp(join(tmpdir(), 'review-annotator-eval-'));
  const proxy = await startProxy(dir);
  const context = await launchWithExtension(join(dir, 'profile'), {
    extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--ignore-certificate-errors'],
  });
  const out = new Map<CorpusPage, BrowserReading>();
  try {
    const worker = await serviceWorker(context);
    // Two pages at one address (a blog's archive read twice) go to the same tab, one after the other.
    const queues: CorpusPage[][] = Array.from({ length: tabs }, () => []);
    const byUrl = new Map<string, number>();
    for (const p of pages) {
      const url = browserUrl(p);
      const q = byUrl.get(url) ?? byUrl.size % tabs;
      byUrl.set(url, q);
      queues[q]?.push(p);
    }
    await Promise.all(
      queues.map(async (queue) => {
        let tab = await context.newPage();
        for (const p of queue) {
          proxy.serve(browserUrl(p), p.html);
          const read = await readOne(context, worker, tab, p);
          tab = read.tab;
          out.set(p, read.reading);
          onPage?.(out.size);
        }
      }),
    );
  } finally {
    await context.close();
    await proxy.close();
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

/** One split's figures as the browser read it, beside happy-dom's on the same pages. */
export interface BrowserFigures {
  pages: number;
  notReported: number;
  reviews: number;
  recognised: { browser: number; happyDom: number };
  lookalikesTaken: { browser: number; happyDom: number };
  falseAlarms: { browser: number; happyDom: number };
  /** Pages the prefilter turned away. */
  prefiltered: { browser: number; happyDom: number };
  /** Fields of the reviews the reader of the page ran on in the browser (where the eval also counts them). */
  fieldsRight: { browser: number; happyDom: number; checked: number };
  /** Pages judged otherwise (review or not, turned away by the prefilter or not) in the two. */
  verdictsDiffer: number;
  /** Fields right in one and wrong in the other. */
  fieldsDiffer: number;
}

export interface Comparison {
  page: CorpusPage;
  browser: BrowserReading;
  happyDom: PageResult;
  /** The fields right in one and not in the other, with what each gave. */
  fieldDiffs: { field: string; browser: unknown; happyDom: unknown; want: unknown }[];
}

export function compare(page: CorpusPage, browser: BrowserReading, happyDom: PageResult): Comparison {
  const theirs = new Map(happyDom.fields.map((f) => [f.field, f]));
  const fieldDiffs = browser.fields
    .filter((f) => (theirs.get(f.field)?.ok ?? false) !== f.ok)
    .map((f) => ({ field: f.field, browser: f.got, happyDom: theirs.get(f.field)?.got ?? null, want: f.want }));
  return { page, browser, happyDom, fieldDiffs };
}

/** The two judged the page otherwise: a review or not, turned away by the prefilter or not, or the browser never said. */
export const verdictDiffers = (c: Comparison) =>
  c.browser.detected !== c.happyDom.detected || c.browser.prefiltered !== c.happyDom.prefiltered || !c.browser.reported;

export function browserFigures(cs: readonly Comparison[]): BrowserFigures {
  const count = (pred: (c: Comparison) => boolean) => cs.filter(pred).length;
  const both = (kind: string) => ({
    browser: count((c) => c.page.expected.kind === kind && c.browser.detected),
    happyDom: count((c) => c.page.expected.kind === kind && c.happyDom.detected),
  });
  const read = cs.filter((c) => c.page.expected.isReview && c.browser.reported && !c.browser.prefiltered);
  const happyRight = (c: Comparison) => new Set(c.happyDom.fields.filter((f) => f.ok).map((f) => f.field));
  const fields = read.flatMap((c) => {
    const theirs = happyRight(c);
    return c.browser.fields.map((f) => ({ ok: f.ok, happyOk: theirs.has(f.field) }));
  });
  return {
    pages: cs.length,
    notReported: count((c) => !c.browser.reported),
    reviews: count((c) => c.page.expected.isReview),
    recognised: both('review'),
    lookalikesTaken: both('lookalike'),
    falseAlarms: both('ordinary'),
    prefiltered: { browser: count((c) => c.browser.prefiltered), happyDom: count((c) => c.happyDom.prefiltered) },
    fieldsRight: {
      browser: fields.filter((f) => f.ok).length,
      happyDom: fields.filter((f) => f.happyOk).length,
      checked: fields.length,
    },
    verdictsDiffer: count(verdictDiffers),
    fieldsDiffer: cs.reduce((n, c) => n + c.fieldDiffs.length, 0),
  };
}

/** What differs on one page, for a person to read. */
export function describe(c: Comparison): string[] {
  const said = (r: { reported?: boolean; prefiltered: boolean; detected: boolean }) =>
    r.reported === false ? 'never reported' : r.prefiltered ? 'turned away by the prefilter' : r.detected ? 'a review' : 'not a review';
  const p = c.page;
  return [
    `${p.split}/${p.site}/${p.slug} [${p.expected.kind}]: the browser ${said(c.browser)}, happy-dom ${said(c.happyDom)}`,
    ...c.fieldDiffs.map((d) => `    ${d.field}: browser ${JSON.stringify(d.browser)}, happy-dom ${JSON.stringify(d.happyDom)}, want ${JSON.stringify(d.want)}`),
  ];
}

function report(split: string, f: BrowserFigures): string {
  const pair = (x: { browser: number; happyDom: number }) => `${x.browser} (happy-dom ${x.happyDom})`;
  return [
    `${split}: ${f.pages} pages${f.notReported ? `, ${f.notReported} never reported` : ''}`,
    `  reviews recognised       ${pair(f.recognised)} of ${f.reviews}`,
    `  look-alikes taken        ${pair(f.lookalikesTaken)}`,
    `  ordinary pages taken     ${pair(f.falseAlarms)}`,
    `  turned away by prefilter ${pair(f.prefiltered)}`,
    `  fields right where read  ${f.fieldsRight.browser} (happy-dom ${f.fieldsRight.happyDom}) of ${f.fieldsRight.checked}`,
    `  pages judged otherwise   ${f.verdictsDiffer}; fields that differ ${f.fieldsDiffer}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const splits = (arg('--split') ? [arg('--split')] : SPLITS) as Split[];
  const pages = loadCorpus(undefined, splits).slice(0, Number(arg('--limit') ?? Infinity));
  const started = Date.now();
  const read = await readInBrowser(pages, Number(arg('--tabs') ?? 3), (done) => {
    if (done % 200 === 0) process.stderr.write(`${done} of ${pages.length} pages read, ${Math.round((Date.now() - started) / 1000)} s\n`);
  });
  const comparisons = pages.map((p) => compare(p, must(read.get(p), 'a reading'), evaluatePage(p)));
  const bySplit = Object.fromEntries(splits.map((s) => [s, browserFigures(comparisons.filter((c) => c.page.split === s))]));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(bySplit));
  } else {
    for (const s of splits) console.log(`${report(s, must(bySplit[s], 'figures'))}\n`);
    const shown = comparisons.filter((c) => (c.page.split === 'tune' || process.argv.includes('--show-blind')) && (verdictDiffers(c) || c.fieldDiffs.length));
    console.log(shown.length ? `Where the two differ:\n${shown.flatMap(describe).join('\n')}` : 'The two agree on every page shown.');
  }
}
