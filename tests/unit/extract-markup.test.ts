/**
 * Each markup the extractor must read, on small pages: labelled lines in every form, prose
 * citation lines, JSON-LD, citation_* / Dublin Core / OpenGraph meta, breadcrumbs, bylines,
 * precedence between sources, and pages that are not reviews.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCitation } from '../../lib/extract/citation-line';
import { extractReview, extractWithEvidence, mightBeReview } from '../../lib/extract';
import type { Line } from '../../lib/extract/lines';
import { THRESHOLD } from '../../lib/extract/classify';
import { citationValues, closeWindows, page } from './extract-helpers';
import { must } from '../../lib/must';

afterAll(closeWindows);

const URL = 'https://example.org/reviews/a-review/';
const run = (body: string, head = '') => extractReview(page(body, head, URL), URL);
const para =
  'This careful study traces how the region changed over three decades, drawing on interviews and archives. It is essential reading for anyone who follows the subject, though its final chapter is thinner than the rest.';

describe('labelled lines, whatever the markup', () => {
  it('a review word where the kind stands is the record’s kind, not the work’s', () => {
    const withType = (type: string) =>
      run(
        `<article><h1>The Steppe and the Sea</h1><p><strong>Author:</strong> Anna Korsakova</p><p><strong>Publication type:</strong> ${type}</p><p>${para}</p></article>`,
      ).work.type;
    expect(withType('Book Reviews')).toBeNull();
    expect(withType('Рецензия')).toBeNull();
    expect(withType('Kitap Yorumu')).toBeNull();
    expect(withType('Policy Brief')).toBe('Policy Brief');
  });
  it('<p><strong>Label:</strong> value</p>', () => {
    const r = run(
      `<article><h1>The Steppe and the Sea</h1><p><strong>Author:</strong> Anna Korsakova</p><p><strong>Publisher:</strong> Silk Road Press</p><p><strong>Number of Pages:</strong> 312</p><p>${para}</p></article>`,
    );
    expect(r.work).toMatchObject({ title: 'The Steppe and the Sea', authors: ['Anna Korsakova'], publisher: 'Silk Road Press', pages: 312 });
    expect(r.fields['work.authors']).toEqual({ source: 'label', label: 'Author', quote: 'Anna Korsakova' });
    expect(r.fields['work.title']).toMatchObject({ source: 'heading', label: 'h1' });
    expect(r.isReview).toBe(true);
  });

  it('several <b>Label:</b> value<br> in one block', () => {
    const r = run(
      `<article><h1>X</h1><p><b>Title:</b> “Energy Corridors”<br><b>Author(s):</b> Mehmet Yılmaz &amp; Elif Demir<br><b>Year:</b> Spring 2021<br><b>Pages:</b> 66&nbsp;pp.<br><b>Keywords:</b> gas; Cyprus;</p><p>${para}</p></article>`,
    );
    expect(r.work).toMatchObject({ title: 'Energy Corridors', authors: ['Mehmet Yılmaz', 'Elif Demir'], date: '2021', pages: 66, keywords: ['gas', 'Cyprus'] });
  });

  it('several labels in one line without <br>', () => {
    const r = run(`<article><h1>X</h1><p><b>Author:</b> Anna Korsakova <b>Publisher:</b> Silk Road Press <b>Year:</b> 2019</p></article>`);
    expect(r.work).toMatchObject({ authors: ['Anna Korsakova'], publisher: 'Silk Road Press', date: '2019' });
  });

  it('<dl><dt><dd>, several <dd> for one <dt>', () => {
    const r = run(
      `<article><h1>X</h1><dl><dt>Authors</dt><dd>Karim Haddad</dd><dd>Lucía Ferreira-Ramos</dd><dt>Publisher</dt><dd>Meridian University Press</dd><dt>Published</dt><dd>April 2022</dd></dl></article>`,
    );
    expect(r.work).toMatchObject({ authors: ['Karim Haddad', 'Lucía Ferreira-Ramos'], publisher: 'Meridian University Press', date: '2022-04' });
  });

  it('<table> rows with th/td and with two td', () => {
    const th = run(
      `<article><h1>X</h1><table><tr><th>Author</th><td>Chidi Okonkwo</td></tr><tr><th>Place</th><td>Cham</td></tr><tr><th>Pages</th><td>310 p.</td></tr></table></article>`,
    );
    expect(th.work).toMatchObject({ authors: ['Chidi Okonkwo'], place: 'Cham', pages: 310 });
    const td = run(
      `<table><tr><td class="fieldlabel">Author(s):</td><td>Nguyen Thi Lan; Robert Ellison</td></tr><tr><td>Publication Date:</td><td>04/2022</td></tr><tr><td>URL:</td><td><a href="/paper.pdf">Download</a></td></tr></table>`,
    );
    expect(td.work).toMatchObject({ authors: ['Nguyen Thi Lan', 'Robert Ellison'], date: '2022-04', link: 'https://example.org/paper.pdf' });
  });

  it('<li> items', () => {
    const r = run(`<article><h1>X</h1><ul><li>Author: Rahul Menon</li><li>Publisher: ISEAS</li><li>Date: 1 April 2022</li></ul></article>`);
    expect(r.work).toMatchObject({ authors: ['Rahul Menon'], publisher: 'ISEAS', date: '2022-04-01' });
  });

  it('label and value in sibling elements (span.label / span.value, Drupal fields)', () => {
    const r = run(`<article><h1>X</h1>
      <div class="row"><span class="label">Edited by</span><span class="value">Marta Nowak &amp; Piotr Zieliński</span></div>
      <div class="field"><div class="field__label">Author</div><div class="field__items"><div class="field__item">Johanna Weiss</div><div class="field__item">Lukas Brandt</div></div></div>
      <div class="field"><div class="field__label">Number of pages</div><div class="field__item">54</div></div></article>`);
    expect(r.work).toMatchObject({ editors: ['Marta Nowak', 'Piotr Zieliński'], authors: ['Johanna Weiss', 'Lukas Brandt'], pages: 54 });
  });

  it('label without a colon in a styled element', () => {
    const r = run(`<article><h1>X</h1><p><strong>Author</strong> Jane Doe</p><p><strong>Publisher</strong> Ashgrove Press</p></article>`);
    expect(r.work).toMatchObject({ authors: ['Jane Doe'], publisher: 'Ashgrove Press' });
  });

  it('a label alone with its value in the next paragraph', () => {
    const r = run(`<article><h1>X</h1><p><strong>Author:</strong></p><p>Jane Doe</p><p><strong>Publisher:</strong><br>Ashgrove Press</p></article>`);
    expect(r.work).toMatchObject({ authors: ['Jane Doe'], publisher: 'Ashgrove Press' });
  });

  it('`Date/Place: April 1, 2022 / USA` gives a date and a place, each quoted', () => {
    const r = run(`<article><h1>X</h1><p><strong>Date/Place:</strong> April 1, 2022 / USA</p></article>`);
    expect(r.work).toMatchObject({ date: '2022-04-01', place: 'USA' });
    expect(r.fields['work.date']).toEqual({ source: 'label', label: 'Date/Place', quote: 'April 1, 2022' });
    expect(r.fields['work.place']).toEqual({ source: 'label', label: 'Date/Place', quote: 'USA' });
  });

  it('ignores labels in navigation, sidebars, forms and comments', () => {
    const r = run(
      `<nav><p>Author: Nav Person</p></nav><aside><p>Publisher: Side Press</p></aside><main><h1>X</h1><p>${para}</p><form><label>Author:</label><input></form><div class="comments"><p>Author: Commenter</p></div></main>`,
    );
    expect(r.work.authors).toEqual([]);
    expect(r.work.publisher).toBeNull();
  });

  it('reviewer and role from By: and Reviewed by, without (bio)', () => {
    const a = run(`<article><h1>X</h1><p>${para}</p><p><strong>By: Riyaz ul Khaliq, CIGA Non-resident Research Associate</strong></p></article>`);
    expect(a.review).toMatchObject({ reviewer: 'Riyaz ul Khaliq', reviewerRole: 'CIGA Non-resident Research Associate' });
    const b = run(`<article><h1>X</h1><div>Reviewed by:<br><span>Natalia Orlova</span> <a href="#bio">(bio)</a></div><p>${para}</p></article>`);
    expect(b.review).toMatchObject({ reviewer: 'Natalia Orlova', reviewerRole: null });
    const c = run(`<article><h1>X</h1><p>${para}</p><p class="reviewer">Reviewed by Henrik Sørensen, University of Southern Denmark</p></article>`);
    expect(c.review).toMatchObject({ reviewer: 'Henrik Sørensen', reviewerRole: 'University of Southern Denmark' });
  });

  it('a label after a rating’s stars or a bullet', () => {
    const r = run(`<article><h1>X</h1><p><span class="stars">* * </span>&nbsp; Reviewed by Rheta Van Winkle</p><p>${para}</p></article>`);
    expect(r.review.reviewer).toBe('Rheta Van Winkle');
    expect(run(`<article><h1>X</h1><p>★★★ reviewed by everyone who read it</p><p>${para}</p></article>`).review.reviewer).toBeNull();
  });
});

describe('citation lines', () => {
  const line = (text: string, italic?: string): Line => {
    const s = italic ? text.indexOf(italic) : -1;
    return {
      text,
      block: null as unknown as Element,
      tag: 'p',
      h: 0,
      lab: false,
      runs: s >= 0 ? [{ s, e: s + must(italic, 'italic').length, k: 2 }] : null,
      links: null,
      brk: false,
      quoted: false,
    };
  };
  /** The values these cases check: the head and the imprint. */
  const values = (text: string, italic?: string) => {
    const v = citationValues(parseCitation(line(text, italic)));
    return v && { title: v.title, authors: v.authors, editors: v.editors, place: v.place, publisher: v.publisher, date: v.date, pages: v.pages };
  };

  it('The Steppe and the Sea, by Anna Korsakova. Almaty: Silk Road Press, 2019. xiv + 312 pages. $35.00 paper.', () => {
    expect(values('The Steppe and the Sea, by Anna Korsakova. Almaty: Silk Road Press, 2019. xiv + 312 pages. $35.00 paper.')).toEqual({
      title: 'The Steppe and the Sea',
      authors: ['Anna Korsakova'],
      editors: null,
      place: 'Almaty',
      publisher: 'Silk Road Press',
      date: '2019',
      pages: 312,
    });
  });
  it('Oxford University Press, 2018, 288 pp.', () => {
    expect(values('Oxford University Press, 2018, 288 pp.')).toMatchObject({ publisher: 'Oxford University Press', date: '2018', pages: 288, title: null });
  });
  it('LONDON: HURST, 2016 / 254 PAGES', () => {
    expect(values('LONDON: HURST, 2016 / 254 PAGES')).toMatchObject({ place: 'LONDON', publisher: 'HURST', date: '2016', pages: 254 });
  });
  it('an italic title with a comma, several authors', () => {
    const t =
      'Rivers of Iron: Railways and Empire in the Caucasus, 1870–1917, by Levan Gelashvili and Mariam Beridze. Tbilisi: Ivane Press, 2019. xiv + 312 pages. $35.00 paper.';
    expect(values(t, 'Rivers of Iron: Railways and Empire in the Caucasus, 1870–1917')).toMatchObject({
      title: 'Rivers of Iron: Railways and Empire in the Caucasus, 1870–1917',
      authors: ['Levan Gelashvili', 'Mariam Beridze'],
      place: 'Tbilisi',
      publisher: 'Ivane Press',
      pages: 312,
    });
  });
  it('author first, edited volumes, and a Journal label that is no place', () => {
    expect(values('Anna Korsakova. The Steppe and the Sea. Almaty: Silk Road Press, 2019. Pp. 312.')).toMatchObject({
      authors: ['Anna Korsakova'],
      title: 'The Steppe and the Sea',
      pages: 312,
    });
    expect(values('Oil on the Caspian, edited by Rustam Aliyev. London: Harcastle Academic, 2020. 342 pages.')).toMatchObject({
      editors: ['Rustam Aliyev'],
      authors: null,
    });
    expect(values('Journal: Journal of Climate Dynamics, October 2023')).toBeNull();
  });
  it('turns a page with a citation line into a review with provenance', () => {
    const r = run(
      `<article><h1>A new history</h1><p class="citation">The Steppe and the Sea, by Anna Korsakova. Almaty: Silk Road Press, 2019. xiv + 312 pages.</p><p>${para}</p></article>`,
    );
    expect(r.isReview).toBe(true);
    expect(r.work).toMatchObject({ title: 'The Steppe and the Sea', authors: ['Anna Korsakova'], place: 'Almaty', pages: 312 });
    expect(r.fields['work.pages']).toEqual({ source: 'citation', quote: 'xiv + 312 pages' });
  });
  it('completes a citation from a small book card', () => {
    const r = run(
      `<article><h1>The long shadow</h1><p class="byline">By Daniel Moreau</p><div class="book-card"><p><em>The Counting State</em></p><p>By Selin Arıkan</p><p>Oxford University Press, 2018, 288 pp.</p></div><p>${para}</p></article>`,
    );
    expect(r.work).toMatchObject({ title: 'The Counting State', authors: ['Selin Arıkan'], publisher: 'Oxford University Press', pages: 288 });
    expect(r.review.reviewer).toBe('Daniel Moreau');
    expect(r.isReview).toBe(true);
  });
});

describe('structured metadata', () => {
  it('JSON-LD Review → itemReviewed Book, inside @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Ledger' },
        {
          '@type': 'CriticReview',
          author: { '@type': 'Person', name: 'Tomás Herrera' },
          datePublished: '2023-05-02T08:00:00+01:00',
          itemReviewed: {
            '@type': 'Book',
            name: 'The Salt Roads',
            author: [{ name: 'Maria Estrada' }, { name: 'Idris Ag Mohamed' }],
            publisher: { name: 'Fenwick & Lowe' },
            isbn: '978-1-9164-2210-0',
            numberOfPages: 384,
            inLanguage: 'en',
          },
        },
      ],
    };
    const r = run(`<main><h1>Credit and camels</h1><p>${para}</p></main>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(r.isReview).toBe(true);
    expect(r.work).toMatchObject({
      title: 'The Salt Roads',
      authors: ['Maria Estrada', 'Idris Ag Mohamed'],
      publisher: 'Fenwick & Lowe',
      isbn: '978-1-9164-2210-0',
      pages: 384,
      type: 'Book',
      language: 'en',
    });
    expect(r.review).toMatchObject({ reviewer: 'Tomás Herrera', published: '2023-05-02', siteName: 'The Ledger', title: 'Credit and camels' });
    expect(r.fields['work.authors']).toEqual({ source: 'json-ld', label: 'itemReviewed.author', quote: 'Maria Estrada' });
  });

  it('survives invalid JSON-LD and reads comma-separated objects', () => {
    const r = run(
      `<main><h1>X</h1></main>`,
      `<script type="application/ld+json">{"@type": "Book", "name": </script><script type="application/ld+json">{"@type":"WebSite","name":"Forum"},{"@type":"BlogPosting","datePublished":"2021-01-15"}</script>`,
    );
    expect(r.review).toMatchObject({ siteName: 'Forum', published: '2021-01-15' });
  });

  it('citation_* tags only', () => {
    const head = [
      'citation_title" content="Price Caps',
      'citation_author" content="Lindqvist, Erik',
      'citation_author" content="Kowalczyk, Marta',
      'citation_publication_date" content="2021/09/30',
      'citation_technical_report_institution" content="Baltic Centre',
      'citation_doi" content="doi:10.31235/bcep.2021.14',
      'citation_keywords" content="energy security; LNG',
    ]
      .map((m) => `<meta name="${m}">`)
      .join('');
    const r = run(`<main><h1>Price Caps</h1></main>`, head);
    expect(r.isReview).toBe(true);
    expect(r.work).toMatchObject({
      title: 'Price Caps',
      authors: ['Erik Lindqvist', 'Marta Kowalczyk'],
      date: '2021-09-30',
      publisher: 'Baltic Centre',
      doi: '10.31235/bcep.2021.14',
      keywords: ['energy security', 'LNG'],
    });
    expect(r.fields['work.authors']).toEqual({ source: 'meta', label: 'citation_author', quote: 'Lindqvist, Erik' });
  });

  it('citation_* tags that describe a review (journal review pages) name the reviewer, not the work', () => {
    const r = run(
      `<main><h1>X</h1></main>`,
      '<meta name="citation_title" content="The Steppe and the Sea by Anna Korsakova (review)"><meta name="citation_author" content="Orlova, Natalia">',
    );
    expect(r.work.authors).toEqual([]);
    expect(r.review.reviewer).toBe('Natalia Orlova');
    // The full stop that ends the tag is an initial's.
    const initials = run(
      `<main><h1>X</h1></main>`,
      '<meta name="citation_title" content="The Steppe and the Sea by Anna Korsakova (review)"><meta name="citation_author" content="Carroll, A.K.J.">',
    );
    expect(initials.review.reviewer).toBe('A.K.J. Carroll');
  });

  it('Dublin Core', () => {
    const head =
      '<meta name="DC.title" content="Groundwater Governance"><meta name="DC.creator" content="Grace Wanjiru"><meta name="DC.creator" content="Samuel Otieno"><meta name="DC.publisher" content="KWPI"><meta name="DC.date" content="2020-11"><meta name="DC.type" content="Report"><meta name="DC.identifier" content="ISBN 978-9966-123-45-9"><meta name="DC.subject" content="groundwater"><meta name="DC.subject" content="Kenya">';
    const r = run(`<main><h1>Groundwater Governance</h1></main>`, head);
    expect(r.isReview).toBe(true);
    expect(r.work).toMatchObject({
      authors: ['Grace Wanjiru', 'Samuel Otieno'],
      publisher: 'KWPI',
      date: '2020-11',
      type: 'Report',
      isbn: '978-9966-123-45-9',
      keywords: ['groundwater', 'Kenya'],
    });
  });

  it('OpenGraph book and article metadata', () => {
    const head =
      '<meta property="og:type" content="book"><meta property="og:title" content="The Steppe and the Sea"><meta property="book:author" content="Anna Korsakova"><meta property="book:isbn" content="9781234567897"><meta property="og:site_name" content="Books Site"><meta property="article:published_time" content="2022-06-13T09:12:44+00:00">';
    const r = run(`<main><p>${para}</p></main>`, head);
    expect(r.work).toMatchObject({ title: 'The Steppe and the Sea', authors: ['Anna Korsakova'], isbn: '9781234567897', type: null });
    expect(r.review).toMatchObject({ siteName: 'Books Site', published: '2022-06-13' });
  });
});

describe('precedence and the review fields', () => {
  it('visible labels beat the site account in meta author and JSON-LD Article author; the header date is no publication date', () => {
    const head =
      '<meta name="author" content="CIGA"><script type="application/ld+json">{"@type":"Article","author":{"name":"CIGA"},"datePublished":"2022-06-13T09:12:44+00:00"}</script>';
    const r = run(
      `<div class="td-header-template-wrap"><div class="tdb-head-date-txt">Monday, June 24, 2024</div></div><article><h1>China’s Security</h1><p><strong>Author:</strong> Niva Yau Tsz Yan</p><p><strong>Organization/Publisher:</strong> FPRI</p><p>${para}</p></article>`,
      head,
    );
    expect(r.work.authors).toEqual(['Niva Yau Tsz Yan']);
    expect(r.work.date).toBeNull();
    expect(r.review.published).toBe('2022-06-13');
    expect(r.review.reviewer).toBeNull();
  });

  it('categories come from breadcrumbs without Home and the title', () => {
    const r = run(
      `<article><div class="breadcrumbs"><a href="/">Home</a> › <a href="/c/">Reviews</a> › <a href="/c/h/">History</a> › <span>The Book</span></div><h1>The Book</h1></article>`,
    );
    expect(r.review.categories).toEqual(['Reviews', 'History']);
    expect(r.fields['review.categories']).toEqual({ source: 'breadcrumb', quote: 'Reviews' });
  });

  it('the summary is the review text, without labels, share buttons, comments and sidebars', () => {
    const r = run(
      `<article><h1>X</h1><p><strong>Author:</strong> A B</p><p>${para}</p><div class="share">Share this on Facebook, Twitter and by e-mail, because sharing is caring and helps us a lot.</div><p><strong>By: Jane Doe</strong></p><div id="comments"><p>${para} A comment.</p></div></article><aside><p>${para} Sidebar.</p></aside>`,
    );
    expect(r.review.summary).toBe(para);
    expect(r.fields['review.summary']).toMatchObject({ source: 'content' });
  });
});

describe('other languages and layouts', () => {
  it('French and German labels (a space before the colon, as French typesets it)', () => {
    const fr = run(
      `<article><h1>Le livre des steppes</h1><p><strong>Auteur :</strong> Jean Dupont</p><p><strong>Éditeur :</strong> Gallimard</p><p><strong>Année :</strong> 2019</p><p><strong>Nombre de pages :</strong> 250</p><p>${para}</p></article>`,
    );
    expect(fr.work).toMatchObject({ authors: ['Jean Dupont'], publisher: 'Gallimard', date: '2019', pages: 250 });
    expect(fr.isReview).toBe(true);
    const de = run(
      `<article><h1>Das Buch der Steppe</h1><p><b>Autor:</b> Max Mustermann</p><p><b>Verlag:</b> Suhrkamp</p><p><b>Erscheinungsjahr:</b> 2019</p><p><b>Seiten:</b> 300 S.</p></article>`,
    );
    expect(de.work).toMatchObject({ authors: ['Max Mustermann'], publisher: 'Suhrkamp', date: '2019', pages: 300 });
  });

  it('a heading `Review: X by A` names the work and its author', () => {
    const r = run(`<article><h1>Review: The Steppe and the Sea by Anna Korsakova</h1><p>${para}</p></article>`);
    expect(r.work).toMatchObject({ title: 'The Steppe and the Sea', authors: ['Anna Korsakova'] });
    expect(r.fields['work.authors']).toEqual({ source: 'heading', label: 'h1', quote: 'Anna Korsakova' });
    expect(r.isReview).toBe(true);
    expect(run(`<article><h1>Arcton Q7 Pro review: great noise cancelling</h1><p>${para}</p></article>`).isReview).toBe(false);
  });

  it('an h1 and a byline in a header above the article', () => {
    const r = run(
      `<main><header class="entry-header"><h1>The Steppe and the Sea</h1><div class="byline">By Jane Doe</div></header><article><p><strong>Author:</strong> Anna Korsakova</p><p><strong>Publisher:</strong> Silk Road Press</p><p>${para}</p></article></main>`,
    );
    expect(r.work.title).toBe('The Steppe and the Sea');
    expect(r.review.reviewer).toBe('Jane Doe');
    expect(r.fields['review.reviewer']).toMatchObject({ source: 'byline' });
  });

  it('a byline whose name and date are blocks of their own', () => {
    const r = run(
      `<main><header class="entry-header"><h1>The Steppe and the Sea</h1><div class="byline"><div>By Jane Doe</div><div>May 3, 2021</div></div></header><article><p><strong>Author:</strong> Anna Korsakova</p><p><strong>Publisher:</strong> Silk Road Press</p><p>${para}</p></article></main>`,
    );
    expect(r.review.reviewer).toBe('Jane Doe');
  });
});

describe('pages that are not reviews', () => {
  it('a blog post that mentions "Author:" once', () => {
    const url = 'https://example.org/blog/fixing-commits/';
    const r = extractReview(
      page(
        `<article><h1>Fixing commits</h1><p>${para}</p><pre>Author: Maya Chen &lt;maya@example.com&gt;</pre><p>Author: Maya Chen</p><p>${para}</p></article>`,
        '',
        url,
      ),
      url,
    );
    // Its title and one Author: line are all the model sees: the reader may be asked, the badge stays off.
    expect(r.isReview).toBe(false);
    expect(r.confidence).toBeLessThan(THRESHOLD);
  });
  it('a catalogue listing several publications', () => {
    const rec = (i: number) =>
      `<div class="record"><h3>Book ${i}</h3><p>Author: Person ${i} Name</p><p>Publisher: Press ${i}</p><p>Pages: ${100 + i}</p></div>`;
    const r = run(`<main><h1>Search results</h1>${[1, 2, 3, 4].map(rec).join('')}</main>`);
    expect(r.isReview).toBe(false);
  });
  it('a product review', () => {
    const ld = '<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Product","name":"Arcton Q7"},"author":{"name":"Tom"}}</script>';
    expect(run(`<article><h1>Arcton Q7 review</h1><p>${para}</p></article>`, ld).isReview).toBe(false);
  });
  it('a home page', () => {
    expect(
      extractReview(
        page(
          `<main><article><h2>One</h2><p>Author: A B</p><p>Publisher: P</p></article><article><h2>Two</h2><p>Author: C D</p><p>Publisher: Q</p></article></main>`,
          '',
          'https://example.org/',
        ),
        'https://example.org/',
      ).isReview,
    ).toBe(false);
  });
});

describe('prefilter', () => {
  it('lets label pages, citation lines and structured data through', () => {
    expect(mightBeReview(page(`<article><p><strong>Author:</strong> A B</p></article>`))).toBe(true);
    expect(mightBeReview(page(`<article><p>The Steppe and the Sea, by Anna Korsakova. Almaty: Silk Road Press, 2019. 312 pp.</p></article>`))).toBe(true);
    expect(mightBeReview(page(`<article><h1>La Vie</h1><p>Gallimard, 336 p., 20 €</p></article>`))).toBe(true);
    expect(mightBeReview(page(`<div><b>ECO, Umberto</b> (n. 1932). <i>Il nome della rosa</i>. Milano, Bompiani, (settembre) 1980.</div>`))).toBe(true);
    expect(mightBeReview(page('<p>x</p>', '<meta name="citation_title" content="X">'))).toBe(true);
    expect(mightBeReview(page('<p>x</p>', '<script type="application/ld+json">{"@type":"Review"}</script>'))).toBe(true);
  });
  // A guard against a pattern that backtracks on ordinary text, with room for a loaded machine:
  // the starter's real cost is measured by npm run bench (contentScript.nonReview).
  it('does not stall on a plain page', () => {
    const doc = page(
      `<header><nav>${'<a href="#">Menu item</a>'.repeat(50)}</nav></header><main><h1>Weather</h1>${`<p>${para}</p>`.repeat(40)}</main><footer>${'<p>Footer text</p>'.repeat(20)}</footer>`,
    );
    mightBeReview(doc);
    const t = performance.now();
    for (let i = 0; i < 10; i++) expect(mightBeReview(doc)).toBe(false);
    expect((performance.now() - t) / 10).toBeLessThan(100);
  });
  it('stops plainly non-review pages', () => {
    expect(mightBeReview(page(`<main><h1>Weather</h1><p>${para}</p><p>Sunny with some clouds.</p></main>`))).toBe(false);
    expect(mightBeReview(page(''))).toBe(false);
  });
});

describe('a bookseller’s or publisher’s page of one book', () => {
  it('reads the author’s name alone right above the heading when the text names that person again', () => {
    const r = run(
      `<main><div>Fernando Aramburu</div><h1>Patria</h1><p>Páginas: 648</p><p>ISBN: 9786319091410</p><p>${para} Aramburu reconstruye la escalada.</p></main>`,
    );
    expect(r.work).toMatchObject({ title: 'Patria', authors: ['Fernando Aramburu'] });
    // A section's name is no author: the text never names it again.
    expect(run(`<main><div>Likely Stories</div><h1>Patria</h1><p>${para}</p></main>`).work.authors).toEqual([]);
  });
  it('reads a kicker over the heading that says whose book it is, across a line break', () => {
    const r = run(`<main><div class="label">дебютный роман<br>Гузель Яхиной</div><h1>Зулейха открывает глаза</h1><p>${para}</p></main>`);
    expect(r.work).toMatchObject({ title: 'Зулейха открывает глаза', authors: ['Гузель Яхина'] });
  });
  it('reads `Name: Title` in a heading when the prose names that person again', () => {
    const r = run(`<article><h1>Juli Zeh: Unterleuten</h1><p>${para} Juli Zehs Roman liest sich spannend.</p></article>`);
    expect(r.work).toMatchObject({ title: 'Unterleuten', authors: ['Juli Zeh'] });
    expect(run(`<article><h1>Monthly Archives: September 2011</h1><p>${para}</p></article>`).work.authors).toEqual([]);
  });
  it('reads `Title de Author` unquoted in a heading when the name starts with a known given name', () => {
    expect(run(`<article><h1>Le poids des non-dits de Laurence Côté</h1><p>${para}</p></article>`).work).toMatchObject({
      title: 'Le poids des non-dits',
      authors: ['Laurence Côté'],
    });
    expect(run(`<article><h1>Cien años de soledad de Gabriel García Márquez</h1><p>${para}</p></article>`).work).toMatchObject({
      title: 'Cien años de soledad',
      authors: ['Gabriel García Márquez'],
    });
    // `de` is a title's own word too.
    expect(run(`<article><h1>Le Comte de Monte-Cristo</h1><p>${para}</p></article>`).work.authors).toEqual([]);
    expect(run(`<article><h1>La Chartreuse de Parme Illustrée</h1><p>${para}</p></article>`).work.authors).toEqual([]);
  });
  it('a page whose subheadings are questions is an interview about the book, not a review of it', () => {
    const questions =
      '<h2>À quel moment sentez-vous que votre roman est terminé ?</h2><p>Jamais vraiment.</p><h2>Qu’est-ce qui vous rend le plus heureux ?</h2><p>Les lecteurs.</p>';
    const ev = (body: string) => extractWithEvidence(page(body), 'https://example.org/culture/un-homme').evidence;
    expect(ev(`<article><h1>Un homme et ses chiens, de Marc Séguin</h1><p>${para}</p>${questions}</article>`)?.otherKindWord).toBe(true);
    expect(ev(`<article><h1>Un homme et ses chiens, de Marc Séguin</h1><p>${para}</p><h2>Le roman</h2><p>${para}</p></article>`)?.otherKindWord).toBe(false);
  });
  it('reads `Name: Title : Subtitle` in a heading, the subtitle after a spaced colon', () => {
    const r = run(`<article><h1>Anne Muhonen: Älä unohda minua : Sarjakuvaromaani</h1><p>${para} Anne Muhonen on silti onnistunut.</p></article>`);
    expect(r.work).toMatchObject({ title: 'Älä unohda minua: Sarjakuvaromaani', authors: ['Anne Muhonen'] });
    expect(run(`<article><h1>Anne Muhonen: Älä unohda minua : Sarjakuvaromaani</h1><p>${para}</p></article>`).work.authors).toEqual([]);
  });
  it('reads the bare name under a shop’s title, with the ISBN run into its line', () => {
    const r = run(
      `<main><h1>Kürk Mantolu Madonna</h1><div><a href="/yazar/sabahattin-ali">Sabahattin Ali</a> ISBN: 978-605-314-352-9</div><p>Roman, 7,50 TL</p><a href="/sepet">Sepete Ekle</a><p>${para}</p></main>`,
    );
    expect(r.work).toMatchObject({ authors: ['Sabahattin Ali'], isbn: '978-605-314-352-9' });
    expect(
      run(`<main><h1>Kürk Mantolu Madonna</h1><div>Sabahattin Ali</div><div>1.Baskı - 2019</div><a href="/sepet">Sepete Ekle</a><p>Roman. ${para}</p></main>`)
        .work.date,
    ).toBe('2019');
  });
  it('writes out an author given by an initial when the page writes the name in full', () => {
    const r = run(`<main><h1>Лавр, Водолазкин Е.</h1><p>Евгений Водолазкин – автор романа «Соловьев и Ларионов». ${para}</p></main>`);
    expect(r.work.authors).toEqual(['Евгений Водолазкин']);
  });
  it('reads a blurb that opens `In Title, Author verb…`', () => {
    const r = run(
      `<main><h1>O primeiro leitor</h1><p>Em O primeiro leitor, Luiz Schwarcz reconstitui uma vida de amor ao livro. ${para}</p></main>`,
      '<meta property="og:type" content="book">',
    );
    expect(r.work).toMatchObject({ title: 'O primeiro leitor', authors: ['Luiz Schwarcz'] });
  });
  it('reads a library catalogue’s record in Spanish (`Autor principal`, `Pie de imprenta`, `Descripción física`)', () => {
    const r = run(
      `<main><h1>Patria</h1><table><tr><th>Autor principal:</th><td>Aramburu, Fernando</td></tr><tr><th>Pie de imprenta:</th><td>Barcelona : Tusquets Editores, 2016</td></tr><tr><th>Descripción física:</th><td>646 p. ; 23 cm</td></tr></table></main>`,
    );
    expect(r.work).toMatchObject({
      title: 'Patria',
      authors: ['Fernando Aramburu'],
      publisher: 'Tusquets Editores',
      place: 'Barcelona',
      date: '2016',
      pages: 646,
    });
  });
  it('takes a week’s capsules with different ISBNs for a listing', () => {
    const capsule = (t: string, isbn: string) => `<h2>${t}</h2><p>Ann Author. Holt, $30 (496p) ISBN ${isbn}</p><p>${para}</p>`;
    const r = run(`<main><h1>Nonfiction Reviews</h1>${capsule('One Book', '978-0-8050-7548-9')}${capsule('Other Book', '978-1-59691-213-7')}</main>`);
    expect(r.isReview).toBe(false);
  });
  it('takes no product format or kicker for a name', () => {
    expect(run(`<main><h1>Victoria (Blu-ray Disc)</h1><p>${para}</p></main>`).work.authors).toEqual([]);
    expect(run(`<main><h1>Meet This Week's Author</h1><p>${para}</p></main>`).work.authors).toEqual([]);
  });
});
