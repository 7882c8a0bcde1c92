/** How bookshops and catalogues name a book's people and facts: links to authors' pages, `Title, Author` headings, a shop's form, a copy's facts. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { parseCapsule } from '../../lib/extract/capsule-facts';
import { collectLines } from '../../lib/extract/lines';
import { linkedAuthors } from '../../lib/extract/author-link';
import { lookupLabel } from '../../lib/extract/labels';
import { splitNames } from '../../lib/extract/normalize/names';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const BLURB =
  '<p>A sweeping novel about a family over three generations, told with warmth and wit, and a great deal of sharp observation of the times they lived through.</p>';

function authorsNear(body: string): string[] | null {
  const doc = page(`<main>${body}${BLURB}</main>`);
  const { lines } = collectLines(doc);
  const h = lines.findIndex((l) => l.h === 1);
  return linkedAuthors(lines, h, new Set())?.names ?? null;
}

describe('authors linked to their own pages beside the title', () => {
  it.each([
    ['under it', '<h1>The Long Road</h1><p><a href="/a/jane-smith">Jane Smith</a></p>', ['Jane Smith']],
    ['above it', '<p><a href="/authors/jane-smith">Jane Smith</a></p><h1>The Long Road</h1>', ['Jane Smith']],
    ['in a subheading', '<h1>Uzun Yol</h1><h2><a href="/yazar/ali-veli">Ali Veli</a></h2>', ['Ali Veli']],
    ['after `von`', '<h1>Der lange Weg</h1><p>von <a href="/autor/123">Hans Müller</a></p>', ['Hans Müller']],
    ['with `(Author)`', '<h1>The Long Road</h1><p><a href="/jane-smith/e/B001">Jane Smith</a> (Author)</p>', ['Jane Smith']],
    ['two of them', '<h1>The Long Road</h1><p><a href="/a/jane-smith">Jane Smith</a>, <a href="/a/john-doe">John Doe</a></p>', ['Jane Smith', 'John Doe']],
  ])('%s', (_, body, names) => {
    expect(authorsNear(body)).toEqual(names);
  });

  it('is none where the link goes elsewhere, or the line says more than names', () => {
    expect(authorsNear('<h1>The Long Road</h1><p><a href="/category/fiction">Jane Smith</a></p>')).toBeNull();
    expect(authorsNear('<h1>The Long Road</h1><p>Shared by <a href="/a/jane-smith">Jane Smith</a> last week</p>')).toBeNull();
    expect(authorsNear('<h1>The Long Road</h1><p><a href="/series/penguin-classics">Penguin Classics</a></p>')).toBeNull();
  });
});

describe('a shop’s page of a book', () => {
  it('reads what an old shop sets inside its cart form (osCommerce), labels run on one line', () => {
    const doc = page(
      `<table><tr><td><form name="cart_quantity" action="/product_info.php?action=add_product" method="post">
        <table><tr><td class="pageHeading">Мастер и Маргарита</td></tr></table>
        <table><tr><td class="main">Автор: <a href="/index.php?manufacturers_id=12">Булгаков М. А.</a> (<a href="/index.php?manufacturers_id=12">все книги</a>) Издательство: <a href="/p/3">Эксмо</a>
        <p>В час жаркого весеннего заката в Москву явился сам Дьявол со свитой. И с людьми начали происходить совершенно неожиданные вещи.</p></td></tr>
        <tr><td><input type="hidden" name="products_id" value="99"><input type="submit" value="Добавить в корзину"></td></tr></table>
      </form></td></tr></table>`,
      '<title>Мастер и Маргарита</title>',
    );
    const r = extractReview(doc, 'https://shop.example/product_info.php/products_id/99');
    expect(r.work.authors).toEqual(['М. А. Булгаков']);
    expect(r.work.publisher).toBe('Эксмо');
  });

  it('does not read a form that asks for something (a comment)', () => {
    const doc = page('<main><h1>Post</h1><p>Short.</p></main><form><p>Your comment about the book Lorem by Jane Smith</p><textarea></textarea></form>');
    expect(collectLines(doc).lines.some((l) => l.text.includes('Your comment'))).toBe(false);
  });

  it('reads `TITLE, Author` when the address spells the name', () => {
    const body = `<article><h1 class="entry-title">AU BON ROMAN, Laurence Cossé</h1>${BLURB}</article>`;
    const named = extractReview(page(body), 'http://mediatheque.example/au-bon-roman-laurence-cosse/');
    expect(named.work.authors).toEqual(['Laurence Cossé']);
    expect(named.work.title).toBe('AU BON ROMAN');
    const unnamed = extractReview(page(body.replace('AU BON ROMAN, Laurence Cossé', 'Books, Glorious Books')), 'http://blog.example/?p=120');
    expect(unnamed.work.authors).toEqual([]);
  });

  it('takes the ISBN-13 where the same book’s ISBN-10 comes first', () => {
    const doc = page(`<main><h1>Der Vorleser</h1><p>Verlag: Diogenes<br>ISBN-10: 3257229534<br>ISBN-13: 9783257229530</p>${BLURB}</main>`);
    expect(extractReview(doc, 'https://shop.example/der-vorleser').work.isbn).toBe('9783257229530');
  });
});

describe('a copy’s facts in a capsule', () => {
  it('reads the pages and the year, and takes neither the binding nor a labelled size for a name', () => {
    const c = parseCapsule('1997, 208 Seiten, Maße: 11,3 x 18 cm, Taschenbuch, Deutsch', null);
    expect(c).toMatchObject({ pages: 208, year: '1997', title: null, author: null, publisher: null });
  });
  it('still wants a publisher beside the facts of a text without a binding or a size', () => {
    expect(parseCapsule('1997, 208 Seiten', null)).toBeNull();
  });
});

describe('names a shop sets beside a person and no one’s name', () => {
  it('drops a bracketed link to more by the same person, and `All authors`', () => {
    expect(splitNames('Булгаков М. А. (все книги)').names).toEqual(['Булгаков М. А.']);
    expect(splitNames('Jane Smith (all books)').names).toEqual(['Jane Smith']);
    expect(splitNames('Все авторы').names).toEqual([]);
    expect(splitNames('All authors').names).toEqual([]);
  });
});

describe('Dutch labels', () => {
  it.each([
    ['Uitgever', 'publisher'],
    ["Aantal pagina's", 'pages'],
    ['Verschijningsdatum', 'date'],
    ['Taal', 'language'],
  ])('%s', (label, key) => {
    expect(lookupLabel(label)).toEqual([key]);
  });
});
