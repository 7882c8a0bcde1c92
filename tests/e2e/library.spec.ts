import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openPopup, reportedTab, test, type Browserish } from './harness';
import { highlight, painted } from './page-actions';
import { must } from '../../lib/must';

const QUOTE = 'Beijing is pushing forward a regional mechanism';

async function openLibrary(ext: Browserish, hash = ''): Promise<Page> {
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html${hash}`);
  return library;
}

async function seedPage(ext: Browserish, url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  return { page, tabId };
}

/** Serious and critical accessibility violations, as "rule: target" lines (empty when there are none). */
async function a11yProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

test('correct the author in the popup: the correction stands after a reload and is marked; reset brings back the page’s value; copy citation', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  const { page, tabId } = await seedPage(ext, url);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('value-work.authors')).toContainText('Niva Yau Tsz Yan');

  await popup.getByTestId('edit-work.authors').click();
  await popup.getByTestId('field-input-work.authors').fill('Niva T. Y. Yau; A. Second');
  await popup.getByTestId('save-field-work.authors').click();
  await expect(popup.getByTestId('value-work.authors')).toHaveText(/^Niva T\. Y\. Yau; A\. Second/);
  await expect(popup.getByTestId('edited-work.authors')).toBeVisible();
  await expect(popup.getByTestId('work-meta')).toContainText('Niva T. Y. Yau, A. Second');
  // A correction keeps the page in the library.
  await expect(popup.getByTestId('saved')).toBeVisible();

  // The page is loaded and extracted again: the user's value stands.
  const seenBefore = (await reportedTab(ext, url)).state.seenAt;
  await page.reload();
  const again = await reportedTab(ext, url, (s) => s.seenAt > seenBefore);
  const popup2 = await openPopup(ext, again.tabId);
  await expect(popup2.getByTestId('value-work.authors')).toHaveText(/^Niva T\. Y\. Yau; A\. Second/);
  await expect(popup2.getByTestId('edited-work.authors')).toBeVisible();
  // The first popup, still open, saw nothing to change; the other fields are untouched.
  await expect(popup2.getByTestId('provenance-work.publisher')).toBeVisible();

  await popup2.bringToFront();
  await popup2.getByTestId('copy-citation').click();
  await expect(popup2.getByTestId('status')).toHaveText('Citation copied.');
  // Read the clipboard as a person would: paste it into a text field.
  await page.bringToFront();
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.prepend(box);
    box.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  expect(await page.locator('#paste-here').inputValue()).toBe(
    'Niva T. Y. Yau & A. Second (2022). China’s Security Management Towards Central Asia. USA: Foreign Policy Research Institute. 66 pp.',
  );

  await popup2.getByTestId('reset-work.authors').click();
  await expect(popup2.getByTestId('value-work.authors')).toHaveText(/^Niva Yau Tsz Yan/);
  await expect(popup2.getByTestId('edited-work.authors')).toHaveCount(0);
  await expect(popup2.getByTestId('provenance-work.authors')).toHaveText('label “Author”');
  // The popup opened before shows the reset too: both read the same live record.
  await expect(popup.getByTestId('value-work.authors')).toHaveText(/^Niva Yau Tsz Yan/);
});

test('a new user sees empty states; the library then shows a highlight made on the page without a reload, and the popup opens it', async ({ ext, server }) => {
  const library = await openLibrary(ext);
  await expect(library.getByTestId('library-empty')).toBeVisible();

  const plain = server.url('pages/not-a-review.html');
  const other = await seedPage(ext, plain);
  const popupPlain = await openPopup(ext, other.tabId);
  await expect(popupPlain.getByTestId('no-review')).toBeVisible();
  // No highlight yet is said once, by the list.
  await expect(popupPlain.getByTestId('no-highlights')).toBeVisible();
  await expect(popupPlain.getByTestId('highlight-count')).toHaveCount(0);
  await expect(popupPlain.getByTestId('save-page')).toBeVisible();

  const url = server.url('seed-review.html');
  const { page, tabId } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'Compare with the Almaty memorandum', tags: 'security' });
  await expect(library.getByTestId('library-page')).toHaveCount(1);
  await expect(library.getByTestId('annotation-quote')).toHaveText(QUOTE);
  await expect(library.getByTestId('library-empty')).toHaveCount(0);

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('highlight-count')).toHaveText('1 highlight on this page');
  const [opened] = await Promise.all([ext.context.waitForEvent('page'), popup.getByTestId('open-library').click()]);
  await expect(opened).toHaveURL(/library\.html$/);
  await expect(opened.getByTestId('library-page')).toHaveCount(1);
});

test('the library finds a note by a word and the work by a keyword; delete with undo, bulk colour, trash and restore reach the page', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  const { page } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'Compare with the Almaty memorandum', tags: 'security' });
  await highlight(page, 'the recent mass anti-government demonstrations in Kazakhstan', { color: 'yellow', note: 'Older view', tags: 'russia' });
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE], yellow: ['the recent mass anti-government demonstrations in Kazakhstan'] });

  const library = await openLibrary(ext);
  const search = library.getByTestId('library-search');
  await search.fill('almat');
  await expect(library.getByTestId('annotation')).toHaveCount(1);
  await expect(library.getByTestId('annotation-note').locator('mark')).toHaveText('Almat');
  await expect(library.getByTestId('library-results')).toHaveText('1 page, 1 annotation');

  // A keyword of the reviewed work finds the page, with all its annotations.
  await search.fill('turkistan');
  await expect(library.getByTestId('library-page')).toHaveCount(1);
  await expect(library.getByTestId('library-keywords').locator('mark')).toHaveText('Turkistan');
  await expect(library.getByTestId('annotation')).toHaveCount(2);

  await search.fill('nothing-here-at-all');
  await expect(library.getByTestId('no-results')).toBeVisible();
  await search.fill('');

  // Filter by tag, then by colour.
  await library.getByTestId('filter-tag').selectOption('russia');
  await expect(library.getByTestId('annotation-quote')).toHaveText(['the recent mass anti-government demonstrations in Kazakhstan']);
  await library.getByTestId('filter-tag').selectOption('');
  await library.getByTestId('filter-color').selectOption('green');
  await expect(library.getByTestId('annotation-quote')).toHaveText([QUOTE]);
  await library.getByTestId('filter-color').selectOption('');

  // Delete from the library: gone from the page too; undo brings it back there.
  const green = library.getByTestId('annotation').filter({ hasText: 'Almaty' });
  await green.getByTestId('delete-annotation').click();
  await expect(library.getByTestId('annotation')).toHaveCount(1);
  await expect.poll(() => painted(page)).toEqual({ yellow: ['the recent mass anti-government demonstrations in Kazakhstan'] });
  await library.getByTestId('undo').click();
  await expect(library.getByTestId('annotation')).toHaveCount(2);
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE], yellow: ['the recent mass anti-government demonstrations in Kazakhstan'] });

  // Select both and give them one colour.
  for (const box of await library.getByTestId('select-annotation').all()) await box.check();
  await expect(library.getByTestId('bulk-bar')).toContainText('2 selected');
  await library.getByTestId('bulk-color').selectOption('purple');
  await expect.poll(() => painted(page)).toEqual({ purple: [QUOTE, 'the recent mass anti-government demonstrations in Kazakhstan'].sort() });
  await library.getByTestId('bulk-tag').fill('reread');
  await library.getByTestId('bulk-add-tag').click();
  await expect(library.getByTestId('annotation').getByTestId('annotation-tag').filter({ hasText: 'reread' })).toHaveCount(2);

  // Delete the page: it goes to the trash with its annotations, and comes back from there.
  await library.getByTestId('clear-selection').click();
  await library.getByTestId('select-page').check();
  await library.getByTestId('bulk-delete').click();
  await expect(library.getByTestId('library-empty')).toBeVisible();
  await expect.poll(() => painted(page)).toEqual({});
  await library.getByTestId('show-trash').click();
  await expect(library.getByTestId('trash-page')).toContainText('China’s Security Management Towards Central Asia');
  await expect(library.getByTestId('trash-page')).toContainText('deleted for good in 30 days');
  await library.getByTestId('restore-page').click();
  await expect(library.getByTestId('trash-empty')).toBeVisible();
  await library.getByTestId('library-home').click();
  await expect(library.getByTestId('annotation')).toHaveCount(2);
  await expect.poll(() => painted(page)).toEqual({ purple: [QUOTE, 'the recent mass anti-government demonstrations in Kazakhstan'].sort() });
});

test('the page view of the library corrects a field and edits a note; the popup shows both at once', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page, tabId } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'blue', note: 'first thought' });
  const popup = await openPopup(ext, tabId);
  const library = await openLibrary(ext);
  await library.getByTestId('open-page').click();
  await expect(library.getByTestId('page-view')).toBeVisible();
  await library.getByTestId('edit-work.place').click();
  await library.getByTestId('field-input-work.place').fill('Philadelphia, USA');
  await library.getByTestId('save-field-work.place').click();
  await expect(library.getByTestId('edited-work.place')).toBeVisible();
  await library.getByTestId('edit-annotation').click();
  await library.getByTestId('annotation-edit-note').fill('second thought, with <script>alert(1)</script>');
  await library.getByTestId('annotation-edit-color-pink').check();
  await library.getByTestId('annotation-edit-save').click();

  await expect(popup.getByTestId('value-work.place')).toContainText('Philadelphia, USA');
  await expect(popup.getByTestId('edited-work.place')).toBeVisible();
  await expect(popup.getByTestId('annotation-note')).toHaveText('second thought, with <script>alert(1)</script>');
  await expect.poll(() => painted(page)).toEqual({ pink: [QUOTE] });
});

test('popup and library have no serious accessibility violations, in both colour schemes', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page, tabId } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'A note', tags: 'security' });
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openPopup(ext, tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('annotation')).toHaveCount(1);
    expect(await a11yProblems(popup), `popup, ${scheme}`).toEqual([]);
    const library = await openLibrary(ext);
    await library.emulateMedia({ colorScheme: scheme });
    await expect(library.getByTestId('annotation')).toHaveCount(1);
    await library.getByTestId('select-annotation').check();
    expect(await a11yProblems(library), `library, ${scheme}`).toEqual([]);
    await library.getByTestId('open-page').click();
    await expect(library.getByTestId('page-view')).toBeVisible();
    expect(await a11yProblems(library), `library page view, ${scheme}`).toEqual([]);
    await library.getByTestId('show-works').click();
    await expect(library.getByTestId('work-card')).toHaveCount(1);
    await library.getByTestId('select-work').check();
    expect(await a11yProblems(library), `library works, ${scheme}`).toEqual([]);
    await library.getByTestId('show-rules').click();
    await expect(library.getByTestId('site-rules-empty')).toBeVisible();
    expect(await a11yProblems(library), `library site rules, ${scheme}`).toEqual([]);
    await popup.close();
    await library.close();
  }
});

test('the library is the options page, and reads at 200% zoom without sideways scrolling', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page } = await seedPage(ext, url);
  await highlight(page, QUOTE, {
    color: 'green',
    note: 'A rather long note that should wrap inside the card rather than push the layout wider than the window',
    tags: 'security',
  });
  const [options] = await Promise.all([ext.context.waitForEvent('page'), ext.worker.evaluate(() => chrome.runtime.openOptionsPage())]);
  await expect(options).toHaveURL(new RegExp(`chrome-extension://${ext.extensionId}/library\\.html`));
  await options.setViewportSize({ width: 1280, height: 800 });
  await expect(options.getByTestId('library-page')).toHaveCount(1);
  await options.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  await options.getByTestId('select-annotation').check();
  expect(await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await options.getByTestId('open-page').click();
  await expect(options.getByTestId('page-view')).toBeVisible();
  expect(await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('the library’s header is a toolbar; a deleted highlight’s undo offer goes with its view; trash items show their colour and a Restore button of their own height', async ({
  ext,
  server,
}) => {
  const url = server.url('seed-review.html');
  const { page } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'To the trash' });
  const library = await openLibrary(ext);
  const left = must(await library.getByTestId('show-import').boundingBox(), "library.getByTestId('show-import').boundingBox()");
  const right = must(await library.getByTestId('show-trash').boundingBox(), "library.getByTestId('show-trash').boundingBox()");
  expect(right.x - (left.x + left.width)).toBeGreaterThanOrEqual(12);

  await library.getByTestId('annotation').getByTestId('delete-annotation').click();
  await expect(library.getByTestId('undo-bar')).toBeVisible();
  await library.getByTestId('show-trash').click();
  await expect(library.getByTestId('trash-view')).toBeVisible();
  await expect(library.getByTestId('undo-bar')).toHaveCount(0);

  const item = library.getByTestId('trash-annotation');
  await expect(item.locator('.swatch')).toHaveAttribute('data-color', 'green');
  const itemBox = must(await item.boundingBox(), 'item.boundingBox()');
  const buttonBox = must(await item.getByTestId('restore-annotation').boundingBox(), "item.getByTestId('restore-annotation').boundingBox()");
  expect(buttonBox.height).toBeLessThan(itemBox.height - 10);
  await item.getByTestId('restore-annotation').click();
  await expect(library.getByTestId('trash-empty')).toBeVisible();
});
