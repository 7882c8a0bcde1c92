/**
 * The page tools, which the background injects into a page that needs them, in two parts: the
 * highlighter with the in-page UI (entrypoints/page-tools), for a page with highlights or a
 * reader starting to highlight, and on top of it the reader of the page (entrypoints/page-reader:
 * the extractor, which reports the page), for a page that might be a review. A selection on an
 * ordinary page waits for the highlighter only.
 *
 * The starter on every page (entrypoints/content) and both parts run in the same isolated world,
 * whose global the page cannot see. Each part marks it once it runs, with what it offers the
 * other part: so that it runs once per page, and so that the starter leaves to it what it does.
 */
import type { FieldPath } from './extract/schema';
import type { PageTrees } from './page-trees';

export type PagePart = 'highlighter' | 'reader';

/** Each part's file, as `scripting.executeScript` names it (from the extension's root). */
export const PAGE_PART_FILES = { highlighter: '/page-tools.js', reader: '/page-reader.js' } as const satisfies Record<PagePart, string>;
type PartFile = (typeof PAGE_PART_FILES)[PagePart];

/**
 * The files to inject for a part, in order: the reader runs on top of the highlighter, which
 * walks the page's trees for both and tells it when the page changed.
 */
export const filesFor = (part: PagePart): PartFile[] =>
  part === 'reader' ? [PAGE_PART_FILES.highlighter, PAGE_PART_FILES.reader] : [PAGE_PART_FILES.highlighter];

/** What the highlighter offers the reader. */
export interface HighlighterPort {
  readonly isValid: boolean;
  /** The page's shadow roots and same-origin frames (watched for highlighting), walked again after the page changed. */
  embedded(): Promise<PageTrees>;
  /** Called after the page's content was replaced, its address changed or its late elements were defined. */
  onPageChange(listener: () => void): void;
}

/** What the reader offers the highlighter. */
export interface ReaderPort {
  readonly isValid: boolean;
  /** Settles once the page was first reported (or could not be): the background then knows the page that highlights are placed on. */
  readonly firstReport: Promise<void>;
  /** The reader picked a field's value from the page (the toolbar's "Use as…", or a pick the popup asked for). */
  usePicked(field: FieldPath, range: AbstractRange): Promise<void>;
}

interface Ports {
  highlighter: HighlighterPort;
  reader: ReaderPort;
}

const KEYS: Readonly<Record<PagePart, symbol>> = {
  highlighter: Symbol.for('review-annotator/page-tools'),
  reader: Symbol.for('review-annotator/page-reader'),
};
type Holder = Partial<Record<symbol, { readonly isValid: boolean }>>;

/**
 * The part running in this world, or null. The parts of an extension that was updated or
 * reloaded since are no longer valid: the new ones take over.
 */
export function runningPart<P extends PagePart>(part: P, global: object = globalThis): Ports[P] | null {
  const port = (global as Holder)[KEYS[part]];
  return port?.isValid === true ? (port as Ports[P]) : null;
}

export const partRunning = (part: PagePart, global: object = globalThis): boolean => runningPart(part, global) != null;

/** Marks a part as running here, for as long as its port is valid. */
export function markPartRunning<P extends PagePart>(part: P, port: Ports[P], global: object = globalThis): void {
  (global as Holder)[KEYS[part]] = port;
}
