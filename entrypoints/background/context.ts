/**
 * What every background handler works with: the database once it is open, the tabs' session
 * state, the checks that a content script speaks only for its own page, and the notices sent to
 * the tabs that show a changed page.
 */
import type { Browser } from 'wxt/browser';
import { PROBLEM_KEY, readTabSession, tabKey } from '@/lib/tab-session';
import { pageKey } from '@/lib/page-key';
import type { ReviewDb } from '@/lib/db';
import { READY, type DbStatus, type OpenedDb } from '@/lib/db-open';
import { createStore, type Store } from '@/lib/store';
import type { StorageErrorCode } from '@/lib/storage-errors';
import { t } from '@/components/strings';
import { MessageError, type MessageTo, type Reply, type Request, type StorageStatus, type TabState } from '@/lib/messages';
import type { Extraction } from '@/lib/extract/schema';
import { pageVerdict } from '@/lib/library/verdict';
import type { AnnotationRecord } from '@/lib/annotation';
import { createRuleStore, type RuleStore } from '@/lib/site-rules/store';
import type { PagePart } from '@/lib/page-tools';
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
  /** Loads the page tools (lib/page-tools.ts) into a tab's frame; they run once however often they are loaded. */
  loadPageTools?: (tabId: number, frameId: number, part: PagePart) => Promise<void>;
  /** Sends a message to the part of the page tools in a tab's main frame that answers it (loading it first) and returns the reply. */
  askTab?: <K extends MessageTo<PagePart>>(tabId: number, type: K, data: Request<K>) => Promise<Reply<K>>;
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

export type Handlers = { [K in MessageTo<'background'>]: (data: Request<K>, sender: Sender) => Promise<Reply<K>> };

export interface BackgroundContext {
  readonly deps: BackgroundDeps;
  readonly now: () => number;
  /** Valid once ready() has resolved: dispatch waits for it before any handler that needs them. */
  readonly db: ReviewDb;
  readonly store: Store;
  readonly rules: RuleStore;
  readonly dbStatus: DbStatus;
  readonly teaching: ReturnType<typeof createTeaching>;
  /** Waits for the database; one that could not be opened at all is tried again. */
  ready(): Promise<void>;
  /**
   * Changes a tab's state one change at a time: a placement report that lands while the page's
   * own report is being recorded must neither be undone by it nor undo it. `change` returns the
   * state to keep, or null to leave it as it is.
   */
  updateTab(tabId: number, change: (tab: TabState | null) => Promise<TabState | null> | TabState | null): Promise<void>;
  /** Forgets a tab's state, after the changes already under way, which would otherwise bring it back. */
  forgetTab(tabId: number): Promise<void>;
}

type Opened = OpenedDb & { store: Store; rules: RuleStore };

export function createContext(deps: BackgroundDeps): BackgroundContext {
  const now = deps.now ?? Date.now;
  const open = async (): Promise<Opened> => {
    const opened = typeof deps.db === 'function' ? await deps.db() : { db: deps.db, status: READY };
    return { ...opened, store: createStore(opened.db, now, deps.newId), rules: createRuleStore(opened.db, now, deps.newId) };
  };
  // Listeners must be in place when the worker starts, before the database is open: every
  // message waits for it, and handlers use what it gave.
  let opening = open();
  let current: Opened | null = null;
  const tabChanges = new Map<number, Promise<void>>();
  const need = (): Opened => {
    if (!current) throw new Error('the database is used before it was opened');
    return current;
  };
  const ctx: BackgroundContext = {
    deps,
    now,
    get db() {
      return need().db;
    },
    get store() {
      return need().store;
    },
    get rules() {
      return need().rules;
    },
    get dbStatus() {
      return current?.status ?? READY;
    },
    teaching: createTeaching({ rules: () => ctx.rules, allTabs: () => allTabs(ctx), askTab: deps.askTab }),
    async ready() {
      const pending = opening;
      const opened = await pending;
      // Not opened at all: the next message tries again, since the cause (a busy disk, a full one) may be gone.
      if (opened.status.state === 'unavailable' && typeof deps.db === 'function' && opening === pending) opening = open();
      current = await opening;
    },
    updateTab(tabId, change) {
      return inTurn(tabId, async () => {
        const next = await change(await readTab(ctx, tabId));
        if (next) await deps.session.set({ [tabKey(tabId)]: next });
      });
    },
    forgetTab(tabId) {
      return inTurn(tabId, () => deps.session.remove(tabKey(tabId)));
    },
  };
  /** Runs `job` once the tab's earlier changes have settled, failed or not. */
  const inTurn = (tabId: number, job: () => Promise<void>): Promise<void> => {
    const run = (tabChanges.get(tabId) ?? Promise.resolve()).then(job);
    const settled = run.catch(() => {});
    tabChanges.set(tabId, settled);
    void settled.then(() => {
      if (tabChanges.get(tabId) === settled) tabChanges.delete(tabId);
    });
    return run;
  };
  return ctx;
}

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

export async function readTab(ctx: BackgroundContext, tabId: number): Promise<TabState | null> {
  return (await readTabSession(ctx.deps.session, tabId)).tab;
}

export async function allTabs(ctx: BackgroundContext): Promise<TabState[]> {
  const all = await ctx.deps.session.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('tab:'))
    .map(([, v]) => v as TabState);
}

export async function requireTab(ctx: BackgroundContext, tabId: number): Promise<TabState> {
  const tab = await readTab(ctx, tabId);
  if (!tab) throw new MessageError(`no page is known for tab ${tabId}; reload the page and try again`);
  return tab;
}

/**
 * A content script speaks only for its own site. (Not its own exact URL: after a single-page
 * app's pushState the browser may still report the URL the document was loaded with, and a
 * page can pushState to any address of its origin anyway, so the origin is the real boundary.)
 */
export function checkOwnPage(ctx: BackgroundContext, page: { url: string; canonical?: string | null }, sender: Sender): void {
  if (senderKind(sender, ctx.deps.extensionOrigin) !== 'content') return;
  if (!sameOrigin(page.url, sender.url ?? '')) throw new MessageError('a page may only send its own address');
  if (page.canonical && !sameSite(page.canonical, page.url)) throw new MessageError('a canonical link must be on the same site');
}

export async function checkOwnAnnotation(ctx: BackgroundContext, id: string, sender: Sender): Promise<void> {
  if (senderKind(sender, ctx.deps.extensionOrigin) !== 'content') return;
  const a = await ctx.store.annotations.get(id);
  if (!a) return; // the store says "not found" with the id
  if (!sameOrigin(a.pageKey, sender.url ?? '')) throw new MessageError('a page may only change its own annotations');
}

/**
 * Tells the tabs that show a changed page (but the one that made the change) to paint again: by
 * its address, or by a canonical link it shares with that page. One read of the changed pages,
 * whatever the number of tabs.
 */
export async function notifyPages(ctx: BackgroundContext, pageKeys: Iterable<string>, exceptTabId?: number): Promise<void> {
  const notify = ctx.deps.notifyTab;
  if (!notify) return;
  const changed = new Set(pageKeys);
  const canonicals = new Set(changed);
  for (const p of await ctx.db.pages.bulkGet([...changed])) if (p?.canonicalKey) canonicals.add(p.canonicalKey);
  for (const tab of await allTabs(ctx)) {
    if (tab.tabId === exceptTabId) continue;
    const shown = changed.has(pageKey(tab.url)) || (tab.canonical != null && canonicals.has(pageKey(tab.canonical)));
    if (shown) await notify(tab.tabId).catch(() => {});
  }
}

export async function pageKeysOf(ctx: BackgroundContext, ids: string[]): Promise<Set<string>> {
  return new Set((await ctx.db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.pageKey] : [])));
}

/** An annotation changed: the other tabs showing its page paint again. */
export async function changed(ctx: BackgroundContext, a: AnnotationRecord, sender: Sender): Promise<AnnotationRecord> {
  await notifyPages(ctx, [a.pageKey], senderKind(sender, ctx.deps.extensionOrigin) === 'content' ? sender.tab?.id : undefined);
  return a;
}

/**
 * Sets the tab's badge. The reader's answer is looked up only for a page the prefilter let
 * through (it has an extraction): on every other page the database is not touched.
 */
export async function showBadge(ctx: BackgroundContext, tab: TabState, answer?: boolean): Promise<void> {
  if (answer === undefined && tab.extraction) {
    // A database that cannot be read leaves the badge to the extraction alone.
    answer = await ctx
      .ready()
      .then(() => ctx.store.pages.get(tab))
      .then(
        (p) => p?.corrections.isReview,
        () => undefined,
      );
  }
  const kind = pageVerdict(tab.extraction, answer);
  if (kind === 'review') await ctx.deps.badge.show(tab.tabId, '✓', tab.extraction ? badgeTitle(tab.extraction) : t.badge.review);
  else if (kind === 'unsure') await ctx.deps.badge.show(tab.tabId, '?', t.badge.unsure);
  else await ctx.deps.badge.clear(tab.tabId);
}

export async function recordProblem(ctx: BackgroundContext, code: StorageErrorCode): Promise<void> {
  await ctx.deps.session.set({ [PROBLEM_KEY]: { code, at: ctx.now() } }).catch(() => {});
}

export async function clearProblem(ctx: BackgroundContext): Promise<void> {
  const got = await ctx.deps.session.get(PROBLEM_KEY).catch((): Record<string, unknown> => ({}));
  if (got[PROBLEM_KEY]) await ctx.deps.session.remove(PROBLEM_KEY).catch(() => {});
}

export async function storageStatus(ctx: BackgroundContext): Promise<StorageStatus> {
  const status = ctx.dbStatus;
  if (status.state !== 'ready') return { state: status.state, code: status.code };
  const got = await ctx.deps.session.get(PROBLEM_KEY);
  const problem = got[PROBLEM_KEY] as { code: StorageErrorCode } | undefined;
  return problem ? { state: 'write-failed', code: problem.code } : null;
}
