import { expect, openPopup, reportedTab, test, extractionOf } from './harness';
import { highlight, painted, selectWithMouse } from './page-actions';

test('Pick from page: the popup asks, the page shows a banner, the selected text becomes the field, picked by you, and Show finds it', async ({
  ext,
  server,
}) => {
  const url = server.url('site-rules/review-1.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('show-all-fields').click();
  await popup.getByTestId('pick-work.pages').click();

  await page.bringToFront();
  await expect(page.getByTestId('ra-pick-banner')).toContainText('Select the pages on the page. Esc to cancel.');
  await selectWithMouse(page, '296 pages');
  await expect(page.getByTestId('ra-pick-banner')).toHaveCount(0);
  // No highlight toolbar for a pick.
  await expect(page.getByTestId('ra-toolbar')).toHaveCount(0);

  await expect(popup.getByTestId('value-work.pages')).toContainText('296');
  await expect(popup.getByTestId('picked-work.pages')).toHaveText('picked by you');
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await popup.getByTestId('reveal-work.pages').click();
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe('296 pages');

  // Esc cancels a pick and changes nothing.
  await popup.getByTestId('pick-work.place').click();
  await page.bringToFront();
  await expect(page.getByTestId('ra-pick-banner')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ra-pick-banner')).toHaveCount(0);
  await expect(popup.getByTestId('value-work.place')).toContainText('missing');
});

test('Use as… on the selection toolbar makes the selected text a field of the work or the review', async ({ ext, server }) => {
  const url = server.url('site-rules/review-1.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);

  expect(await selectWithMouse(page, 'Anna Smith')).toBe('Anna Smith');
  await page.getByTestId('ra-use-as').click();
  await page.getByTestId('ra-use-as-review.reviewer').click();
  await expect(page.getByTestId('ra-toolbar')).toHaveCount(0);
  expect(await painted(page)).toEqual({});

  await selectWithMouse(page, 'Harbor Press');
  await page.getByTestId('ra-use-as').click();
  await page.getByTestId('ra-use-as-work.publisher').click();

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('value-review.reviewer')).toContainText('Anna Smith');
  await expect(popup.getByTestId('picked-review.reviewer')).toBeVisible();
  await expect(popup.getByTestId('value-work.publisher')).toContainText('Harbor Press');

  // Picked on one page, learned for the site: the next review of the site is read the same way.
  const second = server.url('site-rules/review-2.html');
  const other = await ext.context.newPage();
  await other.goto(second);
  const two = await reportedTab(ext, second, (s) => s.extraction?.fields['review.reviewer']?.source === 'rule');
  expect(extractionOf(two.state).review.reviewer).toBe('Omar Said');
  expect(extractionOf(two.state).work.publisher).toBe('Quay Books');
});

test('an orphaned highlight re-attached to new text keeps its id, colour and note, and comes back after a reload', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const QUOTE = 'Beijing is pushing forward a regional mechanism';
  const NEW_TEXT = 'Beijing builds a regional mechanism';
  const original = await (await fetch(url)).text();
  let variant = original;
  await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: variant }));

  const page = await ext.context.newPage();
  await page.goto(url);
  await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'blue', note: 'the thesis', tags: 'core' });

  variant = original.replace(
    /gives a peep into how Beijing is pushing forward a regional mechanism to ensure its security\./,
    `shows how ${NEW_TEXT} for its security.`,
  );
  await page.reload();
  const { tabId } = await reportedTab(ext, url, (s) => s.orphans.length === 1);
  const popup = await openPopup(ext, tabId);
  const orphan = popup.getByTestId('orphan');
  await expect(orphan).toHaveCount(1);
  const id = await orphan.getAttribute('data-id');
  await orphan.getByTestId('reattach').click();

  await page.bringToFront();
  await expect(page.getByTestId('ra-pick-banner')).toContainText('Select the text this highlight belongs to now.');
  await selectWithMouse(page, NEW_TEXT);
  await expect.poll(() => painted(page)).toEqual({ blue: [NEW_TEXT] });
  await expect(popup.getByTestId('orphan')).toHaveCount(0);
  const item = popup.getByTestId('annotation');
  await expect(item.getByTestId('annotation-quote')).toHaveText(NEW_TEXT);
  await expect(item.getByTestId('annotation-note')).toHaveText('the thesis');
  await expect(item.getByTestId('annotation-tag')).toHaveText(['core']);
  expect(id).toBeTruthy();
  expect(await item.getAttribute('data-id')).toBe(id);

  await page.reload();
  await expect.poll(() => painted(page)).toEqual({ blue: [NEW_TEXT] });
});
