import { readFile } from 'node:fs/promises';
import { expect, openPopup, reportedTab, test } from './harness';
import { highlight, painted } from './page-actions';

const QUOTE = 'Beijing is pushing forward a regional mechanism';

test('a whole session (detect, highlight, export, import) makes no network request of its own', async ({ ext, server }) => {
  const requests: string[] = [];
  ext.context.on('request', (r) => requests.push(r.url()));

  const url = server.url('seed-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  await highlight(page, QUOTE, { color: 'green', note: 'private note', tags: 'mine' });
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('annotation')).toHaveCount(1);
  await popup.getByTestId('export-format').selectOption('markdown');
  const [md] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export').click()]);
  expect(await readFile(await md.path(), 'utf8')).toContain(QUOTE);

  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
  await library.getByTestId('library-search').fill('private');
  await expect(library.getByTestId('annotation')).toHaveCount(1);
  await library.getByTestId('export-format').selectOption('json');
  const [json] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export').click()]);
  await library.getByTestId('show-import').click();
  await library.getByTestId('import-file').setInputFiles(await json.path());
  await library.getByTestId('import-confirm').click();
  await expect(library.getByTestId('import-done')).toBeVisible();
  await page.reload();
  await expect.poll(() => painted(page)).toEqual({ green: [QUOTE] });

  const local = new URL(url).origin;
  const foreign = requests.filter(
    (u) => !u.startsWith(`${local}/`) && !u.startsWith(`chrome-extension://${ext.extensionId}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
  );
  expect(requests.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});
