/**
 * Golden fixtures: every tests/fixtures/extract/*.html with its .expected.json, plus the seed
 * page. Adding a fixture is one file pair and no code.
 *
 * Compared: isReview; for review pages every key given in expected `work` and `review`
 * (toEqual), `summaryStartsWith` as a prefix of review.summary; for every page, that the
 * result fits the schema and that each field's quote is text the page really has.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview, mightBeReview } from '../../lib/extract';
import { ExtractionSchema } from '../../lib/extract/schema';
import { closeWindows, norm, parseHtml } from './extract-helpers';

interface Expected {
  url: string;
  isReview: boolean;
  work?: Record<string, unknown>;
  review?: Record<string, unknown> & { summaryStartsWith?: string };
}

const root = join(__dirname, '..', 'fixtures');
const dir = join(root, 'extract');
const cases: { name: string; html: string; expected: string }[] = [
  { name: 'seed-review', html: join(root, 'seed-review.html'), expected: join(root, 'seed-review.expected.json') },
];
if (existsSync(dir)) {
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.html')) continue;
    const expected = join(dir, f.replace(/\.html$/, '.expected.json'));
    if (existsSync(expected)) cases.push({ name: basename(f, '.html'), html: join(dir, f), expected });
  }
}

afterAll(closeWindows);

describe('extractor fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(c.name, () => {
      const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as Expected;
      const doc = parseHtml(readFileSync(c.html, 'utf8'), expected.url);
      const got = extractReview(doc, expected.url);

      expect(v.safeParse(ExtractionSchema, got).success, 'fits ExtractionSchema').toBe(true);
      expect(got.url).toBe(expected.url);
      expect(got.isReview, 'isReview').toBe(expected.isReview);
      expect(got.confidence).toBeGreaterThanOrEqual(0);
      expect(got.confidence).toBeLessThanOrEqual(1);

      if (expected.isReview) {
        expect(mightBeReview(doc), 'prefilter lets a review page through').toBe(true);
        for (const [k, want] of Object.entries(expected.work ?? {})) {
          expect.soft(got.work[k as keyof typeof got.work], `work.${k}`).toEqual(want);
        }
        for (const [k, want] of Object.entries(expected.review ?? {})) {
          if (k === 'summaryStartsWith') {
            const summary = got.review.summary ?? '';
            expect
              .soft(summary.startsWith(String(want)), `review.summary starts with ${JSON.stringify(want)}, got ${JSON.stringify(summary.slice(0, 80))}`)
              .toBe(true);
          } else {
            expect.soft(got.review[k as keyof typeof got.review], `review.${k}`).toEqual(want);
          }
        }
      }

      // Every quote is text the page really has.
      const body = norm(doc.body.textContent);
      const metas = [...doc.querySelectorAll('meta')].map((m) => m.getAttribute('content') ?? '');
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => {
        const raw = s.textContent;
        try {
          return [raw, JSON.stringify(JSON.parse(raw))];
        } catch {
          return [raw];
        }
      });
      for (const [path, prov] of Object.entries(got.fields)) {
        const quote = prov.quote;
        if (quote === undefined) continue;
        const q = norm(quote);
        let ok: boolean;
        if (prov.source === 'meta') ok = metas.some((m) => norm(m).includes(q));
        else if (prov.source === 'json-ld') ok = ld.some((s) => s.includes(quote) || norm(s).includes(q));
        else if (prov.source === 'title') ok = norm(doc.title).includes(q);
        else if (prov.source === 'url') ok = got.url.includes(quote);
        else ok = body.includes(q);
        expect.soft(ok, `${path} quote ${JSON.stringify(prov.quote)} (${prov.source}) is on the page`).toBe(true);
      }
    });
  }
});
