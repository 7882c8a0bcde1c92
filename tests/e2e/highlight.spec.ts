import { expect, openPopup, reportedTab, test, type Browserish } from './harness';
import { highlight, painted, pointAt, selectWithMouse } from './page-actions';
import { must } from '../../lib/must';
import type { HighlightColor } from '../../lib/annotation';

const QUOTE = 'Beijing is pushing forward a regional mechanism';

/** The seed page served from a body the test changes between loads, open in a tab with QUOTE highlighted in `color`. */
async function changeablePage(ext: Browserish, seedUrl: string, color: HighlightColor) {
  const original = await (await fetch(seedUrl)).text();
  const served = { body: original };
  await ext.context.route(seedUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served.body }));
  const page = await ext.context.newPage();
  await page.goto(seedUrl);
  const { tabId } = await reportedTab(ext, seedUrl);
  await highlight(page, QUOTE, { color });
  return { page, tabId, original, served };
}

/** The seed page without the sentence that holds QUOTE. */
const withoutQuote = (html: string) =>
  html.replace(/gives a peep into how Beijing is pushing forward a regional mechanism to ensure its security\./, 'looks at Central Asia.');

async function annotationsIn(ext: Browserish, url: string) {
  const { tabId } = await reportedTab(ext, url);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('annotation-list')).toBeVisible();
  return popup;
}

test('select text, pick a colour, write a note and a tag; after a reload the highlight is painted and the note is there', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'The core claim <b>not markup</b>', tags: 'thesis, china' });
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE] });

  await page.reload();
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE] });
  // Coloured by the stylesheet the manifest adds before the page is parsed, not by a sheet
  // adopted afterwards (which would restyle the whole page).
  expect(
    await page.evaluate((quote) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes(quote));
      if (!p) throw new Error(`no paragraph with: ${quote}`);
      return [getComputedStyle(p, '::highlight(review-annotator-green)').backgroundColor, document.adoptedStyleSheets.length];
    }, QUOTE),
  ).toEqual(['rgba(80, 200, 100, 0.4)', 0]);
  const popup = await annotationsIn(ext, url);
  await expect(popup.getByTestId('annotation-quote')).toHaveText(QUOTE);
  await expect(popup.getByTestId('annotation-note')).toHaveText('The core claim <b>not markup</b>');
  await expect(popup.getByTestId('annotation-tag')).toHaveText(['thesis', 'china']);
  await expect(popup.getByTestId('orphan')).toHaveCount(0);
});

test('a highlight still anchors on a changed page, and one whose quote is gone is listed as an orphan', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page, original, served } = await changeablePage(ext, url, 'blue');

  // A paragraph added above, and one word corrected inside the quote.
  served.body = original
    .replace('<p><strong>Author:</strong>', '<p>Editor’s note: this review was updated in July 2022.</p>\n<p><strong>Author:</strong>')
    .replace('Beijing is pushing forward', 'Beijing is pressing forward');
  await page.reload();
  await expect.poll(() => painted(page)).toEqual({ blue: ['Beijing is pressing forward a regional mechanism'] });

  // The sentence is gone: nothing is painted, and the popup keeps it as an orphan.
  served.body = withoutQuote(original);
  await page.reload();
  const popup = await annotationsIn(ext, url);
  await expect(popup.getByTestId('orphan')).toHaveCount(1);
  await expect(popup.getByTestId('orphan').getByTestId('annotation-quote')).toHaveText(QUOTE);
  expect(await painted(page)).toEqual({});
  await popup.getByTestId('keep-as-page-note').click();
  await expect(popup.getByTestId('page-note')).toContainText(QUOTE);
  await expect(popup.getByTestId('orphan')).toHaveCount(0);
});

test('an orphan reported while the popup is still reading the tab is shown, not overwritten by that older read', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page, tabId, original, served } = await changeablePage(ext, url, 'yellow');

  // The popup's first read of the session is held back until the orphan has been reported.
  const popup = await ext.context.newPage();
  await popup.addInitScript(() => {
    const session = chrome.storage.session;
    const get = session.get.bind(session) as (keys: string[]) => Promise<Record<string, unknown>>;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    Object.assign(window, { releaseFirstRead: release });
    let first = true;
    Object.assign(session, {
      get(keys: string[]) {
        const answer = get(keys);
        if (!first) return answer;
        first = false;
        return held.then(() => answer);
      },
    });
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  served.body = withoutQuote(original);
  await page.reload();
  await reportedTab(ext, url, (s) => s.orphans.length > 0);
  await popup.evaluate(() => (window as unknown as { releaseFirstRead: () => void }).releaseFirstRead());
  await expect(popup.getByTestId('orphan')).toHaveCount(1);
  await expect(popup.getByTestId('orphan').getByTestId('annotation-quote')).toHaveText(QUOTE);
});

test('a highlight made just before the tab is closed is there when the page is opened again', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await selectWithMouse(page, QUOTE);
  await page.getByTestId('ra-color-pink').click();
  await page.close();

  const again = await ext.context.newPage();
  await again.goto(url);
  await expect.poll(() => painted(again)).toEqual({ pink: [QUOTE] });
});

test('two overlapping highlights are each clickable and editable, and a delete can be undone', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await highlight(page, 'Beijing is pushing forward');
  await highlight(page, 'pushing forward a regional mechanism', { color: 'purple' });
  await expect.poll(() => painted(page)).toEqual({ yellow: ['Beijing is pushing forward'], purple: ['pushing forward a regional mechanism'] });

  // Click where both overlap ("pushing"): the editor offers both.
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('pushing forward a');
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at + 2);
      r.setEnd(n, at + 3);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error('not found');
  });
  await page.mouse.click(point.x, point.y);
  const items = page.getByTestId('ra-edit-item');
  await expect(items).toHaveCount(2);
  await items.nth(0).getByTestId('ra-edit-note').fill('second note');
  await items.nth(0).getByTestId('ra-edit-save').click();
  await expect(items.nth(0).getByTestId('ra-edit-status')).toHaveText('Saved.');
  await items.nth(1).getByTestId('ra-edit-color-green').click();
  await items.nth(1).getByTestId('ra-edit-save').click();
  await expect(items.nth(1).getByTestId('ra-edit-status')).toHaveText('Saved.');
  await expect.poll(() => painted(page)).toEqual({ green: ['Beijing is pushing forward'], purple: ['pushing forward a regional mechanism'] });

  await page.keyboard.press('Escape');
  await page.mouse.click(point.x, point.y);
  await page.getByTestId('ra-edit-item').nth(0).getByTestId('ra-edit-delete').click();
  await expect(page.getByTestId('ra-undo')).toBeVisible();
  await expect.poll(() => painted(page)).toEqual({ green: ['Beijing is pushing forward'] });
  await page.getByTestId('ra-undo').click();
  await expect.poll(() => painted(page)).toEqual({ green: ['Beijing is pushing forward'], purple: ['pushing forward a regional mechanism'] });

  const popup = await annotationsIn(ext, url);
  await expect(popup.getByTestId('annotation-note')).toHaveText(['second note']);
});

test('the keyboard command and context menu path offers the toolbar for the selection; Escape closes it', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  // Select by script (no mouseup), as a keyboard user would before pressing the shortcut.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('bilateral trade'));
    const selection = getSelection();
    if (!p || !selection) throw new Error('no paragraph with: bilateral trade, or no selection');
    const t = p.firstChild as Text;
    const at = t.data.indexOf('bilateral trade');
    const r = document.createRange();
    r.setStart(t, at);
    r.setEnd(t, at + 'bilateral trade'.length);
    selection.removeAllRanges();
    selection.addRange(r);
  });
  const offered: unknown = await ext.worker.evaluate(
    (tabId) => chrome.tabs.sendMessage(tabId, { id: 1, type: 'highlightSelection', data: { withNote: true }, timestamp: Date.now() }),
    tabId,
  );
  expect(offered).toEqual({ res: { offered: true } });
  await expect(page.getByTestId('ra-note-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ra-toolbar')).toHaveCount(0);
});

test('from the popup: show a highlight on the page, delete it and undo, and write a page note', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'yellow', note: 'keep' });
  await page.evaluate(() => window.scrollTo(0, 0));

  const popup = await annotationsIn(ext, url);
  await popup.getByTestId('reveal-annotation').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('review-annotator-flash'))).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  await popup.getByTestId('delete-annotation').click();
  await expect(popup.getByTestId('annotation')).toHaveCount(0);
  await expect.poll(() => painted(page)).toEqual({});
  await popup.getByTestId('undo').click();
  await expect(popup.getByTestId('annotation')).toHaveCount(1);
  await expect.poll(() => painted(page)).toEqual({ yellow: [QUOTE] });

  await popup.getByTestId('page-note-input').fill('A fair summary; the trade figures need a source.');
  await popup.getByTestId('add-page-note').click();
  await expect(popup.getByTestId('page-note')).toContainText('A fair summary; the trade figures need a source.');
  const reopened = await annotationsIn(ext, url);
  await expect(reopened.getByTestId('page-note')).toHaveCount(1);
});

test('at the popup’s real size, the work’s card and this page’s highlights come first, the fields found after them and the rest one click away', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'yellow', note: 'Seen first' });
  const popup = await openPopup(ext, tabId);
  await popup.setViewportSize({ width: 420, height: 600 });
  await expect(popup.getByTestId('annotation-quote')).toHaveText(QUOTE);
  // Without scrolling: the card with the work's publisher, and the highlight with its note.
  await expect(popup.getByTestId('work-meta')).toContainText('Foreign Policy Research Institute');
  await expect(popup.getByTestId('annotation-quote')).toBeInViewport();
  await expect(popup.getByTestId('annotation-note')).toBeInViewport();
  const top = async (id: string) => must(await popup.getByTestId(id).boundingBox(), 'popup.getByTestId(id).boundingBox()').y;
  expect(await top('annotation-list')).toBeLessThan(await top('field-table'));
  await expect(popup.getByTestId('highlight-count')).toHaveText('1 highlight on this page');
  // The seed page gives every work field but the ISBN and DOI: those are folded away.
  await expect(popup.getByTestId('value-work.isbn')).toHaveCount(0);
  await popup.getByTestId('show-all-fields').click();
  await expect(popup.getByTestId('value-work.isbn')).toHaveText('missing');
});

test('the toolbar stands above the selection, not over the lines under it; with the note field open the selection still shows; the editor ends a long quote with an ellipsis', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  // A tall window: the paragraph, centred in it, leaves room above its first line.
  await page.setViewportSize({ width: 1280, height: 1400 });
  const quote = QUOTE;
  expect(await selectWithMouse(page, quote)).toBe(quote);
  const selection = await page.evaluate(() => {
    const sel = document.getSelection();
    if (!sel) throw new Error('no selection');
    const b = sel.getRangeAt(0).getBoundingClientRect();
    return { top: b.top, bottom: b.bottom };
  });
  const toolbar = page.getByTestId('ra-toolbar');
  await expect(toolbar).toBeVisible();
  // There is room above the selection here (it is scrolled to the middle of the view).
  expect(selection.top).toBeGreaterThan(120);
  const closed = must(await toolbar.boundingBox(), 'toolbar.boundingBox()');
  expect(closed.y + closed.height).toBeLessThanOrEqual(selection.top);

  await page.getByTestId('ra-note-toggle').click();
  await page.getByTestId('ra-note-input').fill('Seen while writing');
  const open = must(await toolbar.boundingBox(), 'toolbar.boundingBox()');
  expect(open.y + open.height).toBeLessThanOrEqual(selection.top);
  // The extension registers live Ranges; anything else shows as such and fails the comparison.
  const shown = () =>
    page.evaluate(() => [...(CSS.highlights.get('review-annotator-selection') ?? [])].map((r) => (r instanceof Range ? r.toString() : '(not a live Range)')));
  expect(await shown()).toEqual([quote]);
  await page.getByTestId('ra-color-blue').click();
  await page.getByTestId('ra-save').click();
  await expect(toolbar).toHaveCount(0);
  expect(await shown()).toEqual([]);

  // A click on the highlight opens the editor; its quote is cut at a line's end with an ellipsis.
  const at = await pointAt(page, quote.slice(0, 30));
  await page.mouse.click(at.x, at.y);
  const quoteBox = page.getByTestId('ra-edit-item').locator('.quote');
  await expect(quoteBox).toBeVisible();
  expect(await quoteBox.evaluate((el) => [getComputedStyle(el).webkitLineClamp, getComputedStyle(el).overflow])).toEqual(['3', 'hidden']);
});
