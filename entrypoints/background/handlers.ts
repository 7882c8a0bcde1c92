import type { Browser } from 'wxt/browser';
import type { ReviewDb, PageRecord } from '@/lib/db';
import { pageKey } from '@/lib/page-key';
import {
  allowedSenders,
  MessageError,
  parseRequest,
  type MessageType,
  type Reply,
  type Request,
  type TabState,
} from '@/lib/messages';
import type { Extraction } from '@/lib/extract/schema';

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
  now?: () => number;
}

/** The part of a runtime.MessageSender that is used; browsers' type packages disagree on the rest. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}
type Handlers = { [K in MessageType]?: (data: Request<K>, sender: Sender) => Promise<Reply<K>> };

const tabKey = (tabId: number) => `tab:${tabId}`;

type StoredTab = Omit<TabState, 'saved'>;

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

export function createHandlers(deps: BackgroundDeps) {
  const now = deps.now ?? Date.now;

  async function readTab(tabId: number): Promise<StoredTab | null> {
    const got = await deps.session.get(tabKey(tabId));
    return (got[tabKey(tabId)] as StoredTab | undefined) ?? null;
  }

  const handlers: Handlers = {
    async pageSeen(data, sender) {
      const tabId = sender.tab!.id!;
      // Only the main frame speaks for the tab; frames would overwrite each other.
      if (sender.frameId != null && sender.frameId !== 0) return { ok: true };
      const state: StoredTab = { tabId, url: data.url, title: data.title, extraction: data.extraction, seenAt: now() };
      await deps.session.set({ [tabKey(tabId)]: state });
      if (data.extraction?.isReview) await deps.badge.show(tabId, '✓', badgeTitle(data.extraction));
      else await deps.badge.clear(tabId);
      return { ok: true };
    },

    async getTabState({ tabId }) {
      const tab = await readTab(tabId);
      if (!tab) return null;
      const saved = (await deps.db.pages.get(pageKey(tab.url))) ?? null;
      return { ...tab, saved };
    },

    async savePage({ tabId }) {
      const tab = await readTab(tabId);
      if (!tab) throw new MessageError(`no page is known for tab ${tabId}; reload the page and try again`);
      const key = pageKey(tab.url);
      const t = now();
      let record!: PageRecord;
      await deps.db.transaction('rw', deps.db.pages, async () => {
        const existing = await deps.db.pages.get(key);
        record = {
          key,
          url: tab.url,
          title: tab.title,
          extraction: tab.extraction,
          savedAt: existing?.savedAt ?? t,
          updatedAt: t,
        };
        await deps.db.pages.put(record);
      });
      return record;
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
    if (kind !== allowedSenders[type]) {
      throw new MessageError(`"${type}" is not accepted from ${kind ?? 'an unknown sender'}`);
    }
    return handler(parseRequest(type, data), sender);
  }

  return { dispatch, forgetTab, handledTypes: Object.keys(handlers) as MessageType[] };
}
