import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationRecord, HighlightColor } from '@/lib/annotation';
import type { Placed } from '@/lib/highlight/painter';
import { startAnnotator } from '@/entrypoints/page-tools/annotator';
import { describeText, page, prose } from './anchor-helpers';
import { must } from '../../lib/must';

/**
 * Placement in the content script, sliced: a placement still in flight when the page's text
 * changes, or when a newer one starts, must never paint. The background is a stub; the painter
 * is the real one (wrapping, in happy-dom), watched.
 */
const sent = vi.hoisted(() => ({ lists: [] as AnnotationRecord[][], reports: [] as { placed: string[]; orphans: string[] }[] }));
vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn((type: string, data: { placed: string[]; orphans: string[] }) => {
    if (type === 'listAnnotations') return Promise.resolve(sent.lists.shift() ?? []);
    if (type === 'anchoringReport') sent.reports.push({ placed: data.placed, orphans: data.orphans });
    return Promise.resolve({ ok: true });
  }),
}));
const paints = vi.hoisted(() => [] as string[][]);
vi.mock('@/lib/highlight/painter', async (original) => {
  const real = await original<typeof import('@/lib/highlight/painter')>();
  return {
    ...real,
    createPainter: (doc: Document) => {
      const painter = real.createPainter(doc);
      return {
        ...painter,
        paint(items: Placed[]) {
          // What each highlight covers at the moment it is painted.
          paints.push(items.map((i) => `${i.id}:${i.range.toString()}`));
          painter.paint(items);
        },
      };
    },
  };
});

function record(id: string, quote: string, color: HighlightColor = 'yellow'): AnnotationRecord {
  return {
    id,
    pageKey: location.href,
    url: location.href,
    title: '',
    motivation: 'highlighting',
    target: describeText(quote),
    color,
    note: '',
    tags: [],
    created: 0,
    updated: 0,
    deleted: null,
  };
}

/** Slices the test releases one at a time, and timers it fires by hand. */
function controls() {
  const gates: (() => void)[] = [];
  const timers: (() => void)[] = [];
  return {
    gates,
    timers,
    ctx: {
      signal: new AbortController().signal,
      setTimeout: (fn: () => void) => timers.push(fn),
      slices: { budgetMs: -1, yieldToEventLoop: () => new Promise<void>((r) => gates.push(r)) },
    },
    /** Lets every waiting slice go on, until none is waiting. */
    async release() {
      for (let i = 0; i < 10_000; i++) {
        await new Promise((r) => setTimeout(r, 0));
        const gate = gates.shift();
        if (!gate) return;
        gate();
      }
    },
  };
}

const PAGE = `<article><p id="a">${prose(1, 60)} the first quoted passage here ${prose(2, 60)}</p><p id="b">${prose(3, 60)} a second quoted passage there ${prose(4, 60)}</p></article>`;

let stop: AbortController;
beforeEach(() => {
  page(PAGE);
  sent.lists = [];
  sent.reports = [];
  paints.length = 0;
  stop = new AbortController();
});
afterEach(() => stop.abort());

describe('placing highlights in slices', () => {
  it('a change of the page during placement stops it unpainted; the placement after the change paints the page as it is', async () => {
    const c = controls();
    sent.lists.push([record('first-id-1', 'the first quoted passage'), record('second-id', 'a second quoted passage')]);
    const annotator = startAnnotator(document, { ...c.ctx, signal: stop.signal });
    const refreshed = annotator.refresh();
    await vi.waitFor(() => expect(c.gates.length).toBe(1));

    // The page removes the second passage while the first placement is between slices.
    must(document.getElementById('b'), "document.getElementById('b')").textContent = 'Replaced by the page.';
    await c.release();
    await refreshed;
    expect(paints).toEqual([]);
    expect(sent.reports).toEqual([]);

    // The observer's timer places again, on the page as it is now.
    expect(c.timers.length).toBe(1);
    must(c.timers.shift(), 'c.timers.shift()')();
    await c.release();
    await vi.waitFor(() => expect(paints.length).toBe(1));
    expect(paints[0]).toEqual(['first-id-1:the first quoted passage']);
    expect(sent.reports).toEqual([{ placed: ['first-id-1'], orphans: ['second-id'] }]);
  });

  it('a newer refresh stops the placement in flight: only the newer records are painted', async () => {
    const c = controls();
    sent.lists.push([record('first-id-1', 'the first quoted passage')], [record('second-id', 'a second quoted passage', 'blue')]);
    const annotator = startAnnotator(document, { ...c.ctx, signal: stop.signal });
    const older = annotator.refresh();
    await vi.waitFor(() => expect(c.gates.length).toBe(1));
    const newer = annotator.refresh();
    await c.release();
    await Promise.all([older, newer]);
    expect(paints).toEqual([['second-id:a second quoted passage']]);
    expect(sent.reports).toEqual([{ placed: ['second-id'], orphans: [] }]);
  });

  it('a reply of many records is read in a task of its own: the placement waits for a turn of the event loop, then paints them all', async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ ...record(`many-${String(i).padStart(4, '0')}`, 'the first quoted passage'), created: i }));
    for (const list of [many.slice(0, 200), many]) {
      const gates: (() => void)[] = [];
      sent.lists.push(list);
      paints.length = 0;
      // One annotator at a time: each is stopped before the next starts.
      const own = new AbortController();
      stop.signal.addEventListener('abort', () => own.abort());
      const annotator = startAnnotator(document, {
        signal: own.signal,
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        slices: { budgetMs: 1_000, yieldToEventLoop: () => new Promise<void>((r) => gates.push(r)) },
      });
      const refreshed = annotator.refresh();
      if (list.length === 200) {
        await refreshed;
        expect(gates).toHaveLength(0);
      } else {
        await vi.waitFor(() => expect(gates).toHaveLength(1));
        expect(paints).toEqual([]);
        must(gates.shift(), 'gates.shift()')();
        await refreshed;
      }
      expect(paints.at(-1)).toHaveLength(list.length);
      own.abort();
    }
  });

  it('paints in the task that got the records when placement fits one slice', async () => {
    sent.lists.push([record('first-id-1', 'the first quoted passage')]);
    const annotator = startAnnotator(document, { signal: stop.signal, setTimeout: (fn, ms) => window.setTimeout(fn, ms), slices: { budgetMs: 1_000 } });
    let otherTask = false;
    setTimeout(() => (otherTask = true), 0);
    // The stub answers listAnnotations at once: reading, placing and painting are one task.
    await annotator.refresh();
    expect(paints).toEqual([['first-id-1:the first quoted passage']]);
    expect(otherTask).toBe(false);
  });
});
