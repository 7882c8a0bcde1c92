/** A shop's page of one book: its item code as the ISBN, its attributes table, its document title's tail, the name under its heading. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { findLabelLines } from '../../lib/extract/label-lines';
import { isProductCodeLabel } from '../../lib/extract/labels';
import { collectLines } from '../../lib/extract/lines';
import { withoutShopTail } from '../../lib/extract/page-info';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

function labelled(body: string): { keys: string[]; value: string }[] {
  const { lines } = collectLines(page(`<main>${body}</main>`));
  return findLabelLines(lines, () => true).map((h) => ({ keys: h.keys, value: h.value }));
}

describe("a shop's code for its item", () => {
  it('is a label of its own, in the languages read', () => {
    for (const l of ['SKU', 'Barkod', 'BARKOD:', 'Artikelnummer', 'Штрихкод', 'Código de barras']) expect(isProductCodeLabel(l)).toBe(true);
    for (const l of ['ISBN', 'EAN', 'Yazar']) expect(isProductCodeLabel(l)).toBe(false);
  });

  it("names the ISBN when it is one (a Turkish shop's `Barkod`, WooCommerce's `SKU`)", () => {
    expect(labelled('<table><tr><td>Barkod</td><td>:9786055283292</td></tr></table>')).toEqual([{ keys: ['isbn'], value: ':9786055283292' }]);
    expect(labelled('<div><span class="label">SKU</span> 9786054873067</div>')).toEqual([{ keys: ['isbn'], value: '9786054873067' }]);
  });

  it("names nothing when it is the shop's own number", () => {
    expect(labelled('<div class="product_meta"><span>SKU: <span class="sku">38 n.18135</span></span></div>')).toEqual([]);
    expect(labelled('<table><tr><td>Artikelnummer</td><td>AD5468</td></tr></table>')).toEqual([]);
  });
});

describe("a row's value set in a block of its cell", () => {
  it("reads WooCommerce's table of attributes (`<td><p>`)", () => {
    const hits = labelled(
      '<table class="shop_attributes"><tr><th>Autor</th><td><p>Marcos Rey</p></td></tr><tr><th>Estado</th><td><p>Usado</p></td></tr></table>',
    );
    expect(hits).toEqual([{ keys: ['authors'], value: 'Marcos Rey' }]);
  });

  it("does not take a block from another row's cell", () => {
    expect(labelled('<table><tr><th>Autor</th></tr><tr><td><p>Marcos Rey</p></td></tr></table>')).toEqual([]);
  });
});

describe("a document title's tail that says what a shop does or sells", () => {
  it.each([
    ['Ювенилиа — И. Семененко-Басин — купить книгу', 'Ювенилиа — И. Семененко-Басин'],
    ['Башня - Мария Дмитриева, читать онлайн, скачать книгу бесплатно', 'Башня - Мария Дмитриева'],
    ['Der Trafikant - Robert Seethaler - Buch', 'Der Trafikant - Robert Seethaler'],
    ['Geographies of the Book - 1st Edition', 'Geographies of the Book'],
    ['The One by John Marrs | Paperback', 'The One by John Marrs'],
  ])('%s', (title, rest) => {
    expect(withoutShopTail(title)).toBe(rest);
  });

  it('leaves a title whose own words they are', () => {
    expect(withoutShopTail('Das Buch')).toBe('Das Buch');
    expect(withoutShopTail('Paperback')).toBe('Paperback');
    expect(withoutShopTail('El libro de arena - Jorge Luis Borges')).toBe('El libro de arena - Jorge Luis Borges');
  });

  it("gives the work's author named in the title", () => {
    const doc = page(
      '<main><h1>Ювенилиа</h1><ul><li>Издательство: Водолей, 2018</li><li>ISBN: 978-5-91763-407-4</li></ul><p>Пятая поэтическая книга представляет читателю юношеские стихи автора, написанные в восьмидесятые годы.</p></main>',
      '<title>Ювенилиа — И. Семененко-Басин — купить книгу | MyBookList</title>',
    );
    expect(extractReview(doc, 'https://mybooklist.example/book/1').work.authors).toEqual(['И. Семененко-Басин']);
  });
});

describe('the name under a shop’s heading', () => {
  it('is no publisher when a label names that person the author', () => {
    const doc = page(
      `<main><h1>Kitabiyat Yazıları</h1><p><a href="/yazar/1">Yavuz Selim Karakışla</a></p><p><button>Sepete Ekle</button></p>
      <p>Yazarın kitaplarının sayısı arttıkça, yayınlanan kitap eleştirilerinin de sayısı azalır; bu kitap eleştirileri bir araya getiriyor.</p>
      <table><tr><td>Sayfa Sayısı</td><td>448</td></tr><tr><td>Yazar</td><td>Yavuz Selim Karakışla</td></tr></table></main>`,
      '<title>Kitabiyat Yazıları - Yavuz Selim Karakışla | Garanti Kitap</title>',
    );
    const r = extractReview(doc, 'https://garantikitap.example/kitabiyat-yazilari');
    expect(r.work.authors).toEqual(['Yavuz Selim Karakışla']);
    expect(r.work.publisher).toBeNull();
  });
});
