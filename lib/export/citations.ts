import type { Work } from '../extract/schema';
import type { ExportEntry } from './entry';
import { must } from '../must';

/**
 * Citations of the reviewed works, for Zotero and other reference managers: what CSL-JSON
 * (csl.ts), BibTeX (bibtex.ts) and RIS (ris.ts) share, one entry per work however many pages
 * review it.
 *
 * Written here rather than with citation-js: its BibTeX output (0.8 and 0.9) turns non-Latin
 * text into LaTeX commands and drops what it cannot turn (an Arabic title came out empty), puts
 * `undefined` in keys when a title has no Latin word, and its core pulls in node-fetch and
 * sync-fetch. These writers follow the formats' rules and tests/unit/export-formats.test.ts
 * reads their output back with a BibTeX parser, a JSON parser and RIS's line rules.
 *
 * Decisions:
 * - Kind of work, from the free-text type (see kindOf): book, report (also working paper,
 *   policy brief, ...), journal article, thesis, chapter, conference paper, else a generic
 *   document (a book when it has an ISBN). The type as written goes in the genre / BibTeX
 *   `type` / RIS M3 field of reports and theses when it says more than the kind's name.
 * - Names are split into family and given only when that cannot be a guess: "Family, Given" as
 *   the page wrote it, or initials before one family name ("J. R. Smith"). Any other name is
 *   kept whole (CSL literal, braced in BibTeX, one AU line), as lib/library/citation.ts does:
 *   "Niva Yau Tsz Yan" may be family name first, and "World Bank" is no person.
 * - The URL is the work's own link; the review page is not the work. The reviews are cited in a
 *   note instead ("Reviewed by X, Site, 2022-06-13: url"). The review's summary is the
 *   reviewer's words, not the authors' abstract, so it is left out.
 * - The same work: the same DOI, the same ISBN (ISBN-10 and -13 alike), or the same title and
 *   year. Its fields come from the first page that has them; keywords from all.
 * - A page whose work has no title gives no citation: there is nothing to cite.
 */

export type WorkKind = 'book' | 'edited-book' | 'report' | 'article' | 'thesis' | 'chapter' | 'conference' | 'document';

export type CslName = { family: string; given: string } | { literal: string };

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts': [number, number?, number?][] } | { literal: string };
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  'number-of-pages'?: number;
  ISBN?: string;
  DOI?: string;
  URL?: string;
  keyword?: string;
  language?: string;
  note?: string;
}

export interface CitedWork {
  key: string;
  kind: WorkKind;
  work: Work;
  /** One line per review of the work. */
  reviews: string[];
}

// ---------------------------------------------------------------------------------------------
// Kinds

/** The kind of a work, from its type as the page wrote it (English; other words fall to the fallbacks). */
export function kindOf(work: Work): WorkKind {
  const t = (work.type ?? '').toLowerCase();
  if (/\b(thesis|dissertation|doctoral)\b/.test(t)) return 'thesis';
  if (/\b(chapter|book section)\b/.test(t)) return 'chapter';
  if (/\b(conference|proceedings|symposium)\b/.test(t)) return 'conference';
  if (/\b(report|working paper|discussion paper|policy paper|occasional paper|white paper|research paper|policy brief|briefing|brief)\b/.test(t))
    return 'report';
  if (/\b(article|journal|paper)\b/.test(t)) return 'article';
  if (/\bedited (book|volume|collection)\b/.test(t)) return 'edited-book';
  if (/\b(book|monograph|volume|anthology|novel|memoir|biography|handbook)\b/.test(t)) return 'book';
  if (work.isbn) return work.editors.length && !work.authors.length ? 'edited-book' : 'book';
  return 'document';
}

/** The type as written, where it says more than the kind's own name ("Working paper", not "Report"). */
export function genreOf(kind: WorkKind, work: Work): string | undefined {
  if (kind !== 'report' && kind !== 'thesis') return undefined;
  const t = work.type?.trim();
  if (!t || /^(report|thesis)$/i.test(t)) return undefined;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Names, dates, identity

const CORPORATE_SUFFIX = /^(inc|ltd|llc|llp|co|corp|plc|gmbh|ag|sa|s\.a|bv|nv|pty)\.?$/i;

/** Family and given names where the name says which is which; else the name whole. */
export function splitName(raw: string): CslName {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) {
    const [, family = '', given = ''] = comma;
    if (!CORPORATE_SUFFIX.test(given.trim())) return { family: family.trim(), given: given.trim() };
  }
  const initials = /^((?:\p{Lu}\.[\s-]?)+)\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  if (initials) {
    const [, given = '', family = ''] = initials;
    return { family, given: given.trim() };
  }
  return { literal: name };
}

/** ISO date at any precision as CSL date parts; a year found elsewhere in the text; else the text. */
export function cslDate(date: string | null): CslItem['issued'] {
  if (!date) return undefined;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (iso) {
    const parts = [iso[1], iso[2], iso[3]].filter((p): p is string => p != null).map(Number) as [number, number?, number?];
    return { 'date-parts': [parts] };
  }
  const year = /\b(\d{4})\b/.exec(date)?.[1];
  return year ? { 'date-parts': [[Number(year)]] } : { literal: date };
}

export function yearOf(date: string | null): string | null {
  return date?.match(/\b\d{4}\b/)?.[0] ?? null;
}

export function monthOf(date: string | null): number | null {
  const m = date?.trim().match(/^\d{4}-(\d{2})/)?.[1];
  const n = m ? Number(m) : NaN;
  return n >= 1 && n <= 12 ? n : null;
}

/** Lower case, accents off, letters and digits only: for comparing titles. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The DOI itself, without a resolver or `doi:` in front; DOIs compare without case. */
export function cleanDoi(doi: string): string {
  return doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
}

/** The ISBN-13 of an ISBN-10 or -13, or null if it is neither. */
export function isbn13(isbn: string): string | null {
  const s = isbn.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{13}$/.test(s)) return s;
  if (!/^\d{9}[\dX]$/.test(s)) return null;
  const core = `978${s.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < core.length; i++) sum += Number(core.charAt(i)) * (i % 2 ? 3 : 1);
  return `${core}${(10 - (sum % 10)) % 10}`;
}

function identities(work: Work): string[] {
  const ids: string[] = [];
  if (work.doi) ids.push(`doi:${cleanDoi(work.doi).toLowerCase()}`);
  if (work.isbn) ids.push(`isbn:${isbn13(work.isbn) ?? work.isbn.replace(/[\s-]/g, '')}`);
  if (work.title) ids.push(`title:${fold(work.title)}|${yearOf(work.date) ?? ''}`);
  return ids;
}

/** `b` fills what `a` lacks; keywords from both. */
export function mergeWork(a: Work, b: Work): Work {
  const out = { ...a };
  for (const k of Object.keys(a) as (keyof Work)[]) {
    const va = a[k];
    const vb = b[k];
    if (Array.isArray(va)) {
      if (k === 'keywords') out.keywords = [...new Set([...a.keywords, ...b.keywords])];
      else if (va.length === 0 && Array.isArray(vb)) (out as Record<string, unknown>)[k] = vb;
    } else if (va == null || va === '') {
      (out as Record<string, unknown>)[k] = vb;
    }
  }
  return out;
}

function reviewNote(e: ExportEntry): string {
  const { review, page } = e;
  const by = review.reviewer ? `Reviewed by ${review.reviewer}` : 'Reviewed';
  const where = [review.siteName, review.published].filter(Boolean).join(', ');
  return `${by}${where ? `, ${where}` : ''}: ${page.url}`;
}

// ---------------------------------------------------------------------------------------------
// Citation keys

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'and',
  'in',
  'for',
  'to',
  'at',
  'by',
  'with',
  'from',
  'de',
  'la',
  'le',
  'les',
  'des',
  'der',
  'die',
  'das',
  'el',
  'los',
]);

/** ASCII letters and digits only: accents dropped, a few letters spelled out, other scripts gone. */
function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐð]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/**
 * `familyYearTitleword`, ASCII only, e.g. `sadykova2021steppe`: the first author's family name
 * (or the last word of a name kept whole), the year, and the title's first word that is not an
 * article or preposition. What has no ASCII letters is left out; `anon` and `nd` stand in.
 */
function baseKey(work: Work): string {
  const first = work.authors[0] ?? work.editors[0];
  let who = '';
  if (first) {
    const n = splitName(first);
    // A name that cannot be split is braced whole in BibTeX, so the key reads it whole too: a
    // guessed family name (`Yan` of `Niva Yau Tsz Yan`) would disagree with the entry.
    who = ascii('family' in n ? n.family : n.literal);
  }
  const words = (work.title ?? '')
    .split(/[\s\p{P}]+/u)
    .map((w) => ascii(w))
    .filter(Boolean);
  const titleWord = words.find((w) => !STOP_WORDS.has(w)) ?? words[0] ?? '';
  return `${who || 'anon'}${yearOf(work.date) ?? 'nd'}${titleWord}`.slice(0, 40);
}

/** Keys unique in order: `smith2022china`, then `smith2022chinaa`, `smith2022chinab`, ... */
function uniqueKeys(bases: string[]): string[] {
  const used = new Set<string>();
  return bases.map((base) => {
    let key = base;
    for (let i = 0; used.has(key); i++) key = `${base}${suffix(i)}`;
    used.add(key);
    return key;
  });
}

/** a..z, then aa, ab, ... */
function suffix(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** The distinct works of the entries, in the order they first appear, with their keys. */
export function citedWorks(entries: ExportEntry[]): CitedWork[] {
  const groups: { ids: Set<string>; work: Work; reviews: string[] }[] = [];
  for (const e of entries) {
    if (!e.work.title?.trim()) continue;
    const ids = identities(e.work);
    const group = groups.find((g) => ids.some((id) => g.ids.has(id)));
    const note = reviewNote(e);
    if (group) {
      group.work = mergeWork(group.work, e.work);
      for (const id of identities(group.work)) group.ids.add(id);
      if (!group.reviews.includes(note)) group.reviews.push(note);
    } else {
      groups.push({ ids: new Set(ids), work: e.work, reviews: [note] });
    }
  }
  const keys = uniqueKeys(groups.map((g) => baseKey(g.work)));
  return groups.map((g, i) => ({ key: must(keys[i], 'a key per work'), kind: kindOf(g.work), work: g.work, reviews: g.reviews }));
}

/** A value on one line, its white space collapsed. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
