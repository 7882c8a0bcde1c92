import { afterAll, describe, expect, it } from 'vitest';
import { parseCapsule } from '../../lib/extract/capsule-facts';
import { extractWithEvidence } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const values = (t: string, heading: string | null = null, before: string | null = null) => {
  const c = parseCapsule(t, heading, before);
  return c && { title: c.title, author: c.author, publisher: c.publisher, pages: c.pages, isbn: c.isbn };
};

describe('a capsule of a book’s facts without a year', () => {
  it.each([
    ['Rubbettino Editore, pagg.210, € 15,00', 'Rubbettino Editore', 210, null],
    ['Sarah Crichton/FSG. 272 pp. $26', 'Sarah Crichton/FSG', 272, null],
    ['384 Seiten, ISBN 978-3-328-60085-5, Penguin, 22,00€', 'Penguin', 384, '978-3-328-60085-5'],
    ['Edizioni E/O, pp336, euro 19', 'Edizioni E/O', 336, null],
  ])('%s', (t, publisher, pages, isbn) => {
    expect(values(t)).toEqual({ title: null, author: null, publisher, pages, isbn });
  });

  it('tells the title from the author by the names, or by the heading when both read as names', () => {
    expect(values('Sandro Veronesi, Il colibrì, La Nave di Teseo, 368 p, 20 euro')).toMatchObject({ title: 'Il colibrì', author: 'Sandro Veronesi' });
    expect(values('Adolf Menzel, Werner Bush, Hazan, 304 p., 75 euro.', 'Adolf Menzel')).toMatchObject({
      title: 'Adolf Menzel',
      author: 'Werner Bush',
      publisher: 'Hazan',
    });
    expect(values('Adolf Menzel, Werner Bush, Hazan, 304 p., 75 euro.')).toMatchObject({ title: null, author: null, publisher: 'Hazan' });
  });

  it('reads the price with its binding, and the house before the town it names after it', () => {
    expect(values('Hachette, $39.99 hb, 401 pp')).toMatchObject({ publisher: 'Hachette', pages: 401 });
    expect(parseCapsule('Diogenes Verlag, Zürich, 320 Seiten, 24 Euro', null)).toMatchObject({ publisher: 'Diogenes Verlag', place: 'Zürich', pages: 320 });
  });

  it('reads an imprint of the house, its town and the year, but not a name and a year alone', () => {
    expect(parseCapsule('Eterna Cadencia, Buenos Aires, 2016', null)).toMatchObject({ publisher: 'Eterna Cadencia', place: 'Buenos Aires', year: '2016' });
    expect(parseCapsule('Bourdieu, 1979', null)).toBeNull();
    expect(parseCapsule('Paris, Gallimard, 2010', null)).toBeNull();
  });

  it('reads the author and the quoted title of `Author: „Title“` heading the facts', () => {
    expect(parseCapsule('Ingrid Noll: „Halali“, Diogenes Verlag, Zürich, 320 Seiten.', null)).toMatchObject({
      title: 'Halali',
      author: 'Ingrid Noll',
      publisher: 'Diogenes Verlag',
      place: 'Zürich',
      pages: 320,
    });
    // A label and its value are a shop's detail, not a citation's head.
    expect(values('Maße: 11,3 x 18 cm, 208 Seiten, Rowohlt')).toMatchObject({ title: null, author: null, publisher: 'Rowohlt' });
  });

  it('leaves the translation out of the work’s author and title, as a Danish paper’s facts give it', () => {
    expect(parseCapsule('Jan Kjærstad: Storefjeld. Oversat fra norsk efter »Berge« af Sarah Koch. 368 sider. 299,95 kr. Rosinante.', null)).toMatchObject({
      title: 'Storefjeld',
      author: 'Jan Kjærstad',
      publisher: 'Rosinante',
      pages: 368,
    });
  });

  it('takes the publisher from the line before when the facts stand alone', () => {
    expect(values('480 Seiten, 26 Euro', null, 'Rowohlt')).toMatchObject({ publisher: 'Rowohlt', pages: 480 });
  });

  it('reads a house and its price alone only in brackets, as a magazine sets them in a paragraph', () => {
    expect(parseCapsule('Knopf, $23', null, null, true)).toMatchObject({ publisher: 'Knopf', pages: null });
    expect(values('Knopf, $23')).toBeNull();
    expect(parseCapsule('$23, Knopf', null, null, true)).toBeNull();
  });
  it('reads the quoted work before a house and its price in brackets, its full stops and commas its own', () => {
    expect(parseCapsule('“Album di famiglia. Maestri del Novecento ritratti dal vivo”, Einaudi, euro 21,00', null, null, true)).toMatchObject({
      title: 'Album di famiglia. Maestri del Novecento ritratti dal vivo',
      publisher: 'Einaudi',
    });
    expect(values('“Il colibrì”, La Nave di Teseo, 368 pagine, 20 euro')).toMatchObject({ title: 'Il colibrì', publisher: 'La Nave di Teseo', pages: 368 });
    // Unquoted, the first part could be anything the paragraph says before the house.
    expect(parseCapsule('Album di famiglia, Einaudi, euro 21,00', null, null, true)).toBeNull();
  });
  it('is not a date and a number, nor a sentence', () => {
    expect(values('12. März 2021, 14 Uhr')).toBeNull();
    expect(values('Er schrieb 300 Seiten in einem Monat, sagt er, und verdiente 5 Euro.')).toBeNull();
  });
});

describe('a newspaper’s end line in German', () => {
  it('reads `S.` as a page count, and the author and title of an unquoted `Author: Title`', () => {
    expect(values('Ingrid Noll: Halali, 320 S., Diogenes, 22 Euro, ISBN 978-3-257-06996-9.')).toEqual({
      title: 'Halali',
      author: 'Ingrid Noll',
      publisher: 'Diogenes',
      pages: 320,
      isbn: '978-3-257-06996-9',
    });
  });
  it('keeps a label’s colon a label (`Format: Paperback`), not an author', () => {
    expect(values('Format: Paperback, 414 Seiten, Heyne, 12 Euro')).toMatchObject({ author: null, title: null });
  });
});

describe('one book’s capsule as evidence for the classifier', () => {
  const prose = '<p>Come il colibrì riesce a stare fermo volando, così Marco Carrera non si piega davanti ai colpi del destino.</p>';
  const evidence = (facts: string) =>
    extractWithEvidence(page(`<main><h1>Il colibrì, Sandro Veronesi racconta la vita</h1>${prose}${facts}</main>`), 'https://example.org/libri/x').evidence;
  it('is one book’s publisher with its page count or price', () => {
    expect(evidence('<p>Sandro Veronesi, Il colibrì, La Nave di Teseo, 368 p, 20 euro</p>')?.capsuleFacts).toBe(true);
  });
  it('not several books’ facts, nor a date and a number', () => {
    expect(evidence('<p>La Nave di Teseo, 368 p, 20 euro</p><p>Einaudi, 240 p, 18 euro</p>')?.capsuleFacts).toBe(false);
    expect(evidence('<p>Martedì 10 Dicembre 2019, 10:07</p>')?.capsuleFacts).toBe(false);
  });
});
