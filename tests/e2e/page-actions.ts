import type { Frame, Page } from '@playwright/test';
import { expect } from './harness';
import { paintedHighlights, textBoxes } from '../../scripts/page-probes';

/** What a person does on a page, and what they see of the extension there. */

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
    const sel = doc.getSelection();
    if (!sel) throw new Error('the focused document has no selection');
    const roots: ShadowRoot[] = [];
    const walker = doc.createTreeWalker(doc, 0x1);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const root = (n as Element).shadowRoot;
      if (root) roots.push(root);
    }
    // getComposedRanges is newer than some browsers this runs in.
    const [r] = roots.length && 'getComposedRanges' in sel ? sel.getComposedRanges({ shadowRoots: roots }) : [null];
    if (!r) return String(sel);
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  });
}

/** What the extension painted, read from the page's highlight registry: colour → texts. */
export async function painted(page: Page | Frame): Promise<Record<string, string[]>> {
  return page.evaluate(paintedHighlights);
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
