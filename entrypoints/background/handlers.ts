/**
 * The background's one entry for the messages it receives: who may send each, what it must
 * hold, and what a storage failure means for it. The handlers themselves are grouped by what
 * they are about (tab-handlers, annotation-handlers, library-handlers).
 */
import { classifyStorageError, storageMessage } from '@/lib/storage-errors';
import { t } from '@/components/strings';
import {
  MESSAGES,
  mayComeFrom,
  MessageError,
  messagesTo,
  messagesUsing,
  parseRequest,
  type MessageTo,
  type MessageType,
  type Reply,
  type Request,
} from '@/lib/messages';
import { clearProblem, createContext, recordProblem, senderKind, type BackgroundDeps, type Handlers, type Sender } from './context';
import { tabHandlers } from './tab-handlers';
import { annotationHandlers } from './annotation-handlers';
import { libraryHandlers } from './library-handlers';

/** The messages that write the library: a storage failure in one means something was not saved. */
const WRITES = messagesUsing('write');
/** The messages that read or write the library: they wait for the database. */
const NEEDS_DB: ReadonlySet<MessageType> = new Set([...messagesUsing('read'), ...WRITES]);

export function createHandlers(deps: BackgroundDeps) {
  const ctx = createContext(deps);
  const handlers: Handlers = { ...tabHandlers(ctx), ...annotationHandlers(ctx), ...libraryHandlers(ctx) };

  /** Forgets a tab's state when it closes or starts loading another document. */
  async function forgetTab(tabId: number): Promise<void> {
    await ctx.forgetTab(tabId);
    await deps.badge.clear(tabId);
  }

  /**
   * Checks who sent a message and what it holds before any handler sees it. Throws MessageError
   * with a reason otherwise.
   */
  async function dispatch<K extends MessageType>(type: K, data: unknown, sender: Sender): Promise<Reply<K>> {
    const handler =
      Object.hasOwn(MESSAGES, type) && MESSAGES[type].to === 'background'
        ? (handlers[type as MessageTo<'background'>] as unknown as ((d: Request<K>, s: Sender) => Promise<Reply<K>>) | undefined)
        : undefined;
    if (!handler) throw new MessageError(`the background does not handle "${type}"`);
    const kind = senderKind(sender, deps.extensionOrigin);
    if (kind == null || !mayComeFrom(type, kind)) {
      throw new MessageError(`"${type}" is not accepted from ${kind ?? 'an unknown sender'}`);
    }
    const request = parseRequest(type, data);
    if (NEEDS_DB.has(type)) await ctx.ready();
    try {
      const reply = await handler(request, sender);
      if (WRITES.has(type)) await clearProblem(ctx);
      return reply;
    } catch (e) {
      const code = e instanceof MessageError ? null : classifyStorageError(e);
      if (!code) throw e;
      // The database failed: the sender gets what happened and what to do, not Dexie's words.
      if (!WRITES.has(type)) throw new MessageError(storageMessage(code), code);
      if (ctx.dbStatus.state === 'ready') await recordProblem(ctx, code);
      throw new MessageError(storageMessage(code, t.storage.changeNotSaved), code);
    }
  }

  /** Deletes what has been in the trash too long; nothing to do while the database cannot be written. */
  async function purgeTrash(): Promise<void> {
    await ctx.ready();
    if (ctx.dbStatus.state === 'ready') await ctx.store.trash.purge();
  }

  return { dispatch, forgetTab, purgeTrash, handledTypes: messagesTo('background') };
}
