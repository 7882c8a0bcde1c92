import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { collectLines } from '../../lib/extract/lines';
import { readOpeningTitleBy } from '../../lib/extract/opening-title-by';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const read = (body: string) => {
  const { lines } = collectLines(page(`<main>${body}</main>`));
  const heading = lines.findIndex((l) => l.h > 0);
  const found = readOpeningTitleBy(lines, heading + 1, () => false);
  return found ? `${found.title} | ${found.author}` : null;
};

describe('the work a review’s opening sentence names with its author', () => {
  it('reads `Title by Full Name` then the sentence’s verb', () => {
    expect(
      read(
        '<h1>Monday musings</h1><p>Scar on the Moon by Sandesh Raj is an absorbing crime thriller read. Backdropped against the chilly climate of Shimla, it follows a police inspector.</p>',
      ),
    ).toBe('Scar on the Moon | Sandesh Raj');
    expect(
      read(
        '<h1>Reading notes</h1><p>I finished it last night. A Conflict in Thin Air by Prosenjit Das Gupta explores the long history of India, Tibet and China.</p>',
      ),
    ).toBe('A Conflict in Thin Air | Prosenjit Das Gupta');
  });

  it('reads past the narrator an audiobook’s review credits after the author', () => {
    expect(
      read(
        '<h1>audiobook</h1><p>The Solitary Sparrow by Lorraine Norwood and narrated by Tracy Russell is a wonderfully atmospheric story of the fourteenth century.</p>',
      ),
    ).toBe('The Solitary Sparrow | Lorraine Norwood');
  });

  it('reads the writer telling in a quoted work, the verb before or after the name', () => {
    expect(
      read(
        '<h1>Licht und Schatten</h1><p><strong>In "Sieben Jahre" erzählt Peter Stamm von einem Mann zwischen zwei Frauen / Von Bettina Schulte</strong></p>',
      ),
    ).toBe('Sieben Jahre | Peter Stamm');
    expect(
      read('<h1>Vertige</h1><p>Dans « L’Anomalie », Hervé Le Tellier raconte l’histoire d’un avion qui atterrit deux fois, à trois mois d’intervalle.</p>'),
    ).toBe('L’Anomalie | Hervé Le Tellier');
    // Unquoted, `In Berlin erzählt …` sets a scene, not a work.
    expect(read('<h1>Stadtgespräch</h1><p>In Berlin erzählt Peter Stamm von seinem neuen Roman und von den Jahren in Paris und New York.</p>')).toBeNull();
  });

  it('reads a line of its own before the prose that gives `Name: Title.`', () => {
    expect(
      read(
        '<h1>En god bog.</h1><p><strong>Puk Qvortrup: Ind i en stjerne.</strong></p><p>Generelt er jeg rimeligt allergisk overfor biografier, selvbiografier eller andre bøger om den såkaldte virkelighed.</p><p>Det er tydeligt, at Puk Qvortrup er en endog særdeles velskrivende journalist. Tillige med at hun er et tænksomt menneske.</p>',
      ),
    ).toBe('Ind i en stjerne | Puk Qvortrup');
    // A label's `Posted Monday: …`, or a person the prose never speaks of again, is no such line.
    expect(
      read(
        '<h1>Notes</h1><p>Posted Monday: Reading list</p><p>Generelt er jeg rimeligt allergisk overfor biografier og andre bøger om den såkaldte virkelighed.</p>',
      ),
    ).toBeNull();
    expect(
      read(
        '<h1>Sommer</h1><p>Anna Berg: Min sommer</p><p>Generelt er jeg rimeligt allergisk overfor biografier og andre bøger om den såkaldte virkelighed.</p>',
      ),
    ).toBeNull();
  });

  it('leaves a credit, a list’s entry and a sentence about a person', () => {
    expect(read('<h1>Our trip</h1><p>Photo by Jane Doe on Unsplash, taken at the lake on a cold morning in early spring.</p>')).toBeNull();
    expect(
      read(
        '<h1>Ten books on grief</h1><p>The Urgent Life: My Story of Love, Loss, and Survival by Bozoma Saint John (2/21) | When her husband died of cancer…</p>',
      ),
    ).toBeNull();
    expect(read('<h1>News</h1><p>This week a new book by Sandesh Raj was launched at the festival in the presence of many readers.</p>')).toBeNull();
  });

  it('reads only the opening, up to the next heading', () => {
    expect(
      read(
        '<h1>Weekly roundup</h1><p>Some news from the shop this week, and a few events.</p><h3>New in</h3><p>Scar on the Moon by Sandesh Raj is an absorbing crime thriller.</p>',
      ),
    ).toBeNull();
  });

  it('keeps a heading’s title that the opening misspells, and takes the opening’s where the heading names none', () => {
    const body = (h: string) =>
      `<main><article><h1 class="entry-title">${h}</h1><p>Calculating Gob by Robert Sawyer has an interesting premise. Aliens believe that Earth’s fossils could help find proof of God.</p><p>Sawyer’s characters are always interesting. They always feel well rounded and real, and the aliens are believable and likeable.</p></article></main>`;
    const kept = extractReview(page(body('Calculating God – Book Review')), 'https://example.org/blog/page/129/');
    expect(kept.work.authors).toEqual(['Robert Sawyer']);
    expect(kept.work.title).toBe('Calculating God');
    const taken = extractReview(page(body('Monday musings')), 'https://example.org/blog/monday/');
    expect(taken.work.title).toBe('Calculating Gob');
  });
});

describe('a heading inside the content that says it reviews a work', () => {
  it('stands for the page over a category’s h1 outside the content', () => {
    const doc = page(
      '<main><h1>Reviews</h1><article class="blog-item hentry"><h2>Book Review: Son of a Critch by Mark Critch</h2><div>By Larissa Page</div><p>Anyone who is familiar with the long running Canadian television show will recognize their roving reporter and cast member Mark Critch.</p><p>In this memoir, recounting his childhood, we are given a ton of small stories and insider looks at life in St. John’s.</p></article></main>',
    );
    const r = extractReview(doc, 'https://example.ca/blogposts?category=Reviews&offset=1');
    expect(r.work.title).toBe('Son of a Critch');
    expect(r.work.authors).toEqual(['Mark Critch']);
  });
});

describe('a heading that credits the review’s writer after the work', () => {
  const read = (h: string) => {
    const doc = page(
      `<main><article><h1 class="entry-title">${h}</h1><p>Miranda Darling deploys all the voices in her protagonist’s head to reveal a fraught relationship in this allusive novella.</p><p>Winona Dalloway, like Mrs Dalloway in Virginia Woolf’s novel of that name, often finds herself lilting between observing life from the outside and being inside it.</p></article></main>`,
    );
    const r = extractReview(doc, 'https://example.com.au/miranda-darling-thunderhead/');
    return `${r.work.title} | ${r.work.authors.join(', ')} | ${r.review.reviewer}`;
  };

  it('reads the author set in capitals before the title, and the credit as the reviewer', () => {
    expect(read('MIRANDA DARLING Thunderhead. Reviewed by Ann Skea')).toBe('Thunderhead | Miranda Darling | Ann Skea');
  });

  it('takes a kicker in capitals the prose never names again for no one', () => {
    const doc = page(
      '<main><article><h1 class="entry-title">FIRST LOOK The Electric Roadster Arrives</h1><p>The long-awaited roadster arrives in showrooms this spring with a range of five hundred kilometres.</p><p>Dealers expect the first deliveries before the summer, and prices start below the current model.</p></article></main>',
    );
    expect(extractReview(doc, 'https://example.com.au/first-look-roadster/').work.authors).toEqual([]);
  });

  it('never takes the reviewer credited after `Reviewed by` for the work’s author', () => {
    expect(read('Thunderhead, reviewed by Ann Skea')).not.toContain('| Ann Skea |');
  });
});
