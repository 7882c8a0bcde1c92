import type { Frame, Page } from '@playwright/test';
import { expect } from './harness';

/** What a person does on a page, and what they see of the extension there. */

/**
 * Runs in the page: the first occurrence of `text` as a person sees the page (its document,
 * open shadow roots, same-origin frames), scrolled into view; the viewport boxes of its first
 * and last character, and of the whole text.
 */
function textBoxes(text: string) {
  const find = (root: Document | ShadowRoot): [Text, number] | null => {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const walker = doc.createTreeWalker(root, 0x1 | 0x4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        const at = (n as Text).data.indexOf(text);
        if (at >= 0) return [n as Text, at];
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
      const found = inner && find(inner);
      if (found) return found;
    }
    return null;
  };
  const hit = find(document);
  if (!hit) throw new Error(`text not on the page: ${text}`);
  const [node, at] = hit;
  (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
  let dx = 0;
  let dy = 0;
  for (let w: Window | null = node.ownerDocument.defaultView; w && w.frameElement; w = w.frameElement.ownerDocument.defaultView) {
    const box = w.frameElement.getBoundingClientRect();
    dx += box.left + w.frameElement.clientLeft;
    dy += box.top + w.frameElement.clientTop;
  }
  /** The box around the text from `from` to `to`, or only around its first line. */
  const rect = (from: number, to: number, firstLineOnly = false) => {
    const r = node.ownerDocument.createRange();
    r.setStart(node, from);
    r.setEnd(node, to);
    const b = firstLineOnly ? r.getClientRects()[0]! : r.getBoundingClientRect();
    return { left: b.left + dx, right: b.right + dx, top: b.top + dy, height: b.height, width: b.width };
  };
  return {
    first: rect(at, at + 1),
    last: rect(at + text.length - 1, at + text.length),
    // The middle of a box around a text that wraps may lie outside the text.
    firstLine: rect(at, at + text.length, true),
  };
}

/** Drags the mouse over the first occurrence of `text` (also in shadow roots and frames), as a person selects it. */
export async function dragOver(page: Page, text: string): Promise<void> {
  const { first: a, last: b } = await page.evaluate(textBoxes, text);
  const box = { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** dragOver, and what the page then has selected. */
export async function selectWithMouse(page: Page, text: string): Promise<string> {
  await dragOver(page, text);
  return page.evaluate(() => {
    // The selection is the focused frame's, and a selection in a shadow root is read from it.
    let doc = document;
    while (doc.activeElement?.localName === 'iframe') doc = (doc.activeElement as HTMLIFrameElement).contentDocument ?? doc;
    const sel = doc.getSelection()!;
    const roots: ShadowRoot[] = [];
    const walker = doc.createTreeWalker(doc, 0x1);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Element).shadowRoot) roots.push((n as Element).shadowRoot!);
    const [r] = roots.length && (sel as any).getComposedRanges ? (sel as any).getComposedRanges({ shadowRoots: roots }) : [null];
    if (!r) return String(sel);
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  });
}

/** What the extension painted, read from the page's highlight registry: colour → texts. */
export async function painted(page: Page | Frame): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('review-annotator-') || name.endsWith('flash') || name.endsWith('selection')) continue;
      out[name.slice('review-annotator-'.length)] = [...hl].map((r) => r.toString()).sort();
    }
    return out;
  });
}

export async function highlight(page: Page, text: string, opts: { color?: string; note?: string; tags?: string } = {}) {
  const selected = await selectWithMouse(page, text);
  expect(selected).toBe(text);
  const toolbar = page.getByTestId('ra-toolbar');
  await expect(toolbar).toBeVisible();
  if (opts.note != null || opts.tags != null) {
    await page.getByTestId('ra-note-toggle').click();
    if (opts.color) await page.getByTestId(`ra-color-${opts.color}`).click();
    await page.getByTestId('ra-note-input').fill(opts.note ?? '');
    await page.getByTestId('ra-tags-input').fill(opts.tags ?? '');
    await page.getByTestId('ra-save').click();
  } else {
    await page.getByTestId(`ra-color-${opts.color ?? 'yellow'}`).click();
  }
  await expect(toolbar).toHaveCount(0);
}

/** The middle of the first line of the first occurrence of `text` on the page (also in shadow roots and frames), in viewport coordinates (scrolled into view). */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  const { firstLine } = await page.evaluate(textBoxes, text);
  return { x: firstLine.left + firstLine.width / 2, y: firstLine.top + firstLine.height / 2 };
}
