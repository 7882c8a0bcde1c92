import type { Page } from '@playwright/test';
import { expect } from './harness';

/** What a person does on a page, and what they see of the extension there. */

/** Drags the mouse over the first occurrence of `text`, as a person selects it. */
export async function selectWithMouse(page: Page, text: string): Promise<string> {
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text);
      if (at < 0) continue;
      const first = document.createRange();
      first.setStart(n, at);
      first.setEnd(n, at + 1);
      const last = document.createRange();
      last.setStart(n, at + text.length - 1);
      last.setEnd(n, at + text.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    throw new Error(`text not on the page: ${text}`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => String(window.getSelection()));
}

/** What the extension painted, read from the page's highlight registry: colour → texts. */
export async function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('review-annotator-') || name.endsWith('flash')) continue;
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


/** The middle of the first occurrence of `text` on the page, in viewport coordinates (scrolled into view). */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error(`text not on the page: ${text}`);
  }, text);
}
