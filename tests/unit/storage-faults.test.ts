import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewDb } from '@/lib/db';
import { openReviewDb } from '@/lib/db-open';
import { ANNOTATION_STORE } from '@/lib/annotation-table';
import { MessageError } from '@/lib/messages';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { BackgroundDeps } from '@/entrypoints/background/context';
import { makeV1, readAsV1, V1_ANNOTATION, V1_PAGE } from './v1-fixture';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const URL_A = 'https://ex.org/review';
const content = (tabId: number, url = URL_A) => ({ id: 'x', url, frameId: 0, tab: { id: tabId } });
const popup = { id: 'x', url: `${ORIGIN}popup.html` };
const page = (url = URL_A) => ({ url, title: 'A review', canonical: null });
const highlight = (exact: string, id: string) => ({
  id,
  selectors: {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
  },
  color: 'yellow' as const,
  note: 'what the user typed',
  tags: ['kept'],
});

let ids = 0;
function handlers(db: BackgroundDeps['db']) {
  return createHandlers({
    db,
    session: fakeBrowser.storage.session,
    badge: { show: async () => {}, clear: async () => {} },
    extensionOrigin: ORIGIN,
    now: () => 5000,
    newId: () => `annotation-${++ids}`,
  });
}

/** Everything in the database, index columns included: a failed write must change none of it. */
async function snapshot(db: ReviewDb) {
  return { pages: await db.pages.toArray(), annotations: await db.annotations.all() };
}

/**
 * The disk is full from now on for writes to `store`. A real browser reports it when the
 * transaction commits (the e2e test measures that in Chromium); here the write itself fails,
 * after the transaction's earlier writes were made, which is what atomicity has to undo.
 */
function diskFullFor(store: string) {
  for (const method of ['put', 'add'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the spied-on store as `this`
    const real = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, value, key);
    });
  }
}

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as MessageError,
  );

let db: ReviewDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ReviewDb(`faults-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('a full disk', () => {
  it('a new highlight that cannot be stored: nothing saved before changes, the sender is told why, the popup can ask', async () => {
    const h = handlers(db);
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    await h.dispatch('createHighlight', { page: page(), highlight: highlight('first quote', 'first-highlight') }, content(1));
    const before = await snapshot(db);
    expect(await h.dispatch('getStorageStatus', {}, popup)).toBeNull();

    // The page record is rewritten first in the same transaction; the annotation's write then fails.
    diskFullFor(ANNOTATION_STORE);
    const e = await errorOf(h.dispatch('createHighlight', { page: page(), highlight: highlight('second quote', 'second-highlight') }, content(1)));
    vi.restoreAllMocks();
    expect(e).toBeInstanceOf(MessageError);
    expect(e.code).toBe('quota');
    expect(e.message).toBe('Storage is full: this change was not saved. Free some disk space, then try again. Nothing you saved before has been changed.');
    expect(await snapshot(db)).toEqual(before);
    expect(await h.dispatch('getStorageStatus', {}, popup)).toEqual({ state: 'write-failed', code: 'quota' });

    // Space freed: the same highlight is stored, and the problem is forgotten.
    await h.dispatch('createHighlight', { page: page(), highlight: highlight('second quote', 'second-highlight') }, content(1));
    expect((await db.annotations.all()).map((a) => a.id).sort()).toEqual(['first-highlight', 'second-highlight']);
    expect(await h.dispatch('getStorageStatus', {}, popup)).toBeNull();
  });

  it('an edit whose page index cannot be written: the annotation already rewritten in that transaction is rolled back', async () => {
    const h = handlers(db);
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    await h.dispatch('createHighlight', { page: page(), highlight: highlight('a quote', 'the-highlight') }, content(1));
    const before = await snapshot(db);
    diskFullFor('pages');
    const e = await errorOf(h.dispatch('updateAnnotation', { id: 'the-highlight', edit: { color: 'pink', note: 'changed' } }, popup));
    vi.restoreAllMocks();
    expect(e.code).toBe('quota');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a read that fails is reported without claiming that something was not saved, and is not recorded as a failed write', async () => {
    const h = handlers(db);
    db.close();
    const e = await errorOf(h.dispatch('listAnnotations', { page: page() }, content(1)));
    expect(e.code).toBe('unavailable');
    expect(e.message).toBe('The extension’s storage cannot be opened. Restart the browser, then try again. Nothing you saved before has been changed.');
    expect(await h.dispatch('getStorageStatus', {}, popup)).toBeNull();
  });
});

describe('a failed upgrade', () => {
  it('the background reads the old data, refuses writes with the message, and says so to the popup', async () => {
    const name = `faults-v1-${Math.random()}`;
    await makeV1(name);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    class FailingUpgradeDb extends ReviewDb {
      constructor(n: string) {
        super(n);
        this.version(this.verno + 1)
          .stores({})
          .upgrade(() => Promise.reject(new Error('upgrade step failed')));
      }
    }
    const h = handlers(() => openReviewDb(name, (n) => new FailingUpgradeDb(n)));
    const ref = { url: V1_PAGE.url, title: V1_PAGE.title, canonical: null };
    const sender = content(3, V1_PAGE.url);
    expect(await h.dispatch('listAnnotations', { page: ref }, sender)).toEqual([V1_ANNOTATION]);
    expect(await h.dispatch('getStorageStatus', {}, popup)).toEqual({ state: 'read-only', code: 'upgrade-failed' });

    const e = await errorOf(h.dispatch('createHighlight', { page: ref, highlight: highlight('new quote', 'new-highlight') }, sender));
    expect(e.code).toBe('upgrade-failed');
    expect(e.message).toMatch(/^Your notes could not be upgraded to this version of the extension: this change was not saved\. They are safe/);
    await expect(h.dispatch('deleteAnnotation', { id: V1_ANNOTATION.id }, popup)).rejects.toMatchObject({ code: 'upgrade-failed' });
    // The trash is not purged while the database cannot be written, and that is no error.
    await h.purgeTrash();
    expect(await readAsV1(name)).toEqual({ verno: 1, pages: [V1_PAGE], annotations: [V1_ANNOTATION] });
    vi.restoreAllMocks();
  });
});
