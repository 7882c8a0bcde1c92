import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { colorTagKey, ReviewDb, type StoredPage } from '@/lib/db';
import { createStore, type Store } from '@/lib/store';
import { applyImport, collectBackup } from '@/lib/backup/import';
import { parseBackup, toBackup } from '@/lib/backup/format';
import type { AnnotationRecord, HighlightColor } from '@/lib/annotation';
import { must } from '../../lib/must';

const PAGE = { url: 'https://steppe.example/reviews/caravans', title: 'Caravans of the Steppe', canonical: null };

let db: ReviewDb;
let store: Store;
let clock: number;
let ids: number;

beforeEach(() => {
  db = new ReviewDb(`page-index-${Math.random()}`);
  clock = 1_750_000_000_000;
  ids = 0;
  store = createStore(
    db,
    () => (clock += 1000),
    () => `annotation-${String(++ids).padStart(4, '0')}`,
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function highlight(exact: string, color: HighlightColor, tags: string[], note = '') {
  return store.annotations.addHighlight(PAGE, null, {
    selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
    color,
    note,
    tags,
  });
}

const keyOfPage = async () => must((await db.pages.toCollection().primaryKeys())[0], 'a page key');

/** The page's columns gathered from its annotations, sorted. */
async function columns(): Promise<Pick<StoredPage, 'tags' | 'colors' | 'colorTags' | 'annotationTerms'>> {
  const p = must(await db.pages.get(await keyOfPage()), 'the page');
  const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();
  return { tags: sorted(p.tags), colors: sorted(p.colors), colorTags: sorted(p.colorTags), annotationTerms: sorted(p.annotationTerms) };
}

const pagesWith = (index: 'tags' | 'colors' | 'colorTags' | 'allTerms', value: string) => db.pages.where(index).equals(value).primaryKeys();

describe('the page index columns', () => {
  it('a new annotation adds its terms, tags and colours to its page’s without reading the page’s other annotations', async () => {
    await highlight('Salt was taxed twice', 'green', ['tax']);
    await highlight('The caravan routes shifted north', 'yellow', ['trade']);
    const ofPages = vi.spyOn(db.annotations, 'ofPages');
    const ofPage = vi.spyOn(db.annotations, 'ofPage');
    const all = vi.spyOn(db.annotations, 'all');
    await highlight('Customs posts along the valley', 'blue', ['trade', 'maps'], 'Compare the ledgers');
    expect(ofPages).not.toHaveBeenCalled();
    expect(ofPage).not.toHaveBeenCalled();
    expect(all).not.toHaveBeenCalled();
    const key = await keyOfPage();
    expect(await columns()).toMatchObject({
      tags: ['maps', 'tax', 'trade'],
      colors: ['blue', 'green', 'yellow'],
      colorTags: [colorTagKey('blue', 'maps'), colorTagKey('blue', 'trade'), colorTagKey('green', 'tax'), colorTagKey('yellow', 'trade')].sort(),
    });
    for (const w of ['salt', 'caravan', 'customs', 'ledgers', 'maps']) expect(await pagesWith('allTerms', w), w).toEqual([key]);
    expect(await pagesWith('colorTags', colorTagKey('blue', 'maps'))).toEqual([key]);
  });

  it('an edit or a move to the trash gathers the page’s columns again: what no annotation has any more is gone', async () => {
    const a = await highlight('Salt was taxed twice', 'green', ['tax']);
    await highlight('The caravan routes shifted north', 'yellow', ['trade']);
    await store.annotations.update(a.id, { tags: ['salt-trade'] });
    expect(await columns()).toMatchObject({ tags: ['salt-trade', 'trade'], colorTags: [colorTagKey('green', 'salt-trade'), colorTagKey('yellow', 'trade')] });
    await store.trash.trashAnnotation(a.id);
    expect(await columns()).toMatchObject({ tags: ['trade'], colors: ['yellow'], colorTags: [colorTagKey('yellow', 'trade')] });
    expect(await pagesWith('allTerms', 'salt')).toEqual([]);
    await store.trash.restoreAnnotation(a.id);
    expect(await pagesWith('allTerms', 'salt')).toEqual([await keyOfPage()]);
  });

  it('saving the page again keeps the columns its annotations gave it', async () => {
    await highlight('Salt was taxed twice', 'green', ['tax']);
    await store.pages.save({ ...PAGE, title: 'Caravans of the Steppe, reviewed' }, null);
    expect(await columns()).toMatchObject({ tags: ['tax'], colors: ['green'], colorTags: [colorTagKey('green', 'tax')] });
    expect(await pagesWith('allTerms', 'salt')).toEqual([await keyOfPage()]);
  });

  it('an import adds new annotations’ columns to what the page has, and gathers again a page whose annotation it changed', async () => {
    await highlight('Salt was taxed twice', 'green', ['tax']);
    const backup = await collectBackup(db);
    const [stored] = backup.annotations as [AnnotationRecord];
    const newer = (a: AnnotationRecord, x: Partial<AnnotationRecord>) => ({ ...a, ...x, updated: a.updated + 10_000 });
    const fresh: AnnotationRecord = { ...stored, id: 'imported-1', color: 'pink', tags: ['ledger'], created: clock + 1, updated: clock + 1 };
    const file = (annotations: AnnotationRecord[]) => parseBackup(JSON.stringify(toBackup({ ...backup, annotations })));

    await applyImport(db, file([stored, fresh]));
    expect(await columns()).toMatchObject({ tags: ['ledger', 'tax'], colors: ['green', 'pink'] });

    await applyImport(db, file([newer(stored, { tags: ['customs'] }), fresh]));
    expect(await columns()).toMatchObject({ tags: ['customs', 'ledger'], colorTags: [colorTagKey('green', 'customs'), colorTagKey('pink', 'ledger')] });
    expect(await pagesWith('tags', 'tax')).toEqual([]);
  });
});
