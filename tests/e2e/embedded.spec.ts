import { resolve } from 'node:path';
import { startFixtureServer } from '../../scripts/fixture-server';
import { badge, expect, openPopup, reportedTab, test, extractionOf } from './harness';
import { highlight, painted, pointAt } from './page-actions';
import { must } from '../../lib/must';

/** Reviews rendered inside open shadow roots and same-origin frames are the page's content too. */

test('a review rendered in an open shadow root: detected, highlighted in the shadow tree and in a slotted paragraph, painted again after a reload, editable by a click', async ({
  ext,
  server,
}) => {
  const url = server.url('pages/shadow-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId, state } = await reportedTab(ext, url, (s) => s.extraction?.isReview === true);
  expect(extractionOf(state).work.title).toBe('Salt and the Sea Republic');
  expect(extractionOf(state).work.authors).toEqual(['Marta Kovač']);
  expect(extractionOf(state).work.pages).toBe(318);
  expect(extractionOf(state).review.reviewer).toBe('Ivo Marić');
  await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');

  const inShadow = 'the salt office was the republic';
  const slotted = 'a tax on a cheap mineral paid for fleets';
  await highlight(page, inShadow, { color: 'green', note: 'the thesis' });
  await highlight(page, slotted, { color: 'blue' });
  await expect.poll(() => painted(page)).toEqual({ green: [inShadow], blue: [slotted] });

  await page.reload();
  await expect.poll(() => painted(page)).toEqual({ green: [inShadow], blue: [slotted] });
  // Our ::highlight rules reach into the shadow tree: the painted text has our colour.
  const colour = await page.evaluate(() => {
    const root = document.querySelector('review-post')?.shadowRoot;
    if (!root) throw new Error('no open shadow root on review-post');
    return root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(review-annotator-green)')));
  });
  expect(colour).toBe(true);

  const at = await pointAt(page, inShadow);
  await page.mouse.click(at.x, at.y);
  const editor = page.getByTestId('ra-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByTestId('ra-edit-note')).toHaveValue('the thesis');

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('annotation-quote')).toHaveCount(2);
  await expect(popup.getByTestId('annotation-quote')).toContainText([inShadow, slotted]);
  await expect(popup.getByTestId('orphan')).toHaveCount(0);
});

test('a component whose code arrives late renders the review after the page was first looked at: it is detected then', async ({ ext, server }) => {
  const url = `${server.url('pages/shadow-review.html')}?late=1500`;
  const page = await ext.context.newPage();
  await page.goto(url);
  const first = await reportedTab(ext, url);
  expect(first.state.extraction?.isReview ?? false).toBe(false);
  const { state } = await reportedTab(ext, url, (s) => s.extraction?.isReview === true);
  expect(extractionOf(state).work.title).toBe('Salt and the Sea Republic');
});

test('a review in a same-origin frame: detected, highlighted inside the frame, painted again after a reload; a cross-origin frame is left alone', async ({
  ext,
  server,
}) => {
  // Another port is another origin: the frame the page cannot read, and neither may we.
  const other = await startFixtureServer(resolve('tests/fixtures'));
  try {
    const url = `${server.url('pages/framed-review.html')}?other=${encodeURIComponent(other.url('pages/not-a-review.html'))}`;
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The fixture pages ask for a favicon the server does not have: that 404 is not ours.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    await page.goto(url);
    const { tabId, state } = await reportedTab(ext, url, (s) => s.extraction?.isReview === true);
    expect(extractionOf(state).work.title).toBe('China’s Security Management Towards Central Asia');
    expect(extractionOf(state).work.authors).toEqual(['Niva Yau Tsz Yan']);
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');

    const quote = 'Beijing is pushing forward a regional mechanism';
    await highlight(page, quote, { color: 'pink', note: 'framed' });
    const frame = must(page.frame({ url: server.url('seed-review.html') }), "page.frame({ url: server.url('seed-review.html') })");
    await expect.poll(() => painted(frame)).toEqual({ pink: [quote] });
    // Nothing is painted in the embedding page's own registry: each document has its own.
    expect(await painted(page)).toEqual({});

    await page.reload();
    const again = must(page.frame({ url: server.url('seed-review.html') }), "page.frame({ url: server.url('seed-review.html') })");
    await expect.poll(() => painted(again)).toEqual({ pink: [quote] });
    const at = await pointAt(page, quote);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('ra-edit-note')).toHaveValue('framed');
    await page.keyboard.press('Escape');

    // The cross-origin frame: selecting there offers nothing, and nothing of ours is in it.
    const foreign = must(page.frame({ url: other.url('pages/not-a-review.html') }), "page.frame({ url: other.url('pages/not-a-review.html') })");
    const box = await foreign.evaluate(() => {
      const p = document.querySelector('p');
      if (!p) throw new Error('no paragraph in the frame');
      p.scrollIntoView();
      const r = p.getBoundingClientRect();
      return { x: r.left, y: r.top + r.height / 2, w: Math.min(r.width, 200) };
    });
    const frameBox = must(await page.locator('#other-frame').boundingBox(), "page.locator('#other-frame').boundingBox()");
    await page.mouse.move(frameBox.x + 2 + box.x + 2, frameBox.y + 2 + box.y);
    await page.mouse.down();
    await page.mouse.move(frameBox.x + 2 + box.x + box.w, frameBox.y + 2 + box.y, { steps: 5 });
    await page.mouse.up();
    expect((await foreign.evaluate(() => String(getSelection()))).length).toBeGreaterThan(3);
    await page.waitForTimeout(300);
    await expect(page.getByTestId('ra-toolbar')).toHaveCount(0);
    expect(await foreign.evaluate(() => document.adoptedStyleSheets.length + CSS.highlights.size)).toBe(0);
    expect(errors).toEqual([]);

    const popup = await openPopup(ext, tabId);
    await expect(popup.getByTestId('annotation-quote')).toHaveText([quote]);
  } finally {
    await other.close();
  }
});
