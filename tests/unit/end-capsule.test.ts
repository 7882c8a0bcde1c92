/** The book's notice after a review's text: the author's name beside the title or the imprint. */
import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { readEndCapsule } from '../../lib/extract/end-capsule';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const author = (body: string) => readEndCapsule(collectLines(page(`<main>${body}</main>`)).lines, new Set())?.author ?? null;

const TEXT =
  '<p>Houellebecq dissèque notre société avec un scalpel, et l’on suit avec délectation les aventures du désabusé haut fonctionnaire Paul Raison.</p>';

describe('the book’s notice after a review’s text', () => {
  it('reads the name the review talked about, on its own line beside the imprint or the title', () => {
    expect(author(`${TEXT}<p><strong>Michel Houellebecq</strong><br>Anéantir Flammarion 736 P.</p>`)).toBe('Michel Houellebecq');
    expect(
      author(
        '<p>Écrit en 1939, cet ouvrage est un des premiers de Mika Waltari, devenu le maître incontesté du roman historique, et il se lit très bien.</p><h2>Ce genre de choses n’arrive jamais</h2><p>WALTARI Mika</p>',
      ),
    ).toBe('Mika Waltari');
  });
  it('takes no reviewer’s signature: a name the text never uses, or a name alone', () => {
    expect(author(`${TEXT}<p>Bernadette Murphy</p><p>Ambassador of the Dead</p>`)).toBeNull();
    expect(author(`${TEXT}<p>Michel Houellebecq</p>`)).toBeNull();
  });
});
