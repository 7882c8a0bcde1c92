import { render, type ComponentChild } from 'preact';
import { IN_PAGE_CSS } from './styles';

export const UI_HOST_TAG = 'review-annotator-ui';

/**
 * The in-page UI's home: one element at the end of <html> (frameworks replace <body>'s
 * content, rarely <html>'s) holding an open shadow root styled only by our sheet.
 */
export function createUiHost(doc: Document) {
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const shadow = host.attachShadow({ mode: 'open' });
  const win = doc.defaultView!;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(IN_PAGE_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const root = doc.createElement('div');
  shadow.appendChild(root);

  return {
    host,
    show(ui: ComponentChild): void {
      // The page may have removed unknown elements; put ours back.
      if (!host.isConnected) doc.documentElement.appendChild(host);
      render(ui, root);
    },
    hide(): void {
      render(null, root);
    },
    contains(node: Node | null): boolean {
      return node != null && (node === host || host.contains(node));
    },
    remove(): void {
      render(null, root);
      host.remove();
    },
  };
}

export type UiHost = ReturnType<typeof createUiHost>;
