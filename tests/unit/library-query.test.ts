import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewDb } from '@/lib/db';
import { createStore } from '@/lib/store';
import { TRASH_DAYS } from '@/lib/store/trash';
import { libraryFacets, libraryPage, queryLibrary, trashContents } from '@/lib/library/query';
import { effectiveFields, parseFieldInput } from '@/lib/library/corrections';
import { matcherFor, termsOf, words } from '@/lib/library/search-terms';
import { rng } from '../../scripts/rng';
import { emptyReview, emptyWork, type Extraction, type Work } from '@/lib/extract/schema';
import type { HighlightColor } from '@/lib/annotation';
import { must } from '../../lib/must';

let db: ReviewDb;
let clock: number;
let ids: number;
const store = () =>
  createStore(
    db,
    () => clock,
    () => `annotation-${String(++ids).padStart(4, '0')}`,
  );

function extraction(url: string, work: Partial<Work>): Extraction {
  return { url, isReview: true, confidence: 0.9, work: { ...emptyWork(), ...work }, review: emptyReview(), fields: {} };
}

async function annotate(url: string, work: Partial<Work>, quotes: [exact: string, color: HighlightColor, note: string, tags: string[]][]) {
  const s = store();
  const page = { url, title: `Review of ${work.title}`, canonical: null };
  const out = [];
  for (const [exact, color, note, tags] of quotes) {
    clock += 1000;
    out.push(
      await s.annotations.addHighlight(page, extraction(url, work), {
        selectors: {
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: exact.length },
        },
        color,
        note,
        tags,
      }),
    );
  }
  return out;
}

beforeEach(async () => {
  db = new ReviewDb(`library-${Math.random()}`);
  clock = 1_750_000_000_000;
  ids = 0;
  await annotate(
    'https://steppe.example/reviews/caravans',
    { title: 'Caravans of the Steppe', authors: ['Aigerim Sadykova'], date: '2019', type: 'Book', publisher: 'Silk Road Press', keywords: ['trade', 'nomads'] },
    [
      ['The caravan routes shifted north after 1850', 'yellow', 'Check the customs ledgers', ['trade']],
      ['Salt was taxed twice', 'green', 'Über-taxation, see chapter 4', ['tax', 'trade']],
    ],
  );
  await annotate(
    'https://www.policy.example/reports/water',
    {
      title: 'Water Sharing in Central Asia',
      authors: ['Timur Akhmedov', 'Lena Park'],
      date: '2022-05',
      type: 'Report',
      publisher: 'Policy Institute',
      keywords: ['water', 'Aral Sea'],
    },
    [
      ['Upstream dams reduced the flow by a third', 'blue', 'Contrast with the 1990s treaty', ['water']],
      ['水资源分配 remains contested', 'pink', '', ['water', 'china']],
    ],
  );
  await annotate(
    'https://steppe.example/reviews/archive',
    { title: 'An Archive of Frontier Letters', authors: ['M. Ibrahim'], date: null, type: 'Book', publisher: 'Frontier House', keywords: ['archives'] },
    [['Letters from the garrison', 'yellow', 'Primary sources on the Russian fort', ['sources']]],
  );
});
afterEach(async () => {
  await db.delete();
});

const titles = (r: Awaited<ReturnType<typeof queryLibrary>>) => r.entries.map((e) => e.work.title);
const quotes = (r: Awaited<ReturnType<typeof queryLibrary>>) => r.entries.flatMap((e) => e.annotations.map((a) => a.target?.quote.exact));

describe('search terms', () => {
  it('the matcher agrees with the terms on every generated text and query', () => {
    const next = rng(7);
    // Letters with and without accents, digits, CJK of several scripts, punctuation and spaces.
    const pieces = [
      'ka',
      'Ré',
      'zen',
      'ü',
      'ß',
      'Ǆ',
      '42',
      'x',
      '水',
      '资源',
      'カタ',
      '한글',
      'の',
      '-',
      ' ',
      ', ',
      '.',
      '\n',
      '(',
      'GDP',
      '增长',
      'e\u0301',
      '\u00a0',
      'İ',
    ];
    const text = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    let agreed = 0;
    for (let i = 0; i < 3000; i++) {
      const texts = [text(), next() < 0.5 ? text() : null, text()];
      // Queries from the texts' own words (whole, cut short, or one CJK character) and from unrelated text.
      const own = words(texts.filter(Boolean).join(' '));
      const pick = () => {
        const w = own[Math.floor(next() * own.length)] ?? 'zen';
        return next() < 0.5 ? w : w.slice(0, 1 + Math.floor(next() * w.length));
      };
      const query = words([pick(), next() < 0.5 ? pick() : '', next() < 0.3 ? text() : ''].join(' '));
      const expected = query.every((w) => termsOf(...texts).some((t) => t.startsWith(w)));
      expect(matcherFor(query)(texts), `${JSON.stringify(texts)} / ${JSON.stringify(query)}`).toBe(expected);
      if (expected) agreed++;
    }
    // Both outcomes are exercised.
    expect(agreed).toBeGreaterThan(500);
    expect(agreed).toBeLessThan(2500);
  });

  it('folds case and accents, splits on punctuation, and pairs CJK characters', () => {
    expect(words('Über-taxation, SEE ch.4')).toEqual(['uber', 'taxation', 'see', 'ch', '4']);
    expect(words('水资源分配')).toEqual(['水资', '资源', '源分', '分配']);
    expect(words('GDP增长')).toEqual(['gdp', '增长']);
    expect(termsOf('a a b', ['b', 'c'], null)).toEqual(['a', 'b', 'c']);
  });
});

describe('queryLibrary', () => {
  it('lists every page newest first, with its annotations oldest first', async () => {
    const r = await queryLibrary(db);
    expect(titles(r)).toEqual(['An Archive of Frontier Letters', 'Water Sharing in Central Asia', 'Caravans of the Steppe']);
    expect(must(r.entries[2], 'r.entries[2]').annotations.map((a) => a.note)).toEqual(['Check the customs ledgers', 'Über-taxation, see chapter 4']);
    expect([r.totalPages, r.totalAnnotations]).toEqual([3, 5]);
  });

  it('finds a word of a note, as typed (prefix), without accents', async () => {
    const r = await queryLibrary(db, { text: 'uber-tax' });
    expect(quotes(r)).toEqual(['Salt was taxed twice']);
    expect(must(r.entries[0], 'r.entries[0]').pageMatched).toBe(false);
  });

  it('finds quotes and tags, every word required', async () => {
    expect(quotes(await queryLibrary(db, { text: 'upstream flow' }))).toEqual(['Upstream dams reduced the flow by a third']);
    expect(quotes(await queryLibrary(db, { text: 'upstream salt' }))).toEqual([]);
    expect(quotes(await queryLibrary(db, { text: 'sources' }))).toEqual(['Letters from the garrison']);
    expect(quotes(await queryLibrary(db, { text: '资源' }))).toEqual(['水资源分配 remains contested']);
  });

  it('finds a page by its work’s fields (keyword, author, publisher) and then shows all its annotations', async () => {
    const byKeyword = await queryLibrary(db, { text: 'nomads' });
    expect(titles(byKeyword)).toEqual(['Caravans of the Steppe']);
    expect(must(byKeyword.entries[0], 'byKeyword.entries[0]').pageMatched).toBe(true);
    expect(must(byKeyword.entries[0], 'byKeyword.entries[0]').annotations).toHaveLength(2);
    expect(titles(await queryLibrary(db, { text: 'akhmed' }))).toEqual(['Water Sharing in Central Asia']);
    expect(titles(await queryLibrary(db, { text: 'frontier house' }))).toEqual(['An Archive of Frontier Letters']);
  });

  it('filters by tag, colour, site, type and year', async () => {
    expect(quotes(await queryLibrary(db, { tag: 'trade' }))).toEqual(['The caravan routes shifted north after 1850', 'Salt was taxed twice']);
    expect(quotes(await queryLibrary(db, { color: 'yellow' })).sort()).toEqual(['Letters from the garrison', 'The caravan routes shifted north after 1850']);
    expect(quotes(await queryLibrary(db, { tag: 'trade', color: 'green' }))).toEqual(['Salt was taxed twice']);
    // The page has the tag on one annotation and the colour on another: neither annotation has both.
    expect(await queryLibrary(db, { tag: 'tax', color: 'yellow' })).toMatchObject({ entries: [], totalPages: 0 });
    // Moving an annotation to the trash takes its pair out of the page's index.
    const salt = must(
      (await db.annotations.all()).find((a) => a.target?.quote.exact === 'Salt was taxed twice'),
      'the annotation on Salt was taxed twice',
    );
    await store().trash.trashAnnotation(salt.id);
    expect(await queryLibrary(db, { tag: 'trade', color: 'green' })).toMatchObject({ entries: [], totalPages: 0 });
    expect(titles(await queryLibrary(db, { site: 'policy.example' }))).toEqual(['Water Sharing in Central Asia']);
    expect(titles(await queryLibrary(db, { type: 'Book' }))).toEqual(['An Archive of Frontier Letters', 'Caravans of the Steppe']);
    expect(titles(await queryLibrary(db, { year: '2022' }))).toEqual(['Water Sharing in Central Asia']);
    expect(titles(await queryLibrary(db, { text: 'letters', site: 'policy.example' }))).toEqual([]);
  });

  it('sorts by date saved, by the work’s date (undated last), by title', async () => {
    expect(titles(await queryLibrary(db, { sort: 'workDate' }))).toEqual([
      'Water Sharing in Central Asia',
      'Caravans of the Steppe',
      'An Archive of Frontier Letters',
    ]);
    expect(titles(await queryLibrary(db, { sort: 'title' }))).toEqual([
      'An Archive of Frontier Letters',
      'Caravans of the Steppe',
      'Water Sharing in Central Asia',
    ]);
    const limited = await queryLibrary(db, { sort: 'title', limit: 1 });
    expect([titles(limited), limited.totalPages]).toEqual([['An Archive of Frontier Letters'], 3]);
  });

  it('offers the tags, sites, types, years and colours present', async () => {
    expect(await libraryFacets(db)).toEqual({
      tags: ['china', 'sources', 'tax', 'trade', 'water'],
      sites: ['policy.example', 'steppe.example'],
      types: ['Book', 'Report'],
      years: ['2022', '2019'],
      colors: ['blue', 'green', 'pink', 'yellow'],
    });
  });
});

describe('corrections', () => {
  it('the user’s value wins over the extracted one, survives a new extraction, and can be reset', async () => {
    const s = store();
    const url = 'https://steppe.example/reviews/caravans';
    const key = 'https://steppe.example/reviews/caravans';
    await s.corrections.correctSavedField(key, 'work.authors', parseFieldInput('work.authors', 'A. Sadykova; B. Nurlanov'));
    // The page is seen again with a fresh extraction: the correction stands.
    await s.pages.save({ url, title: 'Review', canonical: null }, extraction(url, { title: 'Caravans of the Steppe', authors: ['Someone Else'] }));
    let page = must(await db.pages.get(key), 'db.pages.get(key)');
    let eff = effectiveFields(page.extraction, page.corrections);
    expect(eff.work.authors).toEqual(['A. Sadykova', 'B. Nurlanov']);
    expect([...eff.edited]).toEqual(['work.authors']);
    expect(page.extraction?.work.authors).toEqual(['Someone Else']);
    // Search sees the corrected value, not the extracted one.
    expect(titles(await queryLibrary(db, { text: 'nurlanov' }))).toEqual(['Caravans of the Steppe']);
    expect(titles(await queryLibrary(db, { text: 'someone' }))).toEqual([]);
    await s.corrections.correctSavedField(key, 'work.authors', undefined);
    page = must(await db.pages.get(key), 'db.pages.get(key)');
    eff = effectiveFields(page.extraction, page.corrections);
    expect([eff.work.authors, eff.edited.size]).toEqual([['Someone Else'], 0]);
  });

  it('refuses a value that does not fit its field', async () => {
    await expect(store().corrections.correctSavedField('https://steppe.example/reviews/caravans', 'work.pages', 'many')).rejects.toThrow(/work.pages/);
    expect(parseFieldInput('work.pages', '312 pp.')).toBe(312);
    expect(parseFieldInput('work.pages', '1,024 pages, 12 plates')).toBe(1024);
    expect(parseFieldInput('work.pages', '')).toBeNull();
  });
});

describe('trash', () => {
  it('deleted annotations leave the library and come back on restore', async () => {
    const s = store();
    const a = must(must((await queryLibrary(db, { text: 'salt' })).entries[0], 'the salt entry').annotations[0], 'its annotation');
    await s.trash.trashAnnotations([a.id]);
    expect(quotes(await queryLibrary(db, { text: 'salt' }))).toEqual([]);
    expect((await trashContents(db)).annotations.map((x) => x.id)).toEqual([a.id]);
    await s.trash.restoreAnnotations([a.id]);
    expect(quotes(await queryLibrary(db, { text: 'salt' }))).toEqual(['Salt was taxed twice']);
  });

  it('a page goes to the trash with its annotations; restoring it brings back only those', async () => {
    const s = store();
    const key = 'https://steppe.example/reviews/caravans';
    const entry = await libraryPage(db, key);
    await s.trash.trashAnnotation(must(must(entry, 'entry').annotations[0], 'entry.annotations[0]').id); // deleted on its own, before
    clock += 1000;
    await s.trash.trashPages([key]);
    expect(titles(await queryLibrary(db))).not.toContain('Caravans of the Steppe');
    const trash = await trashContents(db);
    expect([trash.pages.map((p) => p.key), trash.annotations.length]).toEqual([[key], 1]);
    await s.trash.restorePages([key]);
    expect(must(await libraryPage(db, key), 'libraryPage(db, key)').annotations.map((a) => a.target?.quote.exact)).toEqual(['Salt was taxed twice']);
  });

  it('keeps deleted records for 30 days, then deletes them for good', async () => {
    const s = store();
    const key = 'https://www.policy.example/reports/water';
    await s.trash.trashPages([key]);
    const lone = must(must((await queryLibrary(db, { text: 'garrison' })).entries[0], 'the garrison entry').annotations[0], 'its annotation');
    clock += 1;
    await s.trash.trashAnnotations([lone.id]);
    clock += (TRASH_DAYS - 1) * 86_400_000;
    expect(await s.trash.purge()).toEqual({ pages: 0, annotations: 0 });
    clock += 86_400_000 + 10;
    expect(await s.trash.purge()).toEqual({ pages: 1, annotations: 3 });
    expect(await db.pages.get(key)).toBeUndefined();
    expect(await db.annotations.count()).toBe(2);
    expect(await trashContents(db)).toEqual({ pages: [], annotations: [] });
  });

  it('changes colour and tags of several annotations at once', async () => {
    const s = store();
    const ids = (await queryLibrary(db, { tag: 'trade' })).entries.flatMap((e) => e.annotations.map((a) => a.id));
    expect(await s.annotations.updateMany(ids, { color: 'purple', addTags: ['reread'], removeTags: ['trade'] })).toBe(2);
    expect(quotes(await queryLibrary(db, { tag: 'trade' }))).toEqual([]);
    const again = await queryLibrary(db, { tag: 'reread', color: 'purple' });
    expect(must(again.entries[0], 'again.entries[0]').annotations.map((a) => a.tags)).toEqual([['reread'], ['tax', 'reread']]);
  });
});

describe('queryLibrary on a library larger than one window of the newest-saved order', () => {
  it('pages past the first windows, those in the trash, and the counts are the same as reading the whole order', async () => {
    // 300 pages, every fifth in the trash, every third and every seventeenth tagged.
    const pages = Array.from({ length: 300 }, (_, i) => ({ url: `https://many.example/r/${i}`, title: `Review ${i}`, canonical: null }));
    for (const [i, page] of pages.entries()) {
      clock += 1000;
      await store().annotations.addHighlight(page, extraction(page.url, { title: `Work ${i}` }), {
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: `quote ${i}`, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 7 },
        },
        color: 'yellow',
        note: '',
        tags: [...(i % 3 ? [] : ['third']), ...(i % 17 ? [] : ['seventeenth'])],
      });
    }
    clock += 1000;
    await store().trash.trashPages(pages.filter((_, i) => i % 5 === 0).map((p) => p.url));
    const key = (e: { page: { url: string } }) => Number(e.page.url.split('/').pop());
    // Newest saved first: the three pages of beforeEach were saved before these.
    const live = pages
      .map((_, i) => i)
      .filter((i) => i % 5 !== 0)
      .reverse();

    const all = await queryLibrary(db, { sort: 'saved' });
    expect(all.entries.slice(0, live.length).map(key)).toEqual(live);
    expect(all.entries).toHaveLength(live.length + 3);
    expect(all.totalPages).toBe(live.length + 3);
    const firstScreen = await queryLibrary(db, { sort: 'saved', limit: 25 });
    expect(firstScreen.entries.map(key)).toEqual(live.slice(0, 25));
    expect(firstScreen.totalPages).toBe(live.length + 3);
    // Many candidates (read in windows) and few (read in full) give the order and counts a full read gives.
    const tagged = live.filter((i) => i % 3 === 0);
    const byTag = await queryLibrary(db, { tag: 'third', sort: 'saved', limit: 30 });
    expect(byTag.entries.map(key)).toEqual(tagged.slice(0, 30));
    expect(byTag.totalPages).toBe(tagged.length);
    const sparse = live.filter((i) => i % 17 === 0);
    const bySparseTag = await queryLibrary(db, { tag: 'seventeenth', sort: 'saved', limit: 5 });
    expect(bySparseTag.entries.map(key)).toEqual(sparse.slice(0, 5));
    expect(bySparseTag.totalPages).toBe(sparse.length);
    const byWord = await queryLibrary(db, { text: 'quote', sort: 'saved', limit: 200 });
    expect(byWord.entries.map(key)).toEqual(live.slice(0, 200));
    expect(byWord.totalPages).toBe(live.length);
  });
});
