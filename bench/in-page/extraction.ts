import { extractReview, mightBeReview } from '../../lib/extract';
import { textWalk } from './text-walk';
import { applySiteRules, learnFromValue } from '../../lib/site-rules/apply';
import type { SiteRule } from '../../lib/site-rules/rule';

/**
 * Times `runs` samples of fn. Browsers round performance.now() (to 0.1 ms in Chromium), so each
 * sample repeats fn until at least 5 ms have passed and reports the time of one call.
 */
function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    let n = 0;
    const t0 = performance.now();
    let t1 = t0;
    do {
      fn();
      n++;
      t1 = performance.now();
    } while (t1 - t0 < 5);
    out.push((t1 - t0) / n);
  }
  return out;
}

export function measure(runs: number) {
  const url = location.href;
  // Warm up both, so that neither pays for JIT compilation in the timed runs.
  for (let i = 0; i < 3; i++) {
    extractReview(document, url);
    textWalk(document);
  }
  const extract: number[] = [];
  const walk: number[] = [];
  for (let i = 0; i < runs; i++) {
    walk.push(...time(() => textWalk(document), 1));
    extract.push(...time(() => extractReview(document, url), 1));
  }
  return { extract, walk, isReview: extractReview(document, url).isReview, chars: textWalk(document) };
}

/** What the content script does on load: the prefilter, and the extractor only if it passes. */
export function contentScriptWork(runs: number) {
  const url = location.href;
  const inspect = () => (mightBeReview(document) ? extractReview(document, url) : null);
  for (let i = 0; i < 3; i++) inspect();
  return { times: time(inspect, runs), passedPrefilter: mightBeReview(document) };
}

/**
 * A page of a site the reader taught: rules learned on this page for four fields (as a
 * correction teaches them), then extraction with them applied, against extraction alone.
 */
export function withSiteRules(runs: number) {
  const url = location.href;
  const generic = extractReview(document, url);
  const fields = ['work.title', 'work.publisher', 'review.reviewer', 'work.pages'] as const;
  const rules: SiteRule[] = fields.flatMap((field, i) => {
    const value = field.startsWith('work.') ? generic.work[field.slice(5) as 'title'] : generic.review.reviewer;
    const locator = value == null ? null : learnFromValue(document, field, value);
    if (!locator) return [];
    return [
      { id: `bench-rule-${i}`, site: location.host, paths: '/*', kind: 'field', field, locator, isReview: null, learnedOn: url, learnedAt: 0, appliedTo: [] },
    ];
  });
  const ruled = () => applySiteRules(document, extractReview(document, url), rules);
  for (let i = 0; i < 3; i++) ruled();
  const plain: number[] = [];
  const withRules: number[] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(...time(() => extractReview(document, url), 1));
    withRules.push(...time(ruled, 1));
  }
  const applied = Object.values(ruled().fields).filter((f) => f.source === 'rule').length;
  return { plain, withRules, rules: rules.length, applied };
}
