import { browser } from 'wxt/browser';
import { mayComeFrom, onMessage, parseRequest, type MessageTo, type ProtocolMap, type Reply, type Request } from './messages';
import type { PagePart } from './page-tools';

/**
 * A part of the page tools answers one message type. Messages come only from the extension's
 * pages and worker (not from another page or extension); what they hold is checked as the
 * background checks what it is sent. Returns what stops listening.
 */
export function answerMessage<K extends MessageTo<PagePart>>(
  type: K,
  handle: (data: Request<K>) => Reply<K> | Promise<Reply<K>>,
  refused: Reply<K>,
): () => void {
  const fromExtension = (sender: { id?: string; tab?: unknown }) => sender.id === browser.runtime.id && sender.tab == null;
  return onMessage(
    type,
    (message) =>
      (fromExtension(message.sender) && mayComeFrom(type, 'extension') ? handle(parseRequest(type, message.data)) : refused) as ReturnType<ProtocolMap[K]>,
  );
}
