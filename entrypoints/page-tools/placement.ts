import type { AnnotationRecord, HighlightColor } from '@/lib/annotation';
import { anchorInSlices, buildTextIndex, type AnchorResult, type TextIndex } from '@/lib/anchor';
import type { Painter, Placed } from '@/lib/highlight/painter';
import { pageRefOf } from '@/lib/page-ref';
import { yieldToEventLoop, type SliceOptions } from '@/lib/yield';
import type { Transport } from '@/lib/transport';
import { must } from '@/lib/must';

/**
 * The page's stored annotations, placed and painted again after every load and every change
 * of the page. Holds the records the background gave and one index of the page's text, built
 * when needed and dropped when the page's text changes: a selection does not walk a large page
 * again when nothing changed since the last one.
 */
export interface Placement {
  readonly records: readonly AnnotationRecord[];
  /** Fetches the page's annotations from the background and places them. */
  refresh(): Promise<void>;
  /** Places the records held, after a change made here (a highlight created, edited, deleted). */
  place(): Promise<void>;
  /** Replaces, adds or removes a record held; the caller places again. */
  setRecords(next: readonly AnnotationRecord[]): void;
  /** The page's text as it is now. */
  index(): TextIndex;
  /** The page's text changed: the index is dropped and a placement in flight stopped, and placing again is scheduled. */
  textChanged(): void;
  /** Placing again soon (several changes in a row are placed once). */
  schedule(): void;
  /** Scrolls to a placed highlight and flashes it; false when it is not on the page. */
  reveal(id: string): boolean;
  stop(): void;
}

export interface PlacementDeps {
  doc: Document;
  painter: Painter;
  transport: Transport;
  setTimeout: (fn: () => void, ms: number) => number;
  /** Elements whose text is not the page's (our UI). */
  skip: (el: Element) => boolean;
  /** How placement is sliced; tests set a budget and a way to yield they control. */
  slices?: Pick<SliceOptions, 'budgetMs' | 'yieldToEventLoop'>;
  /** An index was built: the trees it read (shadow roots, frames) are to be watched. */
  onIndex: (index: TextIndex) => void;
  /** Painting changed the page's tree (the wrapping painter): those changes are not the page's. */
  onOwnChanges: () => void;
}

/** Records in a reply beyond which reading it is left a task of its own (see refresh). */
const MANY_RECORDS = 200;
/** How long placing again waits for the page to stop changing. */
const SETTLE_MS = 300;

export function createPlacement(deps: PlacementDeps): Placement {
  const { doc, painter } = deps;
  let records: readonly AnnotationRecord[] = [];
  let placed = new Map<string, Placed>();
  let lastReport = '';
  let cachedIndex: TextIndex | null = null;
  let timer = 0;
  /** The placement in flight: a newer one, or a change of the page's text, stops it before it paints. */
  let placing: AbortController | null = null;

  const index = (): TextIndex => {
    if (cachedIndex) return cachedIndex;
    cachedIndex = buildTextIndex(doc.body, { skip: deps.skip });
    deps.onIndex(cachedIndex);
    return cachedIndex;
  };

  /** Anchors the highlights in slices on a large page (see anchorInSlices); null once stopped. */
  async function anchor(highlights: AnnotationRecord[], signal: AbortSignal): Promise<(AnchorResult | null)[] | null> {
    if (!highlights.length) return [];
    try {
      const done = await anchorInSlices(
        doc.body,
        highlights.map((r) => must(r.target, 'a highlight’s place on the page')),
        { skip: deps.skip, index: cachedIndex, signal, ...deps.slices },
      );
      cachedIndex = done.index;
      deps.onIndex(done.index);
      return done.results;
    } catch (e) {
      if (signal.aborted) return null;
      throw e;
    }
  }

  /** Tells the background which highlights could not be placed, when that changed. */
  function report(orphans: string[]): void {
    const key = `${location.href}|${orphans.join(',')}|${placed.size}`;
    if (key === lastReport) return;
    lastReport = key;
    void deps.transport.request('anchoringReport', { url: location.href, placed: [...placed.keys()], orphans }).catch(() => {});
  }

  /** Places and paints the highlights. Resolves once painted, or once stopped by a newer placement or a change of the page's text. */
  async function place(): Promise<void> {
    placing?.abort();
    const run = (placing = new AbortController());
    const highlights = records.filter((r) => r.target && r.color);
    const results = await anchor(highlights, run.signal);
    if (!results || run.signal.aborted) return;
    placed = new Map();
    const orphans: string[] = [];
    highlights.forEach((r, i) => {
      const hit = results[i];
      if (hit) placed.set(r.id, { id: r.id, color: r.color as HighlightColor, range: hit.range, start: hit.start, end: hit.end });
      else orphans.push(r.id);
    });
    painter.paint([...placed.values()]);
    if (painter.mode === 'wrap') {
      // Wrapping splits text nodes: the index's nodes are no longer the page's.
      deps.onOwnChanges();
      cachedIndex = null;
    }
    report(orphans);
  }

  function schedule(): void {
    if (!records.length) return;
    clearTimeout(timer);
    timer = deps.setTimeout(() => void place(), SETTLE_MS);
  }

  return {
    get records() {
      return records;
    },
    async refresh() {
      records = await deps.transport.request('listAnnotations', { page: pageRefOf(doc, location.href) });
      // Reading a large reply is a task's worth on a slow CPU (with the garbage collector's
      // steps it sets off): then the placement starts in a task of its own. A few records are
      // read in no time, and are painted in the task that got them.
      if (records.length > MANY_RECORDS) await (deps.slices?.yieldToEventLoop ?? yieldToEventLoop)();
      await place();
    },
    place,
    setRecords(next) {
      records = next;
    },
    index,
    textChanged() {
      cachedIndex = null;
      placing?.abort();
      schedule();
    },
    schedule,
    reveal(id) {
      const p = placed.get(id);
      if (!p) return false;
      (p.range.startContainer instanceof Element ? p.range.startContainer : p.range.startContainer.parentElement)?.scrollIntoView({ block: 'center' });
      painter.flash(id);
      return true;
    },
    stop() {
      placing?.abort();
    },
  };
}
