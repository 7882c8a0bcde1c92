/** The messages about the page a tab shows: what its content script saw, and the reader's answers and corrections. */
import { tabKey } from '@/lib/tab-session';
import { MessageError } from '@/lib/messages';
import type { PageRef } from '@/lib/store/pages';
import type { FieldPath } from '@/lib/extract/schema';
import type { FieldValue } from '@/lib/library/corrections';
import { changed, checkOwnPage, readTab, requireTab, showBadge, type BackgroundContext, type Handlers } from './context';

type TabHandlers = Pick<Handlers, 'pageSeen' | 'answerIsReview' | 'savePage' | 'anchoringReport' | 'usePick' | 'correctField' | 'resetField' | 'addPageNote'>;

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
    async pageSeen(data, sender) {
      checkOwnPage(ctx, data, sender);
      const tabId = sender.tab!.id!;
      // Only the main frame speaks for the tab; frames would overwrite each other.
      if (sender.frameId != null && sender.frameId !== 0) return { ok: true, rules: [] };
      // A database that cannot be read leaves the page to the generic extraction.
      const siteRules = await ctx.teaching.rulesForPage(data.url, data.extraction);
      const previous = await readTab(ctx, tabId);
      const state = {
        tabId,
        url: data.url,
        title: data.title,
        canonical: data.canonical,
        extraction: data.extraction,
        seenAt: ctx.now(),
        orphans: previous?.url === data.url ? previous.orphans : [],
      };
      // The badge first: once the tab's state is visible, its badge is already what it will be.
      await showBadge(ctx, state);
      await ctx.deps.session.set({ [tabKey(tabId)]: state });
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
      const tab = await readTab(ctx, sender.tab!.id!);
      if (tab && tab.url === url) await ctx.deps.session.set({ [tabKey(tab.tabId)]: { ...tab, orphans } });
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
      return changed(ctx, await ctx.store.annotations.addPageNote(tab as PageRef, tab.extraction, note), sender);
    },
  };
}
