import Dexie from 'dexie';
import { ReviewDb, type PageRecord } from '../../lib/db';
import { COLORS, type AnnotationRecord } from '../../lib/annotation';
import { createStore } from '../../lib/store';
import { reindexAll } from '../../lib/store/page-index';
import { parseBackup, toBackup } from '../../lib/backup/format';
import { gzip, readBackupFile } from '../../lib/backup/file';
import { applyImport, collectBackup } from '../../lib/backup/import';
import { EXPORT_FORMATS, exportFiles } from '../../lib/export/formats';
import { emptyReview, emptyWork } from '../../lib/extract/schema';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';
import { readWrite } from '../../lib/db-transaction';

/**
 * Runs in the benchmark page, on its real IndexedDB. Exports 10,000 annotations to each format
 * (next to a plain JSON.stringify of the same records: the floor any format pays), imports a
 * backup of them into an empty database (next to a plain bulkPut of the same records), and
 * imports a backup of 100,000.
 */

const WORDS =
  'steppe caravan ledger customs treaty border river harvest council merchant province garrison envoy tariff charter oasis scholar chronicle monastery bazaar dynasty courier frontier granary salt silk copper horse winter valley market bridge canal'.split(
    ' ',
  );
const TYPES = ['Book', 'Report', 'Journal article', 'Thesis'];

export function records(pages: number, annotations: number, seed = 3): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  const next = rng(seed);
  const text = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const t0 = Date.UTC(2026, 0, 1);
  const ps: PageRecord[] = [];
  for (let p = 0; p < pages; p++) {
    const url = `https://site${p % 20}.example/review/${p}`;
    ps.push({
      key: url,
      url,
      title: `Review of ${text(4)}`,
      canonicalKey: null,
      corrections: p % 7 ? {} : { work: { place: 'Almaty' } },
      extraction: {
        url,
        isReview: true,
        confidence: 0.9,
        fields: {},
        work: {
          ...emptyWork(),
          title: text(5),
          authors: [`${text(1)} ${text(1)}`, `${text(1)} ${text(1)}`],
          publisher: `${text(1)} Press`,
          date: String(1990 + (p % 35)),
          type: must(TYPES[p % 4], 'TYPES[p % 4]'),
          pages: 100 + p,
          keywords: [text(1), text(1)],
        },
        review: { ...emptyReview(), reviewer: text(2), summary: text(60) },
      },
      savedAt: t0 + p,
      updatedAt: t0 + p,
      deleted: null,
    });
  }
  const as: AnnotationRecord[] = [];
  for (let i = 0; i < annotations; i++) {
    const page = must(ps[i % pages], 'ps[i % pages]');
    // About what people highlight: a clause to a sentence (30 to 150 characters), with the
    // 32 characters of context on each side that describing a selection keeps.
    const exact = text(4 + Math.floor(next() * 16));
    as.push({
      id: `bench-${String(i).padStart(7, '0')}`,
      pageKey: page.key,
      url: page.url,
      title: page.title,
      motivation: 'highlighting',
      target: {
        quote: { type: 'TextQuoteSelector', exact, prefix: text(5).slice(-32), suffix: text(5).slice(0, 32) },
        position: { type: 'TextPositionSelector', start: i, end: i + exact.length },
      },
      color: must(COLORS[i % COLORS.length], 'COLORS[i % COLORS.length]'),
      note: i % 3 ? '' : text(3 + Math.floor(next() * 20)),
      tags: i % 4 ? [must(WORDS[i % 9], 'WORDS[i % 9]')] : [],
      created: t0 + i,
      updated: t0 + i,
      deleted: null,
    });
  }
  return { pages: ps, annotations: as };
}

const timed = async <T>(fn: () => Promise<T> | T): Promise<[number, T]> => {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
};

async function freshDb(name: string): Promise<ReviewDb> {
  await ReviewDb.delete(name);
  const db = new ReviewDb(name);
  await db.open();
  return db;
}

export async function measureExport(runs: number) {
  const data = records(1000, 10_000);
  const db = await freshDb('bench-export');
  await readWrite(db, ['pages', 'annotations'], async () => {
    await db.pages.bulkAdd(data.pages);
    await db.annotations.put(data.annotations);
  });
  await reindexAll(db);
  const out: Record<string, number[]> = { collect: [], floor: [] };
  const sizes: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    const [tc, collected] = await timed(() => collectBackup(db));
    must(out.collect, 'out.collect').push(tc);
    must(out.floor, 'out.floor').push((await timed(() => JSON.stringify(collected)))[0]);
    for (const format of EXPORT_FORMATS) {
      const [t, files] = await timed(() => exportFiles(format, collected, 'bench'));
      (out[format] ??= []).push(t);
      sizes[format] = files.reduce((n, f) => n + f.content.length, 0);
    }
  }
  db.close();
  await ReviewDb.delete('bench-export');
  return { times: out, sizes };
}

/**
 * `rounds` imports of the backup into an empty database, each followed by its floor (a bulk
 * put of the same records into another empty one), so that each pair runs under the same load.
 */
export async function measureImport(annotations: number, pages: number, rounds: number) {
  const data = records(pages, annotations, 5);
  const text = JSON.stringify(toBackup(data));
  // As the user would export and import it: compressed, the way a backup this size fits the cap.
  const [gzipMs, packed] = await timed(() => gzip(text));
  const runs: { parseMs: number; applyMs: number; floorMs: number; dexieMs: number }[] = [];
  let count = 0;
  let written = 0;
  let againMs = 0;
  for (let r = 0; r < rounds; r++) {
    const db = await freshDb(`bench-import-${annotations}`);
    const [parseMs, parsed] = await timed(async () => parseBackup(await readBackupFile(new Blob([packed as BlobPart])), 0));
    const [applyMs, result] = await timed(() => applyImport(db, parsed));
    if (r === 0) {
      count = await db.annotations.count();
      written = result.annotations.new;
      // The same file again: everything is found unchanged and nothing is written.
      const [ms, again] = await timed(async () => applyImport(db, parseBackup(await readBackupFile(new Blob([packed as BlobPart])), 0)));
      if (again.annotations.unchanged !== annotations) throw new Error(`import again: ${JSON.stringify(again.annotations)}`);
      againMs = ms;
    }
    db.close();
    await ReviewDb.delete(`bench-import-${annotations}`);
    // The floor: the same records put without validation, classification or index upkeep.
    const floorDb = await freshDb(`bench-floor-${annotations}`);
    const [floorMs] = await timed(() =>
      readWrite(floorDb, ['pages', 'annotations'], async () => {
        await floorDb.pages.bulkPut(data.pages);
        await floorDb.annotations.put(data.annotations);
      }),
    );
    floorDb.close();
    await ReviewDb.delete(`bench-floor-${annotations}`);
    const dexieMs = await plainDexieBulkPut(`bench-dexie-${annotations}`, data);
    runs.push({ parseMs, applyMs, floorMs, dexieMs });
  }
  const [putPerRecordMs] = await timed(() =>
    rawPuts(
      `bench-raw-${annotations}`,
      Array.from({ length: annotations }, (_, i) => ({ id: i })),
    ),
  );
  const packedRows = Array.from({ length: Math.ceil(annotations / PACK) }, (_, i) => ({ id: i, items: data.annotations.slice(i * PACK, (i + 1) * PACK) }));
  const [putPackedMs] = await timed(() => rawPuts(`bench-packed-${annotations}`, packedRows));
  return {
    bytes: text.length,
    gzBytes: packed.byteLength,
    gzipMs,
    runs,
    againMs,
    putPerRecordMs,
    putPackedMs,
    count,
    written,
  };
}

/**
 * The peer issue 17 names: Dexie's bulkPut of the same records, one row per annotation, into
 * tables with the indexes the annotations had before they were packed (schema v4).
 */
async function plainDexieBulkPut(name: string, data: { pages: PageRecord[]; annotations: AnnotationRecord[] }): Promise<number> {
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores({ pages: 'key', annotations: 'id, pageKey, deleted' });
  await db.open();
  const [ms] = await timed(() =>
    db.transaction('rw', db.table('pages'), db.table('annotations'), async () => {
      await db.table('pages').bulkPut(data.pages);
      await db.table('annotations').bulkPut(data.annotations);
    }),
  );
  db.close();
  await Dexie.delete(name);
  return ms;
}

/** Records per row in the packed peer: about a page's annotations. */
const PACK = 50;

/**
 * Peers for what any design pays: one IndexedDB put per record in one transaction, with no
 * index, no library and records of one number (the browser's cost per request), and the real
 * records put PACK to a row.
 */
function rawPuts(name: string, rows: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    indexedDB.deleteDatabase(name);
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
    open.onerror = () => reject(open.error ?? new Error(`opening ${name} failed`));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('rows', 'readwrite');
      const store = tx.objectStore('rows');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => {
        db.close();
        indexedDB.deleteDatabase(name);
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error(`writing to ${name} failed`));
    };
  });
}

/**
 * The other side of keeping annotations in rows: a highlight saved on a page that already has
 * `existing` annotations rewrites that page's last row. Median of `saves` saves through the
 * store, next to one IndexedDB put of the same record in a transaction of its own (the browser's
 * floor per save).
 */
export async function measureSave(existing: number, saves: number) {
  const data = records(1, existing + saves, 7);
  const db = await freshDb(`bench-save-${existing}`);
  const store = createStore(db);
  const page = must(data.pages[0], 'data.pages[0]');
  await readWrite(db, ['pages', 'annotations'], async () => {
    await db.pages.add(page);
    await db.annotations.put(data.annotations.slice(0, existing));
  });
  const times: number[] = [];
  for (const a of data.annotations.slice(existing)) {
    const h = { selectors: must(a.target, 'a.target'), color: must(a.color, 'a.color'), note: a.note, tags: a.tags };
    times.push((await timed(() => store.annotations.addHighlight({ url: page.url, title: page.title, canonical: null }, page.extraction, h)))[0]);
  }
  db.close();
  await ReviewDb.delete(`bench-save-${existing}`);
  const floor: number[] = [];
  for (const a of data.annotations.slice(existing)) floor.push((await timed(() => rawPuts(`bench-save-floor`, [a])))[0]);
  return { times, floor };
}
