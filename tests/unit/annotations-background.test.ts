import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewDb } from '@/lib/db';
import { createHandlers } from '@/entrypoints/background/handlers';

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
    notifyTab: async (tabId) => void notified.push(tabId),
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
      id: 'annotation-1', pageKey: 'https://ex.org/review', motivation: 'highlighting', color: 'yellow',
      note: 'my <b>note</b>', tags: ['method', 'sources'], created: 5000, deleted: null,
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
    const listed = await h.dispatch('listAnnotations', { page: page('https://ex.org/reviews/the-book', canonical) }, content(2, 'https://ex.org/reviews/the-book'));
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
    expect((await h.dispatch('getTabState', { tabId: 2 }, popup))?.annotations.map((x) => x.note)).toEqual(['changed']);
    expect(notified).toEqual([2, 1, 2, 1, 2, 2]);
  });

  it('keeps page notes, and turns an orphan into a page note that keeps its quote', async () => {
    const h = handlers();
    await h.dispatch('pageSeen', { ...page(), extraction: null }, content(1));
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('lost words') }, content(1));
    await h.dispatch('anchoringReport', { url: URL_A, placed: [], orphans: [a.id] }, content(1));
    expect((await h.dispatch('getTabState', { tabId: 1 }, popup))?.orphans).toEqual([a.id]);
    const note = await h.dispatch('addPageNote', { tabId: 1, note: 'Overall: convincing.' }, popup);
    expect(note).toMatchObject({ motivation: 'commenting', target: null, color: null });
    const converted = await h.dispatch('orphanToPageNote', { id: a.id }, popup);
    expect(converted).toMatchObject({ motivation: 'commenting', target: null, note: '“lost words”\n\nmy <b>note</b>' });
  });

  it('refuses a page that writes or changes annotations of another page, and bad input', async () => {
    const h = handlers();
    const a = await h.dispatch('createHighlight', { page: page(), highlight: highlight('q') }, content(1));
    await expect(h.dispatch('createHighlight', { page: page(), highlight: highlight('q') }, content(9, 'https://evil.example/'))).rejects.toThrow(/its own address/);
    await expect(h.dispatch('deleteAnnotation', { id: a.id }, content(9, 'https://evil.example/'))).rejects.toThrow(/its own annotations/);
    await expect(h.dispatch('createHighlight', { page: page(URL_A, 'https://evil.example/x'), highlight: highlight('q') }, content(1))).rejects.toThrow(/same site/);
    await expect(h.dispatch('createHighlight', { page: page(), highlight: { ...highlight('q'), color: 'red' } }, content(1))).rejects.toThrow(/highlight\.color/);
    await expect(h.dispatch('createHighlight', { page: page(), highlight: { ...highlight('q'), tags: [' '] } }, content(1))).rejects.toThrow(/tag cannot be empty/);
    await expect(h.dispatch('updateAnnotation', { id: 'no-such-annotation', edit: {} }, popup)).rejects.toThrow(/no annotation with id no-such-annotation/);
    await expect(h.dispatch('addPageNote', { tabId: 1, note: '' }, popup)).rejects.toThrow(/note/);
    expect(await db.annotations.count()).toBe(1);
  });
});
