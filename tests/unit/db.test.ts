import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewDb } from '@/lib/db';

let db: ReviewDb;
afterEach(async () => {
  await db?.delete();
});

/** What version 1 (the first release) wrote: kept here as the fixture every later version must read. */
const V1_PAGE = { key: 'https://www.reviews.example/r/1', url: 'https://www.reviews.example/r/1?utm_source=x', title: 'A review of Steppe Trade', canonicalKey: null, extraction: null, savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_500 };
const V1_ANNOTATION = {
  id: 'a1b2c3d4e5f6', pageKey: V1_PAGE.key, url: V1_PAGE.url, title: V1_PAGE.title, motivation: 'highlighting',
  target: { quote: { type: 'TextQuoteSelector', exact: 'customs posts along the Ferghana valley', prefix: 'the ', suffix: ' were' }, position: { type: 'TextPositionSelector', start: 10, end: 49 } },
  color: 'green', note: 'Compare with the 1998 report', tags: ['trade', 'borders'], created: 1_700_000_000_100, updated: 1_700_000_000_200, deleted: null,
};

async function makeV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    pages: 'key, url, canonicalKey, savedAt, updatedAt',
    annotations: 'id, pageKey, created, updated, deleted, *tags, color',
  });
  await v1.open();
  await v1.table('pages').put(V1_PAGE);
  await v1.table('annotations').put(V1_ANNOTATION);
  v1.close();
}

describe('ReviewDb', () => {
  it('opens with the current schema and stores a page record by key', async () => {
    db = new ReviewDb(`test-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'pages']);
    expect(db.pages.schema.primKey.keyPath).toBe('key');
    await db.pages.put({ key: 'https://a.b/x', url: 'https://www.a.b/x?utm_source=z', title: 'X', canonicalKey: null, extraction: null, corrections: {}, savedAt: 1, updatedAt: 2, deleted: null });
    expect((await db.pages.get('https://a.b/x'))?.title).toBe('X');
    expect(await db.pages.where('savedAt').above(0).count()).toBe(1);
    expect(await db.pages.where('site').equals('a.b').count()).toBe(1);
  });

  it('a version 1 database upgrades with every record intact and indexed for search', async () => {
    const name = `upgrade-${Math.random()}`;
    await makeV1(name);
    db = new ReviewDb(name);
    await db.open();
    const page = await db.pages.get(V1_PAGE.key);
    expect(page).toMatchObject({ ...V1_PAGE, corrections: {}, deleted: null, site: 'reviews.example' });
    expect(await db.annotations.get(V1_ANNOTATION.id)).toEqual(V1_ANNOTATION);
    // The page gathers its annotations' words, tags and colours, and its own words.
    for (const w of ['ferg', 'borders', 'steppe']) expect(await db.pages.where('allTerms').startsWith(w).primaryKeys(), w).toEqual([V1_PAGE.key]);
    expect(await db.pages.where('tags').equals('trade').primaryKeys()).toEqual([V1_PAGE.key]);
    expect(await db.pages.where('colors').equals('green').primaryKeys()).toEqual([V1_PAGE.key]);
  });

  it('a page’s own index columns follow every write, including partial updates by key path', async () => {
    db = new ReviewDb(`terms-${Math.random()}`);
    await db.pages.add({ ...V1_PAGE, corrections: {}, deleted: null });
    await db.pages.update(V1_PAGE.key, { 'corrections.work.title': 'Caravan Ledgers', 'corrections.work.date': '1998-05' } as any);
    expect((await db.pages.get(V1_PAGE.key))?.corrections).toEqual({ work: { title: 'Caravan Ledgers', date: '1998-05' } });
    expect(await db.pages.where('allTerms').equals('caravan').count()).toBe(1);
    expect(await db.pages.where('workYear').equals('1998').count()).toBe(1);
    expect(await db.pages.where('sortTitle').equals('caravan ledgers').count()).toBe(1);
    await db.pages.update(V1_PAGE.key, { 'corrections.work.date': null } as any);
    expect(await db.pages.where('workYear').equals('1998').count()).toBe(0);
  });
});
