/** A shop's or dealer's heading `Author: Title`, read as a catalogue heads its record. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { shopHeadingAuthor, uninverted } from '../../lib/extract/shop-heading';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const BLURB =
  '<p>Eine Familie über drei Generationen, erzählt mit Wärme und Witz und mit einem scharfen Blick auf die Zeiten, durch die sie gemeinsam gegangen ist.</p>' +
  '<p>Ein Roman über Erinnerung und Vergessen, über das, was wir erben, und das, was wir zurücklassen, in einer genauen und hellen Sprache.</p>';

function shop(heading: string, button = '<button>In den Warenkorb</button>') {
  const doc = page(`<main><h1>${heading}</h1>${button}${BLURB}</main>`, `<title>${heading} - Buchhandlung Beispiel</title>`);
  return extractReview(doc, 'https://shop.example/artikel/123');
}

describe('the name in a catalogue’s order', () => {
  it.each([
    ['Zeller, Eduard', 'Eduard Zeller'],
    ['Pérez García, Juan', 'Juan Pérez García'],
    ['Tolkien, J. R. R.', 'J. R. R. Tolkien'],
    ['Eduard Zeller', null],
    ['Kategorie, Romane und Erzählungen', null],
  ])('%s', (name, natural) => {
    expect(uninverted(name)).toBe(natural);
  });

  it('is an author on a page that sells a book, an inverted name on any page that sells', () => {
    expect(shopHeadingAuthor('Juli Zeh', { item: true, book: true })).toBe('Juli Zeh');
    expect(shopHeadingAuthor('Juli Zeh', { item: true, book: false })).toBeNull();
    expect(shopHeadingAuthor('Zeh, Juli', { item: true, book: false })).toBe('Juli Zeh');
    expect(shopHeadingAuthor('Zeh, Juli', { item: false, book: false })).toBeNull();
  });
});

describe('a shop’s heading `Author: Title`', () => {
  it('names the author and the title of the book the page sells', () => {
    const r = shop('Anna Berger: Der lange Weg nach Hause');
    expect(r.isReview).toBe(true);
    expect(r.work.authors).toEqual(['Anna Berger']);
    expect(r.work.title).toBe('Der lange Weg nach Hause');
  });

  it('reads a dealer’s inverted name', () => {
    const r = shop('Berger, Anna: Der lange Weg nach Hause');
    expect(r.work.authors).toEqual(['Anna Berger']);
    expect(r.work.title).toBe('Der lange Weg nach Hause');
  });

  it('is no author on a page that sells nothing', () => {
    expect(shop('Anna Berger: Der lange Weg nach Hause', '').work.authors).toEqual([]);
  });
});
