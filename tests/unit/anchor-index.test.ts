import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex } from '@/lib/anchor';
import { el, indexPage, page } from './anchor-helpers';
import { must } from '../../lib/must';

describe('buildTextIndex', () => {
  it('adds one newline per <br> and per run of block boundaries, nothing for inline elements', () => {
    const index = page('<div><div><p>one <b>two</b> <i>three</i></p></div></div><p>four<br>five</p><ul><li>six</li><li>seven</li></ul>');
    expect(index.text).toBe('one two three\nfour\nfive\nsix\nseven');
  });

  it('keeps white space and entities as they are in the DOM, so offsets map back exactly', () => {
    const index = page('<p>a&nbsp;&nbsp;b\n\t c &amp; d</p>');
    expect(index.text).toBe('a\u00a0\u00a0b\n\t c & d');
    expect(index.normalized.text).toBe('a b c & d');
  });

  it('leaves out script, style, noscript, template, textarea, [hidden] and our own UI; keeps CSS-hidden and aria-hidden text', () => {
    const index = page(
      '<p>visible</p><script>var s = 1;</script><style>p{}</style><noscript>ns</noscript><template><p>tpl</p></template>' +
        '<textarea>typed</textarea><div hidden>gone</div><review-annotator-ui><p>toolbar</p></review-annotator-ui>' +
        '<p style="display:none">css hidden</p><span aria-hidden="true">aria</span>',
    );
    expect(index.text).toBe('visible\ncss hidden\naria');
  });

  it('maps every offset to its node and back', () => {
    const index = page('<h1>Title</h1><p>first <a href="#">link</a> text</p><table><tr><td>c1</td><td>c2</td></tr></table>');
    for (let t = 0; t <= index.text.length; t++) {
      const [node, offset] = index.pointAt(t, 'start');
      const back = index.offsetAt(node, offset, 'start');
      // Offsets on added newlines move to the start of the next text.
      if (index.text[t] === '\n' && !index.nodes.some((n, i) => must(index.starts[i], 'index.starts[i]') <= t && t < must(index.ends[i], 'index.ends[i]')))
        expect(back).toBe(t + 1);
      else expect(back).toBe(t);
    }
    expect(index.text).toBe('Title\nfirst link text\nc1\nc2');
    expect(must(index.toRange(6, 16), 'index.toRange(6, 16)').toString()).toBe('first link');
    expect(must(index.toRange(0, 8), 'index.toRange(0, 8)').toString()).toBe('Titlefi'); // the added newline is in no node
  });

  it('maps boundary points on elements and in skipped text to the nearest indexed text', () => {
    const index = page('<p id="a">alpha <b>beta</b></p><script>skip()</script><p id="b">gamma</p>');
    const a = el('#a');
    const b = el('#b');
    expect(index.offsetAt(a, 0, 'start')).toBe(0);
    expect(index.offsetAt(a, a.childNodes.length, 'end')).toBe('alpha beta'.length);
    expect(index.offsetAt(a, 1, 'start')).toBe('alpha '.length); // before <b>
    expect(index.offsetAt(document.body, 1, 'start')).toBe('alpha beta\n'.length); // before the script
    const script = must(el('script').firstChild, "el('script').firstChild");
    expect(index.offsetAt(script, 3, 'start')).toBe('alpha beta\n'.length);
    expect(index.offsetAt(script, 3, 'end')).toBe('alpha beta'.length);
    expect(index.offsetAt(b, 0, 'end')).toBe('alpha beta'.length);
    expect(index.offsetAt(document.body, document.body.childNodes.length, 'end')).toBe(index.text.length);
  });

  it('maps normalised offsets to index offsets and back around collapsed runs', () => {
    const index = page('<p>ab  \n  cd</p><p>ef</p>');
    const n = index.normalized;
    expect(index.text).toBe('ab  \n  cd\nef');
    expect(n.text).toBe('ab cd ef');
    expect(n.toRaw(2)).toBe(2); // the space stands where the run starts
    expect(n.toRaw(3)).toBe(7); // after the space: after the run
    expect(n.toNormalized(7)).toBe(3);
    expect(n.toNormalized(4)).toBe(3); // inside the run
    expect(n.toRaw(n.toNormalized(10))).toBe(10);
  });

  it('indexes an empty page and a lone Text node', () => {
    const empty = page('<div><br></div>');
    expect(empty.text).toBe('\n');
    expect(empty.toRange(0, 1)).toBeNull();
    const t = document.createTextNode('just text');
    document.body.replaceChildren(t);
    const lone = buildTextIndex(t);
    expect(lone.text).toBe('just text');
    expect(must(lone.toRange(5, 9), 'lone.toRange(5, 9)').toString()).toBe('text');
    expect(indexPage().text).toBe('just text');
  });
});

describe('reading the nodes’ text', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Counts reads of Text#data from now on (the walk must read lengths only). */
  function countDataReads(): { reads: Text[] } {
    const out = { reads: [] as Text[] };
    let proto: object | null = Text.prototype;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'data')) proto = Object.getPrototypeOf(proto) as object | null;
    const owner = must(proto, 'a prototype of Text with a data property');
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the Text read as `this`
    const realGet = must(Object.getOwnPropertyDescriptor(owner, 'data')?.get, 'the getter of Text#data') as (this: Text) => string;
    vi.spyOn(owner as { data: string }, 'data', 'get').mockImplementation(function (this: Text) {
      out.reads.push(this);
      return realGet.call(this);
    });
    return out;
  }

  it('the walk reads no node’s data; a slice reads only the nodes it covers', () => {
    document.body.innerHTML = '<p>first paragraph</p><p>second <b>bold</b> one</p><p>third paragraph</p>';
    const counted = countDataReads();
    const index = indexPage();
    expect(counted.reads).toEqual([]);
    expect(index.length).toBe('first paragraph\nsecond bold one\nthird paragraph'.length);
    expect(index.slice(16, 27)).toBe('second bold');
    expect(counted.reads.map((t) => t.nodeValue)).toEqual(['second ', 'bold']);
    expect(index.text).toBe('first paragraph\nsecond bold one\nthird paragraph');
  });

  it('a node changed after the walk keeps its length in the index, so the offsets after it still hold', () => {
    const index = page('<p>alpha beta</p><p>gamma delta</p>');
    const [first] = index.nodes;
    must(first, 'first').data = 'alpha beta and much more';
    expect(index.slice(11, 22)).toBe('gamma delta');
    expect(index.slice(0, 10)).toBe('alpha beta');
    expect(must(index.toRange(17, 22), 'index.toRange(17, 22)').toString()).toBe('delta');
    const shorter = page('<p>alpha beta</p><p>gamma delta</p>');
    must(shorter.nodes[0], 'shorter.nodes[0]').data = 'alp';
    expect(shorter.text).toBe('alp\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\ngamma delta');
  });
});
