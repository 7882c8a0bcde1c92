import type { ExportEntry } from './entry';
import { citedWorks, cleanDoi, genreOf, oneLine, splitName, yearOf, type WorkKind } from './citations';

const RIS_TYPE: Record<WorkKind, string> = {
  book: 'BOOK',
  'edited-book': 'EDBOOK',
  report: 'RPRT',
  article: 'JOUR',
  thesis: 'THES',
  chapter: 'CHAP',
  conference: 'CPAPER',
  document: 'GEN',
};

/**
 * RIS: each line `TAG  - value` (two letters or a letter and a digit, two spaces, a hyphen, a
 * space), a record from `TY` to `ER  - `, one AU, ED and KW line per name or keyword, values on
 * one line. Lines end with CRLF, as in the format's specification; records are separated by a
 * blank line. Names are "Family, Given" or written whole; PY is the year and DA the full date
 * (YYYY/MM/DD). SP holds the number of pages only for books, reports and theses: for an
 * article it would read as the first page.
 */
export function toRis(entries: ExportEntry[]): string {
  const records: string[] = [];
  for (const { kind, work, reviews } of citedWorks(entries)) {
    const lines: string[] = [];
    const tag = (t: string, value: string | null | undefined) => {
      const v = value == null ? '' : oneLine(value);
      if (v) lines.push(`${t}  - ${v}`);
    };
    tag('TY', RIS_TYPE[kind]);
    for (const a of work.authors) tag('AU', risName(a));
    for (const e of work.editors) tag('ED', risName(e));
    tag('TI', work.title);
    tag('PY', yearOf(work.date));
    const d = work.date?.trim().match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
    if (d) tag('DA', [d[1], d[2], d[3]].filter(Boolean).join('/'));
    tag('PB', work.publisher);
    tag('CY', work.place);
    tag('M3', genreOf(kind, work));
    if (work.pages != null && kind !== 'article') tag('SP', String(work.pages));
    tag('SN', work.isbn);
    tag('DO', work.doi && cleanDoi(work.doi));
    tag('UR', work.link);
    for (const k of work.keywords) tag('KW', k);
    tag('LA', work.language);
    for (const r of reviews) tag('N1', r);
    lines.push('ER  - ');
    records.push(lines.join('\r\n'));
  }
  return records.length ? `${records.join('\r\n\r\n')}\r\n` : '';
}

function risName(raw: string): string {
  const n = splitName(raw);
  return 'literal' in n ? n.literal : `${n.family}, ${n.given}`;
}
