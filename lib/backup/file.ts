import { BackupError, MAX_BACKUP_BYTES } from './format';

/**
 * Backup files as bytes: compressed with gzip (a backup of 100,000 annotations is some 60 MB of
 * JSON, over the 50 MB an import accepts, and about a sixth of that compressed) or plain.
 */

// Four times the file cap: a real backup compresses about sixfold, a crafted one far more.
const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The text of a backup file, plain or gzip-compressed (told apart by gzip's first two bytes).
 * Refuses a file over the size cap, and stops expanding one that grows past `maxExpanded`
 * (a small file can expand to gigabytes).
 */
export async function readBackupFile(file: Blob, maxExpanded = MAX_EXPANDED_BYTES): Promise<string> {
  if (file.size > MAX_BACKUP_BYTES)
    throw new BackupError(`the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; backups over ${MAX_BACKUP_BYTES / 1024 / 1024} MB are refused`);
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] !== 0x1f || head[1] !== 0x8b) return file.text();
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxExpanded) {
        await reader.cancel();
        throw new BackupError(`the compressed file expands to more than ${Math.round(maxExpanded / 1024 / 1024)} MB; refused`);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`the file looks compressed (gzip) but cannot be expanded: it is damaged or cut short (${(e as Error).message})`);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
