import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { startFixtureServer } from '../../scripts/fixture-server';
import { bundleForPage, median, pageWith, type Figures } from '../harness';

/** The in-page module: the script bundleForPage makes sets it on the page's global object. */
declare const LibraryBench: typeof import('../in-page/library');

const OUT = resolve('bench-output/pages');
const PAGES = 1000;
const PER_PAGE = 10;
const TARGET_MS = 50;

/**
 * The library's search with 10,000 annotations on 1,000 pages, in the page's real IndexedDB:
 * each query the library view sends (through the Dexie indexes), next to a naive peer that
 * reads every record and tests each with a case-insensitive substring search, for the same
 * text queries in the same run; and the filters' facets.
 */
export async function librarySuite(browser: Browser): Promise<Figures> {
  await mkdir(OUT, { recursive: true });
  await writeFile(
    join(OUT, 'library.html'),
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Library benchmark</title>\n</head>\n<body></body>\n</html>\n',
  );
  const server = await startFixtureServer(OUT);
  const script = await bundleForPage('bench/in-page/library.ts', 'LibraryBench');
  const figures: Figures = {};
  try {
    const page = await pageWith(browser, server.url('library.html'), script);
    const seeded = await page.evaluate(([p, n]) => LibraryBench.seed(p, n, 11), [PAGES, PER_PAGE] as const);
    if (seeded.pages !== PAGES || seeded.annotations !== PAGES * PER_PAGE + 1) {
      throw new Error(`seeded ${seeded.pages} pages and ${seeded.annotations} annotations, not ${PAGES} and ${PAGES * PER_PAGE + 1}`);
    }
    const r: { ours: Record<string, number[]>; peer: Record<string, number[]>; facets: number[] } = await page.evaluate(() => LibraryBench.measure(9));
    await page.evaluate(() => LibraryBench.cleanup());
    await page.close();

    let worst = 0;
    for (const [name, times] of Object.entries(r.ours)) {
      const m = median(times);
      worst = Math.max(worst, m);
      figures[`library.search.${name}.median`] = { value: m, unit: 'ms', target: TARGET_MS };
    }
    figures['library.search.worst.median'] = { value: worst, unit: 'ms', target: TARGET_MS };
    const scan = median(Object.values(r.peer).flat());
    figures['library.scan.median'] = { value: scan, unit: 'ms' };
    figures['library.search.ratioToScan'] = { value: worst / scan, unit: 'ratio' };
    figures['library.facets.median'] = { value: median(r.facets), unit: 'ms' };
  } finally {
    await server.close();
  }
  return figures;
}
