import type { ReviewDb } from '../db';
import type { FieldPath } from '../extract/schema';
import { pageKey } from '../page-key';
import type { FieldLocator } from './locate';
import { MAX_APPLIED, pathShape, ruleCovers, rulesFor, siteOfUrl, type SiteRule } from './rule';

/**
 * The site rules in the database, for the background (the one writer). A rule learned again
 * for the same part of a site and the same field (or the verdict) replaces the one before.
 */
export function createRuleStore(db: ReviewDb, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()) {
  const ofSite = (site: string) => db.siteRules.where('site').equals(site).toArray();

  async function replace(rule: Omit<SiteRule, 'id' | 'learnedAt' | 'appliedTo'>): Promise<SiteRule> {
    const record: SiteRule = { ...rule, id: newId(), learnedAt: now(), appliedTo: [] };
    await db.transaction('rw', db.siteRules, async () => {
      const same = (await ofSite(rule.site)).filter((r) => r.paths === rule.paths && r.kind === rule.kind && r.field === rule.field);
      await db.siteRules.bulkDelete(same.map((r) => r.id));
      await db.siteRules.add(record);
    });
    return record;
  }

  return {
    /** The rules that apply at this address, one per field and one verdict. */
    async forUrl(url: string): Promise<SiteRule[]> {
      const site = siteOfUrl(url);
      return site ? rulesFor(await ofSite(site), url) : [];
    },

    learnField(url: string, field: FieldPath, locator: FieldLocator): Promise<SiteRule> {
      return replace({ site: siteOfUrl(url), paths: pathShape(url), kind: 'field', field, locator, isReview: null, learnedOn: pageKey(url) });
    },

    learnVerdict(url: string, isReview: boolean): Promise<SiteRule> {
      return replace({ site: siteOfUrl(url), paths: pathShape(url), kind: 'verdict', field: null, locator: null, isReview, learnedOn: pageKey(url) });
    },

    /** Forgets the rules learned on this page for a field (its correction was reset). */
    async forgetLearnedOn(url: string, field: FieldPath): Promise<number> {
      const key = pageKey(url);
      const found = (await ofSite(siteOfUrl(url))).filter((r) => r.learnedOn === key && r.field === field);
      await db.siteRules.bulkDelete(found.map((r) => r.id));
      return found.length;
    },

    /** Forgets the verdict rules that would apply at this address. */
    async forgetVerdictAt(url: string): Promise<number> {
      const found = (await ofSite(siteOfUrl(url))).filter((r) => r.kind === 'verdict' && ruleCovers(r, url));
      await db.siteRules.bulkDelete(found.map((r) => r.id));
      return found.length;
    },

    /** Deletes rules; says how many there were and which sites they were for. */
    async forget(ids: string[]): Promise<{ count: number; sites: string[] }> {
      return db.transaction('rw', db.siteRules, async () => {
        const found = (await db.siteRules.bulkGet(ids)).filter((r): r is SiteRule => r != null);
        await db.siteRules.bulkDelete(found.map((r) => r.id));
        return { count: found.length, sites: [...new Set(found.map((r) => r.site))] };
      });
    },

    async forgetSite(site: string): Promise<number> {
      return db.siteRules.where('site').equals(site).delete();
    },

    /** Notes that these rules gave a value or verdict on a page other than the one they were learned on. */
    async noteApplied(ids: string[], url: string): Promise<void> {
      if (!ids.length) return;
      const key = pageKey(url);
      await db.transaction('rw', db.siteRules, async () => {
        for (const r of await db.siteRules.bulkGet(ids)) {
          if (!r || r.learnedOn === key || r.appliedTo.includes(key) || r.appliedTo.length >= MAX_APPLIED) continue;
          await db.siteRules.update(r.id, { appliedTo: [...r.appliedTo, key] });
        }
      });
    },
  };
}

export type RuleStore = ReturnType<typeof createRuleStore>;
