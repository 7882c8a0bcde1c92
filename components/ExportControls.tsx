import { useState } from 'preact/hooks';
import type { ParsedBackup } from '@/lib/backup/format';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/names';
import { downloadFiles } from './download';
import { t } from './strings';
import { errorText } from './failure-text';

/** A format to pick and an Export button; what is exported is the caller's (one page, a selection, everything). */
export function ExportControls({ collect, label }: { collect: () => Promise<{ records: ParsedBackup; base: string }>; label: string }) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const run = async () => {
    try {
      // The writers are loaded on the first export: the popup opens without them.
      const [{ records, base }, { exportFiles }] = await Promise.all([collect(), import('@/lib/export/formats')]);
      const files = await exportFiles(format, records, base);
      downloadFiles(files);
      setStatus({ text: t.export.done(files.length, records.annotations.filter((a) => a.deleted == null).length) });
    } catch (e) {
      setStatus({ text: t.export.failed(errorText(e)), error: true });
    }
  };
  return (
    <div class="export toolbar" role="group" aria-label={label}>
      <label class="filter">
        <span>{t.export.format}</span>
        <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t.export.formats[f]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="export" onClick={() => void run()}>
        {label}
      </button>
      {status && (
        <span class={status.error ? 'error' : 'status'} role={status.error ? 'alert' : 'status'} data-testid="export-status">
          {status.text}
        </span>
      )}
    </div>
  );
}
