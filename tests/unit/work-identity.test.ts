import { describe, expect, it } from 'vitest';
import { aloneChoice, groupWorks, identityOf } from '@/lib/works/identity';
import { emptyWork, type Work } from '@/lib/extract/schema';

const work = (w: Partial<Work>): Work => ({ ...emptyWork(), ...w });
const groups = (items: [string, Partial<Work>][], choices: [string, string][] = []) =>
  groupWorks(
    items.map(([key, w]) => ({ key, work: work(w) })),
    new Map(choices),
  )
    .map((g) => g.pageKeys.sort().join('+'))
    .sort();

describe('a work’s identity', () => {
  it('is the same ISBN written as ISBN-10 or ISBN-13, with or without hyphens', () => {
    expect(identityOf(work({ isbn: '0-8223-1905-5' })).ids).toEqual(identityOf(work({ isbn: '978 0822319054' })).ids);
    expect(
      groups([
        ['a', { isbn: '0-8223-1905-5', title: 'Compass' }],
        ['b', { isbn: '9780822319054', title: 'A compass of the world' }],
      ]),
    ).toEqual(['a+b']);
  });

  it('reads title variants as one title: subtitle, case, punctuation, a leading article, the author as Family, Given', () => {
    expect(identityOf(work({ title: 'The Quiet Shore: A Novel', authors: ['Jane Doe'] })).titleKey).toBe(
      identityOf(work({ title: 'Quiet shore', authors: ['Doe, Jane'] })).titleKey,
    );
    expect(identityOf(work({ title: 'Quiet Shore', authors: ['Jane Doe'] })).titleKey).not.toBe(
      identityOf(work({ title: 'Quiet Shore', authors: ['Ann Roe'] })).titleKey,
    );
  });

  it('joins a page without an ISBN to the page with one, by title, author and year', () => {
    expect(
      groups([
        ['with-isbn', { isbn: '978-1-80526-033-2', title: 'The Quiet Shore', authors: ['Jane Doe'], date: '2023' }],
        ['without', { title: 'The Quiet Shore: A Novel', authors: ['Doe, Jane'], date: '2023-05' }],
        ['other', { title: 'Salt and Stone', authors: ['Tom Roe'] }],
      ]),
    ).toEqual(['other', 'with-isbn+without']);
  });

  it('keeps editions apart: different ISBNs, or different years, are different works', () => {
    expect(
      groups([
        ['first', { isbn: '978-1-80526-033-2', title: 'The Quiet Shore', authors: ['Jane Doe'], date: '2003' }],
        ['second', { isbn: '978-0-14-044913-6', title: 'The Quiet Shore', authors: ['Jane Doe'], date: '2003' }],
        ['old', { title: 'Salt and Stone', authors: ['Tom Roe'], date: '1990' }],
        ['new', { title: 'Salt and Stone', authors: ['Tom Roe'], date: '2010' }],
      ]),
    ).toEqual(['first', 'new', 'old', 'second']);
  });

  it('does not guess between two editions for a page that names neither', () => {
    expect(
      groups([
        ['first', { isbn: '978-1-80526-033-2', title: 'The Quiet Shore', authors: ['Jane Doe'] }],
        ['second', { isbn: '978-0-14-044913-6', title: 'The Quiet Shore', authors: ['Jane Doe'] }],
        ['vague', { title: 'The Quiet Shore', authors: ['Jane Doe'] }],
      ]),
    ).toEqual(['first', 'second', 'vague']);
  });

  it('follows the reader: a merge joins, a split keeps a page apart', () => {
    const items: [string, Partial<Work>][] = [
      ['a', { title: 'The Quiet Shore', authors: ['Jane Doe'] }],
      ['b', { title: 'The Quiet Shore', authors: ['Jane Doe'] }],
      ['c', { title: 'Stille Küste', authors: ['Jane Doe'] }],
    ];
    expect(groups(items)).toEqual(['a+b', 'c']);
    expect(groups(items, [['b', aloneChoice('b')]])).toEqual(['a', 'b', 'c']);
    expect(
      groups(items, [
        ['a', 'manual:1'],
        ['b', 'manual:1'],
        ['c', 'manual:1'],
      ]),
    ).toEqual(['a+b+c']);
  });

  it('gives every work its own id', () => {
    const out = groupWorks([
      { key: 'old', work: work({ title: 'Salt', authors: ['Tom Roe'], date: '1990' }) },
      { key: 'new', work: work({ title: 'Salt', authors: ['Tom Roe'], date: '2010' }) },
      { key: 'x', work: work({}) },
    ]);
    expect(out).toHaveLength(3);
    expect(new Set(out.map((g) => g.id)).size).toBe(3);
  });
});
