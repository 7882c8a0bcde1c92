import { storageStrings } from '@/components/strings-in-page';

/**
 * What went wrong with the extension's database, in the few kinds a user can act on. One place
 * reads Dexie's and IndexedDB's many error shapes, so the background, the popup, the library
 * and the page's toolbar all say the same thing about the same failure.
 */
export const STORAGE_ERROR_CODES = ['quota', 'unavailable', 'upgrade-failed'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export const isStorageErrorCode = (x: unknown): x is StorageErrorCode => STORAGE_ERROR_CODES.includes(x as StorageErrorCode);

// Dexie names its own errors and maps IndexedDB's DOMException names onto classes of the same name.
const BY_NAME: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'quota',
  VersionError: 'upgrade-failed',
  UpgradeError: 'upgrade-failed',
  DatabaseClosedError: 'unavailable',
  OpenFailedError: 'unavailable',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  // Chromium's answer when it cannot open the database's files on disk.
  UnknownError: 'unavailable',
};

// Storage full is the most specific reason and the one the user can fix, so it wins over the
// wrapper it arrives in (a write aborted by a full disk is an AbortError holding a QuotaExceededError).
const PRIORITY: StorageErrorCode[] = ['quota', 'upgrade-failed', 'unavailable'];

/** An error our own code raises for a known storage state, e.g. a write refused by the read-only fallback. */
export class StorageFault extends Error {
  override name = 'StorageFault';
  constructor(readonly code: StorageErrorCode) {
    super(storageMessage(code, storageStrings.changeNotSaved));
  }
}

/** The errors inside an error: Dexie's `inner`, a standard `cause`, a bulk or modify error's failures. */
function nested(e: Record<string, unknown>): unknown[] {
  const failures: unknown[] = Array.isArray(e.failures) ? e.failures : [];
  const byPos: unknown[] = e.failuresByPos && typeof e.failuresByPos === 'object' ? Object.values(e.failuresByPos) : [];
  return [e.inner, e.cause, ...failures, ...byPos];
}

/**
 * The storage problem an error stands for, or null when it is not one (a bug, a refused message).
 * Reads the error's own name, its `code` if it already carries one (one that crossed a message
 * channel, where only name, message and own fields survive), and the errors it wraps.
 */
export function classifyStorageError(error: unknown): StorageErrorCode | null {
  const found = new Set<StorageErrorCode>();
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number) => {
    if (e == null || typeof e !== 'object' || seen.has(e) || depth > 6) return;
    seen.add(e);
    const rec = e as Record<string, unknown>;
    if (isStorageErrorCode(rec.code)) found.add(rec.code);
    const byName = typeof rec.name === 'string' ? BY_NAME[rec.name] : undefined;
    if (byName) found.add(byName);
    for (const inner of nested(rec)) visit(inner, depth + 1);
  };
  visit(error, 0);
  return PRIORITY.find((c) => found.has(c)) ?? null;
}

/** The user's message for a problem, saying what was not saved when there is such a thing. */
export function storageMessage(code: StorageErrorCode, notSaved?: string): string {
  const { headline, advice } = storageStrings[code];
  return notSaved ? `${headline}: ${notSaved}. ${advice}` : `${headline}. ${advice}`;
}
