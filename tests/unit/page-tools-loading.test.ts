import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewDb } from '@/lib/db';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { BackgroundDeps } from '@/entrypoints/background/context';
import { readTabSession } from '@/lib/tab-session';
import { filesFor, markPartRunning, partRunning, runningPart, type ReaderPort } from '@/lib/page-tools';
import type { EmbeddedGlimpse } from '@/lib/extract/glimpse';

/**
 * The starter on every page says which page it is, with a glimpse of it; the background's
 * prefilter judges the glimpse, loads the page tools where the page needs them, and otherwise
 * keeps the page as seen with no extraction, as the page tools would have reported it.
 */
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const URL_ = 'https://ex.org/news';
const content = (tabId: number, frameId = 0) => ({ id: 'x', url: URL_, frameId, tab: { id: tabId } });
/** A page whose glimpse the prefilter lets through (its JSON-LD names a review), or turns away. */
const opened = (mightBeReview: boolean, embedded: EmbeddedGlimpse = { frames: [], shadowTexts: [] }) => ({
  url: URL_,
  title: 'News',
  canonical: null,
  glimpse: {
    url: URL_,
    title: 'News',
    pubMeta: false,
    heading: null,
    h1Text: 'News',
    entryText: null,
    ldHint: mightBeReview,
    chunks: ['Rain today.\n'],
    failed: false,
  },
  embedded,
});
const highlight = {
  selectors: {
    quote: { type: 'TextQuoteSelector' as const, exact: 'a quote', prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector' as const, start: 10, end: 17 },
  },
  color: 'yellow' as const,
  note: '',
  tags: [],
};

let db: ReviewDb;
let loads: string[];
let asked: string[];
let badge: string[];
function handlers(extra: Partial<BackgroundDeps> = {}) {
  return createHandlers({
    db,
    session: fakeBrowser.storage.session,
    badge: {
      show: (tabId, text) => Promise.resolve(void badge.push(`show ${tabId} ${text}`)),
      clear: (tabId) => Promise.resolve(void badge.push(`clear ${tabId}`)),
    },
    extensionOrigin: ORIGIN,
    loadPageTools: (tabId, frameId, part) => Promise.resolve(void loads.push(`${tabId}/${frameId} ${part}`)),
    askTab: (tabId, type, data) => {
      asked.push(`${tabId} ${type} ${JSON.stringify(data)}`);
      return Promise.resolve({ offered: true } as never);
    },
    ...extra,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new ReviewDb(`tools-${Math.random()}`);
  loads = [];
  asked = [];
  badge = [];
});
afterEach(async () => {
  await db.delete();
});

describe('loading the page tools on demand', () => {
  it('a page the prefilter turns away, with nothing stored for it: nothing is loaded, and the page is kept as seen with no extraction', async () => {
    const h = handlers();
    expect(await h.dispatch('pageOpened', opened(false), content(3))).toEqual({ loaded: false });
    expect(loads).toEqual([]);
    expect((await readTabSession(fakeBrowser.storage.session, 3)).tab).toMatchObject({ tabId: 3, url: URL_, title: 'News', extraction: null, orphans: [] });
    expect(badge).toEqual(['clear 3']);
  });

  it('a page that might be a review gets the reader of the page, which reports it itself', async () => {
    const h = handlers();
    expect(await h.dispatch('pageOpened', opened(true), content(4))).toEqual({ loaded: true });
    expect(loads).toEqual(['4/0 reader']);
    expect((await readTabSession(fakeBrowser.storage.session, 4)).tab).toBeNull();
  });

  it('a page whose shadow root or same-origin frame might hold a review gets the page tools', async () => {
    const h = handlers();
    expect(await h.dispatch('pageOpened', opened(false, { frames: [], shadowTexts: ['Menu', 'A review of The Steppe and the Sea'] }), content(8))).toEqual({
      loaded: true,
    });
    expect(await h.dispatch('pageOpened', opened(false, { frames: [opened(true).glimpse], shadowTexts: [] }), content(9))).toEqual({ loaded: true });
    expect(await h.dispatch('pageOpened', opened(false, { frames: [opened(false).glimpse], shadowTexts: ['Menu'] }), content(10))).toEqual({ loaded: false });
    expect(loads).toEqual(['8/0 reader', '9/0 reader']);
  });

  it('a page the prefilter turns away gets the highlighter all the same when it has highlights, and is kept as seen with no extraction', async () => {
    const h = handlers();
    await h.dispatch('createHighlight', { page: { url: URL_, title: 'News', canonical: null }, highlight: { id: 'highlight-1', ...highlight } }, content(1));
    expect(await h.dispatch('pageOpened', opened(false), content(5))).toEqual({ loaded: true });
    expect(loads).toEqual(['5/0 highlighter']);
    expect((await readTabSession(fakeBrowser.storage.session, 5)).tab).toMatchObject({ url: URL_, extraction: null });
  });

  it('the highlighter asks for the reader of the page when it needs it (a value picked for a field); a frame does not', async () => {
    const h = handlers();
    expect(await h.dispatch('loadPageReader', {}, content(11, 3))).toEqual({ ok: true });
    expect(loads).toEqual([]);
    expect(await h.dispatch('loadPageReader', {}, content(11))).toEqual({ ok: true });
    expect(loads).toEqual(['11/0 reader']);
  });

  it('the reader of the page is injected after the highlighter it runs on', () => {
    expect(filesFor('highlighter')).toEqual(['/page-tools.js']);
    expect(filesFor('reader')).toEqual(['/page-tools.js', '/page-reader.js']);
  });

  it('a frame does not speak for its tab, and a failed injection leaves the page as seen', async () => {
    const h = handlers({ loadPageTools: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    expect(await h.dispatch('pageOpened', opened(true), content(6, 2))).toEqual({ loaded: false });
    expect((await readTabSession(fakeBrowser.storage.session, 6)).tab).toBeNull();
    expect(await h.dispatch('pageOpened', opened(true), content(6))).toEqual({ loaded: false });
    expect((await readTabSession(fakeBrowser.storage.session, 6)).tab).toMatchObject({ url: URL_, extraction: null });
  });

  it('a selection on a page without the page tools asks for the toolbar, which loads them', async () => {
    const h = handlers();
    expect(await h.dispatch('selectionMade', {}, content(7))).toEqual({ ok: true });
    expect(asked).toEqual(['7 highlightSelection {"withNote":false}']);
  });

  it('each part runs once per world, and not after its extension was reloaded', () => {
    const world = {};
    expect(partRunning('reader', world)).toBe(false);
    const reader: ReaderPort & { isValid: boolean } = { isValid: true, firstReport: Promise.resolve(), usePicked: () => Promise.resolve() };
    markPartRunning('reader', reader, world);
    expect(runningPart('reader', world)).toBe(reader);
    expect(partRunning('highlighter', world)).toBe(false);
    expect(partRunning('reader', {})).toBe(false);
    reader.isValid = false;
    expect(partRunning('reader', world)).toBe(false);
    // The keys are symbols: they add no name to the global.
    expect(Object.keys(world)).toEqual([]);
  });
});
