import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewDb } from '@/lib/db';
import { createHandlers } from '@/entrypoints/background/handlers';
import { IMPORT_KEY, readTabSession } from '@/lib/tab-session';
import { toBackup } from '@/lib/backup/format';
import { collectBackup } from '@/lib/backup/import';
import { emptyReview, emptyWork } from '@/lib/extract/schema';
import { must } from '../../lib/must';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const URL_A = 'https://ex.org/review?utm_source=news';
const content = (tabId: number, url = URL_A) => ({ id: 'x', url, frameId: 0, tab: { id: tabId } });
const popup = { id: 'x', url: `${ORIGIN}popup.html` };
const page = (url = URL_A, canonical: string | null = null) => ({ url, title: 'A review', canonical });
const highlight = (exact: string, start = 10) => ({
  selectors: {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  },
  color: 'yellow' as const,
  note: 'my <b>note</b>',
  tags: [' method ', 'method', 'sources'],
});

let db: ReviewDb;
let notified: number[];
let ids: number;
function handlers() {
  return createHandlers({
    db,
    session: fakeBrowser.storage.session,
    badge: { show: async () => {}, clear: async () => {} },
    extensionOrigin: ORIGIN,
    notifyTab: (tabId) => Promise.resolve(void notified.push(tabId)),
    now: () => 5000,
    newId: () => `annotation-${++ids}`,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReviewDb(`ann-${Math.random()}`);
  notified = [];
  ids = 0;
});
afterEach(async () => {
  await db.delete();
});

describe('annotations through the background', () => {
  it('stores a highlight with its page and the page extraction, and lists it for the page', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('the quote') }, content(1));
    expect(a).toMatchObject({
      id: 'annotation-1',
      pageKey: 'https://ex.org/review',
      motivation: 'highlighting',
      color: 'yellow',
      note: 'my <b>note</b>',
      tags: ['method', 'sources'],
      created: 5000,
      deleted: null,
    });
    expect(await db.annotations.get('annotation-1')).toEqual(a);
    expect((await db.pages.get('https://ex.org/review'))?.title).toBe('A review');
    // The same page without the tracking parameter finds it.
    const listed = await h.dispatch('listAnnotations', { page: page('https://ex.org/review#part2') }, content(2, 'https://ex.org/review#part2'));
    expect(listed.map((x) => x.id)).toEqual(['annotation-1']);
  });

  it('finds annotations made under another URL through the shared canonical link', async () => {
    const h = handlers();
    const canonical = 'https://ex.org/reviews/the-book';
    await h.dispatch('createHighlight', { page: page('https://ex.org/?p=123', canonical), highlight: highlight('x') }, content(1, 'https://ex.org/?p=123'));
    const listed = await h.dispatch(
      'listAnnotations',
      { page: page('https://ex.org/reviews/the-book', canonical) },
      content(2, 'https://ex.org/reviews/the-book'),
    );
    expect(listed).toHaveLength(1);
  });

  it('edits, deletes and restores, and tells other tabs on the page to paint again', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(2));
    await h.dispatch('pageSeen', { ...page('https://other.org/'), extraction: null }, content(3, 'https://other.org/'));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('q') }, content(1));
    expect(notified).toEqual([2]);
    const edited = await h.dispatch('updateAnnotation', { id: a.id, edit: { color: 'blue', note: 'changed', tags: ['x'] } }, popup);
    expect(edited).toMatchObject({ color: 'blue', note: 'changed', tags: ['x'] });
    await h.dispatch('deleteAnnotation', { id: a.id }, popup);
    expect(await h.dispatch('listAnnotations', { page: page() }, content(1))).toEqual([]);
    expect((await db.annotations.get(a.id))?.deleted).toBe(5000);
    await h.dispatch('restoreAnnotation', { id: a.id }, content(1));
    expect((await h.dispatch('listAnnotations', { page: page() }, content(2))).map((x) => x.note)).toEqual(['changed']);
    expect(notified).toEqual([2, 1, 2, 1, 2, 2]);
  });

  it('tells a tab showing the same page under another address, by its canonical link, and no other', async () => {
    const h = handlers();
    const canonical = 'https://ex.org/reviews/the-book';
    await h.dispatch('pageSeen', { ...page('https://ex.org/?p=123', canonical), extraction: null }, content(1, 'https://ex.org/?p=123'));
    await h.dispatch('pageSeen', { ...page('https://ex.org/amp/the-book', canonical), extraction: null }, content(2, 'https://ex.org/amp/the-book'));
    await h.dispatch('pageSeen', { ...page('https://ex.org/other', 'https://ex.org/reviews/other'), extraction: null }, content(3, 'https://ex.org/other'));
    const a = await h.dispatch(
      'createHighlight',
      { page: page('https://ex.org/?p=123', canonical), highlight: highlight('q') },
      content(1, 'https://ex.org/?p=123'),
    );
    expect(notified).toEqual([2]);
    notified = [];
    await h.dispatch('updateAnnotation', { id: a.id, edit: { color: 'blue', note: 'n', tags: [] } }, popup);
    expect(notified.sort()).toEqual([1, 2]);
  });

  it('keeps page notes, and turns an orphan into a page note that keeps its quote', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('lost words') }, content(1));
    await h.dispatch('anchoringReport', { url: URL_A, placed: [], orphans: [a.id] }, content(1));
    expect((await readTabSession(fakeBrowser.storage.session, 1)).tab?.orphans).toEqual([a.id]);
    const note = await h.dispatch('addPageNote', { tabId: 1, note: 'Overall: convincing.' }, popup);
    expect(note).toMatchObject({ motivation: 'commenting', target: null, color: null });
    const converted = await h.dispatch('orphanToPageNote', { id: a.id }, popup);
    expect(converted).toMatchObject({ motivation: 'commenting', target: null, note: '“lost words”\n\nmy <b>note</b>' });
  });

  it('keeps a placement report that lands while the page’s own report is being recorded, and that report too', async () => {
    let hold: Promise<void> | null = null;
    let release = () => {};
    let held = false;
    const wait = () => {
      held = true;
      return hold ?? Promise.resolve();
    };
    const h = createHandlers({
      db,
      session: fakeBrowser.storage.session,
      badge: { show: wait, clear: wait },
      extensionOrigin: ORIGIN,
      notifyTab: () => Promise.resolve(),
      now: () => 5000,
      newId: () => `annotation-${++ids}`,
    });
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('lost words') }, content(1));
    // The page's report after a reload stops at its badge, its tab's state not yet written.
    hold = new Promise((resolve) => (release = resolve));
    held = false;
    const seen = h.dispatch('pageSeen', { ...page(), title: 'A review, reloaded', extraction: null }, content(1));
    await expect.poll(() => held).toBe(true);
    const report = h.dispatch('anchoringReport', { url: URL_A, placed: [], orphans: [a.id] }, content(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([seen, report]);
    const tab = (await readTabSession(fakeBrowser.storage.session, 1)).tab;
    expect(tab).toMatchObject({ title: 'A review, reloaded', orphans: [a.id] });

    // A tab closed while its page's report is held: nothing of it comes back once the report goes on.
    hold = new Promise((resolve) => (release = resolve));
    held = false;
    const late = h.dispatch('pageSeen', { ...page(), title: 'A review, once more', extraction: null }, content(1));
    await expect.poll(() => held).toBe(true);
    const forgotten = h.forgetTab(1);
    release();
    await Promise.all([late, forgotten]);
    expect((await readTabSession(fakeBrowser.storage.session, 1)).tab).toBeNull();
  });

  it('refuses a page that writes or changes annotations of another page, and bad input', async () => {
    const h = handlers();
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('q') }, content(1));
    await expect(h.dispatch('createHighlight', { page: page(), highlight: highlight('q') }, content(9, 'https://evil.example/'))).rejects.toThrow(
      /its own address/,
    );
    await expect(h.dispatch('deleteAnnotation', { id: a.id }, content(9, 'https://evil.example/'))).rejects.toThrow(/its own annotations/);
    await expect(h.dispatch('createHighlight', { page: page(URL_A, 'https://evil.example/x'), highlight: highlight('q') }, content(1))).rejects.toThrow(
      /same site/,
    );
    await expect(h.dispatch('createHighlight', { page: page(), highlight: { ...highlight('q'), color: 'red' } }, content(1))).rejects.toThrow(
      /highlight\.color/,
    );
    await expect(h.dispatch('createHighlight', { page: page(), highlight: { ...highlight('q'), tags: [' '] } }, content(1))).rejects.toThrow(
      /tag cannot be empty/,
    );
    await expect(h.dispatch('updateAnnotation', { id: 'no-such-annotation', edit: {} }, popup)).rejects.toThrow(/no annotation with id no-such-annotation/);
    await expect(h.dispatch('addPageNote', { tabId: 1, note: '' }, popup)).rejects.toThrow(/note/);
    expect(await db.annotations.count()).toBe(1);
  });

  it('corrects a field of the tab’s page (saving it) or of a saved page, resets it, and refuses what does not fit', async () => {
    const h = handlers();
    const extraction = {
      url: URL_A,
      isReview: true,
      confidence: 0.9,
      work: { ...emptyWork(), title: 'Old title', pages: 10 },
      review: emptyReview(),
      fields: {},
    };
    await h.dispatch('pageSeen', { ...page(), extraction }, content(1));
    const saved = await h.dispatch('correctField', { page: { tabId: 1 }, field: 'work.title', value: 'New title' }, popup);
    expect(saved).toMatchObject({ key: 'https://ex.org/review', corrections: { work: { title: 'New title' } }, extraction: { work: { title: 'Old title' } } });
    await h.dispatch('correctField', { page: { pageKey: 'https://ex.org/review' }, field: 'work.pages', value: 12 }, popup);
    await h.dispatch('resetField', { page: { pageKey: 'https://ex.org/review' }, field: 'work.title' }, popup);
    expect((await db.pages.get('https://ex.org/review'))?.corrections).toEqual({ work: { pages: 12 }, review: {} });
    await expect(h.dispatch('correctField', { page: { tabId: 1 }, field: 'work.pages', value: 'many' }, popup)).rejects.toThrow(/does not fit work.pages/);
    await expect(h.dispatch('correctField', { page: { tabId: 1 }, field: 'work.colour', value: 'x' }, popup)).rejects.toThrow(/field/);
    await expect(h.dispatch('correctField', { page: { tabId: 1 }, field: 'work.title', value: 'x' }, content(1))).rejects.toThrow(/not accepted from content/);
    await expect(h.dispatch('correctField', { page: { pageKey: 'https://ex.org/none' }, field: 'work.title', value: 'x' }, popup)).rejects.toThrow(
      /no saved page/,
    );
  });

  it('changes, trashes and restores several annotations and pages at once, telling the pages’ tabs', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('one') }, content(1));
    const b = await h.dispatch('createHighlight', { page: page(), highlight: highlight('two') }, content(1));
    notified = [];
    expect(await h.dispatch('editAnnotations', { ids: [a.id, b.id], edit: { color: 'pink', addTags: ['later'], removeTags: ['method'] } }, popup)).toEqual({
      count: 2,
    });
    expect(await db.annotations.get(b.id)).toMatchObject({ color: 'pink', tags: ['sources', 'later'] });
    expect(await h.dispatch('trashAnnotations', { ids: [a.id] }, popup)).toEqual({ count: 1 });
    expect(await h.dispatch('trashPages', { keys: ['https://ex.org/review'] }, popup)).toEqual({ count: 1 });
    expect(await h.dispatch('listAnnotations', { page: page() }, content(1))).toEqual([]);
    expect(await h.dispatch('restorePages', { keys: ['https://ex.org/review'] }, popup)).toEqual({ count: 1 });
    expect((await h.dispatch('listAnnotations', { page: page() }, content(1))).map((x) => x.id)).toEqual([b.id]);
    expect(await h.dispatch('restoreAnnotations', { ids: [a.id] }, popup)).toEqual({ count: 1 });
    expect(notified).toEqual([1, 1, 1, 1, 1]);
    await expect(h.dispatch('trashPages', { keys: ['https://ex.org/review'] }, content(1))).rejects.toThrow(/not accepted from content/);
    await expect(h.dispatch('editAnnotations', { ids: [a.id], edit: { addTags: [''] } }, popup)).rejects.toThrow(/tag cannot be empty/);
  });

  it('a highlight sent twice with its id (the first answer was lost) is stored once; its id cannot be taken by another page', async () => {
    const h = handlers();
    const withId = { ...highlight('once'), id: 'client-chosen-id-0001' };
    const first = await h.dispatch('createHighlight', { page: page(), highlight: withId }, content(1));
    const again = await h.dispatch('createHighlight', { page: page(), highlight: withId }, content(1));
    expect(again).toEqual(first);
    expect(first.id).toBe('client-chosen-id-0001');
    expect(await db.annotations.count()).toBe(1);
    await expect(h.dispatch('createHighlight', { page: page('https://other.org/x'), highlight: withId }, content(2, 'https://other.org/x'))).rejects.toThrow(
      /another page/,
    );
    expect(await db.annotations.count()).toBe(1);
  });
});

describe('what the reader teaches through the background', () => {
  const locator = { label: 'issued by', labelAt: 'same' as const, path: ['div:1', 'p:2'], root: 'main' as const, stop: null, prefer: 'label' as const };

  it('keeps a picked value as the reader’s, with the text it was picked from, and learns the site’s rule from where it stood', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    const record = await h.dispatch(
      'usePick',
      { page: page(), field: 'work.authors', value: ['Dmytro Baranetskyi'], quote: 'Baranetskyi, Dmytro', locator },
      content(1),
    );
    expect(record.corrections).toMatchObject({ work: { authors: ['Dmytro Baranetskyi'] }, picked: { work: { authors: 'Baranetskyi, Dmytro' } } });
    const [rule] = await db.siteRules.toArray();
    expect(rule).toMatchObject({ site: 'ex.org', paths: '/*', field: 'work.authors', locator, learnedOn: 'https://ex.org/review' });
    // The site's other pages get it with their pageSeen reply.
    const reply = await h.dispatch('pageSeen', { ...page('https://ex.org/other'), extraction: null }, content(2, 'https://ex.org/other'));
    expect(reply.rules.map((r) => r.id)).toEqual([must(rule, 'rule').id]);
    const elsewhere = await h.dispatch('pageSeen', { ...page('https://else.org/x'), extraction: null }, content(3, 'https://else.org/x'));
    expect(elsewhere.rules).toEqual([]);
    // A typed correction replaces the pick, and is no longer marked picked.
    const typed = await h.dispatch('correctField', { page: { tabId: 1 }, field: 'work.authors', value: ['D. B.'] }, popup);
    expect(typed.corrections.picked?.work?.authors).toBeUndefined();
  });

  it('refuses a pick for another site’s page', async () => {
    const h = handlers();
    await expect(
      h.dispatch('usePick', { page: page('https://else.org/x'), field: 'work.title', value: 'T', quote: 'T', locator: null }, content(1)),
    ).rejects.toThrow(/only send its own address/);
  });

  it('re-attaches an orphan to new text: same id, colour, note, tags and creation time', async () => {
    const h = handlers();
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('old text') }, content(1));
    const moved = highlight('new text', 40).selectors;
    const b = await h.dispatch('reattachAnnotation', { page: page(), id: a.id, selectors: moved }, content(1));
    expect(b).toEqual({ ...a, target: moved, updated: 5000 });
    expect(await db.annotations.get(a.id)).toEqual(b);
    await expect(
      h.dispatch('reattachAnnotation', { page: page('https://else.org/x'), id: a.id, selectors: moved }, content(2, 'https://else.org/x')),
    ).rejects.toThrow(/only change its own annotations/);
  });

  it('a No to “Is this a review?” becomes the site’s verdict; taking it back forgets it', async () => {
    const h = handlers();
    const extraction = { url: URL_A, isReview: true, confidence: 0.9, work: emptyWork(), review: emptyReview(), fields: {} };
    await h.dispatch('pageSeen', { ...page(), extraction }, content(1));
    await h.dispatch('answerIsReview', { tabId: 1, isReview: false }, popup);
    expect(await db.siteRules.toArray()).toMatchObject([{ kind: 'verdict', isReview: false, site: 'ex.org' }]);
    await h.dispatch('answerIsReview', { tabId: 1, isReview: true }, popup);
    expect(await db.siteRules.count()).toBe(0);
  });
});

describe('an import through the background', () => {
  it('writes a backup all at once, tells the tabs showing its pages, and refuses a damaged file with what is wrong, changing nothing', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(7));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('kept') }, content(1));
    const text = JSON.stringify(toBackup(await collectBackup(db)));
    await db.delete();
    db = new ReviewDb(`import-${Math.random()}`);
    const fresh = handlers();
    await fresh.dispatch('pageSeen', { ...page(), extraction: null }, content(7));
    notified = [];
    const phases: unknown[] = [];
    fakeBrowser.storage.session.onChanged.addListener((changes) => {
      const got = changes[IMPORT_KEY]?.newValue as { phase: string } | undefined;
      if (got) phases.push(got);
    });
    const plan = await fresh.dispatch('importBackup', { text }, popup);
    // The library hears how far it got.
    expect(phases).toEqual([
      { phase: 'checking', pages: 0, annotations: 0 },
      { phase: 'writing', pages: 1, annotations: 1 },
    ]);
    expect(plan.annotations).toEqual({ new: 1, changed: 0, unchanged: 0, keptNewer: 0 });
    expect(await db.annotations.get(a.id)).toEqual(a);
    expect(notified).toEqual([7]);
    // No progress is left behind once it is done.
    expect(await fakeBrowser.storage.session.get(IMPORT_KEY)).toEqual({});

    const before = await db.annotations.count();
    await expect(fresh.dispatch('importBackup', { text: text.slice(0, 200) }, popup)).rejects.toThrow(/cut short/);
    expect(await db.annotations.count()).toBe(before);
    await expect(fresh.dispatch('importBackup', { text }, content(1))).rejects.toThrow(/not accepted from content/);
  });
});
