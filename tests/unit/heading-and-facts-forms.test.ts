/**
 * Forms a review's heading, opening and facts take on sites the readers were not written on: a
 * headline that ends on the author's quoted title, a Polish low quote typed as two commas, a name
 * and a quoted title set apart by a dash, a post's title said again with its author, a biography
 * that opens with the author's birth, a binding and its facts set apart by commas.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { titleByAuthor } from '../../lib/extract/page-info';
import { mightBeReview } from '../../lib/extract/prefilter';
import { parseFactsLine } from '../../lib/extract/trade-lines';
import { parseCitation } from '../../lib/extract/citation-line';
import { readAboutAuthor } from '../../lib/extract/about-author';
import { readProseImprint } from '../../lib/extract/prose-mention';
import { collectLines } from '../../lib/extract/lines';
import { extractReview } from '../../lib/extract';
import { tidyTitle } from '../../lib/extract/normalize/title';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('a heading that names the work and its author', () => {
  it('reads a headline that ends on the author’s quoted title, after a colon', () => {
    expect(titleByAuthor("Monument to a Mother’s love: Perumal Murugan's 'Amma'", true)).toEqual({ title: 'Amma', people: 'Perumal Murugan' });
    // A quote that is no title stays unread: the part after the possessive must open with a capital.
    expect(titleByAuthor("Review: Perumal Murugan's 'quiet' book", true)).toBeNull();
  });
  it('reads two commas typed for a low opening quote, then the name', () => {
    expect(titleByAuthor(',,Rok zmian" Mieczysław Gorzka', true)).toEqual({ title: 'Rok zmian', people: 'Mieczysław Gorzka' });
    expect(titleByAuthor('„Rok zmian“ Mieczysław Gorzka', true)).toEqual({ title: 'Rok zmian', people: 'Mieczysław Gorzka' });
  });
  it('reads a heading set with a post’s handles and hashtags', () => {
    expect(titleByAuthor('#BookReview: Trespasses by Louise Kennedy @KennedyLoulou @BloomsburyBooks #Trespasses #5Stars', true)).toEqual({
      title: 'Trespasses',
      people: 'Louise Kennedy',
    });
  });
  it('leaves a Russian name after the quoted title to the reader of the genitive', () => {
    expect(titleByAuthor('«Обитель» Захара Прилепина', true)).toBeNull();
  });
  it('reads a name and a quoted title set apart by a dash', () => {
    expect(titleByAuthor('Rezension: Luisa Binder – „Friede, Freude, Pfefferkuchen“', true)).toEqual({
      title: 'Friede, Freude, Pfefferkuchen',
      people: 'Luisa Binder',
    });
  });
});

describe('the prefilter', () => {
  const post = (title: string, opening: string) =>
    page(`<div class="post hentry"><h3 class="post-title entry-title">${title}</h3><div class="post-body">${opening}</div></div>`);
  it('reads on where the post’s title is said again in its opening with its author', () => {
    expect(
      mightBeReview(post('Solar', '<p>Solar, de Ian Mc Ewan, que ha publicado Ed. Anagrama, ha recibido muy buenas críticas. Pero no coincido con ellas.</p>')),
    ).toBe(true);
  });
  it('turns away a post whose title comes back with no author after it', () => {
    expect(mightBeReview(post('Solar', '<p>Solar, de momento, es lo que hay. Mañana más fotos del viaje.</p>'))).toBe(false);
  });
});

describe('the author’s biography under its heading', () => {
  const about = (body: string) => readAboutAuthor(collectLines(page(body)).lines, () => false, false)?.author ?? null;
  it('reads the heading in more languages, and the name after a clause of birth', () => {
    expect(
      about('<h1>Saptamana nebuna</h1><p>Un roman.</p><h2>Despre autor</h2><p>Nascut la 6 ianuarie 1946, Stelian Turlea a urmat studii de filologie.</p>'),
    ).toBe('Stelian Turlea');
    expect(about('<h1>X</h1><p>Powieść.</p><h2>O autorze</h2><p>Urodzony w 1970 roku w Poznaniu, Mieczysław Gorzka pisze kryminały.</p>')).toBe(
      'Mieczysław Gorzka',
    );
  });
  it('takes nothing where the birth clause leads to no name', () => {
    expect(about('<h1>X</h1><p>Un roman.</p><h2>Despre autor</h2><p>Nascut la Bucuresti, a urmat studii de filologie.</p>')).toBeNull();
  });
});

describe('a book’s facts and labels', () => {
  it('reads a binding and its facts set apart by commas, the house after the binding', () => {
    const c = parseFactsLine('Fakten: Taschenbuch, Knaur, Erscheinungsdatum: 02.10.2017, 302 Seiten, 9,99€ – auch als eBook erhältlich');
    expect(c?.publisher?.value).toBe('Knaur');
    expect(c?.date?.value).toBe('2017-10-02');
    expect(c?.pages?.value).toBe(302);
    expect(c?.authors).toBeNull();
  });
  it('takes no preposition for a publishing place in a sentence of prose', () => {
    const c = parseCitation({ text: 'I fought the urge to not read it. See, here is what happens, In 1996, a spoilt rich boy kills two people.', runs: [] });
    expect(c?.place?.value ?? null).not.toBe('In');
  });
  it('reads `Book:` as the title’s label and drops a `Plot Summary:` label from the summary', () => {
    const x = extractReview(
      page(
        '<main><h1>Book Review: Villainy by Upamanyu Chatterjee</h1><p>Book: Villainy<br>Author: Upamanyu Chatterjee<br>Pages: 336</p><p>Plot Summary: Walkers in a Delhi neighbourhood park come upon a body on a mid-winter morning, an unidentified body with a scar between the eyes.</p></main>',
      ),
      'https://example.org/2023/03/book-review-villainy.html',
    );
    expect(x.work.title).toBe('Villainy');
    expect(x.review.summary).toMatch(/^Walkers in a Delhi/);
  });
});

describe('the post’s own byline and what kind of page it is', () => {
  it('reads the reviewer from a post’s meta line above its title where only the prose names the work', () => {
    const x = extractReview(
      page(
        '<main><article><div class="post-metadata"><span class="post-author">Carolina Schmitt Testoni</span></div><h1>RESENHA: FINALE</h1><div class="post-content">' +
          '<p>Meus amigos, que final, que história, que livro.</p>' +
          '<p>Gostaria de começar essa resenha agradecendo a Stephanie Garber por ter escrito essa fantasia incrível. Desde os primeiros capítulos eu estava presa ao livro e ansiosa pelo final.</p>' +
          '<p>No primeiro livro, temos Scarlett como protagonista e temos sua visão dos acontecimentos; no segundo, acompanhamos Tella em suas aventuras.</p>' +
          '</div></article></main>',
      ),
      'https://example.org/post/resenha-finale',
    );
    expect(x.work.authors).toEqual(['Stephanie Garber']);
    expect(x.review.reviewer).toBe('Carolina Schmitt Testoni');
  });
  it('takes no commenter’s name for the reviewer', () => {
    const x = extractReview(
      page(
        '<main><article><h1>RESENHA: FINALE</h1><div class="post-content">' +
          '<p>Gostaria de começar essa resenha agradecendo a Stephanie Garber por ter escrito essa fantasia incrível. Desde os primeiros capítulos eu estava presa ao livro e ansiosa pelo final.</p>' +
          '<p>No primeiro livro, temos Scarlett como protagonista e temos sua visão dos acontecimentos; no segundo, acompanhamos Tella em suas aventuras.</p>' +
          '</div></article><div class="comments"><span class="post-author">Maria Silva</span><p>Adorei!</p></div></main>',
      ),
      'https://example.org/post/resenha-finale',
    );
    expect(x.review.reviewer).toBeNull();
  });
  it('takes a journal’s list of books received for no review, whatever citation it opens with', () => {
    const x = extractReview(
      page(
        '<main><h1>Annotated Books Received</h1><p>A supplement of Translation Review. Volume 9, No. 1, June 2003.</p>' +
          '<p>Adonis. If Only the Sea Could Sleep: Love Poems. Translated by Kamal Boullata. Los Angeles: Green Integer, 2003. 150 pp. Paper: $11.95. ISBN 1-931243-29-8.</p>' +
          '<p>For Adonis, poetry is a vision, a leap outside of established concepts, a change in the order of things and in the way we look at them. These poems are selected from his complete works.</p></main>',
      ),
      'https://example.org/doc/annotated-books-received',
    );
    expect(x.isReview).toBe(false);
  });
});

describe('a title without what a page adds around it', () => {
  it.each([
    ['Sylvie Schenk, In Erwartung eines Glücks', ['Sylvie Schenk'], 'In Erwartung eines Glücks'],
    ['Carlos Vila Sexto. O enigma de Caronte', ['Carlos Vila Sexto'], 'O enigma de Caronte'],
    ['The Trouble with Medical Journals: Richard Smith', ['Richard Smith'], 'The Trouble with Medical Journals'],
    ['Punjabi Parmesan review', [], 'Punjabi Parmesan'],
    ['‘Karl Marx and Contemporary Philosophy’ reviewed by David McLellan', [], 'Karl Marx and Contemporary Philosophy'],
    ['Mon avis sur Le Contrat', [], 'Le Contrat'],
    ['{Rezension} Cruxifix', [], 'Cruxifix'],
    ['International Relations, third edition', [], 'International Relations'],
    ['Novoli nei secoli XVII-XVIII. Ediz. limitata', [], 'Novoli nei secoli XVII-XVIII'],
    ['The Ministry of Utmost Happiness Paperback English', [], 'The Ministry of Utmost Happiness'],
    ['Porcul spinos, trad. de Mihai Moroiu, Editura Nemira, Colecţia Babel', [], 'Porcul spinos'],
  ])('%s', (raw, people, want) => {
    expect(tidyTitle(raw, people)).toBe(want);
  });
  it('keeps a title that only starts with a name or ends with a review word of its own', () => {
    expect(tidyTitle('Richard Smith and the Medical Journals', ['Richard Smith'])).toBe('Richard Smith and the Medical Journals');
    expect(tidyTitle('The Paris Review', [])).toBe('The Paris Review');
  });
});

describe('a post that names the work in a line or sentence of its own', () => {
  it('reads `A – Title (Publisher, year)` on a line of its own as the work, its author and imprint', () => {
    const lines = collectLines(
      page(
        '<main><article><h1>Kirja-arvio</h1><p>Jørn Lier Horst – Hylkiöt (Otava, 2019)</p><p>Suomalaisille dekkarin ystäville Horst on uusi tuttavuus.</p></article></main>',
      ),
    ).lines;
    expect(readProseImprint(lines, () => false)).toMatchObject({ title: 'Hylkiöt', author: 'Jørn Lier Horst', publisher: 'Otava', date: '2019' });
  });
  it('reads a post that opens with the author’s name and the quoted title, and lets it past the prefilter', () => {
    const doc = page(
      '<main><h2>natalyakovalchuk</h2><p>Анна Старобинец "Лисьи броды". Роман, который не только Юзефович считает главным русским романом 2022 года.</p>' +
        '<p>И казалось бы все у романа есть, и сюжет увлекательный, и герои, и место романа, и мифология.</p></main>',
      '<title>natalyakovalchuk — Timeline</title>',
    );
    expect(mightBeReview(doc)).toBe(true);
    expect(extractReview(doc, 'https://example.org/timeline').work).toMatchObject({ title: 'Лисьи броды', authors: ['Анна Старобинец'] });
  });
});
