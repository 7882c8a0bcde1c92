/** Site rules: where a value stood on one page, found again on the site's other pages. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { applySiteRules, learnFromValue, learnLocator } from '../../lib/site-rules/apply';
import { fieldValueFromText } from '../../lib/site-rules/field-value';
import { pathShape, ruleCovers, rulesFor, SiteRuleSchema, type SiteRule } from '../../lib/site-rules/rule';
import { findText } from '../../lib/find-text';
import { extractReview } from '../../lib/extract';
import { UNSURE_FROM } from '../../lib/extract/classify';
import type { FieldPath } from '../../lib/extract/schema';
import type { FieldValue } from '../../lib/library/corrections';
import { must } from '../../lib/must';

/**
 * Fixture markup written by the test into the window's own document (happy-dom's Ranges
 * misbehave in documents made apart from it). One page at a time: each call replaces the last.
 */
function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

function learn(doc: Document, field: FieldPath, text: string, wanted: FieldValue = fieldValueFromText(field, text)) {
  const range = findText(doc, text);
  if (!range) throw new Error(`"${text}" is not on the page`);
  return learnLocator(doc, field, range, wanted);
}

let n = 0;
function rule(field: FieldPath, locator: SiteRule['locator'], extra: Partial<SiteRule> = {}): SiteRule {
  return {
    id: `rule-${String(++n).padStart(4, '0')}`,
    site: 'books.example',
    paths: '/*',
    kind: 'field',
    field,
    locator,
    isReview: null,
    learnedOn: 'https://books.example/review/1',
    learnedAt: 1,
    appliedTo: [],
    ...extra,
  };
}

const apply = (doc: Document, rules: SiteRule[], url = 'https://books.example/review/2') => applySiteRules(doc, extractReview(doc, url), rules);

const cardPage = (rows: [string, string][], sidebar = '', cls = 'card') =>
  page(
    `<header><nav>Home · Reviews</nav></header>${sidebar}<main><h1>A review</h1><div class="${cls}">${rows
      .map(([k, val]) => `<p><span class="k">${k}</span> <span class="v">${val}</span></p>`)
      .join('')}</div><p>${'Some prose about the book. '.repeat(10)}</p></main>`,
  );

describe('learning where a value stands', () => {
  it('takes the text before the value on its line as its label, and finds the value by it on another page', () => {
    const first = cardPage([
      ['Written by:', 'Jane Doe'],
      ['House:', 'Harbor Press'],
    ]);
    const loc = learn(first, 'work.publisher', 'Harbor Press');
    expect(loc).toMatchObject({ label: 'house', labelAt: 'same', prefer: 'label' });
    const second = cardPage([
      ['Written by:', 'Ann Lee'],
      ['House:', 'Quay Books'],
    ]);
    expect(apply(second, [rule('work.publisher', loc)]).work.publisher).toBe('Quay Books');
  });

  it('still finds it when the labelled lines come in another order', () => {
    const loc = learn(
      cardPage([
        ['Written by:', 'Jane Doe'],
        ['House:', 'Harbor Press'],
        ['Length:', '296 pages'],
      ]),
      'work.pages',
      '296 pages',
    );
    const reordered = cardPage([
      ['Length:', 'xii + 310 pp.'],
      ['House:', 'Quay Books'],
      ['Written by:', 'Ann Lee'],
    ]);
    expect(apply(reordered, [rule('work.pages', loc)]).work.pages).toBe(310);
  });

  it('still finds it with a sidebar added and the class names changed', () => {
    const loc = learn(cardPage([['Written by:', 'Doe, Jane']]), 'work.authors', 'Doe, Jane', ['Jane Doe']);
    expect(loc).not.toBeNull();
    const changed = cardPage([['Written by:', 'Lee, Ann; Roe, Tom']], '<aside><p>Written by: the editors</p><p>Popular</p></aside>', 'renamed-card');
    const out = apply(changed, [rule('work.authors', loc)]);
    expect(out.work.authors).toEqual(['Ann Lee', 'Tom Roe']);
    expect(out.fields['work.authors']).toMatchObject({ source: 'rule', label: 'books.example' });
  });

  it('takes a short line before the value as its label (a dt before its dd, a th before its td)', () => {
    const dl = (t: string, who: string) => page(`<main><h1>${t}</h1><dl><dt>Reviewer</dt><dd>${who}</dd><dt>Year</dt><dd>2020</dd></dl></main>`);
    const loc = learn(dl('One', 'Mary Major'), 'review.reviewer', 'Mary Major');
    expect(loc).toMatchObject({ label: 'reviewer', labelAt: 'before' });
    expect(apply(dl('Two', 'Tim Minor'), [rule('review.reviewer', loc)]).review.reviewer).toBe('Tim Minor');
    const table = (who: string) => page(`<main><table><tr><th>Publisher:</th><td>${who}</td></tr></table></main>`);
    const tloc = learn(table('North Press'), 'work.publisher', 'North Press');
    expect(tloc).toMatchObject({ label: 'publisher', labelAt: 'before', prefer: 'label' });
    expect(apply(table('South Press'), [rule('work.publisher', tloc)]).work.publisher).toBe('South Press');
  });

  it('reads a value that has no label by its path from the main content, and ends it where it ended', () => {
    const post = (title: string, sidebar = '') =>
      page(`${sidebar}<article><div class="top"><h2>${title} | Book review</h2></div><p>${'Text of the review. '.repeat(20)}</p></article>`);
    const loc = learn(post('The Quiet Shore'), 'work.title', 'The Quiet Shore');
    expect(loc).toMatchObject({ label: null, root: 'main', stop: '|', prefer: 'path' });
    expect(apply(post('Salt and Stone', '<div class="ads"><h2>Subscribe</h2></div>'), [rule('work.title', loc)]).work.title).toBe('Salt and Stone');
  });

  it('does not take `Author` for the label of `Authority:`', () => {
    const loc = learn(cardPage([['Author:', 'Jane Doe']]), 'work.authors', 'Jane Doe');
    const other = page('<main><p>Authority: the state</p><p>Author: Ann Lee</p></main>');
    expect(apply(other, [rule('work.authors', { ...must(loc, 'loc'), prefer: 'label' })]).work.authors).toEqual(['Ann Lee']);
  });

  it('finds a value in a citation line by the words or the bracket right before it, and ends it where a number, a bracket or a dash starts', () => {
    const header = (line: string) => page(`<main><p>${line}</p><p>${'Prose of the review. '.repeat(10)}</p></main>`);
    const doc = header(
      'Psychology and Life. By Hugo Miinsterberg, Professor of Psychology in Harvard University. (Archibald Constable and Co. 6s.)—It is not easy.',
    );
    const publisher = learn(doc, 'work.publisher', 'Archibald Constable and Co.');
    expect(publisher).toMatchObject({ label: '(', labelAt: 'inline', stop: '#digit', prefer: 'path' });
    const author = learn(doc, 'work.authors', 'Hugo Miinsterberg');
    expect(author).toMatchObject({ label: 'by', labelAt: 'inline', stop: ',' });
    const other = header(
      'A Short History of Ancient Egypt. By Percy E. Newberry, of Liverpool. (A. Constable and Co. 3s. 6d.)—This is a quite admirable little book.',
    );
    const out = apply(other, [rule('work.publisher', publisher), rule('work.authors', author)]);
    expect(out.work.publisher).toBe('A. Constable and Co.');
    expect(out.work.authors).toEqual(['Percy E. Newberry']);
  });

  it('finds a quoted title by its opening quote, not by the words of the page’s own heading before it', () => {
    const heading = (h: string) => page(`<main><h1>${h}</h1><p>${'Prose of the review. '.repeat(10)}</p></main>`);
    const title = learn(heading('!Tipp: Ingrid Noll „Halali“'), 'work.title', 'Halali');
    expect(title).toMatchObject({ label: '„', labelAt: 'inline', stop: '“' });
    expect(apply(heading('Und immer wieder Tirol: Joe Fischler „Die Toten vom Lärchensee“'), [rule('work.title', title)]).work.title).toBe(
      'Die Toten vom Lärchensee',
    );
    const russian = learn(heading('Рецензия на роман «Вирус»'), 'work.title', 'Вирус');
    expect(russian).toMatchObject({ label: '«', labelAt: 'inline', stop: '»' });
    expect(apply(heading('Рецензия на повесть «Библиотекарь»'), [rule('work.title', russian)]).work.title).toBe('Библиотекарь');
  });

  it('ends a value where a spaced hyphen or a word in small letters goes on past it, and not at a hyphen inside a word', () => {
    const heading = (h: string) => page(`<main><h1>${h}</h1><p>${'Prose of the review. '.repeat(10)}</p></main>`);
    const title = learn(heading('Monster wie wir - Ulrike Sandig - MLCON2021'), 'work.title', 'Monster wie wir');
    expect(title).toMatchObject({ stop: ' - ' });
    expect(apply(heading('Marianengraben - Jasmin Schreiber - MLCON2021'), [rule('work.title', title)]).work.title).toBe('Marianengraben');
    expect(apply(heading('Cyber-Anarchy - Joseph Nye - MLCON2021'), [rule('work.title', title)]).work.title).toBe('Cyber-Anarchy');
    const byline = (line: string) => page(`<main><h1>A report</h1><p>${line}</p><p>${'Prose of the report. '.repeat(10)}</p></main>`);
    const author = learn(byline('By Nayla Rush on January 5, 2017'), 'work.authors', 'Nayla Rush');
    expect(author).toMatchObject({ label: 'by', stop: ' on ' });
    expect(apply(byline('By Jessica M. Vaughan on February 15, 2018'), [rule('work.authors', author)]).work.authors).toEqual(['Jessica M. Vaughan']);
  });

  it('learns a list of names from the line that writes them all, and reads them all on another page', () => {
    const header = (line: string) => page(`<main><p>${line}</p><p>${'Prose of the review. '.repeat(10)}</p></main>`);
    const loc = learnFromValue(header('A Short History of Ancient Egypt. By Percy E. Newberry and John Garstang. (A. Constable and Co.)'), 'work.authors', [
      'Percy E. Newberry',
      'John Garstang',
    ]);
    expect(loc).toMatchObject({ label: 'by', labelAt: 'inline' });
    expect(
      apply(header('Psychology and Life. By Hugo Miinsterberg and Anna Lee. (Archibald Constable and Co.)'), [rule('work.authors', loc)]).work.authors,
    ).toEqual(['Hugo Miinsterberg', 'Anna Lee']);
  });

  it('learns a list of names with what brackets add to each, from its first name, and reads every name on another page', () => {
    const contributors = (line: string) => page(`<main><h1>A policy brief</h1><div>${line}</div><p>${'Prose of the brief. '.repeat(10)}</p></main>`);
    const loc = learnFromValue(contributors('Jeffrey J. Schott (PIIE) and Euijin Jung (PIIE)'), 'work.authors', ['Jeffrey J. Schott', 'Euijin Jung']);
    expect(loc).toMatchObject({ stop: null });
    expect(
      apply(contributors('Emily Blanchard (Dartmouth College), Chad P. Bown (PIIE) and Davin Chor (Dartmouth College)'), [rule('work.authors', loc)]).work
        .authors,
    ).toEqual(['Emily Blanchard', 'Chad P. Bown', 'Davin Chor']);
  });

  it('finds the author after a heading’s spaced hyphen, past a quoted title that is the page’s own', () => {
    const heading = (h: string) => page(`<main><h1>${h}</h1><p>${'Prose of the review. '.repeat(10)}</p></main>`);
    const loc = learn(heading('Recenzja: "Gambit" - Maciej Siembieda'), 'work.authors', 'Maciej Siembieda');
    expect(loc).toMatchObject({ label: '-', labelAt: 'inline' });
    expect(apply(heading('Recenzja: "Wotan" - Jean-Paul Maris'), [rule('work.authors', loc)]).work.authors).toEqual(['Jean-Paul Maris']);
  });

  it('finds a name linked after `by` in a post’s footer by its place, not by the first `by` on the page', () => {
    const post = (title: string, name: string) =>
      page(
        `<main><h1>${title}</h1><p>${'Prose of the review. '.repeat(10)}</p><div class="post-meta">Posted in <a href="/c">Book Reviews</a> by <a href="/a">${name}</a></div></main>`,
      );
    const loc = learn(post('Challenger by Adam Higginbotham', 'Brendan'), 'review.reviewer', 'Brendan');
    expect(loc).toMatchObject({ label: 'by', labelAt: 'inline', prefer: 'path', pathOnly: true });
    expect(apply(post('The Forgers by Roger Moorhouse', 'Maeve'), [rule('review.reviewer', loc)]).review.reviewer).toBe('Maeve');
    // Where the path finds nothing, the label alone is not followed: it found another name where it was learned.
    expect(apply(page(`<main><h1>The Forgers by Roger Moorhouse</h1><p>Short.</p></main>`), [rule('review.reviewer', loc)]).review.reviewer).not.toBe(
      'Roger Moorhouse',
    );
  });

  it('reads a capsule’s title in straight quotes and its publisher after a semicolon, and takes no apostrophe for a quote', () => {
    const capsule = (line: string, prose: string) => page(`<main><h1>A review</h1><p>${line}</p><p>${prose.repeat(6)}</p></main>`);
    const doc = capsule("'Akbar of Hindustan' by Parvati Sharma; Juggernaut, Rs 799, 456 pages", 'Prose of the review. ');
    const title = learnFromValue(doc, 'work.title', 'Akbar of Hindustan');
    const publisher = learnFromValue(doc, 'work.publisher', 'Juggernaut');
    expect(title).toMatchObject({ label: "'", stop: "' " });
    expect(publisher).toMatchObject({ label: ';', labelAt: 'inline' });
    const other = capsule("'The Small Town Sea' by Anees Salim; Hachette, Rs 599, 280 pages", "It's the author's darkest work. ");
    expect(apply(other, [rule('work.title', title), rule('work.publisher', publisher)]).work).toMatchObject({
      title: 'The Small Town Sea',
      publisher: 'Hachette',
    });
  });

  it('finds an unlabelled line of a record by the labelled line before it, not by that line’s own value (`Wydawnictwo: WARBOOK`)', () => {
    const card = (house: string, town: string) => page(`<main><h1>A review</h1><div>Wydawnictwo: ${house}<br>${town} 2020<br>Oprawa: twarda</div></main>`);
    const place = learnFromValue(card('WARBOOK', 'Warszawa'), 'work.place', 'Warszawa');
    expect(place).toMatchObject({ label: 'wydawnictwo', labelAt: 'after' });
    expect(apply(card('PETRUS', 'Kraków'), [rule('work.place', place)]).work.place).toBe('Kraków');
  });

  it('does not take a line with a number of its own for a label (`331 pages, éditions`)', () => {
    const loc = learn(page('<main><p>Le titre de Nancy Tucker<br>331 pages, éditions Les Escales</p></main>'), 'work.publisher', 'Les Escales');
    expect(loc).toMatchObject({ label: 'editions', labelAt: 'inline' });
    expect(
      apply(page('<main><p>Un autre titre de Benoît Richter</p><p>106 pages, éditions Nathan</p></main>'), [rule('work.publisher', loc)]).work.publisher,
    ).toBe('Nathan');
  });

  it('counts a signature under the review from the end, so that it is found under a review of any length', () => {
    const post = (paras: number, who: string) =>
      page(
        `<article><h1>T</h1>${'<p>A paragraph of the review, long enough to be prose and not a label at all.</p>'.repeat(paras)}<p><em>${who}</em></p></article>`,
      );
    const loc = learn(post(3, 'Blaine Taylor'), 'review.reviewer', 'Blaine Taylor');
    expect(loc?.path.at(-2)).toBe('p:-1');
    expect(apply(post(7, 'John I. Witmer'), [rule('review.reviewer', loc)]).review.reviewer).toBe('John I. Witmer');
  });

  it('learns from a typed value the page writes otherwise: a date in words, a page count with its unit, a name family first with its suffix', () => {
    const doc = page('<main><h3>Citation</h3><p>Nye, Jr., Joseph S. "Protecting Democracy." February 2019.</p><p>Length: xii, 296 pp.</p></main>');
    expect(learnFromValue(doc, 'work.date', '2019-02')).not.toBeNull();
    expect(learnFromValue(doc, 'work.pages', 296)).not.toBeNull();
    const author = learnFromValue(doc, 'work.authors', ['Joseph S. Nye, Jr.']);
    expect(author).toMatchObject({ label: 'citation', labelAt: 'before', stop: '"' });
    const other = page('<main><h3>Citation</h3><p>Rush, Nayla. "UN Report." January 2017.</p></main>');
    expect(apply(other, [rule('work.authors', author)]).work.authors).toEqual(['Nayla Rush']);
    expect(learnFromValue(doc, 'work.date', '2020-05')).toBeNull();
  });

  it('learns from the labelled place of a value the page names earlier in passing', () => {
    const doc = page(
      '<main><p>Affiliation: a school in Bishkek (Kyrgyzstan) and the Foreign Policy Research Institute (FPRI)</p><p>Organization/Publisher: Foreign Policy Research Institute</p></main>',
    );
    expect(learnFromValue(doc, 'work.publisher', 'Foreign Policy Research Institute')).toMatchObject({ label: 'organization/publisher', labelAt: 'same' });
  });

  it('learns nothing from a spot that does not give the value back', () => {
    const doc = cardPage([['Written by:', 'Jane Doe']]);
    expect(learn(doc, 'work.authors', 'Jane Doe', ['Someone Else'])).toBeNull();
  });

  it('leaves the generic value when the rule finds nothing, and says nothing', () => {
    const loc = learn(cardPage([['House:', 'Harbor Press']]), 'work.publisher', 'Harbor Press');
    const doc = page('<main><h1>Other</h1><p>Publisher: Generic Press</p></main>');
    const generic = extractReview(doc, 'https://books.example/review/3');
    const out = applySiteRules(doc, generic, [rule('work.publisher', { ...must(loc, 'loc'), path: ['div:9'] })]);
    expect(out.work.publisher).toBe(generic.work.publisher);
    expect(out.fields['work.publisher']?.source).not.toBe('rule');
  });

  it('keeps the generic value when the rule finds prose where a short field stood', () => {
    const loc = must(learn(cardPage([['House:', 'Harbor Press']]), 'work.publisher', 'Harbor Press'), 'loc');
    const prose = 'Harbor Press, who printed it, tells in a long foreword how the manuscript came to them '.repeat(3);
    const doc = cardPage([['House:', prose]]);
    const out = apply(doc, [rule('work.publisher', loc)]);
    expect(out.work.publisher ?? '').not.toContain('foreword');
    expect(out.fields['work.publisher']?.source).not.toBe('rule');
    const short = apply(cardPage([['House:', 'Quay Books']]), [rule('work.publisher', loc)]);
    expect(short.work.publisher).toBe('Quay Books');
    expect(short.fields['work.publisher']?.source).toBe('rule');
  });

  it('keeps the generic names when the rule finds a sentence where a name stood, and takes a user’s name of one word', () => {
    const byline = (who: string) => page(`<main><h1>A review</h1><p class="who">${who}</p><p>${'Some prose about the book. '.repeat(10)}</p></main>`);
    const author = must(learnFromValue(byline('Fabio Bartolomei'), 'work.authors', ['Fabio Bartolomei']), 'author');
    const sentence = apply(byline('Da ieri in libreria il nuovo libro di Elena Ferrante'), [rule('work.authors', author)]);
    expect(sentence.fields['work.authors']?.source).not.toBe('rule');
    expect(apply(byline('Ashley J. Tellis and Michael D. Swaine'), [rule('work.authors', author)]).work.authors).toEqual([
      'Ashley J. Tellis',
      'Michael D. Swaine',
    ]);
    const reviewer = must(learnFromValue(byline('anusha_reads'), 'review.reviewer', 'anusha_reads'), 'reviewer');
    expect(apply(byline('lunamonique'), [rule('review.reviewer', reviewer)]).review.reviewer).toBe('lunamonique');
  });

  it('lets a Yes hold only where the extractor would have asked, or the site’s rules find its work there', () => {
    const yes = rule('work.title', null, { kind: 'verdict', field: null, isReview: true });
    const about = page('<main><h1>About us</h1><p>We are a small team of readers.</p></main>');
    const nothing = { ...extractReview(about, 'https://books.example/about'), isReview: false, confidence: 0 };
    expect(applySiteRules(about, nothing, [yes])).toMatchObject({ isReview: false });
    expect(applySiteRules(about, nothing, [yes]).verdictRule).toBeUndefined();
    // An interview or a list the extractor judged no review, short of asking, stays one.
    expect(applySiteRules(about, { ...nothing, confidence: UNSURE_FROM - 0.01 }, [yes])).toMatchObject({ isReview: false });
    expect(applySiteRules(about, { ...nothing, confidence: UNSURE_FROM }, [yes])).toMatchObject({ isReview: true, verdictRule: { id: yes.id } });
    const card = cardPage([['House:', 'Harbor Press']]);
    const loc = learn(card, 'work.publisher', 'Harbor Press');
    const plain = { ...extractReview(card, 'https://books.example/review/9'), isReview: false, confidence: 0 };
    expect(applySiteRules(card, plain, [yes, rule('work.publisher', loc)]).isReview).toBe(true);
    // The site's list of its reviews shows the same card: the rules find a work there too.
    expect(applySiteRules(card, { ...plain, notOneWork: true }, [yes, rule('work.publisher', loc)]).isReview).toBe(false);
  });

  it('marks a page of several posts, or one that calls itself a list, as no page of one work', () => {
    const post = (h: string) => `<article><h2>${h}</h2><p>Author: Jane Doe</p><p>${'Prose about the book. '.repeat(8)}</p></article>`;
    expect(
      extractReview(page(`<main>${post('The Quiet Shore')}${post('Salt Roads')}${post('Winter Harbour')}</main>`), 'https://books.example/category/fiction')
        .notOneWork,
    ).toBe(true);
    expect(
      extractReview(
        page(`<main><h1>The Quiet Shore</h1><p>Author: Jane Doe</p><p>${'Prose about the book. '.repeat(8)}</p></main>`),
        'https://books.example/review/1',
      ).notOneWork,
    ).toBeUndefined();
  });

  it('lets a verdict rule decide whether the page is a review', () => {
    const doc = cardPage([['Author:', 'Jane Doe']]);
    const verdict = rule('work.title', null, { kind: 'verdict', field: null, isReview: false });
    const out = applySiteRules(doc, { ...extractReview(doc, 'https://books.example/x/y'), isReview: true }, [verdict]);
    expect(out.isReview).toBe(false);
    expect(out.verdictRule).toEqual({ id: verdict.id, site: 'books.example' });
  });
});

describe('which pages a rule is for', () => {
  it('keeps a section of a site apart, and a blog’s dated posts, but not another number or a language folder', () => {
    expect(pathShape('https://books.example/review/the-quiet-shore')).toBe('/review/*');
    expect(pathShape('https://books.example/2024/05/post.html')).toBe('/{year}/*');
    expect(pathShape('https://books.example/2024')).toBe('/*');
    expect(pathShape('https://books.example/12345/post')).toBe('/*');
    expect(pathShape('https://books.example/en/reviews/x')).toBe('/*');
    expect(pathShape('https://books.example/about')).toBe('/*');
  });

  it('keeps a rule learned on a dated post to the blog’s dated posts', () => {
    const r = rule('work.title', null, { paths: '/{year}/*', kind: 'verdict', field: null, isReview: true });
    expect(ruleCovers(r, 'https://books.example/2019/03/another-post.html')).toBe(true);
    expect(ruleCovers(r, 'https://books.example/category/reviews/')).toBe(false);
    expect(ruleCovers(r, 'https://books.example/search?q=x')).toBe(false);
    expect(v.safeParse(SiteRuleSchema, r).success).toBe(true);
  });

  it('matches the site without www, and a section only inside it', () => {
    const r = rule('work.title', null, { paths: '/review/*' });
    expect(ruleCovers(r, 'https://www.books.example/review/2')).toBe(true);
    expect(ruleCovers(r, 'https://books.example/news/2')).toBe(false);
    expect(ruleCovers(r, 'https://other.example/review/2')).toBe(false);
  });

  it('prefers a section rule to a site-wide one, and a newer rule to an older one', () => {
    const wide = rule('work.title', null, { learnedAt: 5 });
    const section = rule('work.title', null, { paths: '/review/*', learnedAt: 1 });
    const newer = rule('work.publisher', null, { learnedAt: 9 });
    const older = rule('work.publisher', null, { learnedAt: 2 });
    expect(
      rulesFor([wide, section, older, newer], 'https://books.example/review/2')
        .map((r) => r.id)
        .sort(),
    ).toEqual([section.id, newer.id].sort());
  });

  it('checks a rule read from a backup', () => {
    const loc = learn(cardPage([['House:', 'Harbor Press']]), 'work.publisher', 'Harbor Press');
    expect(v.safeParse(SiteRuleSchema, rule('work.publisher', loc)).success).toBe(true);
    expect(v.safeParse(SiteRuleSchema, rule('work.publisher', null)).success).toBe(false);
    expect(v.safeParse(SiteRuleSchema, rule('work.publisher', { ...must(loc, 'loc'), path: ['<script>:1'] })).success).toBe(false);
  });
});

describe('a picked text read as its field', () => {
  it('normalises as the extractor does', () => {
    expect(fieldValueFromText('work.authors', 'Baranetskyi, Dmytro')).toEqual(['Dmytro Baranetskyi']);
    expect(fieldValueFromText('work.pages', 'xii + 296 pp.')).toBe(296);
    expect(fieldValueFromText('work.date', 'April 3, 2021')).toBe('2021-04-03');
    expect(fieldValueFromText('work.isbn', 'ISBN 978-0-8223-1905-5')).toBe('978-0-8223-1905-5');
    expect(fieldValueFromText('work.keywords', 'peace; security; Africa')).toEqual(['peace', 'security', 'Africa']);
    expect(fieldValueFromText('review.reviewer', 'Reviewed by Smith, Anna')).toBe('Anna Smith');
    expect(fieldValueFromText('work.title', '  “The Quiet Shore.” ')).toBe('The Quiet Shore');
  });
});
