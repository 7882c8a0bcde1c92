/** How book blogs word the facts around a review: the author as `esta autora`, a line of facts after the author's name, a house's series. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const OPINION =
  'me ha encantado, porque su manera de contar la historia de dos épocas distintas es original y muy cuidada en cada detalle, y los personajes se quedan contigo mucho después de cerrar el libro.';

const post = (heading: string, body: string) =>
  extractReview(page(`<main><article><h1>${heading}</h1>${body}</article></main>`), 'https://example.blogspot.com/2014/01/post.html');

describe('a heading `Title de Name` that the prose confirms by speaking of the author', () => {
  it('takes the name when the prose says `esta autora`, `la escritora` or `questa autrice`', () => {
    for (const said of ['esta autora', 'la escritora', 'questa autrice']) {
      const r = post('Los días que nos separan de Laia Soler', `<p>Es el primer libro que leo de ${said} y ${OPINION}</p>`);
      expect(r.work).toMatchObject({ title: 'Los días que nos separan', authors: ['Laia Soler'] });
    }
  });
  it('takes `de` and a name the prose never treats as the author only when the name starts with a known given name', () => {
    const r = post('Los días que nos separan de Laia Soler', `<p>Es el primer libro que leo este año y ${OPINION}</p>`);
    expect(r.work).toMatchObject({ title: 'Los días que nos separan', authors: ['Laia Soler'] });
    const unknown = post('Los días que nos separan de Teodulo Soler', `<p>Es el primer libro que leo este año y ${OPINION}</p>`);
    expect(unknown.work.authors).toEqual([]);
  });
});

describe('an author’s label whose line goes on with the book’s other facts', () => {
  it('ends the names at a publishing house, a figure or a phrase in small letters', () => {
    const dots = post('Reseña', `<p>Autora: Laia Soler · Editorial Plataforma Neo · 416 páginas</p><p>${OPINION}</p>`);
    expect(dots.work.authors).toEqual(['Laia Soler']);
    const written = post('The Days Between Us', `<p>Written by Laia Soler, published by Plataforma Neo in 2013.</p><p>${OPINION}</p>`);
    expect(written.work.authors).toEqual(['Laia Soler']);
    const shouted = post('Reseña', `<p>Autora: Laia Soler · EDITORIAL PLATAFORMA NEO</p><p>${OPINION}</p>`);
    expect(shouted.work.authors).toEqual(['Laia Soler']);
  });
  it('keeps every name of a list of authors', () => {
    const r = post('Reseña', `<p>Autores: Laia Soler, Juan Pérez</p><p>${OPINION}</p>`);
    expect(r.work.authors).toEqual(['Laia Soler', 'Juan Pérez']);
  });
});

describe('an ISBN’s label whose line goes on with the book’s other facts', () => {
  it('reads the house, the year and the page count set apart by dashes and slashes', () => {
    const r = post('A Rainha Branca', `<p>ISBN: 9789722630122 – Civilização Editora / 2010 – 448 páginas</p><p>${OPINION}</p>`);
    expect(r.work).toMatchObject({ isbn: '9789722630122', publisher: 'Civilização Editora', date: '2010', pages: 448 });
  });
  it('takes no other words after the number for a house', () => {
    const r = post('A Rainha Branca', `<p>ISBN: 9789722630122 – capa mole / 2010</p><p>${OPINION}</p>`);
    expect(r.work).toMatchObject({ isbn: '9789722630122', publisher: null, date: '2010' });
  });
});

describe('a publisher’s label that names the house’s series or group after it', () => {
  it('keeps the house alone', () => {
    const fiche = (house: string) =>
      post(
        'Qui es-tu Alaska ? - John Green.',
        `<p>Auteur : John Green.<br>Éditions : ${house}<br>Année de sortie : 2007.<br>Nombre de pages : 365.</p><p>${OPINION}</p>`,
      ).work;
    expect(fiche('Gallimard collection Scripto.')).toMatchObject({ publisher: 'Gallimard', date: '2007', pages: 365 });
    expect(fiche('Esencia (Grupo Planeta)').publisher).toBe('Esencia');
    expect(fiche('Grupo Planeta').publisher).toBe('Grupo Planeta');
  });
});

describe('a date’s label as Italian and French blogs word it', () => {
  it('reads `Data pubblicazione` and `Année de sortie`', () => {
    const it1 = post(
      'Recensione',
      `<p>Autore: Erika Favaro<br>Titolo: E se poi mi innamoro, pazienza<br>Editore: Piemme<br>Data pubblicazione: 2014</p><p>${OPINION}</p>`,
    );
    expect(it1.work.date).toBe('2014');
  });
});

describe('the short lines under a book card’s author', () => {
  const card = (lines: string) =>
    extractReview(
      page(
        `<main><article><h1>Il suggeritore</h1><p><strong>Il suggeritore</strong><br>Donato Carrisi<br>${lines}</p><p>Il suggeritore è il romanzo d’esordio di Donato Carrisi. Dopo qualche anno l’ho nuovamente aperto e non ho potuto non finirlo di nuovo: Carrisi ti porta nel male.</p></article></main>`,
        '<title>Il suggeritore – Cultura</title>',
      ),
      'https://example.org/cultura/il-suggeritore',
    ).work;
  it('reads the publisher, the length and the year, one a line', () => {
    expect(card('Longanesi<br>pp. 468<br>2009')).toMatchObject({ authors: ['Donato Carrisi'], publisher: 'Longanesi', pages: 468, date: '2009' });
  });
  it('takes no lone line for the publisher without a length or a year beside it', () => {
    expect(card('Longanesi').publisher).toBeNull();
  });
});
