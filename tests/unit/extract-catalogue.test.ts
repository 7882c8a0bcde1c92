/** Trade reviews' and booksellers' fact lines, and the records library catalogues show. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseFactsLine, parseTradeHeader } from '../../lib/extract/trade-lines';
import { splitNames } from '../../lib/extract/normalize/names';
import { tidyTitle } from '../../lib/extract/normalize/title';
import { extractReview, extractWithEvidence } from '../../lib/extract';
import { collectMeta } from '../../lib/extract/meta';
import { repositoryPlatform } from '../../lib/extract/platform';
import { productPage } from '../../lib/extract/product-page';
import { collectJsonLd } from '../../lib/extract/json-ld';
import { collectLines } from '../../lib/extract/lines';
import { calmCapitals } from '../../lib/extract/text';
import { isbdAreas, mainEntryName } from '../../lib/extract/isbd-view';
import { citationValues, closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const fields = citationValues;

describe('a trade review’s header: `[Title.] Author. Publisher, $price (Np) ISBN`', () => {
  it('reads the names, the publisher (with its own full stop), the page count and the ISBN', () => {
    expect(fields(parseTradeHeader("Kristin Hannah. St. Martin's, $30 (480p) ISBN 978-1-250-17863-3"))).toMatchObject({
      title: null,
      authors: ['Kristin Hannah'],
      editors: null,
      publisher: "St. Martin's",
      date: null,
      pages: 480,
      isbn: '978-1-250-17863-3',
    });
  });
  it('reads a title before the names', () => {
    expect(fields(parseTradeHeader('The Fate of Rome. Kyle Harper. Princeton Univ, $35 (440p) ISBN 978-0-691-16683-4'))).toMatchObject({
      title: 'The Fate of Rome',
      authors: ['Kyle Harper'],
      publisher: 'Princeton Univ',
      pages: 440,
    });
  });
  it('is none without a price, or without a page count or ISBN, or without names first', () => {
    expect(parseTradeHeader("Kristin Hannah. St. Martin's (480p) ISBN 978-1-250-17863-3")).toBeNull();
    expect(parseTradeHeader("Kristin Hannah. St. Martin's, $30")).toBeNull();
    expect(parseTradeHeader('Sale ends today. Everything in the shop, $30 (480p)')).toBeNull();
  });
});

describe('a line of a book’s facts set apart by bullets', () => {
  it('reads the publisher, price, page count and ISBN', () => {
    expect(fields(parseFactsLine("St. Martin's • $30 • 480 pages • ISBN 9781250178633"))).toMatchObject({
      title: null,
      authors: null,
      editors: null,
      publisher: "St. Martin's",
      date: null,
      pages: 480,
      isbn: '9781250178633',
    });
  });
  it('reads a byline with the book’s release date', () => {
    expect(fields(parseFactsLine('by Kristin Hannah ‧ RELEASE DATE: Feb. 6, 2024'))).toMatchObject({ authors: ['Kristin Hannah'], date: '2024-02-06' });
  });
  it('reads facts set apart by dashes, the language left out', () => {
    expect(fields(parseFactsLine('Langue française – 300 pages – Sortie : Mars 2016'))).toMatchObject({ publisher: null, pages: 300, date: '2016-03' });
  });
  it('is none for a news story’s byline, which gives no book’s facts', () => {
    expect(parseFactsLine('By John Smith • March 5, 2024 • 5 min read')).toBeNull();
    expect(parseFactsLine('Home | News | Sport | Culture')).toBeNull();
  });
});

describe('people as library catalogues head them', () => {
  it('drops life dates and reads the role', () => {
    expect(splitNames('Weigert, Hans W. 1902-1983, editor.; Stefansson, Vilhjalmur, 1879-1962, editor.')).toEqual({
      names: ['Weigert, Hans W.', 'Stefansson, Vilhjalmur'],
      editors: true,
    });
    expect(splitNames('Kemal, Yaşar, 1923-2015')).toEqual({ names: ['Kemal, Yaşar'], editors: false });
  });
  it('leaves out a translator, and keeps the author with an RDA role', () => {
    expect(splitNames('Smith, John, 1950- author.; Doe, Jane, translator.')).toEqual({ names: ['Smith, John'], editors: false });
  });
  it('cuts the statement of responsibility after a title', () => {
    expect(tidyTitle('Ince Memed / Yaşar Kemal', ['Yaşar Kemal'])).toBe('Ince Memed');
  });
  it('cuts a shop’s binding, and the series before it, after a title', () => {
    expect(tidyTitle('Stoner (New York Review Books Classics) (Paperback)', [])).toBe('Stoner');
    expect(tidyTitle('Der Trafikant (Taschenbuch)', [])).toBe('Der Trafikant');
    // A catalogue files the title under its first noun, the article in brackets after it.
    expect(tidyTitle('Mystère Henri Pick (Le)', [])).toBe('Le Mystère Henri Pick');
    expect(tidyTitle('Anomalie (L’)', [])).toBe('L’Anomalie');
    expect(tidyTitle('Brief History of Time (A)', [])).toBe('A Brief History of Time');
    expect(tidyTitle('The Rules of Attraction (A Novel)', [])).toBe('The Rules of Attraction (A Novel)');
  });
  it('leaves out those named by another part in the book', () => {
    expect(splitNames('John Williams, John McGahern (Introduction by)').names).toEqual(['John Williams']);
    expect(splitNames('Yoko Tawada, Susan Bernofsky (Translated by)').names).toEqual(['Yoko Tawada']);
    expect(splitNames('Jane Doe (Introduction by)').names).toEqual([]);
    // A translator's statement in the other languages read names no author.
    for (const said of [
      'Traducció de Marta Pera Cucurell',
      'Übersetzt von Anna Weiss',
      'Vertaald door Jan Smit',
      'Przekład: Anna Nowak',
      'Översatt av Eva Berg',
    ])
      expect(splitNames(said).names, said).toEqual([]);
  });
});

describe('a catalogue record on the page', () => {
  it('reads Koha’s `By:` as the author, not the reviewer, and `Publisher: Place : Publisher, Year`', () => {
    const doc = page(`<div id="catalogue_detail_biblio"><h1 class="title">Ince Memed / Yaşar Kemal.</h1>
      <h5 class="author">By: <a>Kemal, Yaşar</a></h5>
      <div><span class="label">Material type: </span>Text</div>
      <div><span class="label">Publisher: </span>İstanbul : Yapı Kredi Yayınları, 2005</div>
      <div><span class="label">Description: </span>436 p. ; 20 cm.</div>
      <div><span class="label">ISBN: </span>9750807173</div></div>`);
    const x = extractReview(doc, 'https://koha.example.org/cgi-bin/koha/opac-detail.pl?biblionumber=1');
    expect(x.work).toMatchObject({ title: 'Ince Memed', authors: ['Yaşar Kemal'], publisher: 'Yapı Kredi Yayınları', place: 'İstanbul', date: '2005' });
    expect(x.review.reviewer).toBeNull();
  });
  it('reads VuFind’s `Other Authors` with their roles, `Published:` as an imprint and `Physical Description` as the pages', () => {
    const doc = page(`<h1>Compass of the world : a symposium on political geography /</h1>
      <table><tr><th>Other Authors:</th><td><a>Weigert, Hans W. 1902-1983, editor.</a><br><a>Stefansson, Vilhjalmur, 1879-1962, editor.</a></td></tr>
      <tr><th>Format:</th><td>Book</td></tr>
      <tr><th>Published:</th><td>New York : Macmillan, 1944.</td></tr>
      <tr><th>Physical Description:</th><td>xv, 466 p. : maps ; 22 cm.</td></tr></table>`);
    expect(extractReview(doc, 'https://catalog.example.edu/Record/123').work).toMatchObject({
      editors: ['Hans W. Weigert', 'Vilhjalmur Stefansson'],
      authors: [],
      place: 'New York',
      publisher: 'Macmillan',
      date: '1944',
      pages: 466,
    });
  });
});

describe('a trade review’s page', () => {
  it('reads the header under the title and recognises the review', () => {
    const doc = page(`<main><h1>The Women</h1><h2>Kristin Hannah. St. Martin's, $30 (480p) ISBN 978-1-250-17863-3</h2>
      <p>Bestseller Hannah returns with an absorbing story of a young nurse in the Vietnam war. Frankie enlists after her brother dies, and the novel follows her home.</p></main>`);
    const x = extractReview(doc, 'https://www.publishersweekly.com/9781250178633');
    expect(x.work).toMatchObject({ title: 'The Women', authors: ['Kristin Hannah'], publisher: "St. Martin's", pages: 480 });
    expect(x.isReview).toBe(true);
  });
});

describe('a MARC view with the tag, the indicators and the subfields in cells of their own', () => {
  it('reads the record, in the case it is written in elsewhere, without taking the size for the extent', () => {
    const doc = page(`<main><h1>MARC view</h1><table class="marc">
      <tr><td>100</td><td>_aMETCALFE,J</td></tr>
      <tr><td>245</td><td>0 _aSUBJECT CLASSIFYING AND INDEXING LIBRARIES AND LITERATURE</td></tr>
      <tr><td>260</td><td>_bANGUS AND ROBERTSON<br>_c1959</td></tr>
      <tr><td>300</td><td>_a24X16</td></tr></table></main>`);
    expect(extractReview(doc, 'https://opac.example.org/cgi-bin/koha/opac-showmarc.pl?id=1').work).toMatchObject({
      title: 'Subject classifying and indexing libraries and literature',
      authors: ['J Metcalfe'],
      publisher: 'Angus and Robertson',
      date: '1959',
      pages: null,
    });
  });
  it('leaves a value with small letters, or one word in capitals, as it is', () => {
    expect(calmCapitals('The Fate of Rome', 'sentence')).toBe('The Fate of Rome');
    expect(calmCapitals('NATO', 'name')).toBe('NATO');
    expect(calmCapitals('UNIVERSITY OF CHICAGO PRESS', 'name')).toBe('University of Chicago Press');
  });
});

describe('a trade review’s page headed by the book’s title', () => {
  const kirkus = (facts: string) =>
    extractReview(
      page(`<main><h1>THE VERY LITTLE PRINCESS</h1><div class="byline">by <a>Marion Dane Bauer</a></div>
      <p>Imagine you’re a four-foot-tall girl visiting a Grandmother that you never knew you had and you find a beautiful doll that comes alive in your hands.</p>
      <dl>${facts}</dl></main>`),
      'https://www.kirkusreviews.com/book-reviews/marion-dane-bauer/the-very-little-princess/',
    );
  it('takes the byline for the book’s author when the page gives the book’s facts', () => {
    const x = kirkus('<dt>ISBN:</dt><dd>978-0-375-85691-4</dd><dt>Page Count:</dt><dd>128</dd><dt>Publisher:</dt><dd>Random House</dd>');
    expect(x.work.authors).toEqual(['Marion Dane Bauer']);
    expect(x.review.reviewer).toBeNull();
  });
  it('keeps it for the reviewer without them', () => {
    expect(kirkus('<dt>Publisher:</dt><dd>Random House</dd>').review.reviewer).toBe('Marion Dane Bauer');
  });
});

describe('a blog post that gives the book’s facts under its heading', () => {
  it('takes the title from the heading above them, not from the section heading below', () => {
    const doc = page(`<main><article><h2 class="entry-title"><a href="/x">« Tout ce qu’on ne s’est jamais dit » de Celeste Ng</a></h2>
      <div class="entry-content"><p>ISBN : 2355843678<br>Éditeur : Sonatine (2016)<br>Langue française – 300 pages – Sortie : Mars 2016</p>
      <h3>Synopsis</h3><p>Lydia Lee, seize ans, est morte. Mais sa famille l’ignore encore, et ses parents ont placé en elle tous leurs espoirs.</p></div></article></main>`);
    expect(extractReview(doc, 'https://example.wordpress.com/2016/03/tout-ce-quon').work).toMatchObject({
      title: 'Tout ce qu’on ne s’est jamais dit',
      authors: ['Celeste Ng'],
      pages: 300,
    });
  });
});

describe('a repository’s or catalogue’s page of one item, known by its platform', () => {
  const noMeta = collectMeta(page(''));
  it('knows the item addresses of DSpace, EPrints, VuFind, Koha and Invenio', () => {
    for (const url of [
      'http://erepository.example.ac.ke/handle/123456789/1240',
      'https://repositories.example.edu/items/30f7c08f-8f34-454b-af15-f994c9307b4b',
      'https://eprints.example.ac.uk/id/eprint/4711/',
      'https://search.example.mn/Record/260216/Similar?lng=en',
      'https://opac.example.org/cgi-bin/koha/opac-detail.pl?biblionumber=29586',
      'https://cds.example.org/record/123456',
    ])
      expect(repositoryPlatform(url, noMeta), url).toBe(true);
  });
  it('not a collection, a search or a site’s other pages', () => {
    for (const url of [
      'http://erepository.example.ac.ke/handle/123456789',
      'https://search.example.mn/Search/Results?lookfor=x',
      'https://example.org/records/',
      'https://example.org/index.php/item/4283-jornadas-del-libro',
      'https://example.org/recordings/12',
    ])
      expect(repositoryPlatform(url, noMeta), url).toBe(false);
  });
  it('knows the software that names itself in a generator tag', () => {
    expect(repositoryPlatform('https://eprints.example.org/4711/', collectMeta(page('', '<meta name="generator" content="EPrints 3.4">')))).toBe(true);
    expect(repositoryPlatform('https://example.org/4711/', collectMeta(page('', '<meta name="generator" content="WordPress 6.1">')))).toBe(false);
  });
  it('counts for a record with its citation tags: a DSpace item with one author and an abstract', () => {
    const doc = () =>
      page(
        `<h1>The effect of globalization on voter turnout</h1><div><a href="/browse/author?value=Djukic">Djukic, Dragana</a></div>
        <h5>Abstract</h5><div>Despite significant efforts to understand the recent decline of voter turnout in democratic societies, the explanations remain limited.</div>`,
        '<meta name="citation_title" content="The effect of globalization on voter turnout"><meta name="citation_author" content="Djukic, Dragana">',
      );
    const item = 'https://repositories.example.edu/items/30f7c08f-8f34-454b-af15-f994c9307b4b';
    const other = 'https://example.edu/2016/voter-turnout';
    const at = (url: string) => extractWithEvidence(doc(), url);
    expect(at(item).evidence?.repositoryPlatform).toBe(true);
    expect(at(other).evidence?.repositoryPlatform).toBe(false);
    expect(at(item).extraction.confidence).toBeGreaterThan(at(other).extraction.confidence);
    expect(at(item).extraction).toMatchObject({ isReview: true, work: { authors: ['Dragana Djukic'] } });
  });
});

describe('a shop’s page of one book', () => {
  const sells = (body: string, head = '') => {
    const doc = page(body, head);
    return productPage(doc, collectLines(doc).lines, collectMeta(doc), collectJsonLd(doc));
  };
  it('sells what it shows: a basket button or link, an OpenGraph or JSON-LD product', () => {
    expect(sells('<h1>Kara Kitap</h1><div class="buy"><button>Sepete Ekle</button></div>')).toBe(true);
    expect(sells('<h1>Hamnet</h1><div class="buybox"><a href="/cart/add/1">Add to cart</a></div>')).toBe(true);
    expect(sells('<h1>Hamnet</h1>', '<meta property="og:type" content="product">')).toBe(true);
    expect(sells('<h1>Hamnet</h1>', '<script type="application/ld+json">{"@type":"Product","name":"Hamnet"}</script>')).toBe(true);
  });
  it('not an article that talks of carts, nor a page with a cart in its menu', () => {
    expect(sells('<h1>Shopping carts</h1><p>How to add to cart what you need, and when to buy now rather than later.</p>')).toBe(false);
    expect(sells('<nav><a href="/cart">Cart</a></nav><h1>Hamnet</h1>', '<meta property="og:type" content="article">')).toBe(false);
  });
  it('with a book’s facts it counts as the shop’s record of that book; a shop’s other items have none', () => {
    const facts =
      '<tr><td class="label">By (author):</td><td>O\'Farrell, Maggie</td></tr><tr><td class="label">Publisher:</td><td>Knopf Canada</td></tr><tr><td class="label">Pages:</td><td>384</td></tr><tr><td class="label">Published:</td><td>July 2020</td></tr>';
    const book = (rows: string, buy = '<div class="buybox"><a href="/cart/add/1">Add to cart</a></div>') =>
      extractWithEvidence(
        page(`<div id="product"><h1>Hamnet &amp; Judith</h1>${buy}<table class="info">${rows}</table></div>`),
        'https://bookshop.example/product/view/9780735280175',
      );
    expect(book(facts).evidence).toMatchObject({ productPage: true, bookFacts: 3 });
    expect(book(facts).extraction.work).toMatchObject({ authors: ["Maggie O'Farrell"], publisher: 'Knopf Canada', pages: 384 });
    expect(book(facts).extraction.confidence).toBeGreaterThan(book(facts, '').extraction.confidence);
    expect(book('<tr><td class="label">Brand:</td><td>Makita</td></tr><tr><td class="label">Voltage:</td><td>18 V</td></tr>').evidence).toMatchObject({
      productPage: true,
      bookFacts: 0,
    });
  });
});

describe('a catalogue’s labelled rows', () => {
  const work = (body: string) => extractReview(page(`<main><h1>Hamnet &amp; Judith</h1>${body}</main>`), 'https://bookshop.example/product/1').work;
  it('a row with an empty label cell goes on with the label above', () => {
    const rows =
      '<tr><td class="label">By (author):</td><td>O\'Farrell, Maggie</td></tr><tr><td class="label">Subject:</td><td>FICTION / General</td></tr><tr><td></td><td>FICTION / Historical</td></tr><tr><td></td><td>LITERARY CRITICISM / Shakespeare</td></tr><tr><td class="label">Publisher:</td><td>Knopf Canada</td></tr>';
    expect(work(`<table>${rows}</table>`)).toMatchObject({
      keywords: ['FICTION / General', 'FICTION / Historical', 'LITERARY CRITICISM / Shakespeare'],
      publisher: 'Knopf Canada',
    });
    // A row whose first cell says something is a row of its own.
    expect(work(`<table>${rows.replace('<tr><td></td><td>FICTION / Historical', '<tr><td>Awards</td><td>FICTION / Historical')}</table>`).keywords).toEqual([
      'FICTION / General',
    ]);
  });
  it('labels after an emoji, and labels set off by a spaced dash', () => {
    expect(work('<p>✍️ Autor: David Markson<br>📚 Editorial: Sexto Piso<br>📄 Páginas: 192</p>')).toMatchObject({
      authors: ['David Markson'],
      publisher: 'Sexto Piso',
      pages: 192,
    });
    expect(work('<p>Autor – David Markson<br>Editorial – Sexto Piso<br>Páginas – 192</p>')).toMatchObject({
      authors: ['David Markson'],
      publisher: 'Sexto Piso',
      pages: 192,
    });
  });
  it('a label left empty is followed by the next field, not by its value', () => {
    const field = (label: string, value: string) => `<div class="field"><span class="label">${label}</span><span class="value">${value}</span></div>`;
    expect(work(field('Auteurs', '') + field('Numéros de page :', '4 p. / p. 62-65')).authors).toEqual([]);
    expect(work(field('Auteurs', '') + field('Marie Dupont', '')).authors).toEqual(['Marie Dupont']);
  });
  it('the author’s family and given names in two labels make one name', () => {
    expect(work('<p><b>Фамилия автора:</b> Петросян<br><b>Имя автора:</b> Мариам<br><b>Издательство:</b> Гаятри</p>').authors).toEqual(['Мариам Петросян']);
  });
  it('a labelled house with its year after a comma gives both, the Russian year with its `г.`', () => {
    expect(work('<p>Автор: Виктор Пелевин</p><p>Издательство: «Эксмо», 2016 г.</p>')).toMatchObject({ publisher: 'Эксмо', date: '2016' });
  });
  it('a shop’s `Published: Publisher - Date` gives both', () => {
    expect(work('<ul><li>Author: John Williams</li><li>Published: NYRB Classics - April 18th, 2006</li><li>ISBN: 9781590171998</li></ul>')).toMatchObject({
      publisher: 'NYRB Classics',
      date: '2006-04-18',
      place: null,
    });
  });
  it('a bookshop’s `Publication Country` is the place', () => {
    expect(work('<table><tr><th>Publisher</th><td>Penguin Books Ltd</td></tr><tr><th>Publication Country</th><td>United Kingdom</td></tr></table>').place).toBe(
      'United Kingdom',
    );
  });
  it('a kind with a note in brackets after it is the kind alone', () => {
    expect(work('<p><b>Author:</b> David Royal Larson</p><p><b>Publication type:</b> PhD Thesis (Author field refers to student + advisor)</p>').type).toBe(
      'PhD Thesis',
    );
    expect(work('<p><b>Author:</b> David Royal Larson</p><p><b>Format:</b> Book (Hardcover)</p>').type).toBe('Book (Hardcover)');
  });
  it('a binding is no kind of work', () => {
    for (const binding of ['Hardback', 'Paperback', 'Taschenbuch', 'Ciltli', 'Твердый переплет'])
      expect(work(`<p><b>Author:</b> Philip Parker</p><p><b>Format:</b> ${binding}</p>`).type, binding).toBeNull();
    expect(work('<p><b>Author:</b> Philip Parker</p><p><b>Format:</b> Audio CD</p>').type).toBe('Audio CD');
  });
  it('the kind before how the copy is made or how long it runs', () => {
    expect(work('<p><b>Author:</b> Maggie O’Farrell</p><p><b>Format:</b> Book-paperback</p>').type).toBe('Book');
    expect(work('<p><b>Autor:</b> Christoph Marzi</p><p><b>Format:</b> Hörbuch, ungekürzt, 6 h 54 min</p>').type).toBe('Hörbuch');
  });
  it('Turkish labels in their possessive form (`Dili:`) end the value before them', () => {
    expect(
      work(
        '<div class="specs"><span>Sayfa Sayısı:</span> 476<span>Baskı Yılı:</span> 2016<span>Dili:</span> Türkçe<span>Yayınevi:</span> Yapı Kredi Yayınları</div>',
      ),
    ).toMatchObject({
      date: '2016',
      place: null,
      pages: 476,
      publisher: 'Yapı Kredi Yayınları',
    });
  });
});

describe('a MARC view that names its rows as the cataloguing standard words them', () => {
  const record = (rows: string) =>
    extractReview(
      page(`<main><h1>Hoje há palhaços</h1><table>${rows}</table></main>`),
      'https://catalogue.example/cgi-bin/koha/opac-MARCdetail.pl?biblionumber=1',
    ).work;
  it('reads the statement of responsibility and the imprint, in Portuguese and in French', () => {
    expect(
      record(
        '<tr><th colspan="2">200 1# - Título e menção de responsabilidade</th></tr><tr><td>Título próprio</td><td>Hoje há palhaços</td></tr><tr><td>Primeira menção de responsabilidade</td><td>António Torrado, Maria Alberta Menéres ; il. Melo Frazão</td></tr><tr><th colspan="2">210 ## - Publicação, Distribuição, etc.</th></tr><tr><td>Lugar da edição, distribuição, etc.</td><td>Lisboa</td></tr><tr><td>Nome do editor, distribuidor, etc.</td><td>Plátano</td></tr>',
      ),
    ).toMatchObject({ authors: ['António Torrado', 'Maria Alberta Menéres'], publisher: 'Plátano', place: 'Lisboa' });
    expect(
      record(
        "<tr><td>Première mention de responsabilité</td><td>Marie Dupont</td></tr><tr><td>Lieu de publication, de diffusion, etc.</td><td>Paris</td></tr><tr><td>Nom de l'éditeur, du diffuseur, etc.</td><td>Gallimard</td></tr>",
      ),
    ).toMatchObject({ authors: ['Marie Dupont'], publisher: 'Gallimard', place: 'Paris' });
  });
});

describe('a catalogue’s ISBD view: the main entry above the record’s areas', () => {
  const record = (body: string) =>
    extractReview(page(`<main><div id="isbdcontents">${body}</div></main>`), 'https://library.example/cgi-bin/koha/opac-ISBDdetail.pl?biblionumber=1').work;
  it('reads the person of the main entry as the author, and the extent', () => {
    expect(record('<p>Hein, Christoph 1944-</p><p>Glückskind mit Vater Roman Christoph Hein - Erste Auflage - 525 Seiten 22 cm</p>')).toMatchObject({
      authors: ['Christoph Hein'],
      pages: 525,
    });
    expect(record('<p>CANDEL VILA,RAFAEL</p><p>ENCICLOPEDIA LABOR.VOL(IV) - BARCELONA :HERMES ,1962</p><p>03</p>').authors).toEqual(['Rafael Candel Vila']);
  });
  it('a list of records names no one author', () => {
    const one = '<p>Hein, Christoph 1944-</p><p>Glückskind mit Vater - Berlin : Suhrkamp, 2023</p>';
    const other = '<p>Kehlmann, Daniel</p><p>Lichtspiel - Hamburg : Rowohlt, 2023</p>';
    expect(record(one + other).authors).toEqual([]);
  });
});

describe('the areas of an ISBD record line', () => {
  it('a title, then an imprint or an extent', () => {
    expect(isbdAreas('ENCICLOPEDIA LABOR.VOL(IV) - BARCELONA :HERMES ,1962')).toEqual(['ENCICLOPEDIA LABOR.VOL(IV)', 'BARCELONA :HERMES ,1962']);
    expect(isbdAreas('Patria / Fernando Aramburu. - 1ª ed. - Barcelona : Tusquets, 2016. - 648 p. ; 23 cm')).toHaveLength(4);
    expect(isbdAreas('Paris - Berlin - Rome')).toBeNull();
  });
  it('a main entry is a person’s name inverted, perhaps with the years of their life', () => {
    expect(mainEntryName('Weigert, Hans W., 1902-1983')).toBe('Hans W. Weigert');
    expect(mainEntryName('Erzählende Literatur: Gegenwartsliteratur ab 1945')).toBeNull();
  });
});

describe('a catalogue’s physical description in a cell of its own', () => {
  const pages = (cell: string) =>
    extractReview(
      page(
        `<main><h1>Hoje há palhaços</h1><table><tr><th colspan="2">215 ## - Descrição física</th></tr><tr><td>Indicação específica do tipo de material e extensão do item</td><td>${cell}</td></tr></table></main>`,
      ),
      'https://catalogue.example/record/1',
    ).work.pages;
  it('reads the extent, its abbreviation’s full stop and all', () => {
    expect(pages('79 p.')).toBe(79);
    expect(pages('80 с.')).toBe(80);
    expect(pages('iv-47 p.')).toBe(47);
  });
  it('a number with a word that is no unit is no extent', () => {
    expect(pages('79 il.')).toBeNull();
    expect(pages('22 cm')).toBeNull();
  });
});

describe('an imprint sentence beside an edition line', () => {
  const work = (details: string) =>
    extractReview(
      page(`<main><h1>The Stray Shopping Carts of Eastern North America</h1><div id="details">${details}</div></main>`),
      'https://books.example/book/show/372010',
    ).work;
  it('reads the binding’s page count, and the date and publisher of `Published … by …`', () => {
    expect(work('<div class="row">Hardcover, 176 pages</div><div class="row">Published May 1st 2006 by Harry N. Abrams</div>')).toMatchObject({
      pages: 176,
      date: '2006-05-01',
      publisher: 'Harry N. Abrams',
    });
    expect(work('<div>Taschenbuch, 320 Seiten</div><div>Erschienen am 12.03.2019 bei Rowohlt</div>')).toMatchObject({
      pages: 320,
      date: '2019-03-12',
      publisher: 'Rowohlt',
    });
  });
  it('reads the facts one under the other in one block, and they are no citation of another title', () => {
    const doc = page(
      '<main><div class="info"><h1>Geographies of the Book</h1><div class="bib"><span>ISBN 9781138267930</span>\n<span>Published November 29, 2016 by Routledge</span>\n<span>316 Pages</span></div></div><p>The geography of the book is as old as the history of the book, though far less thoroughly explored.</p></main>',
    );
    expect(extractReview(doc, 'https://publisher.example/book/9781138267930').work).toMatchObject({
      title: 'Geographies of the Book',
      isbn: '9781138267930',
      date: '2016-11-29',
      publisher: 'Routledge',
      pages: 316,
    });
  });
  it('without an edition line it is no imprint: a blog post’s `Published … by` names its writer', () => {
    expect(work('<div class="row">Published March 5, 2024 by Jane Doe</div>')).toMatchObject({ publisher: null, date: null });
  });
});

describe('a record’s description in its table', () => {
  const blurb = 'A luminous portrait of a marriage, a shattering evocation of a family ravaged by grief and loss, and a hypnotic recreation of a story.';
  const rows = (label: string) =>
    `<table class="info"><tr><td class="label">By (author):</td><td>O'Farrell, Maggie</td></tr><tr><td class="label">Publisher:</td><td>Knopf Canada</td></tr><tr><td class="label">${label}</td><td>${blurb}</td></tr></table>`;
  const at = (body: string) => extractWithEvidence(page(`<div id="product"><h1>Hamnet &amp; Judith</h1>${body}</div>`), 'https://bookshop.example/product/1');
  it('is the summary, with a footnote mark after its label, in the languages read', () => {
    for (const label of ['From The Publisher*', 'Description:', 'Klappentext', 'Аннотация:', 'Açıklama']) {
      const { extraction, evidence } = at(rows(label));
      expect(extraction.review.summary, label).toBe(blurb);
      expect(evidence?.hasSummary, label).toBe(true);
      expect(evidence?.weakLabels, label).toBe(0);
    }
  });
  it('in running text `Synopsis:` stays the prose it opens', () => {
    const { extraction } = at(`<p><b>Author:</b> Maggie O'Farrell</p><p><b>Synopsis:</b> ${blurb}</p>`);
    expect(extraction.review.summary).toBe(blurb);
    expect(extraction.fields['review.summary']?.source).toBe('content');
  });
});

describe('a record in its site’s folder of publications', () => {
  const at = (fields: string, url: string) =>
    extractWithEvidence(page(`<main class="node node--type-publication"><h1>Certain Reflexive Operator Algebras</h1>${fields}</main>`), url).evidence;
  const record = '<div class="field__label">Author</div><div class="field__item">David Royal Larson</div><p><b>Publication type:</b> PhD Thesis</p>';
  it('counts the folder for a labelled record too', () => {
    expect(at(record, 'https://math.example.edu/publications/certain-reflexive-operator-algebras')).toMatchObject({
      publicationFolder: true,
      hasResponsible: true,
    });
    expect(at(record, 'https://math.example.edu/news/certain-reflexive-operator-algebras')).toMatchObject({ publicationFolder: false });
  });
  it('the folder makes the site responsible only for a page that describes no other work', () => {
    const described = '<p><b>Publisher:</b> </p><p><b>Pages:</b> 120</p><p><b>Publication type:</b> PhD Thesis</p>';
    expect(at(described, 'https://math.example.edu/publications/certain-reflexive-operator-algebras')).toMatchObject({
      publicationFolder: true,
      hasResponsible: false,
    });
  });
});

describe('a journal article’s own page', () => {
  it('takes the journal for where the article is read, not for its publisher', () => {
    const head =
      '<meta name="citation_title" content="Modern literary museums"><meta name="citation_author" content="Akasheva, Tatiana"><meta name="citation_journal_title" content="Litera"><meta name="citation_doi" content="10.25136/2409-8698.2024.8.43980">';
    const x = extractReview(page('<h1>Modern literary museums</h1>', head), 'https://journals.example/article.php?id=43980');
    expect(x.work).toMatchObject({ title: 'Modern literary museums', publisher: null });
    expect(x.review.siteName).toBe('Litera');
    const named = extractReview(
      page('<h1>Modern literary museums</h1>', `${head}<meta property="og:site_name" content="NB Publish">`),
      'https://journals.example/a',
    );
    expect(named.review.siteName).toBe('NB Publish');
  });
});

describe('a catalogue card without labels: the title, the author inverted, the facts', () => {
  const card = (isbn: string) =>
    extractReview(
      page(
        `<main><h1>La novela en cuestión</h1><p>Elices, Jesús Ángel</p><p>Universo de letras, 2018</p><p>248 p. 21x15 cm.</p><p>${isbn}</p>` +
          '<p>La novela trata de las peripecias satíricas de un escritor tras la publicación de su libro, y de lo que olvida de él.</p></main>',
      ),
      'https://example.org/hispanismo/post/la-novela-en-cuestion/306171',
    ).work;
  it('reads the inverted name under the title as the author, and a bare ISBN-13 as the ISBN', () => {
    expect(card('9788417274740')).toMatchObject({ authors: ['Jesús Ángel Elices'], pages: 248, isbn: '9788417274740' });
  });
  it('reads an ISBN labelled after it, and no other long number', () => {
    expect(card('978-84-17274-74-0 (ISBN)').isbn).toBe('978-84-17274-74-0');
    expect(card('1234567890123').isbn).toBeNull();
  });
});
