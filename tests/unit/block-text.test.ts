import { afterAll, describe, expect, it } from 'vitest';
import { blockText } from '../../lib/extract/block-text';
import { closeWindows, page } from './extract-helpers';
import { must } from '../../lib/must';

afterAll(closeWindows);

const el = (body: string) => must(page(`<div id="x">${body}</div>`, '', 'https://example.org/').getElementById('x'), 'the element under test');

describe('blockText', () => {
  it('sets blocks and line breaks apart, and keeps inline runs together', () => {
    expect(blockText(el('<div>By Jane Doe</div>\n<div>May 3</div>'), 300).replace(/\s+/g, ' ')).toBe('By Jane Doe · May 3');
    expect(blockText(el('Jane Doe<br>May 3'), 300)).toBe('Jane Doe · May 3');
    expect(blockText(el('<div>Jane Doe</div>May 3'), 300)).toBe('Jane Doe · May 3');
    expect(blockText(el('By <span>Ja</span><b>ne</b>'), 300)).toBe('By Jane');
  });

  it('skips scripts and styles, and stops at its bound', () => {
    expect(blockText(el('<script>var x</script><style>p{}</style>Jane'), 300)).toBe('Jane');
    expect(blockText(el(`<p>${'a'.repeat(1000)}</p><p>b</p>`), 50)).toHaveLength(50);
  });

  it('reads a nesting deeper than any recursion would', () => {
    const root = el('');
    let inner: Element = root;
    for (let i = 0; i < 20_000; i++) inner = inner.appendChild(root.ownerDocument.createElement('span'));
    inner.append('Jane');
    expect(blockText(root, 300)).toBe('Jane');
  });
});
