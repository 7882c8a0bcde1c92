/**
 * Applying a site's rules to a page's extraction, in the content script: a field rule that
 * finds its value replaces the generic one; one that finds nothing leaves the generic value as
 * it was. A verdict rule decides whether the page is a review.
 */
import type { Extraction, FieldPath } from '../extract/schema';
import type { FieldValue } from '../library/corrections';
import { fieldValueFromText, fitsField } from './field-value';
import { createLookup, describeLocation, linesOf, locate, locateByLabel, locateByPath, rangeText, type Ends, type FieldLocator } from './locate';
import type { SiteRule } from './rule';
import { textFinder } from '../find-text';
import { findDate } from '../extract/normalize/dates';
import { findPages } from '../extract/normalize/pages';
import { NAME_AND } from '../extract/normalize/names';
import { bodyOf } from '../page-body';
import { UNSURE_FROM } from '../extract/classify';

export function applySiteRules(doc: Document, extraction: Extraction, rules: readonly SiteRule[]): Extraction {
  const out: Extraction = { ...extraction, work: { ...extraction.work }, review: { ...extraction.review }, fields: { ...extraction.fields } };
  // The page's lines and main content are read once for all the rules.
  const lookup = createLookup(doc);
  let verdict: SiteRule | null = null;
  let foundWork = false;
  for (const rule of rules) {
    if (rule.kind === 'verdict') {
      if (rule.isReview != null) verdict = rule;
      continue;
    }
    if (!rule.field || !rule.locator) continue;
    let found;
    try {
      found = locate(doc, rule.locator, lookup);
    } catch {
      found = null;
    }
    if (!found) continue;
    const value = fieldValueFromText(rule.field, found.text);
    if (value == null || (Array.isArray(value) && !value.length) || !fitsField(rule.field, value)) continue;
    setField(out, rule.field, value);
    out.fields[rule.field] = { source: 'rule', label: rule.site, quote: found.text.slice(0, 20_000), rule: rule.id };
    if (WORK_NAMING.has(rule.field)) foundWork = true;
  }
  // A No holds for every page it covers. A Yes answers the question on the site's pages the
  // extractor would have asked about, and holds where the site's own rules find the work, on a
  // page of one work: a list or an archive of the site shows its reviews' titles and names too,
  // and its news and interviews, which the extractor judged not reviews, stay what they are.
  const isReview = verdict?.isReview;
  if (verdict && isReview != null && (!isReview || (foundWork && !extraction.notOneWork) || extraction.confidence >= UNSURE_FROM)) {
    out.isReview = isReview;
    out.verdictRule = { id: verdict.id, site: verdict.site };
  }
  return out;
}

/** The fields that name the work: a rule that finds one of them on a page finds a review's record. */
const WORK_NAMING: ReadonlySet<FieldPath> = new Set(['work.title', 'work.authors', 'work.editors', 'work.publisher', 'work.isbn', 'work.doi']);

function setField(e: Extraction, path: FieldPath, value: FieldValue): void {
  const [group, key] = path.split('.') as ['work' | 'review', string];
  (e[group] as Record<string, unknown>)[key] = value;
}

/** Two values of one field are the same value: equal once folded, or a list holding every wanted item. */
export function sameValue(got: FieldValue, wanted: FieldValue): boolean {
  const norm = (x: unknown) => String(x).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (Array.isArray(wanted)) {
    const have = new Set((Array.isArray(got) ? got : [got]).map(norm));
    return wanted.length > 0 && wanted.every((w) => have.has(norm(w)));
  }
  return got != null && wanted != null && norm(got) === norm(wanted);
}

/**
 * Where on the page a field's value stands, as a locator that finds that same value again;
 * null when the value is not on the page or nothing but the exact spot finds it.
 */
export function learnLocator(doc: Document, field: FieldPath, range: Ends, wanted: FieldValue): FieldLocator | null {
  const described = describeLocation(doc, range);
  if (!described) return null;
  const lookup = createLookup(doc);
  // A list found by its first item (`A (PIIE) and B (PIIE)`) is read to its line's end.
  const tries = Array.isArray(wanted) && described.stop ? [described, { ...described, stop: null }] : [described];
  for (const loc of tries) {
    const finds = (how: typeof locateByLabel) => {
      const found = how(doc, loc, lookup);
      return found != null && sameValue(fieldValueFromText(field, found.text), wanted);
    };
    const byLabel = loc.label != null && finds(locateByLabel);
    const byPath = loc.path.length > 0 && finds(locateByPath);
    if (!byLabel && !byPath) continue;
    if (loc.label != null && !byLabel) return { ...loc, prefer: 'path', pathOnly: true };
    if (loc.prefer === 'path' && !byPath) return { ...loc, prefer: 'label' };
    return loc;
  }
  return null;
}

/**
 * Learns where a value the reader typed stands on the page: the value as typed; for a list its
 * first item, a name also as the page may invert it (`Nye, Joseph S.`, `Nye, Jr., Joseph S.`);
 * a date or a page count also as the page writes it (`February 2019`, `xii, 296 pp.`). Null when
 * none is found there.
 */
export function learnFromValue(doc: Document, field: FieldPath, value: FieldValue): FieldLocator | null {
  if (value == null) return null;
  const first = Array.isArray(value) ? value[0] : String(value);
  if (!first) return null;
  const tries = Array.isArray(value) ? [...joinedAsWritten(value), first, ...invertedNames(first)] : [first];
  if ((field === 'work.date' || field === 'review.published') && typeof value === 'string')
    tries.push(...written(doc, value.slice(0, 4), (l) => matchOf(l, findDate(l), (d) => d.iso === value)));
  if (field === 'work.pages' && typeof value === 'number')
    tries.push(...written(doc, String(value), (l) => matchOf(l, findPages(l), (p) => p.pages === value)));
  const body = bodyOf(doc);
  if (!body) return null;
  const find = textFinder(body);
  // The value may stand in several places (an affiliation naming the publisher before the
  // publisher's own line). Past the first, only a labelled place teaches: a later bare mention
  // is likely prose.
  for (const text of tries) {
    for (const [i, range] of find(text, 5).entries()) {
      const loc = learnLocator(doc, field, range, value);
      if (loc && (i === 0 || loc.label)) return loc;
    }
  }
  return null;
}

/** How a page may write a list of several names on one line (`Percy E. Newberry and John Garstang`): learnt from, the rule reads them all. */
function joinedAsWritten(items: readonly string[]): string[] {
  if (items.length < 2 || items.length > 6) return [];
  const head = items.slice(0, -1).join(', ');
  const last = items.at(-1) ?? '';
  return [...NAME_AND.map((and) => `${head} ${and} ${last}`), `${head}, ${last}`];
}

const SUFFIX = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/;

/** How a page may write a name family first. */
function invertedNames(name: string): string[] {
  const suffix = SUFFIX.exec(name)?.[1];
  const words = name.replace(SUFFIX, '').split(' ');
  if (words.length < 2) return [];
  const family = words.at(-1) ?? '';
  const given = words.slice(0, -1).join(' ');
  return suffix ? [`${family}, ${suffix}, ${given}`, `${family}, ${given}, ${suffix}`, `${family}, ${given}`] : [`${family}, ${given}`];
}

/** The part of a line a finder matched, when it is the value wanted. */
function matchOf<M extends { start: number; end: number }>(line: string, found: M | null, wanted: (m: M) => boolean): string | null {
  return found && wanted(found) ? line.slice(found.start, found.end) : null;
}

/** Texts on the page (its first few) that a finder reads as the wanted value: `February 2019` for 2019-02, `xii, 296 pp.` for 296. */
function written(doc: Document, hint: string, find: (line: string) => string | null): string[] {
  const out: string[] = [];
  for (const line of linesOf(bodyOf(doc) ?? doc.documentElement, 400_000).split('\n')) {
    const got = line.includes(hint) ? find(line) : null;
    if (got) out.push(got);
    if (out.length >= 3) break;
  }
  return out;
}

/** A text the reader picked for a field: its value read as the extractor reads one, and where it stood. Null when it gives no value. */
export function readPick(doc: Document, field: FieldPath, range: Ends): { value: FieldValue; quote: string; locator: FieldLocator | null } | null {
  const quote = rangeText(doc, range).slice(0, 20_000);
  const value = quote ? fieldValueFromText(field, quote) : null;
  if (value == null) return null;
  return { value, quote, locator: learnLocator(doc, field, range, value) };
}
