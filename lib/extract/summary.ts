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

const NOT_PROSE_TAGS: ReadonlySet<string> = new Set([
  'td',
  'th',
  'dt',
  'dd',
  'li',
  'figcaption',
  'caption',
  'pre',
  'code',
  'legend',
  'summary',
  'address',
  'blockquote',
]);
const MAX_SUMMARY = 8000;
/**
 * Paragraphs that are the site's, not the review's: how to cite, thanks, search prompts, notes
 * to the reader, cookie banners. Matched at a paragraph's start.
 */
const BOILERPLATE =
  /^(?:please use this identifier|how to cite|cite this|to cite this|pour citer|bitte geben sie beim zitieren|zitierweise|para citar|como citar|aktivieren sie|activate (?:our|the) (?:smart )?search|search (?:for|our)|we (?:would like to )?thank|the authors? (?:would like to )?thanks?|acknowledg|danksagung|remerciements|agradecimientos|\((?:observação|note|nota|remarque|hinweis)\b|other (?:titles|books) by|more (?:titles|books) by|this (?:site|website) uses cookies|we use cookies|disclaimer\b|all rights reserved|copyright\b|©|this is an open[- ]access article|[×x]?\s*suggested citation|start by marking\b)/i;
/** A label that heads an abstract: `Abstract:`, `Resumen:`, `Аннотация.`, `Plot Summary:` */
const ABSTRACT_LABEL =
  /^(?:(?:plot|book|short|brief|official|publisher['’]?s)\s+)?(?:blurb|abstract|summary|synopsis|description|résumé|resume|resumen|resumo|zusammenfassung|kurzfassung|riassunto|sommario|sinopse|sinopsis|sinossi|klappentext|аннотация|özet|tanıtım|tema|theme|sujet|thema|plot|inhalt|handlung|trama|argumento|intrigue|konusu|konu|сюжет|содержание|описание)\s*[:.–—-]\s*/i;
/**
 * What a syndicated trade review carries before its text: its source, a star, the readers' grades
 * or ages (`Book list *Starred Review* `, `School Library Journal Gr 7 Up-`, `Kirkus Reviews Ages 4-8.`).
 */
const TRADE_SOURCE =
  /^(?:(?:from\s+)?(?:book ?list|school library journal|library journal|kirkus(?: reviews)?|publishers weekly|(?:the )?horn book(?: magazine| guide)?|voya)\b\s*[:.–—-]?\s*)?(?:\*?\s*starred review\s*\*?\s*)?(?:(?:pres|pre-?k|k)\s*[-–]\s*)?(?:gr(?:ades?)?\.?\s*(?:pre-?k|k|\d{1,2})(?:\s*[-–]\s*\d{1,2}|\s+up)?|ages?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2}|\s+(?:and\s+)?up)?)?(?<=\S)\s*[-–—:.]?\s*/i;
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

/** A reference with its DOI (`Gergen, Thomas. Title. Publisher, 2007. https://doi.org/…`): a citation, not the text. */
const CITED = /^(?=.{20,500}$).*\b(?:1[5-9]|20)\d\d\b.*(?:\bdoi\.org\/|\bdoi:?\s*10\.\d{4,})\S*\s*$/iu;

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
    const line = lines[i];
    if (line === undefined) continue;
    if (start >= 0 && (stops.has(i) || line.h > 0)) break;
    if (!use(i) || line.h > 0 || line.quoted || NOT_PROSE_TAGS.has(line.tag) || linkShare(line) > 0.6) continue;
    let t = clean(line.text.length > MAX_SUMMARY * 2 ? line.text.slice(0, MAX_SUMMARY * 2) : line.text);
    if (start < 0) {
      // A footnote or paragraph number glued to the first word (`1Le problème`, `1L’internationalisation`), a label before the abstract, a trade review's source.
      t = t
        .replace(ABSTRACT_LABEL, '')
        .replace(TRADE_SOURCE, '')
        .replace(/^\d{1,3}(?=\p{Lu}[\p{Ll}’'])/u, '');
      if (!isProse(t) || BOILERPLATE.test(t) || CITED.test(t)) continue;
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
