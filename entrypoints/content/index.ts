import { browser } from 'wxt/browser';
import { extractReview, mightBeReview } from '@/lib/extract';
import { findText } from '@/lib/find-text';
import { onMessage, parseRequest, sendMessage } from '@/lib/messages';
import { createPageReporter } from '@/lib/page-reporter';
import { canonicalLink } from '@/lib/page-ref';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const reporter = createPageReporter({
      inspect: () => ({
        url: location.href,
        title: document.title,
        canonical: canonicalLink(document, location.href),
        extraction: mightBeReview(document) ? extractReview(document, location.href) : null,
      }),
      send: (snapshot) => sendMessage('pageSeen', snapshot),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    });
    ctx.onInvalidated(() => reporter.stop());

    void reporter.runNow();
    ctx.addEventListener(window, 'wxt:locationchange', () => reporter.schedule());
    watchContentSwaps(document, () => reporter.schedule(), ctx.signal);

    const stopRevealing = onMessage('revealField', (message) => {
      if (message.sender.id !== browser.runtime.id) return { found: false };
      const { field } = parseRequest('revealField', message.data);
      const quote = reporter.latest()?.extraction?.fields[field]?.quote;
      const range = quote ? findText(document, quote) : null;
      if (!range) return { found: false };
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return { found: true };
    });
    ctx.onInvalidated(stopRevealing);
  },
});

/** Re-inspects the page when an app replaces a sizeable part of its content. */
function watchContentSwaps(doc: Document, onSwap: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of [...r.addedNodes, ...r.removedNodes]) {
        if (n.nodeType === 1) return onSwap();
      }
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
