/**
 * Fits the "is this a review of one publication" model on the corpus's tune split and our own
 * fixtures, and writes lib/extract/classifier-weights.json.
 *
 *   npm run fit            write the weights
 *   npm run fit -- --check exit 1 when the committed weights differ from a fresh fit
 *
 * Logistic regression by full-batch gradient descent from zero weights, L2-regularised, each
 * class weighted to the same total (ordinary pages outnumber reviews). Deterministic: the same
 * pages give the same weights. How the threshold and the band where the reader is asked are
 * chosen: see chooseThreshold.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bare, FEATURES, featureVector, probability, ruledOut, shownConfidence } from '../lib/extract/classify';
import { evaluatePage, type Kind, loadCorpus, loadFixtures, type PageResult } from './corpus';
import { must } from '../lib/must';

export const WEIGHTS_FILE = resolve('lib/extract/classifier-weights.json');

export interface Model {
  features: string[];
  weights: number[];
  bias: number;
  threshold: number;
  unsureFrom: number;
  fittedOn: { pages: number; reviews: number; others: number };
}

interface Sample {
  x: number[];
  y: 0 | 1;
  kind: Kind;
  /** The prefilter lets the page through: the model is asked about it in the content script. */
  asked: boolean;
}

const L2 = 0.002;
const STEPS = 6000;
const RATE = 1;

export function samplesOf(results: readonly PageResult[]): Sample[] {
  // Pages ruled out before the model is asked (listings, nothing to show) teach it nothing.
  return results.flatMap((r) =>
    r.evidence && !ruledOut(r.evidence).out
      ? [{ x: featureVector(r.evidence), y: r.page.expected.isReview ? 1 : 0, kind: r.page.expected.kind, asked: !r.prefiltered }]
      : [],
  );
}

export function fit(samples: readonly Sample[]): { weights: number[]; bias: number } {
  const n = FEATURES.length;
  const pos = samples.filter((s) => s.y === 1).length;
  const neg = samples.length - pos;
  if (!pos || !neg) throw new Error('the fit needs both reviews and other pages');
  const cw = { 1: samples.length / (2 * pos), 0: samples.length / (2 * neg) };
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    for (const s of samples) {
      const err = (probability(s.x, w, b) - s.y) * cw[s.y];
      for (let i = 0; i < n; i++) gw[i] = must(gw[i], 'gradient') + err * must(s.x[i], 'feature');
      gb += err;
    }
    for (let i = 0; i < n; i++) {
      const wi = must(w[i], 'weight');
      w[i] = wi - RATE * (must(gw[i], 'gradient') / samples.length + L2 * wi);
    }
    b -= (RATE * gb) / samples.length;
  }
  return { weights: w.map(round), bias: round(b) };
}

/**
 * A badge on an ordinary page is an error the reader sees every day: the threshold takes at most
 * FALSE_ALARMS of the tune split's ordinary pages, whatever that costs. Between reviews and
 * look-alikes it trades: it is where the reviews taken, less LOOKALIKE_COST for each look-alike
 * taken, are most (and never below even odds). A fixed share of look-alikes would lift it past one
 * confident look-alike however many reviews score below it; a cost lifts it only where fewer than
 * LOOKALIKE_COST reviews do. The cost was chosen by cross-validating by site on the tune split:
 * a higher one rejects a few more look-alikes for many more reviews missed (docs/extraction.md).
 * The reader is asked from the lowest confidence at which at most ASKED of the other pages would be asked.
 */
const FALSE_ALARMS = 0.005;
const LOOKALIKE_COST = 5;
const ASKED = 0.03;
/** The confidences a threshold or the question's start may take: hundredths, as the popup shows them. */
const CANDIDATES = Array.from({ length: 91 }, (_, k) => (k + 5) / 100);

export function chooseThreshold(
  samples: readonly Sample[],
  weights: readonly number[],
  bias: number,
  inAll: Record<'ordinary' | 'lookalike', number>,
): { threshold: number; unsureFrom: number } {
  // A page the prefilter turns away is never taken nor asked about, whatever the model would say.
  const all = samples.filter((s) => s.asked).map((s) => ({ kind: s.kind, y: s.y, p: probability(s.x, weights, bias), bare: bare(s.x, weights) }));
  const scored = all.filter((s) => s.y === 0);
  // Shares of all such pages: those ruled out before the model are never taken nor asked about.
  const total = (kinds: readonly Kind[]) =>
    Math.max(
      scored.filter((s) => kinds.includes(s.kind)).length,
      kinds.reduce((n, k) => n + (k === 'review' ? 0 : inAll[k]), 0),
    );
  type Scored = (typeof scored)[number];
  const lowest = (budgets: readonly (readonly [readonly Kind[], number])[], reaches: (s: Scored, t: number) => boolean) => {
    for (const t of CANDIDATES) {
      const ok = budgets.every(([kinds, share]) => scored.filter((s) => kinds.includes(s.kind) && reaches(s, t)).length <= Math.floor(share * total(kinds)));
      if (ok) return t;
    }
    return 0.95;
  };
  // Never below even odds: the classes are weighted equally, so p = 0.5 is "as likely as not".
  // A bare page (classify.ts) is held under the threshold whatever its score: it is never taken.
  const taken = (s: Scored, t: number) => !s.bare && s.p >= t;
  const lowestSafe = Math.max(0.5, lowest([[['ordinary'], FALSE_ALARMS]], taken));
  let threshold = 0.95;
  let best = -Infinity;
  for (const t of CANDIDATES.filter((c) => c >= lowestSafe)) {
    const over = all.filter((s) => taken(s, t));
    const worth = over.filter((s) => s.y === 1).length - LOOKALIKE_COST * over.filter((s) => s.kind === 'lookalike').length;
    if (worth > best) [best, threshold] = [worth, t];
  }
  // Asked means held under the threshold, at the confidence the extension shows (rounded): the
  // look-alikes taken above it are counted there and leave the question its own budget. Never
  // where the model gives less than half the odds a review needs.
  const held = (s: Scored) => shownConfidence(s.p, s.bare, threshold);
  const asked = lowest([[['ordinary', 'lookalike'], ASKED]], (s, t) => held(s) >= t && held(s) < threshold);
  return { threshold, unsureFrom: Math.min(threshold, Math.max(round2(threshold / 2), asked)) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const round2 = (x: number) => Math.round(x * 100) / 100;

export function fitModel(): Model {
  const results = [...loadCorpus(undefined, ['tune']), ...loadFixtures()].map(evaluatePage);
  const samples = samplesOf(results);
  const { weights, bias } = fit(samples);
  const count = (k: Kind) => results.filter((r) => r.page.expected.kind === k).length;
  const { threshold, unsureFrom } = chooseThreshold(samples, weights, bias, { ordinary: count('ordinary'), lookalike: count('lookalike') });
  const reviews = samples.filter((s) => s.y === 1).length;
  return {
    features: FEATURES.map(([name]) => name),
    weights,
    bias,
    threshold,
    unsureFrom,
    fittedOn: { pages: samples.length, reviews, others: samples.length - reviews },
  };
}

export interface CrossValidation {
  folds: number;
  reviews: number;
  recognised: number;
  recall: number;
  ordinary: number;
  falseAlarms: number;
  lookalikes: number;
  lookalikesTaken: number;
}

/**
 * The model on tune pages it was not fitted on: the tune sites in `folds` groups (by the hash
 * that splits the corpus, salted), each judged by a model fitted, and its threshold chosen, on
 * the other groups and the fixtures. Rules were written reading every tune page, so this
 * measures how the fitted decision holds on new sites apart from how the readers do.
 */
export function crossValidate(tune: readonly PageResult[], fixtures: readonly PageResult[], folds = 5): CrossValidation {
  const fold = (site: string) => createHash('sha1').update(`fold:${site}`).digest().readUInt32BE(0) % folds;
  const cv: CrossValidation = { folds, reviews: 0, recognised: 0, recall: 0, ordinary: 0, falseAlarms: 0, lookalikes: 0, lookalikesTaken: 0 };
  for (let k = 0; k < folds; k++) {
    const train = tune.filter((r) => fold(r.page.site) !== k);
    const samples = samplesOf([...train, ...fixtures]);
    const { weights, bias } = fit(samples);
    const count = (kind: Kind) => train.filter((r) => r.page.expected.kind === kind).length;
    const { threshold } = chooseThreshold(samples, weights, bias, { ordinary: count('ordinary'), lookalike: count('lookalike') });
    for (const r of tune.filter((x) => fold(x.page.site) === k)) {
      const e = r.evidence;
      const x = e && featureVector(e);
      const taken = !r.prefiltered && !!e && !!x && !ruledOut(e).out && probability(x, weights, bias) >= threshold && !bare(x, weights);
      const kind = r.page.expected.kind;
      if (kind === 'review') {
        cv.reviews++;
        if (taken) cv.recognised++;
      } else if (kind === 'ordinary') {
        cv.ordinary++;
        if (taken) cv.falseAlarms++;
      } else {
        cv.lookalikes++;
        if (taken) cv.lookalikesTaken++;
      }
    }
  }
  cv.recall = cv.reviews ? cv.recognised / cv.reviews : 0;
  return cv;
}

export function serialise(m: Model): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = fitModel();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(WEIGHTS_FILE, 'utf8');
    if (committed !== serialise(m)) {
      console.error('lib/extract/classifier-weights.json differs from a fresh fit: run npm run fit');
      process.exit(1);
    }
    console.log('The committed weights match a fresh fit.');
  } else {
    writeFileSync(WEIGHTS_FILE, serialise(m));
    console.log(`Fitted on ${m.fittedOn.pages} pages (${m.fittedOn.reviews} reviews); threshold ${m.threshold}, ask from ${m.unsureFrom}.`);
    for (const [i, feature] of m.features.entries()) console.log(`  ${feature.padEnd(20)} ${m.weights[i]}`);
    console.log(`  ${'bias'.padEnd(20)} ${m.bias}`);
  }
}
