/**
 * One work with all its reviews, as one file: its citation, every review's link, every
 * highlight and note. Markdown with YAML front matter about the work (the same escaping as
 * lib/export/markdown), or the JSON backup of its pages.
 */
import type { WorkEntry } from '../works/works';
import { toBackup } from '../backup/format';
import { toBibtex } from './bibtex';
import { toRis } from './ris';
import { toCslJson } from './csl';
import { exportFileName } from './filename';
import type { ExportFile } from './formats';
import { frontMatter, mdBlock, mdInline, pageBody, when, workFrontMatter } from './markdown';
import { formatReference } from '../library/citation';
import type { ExportEntry } from './entry';
import type { WorkExport } from './names';
import { must } from '../must';

/** A work's first page: a work is made of the pages that name it, so it has one. */
const firstEntry = (w: WorkEntry): ExportEntry => must(w.entries[0], 'a page of the work');

/** The work as one entry, for the citation formats: its merged fields, its first review's page. */
function asOneEntry(w: WorkEntry): ExportEntry {
  const first = firstEntry(w);
  return { ...first, work: w.work, annotations: [] };
}

export function workMarkdown(w: WorkEntry, exportedAt = new Date()): string {
  const { work } = w;
  const head = frontMatter([
    ...workFrontMatter(work, firstEntry(w).page.title),
    ['reviews', w.entries.map((e) => e.page.url)],
    ['review_count', w.entries.length],
    ['annotation_count', w.entries.reduce((n, e) => n + e.annotations.length, 0)],
    ['exported', exportedAt.toISOString()],
  ]);
  const parts = [head, `# ${mdInline(work.title ?? firstEntry(w).page.title)}`];
  parts.push('## Citation', mdBlock(formatReference(work, firstEntry(w).page.title)), ['```bibtex', toBibtex([asOneEntry(w)]).trim(), '```'].join('\n'));
  parts.push('## Reviews');
  for (const e of w.entries) parts.push(pageBody(e, 3, false));
  parts.push(`_Exported ${when(exportedAt.getTime())}._`);
  return `${parts.join('\n\n')}\n`;
}

export function workFiles(format: WorkExport, w: WorkEntry, now = new Date()): ExportFile[] {
  const base = w.work.title ?? firstEntry(w).page.title;
  const file = (ext: string, content: string, mime: string): ExportFile[] => [{ name: exportFileName(base, now, ext), content, mime }];
  switch (format) {
    case 'markdown':
      return file('md', workMarkdown(w, now), 'text/markdown');
    case 'json': {
      const pages = w.entries.map((e) => e.page);
      const annotations = w.entries.flatMap((e) => e.annotations);
      return file('json', JSON.stringify(toBackup({ pages, annotations }, now)), 'application/ld+json');
    }
    case 'bibtex':
      return file('bib', toBibtex([asOneEntry(w)]), 'application/x-bibtex');
    case 'ris':
      return file('ris', toRis([asOneEntry(w)]), 'application/x-research-info-systems');
    case 'csl-json':
      return file('csl.json', JSON.stringify(toCslJson([asOneEntry(w)]), null, 2), 'application/vnd.citationstyles.csl+json');
  }
}
