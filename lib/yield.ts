/**
 * Long work in slices that give the page's main thread back between them, so that a large
 * page stays responsive (input, rendering, its own scripts) while we work on it.
 *
 * The work is written as a generator that calls `due()` now and then and yields when it
 * returns true; run() drives it, giving the event loop a turn between slices. Work that fits
 * one budget runs in a single slice, in the same task as its caller: a small page waits for
 * nothing. The same generator, driven without a budget, is the synchronous version, so both
 * give the same result by construction.
 */

/** Steps of work that pause (yield) between slices and return T. */
export type Steps<T> = Generator<void, T, void>;

export interface SliceOptions {
  /** Time a slice may take before yielding (ms). 10 leaves room for a frame within 50 ms tasks. */
  budgetMs?: number;
  /** Stops the work at the next slice boundary; run() then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How to give the event loop a turn (tests pass their own). */
  yieldToEventLoop?: () => Promise<void>;
  now?: () => number;
}

export interface Slicer {
  /** Whether the current slice has used its budget: the work should yield. */
  readonly due: () => boolean;
  run<T>(steps: Steps<T>): Promise<T>;
}

/**
 * A turn of the event loop: a message through a MessageChannel, which queues behind the
 * page's own tasks (timers, network callbacks) and lets input and rendering in, without
 * setTimeout's clamping to 4 ms once nested. Not scheduler.yield(): its continuation goes
 * before every other queued task of the page, so the page's own timers would not run at all
 * until a sliced placement had finished.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createSlicer(opts: SliceOptions = {}): Slicer {
  const budget = opts.budgetMs ?? 10;
  const now = opts.now ?? (() => performance.now());
  const turn = opts.yieldToEventLoop ?? yieldToEventLoop;
  const signal = opts.signal;
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= budget,
    async run<T>(steps: Steps<T>): Promise<T> {
      signal?.throwIfAborted();
      sliceStart = now();
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        await turn();
        if (signal?.aborted) {
          steps.return(undefined as never);
          throw signal.reason;
        }
        sliceStart = now();
      }
    },
  };
}

/** Runs steps that were given no budget (their `due` is always false) to the end, at once. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export const never = (): boolean => false;
