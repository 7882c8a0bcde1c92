import type { Extraction } from './extract/schema';
import { retrying } from './retry';

/**
 * Decides when the content script looks at its page again and reports it: once at start,
 * after a single-page app navigates, and after the main content has been replaced. Runs
 * are debounced and a report is sent only when what the page says has changed.
 */
export interface PageSnapshot {
  url: string;
  title: string;
  canonical: string | null;
  extraction: Extraction | null;
}

export interface ReporterOptions {
  /** May take several tasks on a large page; a newer run supersedes one still in flight. */
  inspect: () => PageSnapshot | Promise<PageSnapshot>;
  send: (snapshot: PageSnapshot) => Promise<unknown>;
  debounceMs?: number;
  /** Retries for a failed send: the service worker may be starting up. */
  retryDelaysMs?: readonly number[];
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

export function createPageReporter(opts: ReporterOptions) {
  const debounceMs = opts.debounceMs ?? 400;
  const retryDelays = opts.retryDelaysMs ?? [200, 1000, 3000];
  const setT = opts.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearT = opts.clearTimeout ?? ((id) => globalThis.clearTimeout(id as number));
  let timer: unknown = null;
  let lastSent = '';
  let stopped = false;
  let latestKey = '';
  let runs = 0;
  /** Read through a call: `stopped` may change while a run awaits, which narrowing cannot see. */
  const isStopped = () => stopped;

  async function sendWithRetry(snapshot: PageSnapshot, key: string): Promise<void> {
    try {
      await retrying(() => opts.send(snapshot), retryDelays, {
        wait: (ms) => new Promise((r) => setT(() => r(undefined), ms)),
        // A newer snapshot, or the end of the page, makes this one not worth sending again.
        retryable: () => !stopped && key === latestKey,
      });
      lastSent = key;
    } catch {
      // Given up: the next change of the page reports it again.
    }
  }

  async function runNow(): Promise<void> {
    if (stopped) return;
    timer = null;
    const run = ++runs;
    let snapshot: PageSnapshot;
    try {
      snapshot = await opts.inspect();
    } catch {
      // The extractor is hardened, but an odd page must never turn into an error on it.
      return;
    }
    // Looked at again meanwhile (a navigation, a swap of the content): that report is the one.
    if (run !== runs || isStopped()) return;
    const key = JSON.stringify(snapshot);
    latestKey = key;
    if (key === lastSent) return;
    await sendWithRetry(snapshot, key);
  }

  return {
    runNow,
    schedule(): void {
      if (stopped) return;
      if (timer != null) clearT(timer);
      timer = setT(() => void runNow(), debounceMs);
    },
    stop(): void {
      stopped = true;
      if (timer != null) clearT(timer);
    },
  };
}
