import * as v from 'valibot';
import { ExtractionSchema, type Extraction } from './extract/schema';
import type { PageRecord } from './db';
import { AnnotationEditSchema, COLORS, NewHighlightSchema, SelectorsSchema, TagSchema, type AnnotationRecord } from './annotation';
import { FIELD_PATHS, FieldValueSchema } from './library/corrections';
import type { StorageErrorCode } from './storage-errors';
import { MAX_BACKUP_BYTES } from './backup/limits';
import type { ImportPlan } from './backup/import';
import { FieldLocatorSchema, SiteRuleSchema, type SiteRule } from './site-rules/rule';
import type { FieldLocator } from './site-rules/locate';
import { EMBEDDED_BOUNDS, GLIMPSE_BOUNDS, type EmbeddedGlimpse, type Glimpse } from './extract/glimpse';
import type { PagePart } from './page-tools';

/**
 * The one message protocol between content script, background and extension pages. Each
 * message is declared once, in `MESSAGES`: who receives it, who may send it, its payload's
 * schema, its reply's type and what it does to storage. What the background needs (the senders
 * it accepts, the messages that write) is derived from that record, so a message cannot be
 * half-declared. Payloads are checked with `parseRequest` where they arrive: a content script
 * runs in a page that may be hostile, so what it sends is untrusted input; the content script
 * checks what it is sent the same way.
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

const Snippet = v.nullable(v.pipe(v.string(), v.maxLength(GLIMPSE_BOUNDS.snippet)));
const Line = v.pipe(v.string(), v.maxLength(GLIMPSE_BOUNDS.lineLength));
/** A page's glimpse (lib/extract/glimpse.ts): what the starter read of it, for the background's prefilter. */
const GlimpseSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(GLIMPSE_BOUNDS.url)),
  title: v.pipe(v.string(), v.maxLength(GLIMPSE_BOUNDS.title)),
  pubMeta: v.boolean(),
  heading: v.nullable(v.object({ title: v.nullable(Line), subtitle: v.nullable(Line), lines: v.pipe(v.array(Line), v.maxLength(GLIMPSE_BOUNDS.headerLines)) })),
  h1Text: Snippet,
  entryText: Snippet,
  ldHint: v.boolean(),
  chunks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(GLIMPSE_BOUNDS.chunkLength))), v.maxLength(GLIMPSE_BOUNDS.chunks)),
  failed: v.boolean(),
}) satisfies v.GenericSchema<Glimpse>;
const EmbeddedSchema = v.object({
  frames: v.pipe(v.array(GlimpseSchema), v.maxLength(EMBEDDED_BOUNDS.frames)),
  shadowTexts: v.pipe(
    v.array(v.string()),
    v.maxLength(EMBEDDED_BOUNDS.elements),
    v.check((texts) => texts.reduce((n, t) => n + t.length, 0) <= EMBEDDED_BOUNDS.shadowText, 'too much shadow-root text'),
  ),
}) satisfies v.GenericSchema<EmbeddedGlimpse>;

/** Who may send a message: a content script in a web page, or the extension itself (its pages and its worker). */
export type SenderKind = 'content' | 'extension';
/**
 * What handling a message does to the library: `write` changes it (a storage failure means
 * something was not saved), `read` needs the database, `session` only the tab's session state,
 * `none` touches no storage.
 */
export type StorageUse = 'write' | 'read' | 'session' | 'none';

/** Who receives a message: the background, or one part of the page tools in the tab (lib/page-tools.ts). */
export type Receiver = 'background' | PagePart;

interface MessageSpec<To extends Receiver, S extends v.GenericSchema, R> {
  to: To;
  from: readonly SenderKind[];
  storage: StorageUse;
  schema: S;
  /** The reply's type, carried by the type only. */
  reply?: R;
}

/** Declares one message: its reply type first, then the rest. */
const message =
  <R>() =>
  <const To extends Receiver, S extends v.GenericSchema>(spec: Omit<MessageSpec<To, S, R>, 'reply'>): MessageSpec<To, S, R> =>
    spec;

type Ok = { ok: true };
const CONTENT = ['content'] as const;
const EXTENSION = ['extension'] as const;
const ANY_PAGE = ['content', 'extension'] as const;

export const MESSAGES = {
  /**
   * content → background: the page the content script runs in, and what it extracted. The
   * reply holds the reader's rules for the page's site, which the content script applies.
   */
  pageSeen: message<{ ok: true; rules: SiteRule[] }>()({
    to: 'background',
    from: CONTENT,
    storage: 'read',
    schema: v.object({ ...PageRef.entries, extraction: v.nullable(ExtractionSchema) }),
  }),
  /**
   * content → background: the starter's word on the page it runs in (entrypoints/content):
   * which page, and its glimpse and its embedded trees', which the background's prefilter judges.
   * The background loads the page tools where they are needed, and otherwise keeps the page as
   * seen, with no extraction.
   */
  pageOpened: message<{ loaded: boolean }>()({
    to: 'background',
    from: CONTENT,
    storage: 'read',
    schema: v.object({ ...PageRef.entries, glimpse: GlimpseSchema, embedded: EmbeddedSchema }),
  }),
  /** content → background: the reader selected text on a page without the page tools: load them, and offer the toolbar. */
  selectionMade: message<Ok>()({ to: 'background', from: CONTENT, storage: 'none', schema: v.object({}) }),
  /** content → background: the highlighter needs the reader of the page (a value picked for a field): load it. */
  loadPageReader: message<Ok>()({ to: 'background', from: CONTENT, storage: 'none', schema: v.object({}) }),
  /** content → background: the user highlighted text on the page. */
  createHighlight: message<AnnotationRecord>()({
    to: 'background',
    from: CONTENT,
    storage: 'write',
    schema: v.object({ page: PageRef, highlight: NewHighlightSchema }),
  }),
  /** content → background: the page's annotations, to place them. */
  listAnnotations: message<AnnotationRecord[]>()({ to: 'background', from: CONTENT, storage: 'read', schema: v.object({ page: PageRef }) }),
  /** content → background: which annotations could be placed on the page and which are orphans. */
  anchoringReport: message<Ok>()({ to: 'background', from: CONTENT, storage: 'session', schema: v.object({ url: WebUrl, placed: IdList, orphans: IdList }) }),
  /**
   * content → background: the reader picked a field's value from the page (a pick the popup
   * started, or "Use as…" on a selection): kept as their correction, and taught to the site.
   */
  usePick: message<PageRecord>()({
    to: 'background',
    from: CONTENT,
    storage: 'write',
    schema: v.object({
      page: PageRef,
      field: v.picklist(FIELD_PATHS),
      value: FieldValueSchema,
      quote: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
      locator: v.nullable(FieldLocatorSchema),
    }),
  }),
  /** content → background: an orphaned highlight placed on new text the reader selected; it keeps its id, note and tags. */
  reattachAnnotation: message<AnnotationRecord>()({
    to: 'background',
    from: CONTENT,
    storage: 'write',
    schema: v.object({ page: PageRef, id: Id, selectors: SelectorsSchema }),
  }),
  /** content or extension page → background: change an annotation's colour, note or tags. */
  updateAnnotation: message<AnnotationRecord>()({
    to: 'background',
    from: ANY_PAGE,
    storage: 'write',
    schema: v.object({ id: Id, edit: AnnotationEditSchema }),
  }),
  /** content or extension page → background: move an annotation to the trash (undoable). */
  deleteAnnotation: message<AnnotationRecord>()({ to: 'background', from: ANY_PAGE, storage: 'write', schema: v.object({ id: Id }) }),
  /** content or extension page → background: take an annotation back out of the trash. */
  restoreAnnotation: message<AnnotationRecord>()({ to: 'background', from: ANY_PAGE, storage: 'write', schema: v.object({ id: Id }) }),
  /** popup → background: a note about the whole page. */
  addPageNote: message<AnnotationRecord>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ tabId: TabId, note: v.pipe(v.string(), v.minLength(1), v.maxLength(50_000)) }),
  }),
  /** popup → background: keep an orphaned highlight's note as a page note. */
  orphanToPageNote: message<AnnotationRecord>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ id: Id }) }),
  /** popup → background: keep the tab's page in the library. */
  savePage: message<PageRecord>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ tabId: TabId }) }),
  /** popup or library → background: the user's value for a field (null: the field is empty). */
  correctField: message<PageRecord>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ page: PageTarget, field: v.picklist(FIELD_PATHS), value: FieldValueSchema }),
  }),
  /** popup or library → background: back to the extracted value. */
  resetField: message<PageRecord>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ page: PageTarget, field: v.picklist(FIELD_PATHS) }),
  }),
  /** popup → background: the reader's answer to "Is this a review of a publication?" for the tab's page. */
  answerIsReview: message<PageRecord>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ tabId: TabId, isReview: v.boolean() }) }),
  /** popup or library → background: forget site rules. */
  forgetRules: message<{ count: number }>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ ids: v.pipe(v.array(Id), v.maxLength(10_000)) }),
  }),
  /** library → background: put pages in one work of the reader's choosing (a merge, a split), or back to the automatic grouping (null). */
  chooseWork: message<{ count: number }>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ pageKeys: v.pipe(PageKeys, v.minLength(1)), work: v.nullable(v.pipe(v.string(), v.maxLength(9_000), v.regex(/^(?:manual|alone):/))) }),
  }),
  /** library → background: forget every rule of a site. */
  forgetSiteRules: message<{ count: number }>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ site: v.pipe(v.string(), v.minLength(1), v.maxLength(300)) }),
  }),
  /** library → background: several annotations to the trash, or back. */
  trashAnnotations: message<{ count: number }>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ ids: IdList }) }),
  restoreAnnotations: message<{ count: number }>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ ids: IdList }) }),
  /** library → background: one colour, tags added or removed, for several annotations. */
  editAnnotations: message<{ count: number }>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({
      ids: IdList,
      edit: v.object({ color: v.optional(v.picklist(COLORS)), addTags: v.optional(TagList), removeTags: v.optional(TagList) }),
    }),
  }),
  /** library → background: saved pages (with their annotations) to the trash, or back. */
  trashPages: message<{ count: number }>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ keys: PageKeys }) }),
  restorePages: message<{ count: number }>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({ keys: PageKeys }) }),
  /** library → background: delete for good everything in the trash. */
  emptyTrash: message<{ pages: number; annotations: number }>()({ to: 'background', from: EXTENSION, storage: 'write', schema: v.object({}) }),
  /**
   * library → background: import a backup file's text, all of it or nothing; how far it got is
   * in storage.session (tab-session IMPORT_KEY) while it runs.
   */
  importBackup: message<ImportPlan>()({
    to: 'background',
    from: EXTENSION,
    storage: 'write',
    schema: v.object({ text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_BYTES)) }),
  }),
  /** popup or library → background: whether the database can be written, or why the last write failed. */
  getStorageStatus: message<StorageStatus>()({ to: 'background', from: EXTENSION, storage: 'read', schema: v.object({}) }),

  /** background → highlighter: the page's annotations changed elsewhere; fetch and paint again. */
  annotationsChanged: message<Ok>()({ to: 'highlighter', from: EXTENSION, storage: 'none', schema: v.object({}) }),
  /** background → highlighter: the context menu or keyboard command asks to highlight the selection. */
  highlightSelection: message<{ offered: boolean }>()({ to: 'highlighter', from: EXTENSION, storage: 'none', schema: v.object({ withNote: v.boolean() }) }),
  /** popup → highlighter: scroll to an annotation's highlight and flash it. */
  revealAnnotation: message<{ found: boolean }>()({ to: 'highlighter', from: EXTENSION, storage: 'none', schema: v.object({ id: Id }) }),
  /** background → reader: where on the page a field's value stands, to learn a site rule from the reader's correction. */
  locateValue: message<{ locator: FieldLocator | null }>()({
    to: 'reader',
    from: EXTENSION,
    storage: 'none',
    schema: v.object({ field: v.picklist(FIELD_PATHS), value: FieldValueSchema }),
  }),
  /** background → reader: the site's rules changed; extract the page again with these. */
  siteRulesChanged: message<{ ok: true }>()({
    to: 'reader',
    from: EXTENSION,
    storage: 'none',
    schema: v.object({ rules: v.pipe(v.array(SiteRuleSchema), v.maxLength(100)) }),
  }),
  /**
   * popup → highlighter: scroll to where a field's value stands on the page and select it:
   * `quote`, the text it was read from (the extraction's quote, or the text the reader picked).
   */
  revealField: message<{ found: boolean }>()({
    to: 'highlighter',
    from: EXTENSION,
    storage: 'none',
    schema: v.object({ field: v.picklist(FIELD_PATHS), quote: v.pipe(v.string(), v.maxLength(20_000)) }),
  }),
  /** popup → highlighter: ask the reader to select a field's value on the page. */
  startPick: message<{ ok: true }>()({ to: 'highlighter', from: EXTENSION, storage: 'none', schema: v.object({ field: v.picklist(FIELD_PATHS) }) }),
  /** popup → highlighter: ask the reader to select the text an orphaned highlight now belongs to. */
  startReattach: message<{ ok: true }>()({ to: 'highlighter', from: EXTENSION, storage: 'none', schema: v.object({ id: Id }) }),
} as const;

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

export type MessageType = keyof typeof MESSAGES;
export type Request<K extends MessageType> = v.InferOutput<(typeof MESSAGES)[K]['schema']>;
export type Reply<K extends MessageType> = Exclude<(typeof MESSAGES)[K]['reply'], undefined>;
export type ProtocolMap = { [K in MessageType]: (data: Request<K>) => Reply<K> };

/** The messages one receiver handles, as a type: a handler missing for one of them does not compile. */
export type MessageTo<To extends Receiver> = { [K in MessageType]: (typeof MESSAGES)[K]['to'] extends To ? K : never }[MessageType];

const TYPES = Object.keys(MESSAGES) as MessageType[];
/** The messages one receiver handles. */
export const messagesTo = <To extends Receiver>(to: To): MessageTo<To>[] => TYPES.filter((k): k is MessageTo<To> => MESSAGES[k].to === to);
/** The messages whose handling touches storage in the given way. */
export const messagesUsing = (storage: StorageUse): ReadonlySet<MessageType> => new Set(TYPES.filter((k) => MESSAGES[k].storage === storage));
/** Whether a message may come from this kind of sender. */
export const mayComeFrom = (type: MessageType, kind: SenderKind): boolean => MESSAGES[type].from.includes(kind);

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
  const schema = (Object.hasOwn(MESSAGES, type) ? MESSAGES[type].schema : undefined) as v.GenericSchema<unknown, Request<K>> | undefined;
  if (!schema) throw new MessageError(`unknown message type ${JSON.stringify(type)}`);
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') || '(payload)';
  throw new MessageError(`invalid "${type}" message: ${path}: ${issue.message}`);
}

export { sendMessage, onMessage } from './messaging';
