import * as v from 'valibot';
import type { Extraction, FieldPath } from '@/lib/extract/schema';
import type { FieldValue } from '@/lib/library/corrections';
import type { MessageTo, Reply, Request, TabState } from '@/lib/messages';
import type { FieldLocator } from '@/lib/site-rules/locate';
import { FieldLocatorSchema, siteOfUrl, type SiteRule } from '@/lib/site-rules/rule';
import type { PagePart } from '@/lib/page-tools';
import type { RuleStore } from '@/lib/site-rules/store';

export interface TeachingDeps {
  /** The rule store of the open database (the background opens it before any handler runs). */
  rules: () => RuleStore;
  allTabs: () => Promise<TabState[]>;
  askTab?: <K extends MessageTo<PagePart>>(tabId: number, type: K, data: Request<K>) => Promise<Reply<K>>;
}

/**
 * What the reader teaches the extension, on the background's side: site rules learned from a
 * correction (the tab's content script says where the value stands), a pick, or an answer to
 * "Is this a review?"; the rules a page gets; and every open tab of a site told when its rules
 * change, so that it reads its page again with them.
 */
export function createTeaching(deps: TeachingDeps) {
  const rules = () => deps.rules();

  async function notifySite(site: string): Promise<void> {
    if (!deps.askTab) return;
    for (const tab of await deps.allTabs()) {
      if (siteOfUrl(tab.url) !== site) continue;
      const forTab = await rules().forUrl(tab.url);
      await deps.askTab(tab.tabId, 'siteRulesChanged', { rules: forTab }).catch(() => {});
    }
  }

  /** The ids of the rules that gave this extraction a value or its verdict. */
  function rulesUsed(extraction: Extraction | null): string[] {
    if (!extraction) return [];
    const ids = Object.values(extraction.fields).flatMap((p) => (p.source === 'rule' && p.rule ? [p.rule] : []));
    if (extraction.verdictRule) ids.push(extraction.verdictRule.id);
    return ids;
  }

  async function learnLocated(url: string, field: FieldPath, locator: FieldLocator): Promise<void> {
    await rules().learnField(url, field, locator);
    await notifySite(siteOfUrl(url));
  }

  return {
    /**
     * The rules for a page the content script reports, and a note of those its extraction used.
     * A database that cannot be read leaves the page to the generic extraction.
     */
    async rulesForPage(url: string, extraction: Extraction | null): Promise<SiteRule[]> {
      const found = await rules()
        .forUrl(url)
        .catch(() => []);
      await rules()
        .noteApplied(rulesUsed(extraction), url)
        .catch(() => {});
      return found;
    },

    learnLocated,

    /**
     * Learns from the reader's value for a field of the tab's page. The content script's answer
     * is checked, as anything from a page; a value that is not on the page teaches nothing.
     */
    async learnFromCorrection(tab: TabState, field: FieldPath, value: FieldValue): Promise<void> {
      if (!deps.askTab || value == null || (Array.isArray(value) && !value.length)) return;
      const reply = await deps.askTab(tab.tabId, 'locateValue', { field, value }).catch(() => null);
      const locator = v.safeParse(v.nullable(FieldLocatorSchema), reply?.locator ?? null);
      if (locator.success && locator.output) await learnLocated(tab.url, field, locator.output);
    },

    /** Taking a correction back takes back what was learned from it. */
    async forgetLearnedOn(tab: TabState, field: FieldPath): Promise<void> {
      if (await rules().forgetLearnedOn(tab.url, field)) await notifySite(siteOfUrl(tab.url));
    },

    /**
     * The site's other pages get the reader's answer. A yes that takes back a no only forgets
     * the no; a yes the extractor already gave teaches nothing.
     */
    async learnVerdict(tab: TabState, isReview: boolean): Promise<void> {
      const forgotten = isReview ? await rules().forgetVerdictAt(tab.url) : 0;
      const ownVerdict = tab.extraction?.verdictRule ? null : Boolean(tab.extraction?.isReview);
      if (!isReview || (!forgotten && ownVerdict === false)) await rules().learnVerdict(tab.url, isReview);
      await notifySite(siteOfUrl(tab.url));
    },

    async forget(ids: string[]): Promise<{ count: number }> {
      const { count, sites } = await rules().forget(ids);
      for (const site of sites) await notifySite(site);
      return { count };
    },

    async forgetSite(site: string): Promise<{ count: number }> {
      const count = await rules().forgetSite(site);
      await notifySite(site);
      return { count };
    },
  };
}
