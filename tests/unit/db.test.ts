import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewDb } from '@/lib/db';
import { makeV1, V1_ANNOTATION, V1_PAGE } from './v1-fixture';

let db: ReviewDb;
afterEach(async () => {
  await db?.delete();
});

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
