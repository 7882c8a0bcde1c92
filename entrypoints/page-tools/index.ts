import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectReview } from '@/lib/extract/composed';
import { applySiteRules, readPick } from '@/lib/site-rules/apply';
import { markPageToolsRunning, pageToolsRunning } from '@/lib/page-tools';
import { sendMessage } from '@/lib/messages';
import { createPageReporter } from '@/lib/page-reporter';
import { pageRefOf } from '@/lib/page-ref';
import { pageTreeSteps } from '@/lib/page-trees';
import { createSlicer, yieldToEventLoop } from '@/lib/yield';
import { lookAgainWhileUndefined } from '@/lib/late-elements';
import { startAnnotator } from './annotator';
import { receiveMessages } from './receive-messages';
import type { FieldPath } from '@/lib/extract/schema';
import type { SiteRule } from '@/lib/site-rules/rule';

/**
 * What a page that needs them loads (lib/page-tools.ts): the extractor, which reports the page
 * to the background, and the highlighter with its in-page UI. Injected by the background, as
 * often as it likes: it runs once per page.
 */
export default defineUnlistedScript(() => {
  if (pageToolsRunning()) return;
  const ctx = new ContentScriptContext('page-tools');
  markPageToolsRunning(ctx);
  start(ctx);
});

/**
 * The annotator and the answers to messages are ready when the script has run: the background
 * sends its first request (the toolbar for a selection) as soon as the injection is done.
 * Looking at the page goes in a task of its own.
 */
function start(ctx: ContentScriptContext): void {
  const pageRef = () => pageRefOf(document, location.href);
  /** The reader picked a field's value from the page: normalised as the extractor would, and where it stood. */
  const usePicked = async (field: FieldPath, range: AbstractRange) => {
    const picked = readPick(document, field, range);
    if (picked) await sendMessage('usePick', { page: pageRef(), field, ...picked });
  };
  const annotator = startAnnotator(document, {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    signal: ctx.signal,
    onContentSwap: () => reporter.schedule(),
    onUseAs: usePicked,
  });
  // The reader's rules for this site, as the background last gave them.
  let rules: SiteRule[] = [];
  const useRules = (next: SiteRule[]) => {
    if (JSON.stringify(next) === JSON.stringify(rules)) return;
    rules = next;
    void Promise.resolve().then(() => reporter.runNow());
  };
  const reporter = createPageReporter({
    inspect: async () => {
      // Shadow roots and same-origin frames: read for detection, and watched for highlighting.
      const slicer = createSlicer({ signal: ctx.signal });
      const embedded = await slicer.run(pageTreeSteps(document, slicer.due));
      annotator.watch(embedded);
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
  ctx.onInvalidated(() => reporter.stop());

  // Looking at the page goes in a task of its own.
  void yieldToEventLoop()
    .then(() => reporter.runNow())
    .then(() => annotator.refresh())
    .catch(() => {});
  // Its own task: matching a selector against every element of a large page takes a while.
  void yieldToEventLoop().then(() =>
    lookAgainWhileUndefined(
      document,
      (fn, ms) => ctx.setTimeout(fn, ms),
      () => {
        reporter.schedule();
        void annotator.refresh().catch(() => {});
      },
    ),
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    reporter.schedule();
    void annotator.refresh().catch(() => {});
  });

  const stops = receiveMessages({ annotator, reporter, useRules, usePicked, pageRef });
  ctx.onInvalidated(() => stops.forEach((stop) => stop()));
}
