import type { ReviewDb } from '../db';
import { withoutIndexColumns } from '../db';
import type { Work } from '../extract/schema';
import type { ExportEntry } from '../export/entry';
import { effectiveFields } from '../library/corrections';
import { liveOldestFirst } from '../annotation';
import { groupWorks } from './identity';
import { mergeWork } from '../export/citations';
import { readOnly } from '../db-transaction';
import { must } from '../must';

/** One work with every saved page that reviews or describes it, and their annotations. */
export interface WorkEntry {
  id: string;
  /** The pages' fields together: each field from the page that gives it, identifiers first. */
  work: Work;
  entries: ExportEntry[];
}

/** A work's fields from several pages: the page with an identifier and the most fields leads; the others fill its gaps. */
export function mergeWorks(works: Work[]): Work {
  const filled = (w: Work) => Object.values(w).filter((v) => v != null && !(Array.isArray(v) && !v.length)).length + (w.isbn || w.doi ? 100 : 0);
  const [lead, ...rest] = [...works].sort((a, b) => filled(b) - filled(a));
  return rest.reduce(mergeWork, must(lead, 'a work to merge'));
}

/** Every work of the saved pages (not in the trash), those with the most reviews first. */
export async function loadWorks(db: ReviewDb): Promise<WorkEntry[]> {
  return readOnly(db, ['pages', 'annotations', 'workChoices'], async () => {
    const pages = (await db.pages.filter((p) => p.deleted == null).toArray()).map(withoutIndexColumns);
    const [lists, choices] = await Promise.all([db.annotations.ofPages(pages.map((p) => p.key)), db.workChoices.toArray()]);
    const entries = new Map<string, ExportEntry>(
      pages.map((page, i) => {
        const { work, review } = effectiveFields(page.extraction, page.corrections);
        return [page.key, { page, work, review, annotations: liveOldestFirst(must(lists[i], 'the annotations of a page')) }];
      }),
    );
    const groups = groupWorks(
      [...entries.values()].map((e) => ({ key: e.page.key, work: e.work })),
      new Map(choices.map((c) => [c.pageKey, c.work])),
    );
    return groups
      .map((g) => {
        const list = g.pageKeys.map((k) => must(entries.get(k), 'a grouped page')).sort((a, b) => a.page.savedAt - b.page.savedAt);
        return { id: g.id, work: mergeWorks(list.map((e) => e.work)), entries: list };
      })
      .sort((a, b) => b.entries.length - a.entries.length || (a.work.title ?? '').localeCompare(b.work.title ?? ''));
  });
}

/** Puts pages in a work of the reader's choosing (null: back to the automatic grouping). */
export async function chooseWork(db: ReviewDb, pageKeys: string[], work: string | null, at: number): Promise<number> {
  return db.transaction('rw', db.workChoices, async () => {
    if (work == null) await db.workChoices.bulkDelete(pageKeys);
    else await db.workChoices.bulkPut(pageKeys.map((pageKey) => ({ pageKey, work, at })));
    return pageKeys.length;
  });
}
