/**
 * Runs `fn`, and again after each of `delays` while it fails with an error worth retrying: a
 * message to a service worker that is starting, or was just stopped, fails once and then goes
 * through. The last error is thrown.
 */
export async function retrying<T>(
  fn: () => Promise<T>,
  delays: readonly number[],
  opts: { wait: (ms: number) => Promise<void>; retryable: (error: unknown) => boolean },
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const delay = delays[attempt];
      if (delay === undefined || !opts.retryable(e)) throw e;
      if (delay > 0) await opts.wait(delay);
    }
  }
}
