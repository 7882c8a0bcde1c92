import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { decide, decideEmbedded, mightBeReview } from '../../lib/extract/prefilter';
import { GLIMPSE_BOUNDS, glimpse, type Glimpse } from '../../lib/extract/glimpse';
import { findMainContent } from '../../lib/extract/main-root';
import { embeddedGlimpse } from '../../entrypoints/content/embedded-hint';
import { parseRequest } from '../../lib/messages';
import { loadCorpus, loadFixtures, withDocument } from '../../scripts/corpus';
import { closeWindows, page } from './extract-helpers';

/** A glimpse with no signal in it: each test sets the one it judges. */
const EMPTY_GLIMPSE: Glimpse = {
  url: 'https://example.org/2021/01/post',
  title: 'News',
  pubMeta: false,
  heading: null,
  h1Text: null,
  entryText: null,
  ldHint: false,
  chunks: [''],
  failed: false,
};

/**
 * The prefilter in two halves: the starter reads a glimpse of the page, the background decides
 * from it. What crosses between them is JSON checked against the message's schema, so the
 * decision the background makes must be the one made from the page itself.
 */
const opened = (doc: Document) => ({ url: 'https://example.org/a', title: 'A', canonical: null, glimpse: glimpse(doc), embedded: embeddedGlimpse(doc) });
/** The glimpse as the background receives it: through JSON and the message's schema. */
const received = (doc: Document): Glimpse => parseRequest('pageOpened', JSON.parse(JSON.stringify(opened(doc)))).glimpse;

afterAll(closeWindows);

describe('the prefilter judged apart from the page', () => {
  it('decides every corpus page and fixture from what crosses to the background as it decides from the page', () => {
    const pages = [...loadCorpus(), ...loadFixtures()];
    let through = 0;
    for (const p of pages) {
      withDocument(readFileSync(p.html, 'utf8'), p.expected.url, (doc) => {
        const fromPage = mightBeReview(doc);
        expect(decide(received(doc)), `${p.split}/${p.site}/${p.slug}`).toBe(fromPage);
        if (fromPage) through++;
      });
    }
    // Both verdicts are well represented, so the comparison says something.
    expect(through).toBeGreaterThan(100);
    expect(pages.length - through).toBeGreaterThan(100);
    // It parses every corpus page, so its time grows with the corpus.
  }, 120_000);

  it('reads a bounded part of a large page, which the message accepts', () => {
    const para = `<p>${'The council met on Tuesday to discuss the new tram line and the budget. '.repeat(40)}</p>`;
    const heading = `<h1>${'Weather<br>'.repeat(500)}</h1>`;
    const doc = page(`${heading}<main>${para.repeat(400)}<p>A review of The Steppe and the Sea</p></main>`, `<title>${'News '.repeat(1000)}</title>`);
    const g = received(doc);
    expect(g.title.length).toBe(GLIMPSE_BOUNDS.title);
    expect(g.heading?.title).toBeNull();
    expect(g.heading?.lines.length).toBe(GLIMPSE_BOUNDS.headerLines);
    expect(g.chunks.length).toBeLessThanOrEqual(GLIMPSE_BOUNDS.chunks);
    expect(JSON.stringify(g).length).toBeLessThan(60_000);
    // The phrase after the first 32 KB of text is not read.
    expect(decide(g)).toBe(false);
  });

  it('sees a phrase across the boundary of two chunks, and one in the last, short chunk', () => {
    const filler = `<p>${'x'.repeat(3995)}</p>`;
    const doc = page(`<main>${filler}<p>a review</p><p>of the year</p></main>`);
    expect(glimpse(doc).chunks.at(0)?.endsWith('a review\n')).toBe(true);
    expect(mightBeReview(doc)).toBe(true);
    expect(mightBeReview(page(`<main>${filler}${filler}<p>Almaty: Silk Road Press, 2019. 312 pp.</p></main>`))).toBe(true);
  });

  it('lets a page through when reading it failed, and judges each signal of the glimpse', () => {
    const none = EMPTY_GLIMPSE;
    expect(decide(none)).toBe(false);
    expect(decide({ ...none, failed: true })).toBe(true);
    expect(decide({ ...none, pubMeta: true })).toBe(true);
    expect(decide({ ...none, ldHint: true })).toBe(true);
    expect(decide({ ...none, url: 'https://example.org/issue-brief/the-paris-package' })).toBe(true);
    // A shop's page of one book names it by its ISBN in the address; a longer number is something else's.
    expect(decide({ ...none, url: 'https://example.org/p/notamment-9782970092537' })).toBe(true);
    expect(decide({ ...none, url: 'https://example.org/p/order-97829700925371' })).toBe(false);
    expect(decide({ ...none, url: 'https://example.org/p/order-19782970092537' })).toBe(false);
    expect(decide({ ...none, heading: { title: 'The Paris Package', subtitle: null, lines: ['Issue Brief', 'The Paris Package'] } })).toBe(true);
    expect(decide({ ...none, heading: { title: 'The Paris Package', subtitle: null, lines: ['The Paris Package', 'Tuesday'] } })).toBe(false);
    expect(decide({ ...none, entryText: 'Lavr by Eugene Vodolazkin' })).toBe(true);
    expect(decide({ ...none, chunks: ['Weather\n', 'Author: Jane Doe\n'] })).toBe(true);
    expect(decide({ ...none, title: 'Kitap yorumu' })).toBe(true);
    expect(decide({ ...none, title: 'Los mejores libros del año' })).toBe(true);
  });

  it('lets through an opening that sets a work and its author on a line, or talks about a book at length', () => {
    const none: Glimpse = { ...EMPTY_GLIMPSE, url: 'https://example.org/p', title: 'Inner thoughts' };
    expect(decide({ ...none, chunks: ['Finished January 5\nMan in the Dark by Paul Auster\nAugust Brill lies awake.\n'] })).toBe(true);
    expect(decide({ ...none, chunks: ['A book that might be as good! Lessons in Chemistry by Bonnie Garmus is unique.'] })).toBe(true);
    expect(decide({ ...none, chunks: ['Website Design by Studio Nine'] })).toBe(false);
    // A credit or a sentence names no work.
    expect(decide({ ...none, chunks: ['Photo by Dan Donovan\nInteresting cameo by Jim Belushi.\n'] })).toBe(false);
    const talk = 'The novel follows a family; its author lets the reader see each chapter through a new narrator, and the novel ends well.';
    expect(decide({ ...none, chunks: [talk] })).toBe(true);
    expect(decide({ ...none, chunks: ['The author of this post is a reader of the news.'] })).toBe(false);
  });

  it('reads open shadow roots and same-origin frames for the embedded hint', () => {
    const doc = page('<div id="host"></div><p>Rain today.</p>');
    const host = doc.getElementById('host');
    if (!host) throw new Error('no host');
    expect(decideEmbedded(embeddedGlimpse(doc))).toBe(false);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>A review of The Steppe and the Sea</p>';
    expect(decideEmbedded(embeddedGlimpse(doc))).toBe(true);
    expect(decideEmbedded({ frames: [{ ...received(page('<p>x</p>')), ldHint: true }], shadowTexts: [] })).toBe(true);
  });

  it('finds the main content without counting a listing’s posts, which only the extractor needs', () => {
    const listing = page('<h2 class="entry-title">One</h2><p>a</p><h2 class="entry-title">Two</h2><p>b</p><h2 class="entry-title">Three</h2><p>c</p>');
    expect(findMainContent(listing).articles).toBe(0);
    expect(findMainContent(listing, true).articles).toBe(3);
  });

  it('counts an archive’s posts by headings that are only links, three or more of them', () => {
    const teaser = (t: string) => `<li><h2><a href="/${t}">${t}, A. Author</a></h2><p>${t} is a novel…</p><p><a href="/${t}">More</a></p></li>`;
    const archive = page(`<h1>Category: Highlights</h1><ul>${['One', 'Two', 'Three'].map(teaser).join('')}</ul>`);
    expect(findMainContent(archive, true).articles).toBe(3);
    // A blog's post links its blog's name and its own title; its body's headings are no links.
    const post = page(
      '<div class="header"><h1><a href="/">My blog</a></h1></div><h3><a href="/p">One, A. Author</a></h3><h2>Plot</h2><p>x</p><h2>Verdict</h2><p>y</p>',
    );
    expect(findMainContent(post, true).articles).toBe(0);
  });

  it('keeps the judging vocabulary out of what the starter loads', async () => {
    const out = await build({
      entryPoints: ['entrypoints/content/embedded-hint.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
      alias: { '@': '.' },
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs).toContain('lib/extract/glimpse.ts');
    for (const judge of [
      'lib/extract/prefilter.ts',
      'lib/extract/labels.ts',
      'lib/extract/page-info.ts',
      'lib/extract/pub-header.ts',
      'lib/extract/main-content.ts',
    ]) {
      expect(inputs).not.toContain(judge);
    }
  });
});
