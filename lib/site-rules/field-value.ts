/**
 * A piece of page text read as one field's value, the way the extractor reads a labelled value:
 * a picked `Baranetskyi, Dmytro` is `Dmytro Baranetskyi`, `xii + 296 pp.` is 296, a date is
 * ISO 8601. Used for the reader's picks and for values found by a site rule.
 */
import type { FieldPath } from '../extract/schema';
import type { FieldValue } from '../library/corrections';
import { hasSmallWord, isOrganisation, personName, splitNames } from '../extract/normalize/names';
import { parsePages, findPages } from '../extract/normalize/pages';
import { normalizeDate } from '../extract/normalize/dates';
import { findDoi, findIsbn } from '../extract/normalize/ids';
import { splitList } from '../extract/label-fields';
import { clean, cleanValue } from '../extract/text';

const MAX_TEXT = 20_000;
const BRACKETED = /\s*\([^()]*\)/g;

/**
 * The longest value a field of one short line holds. A rule learned on one page can find prose
 * where the field stood on another (a paragraph where the house's line was); such a find is no
 * value of that field, and the extractor's own value is kept.
 */
const LONGEST: Partial<Record<FieldPath, number>> = {
  'work.title': 400,
  'work.authors': 120,
  'work.editors': 120,
  'work.affiliation': 300,
  'work.publisher': 150,
  'work.place': 100,
  'work.type': 80,
  'work.date': 40,
  'review.published': 40,
  'review.reviewer': 120,
  'review.siteName': 120,
};

/** Whether a value found for a field is short enough to be one (each item, for a list of names), and a name where a person is due. */
export function fitsField(path: FieldPath, value: FieldValue): boolean {
  const most = LONGEST[path];
  if (most == null || value == null) return true;
  const items = Array.isArray(value) ? value : [String(value)];
  return items.every((item) => item.length <= most && (!PEOPLE.has(path) || readsAsName(item)));
}

const PEOPLE: ReadonlySet<FieldPath> = new Set<FieldPath>(['work.authors', 'work.editors', 'review.reviewer']);

/**
 * A person's or an organisation's name (a capital first, no word in small letters but a
 * particle or an organisation's), or a user's name of one word in whatever letters
 * (`anusha_reads`): a rule learned on another page can find a sentence where the name stood
 * (`Da ieri in libreria il nuovo libro di Elena Ferrante`).
 */
function readsAsName(item: string): boolean {
  const t = item.trim();
  if (!/\s/.test(t)) return true;
  return /^[\p{Lu}\p{Lo}]/u.test(t) && t.split(/\s+/).length <= MAX_NAME_WORDS && (!hasSmallWord(t) || isOrganisation(t));
}

/** Words in a name, an organisation's included (`Organisation for Economic Co-operation and Development`). */
const MAX_NAME_WORDS = 8;

export function fieldValueFromText(path: FieldPath, raw: string): FieldValue {
  const text = clean(raw).slice(0, MAX_TEXT);
  if (!text) return null;
  switch (path) {
    case 'work.authors':
    case 'work.editors': {
      // `Jeffrey J. Schott (PIIE) and Euijin Jung (PIIE)`: what a bracket adds to a name is no part of it.
      const names = splitNames(text.replace(BRACKETED, '')).names.map(personName);
      return names.length ? names : null;
    }
    case 'work.keywords':
    case 'review.categories': {
      const items = splitList(text);
      return items.length ? items : null;
    }
    case 'work.pages':
      return parsePages(text) ?? findPages(text)?.pages ?? null;
    case 'work.date':
    case 'review.published':
      return normalizeDate(text) ?? cleanValue(text);
    case 'work.isbn':
      return findIsbn(text)?.isbn ?? null;
    case 'work.doi':
      return findDoi(text);
    case 'review.reviewer':
      return personName(cleanValue(text.replace(/^(?:reviewed by|review by|by|von|par|por)\s+/i, ''))) || null;
    case 'review.summary':
      return text;
    default:
      return cleanValue(text) || null;
  }
}
