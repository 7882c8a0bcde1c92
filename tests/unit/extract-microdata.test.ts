/** schema.org microdata of a book or a product, read as the JSON-LD nodes are. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { microdataItems } from '../../lib/extract/microdata';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const BLURB =
  '<p>Una novela que recorre tres generaciones de una familia, contada con calidez e ingenio y con una mirada aguda sobre los tiempos que vivieron juntos.</p>' +
  '<p>Una historia sobre la memoria y el olvido, sobre lo que heredamos y lo que dejamos atrás, escrita con una prosa precisa y luminosa.</p>';

describe('a book’s microdata', () => {
  it('gives the item’s own properties, an attribute’s value for meta, link and time, nested items as nodes', () => {
    const doc = page(
      `<div itemscope itemtype="https://schema.org/Book"><h1 itemprop="name">El largo camino</h1>
       <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Juan Pérez García</span></span>
       <meta itemprop="isbn" content="9788433998521"><time itemprop="datePublished" datetime="2021-03-04">marzo de 2021</time>
       <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="18.90"></div></div>`,
    );
    expect(microdataItems(doc)).toEqual([
      {
        '@type': 'Book',
        name: 'El largo camino',
        author: { '@type': 'Person', name: 'Juan Pérez García' },
        isbn: '9788433998521',
        datePublished: '2021-03-04',
        offers: { '@type': 'Offer', price: '18.90' },
      },
    ]);
  });

  it('reads no blog’s microdata of its own posts', () => {
    const doc = page(
      '<article itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">Post</h1><span itemprop="author">Ana</span></article>',
    );
    expect(microdataItems(doc)).toEqual([]);
  });

  it('names the work on a shop’s page that marks it so', () => {
    const doc = page(
      `<main><div itemscope itemtype="https://schema.org/Book"><h1 itemprop="name">El largo camino</h1>
       <meta itemprop="author" content="Juan Pérez García"><button>Añadir al carrito</button>${BLURB}
       <meta itemprop="publisher" content="Anagrama"><meta itemprop="numberOfPages" content="320"><meta itemprop="isbn" content="9788433998521"></div></main>`,
      '<title>El largo camino - Librería Ejemplo</title>',
    );
    const r = extractReview(doc, 'https://shop.example/libro/el-largo-camino');
    expect(r.isReview).toBe(true);
    expect(r.work).toMatchObject({ title: 'El largo camino', authors: ['Juan Pérez García'], publisher: 'Anagrama', pages: 320, isbn: '9788433998521' });
  });
});
