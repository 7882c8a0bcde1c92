import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewDb } from '@/lib/db';

let db: ReviewDb;
afterEach(async () => {
  await db?.delete();
});

describe('ReviewDb', () => {
  it('opens with the current schema and stores a page record by key', async () => {
    db = new ReviewDb(`test-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'pages']);
    expect(db.pages.schema.primKey.keyPath).toBe('key');
    await db.pages.put({ key: 'https://a.b/x', url: 'https://a.b/x?utm_source=z', title: 'X', canonicalKey: null, extraction: null, savedAt: 1, updatedAt: 2 });
    expect((await db.pages.get('https://a.b/x'))?.title).toBe('X');
    expect(await db.pages.where('savedAt').above(0).count()).toBe(1);
  });
});
