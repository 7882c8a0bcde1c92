import type { Page } from '@playwright/test';
import { must } from '../lib/must';
import { PAGE_PART_FILES } from '../lib/page-tools';

const PART_FILES: readonly string[] = Object.values(PAGE_PART_FILES);

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
  /**
   * For each task over 50 ms, what took more than 10 ms inside it (for BENCH_VERBOSE); with
   * BENCH_PROFILE=1 also the functions with the most self time in it, from V8's sampling
   * profiler (names are readable with an unminified build, see BENCH_EXTENSION_DIR).
   */
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
const PROFILE = !!process.env.BENCH_PROFILE;

interface Sample {
  /** ms on the trace's clock */
  at: number;
  fn: string;
}

/** What a trace's Profile (startTime) and ProfileChunk (cpuProfile, timeDeltas) events carry, as far as read here. */
interface ProfileData {
  startTime?: number;
  cpuProfile?: {
    nodes?: { id: number; callFrame?: { functionName?: string; url?: string; lineNumber?: number } }[];
    /** Node ids, one a sample. */
    samples?: number[];
  };
  /** Microseconds between one sample and the one before. */
  timeDeltas?: number[];
}

/** The CPU profile samples of the thread `tid` (ProfileChunk events), each named by its function and script line. */
function profileSamples(events: TraceEvent[], tid: number): Sample[] {
  type Profiled = TraceEvent & { id?: string; args?: { data?: ProfileData } };
  const clocks = new Map<string, number>();
  for (const e of events as Profiled[]) if (e.name === 'Profile' && e.tid === tid && e.id) clocks.set(e.id, e.args?.data?.startTime ?? 0);
  const names = new Map<string, string>();
  const out: Sample[] = [];
  for (const e of events as Profiled[]) {
    if (e.name !== 'ProfileChunk' || !e.id || !clocks.has(e.id)) continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) {
      const f = node.callFrame ?? {};
      names.set(`${e.id}/${node.id}`, `${f.functionName || '(anonymous)'}${f.url ? ` ${f.url.split('/').pop()}:${f.lineNumber}` : ''}`);
    }
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    let clock = must(clocks.get(e.id), 'clocks.get(e.id)');
    (profile.samples ?? []).forEach((node, i) => {
      clock += deltas[i] ?? 0;
      out.push({ at: clock / 1000, fn: names.get(`${e.id}/${node}`) ?? '?' });
    });
    clocks.set(e.id, clock);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The five functions with the most samples in the task, with their self time in ms. */
function selfTimes(samples: Sample[], t: Task): string[] {
  const inTask = samples.filter((s) => s.at >= t.start && s.at < t.start + t.duration);
  const self = new Map<string, number>();
  inTask.forEach((s, i) => self.set(s.fn, (self.get(s.fn) ?? 0) + ((inTask[i + 1]?.at ?? s.at) - s.at)));
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([fn, ms]) => `${fn} ${ms.toFixed(1)}`);
}
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize', 'UpdateLayer']);

/** Starts tracing the browser; the returned function stops it and reads the main thread of the renderer showing `url`. */
export async function traceMainThread(page: Page): Promise<(url: string) => Promise<MainThread>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    // renderer: ChromeRenderFrameObserver's events (see TaskKind).
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'blink.user_timing',
        'renderer',
        '__metadata',
        ...(PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    },
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
    const tasks = mine
      .flatMap(({ ph, name, ts, dur, tdur }): Task[] =>
        ph === 'X' && dur != null && TASK.has(name) ? [{ start: ms(ts), duration: ms(dur), cpu: ms(tdur ?? dur), kind: 'other' }] : [],
      )
      .sort((a, b) => a.start - b.start);
    const scripts: Record<string, number> = {};
    const rank: Record<TaskKind, number> = { ours: 4, browser: 3, rendering: 2, gc: 1, other: 0 };
    for (const e of mine) {
      if (e.ph !== 'X' || TASK.has(e.name)) continue;
      const url = e.args?.data?.url;
      const isOurs = !!url?.startsWith('chrome-extension://') && (url.includes('/content-scripts/') || PART_FILES.some((file) => url.endsWith(file)));
      const kind: TaskKind | null = isOurs
        ? 'ours'
        : BROWSERS_OWN.has(e.name)
          ? 'browser'
          : RENDERING.has(e.name)
            ? 'rendering'
            : /GC/.test(e.name)
              ? 'gc'
              : null;
      if (!kind) continue;
      const task = tasks.findLast((t) => t.start <= ms(e.ts));
      if (!task || ms(e.ts) > task.start + task.duration) continue;
      if (rank[kind] > rank[task.kind]) task.kind = kind;
      if (isOurs) {
        const file = must(must(url, 'url').split('/').pop(), "url.split('/').pop()");
        scripts[file] = Math.min(scripts[file] ?? Infinity, task.start);
      }
    }
    const origin = dcl ? ms(dcl.ts) : (tasks[0]?.start ?? 0);
    const samples = PROFILE
      ? profileSamples(
          events.filter((e) => e.pid === pid),
          tid,
        )
      : [];
    const inside = tasks
      .filter((t) => t.duration > 50)
      .map((t) => {
        const parts = mine.filter((e) => e.ph === 'X' && !TASK.has(e.name) && (e.dur ?? 0) > 10_000 && ms(e.ts) >= t.start && ms(e.ts) < t.start + t.duration);
        const what = parts.map(
          (e) =>
            `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${Math.round(ms(must(e.dur, 'the duration of a complete event')))}`,
        );
        const top = PROFILE ? ` | self: ${selfTimes(samples, t).join(', ')}` : '';
        return `@${Math.round(t.start - origin)} ${Math.round(t.duration)} ms (${t.kind}): ${what.join(', ')}${top}`;
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
