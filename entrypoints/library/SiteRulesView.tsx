import { t } from '@/components/strings';
import { useLiveQuery } from '@/components/use-live-query';
import { sendMessage } from '@/lib/messages';
import type { SiteRule } from '@/lib/site-rules/rule';
import { useDb } from './db-context';

function howFound(rule: SiteRule): string {
  const loc = rule.locator;
  if (!loc) return '';
  return loc.prefer === 'label' && loc.label ? t.siteRules.byLabel(loc.label) : t.siteRules.byPosition;
}

/** Each site's rules: what each one does, when it was learned, how often it was used; forget one, a site's, or all. */
export function SiteRulesView({ act }: { act: (fn: () => Promise<unknown>) => Promise<void> }) {
  const db = useDb();
  const live = useLiveQuery(() => db.siteRules.orderBy('site').toArray(), []);
  if (live.status !== 'ready')
    return (
      <main>
        <p>{live.status === 'error' ? live.error.message : t.loading}</p>
      </main>
    );
  const bySite = new Map<string, SiteRule[]>();
  // Sites by name (the query's order), each one's rules in the order they were learned.
  for (const r of [...live.value].sort((a, b) => a.site.localeCompare(b.site) || a.learnedAt - b.learnedAt))
    bySite.set(r.site, [...(bySite.get(r.site) ?? []), r]);
  const forget = (ids: string[]) => void act(() => sendMessage('forgetRules', { ids }));
  return (
    <main class="site-rules" data-testid="site-rules-view">
      <h2>{t.siteRules.heading}</h2>
      <p class="hint">{t.siteRules.hint}</p>
      {live.value.length === 0 ? (
        <p class="empty-state" data-testid="site-rules-empty">
          {t.siteRules.empty}
        </p>
      ) : (
        <button type="button" data-testid="forget-all-rules" onClick={() => confirm(t.siteRules.forgetAllConfirm) && forget(live.value.map((r) => r.id))}>
          {t.siteRules.forgetAll}
        </button>
      )}
      {[...bySite].map(([site, rules]) => (
        <section key={site} class="rule-site" data-testid="rule-site" data-site={site}>
          <h3>{site}</h3>
          <ul class="trash-list">
            {rules.map((r) => (
              <li key={r.id} class="trash-item" data-testid="site-rule">
                <div class="body">
                  <strong data-testid="rule-what">
                    {r.kind === 'verdict' ? t.siteRules.verdict(Boolean(r.isReview)) : r.field ? t.fieldNames[r.field] : ''}
                  </strong>{' '}
                  <span>{howFound(r)}</span>
                  <div class="meta">
                    {t.siteRules.pages(r.paths)} · {t.siteRules.learned(new Date(r.learnedAt).toLocaleString())} ·{' '}
                    <span data-testid="rule-applied">{t.siteRules.applied(r.appliedTo.length)}</span>
                  </div>
                </div>
                <button type="button" data-testid="forget-rule" onClick={() => forget([r.id])}>
                  {t.rules.forget}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="forget-site-rules" onClick={() => void act(() => sendMessage('forgetSiteRules', { site }))}>
            {t.siteRules.forgetSite}
          </button>
        </section>
      ))}
    </main>
  );
}
