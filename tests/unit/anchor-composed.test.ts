import { describe, expect, it } from 'vitest';
import { anchorAll, buildTextIndex, describeRange } from '@/lib/anchor';
import { el, indexPage, page, rangeOf } from './anchor-helpers';
import { must } from '../../lib/must';

/** A custom element with an open shadow root holding `shadowMarkup` (fixture markup, never user text). */
function shadowHost(selector: string, shadowMarkup: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const root = el(selector).attachShadow({ mode });
  root.innerHTML = shadowMarkup;
  return root;
}

/** Text node holding `text` under `root`. */
function textNode(root: Node, text: string): Text {
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  throw new Error(`no text node with ${text}`);
}

describe('text index of a page with shadow roots and frames (the page as rendered)', () => {
  it('reads an open shadow root in place of its host’s children, with slotted light children where their slot is', () => {
    page('<p>Before the review.</p><review-card><span slot="who">Jane Doe</span><span>unassigned light text</span></review-card><p>After it.</p>');
    shadowHost('review-card', '<h2>Inside the card</h2><p>Author: <slot name="who">nobody</slot></p><p>Pages: <slot name="pages">fallback 120</slot></p>');
    const index = indexPage();
    expect(index.text).toBe('Before the review.\nInside the card\nAuthor: Jane Doe\nPages: fallback 120\nAfter it.');
    expect(index.composed).toBe(true);
    expect(index.trees).toHaveLength(1);
  });

  it('leaves a closed shadow root out, since it cannot be read, and reads the host’s children as the page does not show them', () => {
    page('<p>Open text.</p><closed-card><span>light child</span></closed-card>');
    shadowHost('closed-card', '<p>secret shadow text</p>', 'closed');
    const index = indexPage();
    expect(index.text).not.toContain('secret');
    expect(index.composed).toBe(false);
  });

  it('maps points inside the shadow tree both ways, also points on elements', () => {
    page('<p>Light paragraph one.</p><review-card></review-card><p>Light paragraph two.</p>');
    const root = shadowHost('review-card', '<p>First <b>shadow</b> line.</p><p>Second shadow line.</p>');
    const index = indexPage();
    const bold = textNode(root, 'shadow');
    const at = index.offsetAt(bold, 2, 'start');
    expect(index.text.slice(at, at + 4)).toBe('adow');
    const [node, offset] = index.pointAt(at, 'start');
    expect(node).toBe(bold);
    expect(offset).toBe(2);
    // A boundary on the second <p> of the shadow tree: its start is that paragraph's first text.
    const second = must(root.querySelectorAll('p')[1], "root.querySelectorAll('p')[1]");
    const start = index.offsetAt(second, 0, 'start');
    expect(index.text.slice(start, start + 6)).toBe('Second');
    const end = index.offsetAt(root, 1, 'end');
    expect(index.text.slice(0, end).endsWith('First shadow line.')).toBe(true);
    // And a point in the light tree after the host.
    const after = index.offsetAt(el('body'), 2, 'start');
    expect(index.text.slice(after, after + 5)).toBe('Light');
    expect(index.text.slice(after, after + 20)).toBe('Light paragraph two.');
  });

  it('describes a selection inside a shadow root and anchors it there again after the page changed around it', () => {
    page('<p>Intro text that sits before the component.</p><review-card></review-card>');
    shadowHost('review-card', '<p>The book argues that trade routes shaped the frontier more than treaties did.</p>');
    const index = indexPage();
    const selectors = must(
      describeRange(index, rangeOf(index, 'trade routes shaped the frontier')),
      "describeRange(index, rangeOf(index, 'trade routes shaped the frontier'))",
    );
    expect(selectors.quote.exact).toBe('trade routes shaped the frontier');

    // The page is rendered again: new light text before, a new host with a new shadow root.
    page('<p>A new banner.</p><p>Intro text that sits before the component.</p><review-card></review-card>');
    const root = shadowHost('review-card', '<p>The book argues that trade routes shaped the frontier more than treaties did.</p>');
    const [hit] = anchorAll(indexPage(), [selectors]);
    expect(hit).not.toBeNull();
    expect(must(hit, 'hit').range.toString()).toBe('trade routes shaped the frontier');
    expect(must(hit, 'hit').range.startContainer.getRootNode()).toBe(root);
  });

  it('keeps a range that starts in the light tree and ends in a shadow root to the tree where it starts', () => {
    page('<p>light words here</p><review-card></review-card>');
    shadowHost('review-card', '<p>shadow words there</p>');
    const index = indexPage();
    const range = must(
      index.toRange(index.text.indexOf('words here'), index.text.indexOf(' there')),
      "index.toRange(index.text.indexOf('words here'), index.text.indexOf(' there'))",
    );
    expect(range.toString()).toBe('words here');
  });

  it('reads a same-origin frame’s body as a block where the frame is, and nothing of a frame it cannot read', () => {
    // happy-dom loads no frames (and complains of an <iframe>); a <frame> takes the same path, and
    // its document is given here as a browser would give a same-origin frame's.
    page('<p>Embedding page.</p><span id="slot1"></span><span id="slot2"></span><p>After.</p>');
    for (const id of ['same', 'other']) {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- <frame> is deprecated, and pages still have it: this is its test
      const frame = document.createElement('frame');
      frame.id = id;
      frame.textContent = `${id} fallback`;
      el(`#slot${id === 'same' ? 1 : 2}`).replaceWith(frame);
    }
    const frameDoc = document.implementation.createHTMLDocument('frame');
    frameDoc.body.innerHTML = '<h1>Framed review</h1><p>Author: Jane Doe</p>';
    Object.defineProperty(el('#same'), 'contentDocument', { value: frameDoc });
    // A cross-origin frame's contentDocument is null; a hostile getter may throw.
    Object.defineProperty(el('#other'), 'contentDocument', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    const index = indexPage();
    expect(index.text).toBe('Embedding page.\nFramed review\nAuthor: Jane Doe\nAfter.');
    expect(index.trees).toEqual([frameDoc]);
    expect(index.frames.map((f) => f.id)).toEqual(['same', 'other']);
    const author = index.offsetAt(textNode(frameDoc.body, 'Jane'), 8, 'start');
    expect(index.text.slice(author, author + 8)).toBe('Jane Doe');
  });

  it('stops at a bounded depth of shadow roots nested in shadow roots', () => {
    page('<x-n></x-n>');
    let host = el('x-n');
    for (let i = 0; i < 100; i++) {
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<span>level ${i} </span><x-n></x-n>`;
      host = must(root.querySelector<HTMLElement>('x-n'), 'the nested host');
    }
    const index = buildTextIndex(document.body);
    expect(index.text.startsWith('level 0 level 1 ')).toBe(true);
    expect(index.trees.length).toBeLessThan(100);
    expect(index.trees.length).toBeGreaterThan(8);
  });
});
