import Dexie, { type PromiseExtended, type Table } from 'dexie';
import { byPage, type AnnotationRecord } from './annotation';

/**
 * Where the annotations are kept. A page's annotations are split into chunks of at most
 * CHUNK_SIZE, one row each, in the order they were added: IndexedDB pays per request far more
 * than per byte, so an import writes a row per chunk rather than per annotation, while a save
 * rewrites only the page's last chunk, however many annotations the page has
 * (docs/performance.md: library and backup). A row indexes its annotations' ids and trash
 * times, so one annotation is found without reading its page.
 *
 * Each method runs in a transaction of its own, or in the caller's when its scope includes the
 * annotations (lib/db-transaction; Dexie nests them): a write reads the rows it changes and
 * rewrites them in the same transaction. Callers see annotations, never rows.
 */
export interface AnnotationTable {
  get(id: string): Promise<AnnotationRecord | undefined>;
  /** In the order of `ids`, undefined where there is none. */
  bulkGet(ids: string[]): Promise<(AnnotationRecord | undefined)[]>;
  /** What is stored under these records' ids (on whatever page), in their order. */
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
  /**
   * Adds annotations whose ids are stored nowhere yet (made by the caller, or looked up in the
   * same transaction): put without the lookup by id.
   */
  add(records: AnnotationRecord[]): Promise<void>;
  /** Deletes for good what went to the trash at or before `cutoff`; returns how many. */
  purgeTrashedUpTo(cutoff: number): Promise<number>;
}

/** The most annotations one row holds. */
export const CHUNK_SIZE = 50;

export const ANNOTATION_STORE = 'annotationChunks';
export const CHUNK_SCHEMA = '[pageKey+chunk], *ids, *trashed';

export interface AnnotationChunk {
  pageKey: string;
  /** The chunk's place among its page's, from 0; gaps are left where chunks emptied. */
  chunk: number;
  items: AnnotationRecord[];
  /** Index columns (multi-entry): the items' ids, and when those in the trash went there. */
  ids: string[];
  trashed: number[];
}

type ChunkKey = [string, number];

function chunkOf(pageKey: string, chunk: number, items: AnnotationRecord[]): AnnotationChunk {
  return { pageKey, chunk, items, ids: items.map((a) => a.id), trashed: [...new Set(items.flatMap((a) => (a.deleted == null ? [] : [a.deleted])))] };
}

/** Rows for annotations of pages that have none stored yet: each page's, CHUNK_SIZE to a row. */
export function chunksOf(records: Iterable<AnnotationRecord>): AnnotationChunk[] {
  return [...byPage(records)].flatMap(([pageKey, items]) => fill(pageKey, undefined, items));
}

/** `added` after the page's last chunk (or from the first, when it has none), filling it before starting another. */
function fill(pageKey: string, last: Pick<AnnotationChunk, 'chunk' | 'items'> | undefined, added: AnnotationRecord[]): AnnotationChunk[] {
  const out: AnnotationChunk[] = [];
  let n = last?.chunk ?? 0;
  let items = last ? [...last.items] : [];
  // A full last chunk is left as it is.
  let changed = false;
  for (const a of added) {
    if (items.length >= CHUNK_SIZE) {
      if (changed) out.push(chunkOf(pageKey, n, items));
      n++;
      items = [];
    }
    items.push(a);
    changed = true;
  }
  if (changed) out.push(chunkOf(pageKey, n, items));
  return out;
}

const rowKey = (r: Pick<AnnotationChunk, 'pageKey' | 'chunk'>) => `${r.chunk}\u001f${r.pageKey}`;

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

interface Row {
  items: AnnotationRecord[];
}

/** The annotations with these ids among the rows' items, in the order of `ids`. */
function inOrder(rows: Row[], ids: string[]): (AnnotationRecord | undefined)[] {
  const found = new Map<string, AnnotationRecord>();
  for (const p of rows) for (const a of p.items) found.set(a.id, a);
  return ids.map((id) => found.get(id));
}

const present = <R>(rs: (R | undefined)[]) => rs.filter((r): r is R => r != null);

/**
 * The reads of a table of rows that index their items' ids and trash times; `pageRows` reads
 * the rows of each page, in order. Chained on Dexie's promises, which keep the caller's
 * transaction: awaited through nested async functions, lookups like these made Dexie report
 * PrematureCommitError.
 */
function rowReads<R extends Row>(table: Table<R>, pageRows: (keys: string[]) => PromiseExtended<R[][]>) {
  const db = table.db;
  /** The rows holding these ids. A multi-entry index gives a row once per id it matched. */
  const rowsWith = (ids: string[]) =>
    ids.length === 0
      ? Dexie.Promise.resolve<R[]>([])
      : table
          .where('ids')
          .anyOf(ids)
          .primaryKeys()
          .then((keys) => table.bulkGet([...new Map(keys.map((k) => [JSON.stringify(k), k])).values()]))
          .then(present);
  /**
   * The rows holding these records' ids. A page given many of them is read whole, rows and all
   * (`whole`), since they are most likely there; the others are looked up by id, as one may be
   * on another page.
   */
  const rowsFor = (records: AnnotationRecord[]) => {
    const many = [...byPage(records)].filter(([, xs]) => xs.length >= CHUNK_SIZE).map(([k]) => k);
    return (many.length ? pageRows(many) : Dexie.Promise.resolve<R[][]>([])).then((lists) => {
      const whole = new Map(many.map((k, i) => [k, lists[i] ?? []]));
      const read = [...whole.values()].flat();
      const found = new Set(read.flatMap((r) => r.items.map((a) => a.id)));
      return rowsWith([...new Set(records.map((a) => a.id))].filter((id) => !found.has(id))).then((elsewhere) => ({ rows: [...read, ...elsewhere], whole }));
    });
  };
  const byIds = (ids: string[]) => db.transaction('r', table, () => rowsWith(ids).then((rows) => inOrder(rows, ids)));
  return {
    rowsFor,
    reads: {
      get: (id: string) =>
        table
          .where('ids')
          .equals(id)
          .first()
          .then((row) => row?.items.find((a) => a.id === id)),
      bulkGet: byIds,
      storedAs: (records: AnnotationRecord[]) =>
        db.transaction('r', table, () =>
          rowsFor(records).then(({ rows }) =>
            inOrder(
              rows,
              records.map((a) => a.id),
            ),
          ),
        ),
      ofPages: (keys: string[]) => db.transaction('r', table, () => pageRows(keys)).then((lists) => lists.map((rows) => rows.flatMap((r) => r.items))),
      ofPage: (key: string) => pageRows([key]).then((lists) => (lists[0] ?? []).flatMap((r) => r.items)),
      all: () => table.toArray().then((rows) => rows.flatMap((r) => r.items)),
      trashed: () =>
        table
          .where('trashed')
          .above(-Infinity)
          .distinct()
          .toArray()
          .then((rows) => rows.flatMap((r) => r.items.filter((a) => a.deleted != null))),
      count: () => table.orderBy('ids').count(),
    },
  };
}

export function chunkedAnnotations(table: Table<AnnotationChunk, ChunkKey>): AnnotationTable {
  const db = table.db;
  const writing = <T>(fn: () => Promise<T>) => db.transaction('rw', table, fn);
  const ofPage = (k: string) => table.where(':id').between([k, Dexie.minKey], [k, Dexie.maxKey]);
  const { rowsFor, reads } = rowReads(table, (keys) => Dexie.Promise.all(keys.map((k) => ofPage(k).toArray())));

  /** Writes the changed rows, and deletes those left empty. */
  async function write(rows: Iterable<AnnotationChunk>): Promise<void> {
    const all = [...rows];
    const kept = all.filter((r) => r.items.length > 0);
    const emptied = all.filter((r) => r.items.length === 0).map((r): ChunkKey => [r.pageKey, r.chunk]);
    if (kept.length) await table.bulkPut(kept);
    if (emptied.length) await table.bulkDelete(emptied);
  }

  /** Puts `added` after their pages' last rows, and writes those with the rows already `changed`. */
  async function append(changed: Map<string, AnnotationChunk>, added: AnnotationRecord[], whole: Map<string, AnnotationChunk[]>): Promise<void> {
    const pages = [...byPage(added)];
    // Only each page's last row is read, unless the page was read whole already.
    const lasts = await Dexie.Promise.all(pages.map(([k]) => (whole.has(k) ? Dexie.Promise.resolve(whole.get(k)?.at(-1)) : ofPage(k).last())));
    pages.forEach(([k, items], i) => {
      const stored = lasts[i];
      const last = stored && (changed.get(rowKey(stored)) ?? stored);
      for (const row of fill(k, last, items)) changed.set(rowKey(row), row);
    });
    await write(changed.values());
  }

  return backedBy(table, {
    ...reads,

    add: (records) => writing(() => (records.length ? append(new Map(), records, new Map()) : Dexie.Promise.resolve())),

    put: (records) =>
      writing(async () => {
        if (records.length === 0) return;
        const incoming = new Map(records.map((a) => [a.id, a]));
        const changed = new Map<string, AnnotationChunk>();
        // Replaced in place (keeping the page's order), or taken out where the page changed.
        const { rows, whole } = await rowsFor([...incoming.values()]);
        for (const row of rows) {
          const items = row.items.flatMap((a) => {
            const next = incoming.get(a.id);
            if (!next) return [a];
            if (next.pageKey !== row.pageKey) return [];
            incoming.delete(a.id);
            return [next];
          });
          changed.set(rowKey(row), chunkOf(row.pageKey, row.chunk, items));
        }
        // The rest are new to their pages.
        await append(changed, [...incoming.values()], whole);
      }),

    purgeTrashedUpTo: (cutoff) =>
      writing(async () => {
        const rows = await table.where('trashed').belowOrEqual(cutoff).distinct().toArray();
        let purged = 0;
        const next = rows.map((r) => {
          const kept = r.items.filter((a) => a.deleted == null || a.deleted > cutoff);
          purged += r.items.length - kept.length;
          return chunkOf(r.pageKey, r.chunk, kept);
        });
        await write(next);
        return purged;
      }),
  });
}

/** A row of versions 5 and 6: all of a page's annotations. */
interface PageRow extends Row {
  pageKey: string;
}

const readOnlyLayout = () => Promise.reject(new Error('this layout of the annotations is only read'));

/**
 * The layouts before v7, for reading only: what a database whose upgrade failed still has on
 * disk (lib/db-open's read-only fallback, which refuses every write). From v5 a page's
 * annotations were one row.
 */
export function pageRowAnnotations(table: Table<PageRow, string>): AnnotationTable {
  const { reads } = rowReads(table, (keys) => table.bulkGet(keys).then((rows) => rows.map((r) => (r ? [r] : []))));
  return backedBy(table, { ...reads, put: readOnlyLayout, add: readOnlyLayout, purgeTrashedUpTo: readOnlyLayout });
}

/** Before v5, one row per annotation. */
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
    put: readOnlyLayout,
    add: readOnlyLayout,
    purgeTrashedUpTo: readOnlyLayout,
  });
}
