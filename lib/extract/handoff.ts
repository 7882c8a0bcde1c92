/**
 * How the content script reaches the extractor, which runs as a content script of its own
 * (entrypoints/detector.content.ts). Chromium evaluates each `content_scripts` entry of the
 * manifest in a task of its own, so two scripts of half the size each are two tasks of half the
 * length, and the page's own work can run between them (docs/performance.md: content script).
 *
 * Both scripts share the extension's isolated world (Firefox: its content-script sandbox), whose
 * global the page cannot see or change; the detector is listed first, so it has run by the time
 * the content script looks at the page.
 */
import type { detectReview } from './composed';

export type Detect = typeof detectReview;

const KEY = Symbol.for('review-annotator/detect');
type Holder = { [KEY]?: Detect };

export function provideDetector(detect: Detect, global: object = globalThis): void {
  (global as Holder)[KEY] = detect;
}

/** The detector, or null when its script did not run (then no page is taken for a review). */
export function detector(global: object = globalThis): Detect | null {
  return (global as Holder)[KEY] ?? null;
}
