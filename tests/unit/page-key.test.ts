import { describe, expect, it } from 'vitest';
import { pageKey } from '@/lib/page-key';

describe('pageKey', () => {
  it('drops the fragment and tracking parameters but keeps meaningful ones', () => {
    expect(pageKey('https://ex.org/a?id=3&utm_source=tw&utm_medium=x&fbclid=abc#c2')).toBe('https://ex.org/a?id=3');
    expect(pageKey('https://ex.org/a?gclid=1')).toBe('https://ex.org/a');
    expect(pageKey('https://ex.org/a?page=2')).toBe('https://ex.org/a?page=2');
  });
  it('returns what it cannot parse unchanged', () => {
    expect(pageKey('not a url')).toBe('not a url');
  });
});
