import type { Table } from 'dexie';
import type { ReviewDb } from './db';
import { tableOf } from './annotation-table';

/**
 * Transactions over the library's stores, named as the rest of the code knows them: a caller
 * says it reads or writes annotations, and the scope covers whatever table holds them
 * (lib/annotation-table keeps them in rows of a page's annotations). The annotation table's methods join
 * the transaction they are called in.
 *
 * Inside one, Dexie follows its zone across native awaits, which a liveQuery needs in order to
 * see which records a read touched; awaiting anything but the database in there lets IndexedDB
 * commit the transaction early.
 */
export type StoreName = 'pages' | 'annotations' | 'siteRules' | 'workChoices';

function scope(db: ReviewDb, stores: readonly StoreName[]): Table[] {
  return stores.map((name) => (name === 'annotations' ? tableOf(db.annotations) : db.table(name)));
}

/** Runs `fn` in one read-only transaction over `stores`. */
export function readOnly<T>(db: ReviewDb, stores: readonly StoreName[], fn: () => Promise<T>): Promise<T> {
  return db.transaction('r', scope(db, stores), fn);
}

/** Runs `fn` in one read-write transaction over `stores`: all of its writes are kept, or none. */
export function readWrite<T>(db: ReviewDb, stores: readonly StoreName[], fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', scope(db, stores), fn);
}
