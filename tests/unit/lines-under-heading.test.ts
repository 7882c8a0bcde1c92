/**
 * What a review's page sets on lines of their own under its heading or its title: the author's
 * name alone (after the post's date, before the publisher's line), the work's title under a
 * column's name, the reviewer's `Review:` line; and a page title that names a work `de` its author.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { mightBeReview } from '../../lib/extract/prefilter';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const PROSE =
  '<p>“SCHWEBLIN, O MAIOR NOVO TALENTO DA AMÉRICA DO SUL”, deixa-nos no seu primeiro romance uma sensação de pesadelo e o alívio do despertar quando se dobra a última página.</p>';

describe('the author’s name alone under the heading', () => {
  const post = (under: string, prose = PROSE) =>
    extractReview(
      page(`<main><article class="post"><h1 class="entry-title">Distância de Segurança</h1>${under}${prose}</article></main>`),
      'https://example.pt/2020/01/14/distancia-de-seguranca/',
    ).work;

  it('is the work’s author where the prose uses the family name alone, the post’s date between', () => {
    expect(post('<div class="date">14 Janeiro, 2020</div><h4>Samanta Schweblin</h4>').authors).toEqual(['Samanta Schweblin']);
  });

  it('is nobody’s where the prose never uses the family name alone, as a blogger’s name under a post', () => {
    const prose =
      '<p>Um romance curto que nos deixa uma sensação de pesadelo e o alívio do despertar quando se dobra a última página, sem dizer muito mais.</p>';
    expect(post('<div class="date">14 Janeiro, 2020</div><h4>Samanta Schweblin</h4>', prose).authors).toEqual([]);
  });
});

describe('a column’s heading, then the work’s title, its author and its publisher on lines of their own', () => {
  const column = (lines: string) =>
    extractReview(
      page(
        `<main><article><h1>Read of the week</h1>${lines}<p>The opening scene of South describes an old man riding a rusted exercise bike in the cellar below his shack.</p><p>Knowing that this debut novel was written under the pen name Frank Owen, I tried to see where one author began and the other ended.</p></article></main>`,
      ),
      'https://example.co.za/entertainment/read-of-the-week-22',
    );

  it('reads the title, the author, the publisher and the reviewer’s `Review:` line', () => {
    const r = column('<p>South</p><p>Frank Owen</p><p>Corvus Books</p><p>Review: Karen Watkins</p>');
    expect(r.work).toMatchObject({ title: 'South', authors: ['Frank Owen'], publisher: 'Corvus Books' });
    expect(r.review.reviewer).toBe('Karen Watkins');
  });

  it('takes no title or author where no publisher’s line follows the name and the prose never uses the family name alone', () => {
    expect(column('<p>South</p><p>Frank Owen</p><p>Karen Watkins</p>').work.authors).toEqual([]);
  });
});

describe('the prefilter', () => {
  const blog = (title: string, opening: string) =>
    page(`<div class="blog"><div>Le blog de petitfrere</div><div class="article">${opening}</div></div>`, `<title>${title}</title>`);

  it('reads on where the page’s title names a work `de` its author and the opening names that person again', () => {
    const title = 'Le chant de la mission de John Le Carré - Le blog de petitfrere';
    const opening = '<p>Le chant de la mission de John Le Carré</p><p>Depuis que j’ai découvert John Le Carré j’aime me plonger dans ses romans.</p>';
    expect(mightBeReview(blog(title, opening))).toBe(true);
    expect(mightBeReview(blog(title, '<p>Le chant de la mission de John Le Carré</p><p>Photos du voyage, et à demain.</p>'))).toBe(false);
  });
});
