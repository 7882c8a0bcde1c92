import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { ReviewDb, type PageRecord } from '@/lib/db';
import { readOnly, readWrite } from '@/lib/db-transaction';
import type { AnnotationRecord } from '@/lib/annotation';
import { V1_ANNOTATION, V1_PAGE } from './v1-fixture';

const PAGE: PageRecord = { ...V1_PAGE, corrections: {}, deleted: null };
const ANNOTATION = V1_ANNOTATION as AnnotationRecord;

let db: ReviewDb;
afterEach(async () => {
  await db.delete();
});

it('a transaction over pages and annotations keeps all of its writes or none', async () => {
  db = new ReviewDb(`tx-${Math.random()}`);
  await expect(
    readWrite(db, ['pages', 'annotations'], async () => {
      await db.pages.put(PAGE);
      await db.annotations.put([ANNOTATION]);
      throw new Error('later in the same transaction');
    }),
  ).rejects.toThrow('later in the same transaction');
  expect(await readOnly(db, ['pages', 'annotations'], () => Promise.all([db.pages.count(), db.annotations.count()]))).toEqual([0, 0]);

  await readWrite(db, ['pages', 'annotations'], async () => {
    await db.pages.put(PAGE);
    await db.annotations.put([ANNOTATION]);
  });
  expect(await readOnly(db, ['pages', 'annotations'], () => Promise.all([db.pages.count(), db.annotations.get(ANNOTATION.id)]))).toEqual([1, ANNOTATION]);
});

it('the annotations are out of reach of a transaction that does not name them (IndexedDB finds no such store in it)', async () => {
  db = new ReviewDb(`tx-${Math.random()}`);
  await expect(readOnly(db, ['pages'], () => db.annotations.all())).rejects.toMatchObject({ name: 'NotFoundError' });
  await expect(readOnly(db, ['annotations'], () => db.annotations.all())).resolves.toEqual([]);
});
