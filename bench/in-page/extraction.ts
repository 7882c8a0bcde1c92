import { extractReview, mightBeReview } from '../../lib/extract';

/** Runs in the benchmark page: times the extractor and one plain text walk, alternating. */
function textWalk(doc: Document): number {
  let chars = 0;
  const w = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
  return chars;
}

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function measure(runs: number) {
  const url = location.href;
  // Warm up both, so that neither pays for JIT compilation in the timed runs.
  for (let i = 0; i < 3; i++) { extractReview(document, url); textWalk(document); }
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
