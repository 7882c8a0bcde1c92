import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { colorTagKey, ReviewDb } from '@/lib/db';
import { makeV1, V1_ANNOTATION, V1_PAGE } from './v1-fixture';
import { ANNOTATION_STORE, CHUNK_SIZE, type AnnotationChunk } from '@/lib/annotation-table';
import { asV5Rows, V1_SCHEMA } from './v1-fixture';

/** The schemas as released in versions 1 to 6, written as those versions' code wrote them. */
const RELEASED = {
  1: V1_SCHEMA,
  2: {
    pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors',
    annotations: 'id, pageKey, created, updated, deleted, *tags, color',
  },
  3: {
    pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors, *colorTags',
    annotations: 'id, pageKey, created, updated, deleted, *tags, color',
  },
  4: {
    pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors, *colorTags',
    annotations: 'id, pageKey, deleted',
  },
  5: {
    pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors, *colorTags',
    annotationPacks: 'pageKey, *ids, *trashed',
  },
  6: {
    pages: 'key, url, canonicalKey, savedAt, updatedAt, deleted, site, workType, workYear, workDate, sortTitle, *allTerms, *tags, *colors, *colorTags',
    annotationPacks: 'pageKey, *ids, *trashed',
    siteRules: 'id, site',
    workChoices: 'pageKey',
  },
};

/** What IndexedDB itself holds, not what Dexie was told: each store's index names. */
function storesOnDisk(name: string): Promise<Record<string, string[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error ?? new Error(`opening ${name} failed`));
    open.onsuccess = () => {
      const idb = open.result;
      const names = [...idb.objectStoreNames];
      resolve(Object.fromEntries(names.map((n) => [n, [...idb.transaction(n).objectStore(n).indexNames].sort()])));
      idb.close();
    };
  });
}

/** A database made by a released version, holding these records. */
async function writeAsReleased(
  name: string,
  version: keyof typeof RELEASED,
  pages: object[],
  annotations: Annotation[],
  more: Record<string, object[]> = {},
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(RELEASED[version]);
  await old.table('pages').bulkPut(pages);
  if (version < 5) await old.table('annotations').bulkPut(annotations);
  else await old.table('annotationPacks').bulkPut(asV5Rows(annotations));
  for (const [table, records] of Object.entries(more)) await old.table(table).bulkPut(records);
  old.close();
}

type Annotation = Omit<typeof V1_ANNOTATION, 'deleted'> & { deleted: number | null };

// Unset when a test failed before opening its database.
let db: ReviewDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('ReviewDb', () => {
  it('opens with the current schema and stores a page record by key', async () => {
    db = new ReviewDb(`test-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual([ANNOTATION_STORE, 'pages', 'siteRules', 'workChoices']);
    expect(db.pages.schema.primKey.keyPath).toBe('key');
    await db.pages.put({
      key: 'https://a.b/x',
      url: 'https://www.a.b/x?utm_source=z',
      title: 'X',
      canonicalKey: null,
      extraction: null,
      corrections: {},
      savedAt: 1,
      updatedAt: 2,
      deleted: null,
    });
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
    expect(await db.pages.where('colorTags').equals(colorTagKey('green', 'trade')).primaryKeys()).toEqual([V1_PAGE.key]);
  });

  it('a version 2 database upgrades to 3: each page gathers the colour and tag pairs of its annotations not in the trash', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    const page = { ...V1_PAGE, corrections: {}, deleted: null, site: 'reviews.example', tags: ['trade', 'maps'], colors: ['green', 'blue'] };
    const kept = { ...V1_ANNOTATION, id: 'kept', color: 'green', tags: ['trade', 'maps'] };
    const trashed = { ...V1_ANNOTATION, id: 'trashed', color: 'pink', tags: ['trade'], deleted: 5 };
    const other = { ...V1_ANNOTATION, id: 'other', color: 'blue', tags: [] };
    await writeAsReleased(name, 2, [page], [kept, trashed, other]);

    db = new ReviewDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    const upgraded = await db.pages.get(V1_PAGE.key);
    expect(upgraded).toMatchObject(page);
    expect(upgraded?.colorTags?.sort()).toEqual([colorTagKey('green', 'maps'), colorTagKey('green', 'trade')]);
    expect(await db.pages.where('colorTags').equals(colorTagKey('green', 'maps')).primaryKeys()).toEqual([V1_PAGE.key]);
    expect(await db.pages.where('colorTags').equals(colorTagKey('pink', 'trade')).count()).toBe(0);
    expect((await db.annotations.all()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([kept, other, trashed]);
  });

  it('a version 3 database upgrades with every record intact', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const page = {
      ...V1_PAGE,
      corrections: {},
      deleted: null,
      site: 'reviews.example',
      tags: ['trade'],
      colors: ['green'],
      colorTags: [colorTagKey('green', 'trade')],
    };
    const live = { ...V1_ANNOTATION, id: 'live' };
    const trashed = { ...V1_ANNOTATION, id: 'trashed', deleted: 5 };
    await writeAsReleased(name, 3, [page], [live, trashed]);

    db = new ReviewDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.pages.get(V1_PAGE.key)).toMatchObject(page);
    expect((await db.annotations.all()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([live, trashed]);
  });

  it('a version 4 database upgrades: each page’s annotations are kept in rows of their page, found by id, page and trash time; the old table is gone', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const other = { ...V1_PAGE, key: 'https://reviews.example/other', url: 'https://reviews.example/other', corrections: {}, deleted: null };
    const pages = [{ ...V1_PAGE, corrections: {}, deleted: null }, other];
    const live = { ...V1_ANNOTATION, id: 'live' };
    const trashed = { ...V1_ANNOTATION, id: 'trashed', deleted: 5 };
    const elsewhere = { ...V1_ANNOTATION, id: 'elsewhere', pageKey: other.key, url: other.url };
    await writeAsReleased(name, 4, pages, [live, trashed, elsewhere]);

    db = new ReviewDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.table<AnnotationChunk, [string, number]>(ANNOTATION_STORE).toArray()).map((p) => [p.pageKey, p.chunk, p.ids.sort()])).toEqual([
      [other.key, 0, ['elsewhere']],
      [V1_PAGE.key, 0, ['live', 'trashed']],
    ]);
    expect(await db.annotations.get('elsewhere')).toEqual(elsewhere);
    expect((await db.annotations.ofPage(V1_PAGE.key)).sort((a, b) => a.id.localeCompare(b.id))).toEqual([live, trashed]);
    expect(await db.annotations.trashed()).toEqual([trashed]);
    expect(await db.annotations.count()).toBe(3);
    db.close();
    expect(await storesOnDisk(name)).toEqual({
      [ANNOTATION_STORE]: ['ids', 'trashed'],
      pages: [
        'allTerms',
        'canonicalKey',
        'colorTags',
        'colors',
        'deleted',
        'savedAt',
        'site',
        'sortTitle',
        'tags',
        'updatedAt',
        'url',
        'workDate',
        'workType',
        'workYear',
      ],
      siteRules: ['site'],
      workChoices: [],
    });
    await db.open();
  });

  it.each([1, 2, 3, 4, 5, 6] as const)(
    'a database written by version %i upgrades to the current one with nothing lost: every annotation in its page’s order, rows of at most CHUNK_SIZE',
    async (version) => {
      const name = `upgrade-all-${version}-${Math.random()}`;
      const other = { ...V1_PAGE, key: 'https://reviews.example/other', url: 'https://reviews.example/other' };
      const since2 = version >= 2 ? { corrections: { work: { place: 'Almaty' } }, deleted: null } : {};
      const pages = [
        { ...V1_PAGE, ...since2 },
        { ...other, ...since2 },
      ];
      // More than two rows' worth on one page, some in the trash; ids out of order, as time made them.
      const many: Annotation[] = Array.from({ length: 2 * CHUNK_SIZE + 7 }, (_, i) => ({
        ...V1_ANNOTATION,
        id: `n${String((i * 37) % 1000).padStart(3, '0')}`,
        note: `note ${i}`,
        deleted: i % 9 === 0 ? 1_700_000_001_000 + i : null,
      }));
      const elsewhere: Annotation = { ...V1_ANNOTATION, id: 'elsewhere', pageKey: other.key, url: other.url };
      const rule = { id: 'rule-1', site: 'reviews.example', field: 'work.title', learnedAt: 5 };
      const choice = { pageKey: other.key, work: 'w1', at: 6 };
      await writeAsReleased(name, version, pages, [...many, elsewhere], version >= 6 ? { siteRules: [rule], workChoices: [choice] } : {});

      db = new ReviewDb(name);
      await db.open();
      expect(db.verno).toBe(7);
      const byIdOf = (xs: { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
      expect(byIdOf(await db.annotations.all())).toEqual(byIdOf([...many, elsewhere]));
      expect(await db.annotations.count()).toBe(many.length + 1);
      // Before version 5 the annotations were rows ordered by id; since then, in the order added.
      expect(await db.annotations.ofPage(V1_PAGE.key)).toEqual(version < 5 ? byIdOf(many) : many);
      expect(await db.annotations.ofPage(other.key)).toEqual([elsewhere]);
      expect(await db.annotations.bulkGet(['elsewhere', 'n037', 'missing'])).toEqual([elsewhere, many[1], undefined]);
      expect(byIdOf(await db.annotations.trashed())).toEqual(byIdOf(many.filter((a) => a.deleted != null)));
      for (const p of pages) expect(await db.pages.get(p.key)).toMatchObject({ ...p, corrections: p.corrections ?? {}, deleted: null });
      expect(await db.siteRules.toArray()).toEqual(version >= 6 ? [rule] : []);
      expect(await db.workChoices.toArray()).toEqual(version >= 6 ? [choice] : []);
      const rows = await db.table<AnnotationChunk, [string, number]>(ANNOTATION_STORE).toArray();
      expect(rows.map((r) => [r.pageKey, r.chunk, r.items.length])).toEqual([
        [other.key, 0, 1],
        [V1_PAGE.key, 0, CHUNK_SIZE],
        [V1_PAGE.key, 1, CHUNK_SIZE],
        [V1_PAGE.key, 2, 7],
      ]);
      db.close();
      expect(Object.keys(await storesOnDisk(name)).sort()).toEqual([ANNOTATION_STORE, 'pages', 'siteRules', 'workChoices']);
      await db.open();
    },
  );

  it('a page’s own index columns follow every write, including partial updates by key path', async () => {
    db = new ReviewDb(`terms-${Math.random()}`);
    await db.pages.add({ ...V1_PAGE, corrections: {}, deleted: null });
    await db.pages.update(V1_PAGE.key, { 'corrections.work.title': 'Caravan Ledgers', 'corrections.work.date': '1998-05' });
    expect((await db.pages.get(V1_PAGE.key))?.corrections).toEqual({ work: { title: 'Caravan Ledgers', date: '1998-05' } });
    expect(await db.pages.where('allTerms').equals('caravan').count()).toBe(1);
    expect(await db.pages.where('workYear').equals('1998').count()).toBe(1);
    expect(await db.pages.where('sortTitle').equals('caravan ledgers').count()).toBe(1);
    await db.pages.update(V1_PAGE.key, { 'corrections.work.date': null });
    expect(await db.pages.where('workYear').equals('1998').count()).toBe(0);
  });
});
