import type { Page } from '@playwright/test';

/**
 * The page's main thread, from a Chromium trace of its top-level tasks: every task the
 * renderer's main thread ran (script, style, layout, paint, parsing), however short.
 *
 * Why not only the Long Tasks API: in Chromium 156 a PerformanceObserver for 'longtask' in
 * the page does not report tasks that ran only a content script's isolated world or only
 * rendering. Adding a stylesheet that restyled 50,000 elements for 1.4 s, and anchoring that
 * took 0.7 s in one task, were both missing from its entries; a trace has them.
 */
export interface MainThread {
  /** Top-level tasks, in ms on the trace's clock, in order. */
  tasks: Task[];
  /** For each task over 50 ms, what took more than 10 ms inside it (for BENCH_VERBOSE). */
  inside: string[];
  /** DOMContentLoaded, when the trace saw the page load; else null. */
  dcl: number | null;
  /** Start of the first task in which each of our content scripts (by file name) ran. */
  scripts: Record<string, number>;
}

/**
 * What a task did: `ours` when our content scripts' code ran in it; `browser` when Chromium
 * did work of its own in it that no page or extension asks for (capturing the page's text
 * after load, for translation and language detection: 130-370 ms on a 10 MB page, in a frame
 * task); else `rendering` (style, layout, paint: the page's own, or caused by us, such as
 * drawing our highlights), `gc` (the heap both worlds share) or `other`.
 */
export type TaskKind = 'ours' | 'browser' | 'rendering' | 'gc' | 'other';
const BROWSERS_OWN = new Set(['ChromeRenderFrameObserver::CapturePageText']);
export interface Task {
  start: number;
  duration: number;
  /**
   * The thread's CPU time in the task (the trace's thread clock). Less than `duration` when the
   * thread was descheduled: on a machine with two cores shared with the browser's other
   * processes, a step of 64 DOM nodes was seen to take 20 ms of wall time.
   */
  cpu: number;
  kind: TaskKind;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; isMainFrame?: boolean } };
}

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer']);

/** Starts tracing the browser; the returned function stops it and reads the main thread of the renderer showing `url`. */
export async function traceMainThread(page: Page): Promise<(url: string) => Promise<MainThread>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    // renderer: ChromeRenderFrameObserver's events (see TaskKind).
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'renderer', '__metadata'] },
  });
  return async (url: string) => {
    const mark = `bench-trace-${Math.random().toString(36).slice(2)}`;
    if (page.url() !== url) throw new Error(`the tab shows ${page.url()}, not ${url}`);
    await page.evaluate((mark) => performance.mark(mark), mark);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    // The renderer showing the page now: the one where it set the mark.
    const at = events.find((e) => e.name === mark);
    if (!at) throw new Error(`the trace does not show ${url}`);
    const { pid, tid } = at;
    const mine = events.filter((e) => e.pid === pid && e.tid === tid);
    const ms = (ts: number) => ts / 1000;
    const dcl = mine.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame !== false);
    const tasks: Task[] = mine
      .filter((e) => e.ph === 'X' && e.dur != null && TASK.has(e.name))
      .map((e) => ({ start: ms(e.ts), duration: ms(e.dur!), cpu: ms(e.tdur ?? e.dur!), kind: 'other' as TaskKind }))
      .sort((a, b) => a.start - b.start);
    const scripts: Record<string, number> = {};
    const rank: Record<TaskKind, number> = { ours: 4, browser: 3, rendering: 2, gc: 1, other: 0 };
    for (const e of mine) {
      if (e.ph !== 'X' || TASK.has(e.name)) continue;
      const url = e.args?.data?.url;
      const isOurs = !!url?.startsWith('chrome-extension://') && url.includes('/content-scripts/');
      const kind: TaskKind | null = isOurs ? 'ours' : BROWSERS_OWN.has(e.name) ? 'browser' : RENDERING.has(e.name) ? 'rendering' : /GC/.test(e.name) ? 'gc' : null;
      if (!kind) continue;
      const task = tasks.findLast((t) => t.start <= ms(e.ts));
      if (!task || ms(e.ts) > task.start + task.duration) continue;
      if (rank[kind] > rank[task.kind]) task.kind = kind;
      if (isOurs) {
        const file = url!.split('/').pop()!;
        scripts[file] = Math.min(scripts[file] ?? Infinity, task.start);
      }
    }
    const origin = dcl ? ms(dcl.ts) : (tasks[0]?.start ?? 0);
    const inside = tasks
      .filter((t) => t.duration > 50)
      .map((t) => {
        const parts = mine.filter((e) => e.ph === 'X' && !TASK.has(e.name) && e.dur! > 10_000 && ms(e.ts) >= t.start && ms(e.ts) < t.start + t.duration);
        const what = parts.map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${Math.round(ms(e.dur!))}`);
        return `@${Math.round(t.start - origin)} ${Math.round(t.duration)} ms (${t.kind}): ${what.join(', ')}`;
      });
    return { tasks, inside, dcl: dcl ? ms(dcl.ts) : null, scripts };
  };
}

/**
 * Longest task, tasks over 50 ms and busy time, of the tasks starting at or after `from`, and
 * the longest of each kind. `longest` and `over50` leave out the browser's own tasks (no
 * extension can make them shorter); `longestAll` has them.
 */
export function taskFigures(thread: MainThread, from: number, only?: TaskKind) {
  const after = thread.tasks.filter((t) => t.start >= from && (!only || t.kind === only));
  const longest = (ts: Task[]) => Math.max(0, ...ts.map((t) => t.duration));
  const notBrowsers = after.filter((t) => t.kind !== 'browser');
  return {
    longest: longest(notBrowsers),
    longestAll: longest(after),
    over50: notBrowsers.filter((t) => t.duration > 50).length,
    busy: after.reduce((s, t) => s + t.duration, 0),
    longestOurs: longest(after.filter((t) => t.kind === 'ours')),
    longestOursCpu: Math.max(0, ...after.filter((t) => t.kind === 'ours').map((t) => t.cpu)),
    longestRendering: longest(after.filter((t) => t.kind === 'rendering')),
    longestRenderingCpu: Math.max(0, ...after.filter((t) => t.kind === 'rendering').map((t) => t.cpu)),
  };
}
