import { afterAll, describe, expect, it } from 'vitest';
import { CITE_HINT, mightBeReview, mightHoldReviewText, REVIEW_TEXT } from '../../lib/extract/prefilter';
import { closeWindows, page } from './extract-helpers';
import { hintPattern, LABEL_ROWS } from '../../lib/extract/labels';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';
import { BOOKS_WORD, REVIEW_WORD } from '../../lib/extract/signals';

/**
 * The test as it was before it ran on lower-cased text, one case-insensitive Unicode pattern,
 * bounds it from both sides: with labels followed by a colon only (never more than now), and
 * with a label followed by a space and any letter (under `iu`, `\p{Lu}` matched lower case too).
 */
const source = hintPattern().source;
if (!source.endsWith('|(\\s+)(?=\\S))')) throw new Error('the label-then-space branch of hintPattern changed: update this test');
const colonOnly = new RegExp(source.replace('|(\\s+)(?=\\S)', ''), 'iu');
const anyLetter = new RegExp(source.replace('|(\\s+)(?=\\S)', '|\\s+(?=\\p{L})'), 'iu');

describe('the prefilter’s text test', () => {
  it.each([
    ['Author: Jane Doe', true],
    ['AUTHOR: JANE DOE', true],
    ['Reviewed by Jane Doe', true],
    ['it was reviewed by the committee', false],
    ['Reviewed by\u00a0Jane', true],
    ['our author publisher: nobody', true],
    ['İstanbul, Number of pages: 300', true],
    ['İSBN 10', false],
    ['ISBN 978-0-00-000000-0', true],
    ['isbnx and doix', false],
    ['312 pp.', true],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', false],
    ['A review of the year', true],
    ['“The Last White Man,” a novel by Moshin Hamid. (Riverhead Books)', true],
    ['It was a novel idea by the team', false],
    ['the book by his side', false],
    ['an excerpt from the preface (University of Pennsylvania, $26.50)', true],
    ['(see page 4)', false],
    ['*Starred Review* When Owen’s aunt is too injured to continue', true],
    ['From Booklist, Copyright American Library Association.', true],
    ['Marcadores: kitap yorumu, stalin, rusya', true],
    ['Les choses humaines, Karine Tuil, Gallimard, 2019', true],
    ['Posted by John Smith, Reuters', false],
    ['Es una de las novelas de Stephenie Meyer', true],
    ['дебютный роман Гузель Яхиной', true],
    ['Ho terminato di leggere “Roma”, di Alberto Angela', true],
    ['a shelf of books by the window', false],
    ['Vou dar dois conselhos antes de você ler “A Última Colônia” de John Scalzi: primeiro…', true],
    ['„Lichtspiel“ von Daniel Kehlmann erzählt von G. W. Pabst', true],
    ['les propos « inacceptables » de Jean Dupont', false],
    ['“Leia mais” de hoje', false],
    ['Jan Kjærstad: Storefjeld. Oversat fra norsk af Sarah Koch. 368 sider. 299,95 kr. Rosinante.', true],
    ['Olga Tokarczuk, Empuzjon. Wydawnictwo Literackie 2022, 400 stron', true],
    ['Saskia De Coster, Nachtouders, Prometheus, 256 blz., € 22,99', true],
    ['De trein vertrekt om 8 uur van spoor 256', false],
    ['We walked 368 metres in 2019', false],
  ])('%s → %s', (text, expected) => {
    expect(mightHoldReviewText(text)).toBe(expected);
  });

  it('says yes where a label has a colon and no more than where a label is followed by any word, in any case', () => {
    const next = rng(7);
    const words = LABEL_ROWS.flatMap(([, , ...syns]) => syns);
    const filler = ['the', 'Jane', 'doe', 'press', 'and', ':', ' ', '  ', '\n', '1999', 'pages', 'by', 'İ', 'ß', 'Édition'];
    const pick = <T>(xs: readonly T[]) => must(xs[Math.floor(next() * xs.length)], 'xs[Math.floor(next() * xs.length)]');
    // By code point: each letter of the filler words is one.
    const recase = (w: string) =>
      Array.from(w)
        .map((c) => (next() < 0.3 ? c.toUpperCase() : next() < 0.5 ? c.toLowerCase() : c))
        .join('');
    const seen = { colon: 0, between: 0, none: 0 };
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () => (next() < 0.3 ? recase(pick(words)) : pick(filler)));
      const text = parts.join(next() < 0.5 ? ' ' : '');
      const said = mightHoldReviewText(text);
      const review = REVIEW_TEXT.test(text) || CITE_HINT.test(text);
      if (review || colonOnly.test(text)) {
        expect(said, JSON.stringify(text)).toBe(true);
        seen.colon++;
      } else if (!anyLetter.test(text)) {
        expect(said, JSON.stringify(text)).toBe(false);
        seen.none++;
      } else seen.between++;
    }
    // Each case is well represented, so the bounds say something.
    expect(Math.min(seen.colon, seen.between, seen.none)).toBeGreaterThan(100);
  });
});

describe('the prefilter on a whole page', () => {
  const doc = (title: string, body: string, url = 'https://example.org/2021/01/post') => page(body, `<title>${title}</title>`, url);
  afterAll(closeWindows);

  it('reads a run-in abstract opening the main text, as a report’s page without a heading has it', () => {
    const body = (lead: string) =>
      `<main><p>19 Mart Sonrası Durum Tespiti</p><p>${lead}</p><p>Demokrasi askıya alınmış, özgürlükler kısıtlanmıştır.</p></main>`;
    expect(mightBeReview(doc('Haberler', body('ÖZET')))).toBe(true);
    expect(mightBeReview(doc('Haberler', body('GÜNDEM')))).toBe(false);
  });
  it('reads a book section at the top of the address as well as deeper down', () => {
    const body = '<main><h1>The Paris Package</h1><p>Finance for climate action is like the elephant in the story.</p></main>';
    expect(mightBeReview(doc('The Paris Package', body, 'https://example.org/research/the-paris-package'))).toBe(true);
    expect(mightBeReview(doc('The Paris Package', body, 'https://example.org/en/research/the-paris-package'))).toBe(true);
    expect(mightBeReview(doc('The Paris Package', body, 'https://research.example.org/the-paris-package'))).toBe(false);
  });
  it('reads the words for a review and a book in the languages beyond the first seven', () => {
    const body = '<main><h1>Dědeček</h1><p>Příběh, který se čte jedním dechem, o rodině a o válce.</p></main>';
    for (const title of [
      'Recenze: Dědeček',
      'Boekbespreking: De avond is ongemak',
      'Recenzja książki „Bieguni”',
      'Anmeldelse: Min kamp',
      'Рецензія на роман «Ворошиловград»',
      'Recenzie: Solenoid',
      'Bokanmeldelse: Oppfølgerfellen',
      'Boganmeldelse: Storefjeld',
      'Buchkritik: Lichtspiel',
      'Boekrecensie: Nachtouders',
      'Könyvkritika: Az ember',
    ])
      expect(mightBeReview(doc(title, body))).toBe(true);
    expect(mightBeReview(doc('Dědeček', body))).toBe(false);
    expect(mightBeReview(doc('Dědeček', body, 'https://example.cz/recenze/dedecek'))).toBe(true);
  });
  it('gives the extractor the same words: a review word in compounds, a section for books in more languages', () => {
    for (const t of ['Buchkritik: Lichtspiel', 'Könyvkritika: Az ember', 'Рецензія на роман', 'Kirja-arvio: Sinuhe', 'Bokanmeldelse: Oppfølgerfellen'])
      expect(REVIEW_WORD.test(t)).toBe(true);
    expect(REVIEW_WORD.test('Kritik an der Regierung')).toBe(false);
    for (const t of ['/kultur/boker/', 'Posted in Böcker', '/boeken/', 'Kategoria: Książki', '/knihy/', '/konyvek/', 'Kirjat'])
      expect(BOOKS_WORD.test(t)).toBe(true);
    expect(BOOKS_WORD.test('/bokning/')).toBe(false);
  });
  it('reads a bookseller’s pick (`Coup de cœur`) in the title', () => {
    const body = '<main><h1>Le Garçon</h1><p>L’histoire d’un enfant sauvage au début du siècle.</p></main>';
    expect(mightBeReview(doc('Coup de cœur de la librairie | Zulma', body))).toBe(true);
    expect(mightBeReview(doc('Le mot de la librairie | Zulma', body))).toBe(false);
  });
  it('reads the address of one item on a catalogue’s or repository’s software', () => {
    const body = '<main><p>CANDEL VILA,RAFAEL</p><p>ENCICLOPEDIA LABOR.VOL(IV) - BARCELONA :HERMES ,1962</p></main>';
    expect(mightBeReview(doc('Biblioteca', body, 'https://library.example/cgi-bin/koha/opac-ISBDdetail.pl?biblionumber=1874841'))).toBe(true);
    expect(mightBeReview(doc('Biblioteca', body, 'https://library.example/cgi-bin/koha/opac-search.pl?q=labor'))).toBe(false);
  });
  it('reads the work and its author before a journal’s and a site’s names in the title', () => {
    const body = '<main><p>Бывает и так: дослушаешь новую книгу и захочешь признаться.</p></main>';
    expect(mightBeReview(doc('(Шамиль Идиатуллин. «Последнее время») | Дружба Народов | Журнальный зал', body))).toBe(true);
    expect(mightBeReview(doc('Погода на неделю | Новости | Город', body))).toBe(false);
  });
  it('reads an imprint broken by a line break', () => {
    const body = (br: string) => `<main><p>Шамиль Идиатуллин. Роман. — М.: АСТ,${br}Редакция Елены Шубиной, 2020</p><p>Бывает и так.</p></main>`;
    expect(mightBeReview(doc('Дружба Народов', body('<br>')))).toBe(true);
    // …but not a colon and a year far apart.
    expect(mightBeReview(doc('Дружба Народов', body(`</p><p>${'Новости дня и недели. '.repeat(4)}</p><p>`)))).toBe(false);
  });
  // The heading block stands outside the main content here, as on many institutes' pages.
  const outside = (block: string, main = '<p>The regime is being tested by the war.</p>') => `<header>${block}</header><main>${main}</main>`;
  it('reads an author card in the heading block outside the main content', () => {
    const block = (label: string) => `<p>27/07/2023</p><h1>What Comes Next?</h1><p>${label}</p><p>Michel Duclos</p>`;
    expect(mightBeReview(doc('What Comes Next?', outside(block('Author'))))).toBe(true);
    expect(mightBeReview(doc('What Comes Next?', outside(block('Share'))))).toBe(false);
  });
  it('reads a run-in abstract or a preface under the heading', () => {
    const abs = (label: string) =>
      `<h1>La revisión del índice</h1><p><strong>${label}</strong>: El Center for Global Development ha publicado la segunda edición.</p>`;
    expect(mightBeReview(doc('La revisión del índice', outside(abs('Resumen'))))).toBe(true);
    expect(mightBeReview(doc('La revisión del índice', outside(abs('Noticias'))))).toBe(false);
    const pre = (word: string) => `<h1>Dış Politika Yıllığı</h1><p>Ocak, 2015</p><h2>${word}</h2><p>Bu sayı ile birlikte beşinci yılına ulaştı.</p>`;
    expect(mightBeReview(doc('Dış Politika Yıllığı', outside(pre('Önsöz'))))).toBe(true);
    expect(mightBeReview(doc('Dış Politika Yıllığı', outside(pre('Duyurular'))))).toBe(false);
  });
  it('reads a page count ending a line of the heading block', () => {
    const block = (facts: string) => `<h1>Queda la noche</h1><p>8433966081</p><p>Puértolas, Soledad</p><p>${facts}</p>`;
    const main = '<p>Un viaje por Oriente emprendido para huir del vacío del verano.</p>';
    expect(mightBeReview(doc('Queda la noche - Tienda', outside(block('ANAGRAMA, Compactos, 239 pgs.'), main)))).toBe(true);
    expect(mightBeReview(doc('Queda la noche - Tienda', outside(block('312 Seiten'), main)))).toBe(true);
    expect(mightBeReview(doc('Queda la noche - Tienda', outside(block('ANAGRAMA, Compactos, 239'), main)))).toBe(false);
  });
  it('reads a shop’s buy button beside a book, not beside anything else', () => {
    const shop = (blurb: string) => `<h1>A Collection of Verse</h1><p>${blurb}</p><p>13 in stock</p><button>Add to basket</button>`;
    expect(mightBeReview(doc('Product | Tool Shop', outside(shop('Sixty poems with an eclectic mix, from soul-searching to a coal fire.'))))).toBe(true);
    expect(mightBeReview(doc('Product | Tool Shop', outside(shop('A light drill with two batteries and a case.'))))).toBe(false);
    const tr = `<h1>Çanakkale Yanarken</h1><p>Türk romanının usta kalemlerinden biri, savaşı anlattığı bu romanında okura yeni bir pencere açıyor.</p><a>Sepete Ekle</a>`;
    expect(mightBeReview(doc('Çanakkale Yanarken', outside(tr)))).toBe(true);
  });
  it('reads a publisher after the year and a page range after a date', () => {
    expect(mightHoldReviewText('Она издана в 2018 году в издательстве «Эксмо».')).toBe(true);
    expect(mightHoldReviewText('Она родилась в 2018 году в Москве.')).toBe(false);
    expect(mightHoldReviewText('Rubbettino Editore, pagg.210, € 15,00')).toBe(true);
    // A hyphenated given name; a book said to be its author's new one.
    expect(mightHoldReviewText('Ce petit roman de Marie-Sabine Roger, écrit comme un journal intime, ne m’a pas séduit.')).toBe(true);
    expect(mightHoldReviewText('Nächste Woche kommt Peter Stamms neuer Roman «Nacht ist der Tag» in die Buchhandlungen.')).toBe(true);
    expect(mightHoldReviewText('Nächste Woche kommt der neue Fahrplan in die Bahnhöfe.')).toBe(false);
    // The houses' words of the other languages read: Catalan, Romanian, Polish, Dutch, Swedish, Danish.
    for (const imprint of [
      'Viena Edicions, Barcelona, 2014',
      'Editura Polirom, 2015',
      'Wydawnictwo Znak, 2019',
      'Uitgeverij De Bezige Bij, 2012',
      'Bonniers förlag, 2011',
      '2011, Gyldendals Forlag',
    ])
      expect(mightHoldReviewText(imprint), imprint).toBe(true);
    expect(mightHoldReviewText('(Kayıp Gül; Umran Dergisi, Sayı 185, Ocak 2010, sf.80-81)')).toBe(true);
    expect(mightHoldReviewText('(Umran Dergisi, Sayı 185, Ocak 2010)')).toBe(false);
  });
});
