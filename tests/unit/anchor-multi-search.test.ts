import { describe, expect, it } from 'vitest';
import { findAll, KEY, SAMPLED } from '@/lib/anchor/multi-search';
import { prose } from './anchor-helpers';
import { rng } from '../../scripts/rng';

function naive(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let o = text.indexOf(needle); o !== -1; o = text.indexOf(needle, o + 1)) out.push(o);
  return out;
}

describe('findAll (one pass for many needles)', () => {
  it('finds exactly what indexOf finds, overlapping and repeated occurrences included', () => {
    const text = `${prose(3, 4000)} aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 😀😀😀😀😀😀😀😀😀😀 中亚五国的关系在过去十年中迅速发展`;
    const next = rng(5);
    const needles: string[] = [
      'a'.repeat(KEY),
      'a'.repeat(KEY + 3),
      'a'.repeat(SAMPLED),
      'a'.repeat(SAMPLED + 5),
      '😀😀😀😀😀😀😀😀',
      '中亚五国的关系在过去十年中迅速',
      'not on the page at all, surely',
      'salt',
      '',
    ];
    for (let i = 0; i < 200; i++) {
      const s = Math.floor(next() * (text.length - 100));
      needles.push(text.slice(s, s + 1 + Math.floor(next() * 80)));
    }
    const found = findAll(text, needles);
    needles.forEach((n, i) => expect(found[i], JSON.stringify(n)).toEqual(n ? naive(text, n) : []));
  });

  it('handles a text shorter than the key', () => {
    expect(findAll('short', ['short', 'a longer needle than the text'])).toEqual([[0], []]);
  });
});
