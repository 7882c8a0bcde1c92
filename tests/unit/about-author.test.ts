/** A book's page names its author apart from its description: a shelf, a biography, the title repeated `by` them. */
import { afterAll, describe, expect, it } from 'vitest';
import { readAboutAuthor } from '../../lib/extract/about-author';
import { titleRepeatedWithAuthor } from '../../lib/extract/title-repeat';
import { collectLines } from '../../lib/extract/lines';
import { mainHeading } from '../../lib/extract/page-info';
import { extractReview } from '../../lib/extract';
import { isOrganisation } from '../../lib/extract/normalize/names';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const linesOf = (body: string) => collectLines(page(body)).lines;
const about = (body: string, descriptionToo = true) => readAboutAuthor(linesOf(body), () => false, descriptionToo)?.author ?? null;

describe('the author a book’s page names apart from its description', () => {
  it('reads a shelf of the author’s other books', () => {
    expect(about('<h1>Le mystère Henri Pick</h1><p>Un roman.</p><h2>Plus de livres de David Foenkinos</h2>')).toBe('David Foenkinos');
    expect(about('<h1>Stoner</h1><p>A novel.</p><h3>More books by John Williams</h3>')).toBe('John Williams');
  });
  it('reads the name a biography opens with, under its heading', () => {
    expect(about('<h1>According to Mark</h1><h2>About the Author</h2><p>Penelope Lively won the Booker Prize in 1987.</p>')).toBe('Penelope Lively');
  });
  it('reads the person a sentence calls the author, named before the word', () => {
    expect(about("<h1>X</h1><p>David Foenkinos est l'auteur de plusieurs romans dont La délicatesse.</p>")).toBe('David Foenkinos');
    expect(about('<h1>X</h1><p>"Una maestra necessaria" la definisce Carola Susani in questo libro, raccontandoci il suo dialogo.</p>')).toBe('Carola Susani');
  });
  it('takes no character of the story, nor a book named after the word', () => {
    expect(about('<h1>X</h1><p>Une jeune éditrice découvre un chef-d’œuvre écrit par un certain Henri Pick.</p>')).toBeNull();
    expect(
      about('<h1>X</h1><p>Please do not call the Book Police, as he is the loving author of sixteen picture books, including Cheese Louise!</p>'),
    ).toBeNull();
  });
  it('reads the word for the author in Russian and Turkish, which `\\b` does not see', () => {
    expect(
      about('<h1>Лавр</h1><p>Евгений Водолазкин — филолог, специалист по древнерусской литературе, автор романа «Соловьев и Ларионов» и других книг.</p>'),
    ).toBe('Евгений Водолазкин');
    expect(about('<h1>X</h1><p>Orhan Pamuk bu romanında İstanbul’un eski konaklarını ve yalılarını anlatıyor.</p>')).toBe('Orhan Pamuk');
    expect(about('<h1>X</h1><p>Герой романа «Лавр» — средневековый врач, который лечит людей в своей деревне.</p>')).toBeNull();
  });
  it('reads a sentence of the description only on a book’s page', () => {
    expect(about("<h1>X</h1><p>David Foenkinos est l'auteur de plusieurs romans dont La délicatesse.</p>", false)).toBeNull();
  });
});

describe('the title repeated with its author under the heading', () => {
  const repeated = (body: string) => {
    const lines = linesOf(body);
    return titleRepeatedWithAuthor(lines, mainHeading(lines), 'The Boy & the Book')?.people ?? null;
  };
  it('reads `Title by Author` under the heading', () => {
    expect(repeated('<h1>The Boy &amp; the Book</h1><span>Best Seller</span><h2>The Boy &amp; the Book by David Michael Slater</h2>')).toBe(
      'David Michael Slater',
    );
  });
  it('reads nothing where the line names no person', () => {
    expect(repeated('<h1>The Boy &amp; the Book</h1><p>The Boy &amp; the Book by the sea</p>')).toBeNull();
  });
});

describe('a shop’s `By:` line', () => {
  it('names the author of what it sells, without the illustrator after the slash', () => {
    const doc = page(
      '<h1>The Boy &amp; the Book</h1><p>By: David Michael Slater / Illustrated by: Bob Kolar</p><button>Add to cart</button><p>In this wordless story, a little boy finds a book that he loves at the library. The poor book requires first aid from his friends.</p>',
      '<meta property="og:type" content="product">',
      'https://shop.example/products/the-boy-the-book',
    );
    const x = extractReview(doc, 'https://shop.example/products/the-boy-the-book');
    expect(x.work.authors).toEqual(['David Michael Slater']);
    expect(x.review.reviewer).toBeNull();
  });
});

describe('a labelled publisher with the day it published the book', () => {
  it('reads the house and the date apart', () => {
    const x = extractReview(
      page('<h1>Le mystère Henri Pick</h1><p>Publié par : Gallimard, le 05 février 2018</p><p>Auteur : David Foenkinos</p><p>Pages : 323</p>'),
      'https://example.org/livres/le-mystere-henri-pick',
    );
    expect(x.work.publisher).toBe('Gallimard');
    expect(x.work.date).toBe('2018-02-05');
  });
});

describe('a publishing company named like a person', () => {
  it('is an organisation in Portuguese, Spanish, French and German too', () => {
    expect(isOrganisation('Companhia Das Letras')).toBe(true);
    expect(isOrganisation('Compañía Editora')).toBe(true);
    expect(isOrganisation('Compagnie du Livre')).toBe(true);
    expect(isOrganisation('Deutsche Verlags-Gesellschaft')).toBe(true);
  });
});

describe('a book’s record without a buy button', () => {
  it('is a book’s page: its description’s sentence names the author', () => {
    const x = extractReview(
      page(
        '<h1>Лавр. Неисторический роман</h1><dl><dt>Издательство, серия:</dt><dd>АСТ, Редакция Елены Шубиной</dd><dt>Год издания:</dt><dd>2016</dd><dt>ISBN:</dt><dd>978-5-17-078790-6</dd></dl><p>Евгений Водолазкин — филолог, специалист по древнерусской литературе, автор романа «Соловьев и Ларионов», сборника эссе «Инструмент языка» и других книг.</p><p>Герой романа «Лавр» — средневековый врач.</p>',
      ),
      'https://shop.example/books/lavr',
    );
    expect(x.work.authors).toEqual(['Евгений Водолазкин']);
  });
});
