import type { Browser } from 'wxt/browser';
import type { ReviewDb } from '@/lib/db';
import { createAnnotationStore, type PageRef } from '@/lib/annotation-store';
import {
  allowedSenders,
  MessageError,
  parseRequest,
  type MessageType,
  type Reply,
  type Request,
  type TabState,
} from '@/lib/messages';
import type { Extraction, FieldPath } from '@/lib/extract/schema';
import type { FieldValue } from '@/lib/library/corrections';
import type { AnnotationRecord } from '@/lib/annotation';

export interface Badge {
  show(tabId: number, text: string, title: string): Promise<void>;
  clear(tabId: number): Promise<void>;
}

export interface BackgroundDeps {
  db: ReviewDb;
  /** storage.session: per-tab state that must outlive a stopped service worker, not the browser. */
  session: Browser.storage.StorageArea;
  badge: Badge;
  extensionOrigin: string;
  /** Tells a tab's content script that its page's annotations changed elsewhere. */
  notifyTab?: (tabId: number) => Promise<void>;
  now?: () => number;
  newId?: () => string;
}

/** The part of a runtime.MessageSender that is used; browsers' type packages disagree on the rest. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

type Handlers = { [K in MessageType]?: (data: Request<K>, sender: Sender) => Promise<Reply<K>> };
type StoredTab = TabState;

const tabKey = (tabId: number) => `tab:${tabId}`;

export function senderKind(sender: Sender, extensionOrigin: string): 'content' | 'extension' | null {
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab?.id != null && /^https?:\/\//i.test(url)) return 'content';
  return null;
}

export function badgeTitle(extraction: Extraction): string {
  const { title, authors } = extraction.work;
  const by = authors.length ? ` by ${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ' et al.' : ''}` : '';
  return `Review of “${title ?? 'an untitled work'}”${by}`;
}

function sameSite(a: string, b: string): boolean {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function createHandlers(deps: BackgroundDeps) {
  const now = deps.now ?? Date.now;
  const store = createAnnotationStore(deps.db, now, deps.newId);

  async function readTab(tabId: number): Promise<StoredTab | null> {
    const got = await deps.session.get(tabKey(tabId));
    return (got[tabKey(tabId)] as StoredTab | undefined) ?? null;
  }

  async function allTabs(): Promise<StoredTab[]> {
    const all = await deps.session.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('tab:'))
      .map(([, v]) => v as StoredTab);
  }

  async function requireTab(tabId: number): Promise<StoredTab> {
    const tab = await readTab(tabId);
    if (!tab) throw new MessageError(`no page is known for tab ${tabId}; reload the page and try again`);
    return tab;
  }

  /**
   * A content script speaks only for its own site. (Not its own exact URL: after a single-page
   * app's pushState the browser may still report the URL the document was loaded with, and a
   * page can pushState to any address of its origin anyway, so the origin is the real boundary.)
   */
  function checkOwnPage(page: { url: string; canonical?: string | null }, sender: Sender): void {
    if (senderKind(sender, deps.extensionOrigin) !== 'content') return;
    if (!sameOrigin(page.url, sender.url ?? '')) throw new MessageError('a page may only send its own address');
    if (page.canonical && !sameSite(page.canonical, page.url)) throw new MessageError('a canonical link must be on the same site');
  }

  async function checkOwnAnnotation(id: string, sender: Sender): Promise<void> {
    if (senderKind(sender, deps.extensionOrigin) !== 'content') return;
    const a = await store.get(id);
    if (!a) return; // the store says "not found" with the id
    if (!sameOrigin(a.pageKey, sender.url ?? '')) throw new MessageError('a page may only change its own annotations');
  }

  /** Tells the tabs showing any of these pages (but the one that made the change) to paint again. */
  async function notifyPages(pageKeys: Iterable<string>, exceptTabId?: number): Promise<void> {
    if (!deps.notifyTab) return;
    const changedKeys = new Set(pageKeys);
    for (const tab of await allTabs()) {
      if (tab.tabId === exceptTabId) continue;
      const keys = await store.keysFor(tab);
      if (keys.some((k) => changedKeys.has(k))) await deps.notifyTab(tab.tabId).catch(() => {});
    }
  }

  const notifyPage = (a: AnnotationRecord, exceptTabId?: number) => notifyPages([a.pageKey], exceptTabId);

  async function pageKeysOf(ids: string[]): Promise<Set<string>> {
    return new Set((await deps.db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.pageKey] : [])));
  }

  /** The page a correction is for: the tab's page (saved now if it was not), or a saved page. */
  async function correct(page: { tabId: number } | { pageKey: string }, field: FieldPath, value: FieldValue | undefined) {
    try {
      if ('tabId' in page) {
        const tab = await requireTab(page.tabId);
        return await store.correctField(tab, tab.extraction, field, value);
      }
      return await store.correctSavedField(page.pageKey, field, value);
    } catch (e) {
      if (e instanceof TypeError) throw new MessageError(e.message);
      throw e;
    }
  }

  async function changed(a: AnnotationRecord, sender: Sender): Promise<AnnotationRecord> {
    await notifyPage(a, senderKind(sender, deps.extensionOrigin) === 'content' ? sender.tab?.id : undefined);
    return a;
  }

  const handlers: Handlers = {
    async pageSeen(data, sender) {
      checkOwnPage(data, sender);
      const tabId = sender.tab!.id!;
      // Only the main frame speaks for the tab; frames would overwrite each other.
      if (sender.frameId != null && sender.frameId !== 0) return { ok: true };
      const previous = await readTab(tabId);
      const state: StoredTab = {
        tabId,
        url: data.url,
        title: data.title,
        canonical: data.canonical,
        extraction: data.extraction,
        seenAt: now(),
        orphans: previous?.url === data.url ? previous.orphans : [],
      };
      await deps.session.set({ [tabKey(tabId)]: state });
      if (data.extraction?.isReview) await deps.badge.show(tabId, '✓', badgeTitle(data.extraction));
      else await deps.badge.clear(tabId);
      return { ok: true };
    },

    // The tab's page only: extension pages read its record and annotations from the database themselves.
    getTabState: ({ tabId }) => readTab(tabId),

    async savePage({ tabId }) {
      const tab = await requireTab(tabId);
      return store.savePage(tab, tab.extraction);
    },

    async createHighlight({ page, highlight }, sender) {
      checkOwnPage(page, sender);
      const tab = sender.tab?.id != null ? await readTab(sender.tab.id) : null;
      const record = await store.addHighlight(page, tab?.url === page.url ? tab.extraction : null, highlight);
      return changed(record, sender);
    },

    async listAnnotations({ page }, sender) {
      checkOwnPage(page, sender);
      return store.forPage(page);
    },

    async anchoringReport({ url, orphans }, sender) {
      checkOwnPage({ url }, sender);
      const tab = await readTab(sender.tab!.id!);
      if (tab && tab.url === url) await deps.session.set({ [tabKey(tab.tabId)]: { ...tab, orphans } });
      return { ok: true };
    },

    async updateAnnotation({ id, edit }, sender) {
      await checkOwnAnnotation(id, sender);
      return changed(await store.update(id, edit), sender);
    },

    async deleteAnnotation({ id }, sender) {
      await checkOwnAnnotation(id, sender);
      return changed(await store.trash(id), sender);
    },

    async restoreAnnotation({ id }, sender) {
      await checkOwnAnnotation(id, sender);
      return changed(await store.restore(id), sender);
    },

    async addPageNote({ tabId, note }, sender) {
      const tab = await requireTab(tabId);
      return changed(await store.addPageNote(tab as PageRef, tab.extraction, note), sender);
    },

    async orphanToPageNote({ id }, sender) {
      return changed(await store.orphanToPageNote(id), sender);
    },

    correctField: ({ page, field, value }) => correct(page, field, value),
    resetField: ({ page, field }) => correct(page, field, undefined),

    async trashAnnotations({ ids }) {
      const count = await store.trashMany(ids);
      await notifyPages(await pageKeysOf(ids));
      return { count };
    },

    async restoreAnnotations({ ids }) {
      const count = await store.restoreMany(ids);
      await notifyPages(await pageKeysOf(ids));
      return { count };
    },

    async editAnnotations({ ids, edit }) {
      const count = await store.updateMany(ids, edit);
      await notifyPages(await pageKeysOf(ids));
      return { count };
    },

    async trashPages({ keys }) {
      const count = await store.trashPages(keys);
      await notifyPages(keys);
      return { count };
    },

    async restorePages({ keys }) {
      const count = await store.restorePages(keys);
      await notifyPages(keys);
      return { count };
    },

    emptyTrash: () => store.purgeTrash(0),

    async pagesChanged({ keys }) {
      await notifyPages(keys);
      return { ok: true };
    },
  };

  /** Forgets a tab's state when it closes or starts loading another document. */
  async function forgetTab(tabId: number): Promise<void> {
    await deps.session.remove(tabKey(tabId));
    await deps.badge.clear(tabId);
  }

  /**
   * The one entry for every message the background receives: checks who sent it and what
   * it holds before any handler sees it. Throws MessageError with a reason otherwise.
   */
  async function dispatch<K extends MessageType>(type: K, data: unknown, sender: Sender): Promise<Reply<K>> {
    const handler = handlers[type] as ((d: Request<K>, s: Sender) => Promise<Reply<K>>) | undefined;
    if (!handler) throw new MessageError(`the background does not handle "${String(type)}"`);
    const kind = senderKind(sender, deps.extensionOrigin);
    const allowed = allowedSenders[type];
    if (kind == null || (allowed !== 'either' && kind !== allowed)) {
      throw new MessageError(`"${type}" is not accepted from ${kind ?? 'an unknown sender'}`);
    }
    return handler(parseRequest(type, data), sender);
  }

  return { dispatch, forgetTab, purgeTrash: store.purgeTrash, handledTypes: Object.keys(handlers) as MessageType[] };
}
