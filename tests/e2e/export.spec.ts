import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openPopup, reportedTab, test, type BackupJson, type Browserish } from './harness';
import { highlight, painted } from './page-actions';

const QUOTE = 'Beijing is pushing forward a regional mechanism';
const TITLE = 'China’s Security Management Towards Central Asia';

async function seedPage(ext: Browserish, url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  return { page, tabId };
}

/** Picks a format, clicks Export, and returns the downloaded file's name and text. */
async function exportAs(view: Page, format: string): Promise<{ name: string; text: string; path: string }> {
  await view.getByTestId('export-format').selectOption(format);
  const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

test('export this page as Markdown from the popup: front matter with the work, the quote with its note, a link back', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page, tabId } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'Core claim: *regional* mechanism', tags: 'thesis, china' });
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('annotation')).toHaveCount(1);

  const md = await exportAs(popup, 'markdown');
  expect(md.name).toMatch(/^china-s-security-management-towards-central-asia-\d{4}-\d{2}-\d{2}\.md$/);
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md.text)?.[1] ?? '';
  expect(front).toContain(TITLE);
  expect(front).toContain('Niva Yau Tsz Yan');
  expect(front).toContain('Foreign Policy Research Institute');
  expect(front).toContain(url);
  expect(md.text).toContain(QUOTE);
  expect(md.text).toContain('Core claim');
  expect(md.text).toMatch(/Green/);
  expect(md.text).toContain(`${url}#:~:text=`);
  await expect(popup.getByTestId('export-status')).toContainText('1 annotation');

  const bib = await exportAs(popup, 'bibtex');
  expect(bib.name).toMatch(/\.bib$/);
  expect(bib.text).toMatch(/@techreport\{/i);
  expect(bib.text).toContain('Foreign Policy Research Institute');
});

test('export everything as JSON from the library, delete it all, import the file: the highlight is painted on the page again', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'blue', note: 'to restore', tags: 'backup' });
  await expect.poll(() => painted(page)).toEqual({ blue: [QUOTE] });

  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
  await expect(library.getByTestId('library-page')).toHaveCount(1);
  const json = await exportAs(library, 'json');
  expect(json.name).toMatch(/^review-annotator-library-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(json.text) as BackupJson;
  expect(backup).toMatchObject({ type: 'AnnotationCollection', total: 1 });
  expect(backup.first.items[0]?.target.selector[0]?.exact).toBe(QUOTE);

  // Delete the page, then empty the trash: nothing left anywhere.
  await library.getByTestId('select-page').check();
  await library.getByTestId('bulk-delete').click();
  await expect(library.getByTestId('library-empty')).toBeVisible();
  await expect.poll(() => painted(page)).toEqual({});
  await library.getByTestId('show-trash').click();
  library.once('dialog', (d) => void d.accept());
  await library.getByTestId('empty-trash').click();
  await expect(library.getByTestId('trash-empty')).toBeVisible();

  // A broken file first: refused, with the reason, and nothing changes.
  await library.getByTestId('show-import').click();
  await library.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(json.text.slice(0, 400)) });
  await expect(library.getByTestId('import-error')).toContainText('cut short');

  await library.getByTestId('import-file').setInputFiles(json.path);
  await expect(library.getByTestId('import-pages')).toHaveText('Pages: 1 new, 0 changed, 0 unchanged');
  await expect(library.getByTestId('import-annotations')).toHaveText('Annotations: 1 new, 0 changed, 0 unchanged');
  await library.getByTestId('import-confirm').click();
  await expect(library.getByTestId('import-done')).toContainText('1 page and 1 annotation');
  await expect.poll(() => painted(page)).toEqual({ blue: [QUOTE] });

  // The same file again changes nothing.
  await library.getByTestId('import-file').setInputFiles(json.path);
  await expect(library.getByTestId('import-annotations')).toHaveText('Annotations: 0 new, 0 changed, 1 unchanged');
  await library.getByTestId('import-confirm').click();
  await expect(library.getByTestId('import-done')).toHaveText('Nothing to import: the library already holds all of it.');
  await library.getByTestId('library-home').click();
  await expect(library.getByTestId('annotation-note')).toHaveText('to restore');

  // The compressed backup reads back to the same records.
  const packed = await exportAs(library, 'json-gz');
  expect(packed.name).toMatch(/\.json\.gz$/);
  await library.getByTestId('show-import').click();
  await library.getByTestId('import-file').setInputFiles(packed.path);
  await expect(library.getByTestId('import-annotations')).toHaveText('Annotations: 0 new, 0 changed, 1 unchanged');
});

test('the library exports a search result as CSV, one row per matching annotation', async ({ ext, server }) => {
  const url = server.url('seed-review.html');
  const { page } = await seedPage(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: '=HYPERLINK("http://evil.example")', tags: 'formula' });
  await highlight(page, 'the recent mass anti-government demonstrations in Kazakhstan', { color: 'yellow', note: 'unrest' });
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
  await library.getByTestId('library-search').fill('unrest');
  await expect(library.getByTestId('annotation')).toHaveCount(1);
  await expect(library.getByTestId('export')).toHaveText('Export these results');
  const csv = await exportAs(library, 'csv');
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('Kazakhstan');
  await library.getByTestId('library-search').fill('');
  const all = await exportAs(library, 'csv');
  expect(all.text).toContain(`'=HYPERLINK`);
});
