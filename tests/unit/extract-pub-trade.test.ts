/** Readers for publications' own pages and trade reviews: topic tags, syndicated reviews' marks and signatures, By lines. */
import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { mainHeading, titleByAuthor, workTitleFromHeading } from '../../lib/extract/page-info';
import { shopOfBook } from '../../lib/extract/shop';
import { readPubHeader } from '../../lib/extract/pub-header';
import { readProseImprint, readProseMention } from '../../lib/extract/prose-mention';
import { readTopicTags } from '../../lib/extract/topic-tags';
import { readWorkBlock } from '../../lib/extract/work-block';
import { extractReview, extractWithEvidence } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';
import { must } from '../../lib/must';

afterAll(closeWindows);

const h1 = (doc: Document) => must(doc.getElementsByTagName('h1')[0], 'the h1');

describe('the topics a publication is filed under', () => {
  const tags = (block: string) =>
    readTopicTags(h1(page(`<main><div class="head">${block}</div><p>${'Text of the paper. '.repeat(8)}</p></main>`)))?.tags ?? null;
  it('reads a box of topic links beside the heading', () => {
    expect(
      tags(
        '<div class="gta-site-banner--tax-wrap"><a href="/issue/cyber/">Cybersecurity</a> <a href="/issue/terror/">Terrorism</a></div><h1>Countering ransomware</h1>',
      ),
    ).toEqual(['Cybersecurity', 'Terrorism']);
    expect(tags('<h1>Who will feed the poor?</h1><div class="entry-cat"><a href="/c/food">Food, Agriculture &amp; Natural Resources</a></div>')).toEqual([
      'Food, Agriculture & Natural Resources',
    ]);
  });
  it('not a box of anything else, nor one with more than links', () => {
    expect(tags('<h1>Countering ransomware</h1><div class="tools"><a href="#print">Print</a> · <a href="#share">Share</a></div>')).toBeNull();
    expect(tags('<h1>Countering ransomware</h1><div class="tags">Filed under <a href="/t/x">Russia</a> since the war began</div>')).toBeNull();
  });
  it('gives the keywords of a publication’s own page, not of a page that is not one', () => {
    const body = (kind: string) =>
      `<main><div class="head"><p>${kind}</p><h1>Countering ransomware</h1><p>By Simon Handler and Trey Herr</p><div class="topics"><a href="/issue/cyber/">Cybersecurity</a></div></div><p>${'Ransomware is a growing threat to states, firms and hospitals alike. '.repeat(3)}</p></main>`;
    expect(extractReview(page(body('Issue Brief')), 'https://example.org/x').work.keywords).toEqual(['Cybersecurity']);
    expect(extractReview(page(body('Opinion')), 'https://example.org/x').work.keywords).toEqual([]);
  });
});

describe('the kind of publication a header names', () => {
  const type = (block: string) => readPubHeader(h1(page(`<div class="head">${block}</div>`)))?.type ?? null;
  it('reads the kinds of notes and papers institutes publish, in the languages read', () => {
    // toplumcudusunceenstitusu.org: the institute, the kind, then a series line, above the paper.
    expect(type('<h1>Türkiye Suriye’de Nereye Koşuyor?</h1><p>Toplumcu Düşünce Enstitüsü</p><p>Tartışma Notu</p><p>Hazırlayan: Ali ER</p>')).toBe(
      'Tartışma Notu',
    );
    expect(type('<p>Texto para Discussão</p><h1>Uma análise de credibilidade na política fiscal brasileira</h1>')).toBe('Texto para Discussão');
    expect(type('<p>Policy Note</p><h1>Climate finance after Paris</h1>')).toBe('Policy Note');
  });
  it('not a word that only resembles one', () => {
    expect(type('<p>Notes from the field</p><h1>Climate finance after Paris</h1>')).toBeNull();
  });
});

describe('a By line that is a sentence', () => {
  it('names no one', () => {
    const doc = page(
      '<div><h1>Europa zwischen Wachstum und Gleichheit</h1><p>Von Zeit zu Zeit erscheinen neue historische Gesamtdarstellungen auf dem Buchmarkt, die man gern in die Hand nimmt.</p></div>',
    );
    expect(readPubHeader(h1(doc))?.people ?? []).toEqual([]);
    const named = page('<div><h1>Europa zwischen Wachstum und Gleichheit</h1><p>Von Jörg Fisch</p></div>');
    expect(readPubHeader(h1(named))?.people).toEqual(['Jörg Fisch']);
  });
});

describe('the work as a review’s prose names its author', () => {
  const mention = (text: string) => readProseMention(collectLines(page(`<main><p>${text}</p></main>`)).lines, () => false)?.author ?? null;
  it('reads `verfaßt von A`, `written by A`', () => {
    expect(mention('Der achte Band der Reihe, verfaßt von Jörg Fisch, stellt Europa in der Zeit zwischen 1850 und 1914 vor.')).toBe('Jörg Fisch');
    expect(mention('This history, written by Jane Austen Smith, reads well.')).toBe('Jane Austen Smith');
    expect(mention('Der achte Band der Reihe stellt Europa in der Zeit zwischen 1850 und 1914 vor.')).toBeNull();
  });
  it('reads the author after the verb where the sentence opens on `in his new book` (German, Dutch, Swedish)', () => {
    expect(mention('I sin nya biografi vill Henrik Arnstad för första gången teckna ett porträtt av Ernst Wigforss.')).toBe('Henrik Arnstad');
    expect(mention('In seinem neuen Roman erzählt Daniel Kehlmann von einem Gaukler.')).toBe('Daniel Kehlmann');
    expect(mention('In zijn nieuwe roman beschrijft Tommy Wieringa een dorp.')).toBe('Tommy Wieringa');
    expect(mention('In seinem Garten erzählt Daniel Kehlmann von einem Gaukler.')).toBeNull();
  });
  it('reads the Catalan `Title, d’en A`, and the Portuguese `o romance de A`', () => {
    const lines = collectLines(page('<main><p>Era broma, d’en Gabriel Josipovici, és un dels llibres que em vaig llegir en un pim-pam.</p></main>')).lines;
    expect(readProseMention(lines, () => false)).toMatchObject({ title: 'Era broma', author: 'Gabriel Josipovici' });
    expect(mention('Uma das surpresas foi o lançamento do romance de Fernanda Torres, que vendeu muito.')).toBe('Fernanda Torres');
  });
  it('reads a sentence opening on `Written by A,`, and not a byline alone on its line', () => {
    expect(mention('Written by Komal Mehta, the story revolves around Jia and her life as a manager.')).toBe('Komal Mehta');
    expect(mention('Written by Komal Mehta')).toBeNull();
    expect(mention('Written by Komal Mehta. The story revolves around Jia.')).toBeNull();
  });
});

describe('a library’s page of syndicated trade reviews', () => {
  const review =
    '<b>Book list</b> *Starred Review* When Owen’s legendary dragon-slayer aunt is too injured to continue her vocation, she starts teaching him the ways of the family business.';
  const card = (by: string) =>
    `<main><div><p><a href="/s">Click to search this book in our catalog</a> <b>The Lie Tree.</b><br>${by}</p><div><p>${review}</p></div></div></main>`;
  it('reads a card whose By line writes the name inverted', () => {
    const lines = collectLines(page(card('by Hardinge, Frances'))).lines;
    expect(readWorkBlock(lines, mainHeading(lines), 'Hot Titles')).toMatchObject({ title: 'The Lie Tree', people: ['Hardinge, Frances'] });
    const r = extractReview(page(card('by Hardinge, Frances'), '<title>Hot Titles</title>'), 'https://example.org/hottitles.asp');
    expect(r.work).toMatchObject({ title: 'The Lie Tree', authors: ['Frances Hardinge'] });
  });
  it('starts the summary after the source, the star and the grades', () => {
    const summary = (lead: string) =>
      extractReview(
        page(card('by E K Johnston').replace(review, `${lead}Siobhan is a typical teenager whose hobbies include composing music and driving her first car.`)),
        'https://example.org/h',
      ).review.summary;
    expect(summary('<b>School Library Journal</b> Gr 7 Up-')).toMatch(/^Siobhan is a typical/);
    expect(summary('<b>Book list</b> *Starred Review* ')).toMatch(/^Siobhan is a typical/);
    expect(summary('Kirkus Reviews Ages 4-8. ')).toMatch(/^Siobhan is a typical/);
    expect(summary('Graduates ')).toMatch(/^Graduates Siobhan/);
  });
  it('reads the reviewer signed at the end of the paragraph, not a blurb’s attribution', () => {
    const signed = (end: string) =>
      extractReview(page(card('by E K Johnston').replace(review, `${review} Johnston, like Siobhan, knows how to spin a tale.${end}`)), 'https://example.org/h')
        .review.reviewer;
    expect(signed('--Wildsmith, Snow Copyright 2014 Booklist')).toBe('Snow Wildsmith');
    expect(signed(' — Snow Wildsmith')).toBe('Snow Wildsmith');
    expect(signed('’ – Kamila Shamsie')).toBeNull();
  });
});

describe('a signature that says it is one', () => {
  const prose =
    '<p>Das Handbuch der Geschichte Europas, in zehn Bänden konzipiert, ist eine willkommene Darstellung. Der achte Band der Reihe, verfaßt von Jörg Fisch, stellt Europa vor.</p>';
  const reviewer = (sig: string) =>
    extractReview(page(`<main><h1>Europa zwischen Wachstum und Gleichheit</h1>${prose}<p>${sig}</p></main>`), 'https://example.org/rezensionen/1').review
      .reviewer;
  it('reads `Rezension: Last, First` under a review whose prose alone names the work', () => {
    expect(reviewer('Rezension: Talkenberger, Heike')).toBe('Heike Talkenberger');
  });
  it('but not a bare line of capitalised words there', () => {
    expect(reviewer('Rezensiertes Buch Tyll')).toBeNull();
  });
});

describe('a table of the book’s facts after its description', () => {
  const prose =
    '<p>Edebiyatımızın büyük ustası Orhan Kemal, bu kitabı 1952 yılında bir uzun öykü olarak yazmıştı. Yıllar sonra bir büyük roman olarak yayımlandı ve okurlarıyla yeniden buluştu.</p>';
  const reviewer = (after: string) =>
    extractReview(page(`<main><h1>Murtaza</h1><div><a href="/yazar/1">Orhan Kemal</a></div>${prose}${after}</main>`), 'https://shop.example/kitap/1').review
      .reviewer;
  it('its first label is no signature, though it reads like a name', () => {
    expect(reviewer('<table><tr><td>Baskı Sayısı</td><td>1</td></tr><tr><td>Dil</td><td>TÜRKÇE</td></tr></table>')).toBeNull();
    expect(reviewer('<dl><dt>Baskı Sayısı</dt><dd>1</dd><dt>Dil</dt><dd>TÜRKÇE</dd></dl>')).toBeNull();
  });
});

describe('a newspaper’s capsule in its prose', () => {
  const imprint = (text: string) => readProseImprint(collectLines(page(`<main><p>${text}</p></main>`)).lines, () => false);
  it('reads a cover’s caption: title, author and publisher', () => {
    expect(imprint('“The Last White Man,” a novel by Moshin Hamid. (Riverhead Books)')).toMatchObject({
      title: 'The Last White Man',
      author: 'Moshin Hamid',
      publisher: 'Riverhead Books',
    });
    expect(imprint('This cover image released by Riverhead shows "The Last White Man" by Mohsin Hamid. (Riverhead via AP)')).toMatchObject({
      title: 'The Last White Man',
      publisher: 'Riverhead',
    });
    expect(imprint('“We will win,” said Jane Smith. (Reuters)')).toBeNull();
  });
  it('reads a German cover caption that says where the book came out', () => {
    expect(imprint('"Wo der Teufel ruht" von Craig Russell ist im Aufbau Verlag erschienen. (Foto: Aufbau Verlag)')).toMatchObject({
      title: 'Wo der Teufel ruht',
      author: 'Craig Russell',
      publisher: 'Aufbau Verlag',
    });
    expect(imprint('"Wir schaffen das", sagte Angela Merkel. (Foto: dpa)')).toBeNull();
  });
  it('keeps a title’s capital `The`, not a small word before it', () => {
    const text = (on: string) => `Two economists cast a scholarly eye on ${on} Sabermetric Revolution (University of Pennsylvania, $26.50). From the preface:`;
    expect(imprint(text('The'))?.title).toBe('The Sabermetric Revolution');
    expect(imprint(text('the'))?.title).toBe('Sabermetric Revolution');
  });
  it('is evidence for the classifier', () => {
    const body = (imprintText: string) =>
      `<main><h1>Baseball by the numbers</h1><p>Two economists cast a scholarly eye on The Sabermetric Revolution${imprintText}. Some of the fundamentals, from the preface, follow below.</p><p>${'Baseball lends itself to measurement, much more than other team sports do. '.repeat(3)}</p></main>`;
    expect(extractWithEvidence(page(body(' (University of Pennsylvania, $26.50)')), 'https://example.org/m').evidence?.proseImprint).toBe(true);
    expect(extractWithEvidence(page(body('')), 'https://example.org/m').evidence?.proseImprint).toBe(false);
  });
});

describe('a page in its site’s folder of publications', () => {
  const body =
    '<main><h1 class="pubtitle">Child Care Assistance Under Welfare Reform</h1><p class="pubsubtitle">Early Responses by the States</p><div>Document date: August 01, 1998</div><p>The Personal Responsibility and Work Opportunity Reconciliation Act of 1996 fundamentally changed federal child care assistance programs for low-income families.</p></main>';
  it('is a folder of analyses too', () => {
    expect(extractWithEvidence(page(body), 'https://example.org/analisis/la-revision/').evidence?.publicationFolder).toBe(true);
    expect(extractWithEvidence(page(body), 'https://example.org/noticias/la-revision/').evidence?.publicationFolder).toBe(false);
  });
  it('gives the subtitle set apart under the heading, and the document’s date', () => {
    const work = (url: string) => extractReview(page(body), url).work;
    expect(work('https://example.org/publications/308043.html')).toMatchObject({
      title: 'Child Care Assistance Under Welfare Reform: Early Responses by the States',
      date: '1998-08-01',
    });
    expect(work('https://example.org/news/308043.html').title).toBe('Child Care Assistance Under Welfare Reform');
  });
});

describe('a book’s box beside a review', () => {
  it('reads the publisher in brackets after the author', () => {
    const body = (who: string) =>
      `<main><h1>Comentario de la novela Patria</h1><p>${'El grupo terrorista ETA buscaba la separación de las provincias vascas durante décadas. '.repeat(2)}</p><div><p><strong>Ficha técnica</strong><br>Patria<br>${who}</p></div></main>`;
    const work = (who: string) => extractReview(page(body(who), '<title>Patria | Comentario</title>'), 'https://example.org/libros/patria').work;
    expect(work('Fernando Aramburu (Tusquets)')).toMatchObject({ title: 'Patria', authors: ['Fernando Aramburu'], publisher: 'Tusquets' });
    expect(work('Fernando Aramburu (2016)').publisher).toBeNull();
  });
});

describe('an author’s card and a date in the heading block', () => {
  const body = (label: string) =>
    `<main><div class="article-head"><div class="date">27/07/2023</div><h1>What Comes Next? The Future of the Regime</h1><div class="tags"><a href="/en/russia">Russia</a></div><div class="author-card"><div class="label">${label}</div><div class="name"><a href="/en/experts/michel-duclos">Michel Duclos</a></div><div class="role">Special Advisor</div></div></div><p>${'Many pundits view the mutiny as a clear challenge to the grip on power. '.repeat(3)}</p></main>`;
  it('make the page the publication’s own: its date and topics are the work’s', () => {
    expect(extractReview(page(body('Author')), 'https://example.org/en/expressions/what-comes-next').work).toMatchObject({
      authors: ['Michel Duclos'],
      date: '2023-07-27',
      keywords: ['Russia'],
    });
    expect(extractReview(page(body('Share')), 'https://example.org/en/expressions/what-comes-next').work).toMatchObject({ date: null, keywords: [] });
  });
});

describe('a review site’s head of a review', () => {
  const body = (rating: string, imprint = 'Little, Brown &amp; Co., 2009 (2009)') =>
    `<main><p><span class="title">A Change in Altitude</span> by <a href="/a">Anita Shreve</a><br>${imprint}<br>Hardcover, CD, e-Book<br>${rating} Reviewed by Rheta Van Winkle</p><p>${'When the story starts, Margaret and Patrick have been in Kenya just three months, newly married. '.repeat(2)}</p></main>`;
  const review = (rating: string, imprint?: string) => extractReview(page(body(rating, imprint)), 'https://example.org/reviews/1');
  it('reads a reviewer’s label after a rating in stars', () => {
    expect(review('<span class="stars">* * </span>&nbsp;').review.reviewer).toBe('Rheta Van Winkle');
    expect(review('★★★★☆').review.reviewer).toBe('Rheta Van Winkle');
    expect(review('Nine of ten').review.reviewer).toBeNull();
  });
  it('reads a firm of two names as the publisher, not a place and a publisher', () => {
    expect(review('').work).toMatchObject({ publisher: 'Little, Brown & Co.', place: null, date: '2009' });
    expect(review('', 'London, Faber &amp; Faber, 2009').work).toMatchObject({ publisher: 'Faber & Faber', place: 'London' });
  });
});

describe('a heading block’s parts set apart by style alone', () => {
  const header = (parts: string) => readPubHeader(h1(page(`<main><div class="doc"><div>${parts}</div><h1>Migration: Latest challenges</h1></div></main>`)));
  it('reads spans with nothing between them as separate parts', () => {
    expect(header('<span class="doc-type">Briefing</span><span class="doc-date">09-12-2021</span>')).toMatchObject({ type: 'Briefing', date: '2021-12-09' });
  });
  it('but not a row of links', () => {
    expect(header('<a href="/download/1">Download</a><a href="/report/1">Report</a>')?.type ?? null).toBeNull();
  });
});

describe('a shop’s page of one book', () => {
  const body = (blurb: string, button = 'Add to basket') =>
    `<main><div class="product"><h1>A Collection of Verse IV</h1><p>${blurb}</p><p>13 in stock</p><button>${button}</button></div></main>`;
  const evidence = (blurb: string, button?: string) => extractWithEvidence(page(body(blurb, button)), 'https://example.org/product/x/').evidence;
  it('is evidence for the classifier where the block around the title sells a book', () => {
    expect(shopOfBook(['A Collection of Verse IV', 'Sixty poems with an eclectic mix.', 'Add to basket'])).toBe(true);
    expect(shopOfBook(['Çanakkale Yanarken', 'Türk romanının usta kalemlerinden biri.', 'Sepete Ekle'])).toBe(true);
    expect(evidence('Sixty poems with an eclectic mix, from soul-searching to a coal fire.')?.shopOfBook).toBe(true);
  });
  it('not where it sells something else, or has no buy button', () => {
    expect(evidence('A light drill with two batteries and a case.')?.shopOfBook).toBe(false);
    expect(evidence('Sixty poems with an eclectic mix, from soul-searching to a coal fire.', 'Share')?.shopOfBook).toBe(false);
  });
});

describe('a heading that says what kind of book the work is', () => {
  it('gives the title without it', () => {
    expect(workTitleFromHeading('Patria, una novela magistral', [])).toBe('Patria');
    expect(workTitleFromHeading('Hamnet, a novel of grief', [])).toBe('Hamnet');
    expect(workTitleFromHeading('Paris, a city of light', [])).toBe('Paris, a city of light');
  });
});

describe('a heading that sets the title and its author apart', () => {
  it('gives the title without the known author or a numbered column', () => {
    expect(workTitleFromHeading('OKUDUM #7: Tutunamayanlar/Oğuz Atay', ['Oğuz Atay'])).toBe('Tutunamayanlar');
    expect(workTitleFromHeading('Oğuz Atay - Tutunamayanlar', ['Oğuz Atay'])).toBe('Tutunamayanlar');
    expect(workTitleFromHeading('Chapter 7: Tutunamayanlar', ['Oğuz Atay'])).toBe('Chapter 7: Tutunamayanlar');
    expect(workTitleFromHeading('Sylvie Schenk, In Erwartung eines Glücks', ['Sylvie Schenk'])).toBe('In Erwartung eines Glücks');
    expect(workTitleFromHeading('Sylvie Schenk, In Erwartung eines Glücks', [])).toBe('Sylvie Schenk, In Erwartung eines Glücks');
  });

  it('reads the review word in brackets, numbered or run into its kind before the title', () => {
    expect(workTitleFromHeading('[Resenha] Pedra no Céu – Isaac Asimov', ['Isaac Asimov'])).toBe('Pedra no Céu');
    expect(workTitleFromHeading('Reseña #52: Un día de diciembre, Josie Silver', ['Josie Silver'])).toBe('Un día de diciembre');
    expect(workTitleFromHeading('Buchrezension: Carsten Henn – Der Buchspazierer', ['Carsten Henn'])).toBe('Der Buchspazierer');
    expect(workTitleFromHeading('[Update] Der Buchspazierer', ['Carsten Henn'])).toBe('[Update] Der Buchspazierer');
  });

  it('gives the title without the known author written with the initials of their given names', () => {
    expect(workTitleFromHeading('Madonna col cappotto di pelliccia di S. Ali', ['Sabahattin Ali'])).toBe('Madonna col cappotto di pelliccia');
    expect(workTitleFromHeading('Le mystère Henri Pick. D. Foenkinos', ['David Foenkinos'])).toBe('Le mystère Henri Pick');
    expect(workTitleFromHeading('Calculating God by R. J. Sawyer', ['Robert J. Sawyer'])).toBe('Calculating God');
    // Other initials, or the surname alone, are not the known author's.
    expect(workTitleFromHeading('Memorie di A. Ali', ['Sabahattin Ali'])).toBe('Memorie di A. Ali');
    expect(workTitleFromHeading('La casa di Ali', ['Sabahattin Ali'])).toBe('La casa di Ali');
  });
});

describe('a heading that says after the title that it is a review', () => {
  it.each([
    ['O Livro do Amanhã - Opinião', 'O Livro do Amanhã'],
    ['Splendido splendente [recensione]', 'Splendido splendente'],
    ['A Song For Issy Bradley (4 stars)', 'A Song For Issy Bradley'],
    ['Kairos – Rezension (4,5 Sterne)', 'Kairos'],
    ['Catch-22', 'Catch-22'],
    ['Year 1984 (2)', 'Year 1984 (2)'],
  ])('%s → %s', (heading, title) => {
    expect(workTitleFromHeading(heading, [])).toBe(title);
  });
  it('reads a number in quotes as the title, and a number alone as none', () => {
    expect(titleByAuthor('Recenzja: "444" - Maciej Siembieda', true)).toMatchObject({ title: '444', people: 'Maciej Siembieda' });
    expect(titleByAuthor('„2666” – Roberto Bolaño', true)).toMatchObject({ title: '2666', people: 'Roberto Bolaño' });
    expect(titleByAuthor('2024 - Maciej Siembieda', true)).toBeNull();
  });
  it('and that word is neither the title nor its author', () => {
    expect(titleByAuthor('Calculating God – Book Review', true)).toBeNull();
    expect(titleByAuthor('Calculating God by Robert Sawyer – Book Review', true)).toMatchObject({ title: 'Calculating God', people: 'Robert Sawyer' });
  });
});

describe('a Turkish shop’s blurb', () => {
  it('names the author before `bu romanında`', () => {
    const lines = collectLines(
      page('<main><p>Türk romanının usta kalemlerinden Yılmaz Gürbüz, Çanakkale Savaşı’nı anlattığı bu romanında, okura farklı bir pencere açıyor.</p></main>'),
    ).lines;
    expect(readProseMention(lines, () => false)?.author).toBe('Yılmaz Gürbüz');
    const other = collectLines(page('<main><p>Türk romanının usta kalemlerinden Yılmaz Gürbüz, dün İstanbul’da okurlarıyla buluştu.</p></main>')).lines;
    expect(readProseMention(other, () => false)).toBeNull();
  });
});

describe('the summary a publication’s page sets apart by its heading', () => {
  const body = (hero: string, after = '') =>
    `<section class="c-hero"><div class="c-hero__type">Policy brief</div><h1>Low interest rates in Europe and the US</h1>${hero}</section>${after}<main><article><p>${'In both Europe and the United States, interest rates have been declining for more than three decades now. '.repeat(2)}</p></article></main>`;
  const summary = (hero: string, after?: string) => extractReview(page(body(hero, after)), 'https://example.org/policy-brief/low-rates').review.summary;
  it('starts the summary with a standfirst in the heading’s block', () => {
    expect(
      summary('<p class="c-hero__standfirst">Interest rates have been on a long-term decline, associated with declining productivity growth.</p>'),
    ).toMatch(/^Interest rates have been on a long-term decline/);
  });
  it('or with the first point of a summary box right after it', () => {
    const box =
      '<div class="pub-body"><section class="summary-box"><h2>Summary</h2><ul><li>Early promises of fairer and more transparent government have come to nothing, and the group rules by suppression.</li></ul></section></div>';
    expect(summary('<p class="summary-langs">Summary available in</p>', box)).toMatch(/^Early promises of fairer/);
  });
  it('not with a paragraph of another class', () => {
    expect(summary('<p class="credit">Interest rates have been on a long-term decline, associated with declining productivity growth.</p>')).toMatch(
      /^In both Europe/,
    );
  });
});

describe('an element that says it holds the reviewer', () => {
  const body = (cls: string) =>
    `<main><article><h1>Евгений Водолазкин «Лавр»</h1><div class="${cls}"><a href="#">Светлана Друговейко-Должанская</a></div><p>${'Роман Водолазкина о средневековом лекаре читается как житие и как приключение одновременно. '.repeat(2)}</p></article></main>`;
  it('names the reviewer even where nothing else describes the work', () => {
    expect(extractReview(page(body('reviewer')), 'https://example.org/critics/lavr').review.reviewer).toBe('Светлана Друговейко-Должанская');
    expect(extractReview(page(body('share')), 'https://example.org/critics/lavr').review.reviewer).toBeNull();
  });
});

describe('topics beside a heading that says nothing else', () => {
  it('leave the type the address gives', () => {
    const doc = page(
      `<main><div class="head"><h1>Countering ransomware</h1><div class="topics"><a href="/issue/cyber/">Cybersecurity</a></div></div><p>${'Ransomware is a growing threat to states, firms and hospitals alike. '.repeat(3)}</p></main>`,
    );
    expect(extractReview(doc, 'https://example.org/issue-brief/countering-ransomware/').work).toMatchObject({
      type: 'Issue brief',
      keywords: ['Cybersecurity'],
    });
  });
});

describe('a subtitle set apart under a heading that is the work’s title', () => {
  const review = (subtitle: string) =>
    page(
      `<main><h1>The Religious Studies Skills Book</h1><div class="field--name-field-subtitle">${subtitle}</div><p>Title: The Religious Studies Skills Book</p><p>Author: Jeffrey Ferguson</p><p>Publisher: Bloomsbury Academic</p><p>Date: 2020</p><p>${'The book teaches students to read closely and compare traditions with care. '.repeat(3)}</p></main>`,
    );
  it('belongs to the work’s title', () => {
    expect(extractReview(review('Close Readings, Critical Thinking, and Comparison'), 'https://example.org/reviews/skills').work.title).toBe(
      'The Religious Studies Skills Book: Close Readings, Critical Thinking, and Comparison',
    );
  });
  it('is left out where it says what kind of book it is', () => {
    expect(extractReview(review('A Novel'), 'https://example.org/reviews/skills').work.title).toBe('The Religious Studies Skills Book');
  });
  it('does not keep the prose from naming the work by its short title', () => {
    const shop = page(
      '<main><div class="product"><h1>O primeiro leitor</h1><div class="subtitle">Ensaio de memória</div><ul><li>R$ 44,90</li></ul></div><h2>Descrição da editora</h2><p>Em O primeiro leitor, Luiz Schwarcz reconstitui uma vida de amor ao livro e trata da capacidade única desse objeto de atravessar o tempo pela memória.</p></main>',
      '<title>O primeiro leitor na Apple Books</title><meta property="og:type" content="book">',
    );
    expect(extractReview(shop, 'https://books.example/br/book/isbn9788535941722').work).toMatchObject({
      title: 'O primeiro leitor: Ensaio de memória',
      authors: ['Luiz Schwarcz'],
    });
  });
});

describe('the authors a publication’s header lists without a By', () => {
  const people = (line: string) =>
    readPubHeader(h1(page(`<div class="head"><p>Policy Paper</p><h1>60 Jahre Forschung am Institut</h1><p>${line}</p></div>`)))?.people ?? [];
  it('reads names set apart by slashes, in either order', () => {
    expect(people('Hornidge, Anna-Katharina / Axel Berger')).toEqual(['Hornidge, Anna-Katharina', 'Axel Berger']);
  });
  it('takes no credit line for a list of names', () => {
    expect(people('By: David Michael Slater / Illustrated by: Bob Kolar').some((p) => p.includes(':'))).toBe(false);
  });
});
