import { describe, expect, it } from 'vitest';
import { CONTEXT, describeRange, normalizeText } from '@/lib/anchor';
import { el, indexPage, page, prose, rangeOf } from './anchor-helpers';
import { must } from '../../lib/must';

function range(sc: Node, so: number, ec: Node, eo: number): Range {
  const r = document.createRange();
  r.setStart(sc, so);
  r.setEnd(ec, eo);
  return r;
}

describe('describeRange', () => {
  it('describes a selection in one text node: quote, about 32 units of context, raw offsets', () => {
    const before = prose(1, 12);
    const after = prose(2, 12);
    const index = page(`<p>${before} the quick brown fox ${after}</p>`);
    const d = must(describeRange(index, rangeOf(index, 'quick brown fox')), "describeRange(index, rangeOf(index, 'quick brown fox'))");
    expect(d.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'quick brown fox',
      prefix: `${before} the `.slice(-CONTEXT),
      suffix: ` ${after}`.slice(0, CONTEXT),
    });
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: before.length + 5, end: before.length + 20 });
  });

  it('returns null for a collapsed range, white space only, or only text that is not indexed', () => {
    const index = page('<p>text</p>\n   \n<p>more</p><script>code()</script><p hidden>secret</p>');
    const p = el('p');
    expect(describeRange(index, range(must(p.firstChild, 'p.firstChild'), 2, must(p.firstChild, 'p.firstChild'), 2))).toBeNull();
    const gap = must(document.body.childNodes[1], 'document.body.childNodes[1]'); // the white space between the paragraphs
    expect(describeRange(index, range(gap, 0, gap, 4))).toBeNull();
    const script = must(el('script').firstChild, "el('script').firstChild");
    expect(describeRange(index, range(script, 0, script, 4))).toBeNull();
    const secret = must(el('p[hidden]').firstChild, "el('p[hidden]').firstChild");
    expect(describeRange(index, range(secret, 0, secret, 6))).toBeNull();
  });

  it('trims white space at both ends, as a triple-click selection has', () => {
    const index = page('<p>  First paragraph, whole.  </p><p>Second.</p>');
    const [p1, p2] = [el('p'), el('p:nth-child(2)')];
    const d = must(describeRange(index, range(p1, 0, p2, 0)), 'describeRange(index, range(p1, 0, p2, 0))');
    expect(d.quote.exact).toBe('First paragraph, whole.');
    expect(index.text.slice(d.position.start, d.position.end)).toBe('First paragraph, whole.');
  });

  it('handles a selection that starts and ends on element nodes', () => {
    const index = page('<p>Intro.</p><ul id="l"><li>Apples</li><li>Pears <em>ripe</em></li></ul><p>Outro.</p>');
    const ul = el('#l');
    const d = must(describeRange(index, range(ul, 0, ul, ul.childNodes.length)), 'describeRange(index, range(ul, 0, ul, ul.childNodes.length))');
    expect(d.quote.exact).toBe('Apples Pears ripe');
    expect(index.text.slice(d.position.start, d.position.end)).toBe('Apples\nPears ripe');
    expect(d.quote.prefix).toBe('Intro. ');
    expect(d.quote.suffix).toBe(' Outro.');
    // From inside a text node to just after an element.
    const li2 = el('li:nth-child(2)');
    const d2 = must(
      describeRange(index, range(must(el('li').firstChild, "el('li').firstChild"), 2, li2, li2.childNodes.length)),
      "describeRange(index, range(el('li').firstChild, 2, li2, li2.childNodes.length))",
    );
    expect(d2.quote.exact).toBe('ples Pears ripe');
  });

  it('extends the context until the quote is unique on the page', () => {
    const shared = 'in the long register of the council of merchants, it is written that';
    const index = page(
      `<p>First: ${shared} the tariff was raised.</p><p>Second: ${shared} the tariff was raised again.</p><p>Third: the tariff was lowered.</p>`,
    );
    // The suffix tells the first apart from the second within 32 units; the third has a different prefix.
    const d1 = must(describeRange(index, rangeOf(index, 'the tariff was', 0)), "describeRange(index, rangeOf(index, 'the tariff was', 0))");
    expect(d1.quote.prefix.length).toBe(CONTEXT);
    // Now a quote whose following text is the same for both, so only a longer prefix helps.
    document.body.innerHTML = `<p>First: ${shared} the end.</p><p>Second: ${shared} the end.</p>`;
    const index2 = indexPage();
    const d2 = must(describeRange(index2, rangeOf(index2, 'the end', 1)), "describeRange(index2, rangeOf(index2, 'the end', 1))");
    expect(d2.quote.suffix).toBe('.'); // all there is after it
    // One unit more than the other occurrence agrees with: "d" of "Second".
    expect(d2.quote.prefix).toBe(`d: ${shared} `);
    // Text of the page occurs twice with the quote + context: never.
    const text = index2.normalized.text;
    const whole = d2.quote.prefix + d2.quote.exact + d2.quote.suffix;
    expect(text.indexOf(whole)).toBe(text.lastIndexOf(whole));
  });

  it('never cuts a surrogate pair at the ends of the context', () => {
    const index = page(`<p>${'😀'.repeat(40)}X marks the spot${'😀'.repeat(40)}</p>`);
    const d = must(describeRange(index, rangeOf(index, 'X marks the spot')), "describeRange(index, rangeOf(index, 'X marks the spot'))");
    const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
    expect(wellFormed(d.quote.prefix)).toBe(true);
    expect(wellFormed(d.quote.suffix)).toBe(true);
    expect(d.quote.prefix.length).toBe(CONTEXT);
    expect(d.position.start).toBe(80); // UTF-16 units: each emoji counts 2
  });

  it('quotes are white-space normalised: &nbsp;, runs, newlines and block boundaries are one space', () => {
    const index = page('<p>Price:&nbsp;&nbsp;$35.00\n   paper</p><p>Pages:\txii</p>');
    const r = range(must(el('p').firstChild, "el('p').firstChild"), 0, must(el('p:nth-child(2)').firstChild, "el('p:nth-child(2)').firstChild"), 10);
    const d = must(describeRange(index, r), 'describeRange(index, r)');
    expect(d.quote.exact).toBe('Price: $35.00 paper Pages: xii');
    expect(normalizeText(index.text.slice(d.position.start, d.position.end))).toBe(d.quote.exact);
  });
});
