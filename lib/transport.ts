import type { MessageTo, Reply, Request } from './messages';
import { sendMessage } from './messaging';
import { retrying } from './retry';

/**
 * How the content script asks the background. A message sent while the service worker is
 * starting, or just after it was stopped, fails once and then goes through: such failures are
 * retried (a stopped worker is started by the next message, so the first retry goes at once).
 * A refusal from the background is final.
 */
export interface Transport {
  request<K extends MessageTo<'background'>>(type: K, data: Request<K>): Promise<Reply<K>>;
}

const RETRY_DELAYS_MS = [0, 250, 1000] as const;
const CONNECTION_LOST = /establish connection|receiving end|message port closed|message channel closed|No response/i;

export function createTransport(setTimeout: (fn: () => void, ms: number) => unknown): Transport {
  return {
    request: (type, data) =>
      retrying(() => sendMessage(type, data as never) as Promise<never>, RETRY_DELAYS_MS, {
        wait: (ms) => new Promise((r) => setTimeout(() => r(undefined), ms)),
        retryable: (e) => CONNECTION_LOST.test(String((e as Error | undefined)?.message)),
      }),
  };
}
