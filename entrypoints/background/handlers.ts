import type { Browser } from 'wxt/browser';
import { IMPORT_KEY, PROBLEM_KEY, readTabSession, tabKey, type ImportProgress } from '@/lib/tab-session';
import { BackupError, parseBackup, type ParsedBackup } from '@/lib/backup/format';
import { applyImport } from '@/lib/backup/import';
import { pageKey } from '@/lib/page-key';
import type { ReviewDb } from '@/lib/db';
import { READY, type DbStatus, type OpenedDb } from '@/lib/db-open';
import { createAnnotationStore, type AnnotationStore, type PageRef } from '@/lib/annotation-store';
import { classifyStorageError, storageMessage, type StorageErrorCode } from '@/lib/storage-errors';
import { t } from '@/components/strings';
import {
  MESSAGES,
  mayComeFrom,
  MessageError,
  messagesTo,
  messagesUsing,
  parseRequest,
  type MessageTo,
  type MessageType,
  type Reply,
  type Request,
  type StorageStatus,
  type TabState,
} from '@/lib/messages';
import type { Extraction, FieldPath } from '@/lib/extract/schema';
import type { FieldValue } from '@/lib/library/corrections';
import { pageVerdict } from '@/lib/library/verdict';
import type { AnnotationRecord } from '@/lib/annotation';
import { createRuleStore, type RuleStore } from '@/lib/site-rules/store';
import { chooseWork } from '@/lib/works/works';
import { createTeaching } from './teaching';

export interface Badge {
  show(tabId: number, text: string, title: string): Promise<void>;
  clear(tabId: number): Promise<void>;
}

export interface BackgroundDeps {
  /** The database, or how to open it (again, after it could not be opened at all). */
  db: ReviewDb | (() => Promise<OpenedDb>);
  /** storage.session: per-tab state that must outlive a stopped service worker, not the browser. */
  session: Browser.storage.StorageArea;
  badge: Badge;
  extensionOrigin: string;
  /** Tells a tab's content script that its page's annotations changed elsewhere. */
  notifyTab?: (tabId: number) => Promise<void>;
  /** Sends a message to the content script of a tab's main frame and returns its reply. */
  askTab?: <K extends MessageTo<'content'>>(tabId: number, type: K, data: Request<K>) => Promise<Reply<K>>;
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

type Handlers = { [K in MessageTo<'background'>]: (data: Request<K>, sender: Sender) => Promise<Reply<K>> };
type StoredTab = TabState;

/** The messages that write the library: a storage failure in one means something was not saved. */
const WRITES = messagesUsing('write');
/** The messages that only read or write the tab's session state: they need not wait for the database. */
const SESSION_ONLY = messagesUsing('session');

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
  const openDb = async (): Promise<OpenedDb & { store: AnnotationStore; rules: RuleStore }> => {
    const opened = typeof deps.db === 'function' ? await deps.db() : { db: deps.db, status: READY };
    return { ...opened, store: createAnnotationStore(opened.db, now, deps.newId), rules: createRuleStore(opened.db, now, deps.newId) };
  };
  // Listeners must be in place when the worker starts, before the database is open: every
  // message waits for it (dispatch), and handlers use what it gave.
  let opening = openDb();
  let db!: ReviewDb;
  let store!: AnnotationStore;
  let rules!: RuleStore;
  let dbStatus: DbStatus = READY;
  // What the reader teaches: the site rules, read once the database is open (ready()).
  const teaching = createTeaching({ rules: () => rules, allTabs: () => allTabs(), askTab: deps.askTab });

  async function ready(): Promise<void> {
    const current = opening;
    const opened = await current;
    // Not opened at all: the next message tries again, since the cause (a busy disk, a full one) may be gone.
    if (opened.status.state === 'unavailable' && typeof deps.db === 'function' && opening === current) opening = openDb();
    ({ db, store, rules, status: dbStatus } = await opening);
  }

  async function recordProblem(code: StorageErrorCode): Promise<void> {
    await deps.session.set({ [PROBLEM_KEY]: { code, at: now() } }).catch(() => {});
  }

  async function clearProblem(): Promise<void> {
    const got = await deps.session.get(PROBLEM_KEY).catch(() => ({}) as Record<string, unknown>);
    if (got[PROBLEM_KEY]) await deps.session.remove(PROBLEM_KEY).catch(() => {});
  }

  async function storageStatus(): Promise<StorageStatus> {
    if (dbStatus.state !== 'ready') return { state: dbStatus.state, code: dbStatus.code };
    const got = await deps.session.get(PROBLEM_KEY);
    const problem = got[PROBLEM_KEY] as { code: StorageErrorCode } | undefined;
    return problem ? { state: 'write-failed', code: problem.code } : null;
  }

  async function readTab(tabId: number): Promise<StoredTab | null> {
    return (await readTabSession(deps.session, tabId)).tab;
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
  /**
   * Tells the tabs that show a changed page: by its address, or by a canonical link it shares
   * with that page. One read of the changed pages, whatever the number of tabs.
   */
  async function notifyPages(pageKeys: Iterable<string>, exceptTabId?: number): Promise<void> {
    if (!deps.notifyTab) return;
    const changed = new Set(pageKeys);
    const canonicals = new Set(changed);
    for (const p of await db.pages.bulkGet([...changed])) if (p?.canonicalKey) canonicals.add(p.canonicalKey);
    for (const tab of await allTabs()) {
      if (tab.tabId === exceptTabId) continue;
      const shown = changed.has(pageKey(tab.url)) || (tab.canonical != null && canonicals.has(pageKey(tab.canonical)));
      if (shown) await deps.notifyTab(tab.tabId).catch(() => {});
    }
  }

  const notifyPage = (a: AnnotationRecord, exceptTabId?: number) => notifyPages([a.pageKey], exceptTabId);

  async function pageKeysOf(ids: string[]): Promise<Set<string>> {
    return new Set((await db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.pageKey] : [])));
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

  /**
   * Sets the tab's badge. The reader's answer is looked up only for a page the prefilter let
   * through (it has an extraction): on every other page the database is not touched.
   */
  async function showBadge(tab: StoredTab, answer?: boolean): Promise<void> {
    if (answer === undefined && tab.extraction) {
      // A database that cannot be read leaves the badge to the extraction alone.
      answer = await ready()
        .then(() => store.getPage(tab))
        .then(
          (p) => p?.corrections.isReview,
          () => undefined,
        );
    }
    const kind = pageVerdict(tab.extraction, answer);
    if (kind === 'review') await deps.badge.show(tab.tabId, '✓', tab.extraction ? badgeTitle(tab.extraction) : t.badge.review);
    else if (kind === 'unsure') await deps.badge.show(tab.tabId, '?', t.badge.unsure);
    else await deps.badge.clear(tab.tabId);
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
      if (sender.frameId != null && sender.frameId !== 0) return { ok: true, rules: [] };
      // A database that cannot be read leaves the page to the generic extraction.
      const siteRules = await teaching.rulesForPage(data.url, data.extraction);
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
      // The badge first: once the tab's state is visible, its badge is already what it will be.
      await showBadge(state);
      await deps.session.set({ [tabKey(tabId)]: state });
      return { ok: true, rules: siteRules };
    },

    async answerIsReview({ tabId, isReview }) {
      const tab = await requireTab(tabId);
      const page = await store.answerIsReview(tab, tab.extraction, isReview);
      await showBadge(tab, isReview);
      await teaching.learnVerdict(tab, isReview);
      return page;
    },

    // The tab's page only: extension pages read its record and annotations from the database themselves.
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

    async usePick({ page, field, value, quote, locator }, sender) {
      checkOwnPage(page, sender);
      const tab = sender.tab?.id != null ? await readTab(sender.tab.id) : null;
      const record = await store.correctField(page, tab?.url === page.url ? tab.extraction : null, field, value, quote);
      if (locator) await teaching.learnLocated(page.url, field, locator);
      return record;
    },

    async reattachAnnotation({ page, id, selectors }, sender) {
      checkOwnPage(page, sender);
      await checkOwnAnnotation(id, sender);
      try {
        return await changed(await store.reattach(id, selectors), sender);
      } catch (e) {
        if (e instanceof TypeError) throw new MessageError(e.message);
        throw e;
      }
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

    async correctField({ page, field, value }) {
      const record = await correct(page, field, value);
      if ('tabId' in page) {
        const tab = await readTab(page.tabId);
        if (tab) await teaching.learnFromCorrection(tab, field, value);
      }
      return record;
    },

    async resetField({ page, field }) {
      const record = await correct(page, field, undefined);
      // Taking a correction back takes back what was learned from it.
      if ('tabId' in page) {
        const tab = await readTab(page.tabId);
        if (tab) await teaching.forgetLearnedOn(tab, field);
      }
      return record;
    },

    forgetRules: ({ ids }) => teaching.forget(ids),
    forgetSiteRules: ({ site }) => teaching.forgetSite(site),
    chooseWork: async ({ pageKeys, work }) => ({ count: await chooseWork(db, pageKeys, work, now()) }),

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

    async importBackup({ text }) {
      let backup: ParsedBackup;
      try {
        await deps.session.set({ [IMPORT_KEY]: { phase: 'checking', pages: 0, annotations: 0 } satisfies ImportProgress });
        backup = parseBackup(text);
      } catch (e) {
        await deps.session.remove(IMPORT_KEY).catch(() => {});
        if (e instanceof BackupError) throw new MessageError(e.message);
        throw e;
      }
      try {
        const progress: ImportProgress = { phase: 'writing', pages: backup.pages.length, annotations: backup.annotations.length };
        await deps.session.set({ [IMPORT_KEY]: progress });
        const { pageKeys, ...plan } = await applyImport(db, backup);
        // The tabs showing these pages paint them again.
        await notifyPages(pageKeys);
        return plan;
      } finally {
        await deps.session.remove(IMPORT_KEY).catch(() => {});
      }
    },

    getStorageStatus: () => storageStatus(),
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
    const handler =
      Object.hasOwn(MESSAGES, type) && MESSAGES[type].to === 'background'
        ? (handlers[type as MessageTo<'background'>] as unknown as ((d: Request<K>, s: Sender) => Promise<Reply<K>>) | undefined)
        : undefined;
    if (!handler) throw new MessageError(`the background does not handle "${String(type)}"`);
    const kind = senderKind(sender, deps.extensionOrigin);
    if (kind == null || !mayComeFrom(type, kind)) {
      throw new MessageError(`"${type}" is not accepted from ${kind ?? 'an unknown sender'}`);
    }
    const request = parseRequest(type, data);
    if (!SESSION_ONLY.has(type)) await ready();
    try {
      const reply = await handler(request, sender);
      if (WRITES.has(type)) await clearProblem();
      return reply;
    } catch (e) {
      const code = e instanceof MessageError ? null : classifyStorageError(e);
      if (!code) throw e;
      // The database failed: the sender gets what happened and what to do, not Dexie's words.
      if (!WRITES.has(type)) throw new MessageError(storageMessage(code), code);
      if (dbStatus.state === 'ready') await recordProblem(code);
      throw new MessageError(storageMessage(code, t.storage.changeNotSaved), code);
    }
  }

  /** Deletes what has been in the trash too long; nothing to do while the database cannot be written. */
  async function purgeTrash(): Promise<void> {
    await ready();
    if (dbStatus.state === 'ready') await store.purgeTrash();
  }

  return { dispatch, forgetTab, purgeTrash, handledTypes: messagesTo('background') };
}
