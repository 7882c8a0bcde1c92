import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { markPartRunning, partRunning, runningPart, type HighlighterPort } from '@/lib/page-tools';
import { sendMessage } from '@/lib/messages';
import { pageRefOf } from '@/lib/page-ref';
import { pageTreeSteps, type PageTrees } from '@/lib/page-trees';
import { createSlicer, yieldToEventLoop } from '@/lib/yield';
import { lookAgainWhileUndefined } from '@/lib/late-elements';
import type { FieldPath } from '@/lib/extract/schema';
import { startAnnotator } from './annotator';
import { receiveMessages } from './receive-messages';

/**
 * The highlighter and the in-page UI (lib/page-tools.ts), for a page with highlights, a reader
 * starting to highlight, and under the reader of a page that might be a review. Injected by the
 * background, as often as it likes: it runs once per page.
 */
export default defineUnlistedScript(() => {
  if (partRunning('highlighter')) return;
  const ctx = new ContentScriptContext('page-tools');
  markPartRunning('highlighter', start(ctx));
});

/**
 * The annotator and the answers to messages are ready when the script has run: the background
 * sends its first request (the toolbar for a selection) as soon as the injection is done.
 * Walking the page's trees and placing its highlights go in tasks of their own.
 */
function start(ctx: ContentScriptContext): HighlighterPort {
  const pageRef = () => pageRefOf(document, location.href);
  const listeners: (() => void)[] = [];
  /** The page's shadow roots and same-origin frames, for the reader and for highlighting: walked once, and again after the page changed. */
  let walked: Promise<PageTrees> | null = null;
  const embedded = () =>
    (walked ??= (async () => {
      const slicer = createSlicer({ signal: ctx.signal });
      const trees = await slicer.run(pageTreeSteps(document, slicer.due));
      annotator.watch(trees);
      return trees;
    })().catch((e: unknown) => {
      walked = null;
      throw e;
    }));
  const pageChanged = () => {
    walked = null;
    for (const listener of listeners) listener();
  };
  /** A value for a field, picked by the reader: the reader of the page reads it, loaded first if it was not. */
  const usePicked = async (field: FieldPath, range: AbstractRange) => {
    if (!runningPart('reader')) await sendMessage('loadPageReader', {});
    const reader = runningPart('reader');
    if (!reader) throw new Error('The reader of the page did not start.');
    await reader.usePicked(field, range);
  };
  const annotator = startAnnotator(document, {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    signal: ctx.signal,
    onContentSwap: pageChanged,
    onUseAs: usePicked,
  });

  void yieldToEventLoop()
    .then(() => embedded())
    // Under the reader of the page, the page is reported first: the background keeps which of its
    // highlights could not be placed with the page it knows.
    .then(() => runningPart('reader')?.firstReport)
    .then(() => annotator.refresh())
    .catch(() => {});
  const lookAgain = () => {
    pageChanged();
    void annotator.refresh().catch(() => {});
  };
  // Its own task: matching a selector against every element of a large page takes a while.
  void yieldToEventLoop().then(() => lookAgainWhileUndefined(document, (fn, ms) => ctx.setTimeout(fn, ms), lookAgain));
  ctx.addEventListener(window, 'wxt:locationchange', lookAgain);

  const stops = receiveMessages({ annotator, usePicked, pageRef });
  ctx.onInvalidated(() => stops.forEach((stop) => stop()));
  return {
    get isValid() {
      return ctx.isValid;
    },
    embedded,
    onPageChange: (listener) => void listeners.push(listener),
  };
}
