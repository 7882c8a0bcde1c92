import * as v from 'valibot';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { ExtractionSchema, REVIEW_FIELDS, WORK_FIELDS, type Extraction, type FieldPath } from './extract/schema';
import type { PageRecord } from './db';

/**
 * The one message protocol between content script, background and extension pages.
 * Every message's name, payload schema, reply type and allowed sender is declared here
 * and nowhere else. Payloads are checked with `parseRequest` where they arrive: a content
 * script runs in a page that may be hostile, so what it sends is untrusted input.
 */

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const WebUrl = v.pipe(v.string(), v.maxLength(8_192), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
const FIELD_PATHS = [
  ...WORK_FIELDS.map((f) => `work.${f}` as const),
  ...REVIEW_FIELDS.map((f) => `review.${f}` as const),
] as FieldPath[];

const requestSchemas = {
  /** content → background: the page the content script runs in, and what it extracted. */
  pageSeen: v.object({
    url: WebUrl,
    title: v.pipe(v.string(), v.maxLength(2_000)),
    extraction: v.nullable(ExtractionSchema),
  }),
  /** popup → background: what is known about a tab. */
  getTabState: v.object({ tabId: TabId }),
  /** popup → background: keep the tab's page in the library. */
  savePage: v.object({ tabId: TabId }),
  /** popup → content: scroll to where a field's value stands on the page and flash it. */
  revealField: v.object({ field: v.picklist(FIELD_PATHS) }),
} satisfies Record<string, v.GenericSchema>;

/** Who may send each message: a content script in a web page, or an extension page. */
export const allowedSenders: Record<MessageType, 'content' | 'extension'> = {
  pageSeen: 'content',
  getTabState: 'extension',
  savePage: 'extension',
  revealField: 'extension',
};

export interface TabState {
  tabId: number;
  url: string;
  title: string;
  extraction: Extraction | null;
  seenAt: number;
  /** The library record of this page, if the user saved it. */
  saved: PageRecord | null;
}

interface Replies {
  pageSeen: { ok: true };
  getTabState: TabState | null;
  savePage: PageRecord;
  revealField: { found: boolean };
}

export type MessageType = keyof typeof requestSchemas;
export type Request<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
export type Reply<K extends MessageType> = Replies[K];
export type ProtocolMap = { [K in MessageType]: (data: Request<K>) => Reply<K> };

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Checks an incoming payload; throws a MessageError that says which field is wrong. */
export function parseRequest<K extends MessageType>(type: K, data: unknown): Request<K> {
  const schema = requestSchemas[type] as v.GenericSchema<unknown, Request<K>> | undefined;
  if (!schema) throw new MessageError(`unknown message type ${JSON.stringify(String(type))}`);
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') || '(payload)';
  throw new MessageError(`invalid "${type}" message: ${path}: ${issue?.message ?? 'invalid'}`);
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
