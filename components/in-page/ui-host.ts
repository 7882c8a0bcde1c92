import { render, type ComponentChild } from 'preact';
import { IN_PAGE_CSS } from './styles';

export const UI_HOST_TAG = 'review-annotator-ui';

/**
 * The in-page UI's home: one element at the end of <html> (frameworks replace <body>'s
 * content, rarely <html>'s) holding an open shadow root styled only by our sheet.
 */
export function createUiHost(doc: Document) {
  const host = doc.createElement(UI_HOST_TAG);
  // Inline and !important: pages hide undefined custom elements, or everything beside <body>,
  // with !important rules, and only an inline !important declaration outranks those.
  host.setAttribute(
    'style',
    [
      'all: initial',
      'display: block',
      'visibility: visible',
      'opacity: 1',
      'position: fixed',
      'top: 0',
      'left: 0',
      'width: 0',
      'height: 0',
      'z-index: 2147483647',
    ]
      .map((d) => `${d} !important;`)
      .join(' '),
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const win = doc.defaultView ?? window;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(IN_PAGE_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const root = doc.createElement('div');
  shadow.appendChild(root);

  /**
   * While our UI is open, a page that removes elements it did not make (a framework's render
   * does) gets ours put back. Bounded, so that a page that removes it on sight does not turn
   * the two observers into an endless loop.
   */
  let restores = 0;
  let restoreWindow = 0;
  const keeper = new MutationObserver(() => {
    if (host.isConnected) return;
    const now = Date.now();
    if (now - restoreWindow > 10_000) {
      restoreWindow = now;
      restores = 0;
    }
    if (++restores <= 20) doc.documentElement.appendChild(host);
  });

  return {
    host,
    show(ui: ComponentChild): void {
      if (!host.isConnected) doc.documentElement.appendChild(host);
      keeper.observe(doc.documentElement, { childList: true });
      render(ui, root);
    },
    hide(): void {
      keeper.disconnect();
      render(null, root);
    },
    contains(node: Node | null): boolean {
      return node != null && (node === host || host.contains(node));
    },
    remove(): void {
      keeper.disconnect();
      render(null, root);
      host.remove();
    },
  };
}
