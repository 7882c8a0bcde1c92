/** Lines that credit a post or a quote to someone, and headings of two parts that name no person. */
import { describe, expect, it } from 'vitest';
import { titleByAuthor } from '../../lib/extract/page-info';
import { sentByLine } from '../../lib/extract/reviewer';

describe('a post’s credit line', () => {
  it('says who wrote or posted the post, after a few words', () => {
    expect(sentByLine('This guest post was written by Jan Weiland.')).toBe(true);
    expect(sentByLine('Originally Posted by Sakic View Post')).toBe(true);
    expect(sentByLine('Recensione inviata da Carla Tassif')).toBe(true);
  });
  it('is not a work named with its author', () => {
    expect(sentByLine('The Boy & the Book by David Michael Slater')).toBe(false);
    expect(sentByLine('Man in the Dark by Paul Auster')).toBe(false);
  });
});

describe('a heading of two parts, the first of them names', () => {
  it('takes no part in capitals beside one that is not, nor things joined by `and`, for people', () => {
    expect(titleByAuthor('IL VIAGGIO IN VOLO AFFASCINA / In calce: ‘A COZZA TARANDINE', true)).toBeNull();
    expect(titleByAuthor('Licht und Schatten - Kultur', true)).toBeNull();
  });
  it('still reads the author before the work', () => {
    expect(titleByAuthor('Sylvie Schenk / In Erwartung eines Glücks', true)).toMatchObject({ people: 'Sylvie Schenk', title: 'In Erwartung eines Glücks' });
  });
});
