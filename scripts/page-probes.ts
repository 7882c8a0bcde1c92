/**
 * Functions that run inside a page (passed to `page.evaluate`), shared by the Chromium and
 * Firefox end-to-end tests and the demo: where a text stands on screen, and what the extension
 * painted. Each is self-contained, since only its source reaches the page.
 */

/**
 * Runs in the page: the first occurrence of `text` as a person sees the page (its document,
 * open shadow roots, same-origin frames), scrolled into view; the viewport boxes of its first
 * and last character, and of the whole text.
 */
export function textBoxes(text: string) {
  // No inner named functions: a bundler that keeps names (tsx) would call its own helper for
  // them, and that helper is not in the page. Shadow roots and frames are searched where they
  // stand, depth first, through a stack of walkers.
  let hit: [Text, number] | null = null;
  const walkers = [document.createTreeWalker(document, 0x1 | 0x4)];
  while (walkers.length && !hit) {
    const n = walkers.at(-1)?.nextNode();
    if (!n) {
      walkers.pop();
      continue;
    }
    if (n.nodeType === 3) {
      const at = (n as Text).data.indexOf(text);
      if (at >= 0) hit = [n as Text, at];
      continue;
    }
    const el = n as Element;
    let inner: Document | ShadowRoot | null = el.shadowRoot;
    if (!inner && el.localName === 'iframe') {
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
    }
    // A shadow root's walker comes from its document; a document has none above it.
    if (inner) walkers.push((inner.ownerDocument ?? inner).createTreeWalker(inner, 0x1 | 0x4));
  }
  if (!hit) throw new Error(`text not on the page: ${text}`);
  const [node, at] = hit;
  (node.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
  let dx = 0;
  let dy = 0;
  for (let w: Window | null = node.ownerDocument.defaultView; w && w.frameElement; w = w.frameElement.ownerDocument.defaultView) {
    const box = w.frameElement.getBoundingClientRect();
    dx += box.left + w.frameElement.clientLeft;
    dy += box.top + w.frameElement.clientTop;
  }
  // The boxes around its first character, its last, and (the middle of a box around a text that
  // wraps may lie outside the text) its first line.
  const spans: [number, number, boolean][] = [
    [at, at + 1, false],
    [at + text.length - 1, at + text.length, false],
    [at, at + text.length, true],
  ];
  const boxes: { left: number; right: number; top: number; height: number; width: number }[] = [];
  for (const [from, to, firstLineOnly] of spans) {
    const r = node.ownerDocument.createRange();
    r.setStart(node, from);
    r.setEnd(node, to);
    const b = firstLineOnly ? r.getClientRects().item(0) : r.getBoundingClientRect();
    if (!b) throw new Error(`no box around the first line of: ${text}`);
    boxes.push({ left: b.left + dx, right: b.right + dx, top: b.top + dy, height: b.height, width: b.width });
  }
  const [first, last, firstLine] = boxes;
  if (!first || !last || !firstLine) throw new Error('one box for each of the three spans');
  return { first, last, firstLine };
}

/** Runs in the page: what the extension painted, from the page's highlight registry: colour → texts. */
export function paintedHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  for (const [name, hl] of registry ?? []) {
    if (!name.startsWith('review-annotator-') || name.endsWith('flash') || name.endsWith('selection')) continue;
    out[name.slice('review-annotator-'.length)] = [...hl].map((r) => r.toString()).sort();
  }
  return out;
}
