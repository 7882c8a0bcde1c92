import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '@/lib/extract';
import { composedDocument, detectReview } from '@/lib/extract/composed';
import { pageTrees } from '@/lib/page-trees';
import type { Review, Work } from '@/lib/extract/schema';
import { closeWindows, page, parseHtml } from './extract-helpers';
import { must } from '../../lib/must';

const fixtures = join(__dirname, '..', 'fixtures');
const expected = JSON.parse(readFileSync(join(fixtures, 'seed-review.expected.json'), 'utf8')) as { url: string; work: Work; review: Review };
const seedHtml = readFileSync(join(fixtures, 'seed-review.html'), 'utf8');
const URL_ = 'https://reading-room.example/embedded';

afterAll(closeWindows);

/** A neutral page whose only content is a custom element; the seed review's body is in its open shadow root. */
function seedInShadowRoot(): Document {
  const doc = page(
    '<header><h1>Reading room</h1></header><review-post></review-post><footer>Reading room, all rights reserved</footer>',
    '<title>Reading room</title>',
    URL_,
  );
  const seed = parseHtml(seedHtml, expected.url);
  const root = must(doc.querySelector('review-post'), "doc.querySelector('review-post')").attachShadow({ mode: 'open' });
  for (const child of Array.from(seed.body.childNodes)) root.appendChild(doc.importNode(child, true));
  return doc;
}

describe('detection on the page as rendered', () => {
  it('finds the seed review inside an open shadow root, with its fields; the document alone says no review', () => {
    const doc = seedInShadowRoot();
    expect(extractReview(doc, URL_).isReview).toBe(false);
    const trees = pageTrees(doc).trees;
    expect(trees).toHaveLength(1);
    const got = must(detectReview(doc, URL_, trees), 'detectReview(doc, URL_, trees)');
    expect(got.isReview).toBe(true);
    expect(got.work.title).toBe(expected.work.title);
    expect(got.work.authors).toEqual(expected.work.authors);
    expect(got.work.publisher).toBe(expected.work.publisher);
    expect(got.work.pages).toBe(expected.work.pages);
    expect(got.review.reviewer).toBe(expected.review.reviewer);
  });

  it('finds the seed review in a same-origin frame, with the frame’s metadata', () => {
    const doc = page('<p>An embedding page with a short introduction.</p><span id="here"></span>', '<title>Embedded</title>', URL_);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- <frame> is deprecated, and pages still have it: this is its test
    const frame = doc.createElement('frame');
    // happy-dom loads no frames: the frame's document is given as a browser gives a same-origin one.
    Object.defineProperty(frame, 'contentDocument', { value: parseHtml(seedHtml, expected.url) });
    must(doc.getElementById('here'), "doc.getElementById('here')").replaceWith(frame);
    const embedded = pageTrees(doc);
    expect(embedded.frames).toEqual([frame]);
    const got = must(detectReview(doc, URL_, embedded.trees), 'detectReview(doc, URL_, embedded.trees)');
    expect(got.isReview).toBe(true);
    expect(got.work.title).toBe(expected.work.title);
    expect(got.work.keywords).toEqual(expected.work.keywords);
    expect(got.work.date).toBe(expected.work.date);
  });

  it('finds no review on a page whose shadow roots hold no hint of one', () => {
    const doc = page('<nav-bar></nav-bar><p>Weather for the week.</p>', '<title>Weather</title>', URL_);
    must(doc.querySelector('nav-bar'), "doc.querySelector('nav-bar')").attachShadow({ mode: 'open' }).append(doc.createTextNode('Home · News · Sport'));
    expect(detectReview(doc, URL_, pageTrees(doc).trees)).toBeNull();
  });

  it('copies the page as rendered: slots filled, unassigned light children left out, scripts dropped, JSON-LD kept, frames as blocks', () => {
    const doc = page(
      '<card-x><b slot="who">Jane Doe</b><i>not shown</i></card-x><img src="https://tracker.example/p.gif" alt=""><video src="v.mp4"></video><script>window.x = 1</script><script type="application/ld+json">{"@type":"Book"}</script>',
      '<meta name="citation_title" content="A Title"><script>evil()</script>',
      URL_,
    );
    must(doc.querySelector('card-x'), "doc .querySelector('card-x')")
      .attachShadow({ mode: 'open' })
      .append(Object.assign(doc.createElement('p'), { textContent: 'Author: ' }), doc.createElement('slot'));
    (
      must(must(doc.querySelector('card-x'), "doc.querySelector('card-x')").shadowRoot, "doc.querySelector('card-x').shadowRoot").querySelector(
        'slot',
      ) as HTMLSlotElement
    ).name = 'who';
    const flat = composedDocument(doc);
    expect(flat.defaultView).toBeNull();
    expect(flat.body.textContent).toBe('Author: Jane Doe{"@type":"Book"}');
    expect(flat.head.querySelectorAll('meta[name="citation_title"]')).toHaveLength(1);
    expect(flat.head.querySelector('script')).toBeNull();
    expect(flat.querySelectorAll('script')).toHaveLength(1);
    expect(flat.querySelectorAll('img, video')).toHaveLength(0);
  });
});
