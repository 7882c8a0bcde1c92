/**
 * A piece of page text read as one field's value, the way the extractor reads a labelled value:
 * a picked `Baranetskyi, Dmytro` is `Dmytro Baranetskyi`, `xii + 296 pp.` is 296, a date is
 * ISO 8601. Used for the reader's picks and for values found by a site rule.
 */
import type { FieldPath } from '../extract/schema';
import type { FieldValue } from '../library/corrections';
import { personName, splitNames } from '../extract/normalize/names';
import { parsePages, findPages } from '../extract/normalize/pages';
import { normalizeDate } from '../extract/normalize/dates';
import { findDoi, findIsbn } from '../extract/normalize/ids';
import { splitList } from '../extract/label-fields';
import { clean, cleanValue } from '../extract/text';

const MAX_TEXT = 20_000;

export function fieldValueFromText(path: FieldPath, raw: string): FieldValue {
  const text = clean(raw).slice(0, MAX_TEXT);
  if (!text) return null;
  switch (path) {
    case 'work.authors':
    case 'work.editors': {
      const names = splitNames(text).names.map(personName);
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
