/** The readers added for pages of sites nobody here wrote, each on the shapes it was written for. */
import { afterAll, describe, expect, it } from 'vitest';
import { orientByPageTitle, parseCitation } from '../../lib/extract/citation-line';
import { collectLines } from '../../lib/extract/lines';
import { offerMarc, readMarc } from '../../lib/extract/marc';
import { FieldSet } from '../../lib/extract/fields';
import { readPubHeader, typeFromPath } from '../../lib/extract/pub-header';
import { authorAfterTitle, mainHeading, reviewHeading, splitDocTitle, titleByAuthor, titleOfName } from '../../lib/extract/page-info';
import { readWorkBlock } from '../../lib/extract/work-block';
import { readInlineAuthor, readProseImprint, readProseMention } from '../../lib/extract/prose-mention';
import { readPublisherMention } from '../../lib/extract/publisher-lines';
import { tidyTitle } from '../../lib/extract/normalize/title';
import { personName, splitNames } from '../../lib/extract/normalize/names';
import { extractReview, extractWithEvidence } from '../../lib/extract';
import { citationValues, closeWindows, page, textLine } from './extract-helpers';
import { must } from '../../lib/must';

afterAll(closeWindows);

const line = textLine;
const cite = (text: string) => citationValues(parseCitation(line(text)));

describe('a newspaper’s capsule, which gives a price and no year', () => {
  it('reads `TITLE, by A, Publisher, $40, 552 pages`', () => {
    expect(cite('EMMETT TILL: The Murder That Shocked the World, by Devery S. Anderson, University Press of Mississippi, $40, 552 pages (nf)')).toMatchObject({
      title: 'Emmett Till: The Murder That Shocked the World',
      authors: ['Devery S. Anderson'],
      publisher: 'University Press of Mississippi',
      pages: 552,
      date: null,
    });
  });
  it('reads `Title. By A. Publisher. 440 pp. $35.`, a publisher with a comma included', () => {
    expect(cite('The Fate of Rome. By Kyle Harper. Princeton University Press. 440 pp. $35.')).toMatchObject({
      title: 'The Fate of Rome',
      authors: ['Kyle Harper'],
      publisher: 'Princeton University Press',
      pages: 440,
    });
    expect(cite('A CHANGE IN ALTITUDE By Anita Shreve. Little, Brown. 320 pp. $24.99')).toMatchObject({
      title: 'A Change In Altitude',
      publisher: 'Little, Brown',
    });
  });
  it('reads `Saggio di A, Publisher, 290 pp, € 19,50`: a kind of book is no title', () => {
    expect(cite('Saggio di Paolo Mieli, Rizzoli, 290 pp, € 19,50')).toMatchObject({ title: null, authors: ['Paolo Mieli'], publisher: 'Rizzoli', pages: 290 });
    expect(cite('La lotta continua di Paolo Rossi, Einaudi, 240 pp, € 18')).toMatchObject({ title: 'La lotta continua', authors: ['Paolo Rossi'] });
  });
  it('reads `Title d’A, Editions X, 332 pages`: a word for a publishing house stands in for the price', () => {
    expect(cite('L’anomalie d’Hervé Le Tellier, Editions Gallimard, 332 pages.')).toMatchObject({
      title: 'L’anomalie',
      authors: ['Hervé Le Tellier'],
      publisher: 'Editions Gallimard',
      pages: 332,
    });
    expect(cite('The Fate of Rome. By Kyle Harper. Princeton University Press. 440 pp.')).toMatchObject({ authors: ['Kyle Harper'], pages: 440 });
  });
  it('reads a catalogue’s imprint with the month in brackets, and a month (not a place) before the year', () => {
    expect(cite('ECO, Umberto (n. 1932). Il nome della rosa. Milano, Bompiani, (settembre) 1980.')).toMatchObject({
      title: 'Il nome della rosa',
      publisher: 'Bompiani',
      place: 'Milano',
      date: '1980-09',
    });
    expect(cite('Aralık 1971, Sinan Yayınları, 306 s.')).toMatchObject({ publisher: 'Sinan Yayınları', place: null, date: '1971-12', pages: 306 });
  });
  it('reads a library record’s areas, `Title / Author. -- Place : Publisher, Year. -- 646 p.`', () => {
    expect(cite('Patria / Fernando Aramburu. — 1ª ed. — Barcelona : Tusquets Editores, 2016. — 646 p. ; 23 cm')).toMatchObject({
      title: 'Patria',
      authors: ['Fernando Aramburu'],
      publisher: 'Tusquets Editores',
      place: 'Barcelona',
      date: '2016',
      pages: 646,
    });
    expect(cite('Der Process : Roman / Franz Kafka. - Stuttgart : Reclam, 1995. - 287 S.')).toMatchObject({
      authors: ['Franz Kafka'],
      publisher: 'Reclam',
      place: 'Stuttgart',
    });
  });
  it('is no capsule without a price or a publishing house, a page count and a name', () => {
    expect(cite('Sale: 20% off all books by Famous Author, only $5 for 200 pages')).toBeNull();
    expect(cite('The Fate of Rome. By Kyle Harper. A fine read. 440 pp.')).toBeNull();
  });
});

describe('the common bibliographic styles', () => {
  it('reads Chicago’s note form, a title with a colon and commas, and the imprint in brackets', () => {
    expect(
      cite('Kyle Harper, The Fate of Rome: Climate, Disease, and the End of an Empire (Princeton: Princeton University Press, 2017), 440 pp., $35.00.'),
    ).toMatchObject({
      title: 'The Fate of Rome: Climate, Disease, and the End of an Empire',
      authors: ['Kyle Harper'],
      place: 'Princeton',
      publisher: 'Princeton University Press',
      date: '2017',
      pages: 440,
    });
  });
  it('reads a title with a colon before `By Author`', () => {
    expect(
      cite('The Fate of Rome: Climate, Disease, and the End of an Empire. By Kyle Harper. Princeton: Princeton University Press, 2017. Pp. xiv, 417. $35.00.'),
    ).toMatchObject({
      title: 'The Fate of Rome: Climate, Disease, and the End of an Empire',
      authors: ['Kyle Harper'],
    });
  });
  it('does not take a title that begins with an article for a name', () => {
    expect(cite('Jürgen Osterhammel, Die Verwandlung der Welt. Eine Geschichte des 19. Jahrhunderts, München, C.H. Beck, 2009, 1568 S.')).toMatchObject({
      title: 'Die Verwandlung der Welt: Eine Geschichte des 19. Jahrhunderts',
      authors: ['Jürgen Osterhammel'],
      publisher: 'C.H. Beck',
    });
  });
  it('does not take a title’s sentences for a publisher (`Verlag C.H. Beck, München 2015`)', () => {
    expect(cite('Andreas Wirsching: Demokratie und Globalisierung. Europa seit 1989. Verlag C.H. Beck, München 2015, 240 S., 14,95 €')).toMatchObject({
      authors: ['Andreas Wirsching'],
      place: 'München',
      publisher: 'Verlag C.H. Beck',
      date: '2015',
      pages: 240,
    });
  });
  it('reads `People, Title: Subtitle, with commas, Publisher, Year, Npp.` (NDPR), not the colon as a place’s', () => {
    expect(
      cite(
        'Simon J. Evnine, Making Objects and Events: A Hylomorphic Theory of Artifacts, Actions, and Organisms, Oxford University Press, 2016, 268pp., $74.00 (hbk), ISBN 9780198779674.',
      ),
    ).toMatchObject({
      title: 'Making Objects and Events: A Hylomorphic Theory of Artifacts, Actions, and Organisms',
      authors: ['Simon J. Evnine'],
      place: null,
      publisher: 'Oxford University Press',
      date: '2016',
      pages: 268,
    });
  });
  it('reads the French `Title d’Author`, leaves the translator out and reads a publisher named by its first word', () => {
    expect(cite("Young Adam d'Alexander TROCCHI – traduit de l'anglais par Serge Quadruppani (Éditions Métailié, 1997)")).toMatchObject({
      title: 'Young Adam',
      authors: ['Alexander TROCCHI'],
      publisher: 'Éditions Métailié',
      date: '1997',
    });
    expect(personName('Alexander TROCCHI')).toBe('Alexander Trocchi');
    expect(personName('Henry VIII')).toBe('Henry VIII');
  });
  it.each([
    ['Itamar Vieira Junior, Torto arado, Editora Todavia 2019, 264 páginas.', 'Editora Todavia', 'Torto arado'],
    ['Jan Kjærstad, Storefjeld, Rosinante Forlag 2023, 368 sider.', 'Rosinante Forlag', 'Storefjeld'],
    ['Esterházy Péter: Harmonia caelestis. Magvető Kiadó 2000, 720 oldal.', 'Magvető Kiadó', 'Harmonia caelestis'],
    ['Dan Brown, Sırların Sırrı, Altın Kitaplar Yayınevi 2025, 704 sayfa.', 'Altın Kitaplar Yayınevi', 'Sırların Sırrı'],
    ['Olga Tokarczuk, Empuzjon, Wydawnictwo Literackie 2022, 400 stron.', 'Wydawnictwo Literackie', 'Empuzjon'],
  ])('reads the house before the year by its word in any language read: %s', (text, publisher, title) => {
    expect(cite(text)).toMatchObject({ publisher, title });
  });
  it('leaves the translator out of the title in the languages beyond the first seven', () => {
    expect(cite('Jan Kjærstad, Storefjeld, oversat af Sarah Koch. København: Rosinante, 2023. 368 sider.')).toMatchObject({ title: 'Storefjeld' });
    expect(cite('Jon Fosse, Septologin, översatt av Ulf Peter Hallberg. Stockholm: Bonniers, 2022. 412 sidor.')).toMatchObject({
      title: 'Septologin',
      pages: 412,
    });
  });
  it('reads `Title, Author.` before the imprint, the publisher after a sentence’s end', () => {
    expect(cite('Les choses humaines, Karine Tuil. Paris: Gallimard, 2019, 342 p.')).toMatchObject({
      title: 'Les choses humaines',
      authors: ['Karine Tuil'],
      place: 'Paris',
      publisher: 'Gallimard',
    });
    expect(cite('La France périphérique, Christophe Guilluy. Flammarion, 2014, 192 p.')).toMatchObject({
      title: 'La France périphérique',
      authors: ['Christophe Guilluy'],
      publisher: 'Flammarion',
      date: '2014',
    });
  });
  it('keeps the full stop of a last initial before an italic title, and takes no numbered line for an imprint', () => {
    const text = 'Hebert, Jill M. Morgan le Fay, Shapeshifter. New York: Palgrave Macmillan, 2013. Pp. 240.';
    const start = text.indexOf('Morgan');
    const italic = { ...line(text), runs: [{ s: start, e: start + 'Morgan le Fay, Shapeshifter'.length, k: 2 }] };
    expect(citationValues(parseCitation(italic))).toMatchObject({ authors: ['Hebert, Jill M.'], title: 'Morgan le Fay, Shapeshifter' });
    expect(cite('Değerlendirme Notu/Dış Politika-Güvenlik:14-019 13 Ekim 2014')).toBeNull();
    // An ordinal inside the title (`im 19. Jahrhundert`) does not end it.
    expect(cite('Gergen, T. (2007). Die Nachdruckprivilegienpraxis Württembergs im 19. Jahrhundert. Duncker & Humblot.')).toMatchObject({
      title: 'Die Nachdruckprivilegienpraxis Württembergs im 19. Jahrhundert',
      publisher: 'Duncker & Humblot',
    });
  });
  it('reads MLA: an inverted name, the title, `Publisher, Year`', () => {
    expect(cite('Smith, John. The History of Reading. Oxford UP, 2019.')).toMatchObject({
      title: 'The History of Reading',
      authors: ['Smith, John'],
      publisher: 'Oxford UP',
      date: '2019',
    });
  });
  it.each([
    ['Smith, J. (2019). The history of reading. Oxford University Press.', ['Smith, J.'], null, 'Oxford University Press'],
    ['Harper, Kyle. 2017. The Fate of Rome. Princeton: Princeton University Press.', ['Harper, Kyle'], 'Princeton', 'Princeton University Press'],
    [
      'Smith, John and Brown, Mary (2019) Water governance in small towns. Policy Press, Bristol, UK. ISBN 9781447312345',
      ['Smith, John', 'Brown, Mary'],
      'Bristol, UK',
      'Policy Press',
    ],
  ])('reads the author–date style %s', (text, authors, place, publisher) => {
    expect(cite(text)).toMatchObject({ authors, place, publisher, date: /^(?:2019|2017)$/ });
  });
});

describe('citation headers in other orders', () => {
  it('a title whose subtitle ends in a span of years is no `Place: Publisher, Year`', () => {
    expect(cite('Exiting Terrorism: Rehabilitation and Reintegration of Returnees in Mombasa and Kwale Counties, 2015-2020')).toBeNull();
    expect(cite('London: Verso, 2015')).toMatchObject({ place: 'London', publisher: 'Verso', date: '2015' });
  });
  it('a title ending in its year, then its editors (`Jahrbuch der Lyrik 2003. Hrsg. v. A und B`): no author–date citation', () => {
    expect(cite('Jahrbuch der Lyrik 2003. Hrsg. v. Christoph Buchwald und Lutz Seiler. Verlag C. H. Beck, München 2002. 135 S.')).toMatchObject({
      title: 'Jahrbuch der Lyrik 2003',
      authors: null,
      editors: ['Christoph Buchwald', 'Lutz Seiler'],
    });
  });
  it('Place, Publisher, Year with editors before the title', () => {
    expect(
      cite(
        'Véronique Hébrard y Geneviève Verdo (eds.), Las independencias Hispanoamericanas. Un objeto de Historia, Madrid, Casa de Velázquez, 2013, 360 págs.',
      ),
    ).toMatchObject({
      editors: ['Véronique Hébrard', 'Geneviève Verdo'],
      title: 'Las independencias Hispanoamericanas: Un objeto de Historia',
      place: 'Madrid',
      publisher: 'Casa de Velázquez',
      date: '2013',
      pages: 360,
    });
  });
  it('Author. Title: Subtitle. Place: Publisher, Year (a full stop after the name, a colon in the title)', () => {
    expect(
      cite(
        "John McGowan. Democracy's Children: Intellectuals and the Rise of Cultural Politics. Ithaca: Cornell University Press, 2002. xvi + 243 pp. $62.95 (cloth)",
      ),
    ).toMatchObject({
      authors: ['John McGowan'],
      title: "Democracy's Children: Intellectuals and the Rise of Cultural Politics",
      place: 'Ithaca',
      publisher: 'Cornell University Press',
      date: '2002',
      pages: 243,
    });
  });
  it('Publisher, Place Year with an inverted name, and the reviewer at the end', () => {
    expect(
      cite(
        'Weinfurter, Stefan, Das Reich im Mittelalter. Kleine deutsche Geschichte von 500 bis 1500. Beck, München 2008. 320 S., 7 Abb. Besprochen von Thomas Olechowski.',
      ),
    ).toMatchObject({
      authors: ['Weinfurter, Stefan'],
      place: 'München',
      publisher: 'Beck',
      date: '2008',
      pages: 320,
      reviewer: 'Thomas Olechowski',
    });
  });
  it('author–date, with the place and publisher after the title', () => {
    expect(
      cite('Ursula Götz, Anne Gessing & Annika Woggan. 2017. Die Syntax von Titelblättern (Lingua Historica Germanica 17). Berlin, Boston: De Gruyter. 384 S.'),
    ).toMatchObject({
      authors: ['Ursula Götz', 'Anne Gessing', 'Annika Woggan'],
      title: 'Die Syntax von Titelblättern',
      place: 'Berlin, Boston',
      publisher: 'De Gruyter',
      date: '2017',
      pages: 384,
    });
  });
  it('a French series between the publisher and the year', () => {
    expect(cite('Dupont (Marie), La ville et ses marges : une enquête, Paris, La Découverte, coll. « Sciences humaines », 2019, 371 p.')).toMatchObject({
      authors: ['Marie Dupont'],
      place: 'Paris',
      publisher: 'La Découverte',
      date: '2019',
      pages: 371,
    });
  });
  it('a title of two capitalised words and its author: the page’s title tells which is which', () => {
    const c = must(
      parseCitation(line('Kayıp Zaman, Ahmet Yılmaz Demir, Deniz Yayınları, İstanbul 2021, 200 Sayfa')),
      "parseCitation(line('Kayıp Zaman, Ahmet Yılmaz Demir, Deniz Yayınları, İstanbul 2021, 200 Sayfa'))",
    );
    orientByPageTitle(c, 'Kayıp Zaman - Kitap Dergisi');
    expect([c.title?.value, c.authors?.value]).toEqual(['Kayıp Zaman', ['Ahmet Yılmaz Demir']]);
    const kept = must(
      parseCitation(line('Kayıp Zaman, Ahmet Yılmaz Demir, Deniz Yayınları, İstanbul 2021, 200 Sayfa')),
      "parseCitation(line('Kayıp Zaman, Ahmet Yılmaz Demir, Deniz Yayınları, İstanbul 2021, 200 Sayfa'))",
    );
    orientByPageTitle(kept, 'Kitap Dergisi');
    expect([kept.title?.value, kept.authors?.value]).toEqual(['Ahmet Yılmaz Demir', ['Kayıp Zaman']]);
  });
  it('a citation broken by a line break, its second line an imprint on its own', () => {
    const { extraction } = extractWithEvidence(
      page(
        '<main><h1>Kayıp Zaman</h1><div>Kayıp Zaman, Ahmet Yılmaz Demir,<br>Deniz Yayınları, İstanbul 2021, 200 Sayfa,<br>ISBN: 978-625-7587-76-1</div><p>Bu kitap zaman üzerine yazılmış denemelerden oluşuyor ve okura yeni bir bakış sunuyor.</p></main>',
        '<title>Kayıp Zaman - Kitap Dergisi</title>',
      ),
      'https://example.org/kayip-zaman',
    );
    expect(extraction.work).toMatchObject({ title: 'Kayıp Zaman', authors: ['Ahmet Yılmaz Demir'], publisher: 'Deniz Yayınları', pages: 200 });
  });
  it('a citation set in two elements: the author and title, then the imprint', () => {
    const prose = '<p>А теперь внимание: это дебют! Вот так вмиг Гузель Яхина стала автором, чье имя ставят в один ряд с известными именами.</p>';
    const work = (head: string, imprint: string) =>
      extractReview(page(`<h1>Книжное обозрение</h1><div>${head}</div><div>${imprint}</div>${prose}`), 'https://example.org/obozrenie').work;
    expect(work('Гузель Яхина. Зулейха открывает глаза.', 'М.: АСТ, Редакция Елены Шубиной, 2015')).toMatchObject({
      title: 'Зулейха открывает глаза',
      authors: ['Гузель Яхина'],
      place: 'М.',
      date: '2015',
    });
    // A sentence before a line of prose that names a year is no citation's head.
    expect(work('Это дебют.', 'В 2015 году роман вышел в издательстве и сразу стал известен читателям.').authors).toEqual([]);
  });
  it('`Review of` before the citation is a word for a review', () => {
    const html = (lead: string) =>
      page(
        `<main><h1>Markets and morals</h1><p>${lead}Reckoning with Markets by James Halteman and Edd Noell. (Oxford University Press, 2012) 240 pages; $31.50.</p><p>Sometimes a book has considerable value for readers beyond its primary audience.</p></main>`,
      );
    expect(extractWithEvidence(html('Review of '), 'https://example.org/a').evidence?.reviewWord).toBe(true);
    expect(extractWithEvidence(html(''), 'https://example.org/a').evidence?.reviewWord).toBe(false);
  });
  it('a publisher’s label that gives the place and year too, or the edition after the name', () => {
    const work = (value: string) =>
      extractReview(page(`<main><h1>Ein Buch</h1><p>Publisher: ${value}</p><p>Author: Jane Doe</p></main>`), 'https://example.org/b').work;
    expect(work('New York, Norton, 2016')).toMatchObject({ place: 'New York', publisher: 'Norton', date: '2016' });
    expect(work('Ayrıntı Yayınları (1. Baskı 2018)')).toMatchObject({ publisher: 'Ayrıntı Yayınları', date: '2018' });
    // A publisher with a comma in its name stays whole.
    expect(work('Farrar, Straus and Giroux, 2019')).toMatchObject({ place: null, publisher: 'Farrar, Straus and Giroux, 2019' });
    // A magazine says after the house that the book is in the shops.
    expect(work('Windmill, out now')).toMatchObject({ publisher: 'Windmill' });
    expect(work('Faber, out in March')).toMatchObject({ publisher: 'Faber' });
  });
  it('a trade capsule, and a date that is no publisher', () => {
    expect(cite('Fourth Estate 9780008158118 hbk Feb 2017')).toMatchObject({ publisher: 'Fourth Estate', date: '2017-02', title: null });
    expect(cite('Monthly Archives: September 2011')).toBeNull();
    expect(cite('Starts: Wednesday, 01 January 2020')).toBeNull();
  });
});

describe('a publication’s own header', () => {
  it('reads the type, the date and the By line around the heading', () => {
    const doc = page(
      '<div class="head"><p>Issue Brief</p><p>August 26, 2021</p><h1>Countering ransomware</h1><p>By <a href="#">Simon Handler</a>, <a href="#">Emma Schroeder</a>, and <a href="#">Trey Herr</a></p></div><main><p>Text.</p></main>',
    );
    expect(readPubHeader(must(doc.getElementsByTagName('h1')[0], "doc.getElementsByTagName('h1')[0]"))).toMatchObject({
      type: 'Issue Brief',
      date: '2021-08-26',
      people: ['Simon Handler', 'Emma Schroeder', 'Trey Herr'],
      reviewType: false,
    });
  });
  it('a type before a comma, a lone name, and no author from a line that is not a name', () => {
    const doc = page('<div><h1>National Security Relations</h1><div>Peter Ricketts</div><div>Briefing Papers, 15 January 2018</div></div>');
    expect(readPubHeader(must(doc.getElementsByTagName('h1')[0], "doc.getElementsByTagName('h1')[0]"))).toMatchObject({
      type: 'Briefing Paper',
      date: '2018-01-15',
      people: ['Peter Ricketts'],
    });
    const other = page('<div><h1>The Stray Shopping Carts</h1><div>4.10 · Rating details · 223 ratings</div></div>');
    expect(readPubHeader(must(other.getElementsByTagName('h1')[0], "other.getElementsByTagName('h1')[0]"))?.people ?? []).toEqual([]);
  });
  it('a series with its number, the date and the page count in one line; not the page’s last change', () => {
    const h = (html: string) => readPubHeader(must(page(html).getElementsByTagName('h1')[0], 'h1'));
    expect(h('<div><h1>Konfliktbilder</h1><p>SWP-Aktuell 2022/A 12, 11.02.2022, 7 Seiten</p></div>')).toMatchObject({
      type: 'SWP-Aktuell',
      series: true,
      date: '2022-02-11',
      pages: 7,
    });
    expect(h('<div><h1>A record</h1><dl><dt>Letzte Aktualisierung</dt><dd>10.03.2025</dd></dl></div>')?.date ?? null).toBeNull();
    expect(h('<div><p>Rapor</p><h1>A report</h1><p>34 Sayfa</p></div>')).toMatchObject({ type: 'Rapor', pages: 34 });
    // A sentence with commas is no series line.
    expect(h('<div><h1>A report</h1><p>Vienna, Austria, 11.02.2022</p></div>')?.type ?? null).toBeNull();
  });
  it('the type from the address, but not from a folder that names nothing', () => {
    expect(typeFromPath('https://www.atlanticcouncil.org/in-depth-research-reports/issue-brief/countering-ransomware/')).toBe('Issue brief');
    expect(typeFromPath('https://www.rand.org/pubs/perspectives/PE331.html')).toBe('Perspective');
    expect(typeFromPath('https://example.org/guide/how-to')).toBeNull();
  });
});

describe('a publication’s own page without an author', () => {
  const own = (type: string, url = 'https://example.org/2024/low-interest-rates') =>
    extractWithEvidence(
      page(
        `<main><div class="header"><div class="type">${type}</div><h1>Low interest rates in Europe and the US: one trend, two stories</h1></div><p>Interest rates have fallen on both sides of the Atlantic for three decades, but for different reasons, as this paper shows with new data.</p></main>`,
      ),
      url,
    ).evidence;
  it('is its site’s own work when it names a kind of paper', () => {
    expect(own('Policy Brief')).toMatchObject({ pubType: true, hasResponsible: true });
  });
  it('but a word a magazine names a section for is not enough', () => {
    expect(own('Report')).toMatchObject({ pubType: true, hasResponsible: false });
  });
  it('is its site’s own work in the site’s folder of publications, even without a kind', () => {
    expect(own('', 'https://example.org/en/publications/low-interest-rates')).toMatchObject({ publicationFolder: true, hasResponsible: true });
    expect(own('', 'https://example.org/research/low-interest-rates/')).toMatchObject({ publicationFolder: true, hasResponsible: true });
    expect(own('', 'https://example.org/news/low-interest-rates')).toMatchObject({ publicationFolder: false, hasResponsible: false });
    // The folder is the page's, not its own last segment.
    expect(own('', 'https://example.org/blog/publications')).toMatchObject({ publicationFolder: false });
  });
});

describe('the review’s own text', () => {
  const para = 'Professor Shaw has produced an account which is not only readable but also rests on a wide reading of the sources in several languages.';
  const summary = (before: string) =>
    extractReview(
      page(`<main><h1>L’Impero Ottomano</h1><p>Stanford J. Shaw, L’Impero Ottomano, Torino: UTET, 1981, 643 pp.</p>${before}<p>${para}</p></main>`),
      'https://example.org/r',
    ).review.summary;
  it.each([
    ['a licence notice', '<p>This is an Open Access article, distributed under the terms of the Creative Commons Attribution License, which permits use.</p>'],
    ['a suggested citation', '<p>×Suggested Citation: "Front Matter." National Academies of Sciences, Engineering, and Medicine. 2016. Washington, DC.</p>'],
  ])('starts after %s', (_, before) => {
    expect(summary(before)).toBe(para);
  });
  it('starts without a `Tema:` label', () => {
    expect(summary('')?.startsWith('Professor Shaw')).toBe(true);
    const labelled = extractReview(
      page(`<main><h1>X</h1><p>Stanford J. Shaw, X, Torino: UTET, 1981, 643 pp.</p><p>Tema: ${para}</p></main>`),
      'https://example.org/r',
    );
    expect(labelled.review.summary).toBe(para);
  });
});

describe('a repository’s record of one publication', () => {
  const record = (bodyClass: string) => {
    const doc = page(
      '<article class="citation"><h1 class="entry-title">Truth Decay: An Initial Exploration</h1><div class="citation-authors">Kavanagh, Jennifer; Rich, Michael D.</div><div><p>Much has been written about the growing disregard for facts, data, and analysis in political discourse.</p></div></article>',
    );
    doc.body.setAttribute('class', bodyClass);
    return extractWithEvidence(doc, 'https://example.org/citation/truth-decay/');
  };
  it('reads a list of names under the heading, and the content type its classes name', () => {
    const withClass = record('citation-template-default single single-citation');
    expect(withClass.evidence?.recordPage).toBe(true);
    expect(withClass.extraction.work.authors).toEqual(['Jennifer Kavanagh', 'Michael D. Rich']);
  });
  it('a page of another kind, or a line of words, is no record and no authors', () => {
    const plain = record('post-template-default single single-post');
    expect(plain.evidence?.recordPage).toBe(false);
    expect(plain.extraction.work.authors).toEqual([]);
    const doc = page('<article><h1>Truth Decay</h1><div>facts; data; analysis</div></article>');
    doc.body.setAttribute('class', 'single single-citation');
    expect(extractWithEvidence(doc, 'https://example.org/citation/x/').extraction.work.authors).toEqual([]);
  });
});

describe('what a page’s style sets apart, with nothing between in its text', () => {
  it('labels in one line, each value up to the next label', () => {
    const doc = page(
      '<main><h1>Kara Kitap</h1><p>Romanın ana karakteri Galip, İstanbul’da yaşayan bir avukattır.</p><div class="specs"><span class="k">Sayfa Sayısı:</span> 476<span class="k">Baskı Yılı:</span> 2016<span class="k">Dili:</span> Türkçe<span class="k">Yayınevi:</span> Yapı Kredi Yayınları</div></main>',
    );
    expect(extractReview(doc, 'https://example.org/kara-kitap').work).toMatchObject({ pages: 476, date: '2016', publisher: 'Yapı Kredi Yayınları' });
  });
  it('a colon inside a value is no label unless the vocabulary knows the words before it', () => {
    const doc = page('<main><h1>X</h1><div>Title: Dune: Messiah of the Desert</div><div>Publisher: Ace Books</div></main>');
    expect(extractReview(doc, 'https://example.org/dune').work).toMatchObject({ title: 'Dune: Messiah of the Desert', publisher: 'Ace Books' });
  });
  it('names in elements side by side', () => {
    expect(splitNames('Mustafa İsenReyhan İsenAyşe Esra Kireçci').names).toEqual(['Mustafa İsen', 'Reyhan İsen', 'Ayşe Esra Kireçci']);
    expect(splitNames('Ronald McDonald; Douglas MacArthur; Leonardo DiCaprio').names).toEqual(['Ronald McDonald', 'Douglas MacArthur', 'Leonardo DiCaprio']);
  });
});

describe('a library catalogue’s MARC view', () => {
  it('reads the record whether a field’s subfields share its line or follow it', () => {
    const doc = page(
      '<table>' +
        [
          ['100', '_aGorman, Michael'],
          ['245', '_aAnglo-American cataloguing rules /'],
          ['260', '_aLondon :'],
          ['260', '_bThe Library Association,'],
          ['260', '_c1978'],
          ['300', '_axvii,620p.'],
          ['650', '_aDescriptive cataloguing'],
        ]
          .map(([t, v]) => `<tr><td>${t}</td><td>${v}</td></tr>`)
          .join('') +
        '</table>',
    );
    const marc = readMarc(collectLines(doc).lines);
    expect(marc).not.toBeNull();
    const fs = new FieldSet();
    expect(offerMarc(must(marc, 'marc'), fs)).toBeGreaterThanOrEqual(6);
    expect([
      fs.str('work.title'),
      fs.list('work.authors'),
      fs.str('work.place'),
      fs.str('work.publisher'),
      fs.str('work.date'),
      fs.get('work.pages'),
      fs.list('work.keywords'),
    ]).toEqual(['Anglo-American cataloguing rules', ['Gorman, Michael'], 'London', 'The Library Association', '1978', 620, ['Descriptive cataloguing']]);
  });
  it('is not fooled by lines that start with numbers', () => {
    expect(readMarc(collectLines(page('<p>100 ways to cook</p><p>245 Main Street</p><p>300 guests came</p>')).lines)).toBeNull();
  });
});

describe('a heading marked as a review', () => {
  it.each([
    ['Review: Histoire de la France by Jean Dupont', 'Histoire de la France', 'Jean Dupont'],
    ['Recensione: Terrazzo olandese di Morgane Mentil', 'Terrazzo olandese', 'Morgane Mentil'],
    ['Reseña: El túnel de Ernesto Sabato', 'El túnel', 'Ernesto Sabato'],
    ['Recensione a L. Pellicani, Le rivoluzioni: miti e realtà', 'Le rivoluzioni: miti e realtà', 'L. Pellicani'],
    // Every review word reaches the title's tail as well as its head.
    ['Die Vermessung der Welt von Daniel Kehlmann – Besprechung', 'Die Vermessung der Welt', 'Daniel Kehlmann'],
    ['Le Consentement de Vanessa Springora (compte rendu)', 'Le Consentement', 'Vanessa Springora'],
  ])('%s', (heading, title, people) => {
    expect(reviewHeading(heading)).toMatchObject({ title, people });
  });
  it('a book that is a critique is not a review of one', () => {
    expect(reviewHeading('Critique of Pure Reason by Immanuel Kant')).toBeNull();
  });
  it('the author named by initials in the heading is named in full as the prose names them, and the review’s author box names its reviewer', () => {
    const r = extractReview(
      page(
        '<main><h1>Recensione a L. Pellicani, Le rivoluzioni: miti e realtà</h1><div class="author-box"><span class="author-name">Lorenzo Morelli</span></div><p>I libri di Luciano Pellicani hanno una qualità tipica della saggistica anglosassone: coniugano la ricchezza della documentazione con una stesura limpida.</p></main>',
      ),
      'https://example.org/?p=1',
    );
    expect(r.work).toMatchObject({ title: 'Le rivoluzioni: miti e realtà', authors: ['Luciano Pellicani'] });
    expect(r.review.reviewer).toBe('Lorenzo Morelli');
  });
  it('an author typed without accents takes the accented spelling a heading near the top gives', () => {
    const r = extractReview(
      page(
        '<main><h1>Cien años de soledad</h1><p>Cien años de soledad de Gabriel Garcia Marquez es, según varios críticos, la obra más exitosa de habla hispana del siglo XX, y toca temas como el incesto y la soledad.</p><h2>Acerca del Autor Gabriel García Márquez</h2><p>Fue un escritor y periodista colombiano, bastante conocido tanto en su país natal como en el mundo entero.</p></main>',
      ),
      'https://example.org/libro/cien-anos-de-soledad/',
    );
    expect(r.work.authors).toEqual(['Gabriel García Márquez']);
  });
});

describe('a heading or the first lines that name the work and its author', () => {
  it.each([
    ['Likely Stories: The Yellow-Lighted Bookshop by Lewis Buzbee', 'The Yellow-Lighted Bookshop', 'Lewis Buzbee'],
    ['Voyage de classes - Nicolas Jounin', 'Voyage de classes', 'Nicolas Jounin'],
    ['Alberto Angela – Roma', 'Roma', 'Alberto Angela'],
    ['«Diez batallas que cambiaron México», de Pedro Salmerón y Raúl González', 'Diez batallas que cambiaron México', 'Pedro Salmerón y Raúl González'],
    ['‘Diez batallas que cambiaron México», de Pedro Salmerón y Raúl González', 'Diez batallas que cambiaron México', 'Pedro Salmerón y Raúl González'],
    ['Critique de Margorito - Voyage de classes - Nicolas Jounin', 'Voyage de classes', 'Nicolas Jounin'],
    ['[Simonson, Helen] La dernière conquête du major Pettigrew', 'La dernière conquête du major Pettigrew', 'Simonson, Helen'],
    ['TilKi, BayKuş, BaKiRe (Yaprak Öz) Kitabı Hakkında Düşüncelerim', 'TilKi, BayKuş, BaKiRe', 'Yaprak Öz'],
    ['Comentario a la novela "Patria" de Fernando Aramburu', 'Patria', 'Fernando Aramburu'],
    ['“L’anomalie”, H. le Tellier, Gallimard', 'L’anomalie', 'H. le Tellier', 'Gallimard'],
    ['Winter Work by Dan Fesperman- Spy Thriller Review', 'Winter Work', 'Dan Fesperman'],
    ['Dönüş Yok, Aslıhan Yayla, Martı Yayınları', 'Dönüş Yok', 'Aslıhan Yayla', 'Martı Yayınları'],
    ['Sergio S. Olguín: El equipo de los sueños (Siruela)', 'El equipo de los sueños', 'Sergio S. Olguín', 'Siruela'],
    ['Libro: El túnel - Ernesto Sabato', 'El túnel', 'Ernesto Sabato'],
    ['Book of Dust - Philip Pullman', 'Book of Dust', 'Philip Pullman'],
    ['Deborah Levy’s The Man Who Saw Everything: a mixture of parable, love story and history lesson', 'The Man Who Saw Everything', 'Deborah Levy'],
    ["Sally Rooney's Intermezzo review – a tender tale of two brothers", 'Intermezzo', 'Sally Rooney'],
    ['Kazuo Ishiguro’s new novel, Klara and the Sun', 'Klara and the Sun', 'Kazuo Ishiguro'],
    ['GORIOT BABA/ Honore de Balzac', 'GORIOT BABA', 'Honore de Balzac'],
    ['Yorum: Hırsız (Ay Işığı, #1) - Özge Ilık', 'Hırsız (Ay Işığı, #1)', 'Özge Ilık'],
    ['[Resenha] Krimi-Tipp: „Lavender House“ von Lev AC Rosen', 'Lavender House', 'Lev AC Rosen'],
    ['W. B. Belcher - Lay Down Your Weary Tune', 'Lay Down Your Weary Tune', 'W. B. Belcher'],
    ['de av Helle Helle', 'de', 'Helle Helle'],
    ['Kastanjens DNA af Palle Hyldgård Poulsen', 'Kastanjens DNA', 'Palle Hyldgård Poulsen'],
    ['Het Diner door Herman Koch', 'Het Diner', 'Herman Koch'],
    ['Agata Przybyłek "Nieszczęścia chodzą stadami" | Recenzja', 'Nieszczęścia chodzą stadami', 'Agata Przybyłek'],
  ])('%s', (heading, title, people, publisher?: string) => {
    expect(titleByAuthor(heading)).toEqual({ title, people, ...(publisher && { publisher }) });
  });
  it('reads an elided `d’` and, for the prose to confirm, a `de` set apart by a comma', () => {
    expect(titleByAuthor('« L’Anomalie », d’Hervé Le Tellier')).toEqual({ title: 'L’Anomalie', people: 'Hervé Le Tellier' });
    expect(titleByAuthor('La uruguaya, de Pedro Mairal')).toEqual({ title: 'La uruguaya', people: 'Pedro Mairal', unconfirmed: true });
    expect(titleByAuthor('Resenha: A Professora, de Freida McFadden')).toEqual({ title: 'A Professora', people: 'Freida McFadden', unconfirmed: true });
    expect(titleByAuthor('Historia, de España')).toBeNull();
  });
  it('takes no prefixed word (`Re-thinking`) for a name before a possessive, and keeps a name’s hyphenated part', () => {
    expect(titleByAuthor('Re-thinking Open Library’s Book Pages')).toBeNull();
    expect(titleByAuthor('Self-publishing Authors’ Guide to Marketing')).toBeNull();
    expect(titleByAuthor('Cho Nam-joo’s Kim Jiyoung, Born 1982')).toEqual({ title: 'Kim Jiyoung, Born 1982', people: 'Cho Nam-joo' });
  });
  it('says nothing when both sides could be names, or none is', () => {
    expect(titleByAuthor('Ucuz Romancılar - Murat Menteş')).toBeNull();
    expect(titleByAuthor('Fixing commits in a hurry')).toBeNull();
  });
  it('says nothing of a statement, a section or a place', () => {
    expect(titleByAuthor('Алексей Багаряков – об эффективности мэров')).toBeNull();
    expect(titleByAuthor('Climate deal struck - World News')).toBeNull();
    expect(titleByAuthor('Hotel Ritzi, München – Bewertung')).toBeNull();
    expect(titleByAuthor('The Host (La huésped)')).toBeNull();
    expect(titleByAuthor('[Update] Release notes')).toBeNull();
    expect(titleByAuthor('Recensione di “Cose spiegate bene. A proposito di libri”')).toBeNull();
    // `Title di Author` is settled by the prose, not by the heading alone.
    expect(titleByAuthor('Entombed di Riccardo Giacchi [Rating 7]')).toBeNull();
    expect(titleOfName('Entombed di Riccardo Giacchi [Rating 7]')).toEqual({ before: 'Entombed', name: 'Riccardo Giacchi' });
    expect(titleByAuthor('Breaking News: Storm Hits the Coast (Reuters)')).toBeNull();
    // A country's or a one-word name's possessive names no author.
    expect(titleByAuthor('Britain’s Economy Shrinks Again')).toBeNull();
    expect(titleByAuthor('The Guardian’s Best Books of the Year')).toBeNull();
  });
  it.each([
    ['L’anomalie, Hervé Le Tellier', 'L’anomalie', 'Hervé Le Tellier'],
    ['Son | Ayşe Kulin', 'Son', 'Ayşe Kulin'],
    ['Blog Tour: The Bookshop Book, Jen Campbell', 'The Bookshop Book', 'Jen Campbell'],
    ['Ters Düz | Mert Ofluoğlu kitap yorumu', 'Ters Düz', 'Mert Ofluoğlu'],
    ['Sylvie Schenk, In Erwartung eines Glücks', 'In Erwartung eines Glücks', 'Sylvie Schenk'],
  ])('in a post’s own heading: %s', (heading, title, people) => {
    expect(titleByAuthor(heading, true)).toMatchObject({ title, people });
    // A document title's bar or comma may divide the page from its site: not read there.
    expect(titleByAuthor(heading)).toBeNull();
  });
  it('takes the name first for the author only as the prose confirms it, since a place reads as a name', () => {
    expect(titleByAuthor('Sylvie Schenk, In Erwartung eines Glücks', true)).toEqual({
      title: 'In Erwartung eines Glücks',
      people: 'Sylvie Schenk',
      unconfirmed: true,
    });
    expect(titleByAuthor('Villanueva de la Cañada | Arranca la programación de las Jornadas del Libro', true)).toMatchObject({ unconfirmed: true });
  });
  it('in a heading, a place, a pair of names or a section is no title and author', () => {
    expect(titleByAuthor('Berlin, Germany', true)).toBeNull();
    expect(titleByAuthor('Jane Austen, Charlotte Brontë', true)).toBeNull();
    expect(titleByAuthor('Latest News | Politics Today', true)).toBeNull();
    expect(titleByAuthor('John Smith, Ph.D.', true)).toBeNull();
    expect(titleByAuthor('Home - Open Access')).toBeNull();
  });
  it('finds the author right after the title in the first lines', () => {
    const lines = collectLines(page('<h3>Resenha: O Outro Livro</h3><p>O Outro Livro, de Philip Womack.</p>')).lines;
    expect(authorAfterTitle(lines, 'O Outro Livro')?.name).toBe('Philip Womack');
    expect(authorAfterTitle(lines, 'Another Book')).toBeNull();
    const prose = collectLines(page('<p>Lessons in Chemistry by Bonnie Garmus is unique, revelatory, funny and poignant.</p>')).lines;
    expect(authorAfterTitle(prose, 'Lessons in Chemistry')?.name).toBe('Bonnie Garmus');
    // The heading leaves out a comma the prose sets: the title is the prose's.
    const comma = collectLines(page('<p>I put down this book called A Cool, Dark Place by Supriya Dravid.</p>')).lines;
    expect(authorAfterTitle(comma, 'A Cool Dark Place')).toMatchObject({ name: 'Supriya Dravid', title: 'A Cool, Dark Place' });
    // A title the prose writes in other letters keeps the heading's.
    const lower = collectLines(page('<p>I put down this book called a cool, dark place by Supriya Dravid.</p>')).lines;
    expect(authorAfterTitle(lower, 'A Cool Dark Place')).toMatchObject({ name: 'Supriya Dravid', title: 'A Cool Dark Place' });
  });
});

describe('what a page’s tags and title say about someone else’s page', () => {
  it('an archive’s page number names no work', () => {
    expect(splitDocTitle('Medical History – Page 2 – Culture, Medicine, and Psychiatry')).toEqual({
      title: 'Medical History',
      site: 'Culture, Medicine, and Psychiatry',
    });
    expect(splitDocTitle('Page 2 of my life - Blog').title).toBe('Page 2 of my life');
  });
  it('a journal’s section of reviews: the tags and the list of authors are the review’s', () => {
    const head =
      '<meta name="citation_title" content="Comentário Crítico ao Livro “Universidade Inacabada”"><meta name="citation_author" content="Carlos Lucena"><meta name="citation_doi" content="10.24065/re.v15i1.2932"><meta name="DC.Type.articleType" content="Resenha">';
    const r = extractReview(
      page(
        '<main><h1>Comentário Crítico ao Livro “Universidade Inacabada”</h1><h2>Autores</h2><ul><li>Carlos Lucena</li></ul><p>SILVA JÚNIOR, J. dos R. Universidade Inacabada. São Paulo: Editora Mercado das Letras, 2025.</p></main>',
        head,
      ),
      'https://example.org/index.php/j/article/view/1',
    );
    expect(r.review.reviewer).toBe('Carlos Lucena');
    expect(r.work.authors).not.toContain('Carlos Lucena');
    expect(r.work.doi).toBeNull();
  });
});

describe('a title that calls the page something else', () => {
  const evidence = (title: string) =>
    extractWithEvidence(page(`<h1>${title}</h1><p>Tracy Guzeman defies gravity in her debut novel, a stunning body of work.</p>`), 'https://example.org/a')
      .evidence;
  it.each([
    'Book roundup: Debut novels',
    'The Monitor’s 10 best new books of April',
    'Interview mit Daniel Kehlmann',
    'Références bibliographiques du dossier',
    'Autoren',
  ])('%s', (title) => {
    expect(evidence(title)?.otherKindWord).toBe(true);
  });
  it('not a review’s heading', () => {
    expect(evidence('The Gravity of Birds by Tracy Guzeman')?.otherKindWord).toBe(false);
    expect(evidence('Recensione: Il nome della rosa')?.otherKindWord).toBe(false);
  });
});

describe('the author named again in the prose', () => {
  const prose = (who: string) =>
    `<p>En 230 pages, la lectrice découvre avec les étudiants les étapes d’une enquête sociologique, et ${who} rappelle que la sociologie doit faire feu de tout bois.</p>`;
  const evidence = (body: string, title: string) => extractWithEvidence(page(body, `<title>${title}</title>`), 'https://example.org/critique/1').evidence;
  it('is seen by the family name, in any case', () => {
    const e = evidence(`<h1>Critique de Margorito</h1>${prose('JOUNIN')}`, 'Critique de Margorito - Voyage de classes - Nicolas Jounin - Babelio');
    expect(e).toMatchObject({ headingNamesAuthor: true, authorInProse: true });
  });
  it('is not seen when the prose talks of someone else, or only the heading names them', () => {
    expect(evidence(`<h1>Critique de Margorito</h1>${prose('Durand')}`, 'Critique de Margorito - Voyage de classes - Nicolas Jounin - Babelio')).toMatchObject({
      headingNamesAuthor: true,
      authorInProse: false,
    });
    expect(evidence(`<h1>Voyage de classes - Nicolas Jounin</h1><p>Nicolas Jounin</p>${prose('Durand')}`, 'Babelio')?.authorInProse).toBe(false);
  });
});

describe('the publisher as a review’s lines name it', () => {
  const mention = (body: string) => readPublisherMention(collectLines(page(body)).lines, () => false);
  it('reads `Published <date> by <publisher>` and `Published by <publisher>` after a sentence', () => {
    expect(mention('<p>Hardcover, 96 pages</p><p>Published May 1st 2006 by Harry N. Abrams</p>')).toMatchObject({
      publisher: 'Harry N. Abrams',
      date: '2006-05-01',
    });
    expect(mention('<p>What You Have Heard is True by Carolyn Forché (2019). Published by Allen Lane.</p>')).toMatchObject({
      publisher: 'Allen Lane',
      date: null,
    });
    expect(mention('<p>La novela fue publicada en 2016. Publicado por Tusquets en Barcelona.</p>')).toMatchObject({ publisher: 'Tusquets' });
  });
  it('reads `X by A is published by <publisher>`, with the binding between and the date after', () => {
    expect(mention('<p>Travelling in a Strange Land by David Park is published by Bloomsbury, 139 pages.</p>')).toMatchObject({ publisher: 'Bloomsbury' });
    expect(mention('<p>Trespasses by Louise Kennedy is published in hardback by Bloomsbury Circus on 14 April 2022.</p>')).toMatchObject({
      publisher: 'Bloomsbury Circus',
      date: '2022-04-14',
    });
    expect(mention('<p>It was published in the US by Knopf.</p>')).toBeNull();
  });
  it('reads a line that is nothing but a publisher’s name, with its year', () => {
    expect(mention('<p>Juli Zeh</p><p>Luchterhand Verlag</p>')).toMatchObject({ publisher: 'Luchterhand Verlag', date: null });
    expect(mention('<p>Little, Brown &amp; Company/2009</p>')).toMatchObject({ publisher: 'Little, Brown & Company', date: '2009' });
    expect(mention('<p>Editora Senac-Rio</p>')).toMatchObject({ publisher: 'Editora Senac-Rio' });
  });
  it('else reads the first name in the prose that ends with a word for a publisher', () => {
    expect(mention('<p>Everest Yayınlarından çıkan kitap 304 sayfa ve 26,85 TL.</p>')).toMatchObject({ publisher: 'Everest Yayınları' });
    expect(mention('<p>The study, out from Princeton University Press this spring, is long.</p>')).toMatchObject({ publisher: 'Princeton University Press' });
    expect(mention('<p>As the Free Press reported, the study is long.</p>')).toBeNull();
    expect(mention('<p>Autrice: Mariapia Veladiano, edizioni Einaudi (€16,00).</p>')).toMatchObject({ publisher: 'Einaudi' });
    expect(mention('<p>Livro cedido pela editora Companhia das Letras.</p>')).toMatchObject({ publisher: 'Companhia das Letras' });
    expect(mention('<p>Il libro è uscito in tre edizioni diverse.</p>')).toBeNull();
    // The word for a publishing house in Dutch, Polish, Czech, the Nordic languages and Romanian, and French's `l’éditeur`.
    expect(mention('<p>Op 27 januari 2022 verschijnt bij uitgeverij Koppernik de nieuwe roman.</p>')).toMatchObject({ publisher: 'Koppernik' });
    expect(mention('<p>Książka ukazała się nakładem wydawnictwa Czarne w serii reportaży.</p>')).toMatchObject({ publisher: 'Czarne' });
    expect(mention('<p>Za możliwość przeczytania dziękuję Wydawnictwu Czarna Owca!</p>')).toMatchObject({ publisher: 'Czarna Owca' });
    expect(mention('<p>Stort tack till Bookmark Förlag för recensionsexemplaret!</p>')).toMatchObject({ publisher: 'Bookmark Förlag' });
    expect(mention('<p>Romanen kom ut på förlaget Albert Bonniers i höstas.</p>')).toMatchObject({ publisher: 'Albert Bonniers' });
    expect(mention('<p>Publié chez l’éditeur Stéphane Batigne dans la collection Tri Nox.</p>')).toMatchObject({ publisher: 'Stéphane Batigne' });
    expect(mention('<p>Bij elke uitgeverij werken mensen.</p>')).toBeNull();
  });
  it('reads brackets that hold nothing but a house’s name, without the word for a house before it', () => {
    expect(mention('<p>Tuna Kiremitçi\'nin yeni romanı "Dualar Kalıcıdır"ın (Doğan Kitap) ana fikri kapağında yazıyor.</p>')).toMatchObject({
      publisher: 'Doğan Kitap',
    });
    expect(mention('<p>Se é fã de literatura fantástica, vai deliciar-se! (in Edições Saída de Emergência)</p>')).toMatchObject({
      publisher: 'Saída de Emergência',
    });
    expect(mention('<p>Canto yo y la montaña baila (Editorial Anagrama)</p>')).toMatchObject({ publisher: 'Anagrama' });
    expect(mention('<p>Tutti gli altri prezzi (Samsun Kitap Ağacı) restano uguali.</p>')).toBeNull();
    expect(mention('<p>Die Bestellung (Verlag) ist offen, siehe (Press Enter).</p>')).toBeNull();
  });
  it('says nothing of other sentences and lines', () => {
    expect(mention('<p>It was published in the US by a small house.</p>')).toBeNull();
    expect(mention('<p>Published in: Culture. The books we loved this year.</p>')).toBeNull();
    expect(mention('<p>Penguin</p><p>Our favourite books</p>')).toBeNull();
    expect(mention('<p>She studied at the university press office for two years before she wrote it.</p>')).toBeNull();
  });
});

describe('the main heading', () => {
  const heading = (body: string) => mainHeading(collectLines(page(body)).lines)?.text;
  it('passes over a blog’s date header to the post’s title, with or without the theme’s class', () => {
    expect(heading('<h2>29 Aralık 2015 Salı</h2><h3>Toprak Ana - Cengiz Aytmatov</h3><p>Yazı.</p>')).toBe('Toprak Ana - Cengiz Aytmatov');
    expect(heading('<h2>martedì 25 agosto 2020</h2><h3 class="post__title">Terrazzo olandese</h3>')).toBe('Terrazzo olandese');
    expect(heading('<h2>Notes</h2><h1 itemprop="headline">Terrazzo olandese</h1>')).toBe('Terrazzo olandese');
  });
  it('keeps a heading that names more than a date', () => {
    expect(heading('<h2>Reading list for 25 August 2020</h2><h3>Terrazzo olandese</h3>')).toBe('Reading list for 25 August 2020');
  });
});

describe('a heading that reads either way, settled by the prose', () => {
  const fields = (body: string) => extractReview(page(body), 'https://example.org/2015/12/post.html').work;
  it('reads a heading in capitals by the case the prose writes each part in', () => {
    const prose =
      '<p>En esta foto László Krasznahorkai me recuerda a algún escritor ruso, y te acostumbras a navegar entre comas. Y de eso va precisamente Guerra y guerra.</p>';
    expect(fields(`<h1>LÁSZLÓ KRASZNAHORKAI: GUERRA Y GUERRA</h1>${prose}`)).toMatchObject({ title: 'Guerra y guerra', authors: ['László Krasznahorkai'] });
    expect(fields(`<h1>GUERRA Y GUERRA: LÁSZLÓ KRASZNAHORKAI</h1>${prose}`)).toMatchObject({ title: 'Guerra y guerra', authors: ['László Krasznahorkai'] });
  });
  it('takes for the author the person the prose calls by the family name beside a word for a writer', () => {
    const body =
      '<h1>Tyll</h1><p>Eine Epoche des Umbruchs, in welcher der begabteste Erzähler seiner Generation, Daniel Kehlmann, seinen Helden spuken lässt.</p><p>Spannend, wendungsreich und formvollendet bezeugt Kehlmann wieder einmal, was Literatur alles kann.</p>';
    expect(fields(body).authors).toEqual(['Daniel Kehlmann']);
    // A book's characters go by their first names.
    const characters =
      '<h1>Villa</h1><p>Dans ce roman, le docteur Marc Schlosser soigne ses patients dans une banlieue chic d’Amsterdam.</p><p>Marc ne les écoute pas vraiment, et Marc se trompe souvent sur ce qui leur arrive.</p>';
    expect(fields(characters).authors).toEqual([]);
  });
  it('takes for the author the one whose family name the prose uses on its own', () => {
    const post =
      '<h3 class="post-title entry-title">Toprak Ana - Cengiz Aytmatov</h3><p>2015 yılını Cengiz Aytmatov ile kapatayım istedim. Açık konuşayım Aytmatov’un kitaplarını severim.</p>';
    expect(fields(post)).toMatchObject({ title: 'Toprak Ana', authors: ['Cengiz Aytmatov'] });
    const reversed =
      '<h3 class="post-title entry-title">Cengiz Aytmatov - Toprak Ana</h3><p>Bu yılı Aytmatov ile kapatmak istedim. Toprak Ana, okuduğum en güzel kitaplardan biri oldu; herkese öneririm.</p>';
    expect(fields(reversed)).toMatchObject({ title: 'Toprak Ana', authors: ['Cengiz Aytmatov'] });
  });
  it('reads an unquoted `Title de Author` when the prose uses the family name or speaks of the author, and the title it repeats', () => {
    const prose = (who: string) =>
      `<p><i>Los retos de la sociedad por venir</i> se compone de tres partes y un apéndice. En el primero, ${who} traza una idea negativa de justicia.</p>`;
    const heading = '<h1>Repensando la justicia, Los retos de la sociedad por venir de Luis Villoro</h1>';
    expect(fields(heading + prose('Villoro'))).toMatchObject({ title: 'Los retos de la sociedad por venir', authors: ['Luis Villoro'] });
    expect(fields(heading + prose('el autor')).authors).toEqual(['Luis Villoro']);
    // The prose uses the title on its own, without `de Luis Villoro`: the name is no part of it.
    expect(fields(heading + prose('el filósofo')).authors).toEqual(['Luis Villoro']);
    // Prose that tells nothing apart: a name that starts with a known given name still names the
    // author; another (`Teodulo`, not in the list) does not.
    const silent = '<p>El libro se compone de tres partes y un apéndice. En el primero, el filósofo traza una idea negativa de justicia.</p>';
    expect(fields(heading + silent).authors).toEqual(['Luis Villoro']);
    expect(fields(heading.replace('Luis', 'Teodulo') + silent).authors).toEqual([]);
  });
  it('names no author when the prose does not tell them apart', () => {
    const post =
      '<h3 class="post-title entry-title">Toprak Ana - Cengiz Aytmatov</h3><p>2015 yılını bu kitapla kapatayım istedim ve iyi de yapmışım, çok güzel bir kitap.</p>';
    expect(fields(post).authors).toEqual([]);
  });
});

describe('the people a work’s lines name', () => {
  const people = (card: string) =>
    extractReview(
      page(
        `<main><h1>‘Karl Marx and Contemporary Philosophy’ reviewed by David McLellan</h1>${card}<p>Palgrave Macmillan, London, 2009. 288pp., £50 hb</p><p>In 2005 Marx was voted, in a popular BBC poll and by a huge margin, the greatest philosopher of all time, and the essays collected here take that seriously.</p></main>`,
      ),
      'https://example.org/review-karl-marx',
    ).work;
  it('are the editors where the line marks them so (`A and B (eds)`)', () => {
    expect(people('<p>Andrew Chitty and Martin McIvor (eds)</p><p>Karl Marx and Contemporary Philosophy</p>')).toMatchObject({
      authors: [],
      editors: ['Andrew Chitty', 'Martin McIvor'],
    });
  });
});

describe('an edited book’s editors beside its heading', () => {
  it('are read from a line of their own that marks them (`Olivia Carpi (dir.)`), and a bare name there is not', () => {
    const review = (above: string) =>
      extractReview(
        page(
          `<article><div>${above}</div><h1>Guerres et Paix civiles de l’Antiquité à nos jours</h1><p>Villeneuve-d’Ascq, Presses universitaires du Septentrion, 2018</p><p>Disons-le tout net, voici un livre passionnant. La vingtaine de contributeurs brosse un tableau aussi large que puissant des guerres civiles, de la Grèce antique à la période la plus récente.</p></article>`,
        ),
        'https://example.org/cr-guerres-et-paix-civiles',
      ).work;
    expect(review('Olivia Carpi (dir.)').editors).toEqual(['Olivia Carpi']);
    expect(review('Olivia Carpi').editors).toEqual([]);
  });
});

describe('a work’s card beside the review', () => {
  const block = (body: string, title = '') => {
    const doc = page(body, `<title>${title}</title>`);
    const lines = collectLines(doc).lines;
    return readWorkBlock(lines, mainHeading(lines), title);
  };
  it('reads people marked as editors as such, and their mark as no publisher', () => {
    expect(
      block(
        '<article><h1>‘Karl Marx and Contemporary Philosophy’ reviewed by David McLellan</h1><div class="review-book"><p class="book-authors"><a href="/author/andrew-chitty/">Andrew Chitty</a> and <a href="/author/martin-mcivor/">Martin McIvor</a> (eds)</p><p class="book-title">Karl Marx and Contemporary Philosophy</p><p>Palgrave Macmillan, London, 2009. 288pp., £50 hb</p><p>Reviewed by David McLellan</p></div><div><p>In 2005 Marx was voted, in a popular BBC poll and by a huge margin, the greatest philosopher of all time.</p></div></article>',
      ),
    ).toMatchObject({ people: ['Andrew Chitty', 'Martin McIvor'], editors: true, publisher: null });
  });
  it('reads a title set in bold at the end of its line, with a By line right under it', () => {
    expect(
      block('<p><a href="/s">Click to search this book in our catalog</a> <b>The story of Owen</b><br>by E K Johnston</p><p>A starred review.</p>'),
    ).toMatchObject({
      title: 'The story of Owen',
      people: ['E K Johnston'],
    });
    // Several By lines: a round-up of books, not one book's card.
    expect(block('<p><b>A Fraction of the Whole</b><br>By Steve Toltz</p><p>A novel.</p><p>By Owen Sheers<br>Doubleday, 306 pp.</p>')).toBeNull();
  });
  it('reads a name under a post’s heading as its book’s author when the family name is in capitals, as catalogues set it', () => {
    const post = (name: string) =>
      block(
        `<h3 class="post-title">Infidèles</h3><div><b>${name}</b><br>Couverture: Denis Dailleux.</div><p>Quatrième de couverture</p><p>${'Slima est prostituée. '.repeat(5)}</p>`,
      );
    expect(post('Abdellah TAÏA')).toMatchObject({ title: 'Infidèles', people: ['Abdellah TAÏA'] });
    // In its own case the name is the post's byline.
    expect(post('Abdellah Taïa')).toBeNull();
  });
  it('reads a title line the document title repeats, and the bare name under it', () => {
    expect(
      block('<div>Astrologie et science</div><div>Vladimir Surdin</div><h1>Un livre-article</h1>', 'Critique de « Astrologie et science » — Vladimir Surdin'),
    ).toMatchObject({
      title: 'Astrologie et science',
      people: ['Vladimir Surdin'],
    });
  });
  it('reads `de` under the main heading, and a name · publisher · year line', () => {
    expect(block('<h1>O quarto mágico</h1><div>de Débora Lopes</div>')).toMatchObject({ title: 'O quarto mágico', people: ['Débora Lopes'] });
    expect(block('<div>Ucuz Romancılar</div><div>Murat Menteş · Alfa Yayınları · 2024</div>', 'Ucuz Romancılar - Murat Menteş incelemesi')).toMatchObject({
      people: ['Murat Menteş'],
      publisher: 'Alfa Yayınları',
      date: '2024',
    });
  });
  it('takes a By line or a bare name under the main heading for a byline', () => {
    expect(block('<h1>Ironside</h1><div>By Fen Flack</div>')).toBeNull();
    expect(block('<h1>Council votes on the budget</h1><div>Maria Keller</div>')).toBeNull();
  });
  it('says nothing of a list of works, a section heading or run-together links', () => {
    const card = (t: string, a: string) => `<div>${t}</div><div>von ${a}</div>`;
    expect(block(`${card('Erstes Buch', 'Anna Berg')}${card('Zweites Buch', 'Karl Stein')}`, 'Erstes Buch, Zweites Buch')).toBeNull();
    expect(block('<h2>Literatur</h2><div>Ronya Othmann</div>', 'Bücherbrief April')).toBeNull();
    expect(block('<div>#smrgKİTABEVİ</div><div>Giriş YapSepetim</div>', '#smrgKİTABEVİ Çanakkale')).toBeNull();
  });
});

describe('the work as the review’s prose names it', () => {
  const mention = (body: string) => readProseMention(collectLines(page(body)).lines, () => false);
  it('reads a title in italics or quotes and the author right after it', () => {
    expect(mention('<p>Flack’s second outing, <i>Ironside</i>, by Fen Flack, follows a boy through the war of 1013.</p>')).toMatchObject({
      title: 'Ironside',
      author: 'Fen Flack',
    });
    expect(mention('<p>Ho terminato di leggere “Roma”, di Alberto Angela, già una decina di giorni fa.</p>')).toMatchObject({
      title: 'Roma',
      author: 'Alberto Angela',
    });
  });
  it('reads a kind of book and its author', () => {
    expect(mention('<p>This is the new novel by Anita Shreve, and her best.</p>')).toMatchObject({ title: null, author: 'Anita Shreve' });
    expect(mention('<p>Ah, another Matt Haig book. It sat on my shelf since Christmas.</p>')).toMatchObject({ author: 'Matt Haig' });
    expect(mention('<p>Es una de las novelas de Stephenie Meyer, la primera fuera de la saga.</p>')).toMatchObject({ author: 'Stephenie Meyer' });
    expect(mention('<p>Dans L’Anomalie, le dernier roman d’Hervé Le Tellier, les passagers se dédoublent.</p>')).toMatchObject({
      author: 'Hervé Le Tellier',
    });
  });
  it('reads a word for the writer and the name after it, in several languages', () => {
    expect(mention('<p>Patria, del autor vasco Fernando Aramburu (1959), es una novela magistral.</p>')).toMatchObject({ author: 'Fernando Aramburu' });
    expect(mention('<p>Nobel Edebiyat Ödüllü yazar Orhan Pamuk’un 1990 yılında yayınlanmış kitabı.</p>')).toMatchObject({ author: 'Orhan Pamuk' });
    expect(mention('<p>«Tyll», der neue Roman des Erfolgsautors Daniel Kehlmann, erzählt vom Krieg.</p>')).toMatchObject({ author: 'Daniel Kehlmann' });
    expect(mention('<p>The author of this blog reads every evening.</p>')).toBeNull();
  });
  it('reads a name and then its owner’s book', () => {
    expect(mention('<p>C’est à ces années que se mesure Tristan Leperlier dans son ouvrage récent, <em>Algérie</em>.</p>')).toMatchObject({
      author: 'Tristan Leperlier',
    });
    expect(mention('<p>Reviewing Deborah Levy’s fourth novel, she wrote that it was her best.</p>')).toMatchObject({ author: 'Deborah Levy' });
    expect(mention('<p>Daniel Kehlmann in seinem neuen Roman erzählt vom Krieg.</p>')).toMatchObject({ author: 'Daniel Kehlmann' });
  });
  it('reads a name, a verb, then `in his/this book`, in several languages', () => {
    expect(mention('<p>Daniel Kehlmann erzählt in seinem neuen Roman vom Krieg.</p>')).toMatchObject({ author: 'Daniel Kehlmann' });
    expect(mention('<p>Philippe Pollet-Villard dresse dans son dernier roman plusieurs portraits de femmes.</p>')).toMatchObject({
      author: 'Philippe Pollet-Villard',
    });
    expect(mention('<p>Es por la forma en que Fernanda Melchor muestra en esta novela terrible lo que se cuenta.</p>')).toMatchObject({
      author: 'Fernanda Melchor',
    });
  });
  it('reads `with this book` and the name after the comma', () => {
    expect(mention('<p>Un lugar para una cierta redención. Con esta novela, Irene Solà obtuvo el cuarto Premi Anagrama.</p>')).toMatchObject({
      author: 'Irene Solà',
    });
  });
  it('takes no noun after an article for the name before `in her book`', () => {
    expect(mention('<p>Die Autorin hat in ihrem ersten Roman für mich den richtigen Ton getroffen.</p>')).toBeNull();
  });
  it('ends the name at a sentence’s full stop', () => {
    expect(mention('<p>Sono qui per parlarvi del nuovo libro di Morgane Mentil. Sono sicura che ricordiate questa scrittrice.</p>')).toMatchObject({
      author: 'Morgane Mentil',
    });
  });
  it('tries the next pattern when the first one’s name is no person’s', () => {
    expect(mention('<p>The book by Penguin Random House was launched. Tristan Leperlier dans son livre parle de la guerre.</p>')).toMatchObject({
      author: 'Tristan Leperlier',
    });
  });
  it('says nothing of a sentence without a name after the title', () => {
    expect(mention('<p>We read <i>Ironside</i> by the fire, by candlelight.</p>')).toBeNull();
  });
  it('reads a Russian word for a book, its author in the genitive and the quoted title', () => {
    expect(mention('<p>За три вечера прочитал повесть Светланы Замлеловой «Блудные дети, или Пропадал и нашелся».</p>')).toMatchObject({
      title: 'Блудные дети, или Пропадал и нашелся',
      author: 'Светлана Замлелова',
    });
    expect(mention('<p>Книга Е. Рождественской «Девочка с Патриарших» не является новинкой.</p>')).toMatchObject({ author: 'Е. Рождественская' });
    expect(mention('<p>Книга Москвы «Путеводитель» вышла снова.</p>')).toBeNull();
  });
  it('reads a label for the author inside a paragraph, after a sentence’s end', () => {
    const inline = (body: string) => readInlineAuthor(collectLines(page(body)).lines, () => false);
    expect(inline('<p>Ancora un altro romanzo sottratto da una libreria. Autrice: Mariapia Veladiano, edizioni Einaudi (€16,00).</p>')).toMatchObject({
      author: 'Mariapia Veladiano',
    });
    expect(inline('<p>Autrice: Mariapia Veladiano, edizioni Einaudi.</p>')).toBeNull();
    expect(inline('<p>Ci siamo visti a teatro. Nota: Bella Serata, ma fredda.</p>')).toBeNull();
  });
  it('reads the author’s name in the possessive right before the title', () => {
    expect(mention("<p>E. Lockhart's <i>We Were Liars</i><br>The publisher is making a Big Deal of it.</p>")).toMatchObject({
      title: 'We Were Liars',
      author: 'E. Lockhart',
    });
    expect(mention("<p>The family's <i>Christmas</i> came early.</p>")).toBeNull();
    expect(mention('<p>Sabahattin Ali’nin «Kürk Mantolu Madonna» romanını bir solukta okudum.</p>')).toMatchObject({
      title: 'Kürk Mantolu Madonna',
      author: 'Sabahattin Ali',
    });
  });
});

describe('a work’s title without what pages add around it', () => {
  it.each([
    ['Voyage de classes - Nicolas Jounin', ['Nicolas Jounin'], 'Voyage de classes'],
    ['The Winter Garden by Alexandra Bell', ['Alexandra Bell'], 'The Winter Garden'],
    ['Libro The Host (La huésped)', [], 'The Host (La huésped)'],
    ['Direito civil brasileiro, v. 2: Teoria geral das obrigações, 14ª edição', [], 'Direito civil brasileiro, v. 2: Teoria geral das obrigações'],
    ['Çanakkale Yanarken - 2023', [], 'Çanakkale Yanarken'],
    ['Critique de Le pays des autres', [], 'Le pays des autres'],
    ['Picks and Pans Review: Family History', [], 'Family History'],
    ['RESENHA SUMA DE LETRAS | “Quase Um Romance”', [], 'Quase Um Romance'],
    ['L’esprit démocratique du populisme : une analyse', [], 'L’esprit démocratique du populisme: une analyse'],
    ['Yorum: Hırsız (Ay Işığı, #1) - Özge Ilık', ['Özge Ilık'], 'Hırsız'],
  ])('%s', (raw, people, want) => {
    expect(tidyTitle(raw, people)).toBe(want);
  });
  it('keeps a title that only is a name, a year in brackets, and a name that is not the author', () => {
    expect(tidyTitle('Nicolas Jounin', ['Nicolas Jounin'])).toBe('Nicolas Jounin');
    expect(tidyTitle('Report on the Economy (2019)', [])).toBe('Report on the Economy (2019)');
    expect(tidyTitle('Letters to Anna Berg', ['Karl Stein'])).toBe('Letters to Anna Berg');
    expect(tidyTitle('The Review of Economic Studies', [])).toBe('The Review of Economic Studies');
    expect(tidyTitle('Critique of Pure Reason', [])).toBe('Critique of Pure Reason');
    expect(tidyTitle('Book of Dust', [])).toBe('Book of Dust');
    expect(tidyTitle('Libro de arena', [])).toBe('Libro de arena');
    expect(tidyTitle('Critique de la raison dialectique', [])).toBe('Critique de la raison dialectique');
  });
});

describe('the reviewer named outside a byline line', () => {
  const prose = '<p>Il libro racconta una stagione di lotte universitarie, e lo fa con una scrittura piana che si legge come un romanzo di formazione.</p>';
  const cite = '<p>Paolo Rossi, La lotta continua, Torino: Einaudi, 2019, 240 pp.</p>';
  const reviewer = (body: string, head = '') => extractReview(page(body, head), 'https://example.org/recensioni/1').review.reviewer;
  it('reads `Recensione di A` in the heading, the article markup’s author, the author meta tag', () => {
    expect(reviewer(`<h1>La lotta continua – Recensione di Cinzia Picchioni</h1>${cite}${prose}`)).toBe('Cinzia Picchioni');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Person","name":"Jim McKeown"}}</script>';
    expect(reviewer(`<h1>La lotta continua</h1>${cite}${prose}`, ld)).toBe('Jim McKeown');
    expect(reviewer(`<h1>La lotta continua</h1>${cite}${prose}`, '<meta name="author" content="Anna Berg">')).toBe('Anna Berg');
  });
  it('takes a theme’s own byline class', () => {
    expect(reviewer(`<article><h1>La lotta continua</h1><div class="ArticlePage-byline">By Jim McKeown</div>${cite}${prose}</article>`)).toBe('Jim McKeown');
  });
  it('reads a signature under the review’s last paragraph', () => {
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}${prose}${prose}<p class="firma">— Cinzia Picchioni 4/5</p></main>`)).toBe('Cinzia Picchioni');
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}${prose}<p>Cinzia Picchioni<br>Università di Torino</p></main>`)).toBe('Cinzia Picchioni');
  });
  it('takes no name under a heading after the review, nor one far below its last paragraph', () => {
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}${prose}<h2>L’autore</h2><p>Paolo Rossi</p></main>`)).toBeNull();
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}${prose}<p>Condividi</p><p>Lascia un commento</p><p>Cinzia Picchioni</p></main>`)).toBeNull();
  });
  it('reads the reviewer’s label and signature in the languages beyond the first seven', () => {
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}<p>Recenzent: Jan Kowalski</p>${prose}</main>`)).toBe('Jan Kowalski');
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}<p>Anmelder: Lars Bukdahl</p>${prose}</main>`)).toBe('Lars Bukdahl');
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}<p>Recensent: Marja Pruis</p>${prose}</main>`)).toBe('Marja Pruis');
    expect(reviewer(`<main><h1>La lotta continua</h1>${cite}${prose}${prose}<p>Av Ulrika Milles</p></main>`)).toBe('Ulrika Milles');
  });
  it('is not read from a site’s name in the author tag', () => {
    expect(reviewer(`<h1>La lotta continua</h1>${cite}${prose}`, '<meta name="author" content="Centro Studi Sereno Regis">')).toBeNull();
  });
});

describe('names as bylines and catalogues write them', () => {
  it('reads `Book Review by A` and `Shaw, (C.A.)`', async () => {
    const { parseByline } = await import('../../lib/extract/byline');
    const { personName } = await import('../../lib/extract/normalize/names');
    expect(parseByline('Book Review by Katie Goh')?.name).toBe('Katie Goh');
    expect(personName('Shaw, (C.A.)')).toBe('C.A. Shaw');
    expect(personName('MARGARET PRESSER')).toBe('Margaret Presser');
    expect(personName('NATO')).toBe('NATO');
  });
});

describe('more ways pages name the work', () => {
  it('a heading `Title, edited by A` gives editors; `(Имя Фамилия. «Название»)` the author', () => {
    expect(titleByAuthor('Altered States of Consciousness, edited by Charles T. Tart')).toEqual({
      title: 'Altered States of Consciousness',
      people: 'Charles T. Tart',
      editors: true,
    });
    expect(titleByAuthor('(Шамиль Идиатуллин. «Последнее время»)')).toEqual({ title: 'Последнее время', people: 'Шамиль Идиатуллин' });
  });
  it('a part that shares a word with the title is a place, not an author', () => {
    expect(titleByAuthor('Old Bergen Museum - Norway Bergen')).toBeNull();
    expect(titleByAuthor('Eureka Mignon Silenzio | Espressomühlen')).toBeNull();
    expect(titleByAuthor('Obama visits Berlin, Angela Merkel, Chancellor')).toBeNull();
  });
  it('a record in one heading: `TITLE || Author || Publisher || Year || N pagine`', () => {
    const lines = collectLines(page('<h3>LESSICO FAMIGLIARE || Natalia Ginzburg || Einaudi || 2010 || 296 pagine</h3><p>Il libro più amato.</p>')).lines;
    expect(readWorkBlock(lines, null, '')).toMatchObject({
      title: 'Lessico famigliare',
      people: ['Natalia Ginzburg'],
      publisher: 'Einaudi',
      date: '2010',
      pages: 296,
    });
  });
  it('a By line under a blog post’s heading is its byline, unless the document title names that person', () => {
    const body = '<h3>Acervos permitem conhecer viajantes</h3><p>Por Patrícia Mariuzzo e Sueli Mello</p>';
    expect(readWorkBlock(collectLines(page(body)).lines, null, 'Acervos permitem conhecer viajantes')).toBeNull();
  });
  it('a newspaper’s imprint in brackets in the prose, and the author from a possessive', () => {
    const lines = collectLines(
      page(
        '<p>T.J. Newman’s 2021 novel Falling was a spectacular debut, set on board a commercial airliner.</p>' +
          '<p>Newman’s second novel, Drowning: The Rescue of Flight 1421 (Avid Reader Press, 352 pages, $15), is remarkably ambitious.</p>',
      ),
    ).lines;
    expect(readProseImprint(lines, () => false)).toMatchObject({
      title: 'Drowning: The Rescue of Flight 1421',
      publisher: 'Avid Reader Press',
      pages: 352,
      author: 'T.J. Newman',
    });
    expect(readProseImprint(collectLines(page('<p>We met at the Town Hall (Main Street, opposite the bank) on Monday.</p>')).lines, () => false)).toBeNull();
  });
  it('a citation a <br> cut in two, and `Place, Publisher. Year` with editors marked `Hrsg.`', () => {
    const doc = page(
      '<p>Шамиль Идиатуллин. «Последнее время»[1]: Роман. — М.: АСТ,<br>Редакция Елены Шубиной, 2020</p><p>Бывает и так: дослушаешь новую остросюжетную книгу Шамиля Идиатуллина и захочешь признаться в любви к ней.</p>',
    );
    expect(extractReview(doc, 'https://example.org/r').work).toMatchObject({
      title: 'Последнее время',
      authors: ['Шамиль Идиатуллин'],
      place: 'М.',
      publisher: 'АСТ, Редакция Елены Шубиной',
      date: '2020',
    });
    expect(
      cite(
        'Rezension zu Jüdischer Widerstand in Europa (1933-1945). Hrsg. Julius Schoeps, Dieter Bingen, Gideon Botsch. Europäisch-jüdische Studien Beiträge. Band 27. Berlin, de Gruyter. 2016.',
      ),
    ).toMatchObject({
      editors: ['Julius Schoeps', 'Dieter Bingen', 'Gideon Botsch'],
      place: 'Berlin',
      publisher: 'de Gruyter',
      date: '2016',
    });
  });
});

describe('blog themes and forums', () => {
  const prose =
    '<p>Tracy Guzeman defies the constraints of gravity in her debut novel, The Gravity of Birds, and has penned a stunning body of work about two sisters.</p>';
  it('a bare By label names the work’s author where another label names the reviewer', () => {
    const doc = page(`<h1>The Gravity of Birds</h1><p>By: Tracy Guzeman<br>Publisher: Simon &amp; Schuster<br>Reviewed by: Diane Lunsford</p>${prose}`);
    expect(extractReview(doc, 'https://example.org/r')).toMatchObject({ work: { authors: ['Tracy Guzeman'] }, review: { reviewer: 'Diane Lunsford' } });
  });
  it('a Blogger post: the post’s title is the heading, the Header widget’s title the site', () => {
    const doc = page(
      '<div id="header"><h1 class="title">Feathered Quill Book Reviews</h1></div><div class="widget Blog"><div class="post hentry">' +
        `<h3 class="post-title entry-title">The Gravity of Birds - Tracy Guzeman</h3><div class="post-body">${prose}</div></div></div>`,
      '<title>Feathered Quill Book Reviews: The Gravity of Birds - Tracy Guzeman</title>',
    );
    expect(extractReview(doc, 'https://example.blogspot.com/2014/07/gravity.html')).toMatchObject({
      work: { title: 'The Gravity of Birds', authors: ['Tracy Guzeman'] },
      review: { siteName: 'Feathered Quill Book Reviews' },
    });
  });
  it('a class that says what an element is not (Weebly’s `wsite-not-footer` on the content) does not make it furniture', () => {
    const record = '<div class="paragraph"><strong>Author:</strong> Austin Duffy<br><strong>Published by:</strong> Granta<br><strong>Pages:</strong> 272</div>';
    const read = (cls: string) => extractReview(page(`<div class="${cls}"><h2>Ten Days</h2>${record}${prose}</div>`), 'https://example.org/ten-days.html').work;
    expect(read('wsite-elements wsite-not-footer')).toMatchObject({ authors: ['Austin Duffy'], publisher: 'Granta', pages: 272 });
    expect(read('wsite-elements wsite-footer')).toMatchObject({ authors: [], publisher: null, pages: null });
  });
  it('a header’s link to the front page names the site, not a link called Home or Search', () => {
    const url = 'https://euliolivro.blogspot.com/2011/05/enciclopedia.html';
    const site = (header: string) => extractReview(page(`${header}<h3 class="post-title">The Gravity of Birds</h3>${prose}`, '', url), url).review.siteName;
    expect(site('<div class="masthead"><a href="http://euliolivro.blogspot.com/">Eu li o livro</a></div>')).toBe('Eu li o livro');
    expect(site('<header><a href="/">Home</a><a href="/about">Eu li o livro</a></header>')).toBeNull();
    expect(site('<header><a href="https://elsewhere.org/">Eu li o livro</a></header>')).toBeNull();
  });
  it('a discussion thread is never a review', () => {
    const doc = page(`<h2>Bistabiler Multivibrator - Es kann nur Einen geben</h2><h3>Re: Bistabiler Multivibrator - Es kann nur Einen geben</h3>${prose}`);
    expect(extractWithEvidence(doc, 'https://example.org/forum/t=1').evidence).toMatchObject({ forumThread: true });
    expect(extractReview(doc, 'https://example.org/forum/t=1')).toMatchObject({ isReview: false, confidence: 0 });
  });
});

describe('a blog’s line that names the work, its author and its imprint', () => {
  it('reads the name between a title and its imprint as the author, not as a place', () => {
    for (const text of ['Les choses humaines, Karine Tuil, Gallimard, 2019', 'Les choses humaines, Karine Tuil, Gallimard 2019'])
      expect(cite(text)).toMatchObject({ title: 'Les choses humaines', authors: ['Karine Tuil'], publisher: 'Gallimard', date: '2019', place: null });
  });
  it('keeps a publishing place before the publisher', () => {
    expect(cite('Das Reich, Max Niemeyer, Tübingen 2008')).toMatchObject({ publisher: 'Max Niemeyer', place: 'Tübingen' });
  });
  it('takes no sentence of prose for a place and a publisher', () => {
    expect(parseCitation(line('Eve: The Awakening is a 2015 young adult science fiction novel by Jenna Moreci.'))?.publisher ?? null).toBeNull();
  });
  it('leaves a paragraph that names the work with its imprint in brackets to the prose readers', () => {
    const text =
      'Muncle é um gigante-anão. Hã? Como assim? Não existem gigantes anões! No mundo de Janet Foxley existe sim. Em seu livro Muncle Trogg: O menor gigante do mundo (Intrínseca, 2012, 224 p.), a autora nos apresenta uma família de gigantes.';
    expect(parseCitation(line(text))).toBeNull();
    expect(readProseImprint([line(text)], () => false)).toMatchObject({
      title: 'Muncle Trogg: O menor gigante do mundo',
      publisher: 'Intrínseca',
      date: '2012',
      pages: 224,
    });
  });
});

describe('a publisher label with a capsule’s facts after the name', () => {
  it('gives the house, the year and the page count apart', () => {
    const work = extractReview(
      page(
        `<article><h1>L’età fragile</h1><p><b>Autore:</b> Donatella Di Pietrantonio</p><p><b>Editore:</b> Einaudi, 2023, €18, pp. 192</p><p>${'Un romanzo sulla fragilità delle madri e delle figlie, e su ciò che una valle non dimentica. '.repeat(3)}</p></article>`,
      ),
      'https://example.org/recensioni/eta-fragile',
    ).work;
    expect(work).toMatchObject({ publisher: 'Einaudi', date: '2023', pages: 192 });
  });
});

describe('a heading that quotes a person after their name', () => {
  it('names their book where the quote is a title, and nothing where it is a sentence they said', () => {
    expect(titleByAuthor('Charlotte McConaghy: „Zugvögel“', true)).toMatchObject({ title: 'Zugvögel', people: 'Charlotte McConaghy' });
    expect(titleByAuthor('Maya Angelou: “I Know Why the Caged Bird Sings”', true)).toMatchObject({ title: 'I Know Why the Caged Bird Sings' });
    expect(titleByAuthor('Joël Dicker: "Il mio prossimo romanzo sarà autentico"', true)).toBeNull();
    expect(titleByAuthor('Nicolas Feuz: «J’aime creuser pour comprendre les mécanismes criminels»', true)).toBeNull();
  });
});

describe('a hand-made record whose classes name its lines', () => {
  const entry = (author: string, title: string) =>
    `<div><p class="${author}">Herman Beliën &amp; Monique Hoogstraten</p><p class="${title}">De Nederlandse geschiedenis in een notendop</p><p>Alles wat je altijd wilde weten staat er hoopvol op het boekomslag. Voor een geschiedenisnitwit zoals ik valt er heel wat uit dit kleine boekje te halen.</p></div>`;
  const record = (author: string, title: string, times = 1) => `<main>${entry(author, title).repeat(times)}</main>`;
  it('reads the author and the title the classes name, side by side', () => {
    const r = extractReview(
      page(record('auteur', 'titel'), '<title>Leeslog - De Nederlandse geschiedenis in een notendop</title>'),
      'https://bisse.nl/leeslog/arch/x.html',
    );
    expect(r.work).toMatchObject({ title: 'De Nederlandse geschiedenis in een notendop', authors: ['Herman Beliën', 'Monique Hoogstraten'] });
  });
  it('reads nothing from classes that do not name a title or an author, nor from two such records', () => {
    const lines = (body: string) => collectLines(page(body)).lines;
    expect(readWorkBlock(lines(record('auteur', 'titel')), null, '')).toMatchObject({ people: ['Herman Beliën', 'Monique Hoogstraten'] });
    expect(readWorkBlock(lines(record('intro', 'lead')), null, '')).toBeNull();
    expect(readWorkBlock(lines(record('auteur', 'titel', 2)), null, '')).toBeNull();
  });
});

describe('a page that reproduces a work’s text', () => {
  const chapter = (source: string) =>
    `<main><p><i>${source}</i></p><h2>Bölüm 9</h2><h3>İDARİ İŞLEMLERİN UNSURLARI</h3><p>İdari işlemin unsurları, yetki, şekil, sebep, konu ve amaç unsurlarıdır. Bu bölümde bunları sırasıyla inceleyeceğiz ve her birinin hukuka uygunluk denetimindeki yerini göstereceğiz.</p></main>`;
  it('is no review of the work its source line cites', () => {
    const { evidence } = extractWithEvidence(
      page(chapter("Kemal Gözler, İdare Hukuku, Bursa, Ekin Kitabevi Yayınları, 2003, Cilt I'den alınmıştır:")),
      'https://www.idare.gen.tr/unsurlar.htm',
    );
    expect(evidence?.otherKindWord).toBe(true);
    const cited = extractWithEvidence(
      page(chapter('Kemal Gözler, İdare Hukuku, Bursa, Ekin Kitabevi Yayınları, 2003.')),
      'https://www.idare.gen.tr/unsurlar.htm',
    );
    expect(cited.evidence?.otherKindWord).toBe(false);
  });
});

describe('a help page that explains a record’s fields', () => {
  const help = (values: [string, string][]) =>
    `<main><h1>Pomoc</h1><p>V detailu knihy najdete její název, podtitul a autora knihy. Každá kniha má jedinečný objednávkový kód.</p><table>${values.map(([l, v]) => `<tr><td>${l}:</td><td>${v}</td></tr>`).join('')}</table></main>`;
  it('is told by labels followed by sentences, not by labels filled in', () => {
    const explained = help([
      ['Typ', 'Uvádíme typ položky podle normy, např. kniha, mapa, grafika.'],
      ['Vydavatel', 'Uvádíme vydavatele knihy a místo vydání.'],
      ['Rok vydání', 'Je určený podle tiráže knihy, pokud ji kniha má.'],
      ['Jazyk', 'Uvádíme jazyk knihy v kterém je kniha napsaná.'],
    ]);
    expect(extractWithEvidence(page(explained), 'https://example.cz/pomoc').evidence?.otherKindWord).toBe(true);
    const filled = help([
      ['Typ', 'kniha'],
      ['Vydavatel', 'Odeon, Praha'],
      ['Rok vydání', '1978'],
      ['Jazyk', 'čeština'],
    ]);
    expect(extractWithEvidence(page(filled), 'https://example.cz/kniha/123').evidence?.otherKindWord).toBe(false);
  });

  it('is told by a glossary whose values are the fields’ own names, not by one binding named', () => {
    const glossary = (rows: string) =>
      extractWithEvidence(
        page(
          `<main><h1>Begrippen en afkortingen</h1><p>${rows}</p><p>Als in een boek geen druk wordt vermeld, staat deze ook niet in de catalogi. Vaak gaat het dan om eerste drukken.</p></main>`,
        ),
        'https://example.nl/begrippen.htm',
      ).evidence?.otherKindWord;
    expect(glossary('uitg. – uitgever<br>z.j. – zonder jaartal<br>pp. – pagina’s<br>s.o. – stofomslag<br>De volgende volgorde:<br>auteur – titel')).toBe(true);
    expect(glossary('auteur – Annie M.G. Schmidt<br>uitgever – Querido<br>pp. – 128<br>bindwijze – paperback')).toBe(false);
    expect(glossary('Type – Book<br>Format – Paperback<br>Pages – 128<br>Publisher – Querido')).toBe(false);
  });
});

describe('a list whose items open with labels and no colon', () => {
  const list = (items: string[]) =>
    extractReview(page(`<main><h1>Arms Race</h1><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></main>`), 'https://example.com/book/show/arms-race');
  it('is read as a record, and its rows give no reviewer', () => {
    const r = list(['ISBN13 9780521347495', 'Publish Date 15 December 1988', 'Publish Country GB', 'Imprint Cambridge University Press', 'Pages 96']);
    expect(r.work).toMatchObject({ publisher: 'Cambridge University Press', pages: 96, isbn: '9780521347495', date: '1988-12-15' });
    expect(r.review.reviewer).toBeNull();
  });
  it('is not where few of its items open with a label', () => {
    const r = list(['Pages 96', 'Imprint Cambridge University Press', 'Our shop', 'Opening hours', 'Gift cards', 'Contact us']);
    expect(r.work.publisher).toBeNull();
  });
});

describe('a shop’s mislabelled row', () => {
  it('reads a house’s name under a label for the year as the publisher, and a year as the date', () => {
    const record = (value: string) =>
      extractReview(
        page(
          `<main><h1>Academic interaction with social partners</h1><ul><li>Pages: 312</li><li>ISBN 13: 978-0-7969-2389-9</li><li>Publish Year: ${value}</li></ul></main>`,
        ),
        'https://example.org/product/academic-interaction',
      ).work;
    expect(record('HSRC Press')).toMatchObject({ publisher: 'HSRC Press', date: null });
    expect(record('2009')).toMatchObject({ publisher: null, date: '2009' });
  });
});
