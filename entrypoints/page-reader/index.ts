import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectReview } from '@/lib/extract/composed';
import { applySiteRules, learnFromValue, readPick } from '@/lib/site-rules/apply';
import { markPartRunning, partRunning, runningPart, type HighlighterPort, type ReaderPort } from '@/lib/page-tools';
import { sendMessage } from '@/lib/messages';
import { answerMessage } from '@/lib/page-messages';
import { createPageReporter } from '@/lib/page-reporter';
import { pageRefOf } from '@/lib/page-ref';
import { yieldToEventLoop } from '@/lib/yield';
import type { SiteRule } from '@/lib/site-rules/rule';

/**
 * The reader of the page (lib/page-tools.ts): the extractor, which reports the page to the
 * background with the site's rules applied. Injected by the background after the highlighter,
 * as often as it likes: it runs once per page.
 */
export default defineUnlistedScript(() => {
  if (partRunning('reader')) return;
  const host = runningPart('highlighter');
  if (!host) throw new Error('The reader of the page runs on top of the highlighter, which is not running here.');
  const ctx = new ContentScriptContext('page-reader');
  markPartRunning('reader', start(ctx, host));
});

function start(ctx: ContentScriptContext, host: HighlighterPort): ReaderPort {
  const pageRef = () => pageRefOf(document, location.href);
  // The reader's rules for this site, as the background last gave them.
  let rules: SiteRule[] = [];
  const useRules = (next: SiteRule[]) => {
    if (JSON.stringify(next) === JSON.stringify(rules)) return;
    rules = next;
    void Promise.resolve().then(() => reporter.runNow());
  };
  const reporter = createPageReporter({
    inspect: async () => {
      const embedded = await host.embedded();
      // Detection in a task of its own, not after the walk's last slice: on a large page its
      // prefilter alone reads the scripts, the main content and the first kilobytes of text.
      await yieldToEventLoop();
      ctx.signal.throwIfAborted();
      const generic = detectReview(document, location.href, embedded.trees, rules.length > 0);
      return { ...pageRef(), extraction: generic && rules.length ? applySiteRules(document, generic, rules) : generic };
    },
    send: async (snapshot) => useRules((await sendMessage('pageSeen', snapshot)).rules),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
  });
  host.onPageChange(() => reporter.schedule());
  // Looking at the page goes in a task of its own.
  const firstReport = yieldToEventLoop()
    .then(() => reporter.runNow())
    .catch(() => {});

  const stops = [
    answerMessage('locateValue', ({ field, value }) => ({ locator: learnFromValue(document, field, value) }), { locator: null }),
    answerMessage(
      'siteRulesChanged',
      (data) => {
        useRules(data.rules);
        return { ok: true as const };
      },
      { ok: true as const },
    ),
  ];
  ctx.onInvalidated(() => {
    reporter.stop();
    stops.forEach((stop) => stop());
  });
  return {
    get isValid() {
      return ctx.isValid;
    },
    firstReport,
    async usePicked(field, range) {
      const picked = readPick(document, field, range);
      if (picked) await sendMessage('usePick', { page: pageRef(), field, ...picked });
    },
  };
}
