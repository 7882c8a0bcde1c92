/** The messages about the page a tab shows: what its content script saw, and the reader's answers and corrections. */
import { decide, decideEmbedded } from '@/lib/extract/prefilter';
import { MessageError } from '@/lib/messages';
import type { FieldPath } from '@/lib/extract/schema';
import type { FieldValue } from '@/lib/library/corrections';
import type { PageSnapshot } from '@/lib/page-reporter';
import type { PagePart } from '@/lib/page-tools';
import { changed, checkOwnPage, readTab, requireTab, showBadge, type BackgroundContext, type Handlers, type Sender } from './context';

/** Keeps what the tab's page is and what was extracted from it, and shows it on the badge. */
async function recordPage(ctx: BackgroundContext, tabId: number, page: PageSnapshot): Promise<void> {
  await ctx.updateTab(tabId, async (previous) => {
    const state = { ...page, tabId, seenAt: ctx.now(), orphans: previous?.url === page.url ? previous.orphans : [] };
    // The badge first: once the tab's state is visible, its badge is already what it will be.
    await showBadge(ctx, state);
    return state;
  });
}

/**
 * Which part of the page tools a page the prefilter turned away needs all the same: the reader
 * of the page where its site has rules the reader taught (they read pages the prefilter would
 * not let through), the highlighter where it has highlights to paint. A database that cannot be
 * read says none.
 */
async function partNeeded(ctx: BackgroundContext, page: { url: string; title: string; canonical: string | null }): Promise<PagePart | null> {
  const rules = await ctx.rules.forUrl(page.url).catch(() => []);
  if (rules.length) return 'reader';
  const records = await ctx.store.annotations.forPage(page).catch(() => []);
  return records.some((r) => r.target != null) ? 'highlighter' : null;
}

/** The main frame of the tab a content script runs in; null for a frame or a sender with no tab. */
const mainFrameTab = (sender: Sender): number | null => (sender.tab?.id != null && (sender.frameId ?? 0) === 0 ? sender.tab.id : null);

type TabHandlers = Pick<
  Handlers,
  | 'pageOpened'
  | 'selectionMade'
  | 'loadPageReader'
  | 'pageSeen'
  | 'answerIsReview'
  | 'savePage'
  | 'anchoringReport'
  | 'usePick'
  | 'correctField'
  | 'resetField'
  | 'addPageNote'
>;

export function tabHandlers(ctx: BackgroundContext): TabHandlers {
  /** The page a correction is for: the tab's page (saved now if it was not), or a saved page. */
  async function correct(page: { tabId: number } | { pageKey: string }, field: FieldPath, value: FieldValue | undefined) {
    try {
      if ('tabId' in page) {
        const tab = await requireTab(ctx, page.tabId);
        return await ctx.store.corrections.correctField(tab, tab.extraction, field, value);
      }
      return await ctx.store.corrections.correctSavedField(page.pageKey, field, value);
    } catch (e) {
      if (e instanceof TypeError) throw new MessageError(e.message);
      throw e;
    }
  }

  return {
    async pageOpened({ glimpse, embedded, ...page }, sender) {
      checkOwnPage(ctx, page, sender);
      const tabId = mainFrameTab(sender);
      if (tabId == null) return { loaded: false };
      const load = ctx.deps.loadPageTools;
      const part = load && (decide(glimpse) || decideEmbedded(embedded) ? 'reader' : await partNeeded(ctx, page));
      // The reader of the page reports the page itself, with its extraction; else the page is kept
      // as seen before the highlighter reports which of its highlights it could place.
      if (part !== 'reader') await recordPage(ctx, tabId, { ...page, extraction: null });
      if (!part) return { loaded: false };
      const loaded = await load(tabId, 0, part).then(
        () => true,
        () => false,
      );
      if (!loaded && part === 'reader') await recordPage(ctx, tabId, { ...page, extraction: null });
      return { loaded };
    },

    async selectionMade(_data, sender) {
      const tabId = mainFrameTab(sender);
      // askTab loads the page tools first.
      if (tabId != null) await ctx.deps.askTab?.(tabId, 'highlightSelection', { withNote: false });
      return { ok: true };
    },

    async loadPageReader(_data, sender) {
      const tabId = mainFrameTab(sender);
      if (tabId != null) await ctx.deps.loadPageTools?.(tabId, 0, 'reader');
      return { ok: true };
    },

    async pageSeen(data, sender) {
      checkOwnPage(ctx, data, sender);
      // Only the main frame speaks for the tab; frames would overwrite each other.
      const tabId = mainFrameTab(sender);
      if (tabId == null) return { ok: true, rules: [] };
      // A database that cannot be read leaves the page to the generic extraction.
      const siteRules = await ctx.teaching.rulesForPage(data.url, data.extraction);
      await recordPage(ctx, tabId, { url: data.url, title: data.title, canonical: data.canonical, extraction: data.extraction });
      return { ok: true, rules: siteRules };
    },

    async answerIsReview({ tabId, isReview }) {
      const tab = await requireTab(ctx, tabId);
      const page = await ctx.store.corrections.answerIsReview(tab, tab.extraction, isReview);
      await showBadge(ctx, tab, isReview);
      await ctx.teaching.learnVerdict(tab, isReview);
      return page;
    },

    // The tab's page only: extension pages read its record and annotations from the database themselves.
    async savePage({ tabId }) {
      const tab = await requireTab(ctx, tabId);
      return ctx.store.pages.save(tab, tab.extraction);
    },

    async anchoringReport({ url, orphans }, sender) {
      checkOwnPage(ctx, { url }, sender);
      if (sender.tab?.id != null) await ctx.updateTab(sender.tab.id, (tab) => (tab && tab.url === url ? { ...tab, orphans } : null));
      return { ok: true };
    },

    async usePick({ page, field, value, quote, locator }, sender) {
      checkOwnPage(ctx, page, sender);
      const tab = sender.tab?.id != null ? await readTab(ctx, sender.tab.id) : null;
      const record = await ctx.store.corrections.correctField(page, tab?.url === page.url ? tab.extraction : null, field, value, quote);
      if (locator) await ctx.teaching.learnLocated(page.url, field, locator);
      return record;
    },

    async correctField({ page, field, value }) {
      const record = await correct(page, field, value);
      if ('tabId' in page) {
        const tab = await readTab(ctx, page.tabId);
        if (tab) await ctx.teaching.learnFromCorrection(tab, field, value);
      }
      return record;
    },

    async resetField({ page, field }) {
      const record = await correct(page, field, undefined);
      // Taking a correction back takes back what was learned from it.
      if ('tabId' in page) {
        const tab = await readTab(ctx, page.tabId);
        if (tab) await ctx.teaching.forgetLearnedOn(tab, field);
      }
      return record;
    },

    async addPageNote({ tabId, note }, sender) {
      const tab = await requireTab(ctx, tabId);
      return changed(ctx, await ctx.store.annotations.addPageNote(tab, tab.extraction, note), sender);
    },
  };
}
