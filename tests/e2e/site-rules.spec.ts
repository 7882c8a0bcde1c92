import { badge, expect, openPopup, reportedTab, test, extractionOf, type Browserish } from './harness';

/**
 * Two reviews on one site whose card labels the generic extractor does not know ("Issued by"
 * for the publisher). A correction on the first page teaches the site; the second page shows
 * the right value without any action, until the rule is forgotten.
 */
test('a correction on one page of a site gives its other pages the right value, until the rule is forgotten', async ({ ext, server }) => {
  const first = server.url('site-rules/review-1.html');
  const second = server.url('site-rules/review-2.html');
  const site = new URL(first).host;

  const page = await ext.context.newPage();
  await page.goto(first);
  const one = await reportedTab(ext, first);
  const popup = await openPopup(ext, one.tabId);
  await expect(popup.getByTestId('work-title')).toHaveText('The Quiet Shore');
  await popup.getByTestId('show-all-fields').click();
  await expect(popup.getByTestId('value-work.publisher')).toContainText('missing');
  await popup.getByTestId('edit-work.publisher').click();
  await popup.getByTestId('field-input-work.publisher').fill('Harbor Press');
  await popup.getByTestId('save-field-work.publisher').click();
  await expect(popup.getByTestId('edited-work.publisher')).toBeVisible();
  // The rule is stored once the background has asked the page where the value stands.
  await expect
    .poll(() =>
      ext.worker.evaluate(
        () =>
          new Promise((r) => {
            const open = indexedDB.open('review-annotator');
            open.onsuccess = () => {
              const req = open.result.transaction('siteRules').objectStore('siteRules').getAll();
              req.onsuccess = () => {
                r(req.result.map((x: { field: string }) => x.field));
                open.result.close();
              };
            };
          }),
      ),
    )
    .toEqual(['work.publisher']);

  const other = await ext.context.newPage();
  await other.goto(second);
  const two = await reportedTab(ext, second, (s) => s.extraction?.fields['work.publisher']?.source === 'rule');
  const popup2 = await openPopup(ext, two.tabId);
  await expect(popup2.getByTestId('value-work.publisher')).toContainText('Quay Books');
  await expect(popup2.getByTestId('provenance-work.publisher')).toHaveText(`from your rule for ${site}`);
  // "Show" finds the rule's value on the page.
  await popup2.getByTestId('reveal-work.publisher').click();
  await expect.poll(() => other.evaluate(() => String(window.getSelection()))).toBe('Quay Books');

  // The library's Site rules view lists it, with the page it was used on.
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#rules`);
  const rule = library.locator(`[data-testid="rule-site"][data-site="${site}"] [data-testid="site-rule"]`);
  await expect(rule).toHaveCount(1);
  await expect(rule.getByTestId('rule-what')).toHaveText('Publisher');
  await expect(rule).toContainText('after “issued by”');
  await expect(rule.getByTestId('rule-applied')).toHaveText('used on 1 other page');

  await popup2.getByTestId('forget-rule-work.publisher').click();
  await expect(library.getByTestId('site-rules-empty')).toBeVisible();
  await expect(popup2.getByTestId('value-work.publisher')).toHaveCount(0);
  await popup2.getByTestId('show-all-fields').click();
  await expect(popup2.getByTestId('value-work.publisher')).toContainText('missing');
  await expect(popup2.getByTestId('provenance-work.publisher')).toHaveCount(0);
  // The first page keeps the reader's own correction.
  await popup.reload();
  await expect(popup.getByTestId('value-work.publisher')).toContainText('Harbor Press');
});

test('a rule that finds a paragraph where its field stood on another page leaves that field alone', async ({ ext, server }) => {
  const first = server.url('site-rules/review-1.html');
  const third = server.url('site-rules/review-3.html');
  await correctFields(ext, first, [
    ['work.publisher', 'Harbor Press'],
    ['work.date', '2023'],
  ]);
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#rules`);
  await expect(library.getByTestId('rule-what')).toHaveText(['Publisher', 'Date']);

  // On this page "Issued by" heads a sentence about the press, not its name: the date rule is
  // used, the publisher rule is not.
  const other = await ext.context.newPage();
  await other.goto(third);
  const three = await reportedTab(ext, third, (s) => s.extraction?.fields['work.date']?.source === 'rule');
  const extraction = extractionOf(three.state);
  expect(extraction.work.date).toBe('2019');
  expect(extraction.work.publisher).toBeNull();
  expect(extraction.fields['work.publisher']).toBeUndefined();
  const popup3 = await openPopup(ext, three.tabId);
  await popup3.getByTestId('show-all-fields').click();
  await expect(popup3.getByTestId('value-work.publisher')).toContainText('missing');
  await expect(popup3.getByTestId('provenance-work.publisher')).toHaveCount(0);
});

test('a No given on a blog’s dated post holds for its other dated posts, not for the pages of another section', async ({ ext, server }) => {
  const first = server.url('2024/05/the-quiet-shore.html');
  const dated = server.url('2024/06/salt-and-stone.html');
  const elsewhere = server.url('site-rules/review-3.html');

  await sayNotAReview(ext, first);

  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#rules`);
  await expect(library.getByTestId('rule-what')).toHaveText('Is this a review? No');
  await expect(library.getByTestId('site-rule')).toContainText('its dated posts');

  await readByVerdictRule(ext, dated);

  const third = await ext.context.newPage();
  await third.goto(elsewhere);
  const three = await reportedTab(ext, elsewhere, (s) => s.extraction != null);
  expect(extractionOf(three.state).verdictRule).toBeUndefined();
  await expect.poll(async () => (await badge(ext, three.tabId)).text).toBe('✓');

  await library.getByTestId('forget-rule').click();
  await expect(library.getByTestId('site-rules-empty')).toBeVisible();
});

test('a No to "Is this a review?" on one page of a site holds for its other pages, until the rule is forgotten', async ({ ext, server }) => {
  const first = server.url('site-rules/review-1.html');
  const second = server.url('site-rules/review-2.html');
  const site = new URL(first).host;

  const one = await sayNotAReview(ext, first);
  await expect.poll(async () => (await badge(ext, one.tabId)).text).toBe('');

  const two = await readByVerdictRule(ext, second);
  const popup2 = await openPopup(ext, two.tabId);
  await expect(popup2.getByTestId('verdict-rule')).toContainText(`Not a review: from your rule for ${site}.`);
  await expect(popup2.getByTestId('no-review')).toBeVisible();

  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#rules`);
  await expect(library.getByTestId('rule-what')).toHaveText('Is this a review? No');
  await popup2.getByTestId('forget-verdict-rule').click();
  await expect(library.getByTestId('site-rules-empty')).toBeVisible();
  await expect(popup2.getByTestId('work-title')).toHaveText('Salt and Stone');
  await expect.poll(async () => (await badge(ext, two.tabId)).text).toBe('✓');
  // The first page keeps the reader's own answer.
  expect((await badge(ext, one.tabId)).text).toBe('');
});

test('the library forgets one rule, then all of a site’s rules at once, then every rule', async ({ ext, server }) => {
  const first = server.url('site-rules/review-1.html');
  const { popup } = await correctFields(ext, first, [
    ['work.publisher', 'Harbor Press'],
    ['review.reviewer', 'Anna Smith'],
    ['work.title', 'The Quiet Shore'],
  ]);
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#rules`);
  await expect(library.getByTestId('site-rule')).toHaveCount(3);
  await library.getByTestId('site-rule').filter({ hasText: 'Reviewer' }).getByTestId('forget-rule').click();
  await expect(library.getByTestId('rule-what')).toHaveText(['Publisher', 'Title']);
  await library.getByTestId('forget-site-rules').click();
  await expect(library.getByTestId('site-rules-empty')).toBeVisible();

  // "Forget every rule" asks first, and forgets the rules of every site.
  await popup.getByTestId('edit-work.publisher').click();
  await popup.getByTestId('field-input-work.publisher').fill('Harbor Press');
  await popup.getByTestId('save-field-work.publisher').click();
  await expect(library.getByTestId('site-rule')).toHaveCount(1);
  library.once('dialog', (dialog) => void dialog.accept());
  await library.getByTestId('forget-all-rules').click();
  await expect(library.getByTestId('site-rules-empty')).toBeVisible();
});

test('“It is a review” on a page the extension passed over lights its badge, and teaches the site', async ({ ext, server }) => {
  const url = server.url('pages/not-a-review.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const { tabId } = await reportedTab(ext, url);
  expect((await badge(ext, tabId)).text).toBe('');
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('answer-is-review').click();
  await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.extensionId}/library.html#rules`);
  await expect(library.getByTestId('rule-what')).toHaveText('Is this a review? Yes');
});

/**
 * Two pages of a site the extractor is unsure of (an `Author:` line, a title, some prose) and an
 * interview on the same site that names the same kind of people. A Yes on the first page answers
 * the question on the second; the interview, which the extractor judged no review without
 * asking, stays without a badge.
 */
test('a Yes on one page of a site answers the question on its other pages, and leaves the pages it judged no review alone', async ({ ext, server }) => {
  const first = server.url('site-rules/asked-1.html');
  const second = server.url('site-rules/asked-2.html');
  const interview = server.url('site-rules/talk.html');
  const site = new URL(first).host;

  const { tab: one } = await answerInPopup(ext, first, '?', 'answer-yes');
  await expect.poll(async () => (await badge(ext, one.tabId)).text).toBe('✓');

  const other = await ext.context.newPage();
  await other.goto(second);
  const two = await reportedTab(ext, second, (s) => s.extraction?.verdictRule != null);
  expect(extractionOf(two.state).isReview).toBe(true);
  await expect.poll(async () => (await badge(ext, two.tabId)).text).toBe('✓');
  const popup2 = await openPopup(ext, two.tabId);
  await expect(popup2.getByTestId('verdict-rule')).toContainText(`A review: from your rule for ${site}.`);
  await expect(popup2.getByTestId('work-title')).toHaveText('Winter Harbour');

  const talk = await ext.context.newPage();
  await talk.goto(interview);
  const three = await reportedTab(ext, interview, (s) => s.extraction != null);
  // The interview shows something of a review (a title and a name), short of a question.
  expect(extractionOf(three.state).confidence).toBeGreaterThan(0);
  expect(extractionOf(three.state).verdictRule).toBeUndefined();
  expect(extractionOf(three.state).isReview).toBe(false);
  expect((await badge(ext, three.tabId)).text).toBe('');
});

/** Opens a page, checks the mark its badge shows, and answers "Is this a review?" in its popup. */
async function answerInPopup(ext: Browserish, url: string, shown: '✓' | '?', answer: 'answer-yes' | 'answer-not-review') {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tab = await reportedTab(ext, url);
  await expect.poll(async () => (await badge(ext, tab.tabId)).text).toBe(shown);
  const popup = await openPopup(ext, tab.tabId);
  await popup.getByTestId(answer).click();
  return { tab, popup };
}

/** Answers No on a page the extension takes for a review. */
async function sayNotAReview(ext: Browserish, url: string) {
  const { tab, popup } = await answerInPopup(ext, url, '✓', 'answer-not-review');
  await expect(popup.getByTestId('said-not-review')).toBeVisible();
  return tab;
}

/** Opens a page that a site's No rule covers: it is no review, and its badge stays off. */
async function readByVerdictRule(ext: Browserish, url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tab = await reportedTab(ext, url, (s) => s.extraction?.verdictRule != null);
  expect(extractionOf(tab.state).isReview).toBe(false);
  await expect.poll(async () => (await badge(ext, tab.tabId)).text).toBe('');
  return tab;
}

/** Opens the page and its popup, and corrects the given fields there as a reader does. */
async function correctFields(ext: Browserish, url: string, corrections: readonly (readonly [string, string])[]) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const one = await reportedTab(ext, url);
  const popup = await openPopup(ext, one.tabId);
  await popup.getByTestId('show-all-fields').click();
  for (const [field, value] of corrections) {
    await popup.getByTestId(`edit-${field}`).click();
    await popup.getByTestId(`field-input-${field}`).fill(value);
    await popup.getByTestId(`save-field-${field}`).click();
    await expect(popup.getByTestId(`edited-${field}`)).toBeVisible();
  }
  return { one, popup };
}
