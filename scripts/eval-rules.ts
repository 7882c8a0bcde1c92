/**
 * `npm run eval:rules`: what one reader's corrections on one page of a site do for the site's
 * other pages. The pairs corpus (tests/corpus-pairs/<split>/<site>/a-….html and b-….html, with
 * expectations as in tests/corpus) holds two review pages of each site. For each ordered pair
 * (taught on one page, read on the other):
 *
 * - on the first page, the reader corrects every field the extractor got wrong to the value the
 *   expectation gives, as they would type it in the popup; the extension learns a rule where it
 *   finds that value on the page (lib/site-rules); a page not recognised gets the reader's Yes;
 * - each rule is for the part of the site the first page's address shows (its section, a blog's
 *   dated posts, or the whole site: pathShape), as the extension keeps it;
 * - the second page is read as the content script reads a page of a site with rules: the
 *   extractor, then the rules that cover its address; and scored before and after;
 * - the site's page that reviews nothing (c-…), where there is one, is read the same way: taken
 *   for a review or not, before and after.
 *
 * It also says what a site's Yes alone does on each page of the main corpus: the reviews it gets
 * recognised, and the other pages it would take for reviews.
 *
 *   npm run eval:rules            figures for each split
 *   npm run eval:rules -- --json  one JSON object
 *   npm run eval:rules -- --show  also each pair's fields, before and after (tune pairs only;
 *                                 reading a blind pair to change the rules moves its site to tune)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mightBeReview } from '../lib/extract/prefilter';
import { extractReview } from '../lib/extract';
import { applySiteRules, learnFromValue } from '../lib/site-rules/apply';
import { UNSURE_FROM } from '../lib/extract/classify';
import { pathShape, rulesFor, type SiteRule } from '../lib/site-rules/rule';
import type { FieldPath } from '../lib/extract/schema';
import type { FieldValue } from '../lib/library/corrections';
import { compareFields, loadCorpus, SPLITS, withDocument, type CorpusPage, type FieldResult, type Split } from './corpus';
import { must } from '../lib/must';

export interface Reading {
  detected: boolean;
  /** Not taken, but the reader would be asked whether it is a review. */
  asked: boolean;
  fields: FieldResult[];
}

export interface TransferResult {
  split: string;
  site: string;
  taughtOn: string;
  readOn: string;
  /** Fields the reader corrected on the first page, and those the extension could learn a rule from. */
  corrected: string[];
  learned: string[];
  saidYes: boolean;
  before: Reading;
  after: Reading;
}

function withPage<T>(page: CorpusPage, fn: (doc: Document) => T): T {
  return withDocument(readFileSync(page.html, 'utf8'), page.expected.url, fn);
}

/** The page read as the content script reads a page of a site with these rules: the extractor, then the rules. */
function read(doc: Document, page: CorpusPage, rules: SiteRule[]): Reading {
  const url = page.expected.url;
  // As the background and the content script do: the rules whose pages cover this address.
  const covering = rulesFor(rules, url);
  const passes = covering.length > 0 || mightBeReview(doc);
  const generic = extractReview(doc, url);
  const extraction = covering.length ? applySiteRules(doc, generic, covering) : generic;
  const detected = passes && extraction.isReview;
  return { detected, asked: !detected && passes && extraction.confidence >= UNSURE_FROM, fields: compareFields(page.expected, extraction) };
}

interface Taught {
  rules: SiteRule[];
  corrected: string[];
  learned: string[];
  saidYes: boolean;
}

/** What the reader's corrections on a page teach: a rule for each corrected field found on it, and a Yes if it was missed. */
function teach(doc: Document, page: CorpusPage, generic: Reading): Taught {
  const url = page.expected.url;
  const rules: SiteRule[] = [];
  const corrected: string[] = [];
  const learned: string[] = [];
  const base = { site: page.site, paths: pathShape(url), learnedOn: url, learnedAt: 0, appliedTo: [] };
  for (const f of generic.fields) {
    // The summary's expectation is only its start: not a value a reader would type.
    if (f.ok || f.field === 'review.summary' || f.want == null || (Array.isArray(f.want) && !f.want.length)) continue;
    corrected.push(f.field);
    const locator = learnFromValue(doc, f.field as FieldPath, f.want as FieldValue);
    if (!locator) continue;
    learned.push(f.field);
    rules.push({ ...base, id: `rule-${rules.length}`, kind: 'field', field: f.field as FieldPath, locator, isReview: null });
  }
  const saidYes = !generic.detected;
  if (saidYes) rules.push({ ...base, id: 'rule-verdict', kind: 'verdict', field: null, locator: null, isReview: true });
  return { rules, corrected, learned, saidYes };
}

/** A page of a pair's site that reviews no publication, read before and after the rules one of the site's reviews taught. */
export interface OtherPageResult {
  split: string;
  site: string;
  taughtOn: string;
  readOn: string;
  kind: string;
  before: boolean;
  after: boolean;
}

export function evaluatePairs(root = resolve('tests/corpus-pairs')): { transfers: TransferResult[]; others: OtherPageResult[] } {
  const bySite = new Map<string, CorpusPage[]>();
  for (const p of loadCorpus(root)) bySite.set(`${p.split}/${p.site}`, [...(bySite.get(`${p.split}/${p.site}`) ?? []), p]);
  const transfers: TransferResult[] = [];
  const others: OtherPageResult[] = [];
  for (const pages of bySite.values()) {
    const reviews = pages.filter((p) => p.expected.isReview);
    // Each page once: as the extractor alone reads it, and what correcting it teaches.
    const known = new Map(
      reviews.map((p) => [
        p,
        withPage(p, (doc) => {
          const generic = read(doc, p, []);
          return { generic, ...teach(doc, p, generic) };
        }),
      ]),
    );
    for (const from of reviews) {
      const taught = must(known.get(from), 'known.get(from)');
      for (const to of reviews) {
        if (from === to) continue;
        transfers.push({
          split: from.split,
          site: from.site,
          taughtOn: from.slug,
          readOn: to.slug,
          corrected: taught.corrected,
          learned: taught.learned,
          saidYes: taught.saidYes,
          before: must(known.get(to), 'known.get(to)').generic,
          after: withPage(to, (doc) => read(doc, to, taught.rules)),
        });
      }
      for (const to of pages.filter((p) => !p.expected.isReview)) {
        const [before, after] = withPage(to, (doc) => [read(doc, to, []).detected, read(doc, to, taught.rules).detected]);
        others.push({ split: from.split, site: from.site, taughtOn: from.slug, readOn: to.slug, kind: to.expected.kind, before, after });
      }
    }
  }
  return { transfers, others };
}

/** Pages of one kind: how many the extractor alone takes, asks about, and takes after a Yes. */
export interface YesReachRow {
  kind: string;
  pages: number;
  before: number;
  asked: number;
  after: number;
}

/**
 * What a Yes the reader gave on another page of the site does for each page of the main corpus
 * (tests/corpus): the reviews it gets recognised, and the ordinary pages and look-alikes it
 * would take for reviews (a site's home page, its about page, its news).
 */
export function yesReach(root = resolve('tests/corpus'), splits: readonly Split[] = SPLITS): Record<string, YesReachRow[]> {
  const out: Record<string, YesReachRow[]> = {};
  for (const page of loadCorpus(root, splits)) {
    const yes: SiteRule = {
      id: 'yes',
      site: page.site,
      paths: '/*',
      kind: 'verdict',
      field: null,
      locator: null,
      isReview: true,
      learnedOn: page.expected.url,
      learnedAt: 0,
      appliedTo: [],
    };
    const [before, after] = withPage(page, (doc) => [read(doc, page, []), read(doc, page, [yes]).detected] as const);
    const rows = (out[page.split] ??= []);
    let row = rows.find((r) => r.kind === page.expected.kind);
    if (!row) rows.push((row = { kind: page.expected.kind, pages: 0, before: 0, asked: 0, after: 0 }));
    row.pages++;
    if (before.detected) row.before++;
    if (before.asked) row.asked++;
    if (after) row.after++;
  }
  return out;
}

export interface TransferFigures {
  sites: number;
  transfers: number;
  recognisedBefore: number;
  recognisedAfter: number;
  fieldsChecked: number;
  rightBefore: number;
  rightAfter: number;
  /** Fields right before the rules and wrong after them. */
  broken: number;
  corrected: number;
  learned: number;
}

export function transferFigures(results: readonly TransferResult[]): TransferFigures {
  const right = (r: Reading) => r.fields.filter((f) => f.ok).length;
  let broken = 0;
  for (const r of results) {
    for (const f of r.before.fields) if (f.ok && r.after.fields.some((g) => g.field === f.field && !g.ok)) broken++;
  }
  return {
    sites: new Set(results.map((r) => r.site)).size,
    transfers: results.length,
    recognisedBefore: results.filter((r) => r.before.detected).length,
    recognisedAfter: results.filter((r) => r.after.detected).length,
    // Fields counted as corpus.compareFields counts them: a field empty in both is left out, so
    // the "after" reading may count a field the "before" one did not (a value where none is due).
    fieldsChecked: results.reduce((n, r) => n + Math.max(r.before.fields.length, r.after.fields.length), 0),
    rightBefore: results.reduce((n, r) => n + right(r.before), 0),
    rightAfter: results.reduce((n, r) => n + right(r.after), 0),
    broken,
    corrected: results.reduce((n, r) => n + r.corrected.length, 0),
    learned: results.reduce((n, r) => n + r.learned.length, 0),
  };
}

/** How often a site's page that reviews nothing is taken for a review, before and after the rules one of its reviews taught (one reading per review taught). */
export function otherFigures(results: readonly OtherPageResult[]): { pages: number; readings: number; takenBefore: number; takenAfter: number } {
  return {
    pages: new Set(results.map((r) => `${r.site}/${r.readOn}`)).size,
    readings: results.length,
    takenBefore: results.filter((r) => r.before).length,
    takenAfter: results.filter((r) => r.after).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { transfers: results, others } = evaluatePairs();
  const bySplit = Object.fromEntries(SPLITS.map((s) => [s, transferFigures(results.filter((r) => r.split === s))]));
  const otherPages = Object.fromEntries(SPLITS.map((s) => [s, otherFigures(others.filter((r) => r.split === s))]));
  const reach = yesReach();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...bySplit, otherPages, yesReach: reach }));
  } else {
    const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(1) : '0.0'} % (${a}/${b})`;
    for (const [split, f] of Object.entries(bySplit)) {
      console.log(
        [
          `${split}: ${f.transfers} transfers on ${f.sites} sites (corrections on one page, read on the other)`,
          `  reviews recognised    ${pct(f.recognisedBefore, f.transfers)} → ${pct(f.recognisedAfter, f.transfers)}`,
          `  field accuracy        ${pct(f.rightBefore, f.fieldsChecked)} → ${pct(f.rightAfter, f.fieldsChecked)}`,
          `  fields the rules broke ${f.broken}`,
          `  corrections learned   ${pct(f.learned, f.corrected)}`,
          `  the site's pages that review nothing, taken for reviews: ${pct(otherPages[split]?.takenBefore ?? 0, otherPages[split]?.readings ?? 0)} → ${pct(otherPages[split]?.takenAfter ?? 0, otherPages[split]?.readings ?? 0)} (${otherPages[split]?.pages ?? 0} pages)`,
        ].join('\n'),
      );
    }
    console.log('\nA Yes given on another page of the site, on each page of tests/corpus (taken for a review, before → after):');
    for (const [split, rows] of Object.entries(reach)) {
      console.log(`  ${split}: ${rows.map((r) => `${r.kind} ${pct(r.before, r.pages)} → ${pct(r.after, r.pages)}`).join('; ')}`);
    }
    if (process.argv.includes('--show')) {
      for (const r of results.filter((x) => x.split === 'tune')) {
        console.log(
          `\n${r.site}: taught on ${r.taughtOn} (corrected ${r.corrected.join(', ') || 'nothing'}; learned ${r.learned.join(', ') || 'nothing'}), read on ${r.readOn}`,
        );
        for (const f of r.after.fields) {
          const was = r.before.fields.find((g) => g.field === f.field);
          const mark = f.ok ? (was?.ok ? '  ' : '+ ') : was?.ok ? '- ' : 'x ';
          console.log(
            `  ${mark}${f.field}: want ${JSON.stringify(f.want)} got ${JSON.stringify(f.got)}${was && !was.ok && !f.ok ? ` (was ${JSON.stringify(was.got)})` : ''}`,
          );
        }
      }
    }
  }
}
