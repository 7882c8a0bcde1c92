/**
 * How the content script reaches the extractor, which runs as a content script of its own
 * (entrypoints/detector.content.ts). Chromium evaluates each `content_scripts` entry of the
 * manifest in a task of its own, so two scripts of half the size each are two tasks of half the
 * length, and the page's own work can run between them (docs/performance.md: content script).
 * The site rules travel with the extractor: applying and learning them reads values with the
 * extractor's own normalizers, which the content script then need not carry too.
 *
 * Both scripts share the extension's isolated world (Firefox: its content-script sandbox), whose
 * global the page cannot see or change; the detector is listed first, so it has run by the time
 * the content script looks at the page.
 */
import type { detectReview } from './composed';
import type { applySiteRules, learnFromValue, readPick } from '../site-rules/apply';

export interface Extractor {
  detect: typeof detectReview;
  applySiteRules: typeof applySiteRules;
  learnFromValue: typeof learnFromValue;
  readPick: typeof readPick;
}

const KEY = Symbol.for('review-annotator/detect');
type Holder = { [KEY]?: Extractor };

export function provideExtractor(extractor: Extractor, global: object = globalThis): void {
  (global as Holder)[KEY] = extractor;
}

/** The extractor, or null when its script did not run (then no page is taken for a review). */
export function extractor(global: object = globalThis): Extractor | null {
  return (global as Holder)[KEY] ?? null;
}
