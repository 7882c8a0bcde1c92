/**
 * Page counts as pages write them: `66`, `66 pp.`, `xii + 310 pages`, `310 p.`, `pp. 310`,
 * `254 PAGES`, `38 S.`, `368 sider`, `412 sidor`, `pp. XII-296`, `556, [iii] págs.`; a range `pp. 12–34` counts its pages. The roman-numbered
 * front matter is not counted (catalogues give `xii, 310 p.` or `iv-47 p.` as 310 and 47 pages), nor
 * the unnumbered leaves in brackets after the count.
 */

export interface PagesMatch {
  pages: number;
  start: number;
  end: number;
}

const ROMAN = '[ivxlcdm]{1,8}';
/** The words for pages after a count, in the languages read: patterns elsewhere that look for a page count use them too. */
export const PAGE_UNIT =
  "(?:pages?|pp\\.?|p\\.|pgs?\\.?|S\\.|Seiten|págs?\\.?|páginas|pagine|pagg?\\.|sayfa|syf\\.?|stron|stran|stránek|blz\\.?|pagina[’']s|sider|sidor|sivua|oldal|с\\.|стр\\.?|страниц)(?![\\p{L}])";
const WITH_UNIT = new RegExp(
  `(?:(?<![\\p{L}])${ROMAN}\\s*[+,-]\\s*|(?<![\\d.,]))(\\d{1,3}(?:[,.]\\d{3})?|\\d{1,5})(?:,\\s*\\[(?:${ROMAN}|\\d{1,3})\\])?\\s*${PAGE_UNIT}`,
  'iu',
);
const UNIT_FIRST = new RegExp(
  `(?<![\\p{L}])(?:pp?\\.|pages?:?)\\s*(?:${ROMAN}\\s*[+,\\-–]\\s*)?(\\d{1,3}(?:,\\d{3})(?![\\d])|\\d{1,5})(?:\\s*[-–—]\\s*(\\d{1,5}))?(?![\\d])`,
  'iu',
);
const RANGE = /(?<![\d])(\d{1,5})\s*[-–—]\s*(\d{1,5})(?![\d])/;
const BARE = /^\s*(?:[ivxlcdm]{1,8}\s*[+,]\s*)?(\d{1,5})\s*\.?\s*$/i;

function count(s: string): number {
  return parseInt(s.replace(/[,.]/g, ''), 10);
}

function valid(n: number): boolean {
  return Number.isFinite(n) && n > 0 && n < 100_000;
}

/** A page count with its unit and nothing else (`480 pages`, `296 pagine`, `38 S.`): a part of a record line. */
export function pagesPart(s: string): number | null {
  const t = s.trim();
  const m = findPages(t);
  return m && m.start === 0 && m.end === t.length ? m.pages : null;
}

/** A page count written with a unit (`310 pages`, `pp. 310`, `xii + 310 pp.`) anywhere in `s`. */
export function findPages(s: string): PagesMatch | null {
  const text = s.length > 2000 ? s.slice(0, 2000) : s;
  const a = WITH_UNIT.exec(text);
  if (a) {
    const n = count(a[1] ?? '');
    if (valid(n)) return { pages: n, start: a.index, end: a.index + a[0].length };
  }
  const b = UNIT_FIRST.exec(text);
  if (b) {
    const first = count(b[1] ?? '');
    const n = b[2] !== undefined ? +b[2] - first + 1 : first;
    if (valid(n)) return { pages: n, start: b.index, end: b.index + b[0].length };
  }
  // `СПб., 2020. 352 c.`: a Russian count whose `с.` was typed with the Latin letter.
  const latin = /[\u0400-\u04ff]/.test(text) ? LATIN_C.exec(text) : null;
  if (latin) {
    const n = count(latin[1] ?? '');
    if (valid(n)) return { pages: n, start: latin.index, end: latin.index + latin[0].length };
  }
  return null;
}

const LATIN_C = /(?<![\d.,])(\d{1,5})\s*c\.(?![\p{L}])/u;

/**
 * The page count of a labelled value (`Pages: 66`): a number with or without a unit, or a
 * range. Null when there is no such number.
 */
export function parsePages(s: string): number | null {
  const bare = BARE.exec(s);
  if (bare) {
    const n = Number(bare[1]);
    return valid(n) ? n : null;
  }
  const m = findPages(s);
  if (m) return m.pages;
  const r = RANGE.exec(s);
  if (r) {
    const n = Number(r[2]) - Number(r[1]) + 1;
    if (valid(n)) return n;
  }
  const any = /(?<![\d.])(\d{1,5})(?![\d.])/.exec(s);
  if (any) {
    const n = Number(any[1]);
    return valid(n) ? n : null;
  }
  return null;
}
