import * as v from 'valibot';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { ExtractionSchema, type Extraction } from './extract/schema';
import type { PageRecord } from './db';
import { AnnotationEditSchema, COLORS, NewHighlightSchema, TagSchema, type AnnotationRecord } from './annotation';
import { FIELD_PATHS, FieldValueSchema } from './library/corrections';
import type { StorageErrorCode } from './storage-errors';

/**
 * The one message protocol between content script, background and extension pages.
 * Every message's name, payload schema, reply type and allowed sender is declared here
 * and nowhere else. Payloads are checked with `parseRequest` where they arrive: a content
 * script runs in a page that may be hostile, so what it sends is untrusted input.
 */

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const WebUrl = v.pipe(v.string(), v.maxLength(8_192), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be an annotation id'));
const IdList = v.pipe(v.array(Id), v.maxLength(100_000));
const PageKeys = v.pipe(v.array(WebUrl), v.maxLength(100_000));
/** Which page a field correction is for: the page in a tab (popup), or a saved page (library). */
const PageTarget = v.union([v.object({ tabId: TabId }), v.object({ pageKey: WebUrl })]);
const TagList = v.pipe(v.array(TagSchema), v.maxLength(50));
const PageRef = v.object({
  url: WebUrl,
  title: v.pipe(v.string(), v.maxLength(2_000)),
  /** The page's canonical link, when it is on the same site. */
  canonical: v.nullable(WebUrl),
});

const requestSchemas = {
  /** content → background: the page the content script runs in, and what it extracted. */
  pageSeen: v.object({
    ...PageRef.entries,
    extraction: v.nullable(ExtractionSchema),
  }),
  /** content → background: the user highlighted text on the page. */
  createHighlight: v.object({ page: PageRef, highlight: NewHighlightSchema }),
  /** content → background: the page's annotations, to place them. */
  listAnnotations: v.object({ page: PageRef }),
  /** content → background: which annotations could be placed on the page and which are orphans. */
  anchoringReport: v.object({ url: WebUrl, placed: IdList, orphans: IdList }),
  /** content or extension page → background: change an annotation's colour, note or tags. */
  updateAnnotation: v.object({ id: Id, edit: AnnotationEditSchema }),
  /** content or extension page → background: move an annotation to the trash (undoable). */
  deleteAnnotation: v.object({ id: Id }),
  /** content or extension page → background: take an annotation back out of the trash. */
  restoreAnnotation: v.object({ id: Id }),
  /** popup → background: a note about the whole page. */
  addPageNote: v.object({ tabId: TabId, note: v.pipe(v.string(), v.minLength(1), v.maxLength(50_000)) }),
  /** popup → background: keep an orphaned highlight's note as a page note. */
  orphanToPageNote: v.object({ id: Id }),
  /** background → content: the page's annotations changed elsewhere; fetch and paint again. */
  annotationsChanged: v.object({}),
  /** background → content: the context menu or keyboard command asks to highlight the selection. */
  highlightSelection: v.object({ withNote: v.boolean() }),
  /** popup → content: scroll to an annotation's highlight and flash it. */
  revealAnnotation: v.object({ id: Id }),
  /** popup → background: keep the tab's page in the library. */
  savePage: v.object({ tabId: TabId }),
  /** popup → content: scroll to where a field's value stands on the page and flash it. */
  revealField: v.object({ field: v.picklist(FIELD_PATHS) }),
  /** popup or library → background: the user's value for a field (null: the field is empty). */
  correctField: v.object({ page: PageTarget, field: v.picklist(FIELD_PATHS), value: FieldValueSchema }),
  /** popup → background: the reader's answer to "Is this a review of a publication?" for the tab's page. */
  answerIsReview: v.object({ tabId: TabId, isReview: v.boolean() }),
  /** popup or library → background: back to the extracted value. */
  resetField: v.object({ page: PageTarget, field: v.picklist(FIELD_PATHS) }),
  /** library → background: several annotations to the trash, or back. */
  trashAnnotations: v.object({ ids: IdList }),
  restoreAnnotations: v.object({ ids: IdList }),
  /** library → background: one colour, tags added or removed, for several annotations. */
  editAnnotations: v.object({
    ids: IdList,
    edit: v.object({ color: v.optional(v.picklist(COLORS)), addTags: v.optional(TagList), removeTags: v.optional(TagList) }),
  }),
  /** library → background: saved pages (with their annotations) to the trash, or back. */
  trashPages: v.object({ keys: PageKeys }),
  restorePages: v.object({ keys: PageKeys }),
  /** library → background: delete for good everything in the trash. */
  emptyTrash: v.object({}),
  /** library → background: these pages' records were written (an import); tell their tabs. */
  pagesChanged: v.object({ keys: PageKeys }),
  /** popup or library → background: whether the database can be written, or why the last write failed. */
  getStorageStatus: v.object({}),
} satisfies Record<string, v.GenericSchema>;

/** Who may send each message: a content script in a web page, or an extension page. */
export const allowedSenders: Record<MessageType, 'content' | 'extension' | 'either'> = {
  pageSeen: 'content',
  createHighlight: 'content',
  listAnnotations: 'content',
  anchoringReport: 'content',
  updateAnnotation: 'either',
  deleteAnnotation: 'either',
  restoreAnnotation: 'either',
  savePage: 'extension',
  addPageNote: 'extension',
  orphanToPageNote: 'extension',
  revealField: 'extension',
  annotationsChanged: 'extension',
  revealAnnotation: 'extension',
  highlightSelection: 'extension',
  correctField: 'extension',
  resetField: 'extension',
  answerIsReview: 'extension',
  trashAnnotations: 'extension',
  restoreAnnotations: 'extension',
  editAnnotations: 'extension',
  trashPages: 'extension',
  restorePages: 'extension',
  pagesChanged: 'extension',
  emptyTrash: 'extension',
  getStorageStatus: 'extension',
};

export interface TabState {
  tabId: number;
  url: string;
  title: string;
  canonical: string | null;
  extraction: Extraction | null;
  seenAt: number;
  /** Ids of this page's annotations that the content script could not place. */
  orphans: string[];
}

/** What is wrong with the background's database; null when it can be written and its last write succeeded. */
export type StorageStatus = {
  /** read-only: opened for reading after a failed upgrade; unavailable: not opened; write-failed: open, but its last write failed. */
  state: 'read-only' | 'unavailable' | 'write-failed';
  code: StorageErrorCode;
} | null;

interface Replies {
  pageSeen: { ok: true };
  createHighlight: AnnotationRecord;
  listAnnotations: AnnotationRecord[];
  anchoringReport: { ok: true };
  updateAnnotation: AnnotationRecord;
  deleteAnnotation: AnnotationRecord;
  restoreAnnotation: AnnotationRecord;
  addPageNote: AnnotationRecord;
  orphanToPageNote: AnnotationRecord;
  annotationsChanged: { ok: true };
  revealAnnotation: { found: boolean };
  highlightSelection: { offered: boolean };
  savePage: PageRecord;
  revealField: { found: boolean };
  correctField: PageRecord;
  resetField: PageRecord;
  answerIsReview: PageRecord;
  trashAnnotations: { count: number };
  restoreAnnotations: { count: number };
  editAnnotations: { count: number };
  trashPages: { count: number };
  restorePages: { count: number };
  pagesChanged: { ok: true };
  emptyTrash: { pages: number; annotations: number };
  getStorageStatus: StorageStatus;
}

export type MessageType = keyof typeof requestSchemas;
export type Request<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
export type Reply<K extends MessageType> = Replies[K];
export type ProtocolMap = { [K in MessageType]: (data: Request<K>) => Reply<K> };

/**
 * A refusal or failure the receiver reports to the sender. Own fields cross the message channel
 * (the error is serialized): `code` says that the database failed, and how (lib/storage-errors).
 */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    message: string,
    readonly code?: StorageErrorCode,
  ) {
    super(message);
  }
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
