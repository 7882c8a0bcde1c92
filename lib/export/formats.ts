import { toBackup, type ParsedBackup } from '../backup/format';
import { gzip } from '../backup/file';
import { toBibtex } from './bibtex';
import { toCslJson } from './csl';
import { toRis } from './ris';
import { toCsv } from './csv';
import { entriesOf } from './entries';
import { exportFileName } from './filename';
import { toMarkdown, toMarkdownFiles } from './markdown';

import type { ExportFormat } from './names';
export { EXPORT_FORMATS, type ExportFormat } from './names';

export interface ExportFile {
  name: string;
  content: string | Uint8Array;
  mime: string;
}

/**
 * The files for some records. `base` names them (the work's title for one page, else
 * LIBRARY_EXPORT_BASE); the date is the export's.
 */
export async function exportFiles(format: ExportFormat, records: ParsedBackup, base: string, now = new Date()): Promise<ExportFile[]> {
  const entries = entriesOf(records);
  const file = (ext: string, content: string | Uint8Array, mime: string): ExportFile[] => [{ name: exportFileName(base, now, ext), content, mime }];
  switch (format) {
    case 'markdown':
      // One page is one file with its own front matter, as "a file per page" makes it.
      if (entries.length === 1) {
        const [single] = toMarkdownFiles(entries, { exportedAt: now });
        if (single) return file('md', single.content, 'text/markdown');
      }
      return file('md', toMarkdown(entries, { exportedAt: now }), 'text/markdown');
    case 'markdown-files':
      return toMarkdownFiles(entries, { exportedAt: now }).map((f) => ({ ...f, mime: 'text/markdown' }));
    case 'json':
      // Compact: a backup of 100,000 annotations must stay under the 50 MB an import accepts.
      return file('json', JSON.stringify(toBackup(records, now)), 'application/ld+json');
    case 'json-gz':
      return file('json.gz', await gzip(JSON.stringify(toBackup(records, now))), 'application/gzip');
    case 'csv':
      return file('csv', toCsv(entries), 'text/csv');
    case 'bibtex':
      return file('bib', toBibtex(entries), 'application/x-bibtex');
    case 'ris':
      return file('ris', toRis(entries), 'application/x-research-info-systems');
    case 'csl-json':
      return file('csl.json', JSON.stringify(toCslJson(entries), null, 2), 'application/vnd.citationstyles.csl+json');
  }
}
