import Dexie, { type DBCore } from 'dexie';
import { DB_NAME, ReviewDb, type OlderPage } from './db';
import { ANNOTATION_STORE, chunkedAnnotations, flatAnnotations, pageRowAnnotations } from './annotation-table';
import { classifyStorageError, StorageFault, type StorageErrorCode } from './storage-errors';

/**
 * Opening the database so that what the user saved stays readable when the schema cannot be
 * brought up to date. IndexedDB runs an upgrade in one versionchange transaction: when the
 * upgrade throws, or the browser aborts it (a full disk), nothing of it is kept and the
 * database stays at its old version. It can still be opened without a version, as it is on
 * disk, and read; it must not be written, since the code's writes expect the new schema.
 */
export type DbStatus =
  | { state: 'ready' }
  /** Opened as it is on disk: reads work, every write is refused with `code`. */
  | { state: 'read-only'; code: StorageErrorCode }
  /** Not opened at all. */
  | { state: 'unavailable'; code: StorageErrorCode };

export interface OpenedDb {
  db: ReviewDb;
  status: DbStatus;
}

export const READY: DbStatus = { state: 'ready' };

/** Refuses every read-write transaction before IndexedDB sees it: no write is ever begun. */
function refuseWrites(code: () => StorageErrorCode) {
  return {
    stack: 'dbcore' as const,
    name: 'read-only-fallback',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite') throw new StorageFault(code());
        return down.transaction(stores, mode, options);
      },
    }),
  };
}

/**
 * The database as it is on disk, whatever its version, for reading only. Dexie without declared
 * versions opens the existing database without upgrading it (and refuses to create one).
 */
async function openAsIs(name: string, codeFor: (onDisk: number) => StorageErrorCode): Promise<{ db: ReviewDb; code: StorageErrorCode }> {
  const db = new Dexie(name);
  // Decided once the version on disk is known, which is before anything can ask to write.
  let code: StorageErrorCode = 'unavailable';
  db.use(refuseWrites(() => code));
  await db.open();
  code = codeFor(db.verno);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- ReviewDb adds only its tables, set just below; constructing one would declare its versions, and so upgrade the database this opens as it is.
  const fallback = db as ReviewDb;
  fallback.pages = db.table('pages');
  // A database whose upgrade failed keeps the annotations as its version laid them out.
  const has = (name: string) => db.tables.some((t) => t.name === name);
  fallback.annotations = has(ANNOTATION_STORE)
    ? chunkedAnnotations(db.table(ANNOTATION_STORE))
    : has('annotationPacks')
      ? pageRowAnnotations(db.table('annotationPacks'))
      : flatAnnotations(db.table('annotations'));
  // A page written by an older version lacks the fields its upgrade would have added.
  fallback.pages.hook('reading', (p: OlderPage) => ({ ...p, corrections: p.corrections ?? {}, deleted: p.deleted ?? null }));
  return { db: fallback, code };
}

/**
 * Opens the database with the current schema, upgrading it if it is older; if that fails,
 * opens it as it is for reading. `make` builds the database with the current schema (tests
 * give one whose upgrade fails). Opening again (a new worker, the popup opened again) tries
 * the upgrade again.
 */
export async function openReviewDb(name: string = DB_NAME, make: (name: string) => ReviewDb = (n) => new ReviewDb(n)): Promise<OpenedDb> {
  const db = make(name);
  // Before opening, Dexie's verno is the newest version the code declares.
  const wanted = db.verno;
  let failure: unknown;
  try {
    await db.open();
    return { db, status: READY };
  } catch (e) {
    failure = e;
  }
  const reason = classifyStorageError(failure);
  try {
    // An upgrade that throws reaches us as whatever it threw: the version left on disk says what failed.
    const fallback = await openAsIs(name, (onDisk) => (onDisk < wanted ? 'upgrade-failed' : (reason ?? 'unavailable')));
    console.warn(`The library database could not be opened for writing; it is open for reading only (${fallback.code}):`, failure);
    return { db: fallback.db, status: { state: 'read-only', code: fallback.code } };
  } catch {
    // Not even readable (no IndexedDB, files unreadable, a new database that could not be
    // created on a full disk). Every use of this closed database fails with the reason.
    console.warn('The library database could not be opened:', failure);
    return { db, status: { state: 'unavailable', code: reason === 'quota' ? 'quota' : 'unavailable' } };
  }
}
