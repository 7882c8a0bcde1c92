import type { Browser } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../../scripts/fixture-server';
import { bundleForPage, median, pageWith, type Figures } from '../harness';
import { must } from '../../lib/must';

/** The in-page module: the script bundleForPage makes sets it on the page's global object. */
declare const BackupBench: typeof import('../in-page/backup');

const OUT = resolve('bench-output/pages');
/** Imports of each size, each beside its bulkPut: the machines are noisy, and one import of 100,000 takes seconds. */
const IMPORT_ROUNDS = 3;

/**
 * Export of 10,000 annotations on 1,000 pages to each format (ratio: to one JSON.stringify of
 * the same records), and import of backups of 10,000 and 100,000 annotations into an empty
 * database from the compressed file (ratio: to a bulkPut of the same records through the
 * annotation table, each import beside its own, median of IMPORT_ROUNDS; next to
 * the browser's floor for one put per record, and the same records put 50 to a row), in real
 * Chromium and IndexedDB; and the files' sizes, plain and compressed, against the 50 MB cap.
 * Also what keeping a page's annotations in rows of up to 50 costs a save: one highlight saved
 * on a page with 50, with 2,000 (its new row), and with 1,985 annotations (the saves go into a
 * row already 35 full, the most a save rewrites), as ratios to one put of the record in a
 * transaction of its own.
 */
export async function backupSuite(browser: Browser): Promise<Figures> {
  await mkdir(OUT, { recursive: true });
  await writeFile(
    join(OUT, 'backup.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Backup benchmark</title></head><body></body></html>\n',
  );
  const server = await startFixtureServer(OUT);
  const figures: Figures = {};
  try {
    const page = await pageWith(browser, server.url('backup.html'), await bundleForPage('bench/in-page/backup.ts', 'BackupBench'));
    const ex: { times: Record<string, number[]> } = await page.evaluate(() => BackupBench.measureExport(3));
    const floor = median(must(ex.times.floor, 'ex.times.floor'));
    figures['export.10k.collect.median'] = { value: median(must(ex.times.collect, 'ex.times.collect')), unit: 'ms' };
    figures['export.10k.jsonStringify.median'] = { value: floor, unit: 'ms' };
    for (const [format, times] of Object.entries(ex.times)) {
      if (format === 'collect' || format === 'floor') continue;
      figures[`export.10k.${format}.median`] = { value: median(times), unit: 'ms' };
      figures[`export.10k.${format}.ratioToStringify`] = { value: median(times) / floor, unit: 'ratio' };
    }
    for (const [n, pages] of [
      [10_000, 1_000],
      [100_000, 2_000],
    ] as const) {
      const r = await page.evaluate(([n, p, rounds]) => BackupBench.measureImport(n, p, rounds), [n, pages, IMPORT_ROUNDS] as const);
      if (r.count !== n || r.written !== n) throw new Error(`import of ${n}: ${r.written} written, ${r.count} in the database`);
      const k = `${n / 1000}k`;
      const of = (f: (run: (typeof r.runs)[number]) => number) => median(r.runs.map(f));
      figures[`import.${k}.jsonBytes`] = { value: r.bytes, unit: 'bytes' };
      figures[`import.${k}.gzBytes`] = { value: r.gzBytes, unit: 'bytes', target: 50 * 1024 * 1024 };
      figures[`import.${k}.gzip`] = { value: r.gzipMs, unit: 'ms' };
      figures[`import.${k}.readAndParse`] = { value: of((x) => x.parseMs), unit: 'ms' };
      figures[`import.${k}.apply`] = { value: of((x) => x.applyMs), unit: 'ms' };
      figures[`import.${k}.total`] = { value: of((x) => x.parseMs + x.applyMs), unit: 'ms', ...(n === 100_000 ? { target: 5_000 } : {}) };
      figures[`import.${k}.sameFileAgain`] = { value: r.againMs, unit: 'ms' };
      figures[`import.${k}.bulkPut`] = { value: of((x) => x.floorMs), unit: 'ms' };
      // Against the same rows put through the table layer: stricter than the peer, for information.
      figures[`import.${k}.ratioToBulkPut`] = { value: of((x) => (x.parseMs + x.applyMs) / x.floorMs), unit: 'ratio' };
      figures[`import.${k}.dexieBulkPut`] = { value: of((x) => x.dexieMs), unit: 'ms' };
      figures[`import.${k}.ratioToDexieBulkPut`] = {
        value: of((x) => (x.parseMs + x.applyMs) / x.dexieMs),
        unit: 'ratio',
        ...(n === 100_000 ? { target: 2 } : {}),
      };
      figures[`import.${k}.rawPutPerRecord`] = { value: r.putPerRecordMs, unit: 'ms' };
      figures[`import.${k}.rawPutPacked50`] = { value: r.putPackedMs, unit: 'ms' };
    }
    for (const existing of [50, 2_000, 1_985]) {
      const r: { times: number[]; floor: number[] } = await page.evaluate((n) => BackupBench.measureSave(n, 15), existing);
      figures[`save.onPageWith${existing}.median`] = { value: median(r.times), unit: 'ms' };
      figures[`save.onPageWith${existing}.ratioToOnePut`] = {
        value: median(r.times) / median(r.floor),
        unit: 'ratio',
        ...(existing >= 1_985 ? { target: 3 } : {}),
      };
    }
    await page.close();
  } finally {
    await server.close();
  }
  return figures;
}
