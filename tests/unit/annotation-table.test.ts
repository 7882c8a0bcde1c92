import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { AnnotationRecord } from '@/lib/annotation';
import { flatAnnotations, packedAnnotations, PACK_SCHEMA, tableOf, type AnnotationPack, type AnnotationTable } from '@/lib/annotation-table';
import { V1_ANNOTATION } from './v1-fixture';
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

/** The two layouts, each in a database of its own: what they answer must be the same. */
const layouts: [string, () => Promise<AnnotationTable>][] = [
  [
    'one row per page (v5)',
    () => {
      open = new Dexie(`packed-${Math.random()}`);
      open.version(1).stores({ annotationPacks: PACK_SCHEMA });
      return Promise.resolve(packedAnnotations(open.table<AnnotationPack, string>('annotationPacks')));
    },
  ],
  [
    'one row per annotation (before v5)',
    () => {
      open = new Dexie(`flat-${Math.random()}`);
      open.version(1).stores({ annotations: 'id, pageKey, deleted' });
      return Promise.resolve(flatAnnotations(open.table<AnnotationRecord, string>('annotations')));
    },
  ],
];

/** Runs `fn` in a read-write transaction, as every caller does. */
const inTx = <T>(t: AnnotationTable, fn: () => Promise<T>) => must(open, 'open').transaction('rw', tableOf(t), fn);

describe.each(layouts)('annotations stored %s', (_name, make) => {
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

describe('one row per page', () => {
  it('keeps each row’s index columns true to its items, and drops a row left empty', async () => {
    const [, make] = must(layouts[0], 'layouts[0]');
    const t = await make();
    await inTx(t, () => t.put([note('a1', PAGE_A), note('a2', PAGE_A, { deleted: 7 }), note('b1', PAGE_B)]));
    const rows = () => must(open, 'open').table<AnnotationPack, string>('annotationPacks').orderBy('pageKey').toArray();
    expect((await rows()).map((p) => [p.pageKey, p.ids, p.trashed])).toEqual([
      [PAGE_A, ['a1', 'a2'], [7]],
      [PAGE_B, ['b1'], []],
    ]);
    await inTx(t, () => t.put([note('b1', PAGE_A)]));
    expect((await rows()).map((p) => [p.pageKey, p.ids])).toEqual([[PAGE_A, ['a1', 'a2', 'b1']]]);
  });
});
