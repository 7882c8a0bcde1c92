/**
 * Candidate values for each field, with where they came from. Sources offer values with a
 * rank; the highest rank wins, and the first offer wins a tie. Visible labelled fields about the
 * work outrank page-level metadata.
 */
import type { FieldPath, FieldProvenance, FieldSource } from './schema';
import { clean } from './text';
import { onlyReviewWords } from './review-words';

export const RANK = {
  label: 100,
  citation: 90,
  ldReview: 80,
  citationMeta: 70,
  meta: 70,
  dc: 65,
  ldWork: 60,
  ldArticle: 60,
  content: 50,
  ogBook: 50,
  logo: 45,
  heading: 40,
  byline: 35,
  ldTitle: 35,
  og: 30,
  breadcrumbLd: 30,
  title: 20,
  fallback: 10,
} as const;

export type Value = string | number | string[];

interface Candidate {
  value: Value;
  prov: FieldProvenance;
  rank: number;
}

const MAX_QUOTE = 2000;

const LONE_LETTER = /^\s*\p{L}\.?\s*$/u;

export class FieldSet {
  private readonly map = new Map<FieldPath, Candidate>();

  /** Offer a value; empty values (blank, [], NaN) are ignored. Returns true when it was taken. */
  offer(path: FieldPath, value: Value | null | undefined, source: FieldSource, rank: number, label?: string | null, quote?: string | null): boolean {
    if (value === null || value === undefined) return false;
    if (typeof value === 'string' && !value.trim()) return false;
    if (typeof value === 'number' && !Number.isFinite(value)) return false;
    if (Array.isArray(value) && !value.length) return false;
    // A lone letter where a publisher stands is an abbreviated place (`М., 1897`, `L.`), no house's name.
    if (path === 'work.publisher' && typeof value === 'string' && LONE_LETTER.test(value)) return false;
    // A review word where the work's kind stands (`Тип публикации: Рецензия`) is the kind of the page's record, the review.
    if (path === 'work.type' && typeof value === 'string' && onlyReviewWords(value)) return false;
    const cur = this.map.get(path);
    if (cur && cur.rank >= rank) return false;
    const prov: FieldProvenance = { source };
    if (label) prov.label = clean(label).slice(0, 500);
    if (quote) {
      const q = quote.trim();
      if (q) prov.quote = q.length > MAX_QUOTE ? q.slice(0, MAX_QUOTE) : q;
    }
    this.map.set(path, { value, prov, rank });
    return true;
  }

  get(path: FieldPath): Value | undefined {
    return this.map.get(path)?.value;
  }

  str(path: FieldPath): string | null {
    const v = this.map.get(path)?.value;
    return typeof v === 'string' ? v : null;
  }

  list(path: FieldPath): string[] {
    const v = this.map.get(path)?.value;
    return Array.isArray(v) ? v : [];
  }

  rank(path: FieldPath): number {
    return this.map.get(path)?.rank ?? 0;
  }

  source(path: FieldPath): FieldSource | null {
    return this.map.get(path)?.prov.source ?? null;
  }

  /** Append to a list field from the same source (several `Author:` lines in a row). */
  append(path: FieldPath, values: string[]): void {
    const cur = this.map.get(path);
    if (!cur || !Array.isArray(cur.value)) return;
    for (const v of values) if (!cur.value.includes(v)) cur.value.push(v);
  }

  /** Replace a value already taken, keeping its rank and provenance (a reading corrected later). */
  amend(path: FieldPath, value: Value): void {
    const cur = this.map.get(path);
    if (cur) cur.value = value;
  }

  drop(path: FieldPath): void {
    this.map.delete(path);
  }

  provenance(): Record<string, FieldProvenance> {
    const out: Record<string, FieldProvenance> = {};
    for (const [k, c] of this.map) out[k] = c.prov;
    return out;
  }
}
