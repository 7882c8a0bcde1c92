import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { collectLines } from '../../lib/extract/lines';
import { readProseMention } from '../../lib/extract/prose-mention';
import { titleByAuthor } from '../../lib/extract/page-info';
import { withoutReviewPrefix } from '../../lib/extract/normalize/title';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('a blog post’s heading that names the work and its author', () => {
  it('reads a publisher closing a heading’s dashed parts as the work’s house, not its author', () => {
    expect(titleByAuthor('Critique – La dernière conquête du major Pettigrew – Helen Simonson – Nil Editions', true)).toMatchObject({
      title: 'La dernière conquête du major Pettigrew',
      people: 'Helen Simonson',
      publisher: 'Nil Editions',
    });
  });
  it('takes a dash typed against the word before it for a dash between parts', () => {
    expect(titleByAuthor('Perspicácia, O aprendiz e a vida- Marco Antonio Rodrigues', true)).toMatchObject({ people: 'Marco Antonio Rodrigues' });
    expect(titleByAuthor('Anti- und Pro-Argumente', true)).toBeNull();
  });
  it('reads the author in the German genitive before a word for a book and the quoted title', () => {
    expect(titleByAuthor('Daniel Kehlmanns Romanwunderwerk „Lichtspiel“: Erzählerische Glanzstücke und der Schatten der Kunst', true)).toMatchObject({
      title: 'Lichtspiel',
      people: 'Daniel Kehlmann',
    });
    expect(titleByAuthor('Juli Zehs neuer Roman „Unterleuten“', true)).toMatchObject({ title: 'Unterleuten', people: 'Juli Zeh' });
    expect(titleByAuthor('Goethes Faust', true)).toBeNull();
  });
  it('reads a quoted title and the participle of writing after it, the sentence’s end ending the name', () => {
    expect(titleByAuthor("Ik las 'Hofdames' geschreven door Marjan Berk. Lees hier mijn recensie (inclusief inkijkexemplaar)", true)).toMatchObject({
      title: 'Hofdames',
      people: 'Marjan Berk',
    });
  });
  it('reads the author in the possessive after `A review of`', () => {
    expect(titleByAuthor('A review of Kristin Hannah’s new book The Women', true)).toMatchObject({ title: 'The Women', people: 'Kristin Hannah' });
  });
  it('reads `Title. Author` in a post’s heading, not in a sentence', () => {
    expect(titleByAuthor('Los asquerosos. Santiago Lorenzo', true)).toMatchObject({ title: 'Los asquerosos', people: 'Santiago Lorenzo' });
    expect(titleByAuthor('Le mystère Henri Pick. D. Foenkinos', true)).toMatchObject({ title: 'Le mystère Henri Pick', people: 'D. Foenkinos' });
    expect(titleByAuthor('Chapitre premier. La rencontre', true)).toBeNull();
  });
});

describe('a review’s own words before the title', () => {
  it('leaves out `Reseña sobre`, `Recensione su`', () => {
    expect(withoutReviewPrefix('Reseña sobre “El infinito en un junco”')).toBe('“El infinito en un junco”');
    expect(withoutReviewPrefix('Recensione su Il nome della rosa')).toBe('Il nome della rosa');
  });
});

describe('Indonesian labels', () => {
  it('reads a resensi’s facts block (`Judul Buku`, `Pengarang`, `Penerbit`, `Jumlah Halaman`)', () => {
    const doc = page(
      '<article><h3 class="post-title">Resensi Diary si Bocah Tengil</h3><pre>Judul Buku          : Diary si Bocah Tengil\nPengarang            : Jeff Kinney\nPenerbit              : Atria\nTahun Terbit       : Mei 2009\nJumlah Halaman  : 216</pre><p>Jeff Kinney merupakan seorang penulis, kartunis, sutradara, dan produser asal Amerika kelahiran 19 Februari 1971.</p></article>',
    );
    expect(extractReview(doc, 'https://example.org/2018/05/resensi.html').work).toMatchObject({
      title: 'Diary si Bocah Tengil',
      authors: ['Jeff Kinney'],
      publisher: 'Atria',
      pages: 216,
    });
  });
});

describe('the authorship a review’s prose gives as a participle', () => {
  it('reads Dutch `geschreven door A`', () => {
    const { lines } = collectLines(
      page('<main><h1>Hofdames</h1><p>Het is een boek vol humor, geschreven door Marjan Berk, over een hofje aan de gracht.</p></main>'),
    );
    expect(readProseMention(lines, () => false)?.author).toBe('Marjan Berk');
  });
});
