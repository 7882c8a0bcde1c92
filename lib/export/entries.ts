import type { ParsedBackup } from '../backup/format';
import { effectiveFields } from '../library/corrections';
import type { ExportEntry } from './entry';

/** The pages of a set of records as the formats take them: out of the trash, newest saved first, annotations oldest first. */
export function entriesOf({ pages, annotations }: ParsedBackup): ExportEntry[] {
  const byPage = new Map<string, ExportEntry['annotations']>();
  for (const a of annotations) {
    if (a.deleted != null) continue;
    const list = byPage.get(a.pageKey) ?? [];
    list.push(a);
    byPage.set(a.pageKey, list);
  }
  return pages
    .filter((p) => p.deleted == null)
    .sort((a, b) => b.savedAt - a.savedAt)
    .map((page) => {
      const { work, review } = effectiveFields(page.extraction, page.corrections);
      const list = (byPage.get(page.key) ?? []).sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
      return { page, work, review, annotations: list };
    });
}
