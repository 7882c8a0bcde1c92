/** A Spanish or Portuguese review's record: `ISBN N.º:` or `Nº ISBN:` is the ISBN, `Reseña realizada por X:` the reviewer. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('a review opening with a labelled record', () => {
  it.each([
    [
      'the ISBN beside the number sign, in an upper-case record, and the reviewer the review is made by',
      '<h1>La odisea del libro – Antonio Pérez-Adsuar Belso</h1><p>TÍTULO DE LA OBRA: LA ODISEA DEL LIBRO.</p><p>AUTOR (A): Antonio Pérez-Adsuar Belso</p><p>EDITORIAL: Editorial Diéresis</p><p>AÑO DE EDICIÓN: 2017</p><p>ISBN N.º: 978-84-946289-1-7</p><p>N.º DE PÁGINAS: 180</p><p>Reseña realizada por Teresa Argilés:</p><p>El lector que necesite ayuda se encontrará ante un libro que se la prestará, pero a un gran nivel, con una letra clara y legible.</p>',
      'https://example.org/la-odisea-del-libro/',
      '978-84-946289-1-7',
      'Teresa Argilés',
    ],
    [
      '`Nº ISBN` and a Portuguese `Resenha feita por`',
      '<h1>O Último Leitor</h1><p>Autor: Ricardo Piglia</p><p>Editora: Companhia das Letras</p><p>Nº ISBN: 978-85-359-1394-3</p><p>Resenha feita por Marina Souza</p><p>Piglia percorre a história da leitura através de personagens que leem, de Dom Quixote a Anna Kariênina, e mostra como a ficção pensa o leitor.</p>',
      'https://example.org/o-ultimo-leitor/',
      '978-85-359-1394-3',
      'Marina Souza',
    ],
  ])('reads %s', (_, body, url, isbn, reviewer) => {
    const x = extractReview(page(body), url);
    expect(x.work.isbn).toBe(isbn);
    expect(x.review.reviewer).toBe(reviewer);
  });
});
