import { describe, expect, it } from 'vitest';
import { parseImprintFirst } from '../../lib/extract/imprint-first';

const values = (t: string) => {
  const c = parseImprintFirst(t);
  return (
    c && {
      title: c.title?.value ?? null,
      authors: c.authors?.value ?? null,
      publisher: c.publisher?.value,
      date: c.date?.value ?? null,
      pages: c.pages?.value ?? null,
    }
  );
};

describe('an imprint line that opens with the publisher', () => {
  it.each([
    ['Casterman, janvier 2016, 96 pages, 18 €, ISBN 978-2-20309-660-8.', 'Casterman', '2016-01', 96],
    ['Gallimard, 2019, 320 p., 21 €', 'Gallimard', '2019', 320],
    ['Anagrama, 2020, 256 págs.', 'Anagrama', '2020', 256],
    ['Einaudi, pp. 240, euro 18', 'Einaudi', null, 240],
    ['Companhia das Letras, 2018, 352 páginas', 'Companhia das Letras', '2018', 352],
    ['Alfaguara, 2025. 272 páginas. 19,90 euros', 'Alfaguara', '2025', 272],
  ])('%s', (t, publisher, date, pages) => {
    expect(values(t)).toEqual({ title: null, authors: null, publisher, date, pages });
  });
  it('reads the title and author before it', () => {
    expect(values('Watertown de Jean-Claude Götting. Casterman, janvier 2016, 96 pages, 18 €.')).toEqual({
      title: 'Watertown',
      authors: ['Jean-Claude Götting'],
      publisher: 'Casterman',
      date: '2016-01',
      pages: 96,
    });
  });
  it('is no imprint with anything but facts after the name, or a place first', () => {
    expect(parseImprintFirst('Gallimard, 2019, un roman très attendu')).toBeNull();
    expect(parseImprintFirst('Paris, 2019, 320 p.')).toBeNull();
    expect(parseImprintFirst('Anagrama, 2020')).toBeNull();
  });
});
