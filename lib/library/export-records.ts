import { collectBackup } from '../backup/import';
import type { ParsedBackup } from '../backup/format';
import { withoutIndexColumns, type ReviewDb } from '../db';
import type { AnnotationRecord } from '../annotation';
import { LIBRARY_EXPORT_BASE } from '../export/filename';
import { effectiveFields } from './corrections';
import { queryLibrary, type LibraryEntry, type LibraryQuery } from './query';

/** Pages and annotations picked in the library's list. */
export interface LibrarySelection {
  pages: ReadonlySet<string>;
  annotations: ReadonlySet<string>;
}

/**
 * What the library's export writes: the selection when there is one, else what the query
 * shows when it filters, else the whole library; and the files' name.
 */
export async function libraryExport(
  db: ReviewDb,
  query: LibraryQuery,
  filtered: boolean,
  selection: LibrarySelection,
): Promise<{ records: ParsedBackup; base: string }> {
  const selected = selection.annotations.size + selection.pages.size > 0;
  const records = selected
    ? await selectedRecords(db, selection.pages, selection.annotations)
    : filtered
      ? recordsOf((await queryLibrary(db, { ...query, limit: undefined })).entries)
      : await collectBackup(db);
  // A selection or a result of one page is named after its work; the whole library after the library.
  const live = records.pages.filter((p) => p.deleted == null);
  const [one] = live;
  const only = (selected || filtered) && live.length === 1 && one ? (effectiveFields(one.extraction, one.corrections).work.title ?? one.title) : null;
  return { records, base: only ?? LIBRARY_EXPORT_BASE };
}

/** The records of what a query shows: its pages, and the annotations it matched. */
function recordsOf(entries: LibraryEntry[]): ParsedBackup {
  return { pages: entries.map((e) => withoutIndexColumns(e.page)), annotations: entries.flatMap((e) => e.annotations) };
}

/** Selected pages with all their annotations, and selected annotations of other pages. */
async function selectedRecords(db: ReviewDb, pages: ReadonlySet<string>, annotations: ReadonlySet<string>): Promise<ParsedBackup> {
  const picked = (await db.annotations.bulkGet([...annotations])).filter((a): a is AnnotationRecord => a != null && a.deleted == null);
  const keys = [...new Set([...pages, ...picked.map((a) => a.pageKey)])];
  const records = await collectBackup(db, keys);
  const ids = new Set(picked.map((a) => a.id));
  return { pages: records.pages, annotations: records.annotations.filter((a) => pages.has(a.pageKey) || ids.has(a.id)) };
}
