import type { ParsedBackup } from '../backup/format';
import { effectiveFields } from '../library/corrections';
import type { ExportEntry } from './entry';
import { byPage } from '../annotation';

/** The pages of a set of records as the formats take them: out of the trash, newest saved first, annotations oldest first. */
export function entriesOf({ pages, annotations }: ParsedBackup): ExportEntry[] {
  const grouped = byPage(annotations.filter((a) => a.deleted == null));
  return pages
    .filter((p) => p.deleted == null)
    .sort((a, b) => b.savedAt - a.savedAt)
    .map((page) => {
      const { work, review } = effectiveFields(page.extraction, page.corrections);
      const list = (grouped.get(page.key) ?? []).sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
      return { page, work, review, annotations: list };
    });
}
