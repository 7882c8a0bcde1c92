import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { AnnotationRecord } from '@/lib/annotation';
import {
  chunkedAnnotations,
  CHUNK_SCHEMA,
  CHUNK_SIZE,
  flatAnnotations,
  pageRowAnnotations,
  tableOf,
  type AnnotationChunk,
  type AnnotationTable,
} from '@/lib/annotation-table';
import { asV5Rows, V1_ANNOTATION } from './v1-fixture';
import { must } from '../../lib/must';

const PAGE_A = 'https://reviews.example/a';
const PAGE_B = 'https://reviews.example/b';

function note(id: string, pageKey: string, extra: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return { ...(V1_ANNOTATION as AnnotationRecord), id, pageKey, url: pageKey, ...extra };
}

const byId = (xs: AnnotationRecord[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

let open: Dexie | undefined;
afterEach(async () => {
  await open?.delete();
  open = undefined;
});

/** A table in a database of its own; each write's rows put go to `puts`, as [pageKey, chunk, how many items]. */
function chunked(puts: [string, number, number][][] = []): AnnotationTable {
  open = new Dexie(`chunked-${Math.random()}`);
  open.version(1).stores({ annotationChunks: CHUNK_SCHEMA });
  open.use({
    stack: 'dbcore',
    name: 'record-puts',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'put') puts.push((req.values as AnnotationChunk[]).map((r) => [r.pageKey, r.chunk, r.items.length]));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return chunkedAnnotations(open.table<AnnotationChunk, [string, number]>('annotationChunks'));
}

/** Runs `fn` in a read-write transaction, as every caller does. */
const inTx = <T>(t: AnnotationTable, fn: () => Promise<T>) => must(open, 'open').transaction('rw', tableOf(t), fn);

describe('annotations stored in rows of a page’s annotations', () => {
  const make = () => Promise.resolve(chunked());
  it('puts, replaces by id and reads back by id, by page and all', async () => {
    const t = await make();
    const [a1, a2, b1] = [note('a1', PAGE_A), note('a2', PAGE_A), note('b1', PAGE_B)];
    await inTx(t, () => t.put([a1, b1]));
    // Outside any transaction: the write makes its own.
    await t.put([a2]);
    const edited = { ...a1, note: 'edited' };
    await inTx(t, () => t.put([edited]));
    expect(await t.get('a1')).toEqual(edited);
    expect(await t.get('missing')).toBeUndefined();
    expect(await t.bulkGet(['b1', 'missing', 'a2'])).toEqual([b1, undefined, a2]);
    expect(byId(await t.ofPage(PAGE_A))).toEqual([edited, a2]);
    expect((await t.ofPages([PAGE_B, 'https://reviews.example/none', PAGE_A])).map(byId)).toEqual([[b1], [], [edited, a2]]);
    expect(byId(await t.all())).toEqual([edited, a2, b1]);
    expect(await t.count()).toBe(3);
  });

  it('an annotation given under another page moves there, and is nowhere else', async () => {
    const t = await make();
    await inTx(t, () => t.put([note('a1', PAGE_A), note('a2', PAGE_A)]));
    const moved = note('a1', PAGE_B);
    await inTx(t, () => t.put([moved]));
    expect(await t.ofPage(PAGE_A)).toEqual([note('a2', PAGE_A)]);
    expect(await t.ofPage(PAGE_B)).toEqual([moved]);
    expect(await t.get('a1')).toEqual(moved);
    expect(await t.count()).toBe(2);
  });

  it('finds what is in the trash, and purges only what went there by the cutoff', async () => {
    const t = await make();
    const [old, recent, live] = [note('old', PAGE_A, { deleted: 100 }), note('recent', PAGE_A, { deleted: 300 }), note('live', PAGE_B)];
    await inTx(t, () => t.put([old, recent, live, note('alone', PAGE_B, { deleted: 50 })]));
    expect(byId(await t.trashed()).map((a) => a.id)).toEqual(['alone', 'old', 'recent']);
    // Restored: no longer in the trash.
    await inTx(t, () => t.put([note('alone', PAGE_B)]));
    expect(byId(await t.trashed()).map((a) => a.id)).toEqual(['old', 'recent']);
    expect(await inTx(t, () => t.purgeTrashedUpTo(200))).toBe(1);
    expect(byId(await t.all()).map((a) => a.id)).toEqual(['alone', 'live', 'recent']);
    expect(await inTx(t, () => t.purgeTrashedUpTo(1_000))).toBe(1);
    expect(await t.ofPage(PAGE_A)).toEqual([]);
    expect(await t.count()).toBe(2);
  });

  it('a write that fails inside a transaction leaves what was stored', async () => {
    const t = await make();
    await inTx(t, () => t.put([note('a1', PAGE_A)]));
    await expect(
      inTx(t, async () => {
        await t.put([note('a1', PAGE_A, { note: 'changed' }), note('a2', PAGE_A)]);
        throw new Error('later in the same transaction');
      }),
    ).rejects.toThrow('later in the same transaction');
    expect(await t.all()).toEqual([note('a1', PAGE_A)]);
  });
});

type Rows = { pageKey: string; chunk: number; ids: string[]; trashed: number[] }[];
const rows = () => must(open, 'open').table<AnnotationChunk, [string, number]>('annotationChunks').toArray() as Promise<Rows>;

describe('rows of a page’s annotations', () => {
  it('keeps each row’s index columns true to its items, and drops a row left empty', async () => {
    const t = chunked();
    await inTx(t, () => t.put([note('a1', PAGE_A), note('a2', PAGE_A, { deleted: 7 }), note('b1', PAGE_B)]));
    expect((await rows()).map((p) => [p.pageKey, p.chunk, p.ids, p.trashed])).toEqual([
      [PAGE_A, 0, ['a1', 'a2'], [7]],
      [PAGE_B, 0, ['b1'], []],
    ]);
    await inTx(t, () => t.put([note('b1', PAGE_A)]));
    expect((await rows()).map((p) => [p.pageKey, p.chunk, p.ids])).toEqual([[PAGE_A, 0, ['a1', 'a2', 'b1']]]);
  });

  it('fills a page’s rows up to CHUNK_SIZE in the order added; a new annotation rewrites only the page’s last row, and a full one is left as it is', async () => {
    const puts: [string, number, number][][] = [];
    const t = chunked(puts);
    const first = Array.from({ length: 2 * CHUNK_SIZE + 3 }, (_, i) => note(`a${String(i).padStart(3, '0')}`, PAGE_A));
    await inTx(t, () => t.put(first));
    expect((await rows()).map((r) => [r.pageKey, r.chunk, r.ids.length])).toEqual([
      [PAGE_A, 0, CHUNK_SIZE],
      [PAGE_A, 1, CHUNK_SIZE],
      [PAGE_A, 2, 3],
    ]);
    puts.length = 0;
    await t.add([note('new-1', PAGE_A)]);
    expect(puts).toEqual([[[PAGE_A, 2, 4]]]);
    // An edit rewrites the row that holds the annotation.
    await t.put([note('a010', PAGE_A, { note: 'edited' })]);
    expect(puts[1]).toEqual([[PAGE_A, 0, CHUNK_SIZE]]);
    // The last row full: the next one starts a row of its own.
    await t.put(Array.from({ length: CHUNK_SIZE - 4 }, (_, i) => note(`fill-${String(i).padStart(2, '0')}`, PAGE_A)));
    await t.put([note('next', PAGE_A)]);
    expect(puts.at(-1)).toEqual([[PAGE_A, 3, 1]]);
    expect((await t.ofPage(PAGE_A)).map((a) => a.id)).toEqual([
      ...first.map((a) => a.id),
      'new-1',
      ...Array.from({ length: CHUNK_SIZE - 4 }, (_, i) => `fill-${String(i).padStart(2, '0')}`),
      'next',
    ]);
    expect(await t.get('a010')).toEqual(note('a010', PAGE_A, { note: 'edited' }));
    expect(await t.count()).toBe(3 * CHUNK_SIZE + 1);
  });

  it('many records for one page at once (an import): found where they are, on that page or another, and moved', async () => {
    const t = chunked();
    const onA = Array.from({ length: CHUNK_SIZE + 1 }, (_, i) => note(`a${String(i).padStart(3, '0')}`, PAGE_A));
    await inTx(t, () => t.put([...onA, note('b0', PAGE_B)]));
    const again = [...onA.slice(1).map((a) => ({ ...a, note: 'again' })), note('b0', PAGE_A), note('new', PAGE_A)];
    expect(await t.storedAs(again)).toEqual([...onA.slice(1), note('b0', PAGE_B), undefined]);
    await inTx(t, () => t.put(again));
    expect(await t.ofPage(PAGE_B)).toEqual([]);
    expect((await t.ofPage(PAGE_A)).map((a) => [a.id, a.note])).toEqual([
      [onA[0]?.id, V1_ANNOTATION.note],
      ...onA.slice(1).map((a) => [a.id, 'again']),
      ['b0', V1_ANNOTATION.note],
      ['new', V1_ANNOTATION.note],
    ]);
    expect(await t.count()).toBe(CHUNK_SIZE + 3);
  });

  it('a row emptied by a purge is deleted, and the page’s others keep their order', async () => {
    const t = chunked();
    const items = Array.from({ length: CHUNK_SIZE + 2 }, (_, i) => note(`a${String(i).padStart(3, '0')}`, PAGE_A, i < CHUNK_SIZE ? { deleted: 10 } : {}));
    await inTx(t, () => t.put(items));
    expect(await inTx(t, () => t.purgeTrashedUpTo(10))).toBe(CHUNK_SIZE);
    expect((await rows()).map((r) => [r.chunk, r.ids])).toEqual([[1, [`a0${CHUNK_SIZE}`, `a0${CHUNK_SIZE + 1}`]]]);
    await t.put([note('later', PAGE_A)]);
    expect((await t.ofPage(PAGE_A)).map((a) => a.id)).toEqual([`a0${CHUNK_SIZE}`, `a0${CHUNK_SIZE + 1}`, 'later']);
  });
});

/** The layouts of released versions, as a database whose upgrade failed still has them on disk: read only. */
describe.each([
  [
    'one row per page (v5, v6)',
    async (records: AnnotationRecord[]) => {
      open = new Dexie(`packed-${Math.random()}`);
      open.version(1).stores({ annotationPacks: 'pageKey, *ids, *trashed' });
      await open.table('annotationPacks').bulkPut(asV5Rows(records));
      return pageRowAnnotations(open.table('annotationPacks'));
    },
  ],
  [
    'one row per annotation (before v5)',
    async (records: AnnotationRecord[]) => {
      open = new Dexie(`flat-${Math.random()}`);
      open.version(1).stores({ annotations: 'id, pageKey, deleted' });
      await open.table('annotations').bulkPut(records);
      return flatAnnotations(open.table<AnnotationRecord, string>('annotations'));
    },
  ],
] as const)('annotations stored %s', (_name, make) => {
  it('are read by id, by page, in the trash and all; writes are refused', async () => {
    const [a1, a2, b1] = [note('a1', PAGE_A), note('a2', PAGE_A, { deleted: 9 }), note('b1', PAGE_B)];
    const t = await make([a1, a2, b1]);
    expect(await t.get('a2')).toEqual(a2);
    expect(await t.get('missing')).toBeUndefined();
    expect(await t.bulkGet(['b1', 'missing', 'a1'])).toEqual([b1, undefined, a1]);
    expect(await t.storedAs([note('a1', PAGE_B)])).toEqual([a1]);
    expect((await t.ofPages([PAGE_B, 'https://reviews.example/none', PAGE_A])).map(byId)).toEqual([[b1], [], [a1, a2]]);
    expect(byId(await t.ofPage(PAGE_A))).toEqual([a1, a2]);
    expect(byId(await t.all())).toEqual([a1, a2, b1]);
    expect(await t.trashed()).toEqual([a2]);
    expect(await t.count()).toBe(3);
    await expect(t.put([note('a3', PAGE_A)])).rejects.toThrow('only read');
    await expect(t.add([note('a3', PAGE_A)])).rejects.toThrow('only read');
    await expect(t.purgeTrashedUpTo(100)).rejects.toThrow('only read');
  });
});
