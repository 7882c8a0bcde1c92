/**
 * The committed weights are what the fit gives on today's corpus and extractor: a change to a
 * reader that moves the evidence, or a page added to the tune split, needs `npm run fit`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES, bare, classify, featureVector, type Evidence } from '../../lib/extract/classify';
import type { PageResult } from '../../scripts/corpus';
import { chooseThreshold, crossValidate, fitModel, serialise, WEIGHTS_FILE, fit } from '../../scripts/fit-classifier';

/** Evidence of a page with a title, someone responsible and some prose, and nothing else. */
const BLANK: Evidence = {
  strongLabels: 0,
  weakLabels: 0,
  repeatedRecords: 0,
  citationFields: 0,
  citationLines: 0,
  citationAfterProse: 0,
  labelsAfterProse: 0,
  citationInList: false,
  ldReviewOfWork: false,
  ldWork: false,
  ldNonPublication: false,
  ldListing: false,
  ldNews: false,
  scholarlyMetaFields: 0,
  ogBook: false,
  recordPage: false,
  reviewerLine: false,
  reviewHeading: false,
  catalogueRecord: false,
  repositoryPlatform: false,
  productPage: false,
  bookFacts: 0,
  headingNamesAuthor: false,
  proseNamesAuthor: false,
  openingWriter: false,
  archivePage: false,
  booksPlural: false,
  severalAuthorsNamed: false,
  pubType: false,
  pubAuthors: false,
  reviewWord: false,
  publicationFolder: false,
  booksSection: false,
  otherKindWord: false,
  performance: 0,
  proseImprint: false,
  addressNamesWork: false,
  authorApart: false,
  shopOfBook: false,
  capsuleFacts: false,
  hasSummary: true,
  articles: 1,
  hasMain: true,
  rootUrl: false,
  authorInProse: false,
  forumThread: false,
  hasTitle: true,
  hasResponsible: true,
  workIsbn: false,
};

describe('the classifier’s weights', () => {
  it('match a fresh fit on the tune split', () => {
    const fresh = fitModel();
    expect(fresh.features).toEqual(FEATURES.map(([name]) => name));
    expect(readFileSync(WEIGHTS_FILE, 'utf8'), 'run npm run fit').toBe(serialise(fresh));
    expect(fresh.unsureFrom).toBeLessThanOrEqual(fresh.threshold);
  }, 120_000);

  it('the fit separates what it is shown, and refuses one-sided data', () => {
    const n = FEATURES.length;
    const x = (i: number) => Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
    const samples = [
      ...Array.from({ length: 10 }, () => ({ x: x(0), y: 1 as const, kind: 'review' as const, asked: true })),
      ...Array.from({ length: 10 }, () => ({ x: x(1), y: 0 as const, kind: 'ordinary' as const, asked: true })),
    ];
    const { weights } = fit(samples);
    expect(weights[0]).toBeGreaterThan(1);
    expect(weights[1]).toBeLessThan(-1);
    expect(() => fit(samples.filter((s) => s.y === 1))).toThrow(/both/);
  });

  it('sets the threshold above the ordinary pages, and lets through a look-alike only where it holds more reviews than it costs', () => {
    const n = FEATURES.length;
    const x = (i: number) => Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
    const w = Array.from({ length: n }, (_, j) => (j === 0 ? 3 : j === 1 ? -3 : 0));
    const reviews = Array.from({ length: 10 }, () => ({ x: x(0), y: 1 as const, kind: 'review' as const, asked: true }));
    const ordinary = Array.from({ length: 10 }, () => ({ x: x(1), y: 0 as const, kind: 'ordinary' as const, asked: true }));
    const lookalike = { x: x(0), y: 0 as const, kind: 'lookalike' as const, asked: true };
    // One look-alike that reads exactly as ten reviews: worth taking with them; as four, not.
    const w2 = w.map((v, j) => (j === 0 ? 2 : v));
    expect(chooseThreshold([...reviews, ...ordinary, lookalike], w2, 0, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.5);
    expect(chooseThreshold([...reviews.slice(0, 4), ...ordinary, lookalike], w2, 0, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.89);
    // A look-alike scoring above fewer reviews than it costs lifts the threshold past them, and no further.
    const few = Array.from({ length: 2 }, () => ({ x: x(2), y: 1 as const, kind: 'review' as const, asked: true }));
    const wMid = w.map((v, j) => (j === 2 ? 1 : j === 3 ? 2 : v));
    const above = { ...lookalike, x: x(3) };
    expect(chooseThreshold([...reviews, ...few, ...ordinary, above], wMid, 0, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.89);
    // An ordinary page that reads as a review: never let through among 100.
    const falseAlarm = { ...lookalike, kind: 'ordinary' as const, asked: true };
    expect(chooseThreshold([...reviews, ...ordinary, falseAlarm], w, 0, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.95);
    // …unless the prefilter turns it away: the model is never asked about it.
    expect(chooseThreshold([...reviews, ...ordinary, { ...falseAlarm, asked: false }], w, 0, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.5);
    // …or nothing the model weighs for a review holds for it (a bare page): it is held under the threshold, never taken.
    const bareAlarm = { ...falseAlarm, x: new Array<number>(n).fill(0) };
    expect(chooseThreshold([...reviews, ...ordinary, bareAlarm], w, 2, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.5);
    expect(chooseThreshold([...reviews, ...ordinary, { ...bareAlarm, x: x(0) }], w, 2, { ordinary: 100, lookalike: 40 }).threshold).toBe(0.95);
  });

  it('asks about pages held under the threshold, at most ASKED of the others, judged at the confidence the extension shows', () => {
    const n = FEATURES.length;
    const x = (i: number) => Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
    const w = Array.from({ length: n }, (_, j) => [3, -3, -0.5, Math.log(0.346 / 0.654)][j] ?? 0);
    const of = (i: number, kind: 'review' | 'ordinary' | 'lookalike', count: number) =>
      Array.from({ length: count }, () => ({ x: x(i), y: kind === 'review' ? (1 as const) : (0 as const), kind, asked: true }));
    const inAll = { ordinary: 100, lookalike: 40 };
    const base = [...of(0, 'review', 10), ...of(1, 'ordinary', 10), ...of(2, 'review', 2), ...of(2, 'lookalike', 2)];
    // Five look-alikes taken with the reviews are over the question's budget (4 of 140), but they
    // are not asked about: the pages under the threshold still are.
    const taken = chooseThreshold([...base, ...of(0, 'lookalike', 5)], w, 0, inAll);
    expect(taken.threshold).toBe(0.5);
    expect(taken.unsureFrom).toBe(0.25);
    // Six look-alikes shown at 0.35 (scored just under it) are over the budget: asking starts above them.
    expect(chooseThreshold([...base, ...of(3, 'lookalike', 6)], w, 0, inAll).unsureFrom).toBe(0.36);
  });

  const strong: Evidence = {
    ...BLANK,
    strongLabels: 5,
    weakLabels: 3,
    citationFields: 7,
    citationLines: 1,
    ldReviewOfWork: true,
    ldWork: true,
    scholarlyMetaFields: 8,
    ogBook: true,
    reviewerLine: true,
    reviewHeading: true,
    reviewWord: true,
  };

  it('rules out listings, discussion threads and pages with nothing to show, whatever the rest says', () => {
    expect(classify(strong).isReview).toBe(true);
    expect(classify({ ...strong, repeatedRecords: 2 })).toMatchObject({ isReview: false, listing: true, confidence: 0 });
    const nobody = { ...strong, hasResponsible: false, ogBook: false, scholarlyMetaFields: 0 };
    expect(classify(nobody)).toMatchObject({ isReview: false, confidence: 0 });
    // A page that declares itself a book's or a publication's is asked about without anyone responsible.
    expect(classify({ ...nobody, ogBook: true }).confidence).toBeGreaterThan(0);
    expect(classify({ ...nobody, scholarlyMetaFields: 2 }).confidence).toBeGreaterThan(0);
    expect(classify({ ...nobody, workIsbn: true }).confidence).toBeGreaterThan(0);
    expect(classify({ ...strong, forumThread: true })).toMatchObject({ isReview: false, confidence: 0 });
  });

  it('asks about a page with a title, a name and prose and nothing else in its favour, however high its prior', () => {
    const model = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as { threshold: number };
    const blank = classify(BLANK);
    expect(blank.isReview).toBe(false);
    expect(blank.confidence).toBeLessThan(model.threshold);
    // One sign the model weighs for a review is enough to lift the hold.
    const signed = classify({ ...BLANK, reviewWord: true, authorInProse: true });
    expect(signed.confidence).toBeGreaterThan(blank.confidence);
  });

  it('takes a site filing the page among its own publications as a sign in its favour, whatever weight the fit gives the folder', () => {
    const against = FEATURES.map(() => -0.5);
    expect(bare(featureVector({ ...BLANK, hasSummary: true }), against)).toBe(true);
    expect(bare(featureVector({ ...BLANK, hasSummary: true, publicationFolder: true }), against)).toBe(false);
    expect(bare(featureVector({ ...BLANK, hasSummary: true, booksSection: true }), against)).toBe(true);
  });

  it('an author named only in prose counts against a page unless it declares itself a book’s or sells it', () => {
    const at = FEATURES.findIndex(([name]) => name === 'proseNamesAuthor');
    const prose = { ...strong, proseNamesAuthor: true, ogBook: false, productPage: false };
    expect(featureVector(prose)[at]).toBe(1);
    expect(featureVector({ ...prose, ogBook: true })[at]).toBe(0);
    expect(featureVector({ ...prose, productPage: true })[at]).toBe(0);
  });
});

describe('the cross-validation by site', () => {
  const evidence = (e: Partial<Evidence>): Evidence => ({ ...BLANK, ...e });
  const result = (site: string, kind: 'review' | 'ordinary' | 'lookalike', e: Partial<Evidence>): PageResult =>
    ({
      page: { split: 'tune', site, slug: 'p', html: '', expected: { kind, isReview: kind === 'review' } },
      detected: false,
      confidence: 0,
      unsure: false,
      prefiltered: false,
      fields: [],
      evidence: evidence(e),
    }) as unknown as PageResult;
  it('judges each site by a model fitted without it, and counts what it took', () => {
    const tune = [
      ...Array.from({ length: 20 }, (_, i) => result(`review${i}.org`, 'review', { reviewWord: true, reviewerLine: true, citationFields: 6 })),
      ...Array.from({ length: 20 }, (_, i) => result(`news${i}.org`, 'ordinary', { ldNews: true, articles: 3 })),
    ];
    const cv = crossValidate(tune, [], 5);
    expect(cv).toMatchObject({ folds: 5, reviews: 20, recognised: 20, ordinary: 20, falseAlarms: 0 });
    // A page the prefilter turned away is not taken, whatever its evidence.
    const turnedAway = crossValidate(
      tune.map((r) => ({ ...r, prefiltered: r.page.expected.kind === 'review' })),
      [],
      5,
    );
    expect(turnedAway.recognised).toBe(0);
  });
});
