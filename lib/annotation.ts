import * as v from 'valibot';

/**
 * An annotation, after the W3C Web Annotation model: a highlight (motivation "highlighting",
 * with a target in the page's text) or a note about the whole page (motivation "commenting",
 * no target). Notes and tags are plain text, never markup.
 *
 * TextPositionSelector offsets count UTF-16 code units (JavaScript string indices) of the
 * page text as lib/anchor's text index builds it.
 */

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof COLORS)[number];

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)),
  prefix: v.pipe(v.string(), v.maxLength(2_000)),
  suffix: v.pipe(v.string(), v.maxLength(2_000)),
});

export const TextPositionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((p) => p.end > p.start, 'end must come after start'),
);

export const SelectorsSchema = v.object({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});

const Note = v.pipe(v.string(), v.maxLength(50_000));
export const TagSchema = v.pipe(
  v.string(),
  v.transform((s) => s.trim()),
  v.minLength(1, 'a tag cannot be empty'),
  v.maxLength(100),
);
const Tags = v.pipe(
  v.array(TagSchema),
  v.maxLength(50),
  v.transform((tags) => [...new Set(tags)]),
);

export const AnnotationEditSchema = v.object({
  color: v.optional(v.picklist(COLORS)),
  note: v.optional(Note),
  tags: v.optional(Tags),
});

export const NewHighlightSchema = v.object({
  /**
   * Chosen by the content script, so that sending the same highlight again (the service worker
   * was stopped before it answered) stores it once.
   */
  id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be an annotation id'))),
  selectors: SelectorsSchema,
  color: v.picklist(COLORS),
  note: Note,
  tags: Tags,
});

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type Selectors = v.InferOutput<typeof SelectorsSchema>;
export type AnnotationEdit = v.InferOutput<typeof AnnotationEditSchema>;
export type NewHighlight = v.InferOutput<typeof NewHighlightSchema>;

export interface AnnotationRecord {
  id: string;
  /** pageKey() of the page it was made on. */
  pageKey: string;
  url: string;
  title: string;
  motivation: 'highlighting' | 'commenting';
  /** null for a page note. */
  target: Selectors | null;
  color: HighlightColor | null;
  note: string;
  tags: string[];
  created: number;
  updated: number;
  /** Set when moved to the trash; the record is kept so that it can be restored. */
  deleted: number | null;
}

/** Groups annotations by the page they belong to, keeping their order. */
export function byPage(records: Iterable<AnnotationRecord>): Map<string, AnnotationRecord[]> {
  const out = new Map<string, AnnotationRecord[]>();
  for (const a of records) {
    const list = out.get(a.pageKey);
    if (list) list.push(a);
    else out.set(a.pageKey, [a]);
  }
  return out;
}

/** Annotations not in the trash, oldest first. */
export function liveOldestFirst(all: AnnotationRecord[]): AnnotationRecord[] {
  return all.filter((a) => a.deleted == null).sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
}
