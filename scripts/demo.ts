/**
 * `npm run demo`: opens Chromium with the built extension on the bundled demo review page.
 * With a display it leaves the browser open for you; without one (or with --headless) it
 * runs headless, says what it saw, and saves screenshots of the page (a phrase highlighted, the
 * toolbar open on another) and of the popup.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionId, launchWithExtension, serviceWorker, tabStates } from './chromium';
import { startFixtureServer } from './fixture-server';
import { textBoxes } from './page-probes';
import type { TabState } from '../lib/messages';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');

const server = await startFixtureServer(resolve('tests/fixtures'));
const profile = await mkdtemp(join(tmpdir(), 'review-annotator-demo-'));
const context = await launchWithExtension(profile, { headless });
const worker = await serviceWorker(context);
const id = await extensionId(context);
const pageUrl = server.url('seed-review.html');

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(pageUrl);
console.log(`Opened ${pageUrl} in Chromium with the extension ${id} (${headless ? 'headless' : 'in a window'}).`);

// What the content script reported, as the background keeps it.
let report: { tabId: number; state: TabState } | undefined;
for (let i = 0; i < 50 && !report; i++) {
  report = tabStates(await worker.evaluate(() => chrome.storage.session.get(null))).find(({ state }) => state.url === pageUrl);
  if (!report) await page.waitForTimeout(100);
}
if (!report) {
  console.error('The content script did not report the page within 5 s.');
  process.exitCode = 1;
} else {
  const { state, tabId } = report;
  const badgeText = await worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  const ex = state.extraction;
  console.log(`The content script reported: title “${state.title}”.`);
  if (ex?.isReview) {
    console.log(`  It is a review (confidence ${ex.confidence.toFixed(2)}); toolbar badge “${badgeText}”.`);
    console.log(
      `  Work: “${ex.work.title}” by ${ex.work.authors.join(', ') || '?'}; ${ex.work.publisher ?? '?'}, ${ex.work.date ?? '?'}, ${ex.work.place ?? '?'}; ${ex.work.type ?? '?'}, ${ex.work.pages ?? '?'} pages.`,
    );
    console.log(`  Keywords: ${ex.work.keywords.join(', ') || '—'}`);
    console.log(
      `  Review: by ${ex.review.reviewer ?? '?'}${ex.review.reviewerRole ? ` (${ex.review.reviewerRole})` : ''} on ${ex.review.siteName ?? '?'}, ${ex.review.published ?? '?'}.`,
    );
  } else {
    console.log('  It found no review on the page.');
  }

  if (headless) {
    await mkdir(outDir, { recursive: true });
    // The extension at work in the picture: one phrase highlighted, the toolbar open on another.
    await page.setViewportSize({ width: 1100, height: 800 });
    await dragOver(page, 'Beijing is pushing forward a regional mechanism');
    await page.getByTestId('ra-color-yellow').click();
    await page.getByTestId('ra-toolbar').waitFor({ state: 'detached' });
    await dragOver(page, 'bilateral security engagements between China and five brotherly republics');
    await page.getByTestId('ra-toolbar').waitFor();
    await page.screenshot({ path: join(outDir, 'page.png'), fullPage: false });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 520, height: 900 });
    await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('page-title').waitFor();
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
    console.log(`Screenshots of the page and of the popup: ${join(outDir, 'page.png')}, ${join(outDir, 'popup.png')}`);
  } else {
    console.log('Click the extension’s toolbar button (pin it from the puzzle-piece menu) to see the popup. Close the browser to end.');
    await new Promise((done) => context.on('close', done));
  }
}

if (headless) await context.close();
await server.close();
await rm(profile, { recursive: true, force: true });

/** Drags the mouse over the first occurrence of `text`, as a person selects it. */
async function dragOver(p: typeof page, text: string): Promise<void> {
  const { first: a, last: b } = await p.evaluate(textBoxes, text);
  await p.mouse.move(a.left + 1, a.top + a.height / 2);
  await p.mouse.down();
  await p.mouse.move(b.right - 1, b.top + b.height / 2, { steps: 6 });
  await p.mouse.up();
}
