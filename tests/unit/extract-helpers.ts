/** Shared helpers for the extractor's tests: parse HTML into a happy-dom Document. */
import { Window } from 'happy-dom';
import { must } from '../../lib/must';
import type { Citation } from '../../lib/extract/citation';
import type { Line } from '../../lib/extract/lines';

const windows: Window[] = [];

/** A Document for `html` at `url`, parsed by happy-dom (no scripts run, nothing loaded). */
export function parseHtml(html: string, url = 'https://example.org/page'): Document {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true } });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A small page around a body fragment. */
export function page(body: string, head = '', url?: string): Document {
  return parseHtml(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, url);
}

export async function closeWindows(): Promise<void> {
  while (windows.length) await must(windows.pop(), 'windows.pop()').happyDOM.close();
}

/** Collapse all whitespace (nbsp included) to single spaces. */
export function norm(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u202f\ufeff]+/g, ' ').trim();
}

/** A citation's values without the quotes they were read from. */
export function citationValues(c: Citation | null) {
  return (
    c && {
      title: c.title?.value ?? null,
      authors: c.authors?.value ?? null,
      editors: c.editors?.value ?? null,
      place: c.place?.value ?? null,
      publisher: c.publisher?.value ?? null,
      date: c.date?.value ?? null,
      pages: c.pages?.value ?? null,
      isbn: c.isbn?.value ?? null,
      reviewer: c.reviewer?.value ?? null,
    }
  );
}

/** A paragraph's line of text on its own, as the citation readers take it. */
export const textLine = (text: string): Line => ({
  text,
  block: null as unknown as Element,
  tag: 'p',
  h: 0,
  lab: false,
  runs: null,
  links: null,
  brk: false,
  quoted: false,
});
