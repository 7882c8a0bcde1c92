/** Identifiers: ISBN, DOI and web addresses, as written on the page (hyphens kept). */

const ISBN = /(?<![\d/.-])((?:97[89][-\s‐–]?)?\d{1,5}[-\s‐–]?\d{1,7}[-\s‐–]?\d{1,7}[-\s‐–]?[\dXx])(?![\p{L}\d-])/gu;
/** A number that goes on in letters or placeholders (`978-80-7568-XXX-X`) is no ISBN. */
const ISBN_TAGGED = /\bISBN(?:-?1[03])?\s*[:：]?\s*((?:97[89][-\s‐–]?)?\d[\d\s‐–-]{7,16}[\dXx])(?![\p{L}\d]|[-‐–][\p{L}\d])/iu;

function digits(s: string): string {
  return s.replace(/[^\dXx]/g, '');
}

/** The first ISBN-10 or ISBN-13 in `s`, as written (`978-1-80526-033-2`), or null. */
export function findIsbn(s: string): { isbn: string; start: number; end: number } | null {
  const text = s.length > 2000 ? s.slice(0, 2000) : s;
  const tagged = ISBN_TAGGED.exec(text);
  const found = tagged ? isbnAt(tagged) : null;
  if (found) return found;
  // An untagged ISBN may follow other numbers (`2022, 472 pages, 978-0691173979`): the first that reads as one.
  ISBN.lastIndex = 0;
  for (let m = ISBN.exec(text), n = 0; m && n < 20; m = ISBN.exec(text), n++) {
    const hit = isbnAt(m);
    if (hit) return hit;
  }
  return null;
}

function isbnAt(m: RegExpExecArray): { isbn: string; start: number; end: number } | null {
  if (m[1] === undefined) return null;
  const raw = m[1].trim();
  const d = digits(raw);
  return (d.length === 13 && /^97[89]/.test(d)) || (d.length === 10 && /^\d{9}[\dXx]$/.test(d)) ? at(m, raw) : null;
}

function at(m: RegExpExecArray, raw: string) {
  const start = m.index + m[0].indexOf(raw);
  return { isbn: raw.replace(/\s+/g, '-'), start, end: start + raw.length };
}

const DOI = /\b(10\.\d{4,9}\/[^\s"'<>]+)/;

/** The first DOI in `s`, without `doi:` or the resolver prefix, or null. */
export function findDoi(s: string): string | null {
  const m = DOI.exec(s.length > 2000 ? s.slice(0, 2000) : s);
  if (!m || m[1] === undefined) return null;
  return m[1].replace(/[.,;:)\]}>]+$/, '');
}

/** An absolute http(s) address in `s`, or null. */
export function findUrl(s: string): string | null {
  const m = /\bhttps?:\/\/[^\s"'<>]+/i.exec(s.length > 4000 ? s.slice(0, 4000) : s);
  return m ? m[0].replace(/[.,;:)\]}>]+$/, '') : null;
}

/** Resolve `href` against `base`; null for javascript:, mailto: and the like. */
export function absoluteUrl(href: string, base: string): string | null {
  const h = href.trim();
  if (!h || /^(?:javascript|mailto|tel|data):/i.test(h) || h.startsWith('#')) return null;
  try {
    return new URL(h, base || undefined).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}
