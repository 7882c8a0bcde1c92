import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { atWordStart, authorInProse, surnameAlone } from '../../lib/extract/signals';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const prose = (text: string) => collectLines(page(`<main><p>${text}</p></main>`)).lines;

describe('a person named in the prose', () => {
  it('matches at the start of a word only', () => {
    expect(atWordStart(/Smith/gu, 'Goldsmith and Smithson')).toBe(true);
    expect(atWordStart(/Smith/gu, 'Goldsmith, Blacksmith')).toBe(false);
    expect(atWordStart(/ким/gu, 'Акимов и Якимова')).toBe(false);
    expect(atWordStart(/ким/gu, 'Акимов, кимоно')).toBe(true);
  });

  it('finds the author by an inflected family name, not inside a common word', () => {
    const people = ['Guzel Yakhina'];
    expect(authorInProse(prose('In this novel Yakhina’s heroine leaves her village for the camps of Siberia, and the prose holds.'), new Set(), people)).toBe(
      true,
    );
    expect(authorInProse(prose('In this novel the heroine leaves her village for the camps of Siberia, and the prose holds.'), new Set(), people)).toBe(false);
    expect(authorInProse(prose('The students of Ridgewood read the whole series in one long summer of afternoons.'), new Set(), ['Anna Wood'])).toBe(false);
  });

  it('takes a family name alone, not after the given name', () => {
    const lines = prose('Cengiz Aytmatov wrote it in exile; the book was read everywhere in the valley that year.');
    expect(surnameAlone(lines, new Set(), 'Cengiz Aytmatov')).toBe(false);
    const again = prose('Cengiz Aytmatov wrote it in exile; later Aytmatov’un kitapları were read everywhere in the valley.');
    expect(surnameAlone(again, new Set(), 'Cengiz Aytmatov')).toBe(true);
  });
});
