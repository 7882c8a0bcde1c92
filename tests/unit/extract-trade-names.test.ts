/** How newspaper and magazine reviews name the book's author: in the headline, in the standfirst, in the lead. */
import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { titleByAuthor } from '../../lib/extract/page-info';
import { readHeadingSurname } from '../../lib/extract/heading-surname';
import { readProseMention } from '../../lib/extract/prose-mention';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('a headline that names the work and then goes on', () => {
  it('ends the author’s name at the headline’s colon (`„Title“ von A: …`)', () => {
    expect(titleByAuthor('„Tyll“ von Daniel Kehlmann: In Kehlmanns Puppentheater', true)).toMatchObject({ title: 'Tyll', people: 'Daniel Kehlmann' });
    expect(titleByAuthor('„Tyll“ von Daniel Kehlmann: In Kehlmanns Puppentheater', true)?.publisher).toBeUndefined();
  });
  it('reads French `de` elided before a vowel (`"Title" d’Odile d’Oultremont: …`), the particle kept in the name', () => {
    expect(titleByAuthor('"La Dernière nuit" d’Odile d’Oultremont: quand la vengeance devient une forme de justice', true)).toMatchObject({
      title: 'La Dernière nuit',
      people: 'Odile d’Oultremont',
    });
  });
  it('ends a possessive’s title at the comma that sets it off (`A’s new novel, Title, is …`)', () => {
    expect(titleByAuthor('Sally Rooney’s new novel, Intermezzo, is her longest and best consideration yet', true)).toMatchObject({
      title: 'Intermezzo',
      people: 'Sally Rooney',
    });
    expect(titleByAuthor('Deborah Levy’s The Man Who Saw Everything: a mixture of things', true)).toMatchObject({
      title: 'The Man Who Saw Everything',
      people: 'Deborah Levy',
    });
  });
});

describe('a capsule under the headline', () => {
  it('gives no title where a capsule sets a word for a kind of book in its place (`Roman von A, Verlag 2020`)', () => {
    const doc = page(
      '<article><h1>Buchtipp</h1><p class="subline">Roman von Hubert Achleitner<br>, Paul Zsolnay Verlag 2020, 23 Euro</p><p>Als Musiker nennt sich Hubert Achleitner nach jenem Ort, an dem er geboren wurde. In diesem Roman sind alle „flüchtig“.</p></article>',
    );
    expect(extractReview(doc, 'https://example.org/buchtipp').work).toMatchObject({ title: null, authors: ['Hubert Achleitner'] });
  });
});

describe('a quoted title and the author’s family name alone, the full name in the prose', () => {
  const lead = '<p>Michel Houellebecq signe avec “Anéantir” une œuvre maousse par sa longueur mais pas monumentale, touffue et exigeante.</p>';
  const read = (heading: string, body: string) => readHeadingSurname(heading, collectLines(page(body)).lines, new Set());
  it('takes the full name the prose gives the family name', () => {
    expect(read('“Anéantir” de Houellebecq n’est pas un grand cru', lead)).toEqual({ title: 'Anéantir', people: 'Michel Houellebecq' });
    expect(
      read(
        '«Patria» de Aramburu, la novela del año',
        '<p>Con Patria, Fernando Aramburu ha escrito la gran novela sobre los años de plomo en el País Vasco y sus víctimas.</p>',
      ),
    ).toEqual({ title: 'Patria', people: 'Fernando Aramburu' });
  });
  it('offers nothing where the prose never writes the full name, or the word after `de` is no name', () => {
    expect(
      read(
        '“Anéantir” de Houellebecq n’est pas un grand cru',
        '<p>Le roman est long, touffu et exigeant; on le lit pourtant jusqu’au bout sans trop savoir pourquoi.</p>',
      ),
    ).toBeNull();
    expect(read('“Anéantir” de plus en plus', lead)).toBeNull();
    expect(read('Houellebecq n’est pas un grand cru', lead)).toBeNull();
  });
  it('names the work and its author on a page whose headline does only so', () => {
    const doc = page(
      `<article><h1>“Anéantir” de Houellebecq n’est pas un grand cru</h1>${lead}<p>Les 300 premières pages peuvent paraître longues, mais on poursuit sans savoir si c’est par séduction ou par calcul.</p></article>`,
    );
    expect(extractReview(doc, 'https://example.org/2024/08/aneantir').work).toMatchObject({ title: 'Anéantir', authors: ['Michel Houellebecq'] });
  });
});

describe('the standfirst’s appositive: the title, then the kind of book and its author', () => {
  const mention = (body: string) => readProseMention(collectLines(page(body)).lines, () => false);
  it('reads the author after what the writer is (`by the lecturer and essayist A`)', () => {
    expect(
      mention('<p>The Furrows, the second novel by the lecturer and essayist Namwali Serpell, is a masterfully intelligent and many-sided book</p>'),
    ).toMatchObject({ title: 'The Furrows', author: 'Namwali Serpell' });
    expect(
      mention('<p>Hamnet, the new novel by Maggie O’Farrell, tells of the death of Shakespeare’s son and of the grief that followed it.</p>'),
    ).toMatchObject({
      title: 'Hamnet',
      author: 'Maggie O’Farrell',
    });
  });
});

describe('a word for the book, its title unquoted, then its author', () => {
  const mention = (body: string) => readProseMention(collectLines(page(body)).lines, () => false);
  it('reads the title and the author after `romanzo come`, `novela`, `novel`', () => {
    expect(
      mention('<p>Quando un lettore ha la fortuna di trovarsi davanti a un bel romanzo come Il Figlio di Philip Meyer è meglio che si prepari.</p>'),
    ).toMatchObject({ title: 'Il Figlio', author: 'Philip Meyer' });
    expect(mention('<p>Un comentario sobre la novela Patria de Fernando Aramburu, que narra el drama del País Vasco durante décadas.</p>')).toMatchObject({
      title: 'Patria',
      author: 'Fernando Aramburu',
    });
  });
  it('reads a sentence that opens with the title, then after a comma its author (`Patria, de Fernando Aramburu, explica`)', () => {
    expect(
      mention('<p>Patria, de Fernando Aramburu, explica cómo el terrorismo horadó los cimientos morales de la sociedad vasca durante décadas.</p>'),
    ).toMatchObject({ title: 'Patria', author: 'Fernando Aramburu' });
    expect(
      mention(
        '<p>Pocas novelas han tenido una recepción tan entusiasta como Los Asquerosos, la última obra de Santiago Lorenzo. El calificativo es justo.</p>',
      ),
    ).toMatchObject({ title: 'Los Asquerosos', author: 'Santiago Lorenzo' });
  });
  it('takes no title from words that do not open with a capital', () => {
    expect(mention('<p>It is a novel about grief and horses by the Australian writer, and it is quite something to read.</p>')).toBeNull();
  });
});

describe('a Russian review’s lead: a word for a book, then its author in the genitive', () => {
  const mention = (body: string) => readProseMention(collectLines(page(body)).lines, () => false);
  it('reads the author in the nominative, and a title in Latin letters after the name', () => {
    expect(
      mention(
        '<p>В сентябре издательство «Эксмо» выпустило в продажу новый роман Виктора Пелевина A Sinistra. «Рамблер» прочёл книгу и делится впечатлениями.</p>',
      ),
    ).toMatchObject({ title: 'A Sinistra', author: 'Виктор Пелевин' });
    expect(
      mention('<p>26 августа одновременно в издательстве «Эксмо» и на «ЛитРес» выходит новый роман Виктора Пелевина. Рецензент уже прочел книгу.</p>'),
    ).toMatchObject({ title: null, author: 'Виктор Пелевин' });
    expect(mention('<p>Это второй роман Гузели Яхиной, и он не похож на первый: в нём меньше этнографии и больше истории.</p>')).toMatchObject({
      author: 'Гузель Яхина',
    });
  });
  it('takes no name whose case its spelling does not tell, and no title in figures alone', () => {
    expect(mention('<p>Вышел новый роман Андрея Рубанова, и критики спорят о нём всю неделю, не прочитав и половины.</p>')).toMatchObject({
      author: 'Андрей Рубанов',
    });
    expect(mention('<p>Это новый роман Марии Степанян о семье и войне, написанный за два года и изданный в этом месяце.</p>')).toBeNull();
  });
});
