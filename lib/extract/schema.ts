import * as v from 'valibot';
import { SOURCES } from './shape';

/**
 * The shape of one page's extraction. It crosses from the content script (an untrusted
 * context: the page can tamper with what it sends) to the background, so it is a schema
 * that is checked on arrival, and the TypeScript type is derived from it.
 */

const MAX_TEXT = 20_000;
const MAX_LIST = 200;

const text = v.nullable(v.pipe(v.string(), v.maxLength(MAX_TEXT)));
const list = v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(MAX_LIST));

export { SOURCES, WORK_FIELDS, REVIEW_FIELDS, emptyWork, emptyReview } from './shape';

export const FieldProvenanceSchema = v.object({
  source: v.picklist(SOURCES),
  /** The label as written on the page, or the meta name / JSON-LD key. */
  label: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** The exact page text the value was read from, so the popup can find it again. */
  quote: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
  /** The reader's site rule that gave the value (source `rule`). */
  rule: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

export const WorkSchema = v.object({
  title: text,
  authors: list,
  editors: list,
  affiliation: text,
  publisher: text,
  /** ISO 8601 at the precision the page gives: 2022, 2022-04, 2022-04-01. */
  date: text,
  place: text,
  type: text,
  pages: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  keywords: list,
  isbn: text,
  doi: text,
  link: text,
  language: text,
});

export const ReviewSchema = v.object({
  title: text,
  siteName: text,
  reviewer: text,
  reviewerRole: text,
  published: text,
  categories: list,
  summary: text,
});

export const ExtractionSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(8_192)),
  isReview: v.boolean(),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  work: WorkSchema,
  review: ReviewSchema,
  fields: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^(work|review)\.[a-zA-Z]+$/)), FieldProvenanceSchema),
    v.check((r) => Object.keys(r).length <= 64, 'too many fields'),
  ),
  /** The page speaks of several works or calls itself another kind of page (a list, an archive, an interview). */
  notOneWork: v.optional(v.boolean()),
  /** The reader's site rule that decided `isReview`, when one did. */
  verdictRule: v.optional(v.object({ id: v.pipe(v.string(), v.maxLength(64)), site: v.pipe(v.string(), v.maxLength(300)) })),
});

export type FieldProvenance = v.InferOutput<typeof FieldProvenanceSchema>;
export type FieldSource = (typeof SOURCES)[number];
export type Work = v.InferOutput<typeof WorkSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Extraction = v.InferOutput<typeof ExtractionSchema>;
export type WorkField = keyof Work;
export type ReviewField = keyof Review;
export type FieldPath = `work.${WorkField}` | `review.${ReviewField}`;
