import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, reportedTab, test, type BackupJson } from './harness';
import { highlight } from './page-actions';
import { must } from '../../lib/must';

const QUIRE = 'https://quire.example/reviews/the-quiet-shore';
const LEDGER = 'https://ledger.example/books/the-quiet-shore-a-novel';
const QUIRE_QUOTE = 'the harbour itself becomes a character';
const LEDGER_QUOTE = 'the sea decides the work of the day';

/**
 * Two reviews of one book on two sites: one gives the ISBN, the other names the book with a
 * subtitle and its author as `Doe, Jane`. The library joins them under one work.
 */
test('two sites’ reviews of one book (one with an ISBN, one without) are one work in Works, and its bundle holds both reviews’ highlights', async ({ ext }) => {
  for (const [url, file] of [
    [QUIRE, 'quire-review.html'],
    [LEDGER, 'ledger-review.html'],
  ] as const) {
    const body = await readFile(resolve('tests/fixtures/works', file), 'utf8');
    await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
  for (const [url, quote, note] of [
    [QUIRE, QUIRE_QUOTE, 'the best chapters'],
    [LEDGER, LEDGER_QUOTE, 'the sea as employer'],
  ] as const) {
    const page = await ext.context.newPage();
    await page.goto(url);
    await reportedTab(ext, url, (s) => s.extraction?.isReview === true);
    await highlight(page, quote, { note });
  }

  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#works`);
  const card = library.getByTestId('work-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('work-card-title')).toHaveText('The Quiet Shore');
  await expect(card).toContainText('ISBN 978-1-80526-033-2');
  await expect(card.getByTestId('work-review')).toHaveCount(2);
  await expect(card.getByTestId('work-review').nth(0)).toContainText('quire.example · Anna Smith');
  await expect(card.getByTestId('work-review').nth(1)).toContainText('ledger.example · Omar Said');
  await expect(card.getByTestId('work-annotation-quote')).toHaveText([QUIRE_QUOTE, LEDGER_QUOTE]);

  // Search and filters narrow the works.
  await library.getByTestId('works-search').fill('employer');
  await expect(card).toHaveCount(1);
  await library.getByTestId('works-search').fill('nothing-like-this');
  await expect(card).toHaveCount(0);
  await library.getByTestId('works-search').fill('');
  await library.getByTestId('works-site').selectOption('ledger.example');
  await expect(card).toHaveCount(1);
  await library.getByTestId('works-site').selectOption('');

  // One bundle: the work in the front matter, both reviews' links, both highlights and notes.
  await card.getByTestId('work-export-format').selectOption('markdown');
  const [download] = await Promise.all([library.waitForEvent('download'), card.getByTestId('export-work').click()]);
  expect(download.suggestedFilename()).toMatch(/^the-quiet-shore-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await readFile(await download.path(), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '';
  expect(front).toContain('isbn: "978-1-80526-033-2"');
  expect(front).toContain(QUIRE);
  expect(front).toContain(LEDGER);
  expect(md).toContain('@book{');
  for (const text of [QUIRE_QUOTE, LEDGER_QUOTE, 'the best chapters', 'the sea as employer']) expect(md).toContain(text);

  await card.getByTestId('work-export-format').selectOption('json');
  const [json] = await Promise.all([library.waitForEvent('download'), card.getByTestId('export-work').click()]);
  const backup = JSON.parse(await readFile(await json.path(), 'utf8')) as BackupJson;
  expect(backup['ra:pages'].map((p) => p.url).sort()).toEqual([LEDGER, QUIRE]);
  expect(backup.first.items.map((a) => must(a.target.selector[0], 'the quote selector').exact).sort()).toEqual([QUIRE_QUOTE, LEDGER_QUOTE].sort());

  // A wrong join can be split, and the reader's choice is kept; two works can be merged back.
  await card.getByTestId('work-review').nth(1).getByTestId('split-work').click();
  await expect(card).toHaveCount(2);
  await library.reload();
  await expect(card).toHaveCount(2);
  await card.nth(0).getByTestId('select-work').check();
  await card.nth(1).getByTestId('select-work').check();
  await library.getByTestId('merge-works').click();
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('work-review')).toHaveCount(2);
});
