import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewDb } from '@/lib/db';
import { emptyReview, emptyWork } from '@/lib/extract/schema';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { Badge } from '@/entrypoints/background/context';
import { MESSAGES, messagesUsing } from '@/lib/messages';
import { readTabSession } from '@/lib/tab-session';
import { UNSURE_FROM } from '@/lib/extract/classify';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const contentSender = (tabId: number, url = 'https://ex.org/review') => ({ id: 'x', url, frameId: 0, tab: { id: tabId } });
const popupSender = { id: 'x', url: `${ORIGIN}popup.html` };

const review = (title: string) => ({
  url: 'https://ex.org/review',
  isReview: true,
  confidence: 0.9,
  work: { ...emptyWork(), title, authors: ['Ann Smith', 'Bo Li'] },
  review: emptyReview(),
  fields: {},
});

function recordingBadge() {
  const calls: string[] = [];
  const badge: Badge = {
    show: (tabId, text, title) => Promise.resolve(void calls.push(`show ${tabId} ${text} ${title}`)),
    clear: (tabId) => Promise.resolve(void calls.push(`clear ${tabId}`)),
  };
  return { badge, calls };
}

let db: ReviewDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ReviewDb(`bg-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('background handlers', () => {
  it('keeps what a content script reports in session storage and lights the badge on a review', async () => {
    const { badge, calls } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN, now: () => 1000 });
    await h.dispatch('pageSeen', { url: 'https://ex.org/review', title: 'R', canonical: null, extraction: review('The Book') }, contentSender(7));
    expect(calls).toEqual(['show 7 ✓ Review of “The Book” by Ann Smith, Bo Li']);
    const state = (await readTabSession(fakeBrowser.storage.session, 7)).tab;
    expect(state).toMatchObject({ tabId: 7, url: 'https://ex.org/review', title: 'R', seenAt: 1000, orphans: [] });
    // Visiting writes nothing to the database.
    expect(await db.pages.count()).toBe(0);
  });

  it('clears the badge for a page that is not a review', async () => {
    const { badge, calls } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    await h.dispatch('pageSeen', { url: 'https://ex.org/news', title: 'N', canonical: null, extraction: null }, contentSender(3, 'https://ex.org/news'));
    expect(calls).toEqual(['clear 3']);
  });

  it("marks an unsure page with a question mark, and keeps the reader's answer for the next visit", async () => {
    const { badge, calls } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    const unsure = { ...review('Maybe'), isReview: false, confidence: UNSURE_FROM };
    const seen = () => h.dispatch('pageSeen', { url: 'https://ex.org/review', title: 'R', canonical: null, extraction: unsure }, contentSender(4));
    await seen();
    expect(calls.pop()).toMatch(/^show 4 \? /);
    // Just below the band: nothing to ask.
    await h.dispatch(
      'pageSeen',
      { url: 'https://ex.org/review', title: 'R', canonical: null, extraction: { ...unsure, confidence: UNSURE_FROM - 0.01 } },
      contentSender(4),
    );
    expect(calls.pop()).toBe('clear 4');

    const page = await h.dispatch('answerIsReview', { tabId: 4, isReview: false }, popupSender);
    expect(page.corrections.isReview).toBe(false);
    expect(calls.pop()).toBe('clear 4');
    await seen();
    expect(calls.pop()).toBe('clear 4');

    await h.dispatch('answerIsReview', { tabId: 4, isReview: true }, popupSender);
    expect(calls.pop()).toBe('show 4 ✓ Review of “Maybe” by Ann Smith, Bo Li');
    await seen();
    expect(calls.pop()).toBe('show 4 ✓ Review of “Maybe” by Ann Smith, Bo Li');
    // A content script cannot answer for the reader.
    await expect(h.dispatch('answerIsReview', { tabId: 4, isReview: false }, contentSender(4))).rejects.toThrow(/not accepted from content/);
  });

  it("still marks a page when the database cannot be read for the reader's answer", async () => {
    const { badge, calls } = recordingBadge();
    const broken = () => Promise.reject(new Error('disk gone'));
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    db.pages.get = broken as never;
    db.pages.bulkGet = broken as never;
    await h.dispatch('pageSeen', { url: 'https://ex.org/review', title: 'R', canonical: null, extraction: review('The Book') }, contentSender(9));
    expect(calls).toEqual(['show 9 ✓ Review of “The Book” by Ann Smith, Bo Li']);
    expect((await readTabSession(fakeBrowser.storage.session, 9)).tab?.url).toBe('https://ex.org/review');
  });

  it("saves a tab's page to the library under its page key, keeping the first save time", async () => {
    const { badge } = recordingBadge();
    let t = 10;
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN, now: () => t });
    await h.dispatch(
      'pageSeen',
      { url: 'https://ex.org/review?utm_source=x#top', title: 'R', canonical: null, extraction: review('B') },
      contentSender(5, 'https://ex.org/review?utm_source=x#top'),
    );
    const first = await h.dispatch('savePage', { tabId: 5 }, popupSender);
    expect(first).toMatchObject({ key: 'https://ex.org/review', savedAt: 10, updatedAt: 10 });
    t = 20;
    const second = await h.dispatch('savePage', { tabId: 5 }, popupSender);
    expect(second).toMatchObject({ savedAt: 10, updatedAt: 20 });
    expect(await db.pages.get('https://ex.org/review')).toMatchObject({ savedAt: 10, updatedAt: 20 });
  });

  it('refuses malformed payloads and messages from the wrong sender, without touching state', async () => {
    const { badge, calls } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    await expect(h.dispatch('pageSeen', { url: 'file:///etc/passwd', title: 'x', canonical: null, extraction: null }, contentSender(1))).rejects.toThrow(/url/);
    await expect(h.dispatch('pageSeen', { nonsense: true }, contentSender(1))).rejects.toThrow(/invalid "pageSeen"/);
    // A web page's content script may not read other tabs or write the library.
    await expect(h.dispatch('savePage', { tabId: 1 }, contentSender(2))).rejects.toThrow(/not accepted from content/);
    await expect(h.dispatch('savePage', { tabId: 1 }, contentSender(2))).rejects.toThrow(/not accepted from content/);
    await expect(h.dispatch('pageSeen', { url: 'https://a.b/', title: '', canonical: null, extraction: null }, popupSender)).rejects.toThrow(
      /not accepted from extension/,
    );
    await expect(h.dispatch('savePage', { tabId: 99 }, popupSender)).rejects.toThrow(/no page is known for tab 99/);
    // A page may not speak for another page.
    await expect(h.dispatch('pageSeen', { url: 'https://bank.example/', title: 'x', canonical: null, extraction: null }, contentSender(1))).rejects.toThrow(
      /its own address/,
    );
    expect(calls).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores reports from sub-frames, and forgets a tab when it closes', async () => {
    const { badge, calls } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    await h.dispatch(
      'pageSeen',
      { url: 'https://ads.example/', title: 'ad', canonical: null, extraction: null },
      { ...contentSender(4, 'https://ads.example/'), frameId: 3 },
    );
    expect((await readTabSession(fakeBrowser.storage.session, 4)).tab).toBeNull();
    await h.dispatch('pageSeen', { url: 'https://ex.org/review', title: 'R', canonical: null, extraction: null }, contentSender(4));
    await h.forgetTab(4);
    expect((await readTabSession(fakeBrowser.storage.session, 4)).tab).toBeNull();
    expect(calls.at(-1)).toBe('clear 4');
  });
});

describe('the protocol as the background sees it', () => {
  it('handles exactly the messages declared to it, and refuses those meant for the content script', async () => {
    const { badge } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    expect([...h.handledTypes].sort()).toEqual(
      Object.keys(MESSAGES)
        .filter((k) => MESSAGES[k as keyof typeof MESSAGES].to === 'background')
        .sort(),
    );
    await expect(h.dispatch('revealAnnotation', { id: 'abcdefgh12' }, popupSender)).rejects.toThrow(/does not handle "revealAnnotation"/);
  });
  it('takes each message only from the senders its declaration names', async () => {
    const { badge } = recordingBadge();
    const h = createHandlers({ db, session: fakeBrowser.storage.session, badge, extensionOrigin: ORIGIN });
    // A page may not empty the trash; the popup may not claim to have seen a page.
    await expect(h.dispatch('emptyTrash', {}, contentSender(4))).rejects.toThrow(/"emptyTrash" is not accepted from content/);
    await expect(h.dispatch('pageSeen', { url: 'https://ex.org/r', title: 'R', canonical: null, extraction: null }, popupSender)).rejects.toThrow(
      /not accepted from extension/,
    );
  });
  it('derives which messages write from their declarations', () => {
    expect([...messagesUsing('write')]).toEqual(expect.arrayContaining(['createHighlight', 'correctField', 'answerIsReview', 'emptyTrash']));
    expect(messagesUsing('write').has('listAnnotations')).toBe(false);
    expect([...messagesUsing('session')].sort()).toEqual(['anchoringReport']);
  });
});
