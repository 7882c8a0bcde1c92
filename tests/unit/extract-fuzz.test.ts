/**
 * Hostile and malformed pages: the extractor never throws, returns a result that fits the
 * schema, and returns within a bounded time (generous bounds: happy-dom is much slower than a
 * browser's DOM).
 */
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview, mightBeReview } from '../../lib/extract';
import { collectLines } from '../../lib/extract/lines';
import { ExtractionSchema } from '../../lib/extract/schema';
import { closeWindows, page, parseHtml } from './extract-helpers';
import { syntheticReviewPage } from './extract-synthetic';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';

afterAll(closeWindows);

const URL = 'https://example.org/fuzz';

function check(doc: Document, boundMs: number) {
  const t0 = performance.now();
  const pre = mightBeReview(doc);
  const t1 = performance.now();
  const r = extractReview(doc, URL);
  const t2 = performance.now();
  expect(typeof pre).toBe('boolean');
  const parsed = v.safeParse(ExtractionSchema, r);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.issues[0].message)).toBe(true);
  expect(t1 - t0).toBeLessThan(boundMs);
  expect(t2 - t1).toBeLessThan(boundMs);
  return r;
}

const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'a',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'br',
  'hr',
  'article',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'form',
  'section',
  'blockquote',
  'figure',
  'figcaption',
  'script',
  'style',
  'template',
  'svg',
  'label',
  'sup',
  'pre',
  'code',
  'x-custom',
];
const WORDS = [
  'Author:',
  'Publisher:',
  'Date/Place:',
  'Pages',
  'pp.',
  'ISBN',
  '978-1-80526-033-2',
  'Reviewed by',
  'By:',
  'Home',
  '›',
  '2019',
  'April 1, 2022',
  'Oxford University Press, 2018, 288 pp.',
  'LONDON:',
  'xiv + 312 pages',
  ':',
  ';',
  '&',
  'and',
  'Smith, John',
  '“',
  '”',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ud83d\ude00',
  '\ud800',
  'e\u0301',
  '中文',
  'العربية',
  '<',
  '>',
  '&amp;',
  '&#0;',
  '\u0000',
  'Title',
  'Keywords',
  'DOI: 10.1234/x.y',
  'https://example.org/a.pdf',
];
const CLASSES = ['label', 'field__label', 'breadcrumb', 'comments', 'share', 'sidebar', 'byline', 'logo', 'content', 'entry-content', 'ad', 'value', 'row'];

function randomHtml(r: () => number, size: number): string {
  const out: string[] = [];
  const pick = <T>(a: readonly T[]) => must(a[Math.floor(r() * a.length)], 'a[Math.floor(r() * a.length)]');
  for (let i = 0; i < size; i++) {
    const x = r();
    if (x < 0.35) {
      const tag = pick(TAGS);
      const attrs = r() < 0.4 ? ` class="${pick(CLASSES)}"` : r() < 0.1 ? ` href="${pick(WORDS)}"` : r() < 0.05 ? ' hidden' : '';
      out.push(`<${tag}${attrs}>`);
    } else if (x < 0.55) out.push(`</${pick(TAGS)}>`);
    else if (x < 0.6) out.push(r() < 0.5 ? '<' : '<!--');
    else out.push(` ${pick(WORDS)}`);
  }
  return out.join('');
}

describe('extractor fuzz', () => {
  it('survives 5000 levels of nesting', () => {
    const html = `<html><body><article>${'<div><span>'.repeat(2500)}Author: Jane Doe${'</span></div>'.repeat(2500)}</article></body></html>`;
    check(parseHtml(html, URL), 5000);
    // And deeper still, built with the DOM API (parsers may cap depth).
    const doc = page('<main></main>', '', URL);
    let cur: Element = must(doc.querySelector('main'), "doc.querySelector('main')");
    for (let i = 0; i < 20_000; i++) {
      const d = doc.createElement(i % 2 ? 'div' : 'b');
      cur.appendChild(d);
      cur = d;
    }
    cur.textContent = 'Publisher: Deep Press';
    check(doc, 5000);
  });

  it('returns in bounded time on 10 MB of text in one node', () => {
    const doc = page('<article><h1>Big</h1><p id="big"></p></article>', '', URL);
    must(doc.getElementById('big'), "doc.getElementById('big')").appendChild(doc.createTextNode('Author: Jane Doe. '.repeat(600_000)));
    const r = check(doc, 5000);
    expect(r.review.summary?.length ?? 0).toBeLessThanOrEqual(20_000);
  });

  it('returns in bounded time on 10 MB of text in 20,000 paragraphs', () => {
    const doc = page('<article><h1>Many</h1></article>', '', URL);
    const art = must(doc.querySelector('article'), "doc.querySelector('article')");
    const text = 'The book traces the history of the region with care, and the reviewer finds it persuasive. '.repeat(5);
    for (let i = 0; i < 20_000; i++) {
      const p = doc.createElement('p');
      p.textContent = i % 50 === 0 ? `Author: Person ${i}` : text;
      art.appendChild(p);
    }
    check(doc, 5000);
  });

  it('handles odd Unicode (surrogates, bidi controls, combining marks, NUL)', () => {
    const odd = '\ud800\udfff\ud83d \u202e\u2066\u0000\u0301\u0301e\u0301 \ufeff\u200b\u2028\u2029 中文 العربية 🏳️‍🌈 \uffff';
    const r = check(
      page(
        `<article><h1>${odd}</h1><p><b>Author${odd}:</b> ${odd}</p><p><strong>Title:</strong>${odd}</p><p>${odd.repeat(200)}</p></article>`,
        `<title>${odd}</title>`,
        URL,
      ),
      2000,
    );
    expect(r.url).toBe(URL);
  });

  it('handles unclosed tags and tag soup', () => {
    check(parseHtml('<html><body><p><b>Author:<i> Jane<p>Doe<td><tr><dl><dt>Pages<dd>66<li>ISBN<table><th>Date<td>2019</b>', URL), 2000);
    check(parseHtml('<<<>>><//p><p <b>Author:</b <!-- <script>Author: x</scr', URL), 2000);
  });

  it('handles huge attribute values', () => {
    const big = 'x'.repeat(1_000_000);
    const doc = page(
      `<article class="${big} comments" id="${big}"><h1 class="${big}">T</h1><p class="${big}"><strong class="label ${big}">Author:</strong> Jane <a href="https://example.org/${big}">link</a></p><div style="${big}">text</div></article>`,
      `<meta name="citation_title" content="${big}"><meta name="${big}" content="y">`,
      URL,
    );
    check(doc, 5000);
  });

  it('handles thousands of labels', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<p><strong>${['Author', 'Publisher', 'Pages', 'Date', 'Keywords'][i % 5]}:</strong> value ${i}</p>`,
    ).join('');
    const r = check(page(`<article><h1>Labels</h1>${rows}</article>`, '', URL), 5000);
    expect(r.isReview).toBe(false); // repeated records read as a listing
    const dl = Array.from({ length: 3000 }, (_, i) => `<dt>Author</dt><dd>Person ${i}</dd>`).join('');
    check(page(`<article><dl>${dl}</dl></article>`, '', URL), 5000);
  });

  it('handles invalid, huge and cyclic-looking JSON-LD', () => {
    const scripts = [
      '{"@type": "Review", "itemReviewed": ',
      '{"@context":"https://schema.org","@graph":[' +
        Array.from(
          { length: 20_000 },
          (_, i) => `{"@type":"Book","@id":"#b${i}","name":"B${i}","author":{"@id":"#b${(i + 1) % 20_000}"},"isPartOf":{"@id":"#b${i}"}}`,
        ).join(',') +
        ']}',
      '{"@type":"Review","@id":"#r","itemReviewed":{"@id":"#r"},"author":{"@id":"#r"}}',
      '['.repeat(50_000) + ']'.repeat(50_000),
      JSON.stringify({ '@type': 'Review', itemReviewed: { '@type': 'Book', name: 'x'.repeat(3_000_000) } }),
      '{"@type":["Review","CriticReview"],"itemReviewed":[{"@type":"Book","name":["A","B"],"author":[[{"name":1}],null,42,{"name":{"name":"deep"}}],"numberOfPages":"many"}]}',
      'null',
      '"string"',
    ];
    const head = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
    const r = check(page('<main><h1>LD</h1></main>', head, URL), 5000);
    expect(r.work.title).not.toBeNull();
  });

  it('never throws on random documents', () => {
    const r = rng(20240624);
    for (let i = 0; i < 150; i++) {
      const html = randomHtml(r, 50 + Math.floor(r() * 600));
      check(parseHtml(`<html><head><title>${randomHtml(r, 5)}</title></head><body>${html}</body></html>`, URL), 2000);
    }
  });

  it('stays close to one text walk on a 2 MB page', () => {
    const doc = parseHtml(syntheticReviewPage(2_000_000), URL);
    const median = (f: () => unknown) => {
      const ts: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        f();
        ts.push(performance.now() - t);
      }
      return must(ts.sort((a, b) => a - b)[2], 'ts.sort((a, b) => a - b)[2]');
    };
    const walk = median(() => {
      const w = doc.createTreeWalker(doc.body, 4);
      let n = 0;
      for (let x = w.nextNode(); x; x = w.nextNode()) n += (x as Text).data.length;
      return n;
    });
    const lines = median(() => collectLines(doc));
    const extract = median(() => extractReview(doc, URL));
    const r = extractReview(doc, URL);
    expect(r.isReview).toBe(true);
    expect(r.work.authors).toEqual(['Anna Korsakova']);
    // In happy-dom the line walk is about as fast as a TreeWalker walk and the whole extraction
    // about 2× it; the bound leaves room for slow CI machines.
    expect(lines).toBeLessThan(walk * 3 + 50);
    expect(extract).toBeLessThan(walk * 5 + 100);
  });
});
