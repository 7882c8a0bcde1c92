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
    const a = await db.annotations.get(V1_ANNOTATION.id);
    expect(a).toMatchObject(V1_ANNOTATION);
    expect(await db.annotations.where('terms').startsWith('ferg').primaryKeys()).toEqual([V1_ANNOTATION.id]);
    expect(await db.annotations.where('terms').equals('borders').primaryKeys()).toEqual([V1_ANNOTATION.id]);
    expect(await db.pages.where('terms').equals('steppe').primaryKeys()).toEqual([V1_PAGE.key]);
  });

  it('search terms follow every write, including partial updates by key path', async () => {
    db = new ReviewDb(`terms-${Math.random()}`);
    await db.annotations.add({ ...(V1_ANNOTATION as any), terms: undefined });
    await db.annotations.update(V1_ANNOTATION.id, { note: 'Über die Grenzen' });
    expect(await db.annotations.where('terms').equals('uber').count()).toBe(1);
    expect(await db.annotations.where('terms').equals('1998').count()).toBe(0);
    await db.pages.add({ ...V1_PAGE, corrections: {}, deleted: null });
    await db.pages.update(V1_PAGE.key, { 'corrections.work.title': 'Caravan Ledgers' } as any);
    expect((await db.pages.get(V1_PAGE.key))?.corrections).toEqual({ work: { title: 'Caravan Ledgers' } });
    expect(await db.pages.where('terms').equals('caravan').count()).toBe(1);
  });
});
