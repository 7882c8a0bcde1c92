/**
 * The review's own text: prose paragraphs of the main content, without labelled lines, the
 * citation line, the reviewer line, headings, captions, tables and link lists. It starts at the
 * first real paragraph and ends at the reviewer line, at the next heading, or at a size limit.
 */
import type { Line } from './lines';
import { clean, clip } from './text';

export interface Summary {
  text: string;
  /** The first paragraph as it stands on the page (trimmed, at most 300 characters). */
  quote: string;
  /** Index of the first line used. */
  start: number;
}

const NOT_PROSE_TAGS: ReadonlySet<string> = new Set(['td', 'th', 'dt', 'dd', 'li', 'figcaption', 'caption', 'pre', 'code', 'legend', 'summary', 'address', 'blockquote']);
const MAX_SUMMARY = 8000;
const SCAN = 4000;

function linkShare(line: Line): number {
  if (!line.links) return 0;
  let n = 0;
  for (const l of line.links) n += l.e - l.s;
  return n / Math.max(1, line.text.length);
}

/** A paragraph that reads as prose: long enough, several words, sentence punctuation. */
export function isProse(t: string, min = 80): boolean {
  if (t.length < min) return false;
  const sample = t.length > SCAN ? t.slice(0, SCAN) : t;
  // Enough words (counting spaces up to what is needed, without splitting the text).
  const need = Math.min(12, min / 7);
  let words = 1;
  for (let i = sample.indexOf(' '); i >= 0 && words < need; i = sample.indexOf(' ', i + 1)) words++;
  if (words < need) return false;
  return /[.!?…:;)"”’]\s|[.!?…"”’)]\s*$/.test(sample);
}

/**
 * `use(i)` says whether line i may be part of the summary; `stops` are lines that end it
 * (the reviewer line). Returns null when the page has no prose.
 */
export function findSummary(lines: readonly Line[], use: (i: number) => boolean, stops: ReadonlySet<number>): Summary | null {
  let start = -1;
  const parts: string[] = [];
  let total = 0;
  let quote = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (start >= 0 && (stops.has(i) || line.h > 0)) break;
    if (!use(i) || line.h > 0 || line.quoted || NOT_PROSE_TAGS.has(line.tag) || linkShare(line) > 0.6) continue;
    const t = clean(line.text.length > MAX_SUMMARY * 2 ? line.text.slice(0, MAX_SUMMARY * 2) : line.text);
    if (start < 0) {
      if (!isProse(t)) continue;
      start = i;
      quote = t.length > 300 ? t.slice(0, 300).replace(/\s+\S*$/, '') : t;
    } else if (!isProse(t, 25)) continue;
    parts.push(t);
    total += t.length + 2;
    if (total >= MAX_SUMMARY) break;
  }
  if (start < 0) return null;
  return { text: clip(parts.join('\n\n'), MAX_SUMMARY), quote, start };
}
