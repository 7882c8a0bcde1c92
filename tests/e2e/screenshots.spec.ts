/**
 * Pictures of the extension's views, compared with baselines made with the same Debian Chromium
 * the tests run (`npx playwright test screenshots --update-snapshots` after a deliberate change),
 * in light and dark, at the sizes people use: a layout regression fails here. What changes from
 * run to run (addresses with the server's port, save times) is masked.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openPopup, reportedTab, test } from './harness';
import { highlight, selectWithMouse } from './page-actions';

const QUOTE = 'Beijing is pushing forward a regional mechanism';
const SHOT = { maxDiffPixelRatio: 0.01, animations: 'disabled' as const, caret: 'hide' as const };
/** What changes from run to run: the page's address (the server's port) and when it was saved. */
const changing = (p: Page): Locator[] => [p.getByTestId('page-url'), p.getByTestId('saved'), p.locator('time')];
/** The library's lines of dates (saved, deleted, days left). */
const dated = (p: Page): Locator[] => [...changing(p), p.locator('.meta')];

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, library and in-page toolbar look as they should (${scheme})`, async ({ ext, server }) => {
    const url = server.url('seed-review.html');
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    const { tabId } = await reportedTab(ext, url);

    // The popup before anything is highlighted, and a page that is no review.
    const popup = await openPopup(ext, tabId);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('work-title')).toBeVisible();
    await expect(popup).toHaveScreenshot(`popup-review-${scheme}.png`, { ...SHOT, mask: changing(popup) });
    const plainUrl = server.url('pages/not-a-review.html');
    const plain = await ext.context.newPage();
    await plain.goto(plainUrl);
    const other = await reportedTab(ext, plainUrl);
    const plainPopup = await openPopup(ext, other.tabId);
    await plainPopup.setViewportSize({ width: 420, height: 600 });
    await plainPopup.emulateMedia({ colorScheme: scheme });
    await expect(plainPopup.getByTestId('no-review')).toBeVisible();
    await expect(plainPopup).toHaveScreenshot(`popup-not-review-${scheme}.png`, { ...SHOT, mask: changing(plainPopup) });

    // The in-page toolbar on a selection, with its note field open.
    await page.bringToFront();
    expect(await selectWithMouse(page, QUOTE)).toBe(QUOTE);
    await page.getByTestId('ra-note-toggle').click();
    await expect(page.getByTestId('ra-toolbar')).toHaveScreenshot(`toolbar-${scheme}.png`, SHOT);
    await page.getByTestId('ra-close').click();
    await highlight(page, QUOTE, { color: 'green', note: 'A note to compare', tags: 'security' });

    // The popup with a highlight, the library's list and its trash.
    await popup.reload();
    await expect(popup.getByTestId('annotation-quote')).toHaveText(QUOTE);
    await expect(popup).toHaveScreenshot(`popup-highlights-${scheme}.png`, { ...SHOT, mask: changing(popup) });
    const library = await ext.context.newPage();
    await library.setViewportSize({ width: 1000, height: 800 });
    await library.emulateMedia({ colorScheme: scheme });
    await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await expect(library.getByTestId('annotation')).toHaveCount(1);
    await expect(library).toHaveScreenshot(`library-list-${scheme}.png`, { ...SHOT, mask: dated(library) });
    await library.getByTestId('annotation').getByTestId('delete-annotation').click();
    await library.getByTestId('show-trash').click();
    await expect(library.getByTestId('trash-annotation')).toHaveCount(1);
    await expect(library).toHaveScreenshot(`library-trash-${scheme}.png`, { ...SHOT, mask: dated(library) });
  });
}
