import { readFileSync } from 'node:fs';
import { badge, expect, openPopup, reportedTab, test, extractionOf } from './harness';

/** tests/fixtures/seed-review.expected.json: the fields the popup must show, by group. */
interface SeedExpected {
  work: Record<string, unknown> & { title: string; publisher: string };
  review: Record<string, unknown>;
}
const seedExpected = JSON.parse(readFileSync('tests/fixtures/seed-review.expected.json', 'utf8')) as SeedExpected;

const shown = (v: unknown) => (Array.isArray(v) ? v.join('; ') : String(v));

test('the seed review lights the badge and the popup shows every expected field with its provenance', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);

  await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
  expect((await badge(ext, tabId)).title).toContain(seedExpected.work.title);

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('work-title')).toHaveText(seedExpected.work.title);
  for (const [group, fields] of [
    ['work', seedExpected.work],
    ['review', seedExpected.review],
  ] as const) {
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      if (name === 'summaryStartsWith') {
        await expect(popup.getByTestId('value-review.summary')).toContainText(String(value));
        continue;
      }
      const cell = popup.getByTestId(`value-${group}.${name}`);
      await expect(cell, `${group}.${name}`).toContainText(shown(value));
      await expect(popup.getByTestId(`provenance-${group}.${name}`), `${group}.${name} provenance`).not.toBeEmpty();
    }
  }
  // The author comes from the labelled line, not from the site account in the metadata.
  await expect(popup.getByTestId('provenance-work.authors')).toHaveText('label “Author”');
  // Fields the page does not give are folded away, and shown as missing one click away.
  await expect(popup.getByTestId('value-work.isbn')).toHaveCount(0);
  await popup.getByTestId('show-all-fields').click();
  await expect(popup.getByTestId('value-work.isbn')).toHaveText('missing');

  // "Show" scrolls the page to where the value stands and selects it.
  await popup.getByTestId('reveal-work.publisher').click();
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(seedExpected.work.publisher);
});

test('a page that is not a review leaves the badge dark and the popup says no review was found', async ({ ext, server }) => {
  const url = server.url('pages/not-a-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId, state } = await reportedTab(ext, url);
  expect(state.extraction?.isReview ?? false).toBe(false);
  expect((await badge(ext, tabId)).text).toBe('');
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('no-review')).toHaveText('No review found on this page.');
  await expect(popup.getByTestId('field-table')).toHaveCount(0);
});

test('a single-page app that swaps its content is looked at again', async ({ ext, server }) => {
  const url = server.url('pages/spa.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  expect((await badge(ext, tabId)).text).toBe('');

  await page.click('#review-link');
  const reviewUrl = server.url('pages/spa.html?review=ledger');
  const after = await reportedTab(ext, reviewUrl, (s) => s.extraction?.isReview === true);
  expect(after.tabId).toBe(tabId);
  expect(extractionOf(after.state).isReview).toBe(true);
  expect(extractionOf(after.state).work.title).toBe('The Ledger of Empires');
  expect(extractionOf(after.state).work.authors).toEqual(['Tomás Ferreira']);
  await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('work-title')).toHaveText('The Ledger of Empires');

  await page.click('#home-link');
  await reportedTab(ext, url, (s) => !s.extraction?.isReview);
  await expect.poll(async () => (await badge(ext, tabId)).text).toBe('');
});
