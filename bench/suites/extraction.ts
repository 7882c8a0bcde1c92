import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { startFixtureServer } from '../../scripts/fixture-server';
import { bundleForPage, median, pageWith, type Figures } from '../harness';

/** The in-page module: the script bundleForPage makes sets it on the page's global object. */
declare const ExtractionBench: typeof import('../in-page/extraction');

const OUT = resolve('bench-output/pages');

/** The seed page grown to about 2 MB: many more paragraphs in the post, the sidebar and comments. */
async function makeLargePage(): Promise<void> {
  const seed = await readFile('tests/fixtures/seed-review.html', 'utf8');
  const para = (i: number) =>
    `<p>Paragraph ${i}: Beijing’s engagement with the five republics spans customs, weaponry, organised crime and border defence; ` +
    `analysts in Almaty, Bishkek and Tashkent read each agreement differently, and the trade figures move from $463 million to $50.2 billion.</p>\n`;
  let body = '';
  for (let i = 0; body.length < 1_400_000; i++) body += para(i);
  let side = '';
  for (let i = 0; side.length < 600_000; i++)
    side += `<li><a href="#">Related post ${i}: notes on Central Asian security</a> <time>June ${(i % 28) + 1}, 2024</time></li>\n`;
  const big = seed.replace('<p><strong>By: Riyaz', `${body}<p><strong>By: Riyaz`).replace('</aside>', `<ul class="related">${side}</ul></aside>`);
  await writeFile(join(OUT, 'large-review.html'), big);
}

export async function extractionSuite(browser: Browser): Promise<Figures> {
  await mkdir(OUT, { recursive: true });
  await makeLargePage();
  const fixtures = await startFixtureServer(resolve('tests/fixtures'));
  const generated = await startFixtureServer(OUT);
  const script = await bundleForPage('bench/in-page/extraction.ts', 'ExtractionBench');
  const figures: Figures = {};
  try {
    for (const [name, url, runs] of [
      ['seed', fixtures.url('seed-review.html'), 40],
      ['2mb', generated.url('large-review.html'), 15],
    ] as const) {
      const page = await pageWith(browser, url, script);
      const r = await page.evaluate((runs) => ExtractionBench.measure(runs), runs);
      if (!r.isReview) throw new Error(`the extractor did not recognise ${name} as a review`);
      const ex = median(r.extract);
      const walk = median(r.walk);
      figures[`extract.${name}.median`] = { value: ex, unit: 'ms' };
      figures[`extract.${name}.textWalk.median`] = { value: walk, unit: 'ms' };
      // The guard is the 2 MB page's: on a page as small as the seed the walk takes microseconds.
      figures[`extract.${name}.ratioToTextWalk`] = { value: ex / walk, unit: 'ratio', ...(name === '2mb' ? { target: 3 } : {}) };
      await page.close();
    }
    // A rule learned on one page of a site, applied on another: in the time of the extraction itself.
    const taught = await pageWith(browser, fixtures.url('seed-review.html'), script);
    const sr = await taught.evaluate(() => ExtractionBench.withSiteRules(40));
    if (sr.applied !== sr.rules || sr.rules < 4) throw new Error(`site rules: ${sr.applied} of ${sr.rules} applied`);
    figures['siteRules.seed.extractWithRules.median'] = { value: median(sr.withRules), unit: 'ms' };
    figures['siteRules.seed.ratioToExtraction'] = { value: median(sr.withRules) / median(sr.plain), unit: 'ratio', target: 1.5 };
    await taught.close();
    const news = await pageWith(browser, fixtures.url('pages/not-a-review.html'), script);
    const nr = await news.evaluate(() => ExtractionBench.contentScriptWork(50));
    figures['contentScript.nonReview.median'] = { value: median(nr.times), unit: 'ms', target: 1 };
    figures['contentScript.nonReview.max'] = { value: Math.max(...nr.times), unit: 'ms' };
    await news.close();
  } finally {
    await fixtures.close();
    await generated.close();
  }
  return figures;
}
