import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewDb } from '@/lib/db';
import { openReviewDb } from '@/lib/db-open';
import { createStore } from '@/lib/store';
import { collectBackup } from '@/lib/backup/import';
import { classifyStorageError } from '@/lib/storage-errors';
import { makeV1, readAsV1, V1_ANNOTATION, V1_PAGE } from './v1-fixture';

const name = () => `open-${Math.random()}`;
const opened: ReviewDb[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

/** A later version of the extension whose upgrade throws on the user's data. */
class FailingUpgradeDb extends ReviewDb {
  constructor(n: string) {
    super(n);
    this.version(this.verno + 1)
      .stores({})
      .upgrade(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'work')");
      });
  }
}

const highlight = {
  selectors: {
    quote: { type: 'TextQuoteSelector' as const, exact: 'a new quote', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 11 },
  },
  color: 'yellow' as const,
  note: 'typed by the user',
  tags: [],
};
const ref = { url: V1_PAGE.url, title: V1_PAGE.title, canonical: null };

/** Records the mode of every transaction IndexedDB is asked to begin. */
function transactionModes(): string[] {
  const modes: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the spied-on database as `this`
  const begin = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
    modes.push(mode ?? 'readonly');
    return begin.call(this, stores, mode, options);
  });
  return modes;
}

describe('openReviewDb', () => {
  it('opens the current schema, ready for writes', async () => {
    const { db, status } = await openReviewDb(name());
    opened.push(db);
    expect(status).toEqual({ state: 'ready' });
    expect(db.verno).toBe(7);
    await createStore(db).annotations.addHighlight({ url: 'https://a.example/r', title: 'R', canonical: null }, null, highlight);
    expect(await db.annotations.count()).toBe(1);
  });

  it('an upgrade from version 1 that throws: the old data stays on disk and readable, and writes are refused without being attempted', async () => {
    const n = name();
    await makeV1(n);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { db, status } = await openReviewDb(n, (x) => new FailingUpgradeDb(x));
    opened.push(db);
    expect(status).toEqual({ state: 'read-only', code: 'upgrade-failed' });
    expect(warn).toHaveBeenCalled();

    // IndexedDB rolled the whole upgrade back (the released versions' steps ran before the failing one threw).
    expect(await readAsV1(n)).toEqual({ verno: 1, pages: [V1_PAGE], annotations: [V1_ANNOTATION] });

    // What the popup reads, and what the library lists and exports, from the old schema.
    const store = createStore(db);
    const { page, annotations } = await store.pages.withAnnotations(ref);
    expect(page).toEqual({ ...V1_PAGE, corrections: {}, deleted: null });
    expect(annotations).toEqual([V1_ANNOTATION]);
    expect(await collectBackup(db)).toEqual({
      pages: [{ ...V1_PAGE, corrections: {}, deleted: null }],
      annotations: [V1_ANNOTATION],
      siteRules: [],
      workChoices: [],
    });

    const modes = transactionModes();
    const refused = await store.annotations.addHighlight(ref, null, highlight).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyStorageError(refused)).toBe('upgrade-failed');
    expect((refused as Error).message).toMatch(/^Your notes could not be upgraded to this version of the extension: this change was not saved\. They are safe/);
    await expect(store.trash.trashAnnotation(V1_ANNOTATION.id)).rejects.toMatchObject({ code: 'upgrade-failed' });
    await expect(db.pages.put({ ...V1_PAGE, corrections: {}, deleted: null, title: 'overwritten' })).rejects.toMatchObject({ code: 'upgrade-failed' });
    expect(modes).not.toContain('readwrite');
    vi.restoreAllMocks();
    expect(await readAsV1(n)).toEqual({ verno: 1, pages: [V1_PAGE], annotations: [V1_ANNOTATION] });

    // Opening again (a new service worker, a browser restart) with an upgrade that works upgrades it, every record intact.
    db.close();
    const again = await openReviewDb(n);
    opened.push(again.db);
    expect(again.status).toEqual({ state: 'ready' });
    expect(await again.db.annotations.get(V1_ANNOTATION.id)).toEqual(V1_ANNOTATION);
    expect(await again.db.pages.get(V1_PAGE.key)).toMatchObject({ ...V1_PAGE, corrections: {}, deleted: null, site: 'reviews.example' });
  });

  it('an upgrade the browser aborts (the disk fills during it): the same read-only fallback', async () => {
    const n = name();
    await makeV1(n);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The v2 upgrade rewrites every page: the first of those writes fails as a full disk fails it.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the spied-on store as `this`
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.transaction.mode === 'versionchange') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const { db, status } = await openReviewDb(n);
    opened.push(db);
    vi.restoreAllMocks();
    expect(status).toEqual({ state: 'read-only', code: 'upgrade-failed' });
    expect(db.verno).toBe(1);
    expect(await createStore(db).annotations.forPage(ref)).toEqual([V1_ANNOTATION]);
    await expect(createStore(db).annotations.addPageNote(ref, null, 'a note')).rejects.toMatchObject({ code: 'upgrade-failed' });
    expect(await readAsV1(n)).toEqual({ verno: 1, pages: [V1_PAGE], annotations: [V1_ANNOTATION] });
  });

  it('IndexedDB refusing to open at all (as in some private windows): unavailable, nothing created', async () => {
    const n = name();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const { db, status } = await openReviewDb(n);
    vi.restoreAllMocks();
    expect(status).toEqual({ state: 'unavailable', code: 'unavailable' });
    await expect(db.pages.count()).rejects.toSatisfy((e) => classifyStorageError(e) === 'unavailable');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(n);
  });
});
