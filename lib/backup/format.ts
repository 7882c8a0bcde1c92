import * as v from 'valibot';
import { COLORS, SelectorsSchema, TagSchema, type AnnotationRecord } from '../annotation';
import type { PageRecord } from '../db';
import { ExtractionSchema } from '../extract/schema';
import { CorrectionsSchema } from '../library/corrections';
import { pageKey } from '../page-key';
import { MAX_BACKUP_BYTES } from './limits';
import type { WorkChoice } from '../db';
import { SiteRuleSchema, type SiteRule } from '../site-rules/rule';

/**
 * The backup file: a W3C Web Annotation `AnnotationCollection` (JSON-LD), with every
 * annotation as a W3C `Annotation` and, under our own `ra:` terms, what the W3C model has no
 * place for (colour, the trash, the page records with their extraction and the user's
 * corrections). Another annotation tool can read the annotations; this extension reads all of it.
 */

export const FORMAT_VERSION = 1;
export { MAX_BACKUP_BYTES } from './limits';
const NS = 'https://review-annotator.invalid/ns#';
const GENERATOR = 'Review Annotator';

/**
 * What the W3C model and the page records already say is left out, so that a backup of
 * 100,000 annotations fits the 50 MB an import accepts: `modified` when it equals `created`,
 * `ra:pageKey` when it is the target's address without fragment and tracking parameters,
 * `ra:title` when it is the page record's title, `ra:deleted` when not deleted.
 */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified?: string;
  body: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging' }[];
  target:
    | string
    | {
        source: string;
        selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }, { type: 'TextPositionSelector'; start: number; end: number }];
      };
  'ra:pageKey'?: string;
  'ra:title'?: string;
  'ra:color'?: NonNullable<AnnotationRecord['color']>;
  'ra:deleted'?: string;
}

export interface Backup {
  '@context': [string, { ra: string }];
  type: 'AnnotationCollection';
  label: string;
  generator: { type: 'Software'; name: string };
  generated: string;
  'ra:formatVersion': number;
  total: number;
  'ra:pages': PageRecord[];
  /** The reader's site rules (lib/site-rules); absent from a backup of some pages only. */
  'ra:siteRules'?: SiteRule[];
  /** The reader's merges and splits of works (lib/works). */
  'ra:workChoices'?: WorkChoice[];
  first: { type: 'AnnotationPage'; items: W3CAnnotation[] };
}

const iso = (ms: number) => new Date(ms).toISOString();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toIri = (id: string) => (UUID.test(id) ? `urn:uuid:${id}` : `urn:review-annotator:${id}`);

export function toW3C(a: AnnotationRecord, pageTitle?: string): W3CAnnotation {
  const body: W3CAnnotation['body'] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: toIri(a.id),
    type: 'Annotation',
    motivation: a.motivation,
    created: iso(a.created),
    ...(a.updated !== a.created && { modified: iso(a.updated) }),
    body,
    target: a.target ? { source: a.url, selector: [a.target.quote, a.target.position] } : a.url,
    ...(a.pageKey !== pageKey(a.url) && { 'ra:pageKey': a.pageKey }),
    ...(a.title !== pageTitle && { 'ra:title': a.title }),
    ...(a.color && { 'ra:color': a.color }),
    ...(a.deleted != null && { 'ra:deleted': iso(a.deleted) }),
  };
}

/** A full backup: every page record and every annotation, those in the trash included. */
export function toBackup({ pages, annotations, siteRules, workChoices }: ParsedBackup, now = new Date()): Backup {
  const titles = new Map(pages.map((p) => [p.key, p.title]));
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { ra: NS }],
    type: 'AnnotationCollection',
    label: `${GENERATOR} backup`,
    generator: { type: 'Software', name: GENERATOR },
    generated: now.toISOString(),
    'ra:formatVersion': FORMAT_VERSION,
    total: annotations.length,
    'ra:pages': pages,
    ...(siteRules?.length && { 'ra:siteRules': siteRules }),
    ...(workChoices?.length && { 'ra:workChoices': workChoices }),
    first: { type: 'AnnotationPage', items: annotations.map((a) => toW3C(a, titles.get(a.pageKey))) },
  };
}

// ——— Reading a file back ———

export class BackupError extends Error {
  override name = 'BackupError';
}

const WebUrl = v.pipe(v.string(), v.maxLength(8_192), v.regex(/^https?:\/\//i, 'must be an http(s) address'));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const IsoTime = v.pipe(v.string(), v.isoTimestamp('must be a date and time (ISO 8601)'));

const PageSchema = v.object({
  key: WebUrl,
  url: WebUrl,
  title: v.pipe(v.string(), v.maxLength(2_000)),
  canonicalKey: v.nullable(WebUrl),
  extraction: v.nullable(ExtractionSchema),
  corrections: v.optional(CorrectionsSchema, {}),
  savedAt: Time,
  updatedAt: Time,
  deleted: v.optional(v.nullable(Time), null),
});

const WorkChoiceSchema = v.object({
  pageKey: WebUrl,
  work: v.pipe(v.string(), v.maxLength(9_000), v.regex(/^(?:manual|alone):/, 'must be a merge (manual:) or a split (alone:)')),
  at: Time,
});

const BodySchema = v.object({
  type: v.literal('TextualBody'),
  value: v.pipe(v.string(), v.maxLength(50_000)),
  purpose: v.picklist(['commenting', 'tagging', 'describing']),
  format: v.optional(v.string()),
});

const AnnotationSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting']),
  created: IsoTime,
  modified: v.optional(IsoTime),
  body: v.optional(v.union([v.array(BodySchema), BodySchema]), []),
  target: v.union([
    WebUrl,
    v.object({
      source: WebUrl,
      // Loose: the selectors' own fields are checked below, against the annotation model.
      selector: v.pipe(v.array(v.looseObject({ type: v.string() })), v.minLength(1)),
    }),
  ]),
  'ra:pageKey': v.optional(WebUrl),
  'ra:title': v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  'ra:color': v.optional(v.nullable(v.picklist(COLORS))),
  'ra:deleted': v.optional(v.nullable(IsoTime)),
});

const CollectionSchema = v.object({
  type: v.literal('AnnotationCollection'),
  'ra:formatVersion': v.optional(v.pipe(v.number(), v.integer())),
  'ra:pages': v.optional(v.array(v.unknown()), []),
  'ra:siteRules': v.optional(v.array(v.unknown()), []),
  'ra:workChoices': v.optional(v.array(v.unknown()), []),
  first: v.optional(v.object({ type: v.literal('AnnotationPage'), items: v.array(v.unknown()) })),
  items: v.optional(v.array(v.unknown())),
});

function describe(issues: v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

/** Where a JSON syntax error is, as line and column, when the engine's message says (V8 gives a position in some cases, Firefox a line and column; V8 otherwise quotes the text). */
function jsonErrorWhere(text: string, error: SyntaxError): string {
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return ` (line ${lineCol[1]}, column ${lineCol[2]})`;
  const at = /position (\d+)/.exec(error.message)?.[1];
  if (at == null) return '';
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${Number(at) - before.lastIndexOf('\n')})`;
}

export interface ParsedBackup {
  pages: PageRecord[];
  annotations: AnnotationRecord[];
  siteRules?: SiteRule[];
  workChoices?: WorkChoice[];
}

function fromIri(iri: string, index: number): string {
  const id = iri.replace(/^urn:uuid:|^urn:review-annotator:/, '');
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(id))
    throw new BackupError(
      `annotation ${index + 1}: id "${iri.slice(0, 80)}" is not one this extension can keep (letters, digits, - or _, 8 to 64 of them, or a urn:uuid)`,
    );
  return id;
}

function toRecord(raw: unknown, index: number, titles: Map<string, string>): AnnotationRecord {
  const parsed = v.safeParse(AnnotationSchema, raw);
  if (!parsed.success) throw new BackupError(`annotation ${index + 1}: ${describe(parsed.issues)}`);
  const w = parsed.output;
  const id = fromIri(w.id, index);
  const where = `annotation ${index + 1} (${id})`;
  const bodies = Array.isArray(w.body) ? w.body : [w.body];
  const tagsParsed = v.safeParse(
    v.array(TagSchema),
    bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
  );
  if (!tagsParsed.success) throw new BackupError(`${where}: tags: ${describe(tagsParsed.issues)}`);
  const note = bodies
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value)
    .join('\n\n');
  const url = typeof w.target === 'string' ? w.target : w.target.source;
  let target: AnnotationRecord['target'] = null;
  if (typeof w.target !== 'string') {
    const quote = w.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = w.target.selector.find((s) => s.type === 'TextPositionSelector');
    const selectors = v.safeParse(SelectorsSchema, { quote, position });
    if (!selectors.success) throw new BackupError(`${where}: target.selector: ${describe(selectors.issues)}`);
    target = selectors.output;
  }
  if (w.motivation === 'highlighting' && !target)
    throw new BackupError(`${where}: a highlight needs a target with a TextQuoteSelector and a TextPositionSelector`);
  const created = Date.parse(w.created);
  const key = w['ra:pageKey'] ?? pageKey(url);
  return {
    id,
    pageKey: key,
    url,
    title: w['ra:title'] ?? titles.get(key) ?? '',
    motivation: w.motivation,
    target,
    color: w.motivation === 'highlighting' ? (w['ra:color'] ?? 'yellow') : null,
    note,
    tags: [...new Set(tagsParsed.output)],
    created,
    updated: w.modified ? Date.parse(w.modified) : created,
    deleted: w['ra:deleted'] ? Date.parse(w['ra:deleted']) : null,
  };
}

/**
 * Reads a backup file's text, all of it or nothing: any problem throws a BackupError that
 * says what is wrong and where, before anything is written.
 */
export function parseBackup(text: string, size = text.length): ParsedBackup {
  if (size > MAX_BACKUP_BYTES)
    throw new BackupError(`the file is ${(size / 1024 / 1024).toFixed(1)} MB; backups over ${MAX_BACKUP_BYTES / 1024 / 1024} MB are refused`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const truncated = /end of (JSON )?input|Unterminated/i.test((e as Error).message);
    throw new BackupError(
      truncated
        ? 'the file ends in the middle of its data: it was cut short (truncated)'
        : `the file is not JSON${jsonErrorWhere(text, e as SyntaxError)}: ${(e as Error).message}`,
    );
  }
  const collection = v.safeParse(CollectionSchema, json);
  if (!collection.success) {
    const type = json && typeof json === 'object' && 'type' in json ? JSON.stringify(json.type) : 'none';
    throw new BackupError(`this is not a backup of this extension nor a W3C AnnotationCollection (type: ${type}); ${describe(collection.issues)}`);
  }
  const c = collection.output;
  if ((c['ra:formatVersion'] ?? FORMAT_VERSION) > FORMAT_VERSION) {
    throw new BackupError(
      `the backup was written by a newer version of the extension (format ${c['ra:formatVersion']}; this one reads up to ${FORMAT_VERSION})`,
    );
  }
  const pages = c['ra:pages'].map((raw, i) => {
    const p = v.safeParse(PageSchema, raw);
    if (!p.success)
      throw new BackupError(
        `page ${i + 1}${raw && typeof raw === 'object' && 'key' in raw ? ` (${String(raw.key).slice(0, 100)})` : ''}: ${describe(p.issues)}`,
      );
    return p.output;
  });
  const titles = new Map(pages.map((p) => [p.key, p.title]));
  const annotations = (c.first?.items ?? c.items ?? []).map((raw, i) => toRecord(raw, i, titles));
  const ids = new Set<string>();
  for (const a of annotations) {
    if (ids.has(a.id)) throw new BackupError(`annotation ${a.id} appears twice`);
    ids.add(a.id);
  }
  const keys = new Set<string>();
  for (const p of pages) {
    if (keys.has(p.key)) throw new BackupError(`page ${p.key} appears twice`);
    keys.add(p.key);
  }
  const ruleIds = new Set<string>();
  const siteRules = c['ra:siteRules'].map((raw, i) => {
    const r = v.safeParse(SiteRuleSchema, raw);
    if (!r.success) throw new BackupError(`site rule ${i + 1}: ${describe(r.issues)}`);
    if (ruleIds.has(r.output.id)) throw new BackupError(`site rule ${r.output.id} appears twice`);
    ruleIds.add(r.output.id);
    return r.output;
  });
  const choiceKeys = new Set<string>();
  const workChoices = c['ra:workChoices'].map((raw, i) => {
    const w = v.safeParse(WorkChoiceSchema, raw);
    if (!w.success) throw new BackupError(`work choice ${i + 1}: ${describe(w.issues)}`);
    if (choiceKeys.has(w.output.pageKey)) throw new BackupError(`the work of page ${w.output.pageKey} is chosen twice`);
    choiceKeys.add(w.output.pageKey);
    return w.output;
  });
  return { pages, annotations, siteRules, workChoices };
}
