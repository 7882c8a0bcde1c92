/**
 * A library catalogue's MARC view (Koha, Evergreen and the like): numbered fields with lettered
 * subfields, `245 _aA new manual of classification`, `260 _aMumbai _bJAICO Publishing House _c1997`,
 * one per line, or the tag in one cell and each subfield in the next. The field numbers are a
 * standard, so they say exactly what each value is.
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { normalizeDate } from './normalize/dates';
import { findIsbn } from './normalize/ids';
import { parsePages } from './normalize/pages';
import { calmCapitals, clean, cleanValue } from './text';
import { looksLikePersonName, splitNames } from './normalize/names';
import { isProse } from './summary';

type Subfields = [code: string, value: string][];

const TAG = /^(\d{3})(?:\s*[\d#]{1,2})?\s*([_$‡|][a-z0-9].*)?$/;
const SUBFIELD = /[_$‡|]([a-z0-9])\s*([^_$‡|]*)/g;
const INDICATOR = /^[\d#]{1,2}$/;
/** A record's fields fit in the first few hundred lines of its page. */
const MAX_LINES = 600;
/** Fields a record of a publication has; a page with fewer is no MARC view. */
const DATA_TAGS = new Set(['020', '100', '110', '245', '260', '264', '300', '650', '700', '710']);

/** The record's fields in page order, or null when the lines are not a MARC view. */
export function readMarc(lines: readonly Line[]): Map<string, Subfields[]> | null {
  const fields = new Map<string, Subfields[]>();
  let current: Subfields | null = null;
  const n = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const raw = line.text;
    // Every line of a MARC view starts with a field number, a subfield mark or an indicator.
    const c = raw.trimStart().charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 95 || c === 36 || c === 0x2021 || c === 124 || c === 35)) {
      current = null;
      continue;
    }
    const t = clean(raw.length > 2000 ? raw.slice(0, 2000) : raw);
    if (!t) continue;
    const tag = TAG.exec(t) ?? (/^\d{3}\s/.test(t) ? [t, t.slice(0, 3), undefined] : null);
    if (tag?.[1]) {
      current = [];
      const list = fields.get(tag[1]) ?? [];
      list.push(current);
      fields.set(tag[1], list);
      if (tag[2]) addSubfields(current, tag[2]);
      continue;
    }
    // A cell of its own for the subfields, perhaps after the indicators (`0 _aTitle`).
    const sub = /^(?:[\d#]{1,2}\s+)?([_$‡|][a-z0-9].*)$/.exec(t);
    if (current && sub?.[1]) addSubfields(current, sub[1]);
    else if (!(current && INDICATOR.test(t))) current = null;
  }
  let data = 0;
  for (const k of fields.keys()) if (DATA_TAGS.has(k)) data++;
  return data >= 3 && first(fields, '245', 'a') ? fields : null;
}

function addSubfields(into: Subfields, text: string): void {
  for (const m of text.matchAll(SUBFIELD)) {
    const v = isbd(m[2] ?? '');
    if (v) into.push([m[1] ?? '', v]);
  }
}

/** A value without the ISBD punctuation that ends it (` /`, ` :`, `,`, `;`). */
function isbd(v: string): string {
  return clean(v)
    .replace(/\s*[/:;,=]\s*$/, '')
    .trim();
}

const first = (fields: Map<string, Subfields[]>, tag: string, code: string): string | null =>
  fields.get(tag)?.flatMap((f) => f.filter(([c]) => c === code).map(([, v]) => v))[0] ?? null;
const all = (fields: Map<string, Subfields[]>, tags: string[], code: string): string[] =>
  tags.flatMap((tag) => fields.get(tag)?.flatMap((f) => f.filter(([c]) => c === code).map(([, v]) => v)) ?? []);

/** Offers the record's fields; returns how many of the work's fields it gave. */
export function offerMarc(fields: Map<string, Subfields[]>, fs: FieldSet): number {
  const R = RANK.label;
  let n = 0;
  const put = (path: Parameters<FieldSet['offer']>[0], value: string | number | string[] | null | undefined, tag: string, quote: string | null) => {
    if (fs.offer(path, value, 'label', R, `MARC ${tag}`, quote)) n++;
  };
  const title = first(fields, '245', 'a');
  const sub = first(fields, '245', 'b');
  if (title) put('work.title', calmCapitals(cleanValue(sub ? `${title}: ${sub}` : title), 'sentence'), '245', title);
  const people = all(fields, ['100', '700'], 'a').map((p) => p.replace(/,\s*(?:\d{4}-?(?:\d{4})?)?$/, '').replace(/(?<=\p{L}{2})\.$/u, ''));
  // The title's statement of responsibility (`245 _c Nivedita Raju and Wilfred Wan`) when it names more.
  const statement = first(fields, '245', 'c');
  const stated = statement ? splitNames(statement).names.filter(looksLikePersonName) : [];
  if (stated.length > people.length) put('work.authors', stated, '245', statement);
  else if (people.length) put('work.authors', people, '100', people[0] ?? '');
  const orgs = all(fields, ['110', '710'], 'a');
  if (!people.length && orgs.length) put('work.authors', orgs, '110', orgs[0] ?? '');
  const imprint = fields.has('264') ? '264' : '260';
  const place = first(fields, imprint, 'a');
  if (place) put('work.place', cleanValue(place.replace(/^\[|\]$/g, '')), imprint, place);
  const publisher = first(fields, imprint, 'b');
  if (publisher) put('work.publisher', calmCapitals(cleanValue(publisher), 'name'), imprint, publisher);
  const date = first(fields, imprint, 'c');
  if (date) put('work.date', normalizeDate(date), imprint, date);
  const extent = first(fields, '300', 'a');
  // Some catalogues put the size (`24X16`) where the extent belongs.
  if (extent && !/^\d+\s*[x×]\s*\d+/i.test(extent)) put('work.pages', parsePages(extent), '300', extent);
  // Subject headings with their topical subdivisions (`650 _amissiles _xearly warning`).
  const subjects = [...all(fields, ['650', '653'], 'a'), ...all(fields, ['650'], 'x')].map(cleanValue);
  if (subjects.length) put('work.keywords', [...new Set(subjects)], '650', subjects[0] ?? '');
  const isbn = first(fields, '020', 'a');
  const i = isbn ? findIsbn(isbn) : null;
  if (i) put('work.isbn', i.isbn, '020', isbn);
  const summary = first(fields, '520', 'a') ?? all(fields, ['500'], 'a').find((v) => isProse(v)) ?? null;
  if (summary) fs.offer('review.summary', summary, 'label', R, 'MARC 520', summary);
  return n;
}
