import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { glimpse } from '@/lib/extract/glimpse';
import { pageRefOf } from '@/lib/page-ref';
import { partRunning } from '@/lib/page-tools';
import { FORM_FIELDS } from '@/lib/selection';
import { createTransport } from '@/lib/transport';
import { yieldToEventLoop } from '@/lib/yield';
import { lookAgainWhileUndefined } from '@/lib/late-elements';
import { embeddedGlimpse } from './embedded-hint';
// Listed in the manifest with this script, so the browser adds it before the page is parsed.
import '@/lib/highlight/highlight.css';
import { bodyOf } from '@/lib/page-body';
import type { Request } from '@/lib/messages';

type PageOpened = Request<'pageOpened'>;

/**
 * The starter, on every http(s) page: it tells the background which page this is, with a
 * glimpse of it (lib/extract/glimpse.ts) that the background's prefilter judges, and notices the
 * reader selecting text. The background loads the page tools (lib/page-tools.ts) where they are
 * needed: the reader of the page where it might be a review or has site rules, the highlighter
 * where it has highlights or the reader starts to highlight. Until then, nothing here reads more
 * of the page than the glimpse's bounded read; once the reader of the page runs, it reports the
 * page, and once the highlighter runs, it offers the toolbar.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Compiling and running this script is a task of its own: looking at the page goes in the next one.
    void yieldToEventLoop().then(() => {
      if (!ctx.isInvalid) start(ctx);
    });
  },
});

/** How long the page must stay still after a change before it is looked at again. */
const SETTLE_MS = 400;
/**
 * How many times one address is looked at: a page whose content never stops changing (a live
 * ticker, a feed) would otherwise send the background a glimpse after every still moment.
 */
const LOOKS_PER_ADDRESS = 12;

function start(ctx: ContentScriptContext): void {
  const transport = createTransport((fn, ms) => ctx.setTimeout(fn, ms));
  let told = '';
  let address = '';
  let looks = 0;
  const tell = (opened: PageOpened) => {
    // A digest, not the text: the page's heap keeps it for as long as the page is open.
    const key = digest(JSON.stringify(opened));
    if (key === told) return;
    told = key;
    void transport.request('pageOpened', opened).catch(() => (told = ''));
  };
  const reading = () => partRunning('reader');
  const open = () => {
    if (reading()) return;
    if (location.href !== address) [address, looks] = [location.href, 0];
    if (++looks > LOOKS_PER_ADDRESS) return;
    const page = pageRefOf(document, location.href);
    const own = glimpse(document);
    // The page's frames and shadow roots in a task of their own: on a large page each read
    // queries the whole document.
    void yieldToEventLoop().then(() => {
      if (!ctx.isInvalid && !reading()) tell({ ...page, glimpse: own, embedded: embeddedGlimpse(document) });
    });
  };
  open();

  // A single-page app changes its address before it renders the new page, and may replace its
  // content without changing the address: the page is looked at again once it is still.
  let timer = 0;
  const lookAgain = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(open, SETTLE_MS);
  };
  ctx.addEventListener(window, 'wxt:locationchange', lookAgain);
  const swaps = new MutationObserver((records) => {
    if (reading()) swaps.disconnect();
    else if (records.some((r) => Array.prototype.some.call(r.addedNodes, (n: Node) => n.nodeType === 1))) lookAgain();
  });
  const body = bodyOf(document);
  if (body) swaps.observe(body, { childList: true, subtree: true });
  ctx.onInvalidated(() => swaps.disconnect());

  ctx.addEventListener(
    document,
    'mouseup',
    () =>
      // Let the selection settle first.
      ctx.setTimeout(() => {
        if (partRunning('highlighter') || !selectionToHighlight(document)) return;
        void transport.request('selectionMade', {}).catch(() => {});
      }, 0),
    { capture: true },
  );

  // Its own task: matching a selector against every element of a large page takes a while.
  void yieldToEventLoop().then(() => lookAgainWhileUndefined(document, (fn, ms) => ctx.setTimeout(fn, ms), open, reading));
}

/** Whether the page's selection is text the reader could highlight. */
function selectionToHighlight(doc: Document): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  const node = selection.getRangeAt(0).startContainer;
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return start != null && start.closest(FORM_FIELDS) == null;
}

/** Two 32-bit FNV-1a hashes of the string, as text: tells one glimpse from the next. */
function digest(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length}`;
}
