import { describe, expect, it } from 'vitest';
import { findText } from '@/lib/find-text';
import { must } from '../../lib/must';

function doc(html: string): Document {
  // happy-dom's Ranges misbehave in documents made apart from the window's own, so the
  // test writes into the window's document.
  document.body.innerHTML = html; // fixture markup written by the test, not page or user text
  return document;
}

describe('findText', () => {
  it('finds text split over elements, with nbsp and line breaks where the quote has spaces', () => {
    const d = doc('<p><strong>Date/Place:</strong>&nbsp;April 1,\n 2022 / <em>USA</em></p>');
    const r = findText(d, 'April 1, 2022 / USA');
    expect(r?.toString()).toBe('April 1,\n 2022 / USA');
  });

  it('skips scripts and styles, and returns null when the text is not there', () => {
    const d = doc('<script>var needle = 1;</script><style>.needle{}</style><p>hay</p>');
    expect(findText(d, 'needle')).toBeNull();
    expect(findText(d, '')).toBeNull();
  });

  it('finds the first occurrence', () => {
    const d = doc('<p>one two</p><p>two three</p>');
    const r = must(findText(d, 'two'), "findText(d, 'two')");
    expect(r.startContainer.textContent).toBe('one two');
    expect(r.startOffset).toBe(4);
  });
});
