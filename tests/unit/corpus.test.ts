/**
 * The corpus of real pages: well-formed, as large and as varied as the evaluation needs, each
 * site on the side of the split its name gives, and the extractor at least as good on it as
 * when these floors were last raised. The figures themselves: `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFields, evaluatePage, figures, loadCorpus } from '../../scripts/corpus';
import { siteFamily, splitOf } from '../../scripts/corpus-split';

const pages = loadCorpus();
const results = pages.map(evaluatePage);
const of = (split: string) => results.filter((r) => r.page.split === split);

describe('the corpus', () => {
  it('is large and varied enough to measure on', () => {
    const kinds = (k: string) => pages.filter((p) => p.expected.kind === k).length;
    expect(pages.length).toBeGreaterThanOrEqual(500);
    expect(new Set(pages.map((p) => p.site)).size).toBeGreaterThanOrEqual(500);
    expect(kinds('review')).toBeGreaterThanOrEqual(200);
    expect(kinds('lookalike')).toBeGreaterThanOrEqual(80);
    // One false alarm in 200 ordinary pages can only be told with at least 200 of them.
    expect(kinds('ordinary')).toBeGreaterThanOrEqual(200);
    const langs = new Set(pages.map((p) => p.expected.lang));
    for (const l of ['en', 'de', 'fr', 'es', 'pt', 'ru', 'tr']) expect(langs, l).toContain(l);
  });

  it('keeps each site on the side of the split its name gives, and a site that goes by two names on one side', () => {
    for (const p of pages) expect(p.split, p.site).toBe(splitOf(p.site));
    expect(siteFamily('popsciencebooks.blogspot.co.uk')).toBe(siteFamily('popsciencebooks.blogspot.com'));
    expect(siteFamily('m.example.org')).toBe('example.org');
    const sides = new Map<string, Set<string>>();
    for (const p of pages) sides.set(siteFamily(p.site), (sides.get(siteFamily(p.site)) ?? new Set()).add(p.split));
    expect([...sides].filter(([, s]) => s.size > 1).map(([site]) => site)).toEqual([]);
  });

  it('holds no review on both sides of the split: a text syndicated to another site is the same text', () => {
    const opening = (p: (typeof pages)[number]) => {
      const s = p.expected.review?.summaryStartsWith;
      return typeof s === 'string' ? s.trim().toLowerCase() : '';
    };
    const tune = new Set(
      pages
        .filter((p) => p.split === 'tune')
        .map(opening)
        .filter((s) => s.length >= 30),
    );
    const both = pages.filter((p) => p.split === 'blind' && tune.has(opening(p))).map((p) => `${p.site}/${p.slug}`);
    expect(both).toEqual([]);
  });

  it('has expectations for every field of every review, and pages that load nothing', () => {
    const workKeys = ['title', 'authors', 'editors', 'affiliation', 'publisher', 'date', 'place', 'type', 'pages', 'keywords', 'isbn', 'doi'];
    for (const p of pages) {
      const name = `${p.split}/${p.site}/${p.slug}`;
      if (p.expected.isReview) {
        expect(Object.keys(p.expected.work ?? {}), name).toEqual(expect.arrayContaining(workKeys));
        expect(Object.keys(p.expected.review ?? {}), name).toEqual(expect.arrayContaining(['reviewer', 'siteName', 'summaryStartsWith']));
      }
      const html = readFileSync(p.html, 'utf8');
      expect(html, name).toContain('rel="canonical"');
      expect(
        html.match(/<(?:script|img|link|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?\/\//gi)?.filter((t) => !/rel="canonical"/.test(t)) ?? [],
        name,
      ).toEqual([]);
      expect(html.match(/<script\b(?![^>]*application\/ld\+json)[^>]*>/gi) ?? [], name).toEqual([]);
    }
  });
});

/** Blind ordinary pages taken for reviews that were read and not mended (docs/extraction.md). */
const UNMENDED_BLIND_ALARMS = 4;

describe('the extractor on the corpus', () => {
  it('takes no tune page that is ordinary for a review, and no more over both splits than the ceiling last set', () => {
    const alarms = results.filter((r) => r.page.expected.kind === 'ordinary' && r.detected);
    expect(alarms.filter((r) => r.page.split === 'tune').map((r) => `${r.page.site}/${r.page.slug}`)).toEqual([]);
    // A blind page is not named: whoever reads it to write a rule must move its site to tune.
    // The target is one ordinary page in 200 (issue 16). Blind false alarms that no rule has
    // mended stay blind, where they are the honest figure, so this is a ceiling at their count
    // when it was last set (docs/extraction.md), to be lowered as they are mended.
    const ordinary = results.filter((r) => r.page.expected.kind === 'ordinary').length;
    expect(alarms.length, 'ordinary pages taken for reviews (npm run eval -- --show-blind names the blind ones)').toBeLessThanOrEqual(
      Math.max(Math.floor(ordinary / 200), UNMENDED_BLIND_ALARMS),
    );
  });

  it('does no worse on the tune split than when its floors were last raised', () => {
    const f = figures(of('tune'));
    expect(f.fieldAccuracy).toBeGreaterThanOrEqual(0.7);
    expect(f.recall).toBeGreaterThanOrEqual(0.6);
    expect(f.lookalikeRejection).toBeGreaterThanOrEqual(0.95);
  });
}, 120_000);

describe('comparing a field with its expectation', () => {
  const expected = (title: string) => ({ work: { title }, review: {} }) as unknown as Parameters<typeof compareFields>[0];
  const titleOk = (want: string, got: string) => compareFields(expected(want), { work: { title: got }, review: {} } as never)[0]?.ok;

  it('takes a subtitle set off by a colon, a full stop or a spaced dash for the same title', () => {
    expect(titleOk('Лавр: Неисторический роман', 'Лавр. Неисторический роман')).toBe(true);
    expect(titleOk('Direito civil brasileiro, v. 2: Teoria geral', 'Direito civil brasileiro, v. 2 - Teoria geral')).toBe(true);
    expect(titleOk('The story of Owen : dragon slayer', 'The story of Owen: dragon slayer')).toBe(true);
  });

  it('still tells a title from its subtitle alone, or from one with other words', () => {
    expect(titleOk('Speechless: Controlling Words', 'Controlling Words')).toBe(false);
    expect(titleOk('A Change in Altitude', 'Change in Altitude')).toBe(false);
    expect(titleOk('Well-Read', 'Well Read')).toBe(false);
  });
});
