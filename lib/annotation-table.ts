import Dexie, { type PromiseExtended, type Table } from 'dexie';
import { byPage, type AnnotationRecord } from './annotation';

/**
 * Where the annotations are kept. Since v5 a page's annotations are one row (a pack): IndexedDB
 * pays per request far more than per byte, so writing 100,000 annotations as 2,000 rows is much
 * quicker than as 100,000 (docs/performance.md: import). A row
 * indexes its annotations' ids and trash times, so one annotation is found without its page.
 *
 * Each method runs in a transaction of its own, or in the caller's when its scope includes the
 * annotations (lib/db-transaction; Dexie nests them): a write reads the rows it changes and
 * rewrites them in the same transaction. Callers see annotations, never rows.
 */
export interface AnnotationTable {
  get(id: string): Promise<AnnotationRecord | undefined>;
  /** In the order of `ids`, undefined where there is none. */
  bulkGet(ids: string[]): Promise<(AnnotationRecord | undefined)[]>;
  /** What is stored under these records' ids (on whatever page), in their order: a bulkGet that expects them on the pages they name. */
  storedAs(records: AnnotationRecord[]): Promise<(AnnotationRecord | undefined)[]>;
  /** Each page's annotations, trash included, in the order of `keys`. */
  ofPages(keys: string[]): Promise<AnnotationRecord[][]>;
  ofPage(key: string): Promise<AnnotationRecord[]>;
  all(): Promise<AnnotationRecord[]>;
  /** The annotations in the trash (with their pages' or on their own). */
  trashed(): Promise<AnnotationRecord[]>;
  count(): Promise<number>;
  /** Adds or replaces by id; an annotation given under another page moves there. */
  put(records: AnnotationRecord[]): Promise<void>;
  /** Deletes for good what went to the trash at or before `cutoff`; returns how many. */
  purgeTrashedUpTo(cutoff: number): Promise<number>;
}

export interface AnnotationPack {
  pageKey: string;
  items: AnnotationRecord[];
  /** Index columns (multi-entry): the items' ids, and when those in the trash went there. */
  ids: string[];
  trashed: number[];
}

export const PACK_SCHEMA = 'pageKey, *ids, *trashed';

export function packOf(pageKey: string, items: AnnotationRecord[]): AnnotationPack {
  return { pageKey, items, ids: items.map((a) => a.id), trashed: [...new Set(items.flatMap((a) => (a.deleted == null ? [] : [a.deleted])))] };
}

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

const backing = new WeakMap<AnnotationTable, Table>();

/** Remembers which Dexie table holds `annotations`, for the scope of a transaction. */
function backedBy(table: Table, annotations: AnnotationTable): AnnotationTable {
  backing.set(annotations, table);
  return annotations;
}

/** The Dexie table that holds the annotations: only a transaction's scope (lib/db-transaction) needs it. */
export function tableOf(annotations: AnnotationTable): Table {
  const table = backing.get(annotations);
  if (!table) throw new Error('not an annotation table of this module');
  return table;
}

/** The annotations with these ids among the rows' items, in the order of `ids`. */
function inOrder(rows: AnnotationPack[], ids: string[]): (AnnotationRecord | undefined)[] {
  const found = new Map<string, AnnotationRecord>();
  for (const p of rows) for (const a of p.items) found.set(a.id, a);
  return ids.map((id) => found.get(id));
}

export function packedAnnotations(table: Table<AnnotationPack, string>): AnnotationTable {
  const db = table.db;
  const reading = <T>(fn: () => Promise<T>) => db.transaction('r', table, fn);
  const writing = <T>(fn: () => Promise<T>) => db.transaction('rw', table, fn);
  const present = (ps: (AnnotationPack | undefined)[]) => ps.filter((p): p is AnnotationPack => p != null);

  /** The rows holding these ids. A multi-entry index gives a row once per id it matched. */
  function packsWith(ids: string[]): PromiseExtended<AnnotationPack[]> {
    if (ids.length === 0) return Dexie.Promise.resolve([]);
    return table
      .where('ids')
      .anyOf(ids)
      .primaryKeys()
      .then((keys) => table.bulkGet(unique(keys)))
      .then(present);
  }

  /**
   * The rows that hold these records' ids or belong to their pages. Most records are in the row
   * of the page they are given under, read whole; only the others are looked up by id (one
   * may have moved from another page). Chained on Dexie's promises: awaited through nested
   * async functions, this lookup made Dexie report PrematureCommitError.
   */
  function rowsFor(records: AnnotationRecord[]): PromiseExtended<AnnotationPack[]> {
    return table.bulkGet(unique(records.map((a) => a.pageKey))).then((found) => {
      const targets = present(found);
      const inTargets = new Set(targets.flatMap((p) => p.ids));
      return packsWith(unique(records.map((a) => a.id)).filter((id) => !inTargets.has(id))).then((elsewhere) => [
        ...targets,
        ...elsewhere.filter((p) => !targets.some((t) => t.pageKey === p.pageKey)),
      ]);
    });
  }

  async function write(packs: Map<string, AnnotationRecord[]>): Promise<void> {
    const kept = [...packs].filter(([, items]) => items.length > 0);
    const emptied = [...packs].filter(([, items]) => items.length === 0).map(([k]) => k);
    if (kept.length) await table.bulkPut(kept.map(([k, items]) => packOf(k, items)));
    if (emptied.length) await table.bulkDelete(emptied);
  }

  return backedBy(table, {
    get: (id) =>
      table
        .where('ids')
        .equals(id)
        .first()
        .then((pack) => pack?.items.find((a) => a.id === id)),
    bulkGet: (ids) => reading(async () => inOrder(await packsWith(ids), ids)),
    storedAs: (records) =>
      reading(async () =>
        inOrder(
          await rowsFor(records),
          records.map((a) => a.id),
        ),
      ),
    ofPages: (keys) => table.bulkGet(keys).then((ps) => ps.map((p) => p?.items ?? [])),
    ofPage: (key) => table.get(key).then((p) => p?.items ?? []),
    all: () => table.toArray().then((ps) => ps.flatMap((p) => p.items)),
    trashed: () =>
      table
        .where('trashed')
        .above(-Infinity)
        .distinct()
        .toArray()
        .then((ps) => ps.flatMap((p) => p.items.filter((a) => a.deleted != null))),
    count: () => table.orderBy('ids').count(),

    put: (records) =>
      writing(async () => {
        if (records.length === 0) return;
        const incoming = new Map(records.map((a) => [a.id, a]));
        const current = await rowsFor(records);
        const packs = new Map<string, AnnotationRecord[]>();
        // Replaced in place (keeping the page's order), or taken out where the page changed.
        for (const p of current) {
          packs.set(
            p.pageKey,
            p.items.flatMap((a) => {
              const next = incoming.get(a.id);
              if (!next) return [a];
              if (next.pageKey !== p.pageKey) return [];
              incoming.delete(a.id);
              return [next];
            }),
          );
        }
        for (const [k, added] of byPage(incoming.values())) packs.set(k, [...(packs.get(k) ?? []), ...added]);
        await write(packs);
      }),

    purgeTrashedUpTo: (cutoff) =>
      writing(async () => {
        const packs = await table.where('trashed').belowOrEqual(cutoff).distinct().toArray();
        let purged = 0;
        const next = new Map<string, AnnotationRecord[]>();
        for (const p of packs) {
          const kept = p.items.filter((a) => a.deleted == null || a.deleted > cutoff);
          purged += p.items.length - kept.length;
          next.set(p.pageKey, kept);
        }
        await write(next);
        return purged;
      }),
  });
}

/**
 * The layout before v5, one row per annotation: what a database whose upgrade failed still has
 * on disk, read through the same interface (lib/db-open's read-only fallback).
 */
export function flatAnnotations(table: Table<AnnotationRecord, string>): AnnotationTable {
  return backedBy(table, {
    get: (id) => table.get(id),
    bulkGet: (ids) => table.bulkGet(ids),
    storedAs: (records) => table.bulkGet(records.map((a) => a.id)),
    // One equals() read per key: IndexedDB's getAll, where anyOf() walks a cursor record by record.
    ofPages: (keys) => table.db.transaction('r', table, () => Promise.all(keys.map((k) => table.where('pageKey').equals(k).toArray()))),
    ofPage: (key) => table.where('pageKey').equals(key).toArray(),
    all: () => table.toArray(),
    trashed: () => table.where('deleted').above(-Infinity).toArray(),
    count: () => table.count(),
    put: async (records) => {
      await table.bulkPut(records);
    },
    purgeTrashedUpTo: (cutoff) => table.where('deleted').belowOrEqual(cutoff).delete(),
  });
}
