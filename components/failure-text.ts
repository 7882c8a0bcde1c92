import { classifyStorageError, storageMessage } from '@/lib/storage-errors';

/**
 * What to tell the user about a save that failed: a storage problem in full (what happened, what
 * was not saved, what to do), anything else in the error's own words.
 */
export function failureText(e: unknown, notSaved: string, otherwise: (why: string) => string): string {
  const code = classifyStorageError(e);
  return code ? storageMessage(code, notSaved) : otherwise(errorText(e));
}

/** What a failure says: an error's message, or what was thrown (a message from another context is a plain object). */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') return e.message;
  return String(e);
}
