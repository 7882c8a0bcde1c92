import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { startFixtureServer } from '../../scripts/fixture-server';
import { bundleForPage, median, pageWith, type Figures } from '../harness';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';

/** The in-page module: the script bundleForPage makes sets it on the page's global object. */
declare const AnchoringBench: typeof import('../in-page/anchoring');

const OUT = resolve('bench-output/pages');
const QUOTES = 500;

/**
 * About 1 MB of text in the markup of a long article: sections with headings, paragraphs with
 * links and emphasis, lists, tables, line breaks and indented source, from a seeded generator
 * (so random quotes are mostly, not always, unique, as in real prose).
 */
async function makeAnchoringPage(): Promise<string> {
  const next = rng(2024);
  const syllables = ['ka', 'ri', 'to', 'mes', 'an', 'dor', 'vel', 'sun', 'ta', 'ber', 'lo', 'qui', 'ra', 'zen', 'hol', 'mi', 'at', 'gra', 'po', 'lis'];
  const vocab = Array.from({ length: 1200 }, () => {
    let w = '';
    const n = 1 + Math.floor(next() * 3);
    for (let i = 0; i < n; i++) w += must(syllables[Math.floor(next() * syllables.length)], 'a syllable');
    return w;
  });
  const common = 'the of and to in a is that for it as was with by on from at which'.split(' ');
  const word = () =>
    next() < 0.35
      ? must(common[Math.floor(next() * common.length)], 'common[Math.floor(next() * common.length)]')
      : must(vocab[Math.floor(next() * vocab.length)], 'vocab[Math.floor(next() * vocab.length)]');
  const sentence = () => {
    const n = 8 + Math.floor(next() * 18);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) {
      const w = word();
      const r = next();
      ws.push(r < 0.04 ? `<a href="#">${w}</a>` : r < 0.07 ? `<em>${w}</em>` : r < 0.09 ? `<strong>${w}</strong>` : w);
    }
    const s = ws.join(' ');
    return must(s[0], 's[0]').toUpperCase() + s.slice(1) + (next() < 0.1 ? `&nbsp;(${Math.floor(next() * 2024)})` : '') + '.';
  };
  const para = () => `    <p>${Array.from({ length: 3 + Math.floor(next() * 5) }, sentence).join(' ')}</p>\n`;
  let body = '<article>\n';
  let text = 0;
  for (let section = 0; text < 1_000_000; section++) {
    let s = `  <section>\n    <h2>Section ${section}: ${sentence()}</h2>\n`;
    for (let i = 0; i < 6; i++) s += para();
    const r = next();
    if (r < 0.3) s += `    <ul>\n${Array.from({ length: 5 }, () => `      <li>${sentence()}</li>\n`).join('')}    </ul>\n`;
    else if (r < 0.5)
      s += `    <table>\n${Array.from({ length: 4 }, () => `      <tr><td>${word()}</td><td>${sentence()}</td><td>${Math.floor(next() * 1e6)}</td></tr>\n`).join('')}    </table>\n`;
    else if (r < 0.7) s += `    <p class="address">${sentence()}<br>${sentence()}<br>${sentence()}</p>\n`;
    s += '  </section>\n';
    body += s;
    text += s.replace(/<[^>]+>/g, '').length;
  }
  body += '</article>\n';
  const html = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Anchoring benchmark</title>\n</head>\n<body>\n${body}</body>\n</html>\n`;
  await writeFile(join(OUT, 'anchoring.html'), html);
  return 'anchoring.html';
}

/**
 * Places 500 stored quotes on a page of about 1 MB of text: buildTextIndex + anchorAll on a
 * fresh index each run, next to @apache-annotator/dom's text-quote matcher finding the same
 * quotes (stopping at its first match, so it never pays for checking uniqueness), and next to
 * one plain TreeWalker walk over the page's text. Also: the same 500 after a paragraph was
 * added at the top (every quote found by its text, not its position); and painting the 500 with
 * the Highlight API and with the wrapping fallback, until the next frame is on screen.
 */
export async function anchoringSuite(browser: Browser): Promise<Figures> {
  await mkdir(OUT, { recursive: true });
  const file = await makeAnchoringPage();
  const server = await startFixtureServer(OUT);
  const script = await bundleForPage('bench/in-page/anchoring.ts', 'AnchoringBench');
  const figures: Figures = {};
  try {
    const page = await pageWith(browser, server.url(file), script);
    const info = await page.evaluate((n) => AnchoringBench.prepare(n, 7), QUOTES);
    if (info.targets !== QUOTES) throw new Error(`described only ${info.targets} of ${QUOTES} ranges`);
    const ours = await page.evaluate(() => AnchoringBench.measure(15));
    if (ours.placed !== QUOTES || ours.exact !== QUOTES) throw new Error(`anchorAll placed ${ours.placed} and ${ours.exact} exactly, of ${QUOTES}`);
    const peer = await page.evaluate(() => AnchoringBench.measurePeer(1));
    if (peer.found < QUOTES * 0.95) throw new Error(`the peer found only ${peer.found} of ${QUOTES}`);
    const shifted = await page.evaluate(() => AnchoringBench.measureShifted(5));
    if (shifted.placed !== QUOTES) throw new Error(`after the insertion, anchorAll placed ${shifted.placed} of ${QUOTES}`);
    const paintApi = await page.evaluate(() => AnchoringBench.measurePaint(7, 'highlight-api'));
    const paintWrap = await page.evaluate(() => AnchoringBench.measurePaint(3, 'wrap'));
    await page.close();

    const a = median(ours.ours);
    const p = median(peer.times);
    const w = median(ours.walk);
    figures[`anchor.${QUOTES}.median`] = { value: a, unit: 'ms' };
    figures[`anchor.peer.${QUOTES}.median`] = { value: p, unit: 'ms' };
    figures['anchor.textWalk.median'] = { value: w, unit: 'ms' };
    figures['anchor.ratioToPeer'] = { value: a / p, unit: 'ratio', target: 0.2 };
    figures['anchor.ratioToTextWalk'] = { value: a / w, unit: 'ratio', target: 5 };
    figures[`anchor.shifted.${QUOTES}.median`] = { value: median(shifted.times), unit: 'ms' };
    figures[`paint.highlightApi.${QUOTES}.call`] = { value: median(paintApi.call), unit: 'ms' };
    figures[`paint.highlightApi.${QUOTES}.toFrame`] = { value: median(paintApi.toFrame), unit: 'ms' };
    figures[`paint.wrap.${QUOTES}.call`] = { value: median(paintWrap.call), unit: 'ms' };
    figures[`paint.wrap.${QUOTES}.toFrame`] = { value: median(paintWrap.toFrame), unit: 'ms' };
  } finally {
    await server.close();
  }
  return figures;
}
