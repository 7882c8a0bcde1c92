import { classifyStorageError, storageMessage } from '@/lib/storage-errors';

/**
 * What to tell the user about a save that failed: a storage problem in full (what happened, what
 * was not saved, what to do), anything else in the error's own words.
 */
export function failureText(e: unknown, notSaved: string, otherwise: (why: string) => string): string {
  const code = classifyStorageError(e);
  return code ? storageMessage(code, notSaved) : otherwise(String((e as Error)?.message ?? e));
}
