import type { ExportFile } from '@/lib/export/formats';

/**
 * Saves files through the browser's downloads, as a link with `download` does: no permission
 * needed, and the browser's own download settings apply.
 */
export function downloadFiles(files: ExportFile[], doc: Document = document): void {
  for (const f of files) {
    const url = URL.createObjectURL(new Blob([f.content as BlobPart], { type: typeof f.content === 'string' ? `${f.mime};charset=utf-8` : f.mime }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = f.name;
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    // The download has started from the click; the URL is only needed until then.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
