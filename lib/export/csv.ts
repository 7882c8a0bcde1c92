import { COLOR_NAMES } from '../highlight/colors';
import type { ExportEntry } from './entry';
import { annotationUrl } from './markdown';

/**
 * CSV export: one row per annotation, with its page's main fields, for a spreadsheet.
 *
 * RFC 4180: records end with CRLF (the last one too), a field holding a comma, a double quote,
 * CR or LF is double-quoted with its quotes doubled, and the first record is the header. The
 * file starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as the local code
 * page and garbles Arabic, accents and emoji (CSV readers, csv-parse with `bom: true` among
 * them, skip it).
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return would be run as a formula by Excel, LibreOffice or Google Sheets, and every
 * cell here can hold text from a web page or the user. Such a cell gets a leading `'`, which
 * spreadsheets take as "this is text". A reader that is not a spreadsheet sees the `'`.
 *
 * A page with no annotations still gets one row, with the annotation columns empty, so that
 * exporting a page never loses it.
 */

/** The columns, in order. Lists in a cell: authors separated by "; " (names can hold commas), tags by ", " as typed. */
export const CSV_COLUMNS = [
  'Work title',
  'Authors',
  'Publisher',
  'Date',
  'Type',
  'Reviewer',
  'Page title',
  'Page URL',
  'Kind',
  'Quote',
  'Note',
  'Tags',
  'Colour',
  'Created',
  'Updated',
  'Annotation ID',
  'Link',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet must see it: text that could run as a formula gets a leading `'`. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string): string {
  const cell = neutralizeFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function toCsv(entries: ExportEntry[]): string {
  let out = `\uFEFF${csvRecord(CSV_COLUMNS)}`;
  for (const e of entries) {
    const { work, review, page } = e;
    const pageCells = [
      work.title ?? '',
      work.authors.join('; '),
      work.publisher ?? '',
      work.date ?? '',
      work.type ?? '',
      review.reviewer ?? '',
      page.title,
      page.url,
    ];
    if (e.annotations.length === 0) {
      out += csvRecord([...pageCells, '', '', '', '', '', '', '', '', '']);
      continue;
    }
    for (const a of e.annotations) {
      out += csvRecord([
        ...pageCells,
        a.target ? 'Highlight' : 'Page note',
        a.target?.quote.exact ?? '',
        a.note,
        a.tags.join(', '),
        a.color ? COLOR_NAMES[a.color] : '',
        iso(a.created),
        iso(a.updated),
        a.id,
        annotationUrl(e, a) ?? '',
      ]);
    }
  }
  return out;
}
