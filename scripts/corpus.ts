/**
 * The corpus of real pages (tests/corpus/<split>/<site>/<slug>.html with <slug>.json) and how
 * the extractor is scored on it. A page is judged as the content script judges it: the
 * prefilter first, then the extractor. Fields are compared after a light normalisation (case,
 * white space, quotes, trailing punctuation; ISBNs by their digits; lists as sets), and a field
 * that is empty both in the expectation and in the extraction is not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { mightBeReview } from '../lib/extract/prefilter';
import { extractWithEvidence } from '../lib/extract';
import { identifiesOne, ruledOut, UNSURE_FROM, type Evidence } from '../lib/extract/classify';
import type { Extraction } from '../lib/extract/schema';

export const SPLITS = ['tune', 'blind'] as const;
export type Split = (typeof SPLITS)[number];
export type Kind = 'review' | 'lookalike' | 'ordinary';

export interface Expected {
  url: string;
  kind: Kind;
  class: string;
  lang: string;
  isReview: boolean;
  work?: Record<string, unknown>;
  review?: Record<string, unknown>;
  note?: string;
}

export interface CorpusPage {
  split: Split | 'fixtures';
  site: string;
  slug: string;
  html: string;
  expected: Expected;
}

export interface FieldResult {
  field: string;
  want: unknown;
  got: unknown;
  ok: boolean;
}

export interface PageResult {
  page: CorpusPage;
  detected: boolean;
  confidence: number;
  unsure: boolean;
  /** The prefilter turned the page away before the extractor ran. */
  prefiltered: boolean;
  fields: FieldResult[];
  evidence: Evidence | null;
}

/** Every page of the given splits, in a stable order. */
export function loadCorpus(root = resolve('tests/corpus'), splits: readonly Split[] = SPLITS): CorpusPage[] {
  const out: CorpusPage[] = [];
  for (const split of splits) {
    const dir = join(root, split);
    if (!existsSync(dir)) continue;
    for (const site of readdirSync(dir).sort()) {
      const siteDir = join(dir, site);
      for (const f of readdirSync(siteDir).sort()) {
        if (!f.endsWith('.json')) continue;
        const slug = f.slice(0, -5);
        const html = join(siteDir, `${slug}.html`);
        if (!existsSync(html)) throw new Error(`${split}/${site}/${f} has no ${slug}.html beside it`);
        out.push({ split, site, slug, html, expected: readExpected(join(siteDir, f)) });
      }
    }
  }
  return out;
}

/** The hand-written fixtures (tests/fixtures/extract and the seed page): pages we wrote ourselves. */
export function loadFixtures(root = resolve('tests/fixtures')): CorpusPage[] {
  const out: CorpusPage[] = [];
  const add = (html: string, json: string, slug: string) => {
    const e = JSON.parse(readFileSync(json, 'utf8')) as Partial<Expected> & { url: string; isReview: boolean };
    const kind: Kind = e.isReview ? 'review' : 'lookalike';
    out.push({ split: 'fixtures', site: 'fixtures', slug, html, expected: { kind, class: 'fixture', lang: 'en', ...e } });
  };
  add(join(root, 'seed-review.html'), join(root, 'seed-review.expected.json'), 'seed-review');
  const dir = join(root, 'extract');
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.expected.json')) continue;
    const slug = f.slice(0, -'.expected.json'.length);
    add(join(dir, `${slug}.html`), join(dir, f), slug);
  }
  return out;
}

function readExpected(path: string): Expected {
  let e: Expected;
  try {
    e = JSON.parse(readFileSync(path, 'utf8')) as Expected;
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
  if (typeof e.url !== 'string' || typeof e.isReview !== 'boolean' || !['review', 'lookalike', 'ordinary'].includes(e.kind)) {
    throw new Error(`${path}: needs url, isReview and kind (review, lookalike or ordinary)`);
  }
  if ((e.kind === 'review') !== e.isReview) throw new Error(`${path}: kind ${e.kind} with isReview ${e.isReview}`);
  return e;
}

/**
 * Parses a page in happy-dom (nothing runs, nothing loads), into the window's own document:
 * happy-dom's Ranges, which learning a site rule uses, misbehave in documents made apart from it.
 */
export function withDocument<T>(html: string, url: string, fn: (doc: Document) => T): T {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true } });
  try {
    window.document.write(html);
    return fn(window.document as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

export function evaluatePage(page: CorpusPage): PageResult {
  const html = readFileSync(page.html, 'utf8');
  const url = page.expected.url;
  return withDocument(html, url, (doc) => {
    // As the content script judges a page with no other trees (lib/extract/composed.ts): the
    // prefilter, then the extractor.
    const passes = mightBeReview(doc);
    const { extraction, evidence } = extractWithEvidence(doc, url);
    const detected = passes && extraction.isReview;
    const confidence = passes ? extraction.confidence : 0;
    return {
      page,
      detected,
      confidence,
      unsure: !detected && confidence >= UNSURE_FROM,
      prefiltered: !passes,
      // The fields are scored whatever the verdict: a missed review is counted in the recall.
      fields: page.expected.isReview ? compareFields(page.expected, extraction) : [],
      evidence,
    };
  });
}

export function compareFields(expected: Expected, got: Extraction): FieldResult[] {
  const out: FieldResult[] = [];
  for (const [k, want] of Object.entries(expected.work ?? {})) {
    if (k === 'link' || k === 'language') continue;
    out.push(judge(`work.${k}`, want, (got.work as Record<string, unknown>)[k]));
  }
  for (const [k, want] of Object.entries(expected.review ?? {})) {
    if (k === 'summaryStartsWith') {
      const summary = got.review.summary;
      const ok = want === null ? summary === null : summary !== null && typeof want === 'string' && norm(summary).startsWith(norm(want));
      if (want !== null || summary !== null) out.push({ field: 'review.summary', want, got: summary?.slice(0, 80) ?? null, ok });
    } else {
      out.push(judge(`review.${k}`, want, (got.review as Record<string, unknown>)[k]));
    }
  }
  return out.filter((r) => !(isEmpty(r.want) && isEmpty(r.got)));
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function judge(field: string, want: unknown, got: unknown): FieldResult {
  return { field, want, got, ok: same(field, want, got) };
}

function same(field: string, want: unknown, got: unknown): boolean {
  if (isEmpty(want) || isEmpty(got)) return isEmpty(want) && isEmpty(got);
  if (field === 'work.isbn') return digits(String(want)) === digits(String(got));
  if (field === 'work.doi') return norm(String(want)) === norm(String(got));
  if (Array.isArray(want) || Array.isArray(got)) {
    const a = (Array.isArray(want) ? want : [want]).map((x) => norm(String(x))).sort();
    const b = (Array.isArray(got) ? got : [got]).map((x) => norm(String(x))).sort();
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (typeof want === 'number' || typeof got === 'number') return Number(want) === Number(got);
  if (field === 'work.title') return subtitleMark(norm(String(want))) === subtitleMark(norm(String(got)));
  return norm(String(want)) === norm(String(got));
}

/** Sites set a subtitle off with a colon, a full stop or a spaced dash: the title is the same. */
function subtitleMark(s: string): string {
  return s.replace(/\s*[:.]\s+|\s+-\s+/g, ': ');
}

function digits(s: string): string {
  return s.replace(/[^\dXx]/g, '').toUpperCase();
}

/**
 * Case, white space, quote and dash styles, a space before a colon (French typography) and
 * trailing punctuation do not count as a difference.
 */
export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[\s\u00a0\u200b\u202f]+/g, ' ')
    .replace(/ :/g, ':')
    .replace(/^["'\s]+|["'\s.,;:]+$/g, '')
    .trim();
}

export interface SplitFigures {
  pages: number;
  sites: number;
  reviews: number;
  recognised: number;
  recall: number;
  lookalikes: number;
  lookalikesTaken: number;
  lookalikeRejection: number;
  ordinary: number;
  falseAlarms: number;
  falseAlarmRate: number;
  unsure: number;
  fieldsRight: number;
  fieldsChecked: number;
  fieldAccuracy: number;
  byField: Record<string, { right: number; checked: number }>;
  byClass: Record<string, { pages: number; right: number }>;
  byLang: Record<string, { pages: number; right: number }>;
  /** Reviews not recognised, by the step that turned them away. */
  missedBecause: Record<string, number>;
}

/** The step that turned a review away (one of a few fixed reasons, to be counted). */
export function missedBecause(r: PageResult): string {
  const e = r.evidence;
  if (r.prefiltered) return 'prefilter';
  if (!e) return 'extractor error';
  if (ruledOut(e).listing) return 'taken for a listing';
  if (!e.hasTitle) return 'no title';
  if (!e.hasResponsible && !identifiesOne(e)) return 'no author, editor or publisher';
  return r.unsure ? 'unsure (asks)' : 'below the threshold';
}

/** A page is right when it is judged as expected (a review recognised, anything else not). */
export function pageRight(r: PageResult): boolean {
  return r.detected === r.page.expected.isReview;
}

export function figures(results: readonly PageResult[]): SplitFigures {
  const of = (k: Kind) => results.filter((r) => r.page.expected.kind === k);
  const reviews = of('review');
  const lookalikes = of('lookalike');
  const ordinary = of('ordinary');
  const fieldResults = reviews.flatMap((r) => r.fields);
  const byField: SplitFigures['byField'] = {};
  for (const f of fieldResults) {
    const e = (byField[f.field] ??= { right: 0, checked: 0 });
    e.checked++;
    if (f.ok) e.right++;
  }
  const tally = (key: (r: PageResult) => string) => {
    const t: Record<string, { pages: number; right: number }> = {};
    for (const r of results) {
      const e = (t[key(r)] ??= { pages: 0, right: 0 });
      e.pages++;
      if (pageRight(r)) e.right++;
    }
    return t;
  };
  const recognised = reviews.filter((r) => r.detected).length;
  const lookalikesTaken = lookalikes.filter((r) => r.detected).length;
  const falseAlarms = ordinary.filter((r) => r.detected).length;
  const fieldsRight = fieldResults.filter((f) => f.ok).length;
  return {
    pages: results.length,
    sites: new Set(results.map((r) => r.page.site)).size,
    reviews: reviews.length,
    recognised,
    recall: ratio(recognised, reviews.length),
    lookalikes: lookalikes.length,
    lookalikesTaken,
    lookalikeRejection: 1 - ratio(lookalikesTaken, lookalikes.length),
    ordinary: ordinary.length,
    falseAlarms,
    falseAlarmRate: ratio(falseAlarms, ordinary.length),
    unsure: results.filter((r) => r.unsure).length,
    fieldsRight,
    fieldsChecked: fieldResults.length,
    fieldAccuracy: ratio(fieldsRight, fieldResults.length),
    byField,
    byClass: tally((r) => r.page.expected.class),
    byLang: tally((r) => r.page.expected.lang),
    missedBecause: reviews
      .filter((r) => !r.detected)
      .reduce<Record<string, number>>((t, r) => {
        const why = missedBecause(r);
        t[why] = (t[why] ?? 0) + 1;
        return t;
      }, {}),
  };
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}
