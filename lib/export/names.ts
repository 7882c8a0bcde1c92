/**
 * Every export the user can ask for, apart from the code that writes them: the views list the
 * formats at once and load the writers (lib/export/formats) only when an export is asked for.
 */
export const EXPORT_FORMATS = ['markdown', 'markdown-files', 'json', 'json-gz', 'csv', 'bibtex', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What one work can be exported as (lib/export/work-bundle). */
export const WORK_EXPORTS = ['markdown', 'json', 'bibtex', 'ris', 'csl-json'] as const;
export type WorkExport = (typeof WORK_EXPORTS)[number];
