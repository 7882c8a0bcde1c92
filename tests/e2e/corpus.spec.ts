/**
 * Real pages of the kinds the extractor was widened for, served at their own paths (the
 * address's path is evidence: `/issue-brief/…`), recognised by the built extension in Chromium.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { badge, expect, openPopup, reportedTab, test, type Browserish } from './harness';
import { evaluatePage, loadCorpus, norm, type CorpusPage } from '../../scripts/corpus';
import { compare, describe as describeDiff, readInBrowser, verdictDiffers } from '../../scripts/eval-browser';
import { must } from '../../lib/must';

const pages = loadCorpus(undefined, ['tune']);
let tuneResults: ReturnType<typeof evaluatePage>[] | null = null;
/** The tune split as `npm run eval` reads it, once per file. */
const evaluated = () => (tuneResults ??= pages.map(evaluatePage));
const named = (id: string): CorpusPage => {
  const p = pages.find((x) => `${x.site}/${x.slug}` === id);
  if (!p) throw new Error(`no tune page ${id}`);
  return p;
};

/** Serves each page at its real address's path and query, on 127.0.0.1. */
async function serveAtRealPaths(list: readonly CorpusPage[]): Promise<{ url: (p: CorpusPage) => string; close: () => Promise<void> }> {
  const byPath = new Map<string, string>();
  const pathOf = (p: CorpusPage) => {
    const u = new URL(p.expected.url);
    return u.pathname + u.search;
  };
  for (const p of list) if (!byPath.has(pathOf(p))) byPath.set(pathOf(p), p.html);
  const server: Server = createServer((req, res) => {
    const file = byPath.get(req.url ?? '');
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: (p) => `http://127.0.0.1:${port}${pathOf(p)}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Opens the page in a tab, served at its real path, once the content script has reported it. */
async function visit(ext: Browserish, page: CorpusPage, use: (v: { tab: Page; tabId: number; url: string }) => Promise<void>): Promise<void> {
  const server = await serveAtRealPaths([page]);
  try {
    const url = server.url(page);
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const { tabId } = await reportedTab(ext, url);
    await use({ tab, tabId, url });
  } finally {
    await server.close();
  }
}

const CLASSES: [string, string][] = [
  ['a citation header in a journal review', 'muse.jhu.edu/review-atlas-of-the-pacific-islands'],
  ['a think tank’s publication page', 'atlanticcouncil.org/issue-brief-countering-ransomware'],
  ['a repository record in Russian', 'cyberleninka.ru/retsenziya-publishing-in-tsarist-russia'],
  ['a bookseller’s catalogue page in Turkish', 'neokuyorsun.com/kitabiyat-yazilari-1844-2014'],
  ['a review with Italian labels', 'ungattoinlibreria.wordpress.com/recensione-cose-spiegate-bene-libri'],
  ['a reader-review platform’s book page with German labels (`Verlag:`, `Ersterscheinung:`)', 'lesejury.de/der-gesang-der-flusskrebse'],
  ['a capsule review whose headline gives the work, its author and its house', 'archetype.co.nz/demon-copperhead'],
  ['a blog review on Blogger, its post inside a widget', 'featheredquillblog.com/gravity-of-birds'],
  ['a newspaper review that names the book and its imprint in its prose', 'winnipegfreepress.com/newman-drowning'],
  ['a reader’s review whose document title names the work and its author', 'babelio.com/critique-margorito-voyage-de-classes'],
  ['a bookshop’s page that declares its book (og:type) and names no author', 'tornamesa.co/esto-no-es-una-novela'],
  ['a journal article’s page with citation tags and no author shown', 'neiconjournal.com/article-view-117'],
];

for (const [what, id] of CLASSES) {
  test(`${what} lights the badge and the popup shows its work`, async ({ ext }) => {
    const page = named(id);
    await visit(ext, page, async ({ tabId }) => {
      await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
      const popup = await openPopup(ext, tabId);
      const work = must(page.expected.work, 'page.expected.work');
      // Compared as the evaluation compares (case and quote styles aside): a citation set in capitals keeps them.
      await expect.poll(async () => norm((await popup.getByTestId('work-title').textContent()) ?? '')).toBe(norm(String(work.title)));
      const authors = [...((work.authors as string[] | undefined) ?? []), ...((work.editors as string[] | undefined) ?? [])];
      const shown = norm((await popup.getByTestId('field-table').textContent()) ?? '');
      for (const name of authors) expect(shown, name).toContain(norm(name));
    });
  });
}

const REVIEWERS: [string, string][] = [
  ['a blog review whose prose alone names the book shows the reviewer its byline names', 'aestantedacarol.wixsite.com/resenha-finale'],
  ['a magazine review whose standfirst names its critic shows that critic as the reviewer', 'gorky.media/bollivud-na-manhettene'],
];

for (const [what, id] of REVIEWERS) {
  test(`${what}, apart from the work's author, in the popup`, async ({ ext }) => {
    const page = named(id);
    const reviewer = String(must(page.expected.review, 'page.expected.review').reviewer);
    await visit(ext, page, async ({ tabId }) => {
      await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
      const popup = await openPopup(ext, tabId);
      await expect(popup.getByTestId('value-review.reviewer')).toContainText(reviewer);
      await expect(popup.getByTestId('value-work.authors')).not.toContainText(reviewer);
    });
  });
}

/** Pages one reader alone lets through or reads right, with the fields that reader gives, each checked in the popup. */
const READ_BY: [string, string, ('authors' | 'editors' | 'publisher' | 'pages')[]][] = [
  [
    'a newspaper’s book column that sets the work’s title, author and publisher on lines of their own',
    'southernmail.co.za/read-of-the-week-22',
    ['authors', 'publisher'],
  ],
  ['a bookshop’s page whose details are list items opening with a bare label (`Imprint …`, `Pages 96`)', 'bookhype.com/arms-race', ['publisher', 'pages']],
  ['a review whose closing capsule quotes the title, full stops and all, before the house and the price', 'storiaglocale.com/album-di-famiglia', ['publisher']],
  [
    'a newspaper review whose opening names the work and its writer (`In "Sieben Jahre" erzählt Peter Stamm …`)',
    'badische-zeitung.de/licht-und-schatten',
    ['authors'],
  ],
  [
    'a blog post whose document title names the work `de` its author, named again in the opening',
    'petitfreredeblog.over-blog.fr/le-chant-de-la-mission',
    ['authors'],
  ],
  [
    'a review of an edited book whose card marks its editors (`A and B (eds)`)',
    'marxandphilosophy.org.uk/review-karl-marx-and-contemporary-philosophy',
    ['editors'],
  ],
];

for (const [what, id, fields] of READ_BY) {
  test(`${what} lights the badge and shows the work’s title and ${fields.join(' and ')} in the popup`, async ({ ext }) => {
    const page = named(id);
    const work = must(page.expected.work, 'page.expected.work');
    await visit(ext, page, async ({ tabId }) => {
      await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
      const popup = await openPopup(ext, tabId);
      await expect.poll(async () => norm((await popup.getByTestId('work-title').textContent()) ?? '')).toBe(norm(String(work.title)));
      for (const field of fields) {
        const want = work[field];
        expect(Array.isArray(want) ? want.length : want, `${id} gives its ${field}`).toBeTruthy();
        for (const value of Array.isArray(want) ? want : [want]) await expect(popup.getByTestId(`value-work.${field}`)).toContainText(String(value));
      }
    });
  });
}

const NOT_REVIEWS: [string, string][] = [
  ['a journal’s guidelines for its book reviewers', 'press.jhu.edu/guidelines-review-higher-education-book-reviews'],
  ['an encyclopedia article with a reference list', 'en.wikipedia.org/marching-squares'],
  ['a bookshop’s glossary of its catalogue’s abbreviations (`pp. – pagina’s`, `auteur – titel`)', 'matildasboek.nl/begrippen-en-afkortingen'],
];

for (const [what, id] of NOT_REVIEWS) {
  test(`${what} leaves the badge dark`, async ({ ext }) => {
    await visit(ext, named(id), async ({ tabId }) => {
      expect((await badge(ext, tabId)).text).toBe('');
      const popup = await openPopup(ext, tabId);
      await expect(popup.getByTestId('no-review')).toBeVisible();
      await expect(popup.getByTestId('review-question')).toHaveCount(0);
    });
  });
}

test('an unsure page asks the reader, and No turns the badge off on that page for good', async ({ ext }) => {
  test.setTimeout(180_000);
  // Whichever tune page the extractor is unsure of today (the fitted weights decide which).
  const unsure = evaluated().find((r) => r.unsure && r.page.expected.kind === 'review');
  expect(unsure, 'the tune split has a review the extractor is unsure of').toBeTruthy();
  await visit(ext, must(unsure, 'unsure').page, async ({ tab, tabId, url }) => {
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('?');

    const popup = await openPopup(ext, tabId);
    await expect(popup.getByTestId('review-question')).toContainText('Is this a review of a publication?');
    // What it found is shown under the question.
    await expect(popup.getByTestId('field-table')).toBeVisible();
    await popup.getByTestId('answer-no').click();
    await expect(popup.getByTestId('said-not-review')).toBeVisible();
    await expect(popup.getByTestId('review-question')).toHaveCount(0);
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('');

    // The answer is kept: the next visit neither lights the badge nor asks again.
    await tab.reload();
    await reportedTab(ext, url, (s) => s.seenAt > 0);
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('');
    const again = await openPopup(ext, tabId);
    await expect(again.getByTestId('said-not-review')).toBeVisible();
    await expect(again.getByTestId('review-question')).toHaveCount(0);

    // …and the reader can change their mind.
    await again.getByTestId('answer-undo-no').click();
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
  });
});

test('on a review the prefilter turned away, It is a review reads the page: the badge lights and the popup shows its work, after a reload too', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  // Whichever tune review the prefilter turns away today, of those whose title and authors the extractor reads right.
  const turnedAway = evaluated().find(
    (r) => r.prefiltered && r.page.expected.kind === 'review' && ['work.title', 'work.authors'].every((f) => r.fields.find((x) => x.field === f)?.ok),
  );
  expect(turnedAway, 'the tune split has such a review').toBeTruthy();
  const page = must(turnedAway, 'turnedAway').page;
  const work = must(page.expected.work, 'page.expected.work');
  const shows = async (popup: Page) => {
    await expect.poll(async () => norm((await popup.getByTestId('work-title').textContent()) ?? '')).toBe(norm(String(work.title)));
    for (const name of work.authors as string[]) await expect(popup.getByTestId('value-work.authors')).toContainText(name);
  };
  await visit(ext, page, async ({ tab, tabId, url }) => {
    expect((await badge(ext, tabId)).text).toBe('');
    const popup = await openPopup(ext, tabId);
    await expect(popup.getByTestId('no-review')).toBeVisible();
    await popup.getByTestId('answer-is-review').click();
    await shows(popup);
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');

    // Read afresh on the reload, though the prefilter turns the page away again.
    const { state: before } = await reportedTab(ext, url, (s) => s.extraction !== null);
    await tab.reload();
    await reportedTab(ext, url, (s) => s.extraction !== null && s.seenAt > before.seenAt);
    await expect.poll(async () => (await badge(ext, tabId)).text).toBe('✓');
    await shows(await openPopup(ext, tabId));
  });
});

test('the built extension judges and reads a sample of tune pages at their own addresses as npm run eval does in happy-dom', async () => {
  test.setTimeout(240_000);
  // Every 40th page, whatever it is: reviews, look-alikes and ordinary pages, some turned away by the prefilter.
  const sample = pages.filter((_, i) => i % 40 === 0);
  const read = await readInBrowser(sample);
  const comparisons = sample.map((p) => compare(p, must(read.get(p), `a reading of ${p.site}/${p.slug}`), evaluatePage(p)));
  expect(comparisons.filter((c) => verdictDiffers(c) || c.fieldDiffs.length).flatMap(describeDiff)).toEqual([]);
  // So that agreeing says something: the sample holds pages of each verdict, and fields compared.
  expect(comparisons.filter((c) => c.browser.detected).length).toBeGreaterThan(5);
  expect(comparisons.filter((c) => c.browser.prefiltered).length).toBeGreaterThan(3);
  expect(comparisons.filter((c) => c.browser.reported && !c.browser.prefiltered && !c.browser.detected).length).toBeGreaterThan(0);
  expect(comparisons.flatMap((c) => c.browser.fields).length).toBeGreaterThan(50);
});
