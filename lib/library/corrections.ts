import * as v from 'valibot';
import {
  emptyReview,
  emptyWork,
  REVIEW_FIELDS,
  WORK_FIELDS,
  type Extraction,
  type FieldPath,
  type Review,
  type ReviewField,
  type Work,
  type WorkField,
} from '../extract/schema';

/**
 * The user's corrections to what the extractor found. They are kept apart from the extraction,
 * so that a new extraction of the page (it changed, or the extractor got better) never
 * overwrites them, and each one can be reset to the extracted value.
 */
export type FieldValue = string | string[] | number | null;
/** Nested by group, not keyed "work.title": Dexie reads dots in keys as paths into the record. */
export interface Corrections {
  work?: Partial<Record<WorkField, FieldValue>>;
  review?: Partial<Record<ReviewField, FieldValue>>;
  /** The reader's answer to "Is this a review of a publication?", over the extractor's verdict. */
  isReview?: boolean;
  /** The page text of each value the reader picked from the page (not typed), so it can be shown there. */
  picked?: {
    work?: Partial<Record<WorkField, string>>;
    review?: Partial<Record<ReviewField, string>>;
  };
}

const LIST_FIELDS = new Set<FieldPath>(['work.authors', 'work.editors', 'work.keywords', 'review.categories']);
const NUMBER_FIELDS = new Set<FieldPath>(['work.pages']);
export const FIELD_PATHS: FieldPath[] = [...WORK_FIELDS.map((f) => `work.${f}` as const), ...REVIEW_FIELDS.map((f) => `review.${f}` as const)];

export const fieldKind = (path: FieldPath): 'list' | 'number' | 'text' => (LIST_FIELDS.has(path) ? 'list' : NUMBER_FIELDS.has(path) ? 'number' : 'text');

export const FieldValueSchema = v.union([
  v.null(),
  v.pipe(v.string(), v.maxLength(20_000)),
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(200)),
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
]);

export const CorrectionsSchema = v.pipe(
  v.object({
    work: v.optional(v.record(v.picklist(WORK_FIELDS as WorkField[]), FieldValueSchema)),
    review: v.optional(v.record(v.picklist(REVIEW_FIELDS as ReviewField[]), FieldValueSchema)),
    isReview: v.optional(v.boolean()),
    picked: v.optional(
      v.object({
        work: v.optional(v.record(v.picklist(WORK_FIELDS as WorkField[]), v.pipe(v.string(), v.maxLength(20_000)))),
        review: v.optional(v.record(v.picklist(REVIEW_FIELDS as ReviewField[]), v.pipe(v.string(), v.maxLength(20_000)))),
      }),
    ),
  }),
  v.check((c) => correctedPaths(c).every(([path, val]) => fits(path, val)), 'a corrected value does not fit its field'),
);

/** Every corrected field with its value. */
export function correctedPaths(c: Corrections | undefined): [FieldPath, FieldValue][] {
  const out: [FieldPath, FieldValue][] = [];
  for (const group of ['work', 'review'] as const) {
    for (const [key, value] of Object.entries<FieldValue | undefined>(c?.[group] ?? {})) {
      if (value !== undefined) out.push([`${group}.${key}` as FieldPath, value]);
    }
  }
  return out;
}

/**
 * A copy with one field corrected, or its correction removed (value undefined). `picked` is the
 * page text the value was picked from; a typed value has none.
 */
export function withCorrection(c: Corrections | undefined, path: FieldPath, value: FieldValue | undefined, picked?: string): Corrections {
  const [group, key] = path.split('.') as ['work' | 'review', string];
  const next: Corrections = { ...c, work: { ...c?.work }, review: { ...c?.review } };
  next[group] = value === undefined ? without(next[group], key) : { ...next[group], [key]: value };
  const quotes: Record<string, string> = { ...c?.picked?.[group] };
  const keptQuotes = picked !== undefined && value !== undefined ? { ...quotes, [key]: picked } : without(quotes, key);
  if (Object.keys(keptQuotes).length || c?.picked) next.picked = { ...c?.picked, [group]: keptQuotes };
  return next;
}

/** A copy of a record without one key. */
function without<T>(record: Record<string, T> | undefined, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => k !== key));
}

/** The page text a field's value was picked from, if the reader picked it. */
export function pickedQuote(c: Corrections | undefined, path: FieldPath): string | undefined {
  const [group, key] = path.split('.') as ['work' | 'review', string];
  return (c?.picked?.[group] as Record<string, string> | undefined)?.[key];
}

/** A copy with the reader's answer to "is this a review?" set. */
export function withVerdict(c: Corrections | undefined, isReview: boolean): Corrections {
  return { ...c, isReview };
}

/** Whether a value has the shape its field takes (a list for authors, a number for pages...). */
export function fits(path: FieldPath, value: FieldValue): boolean {
  if (value === null) return true;
  const kind = fieldKind(path);
  return kind === 'list' ? Array.isArray(value) : kind === 'number' ? typeof value === 'number' : typeof value === 'string';
}

/** Reads what the user typed into a field's editor as that field's value. */
export function parseFieldInput(path: FieldPath, input: string): FieldValue {
  const text = input.trim();
  switch (fieldKind(path)) {
    case 'list':
      return text
        .split(/\s*;\s*|\n+/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'number': {
      // The first number, thousands separators allowed: "1,024 pp.", "xii + 312 pages".
      const m = text.replace(/(\d)[,.\u00a0 ](?=\d{3}\b)/g, '$1').match(/\d+/);
      return m ? Number(m[0]) : null;
    }
    default:
      return text || null;
  }
}

/** A field's value as the editor shows it. */
export function fieldInputText(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.join('; ');
  // A field's value is a string, number or boolean; anything else is shown as its JSON.
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

export interface Effective {
  work: Work;
  review: Review;
  /** The fields whose value is the user's. */
  edited: Set<FieldPath>;
}

/** The work and review as the user sees them: extracted values, with the user's corrections over them. */
export function effectiveFields(extraction: Extraction | null, corrections: Corrections | undefined): Effective {
  const work = { ...(extraction?.work ?? emptyWork()) } as Record<string, unknown>;
  const review = { ...(extraction?.review ?? emptyReview()) } as Record<string, unknown>;
  const edited = new Set<FieldPath>();
  for (const [path, value] of correctedPaths(corrections)) {
    if (!fits(path, value)) continue;
    const [group, key] = path.split('.') as ['work' | 'review', string];
    (group === 'work' ? work : review)[key] = value;
    edited.add(path);
  }
  return { work: work as Work, review: review as Review, edited };
}
