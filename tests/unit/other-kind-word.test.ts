import { afterAll, describe, expect, it } from 'vitest';
import { extractWithEvidence } from '../../lib/extract';
import { OTHER_KIND_WORD } from '../../lib/extract/signals';
import { closeWindows, page } from './extract-helpers';

describe('the words by which a title calls its page something other than a review', () => {
  it.each([
    ['Q&A with Meg Mitchell Moore', true],
    ['In conversation with Ali Smith', true],
    ['Entretiens avec des romanciers', true],
    ['We need more book reviewers', true],
    ['Беседа с автором', true],
    ["Інтерв'ю", true],
    ['Wywiad z autorką', true],
    ['50 лучших книжных премьер и переизданий 2024 года', true],
    ['Die besten Bücher des Jahres', true],
    ['Лучший роман года: «Ева» Любови Бариновой', false],
    ['Review: The Conversationalist by Jane Doe', false],
    ['The World Without You by Joshua Henkin', false],
    ['The Monitor’s 10 best new books of April', true],
    ['Best of 2023', true],
    ['The year’s best', true],
    ['Best Sellers', true],
    // English `best` is number-blind: before one thing it praises a work, not a list's.
    ['Is this the best novel about grief this year?', false],
    ['Intermezzo is her longest and best consideration of desire yet', false],
  ])('%s → %s', (title, expected) => {
    expect(OTHER_KIND_WORD.test(title)).toBe(expected);
  });
});

describe('a record whose imprint ends with a span of years', () => {
  const url = 'https://library.example.org/periodical/60908';
  const evidenceOf = (imprint: string) =>
    extractWithEvidence(
      page(
        `<h1>RWI-Arbeitsberichte / Rheinisch-Westfälisches Institut für Wirtschaftsforschung Essen</h1><p>RWI-Arbeitsberichte / Rheinisch-Westfälisches Institut für Wirtschaftsforschung Essen. ${imprint}</p>`,
        '',
        url,
      ),
      url,
    ).evidence;
  afterAll(closeWindows);

  it('is a serial’s record, of some other kind than one publication', () => {
    expect(evidenceOf('Essen : RWI, 2003(2004) - 2013(2014)')?.otherKindWord).toBe(true);
    expect(evidenceOf('Essen : RWI, 1998-')?.otherKindWord).toBe(true);
  });
  it('while one year is one publication’s', () => {
    expect(evidenceOf('Essen : RWI, 2013')?.otherKindWord).toBe(false);
  });
});

describe('a kicker above the heading', () => {
  const url = 'https://news.example.org/oleg-interview';
  const evidenceOf = (kicker: string) =>
    extractWithEvidence(
      page(
        `<div class="cat">${kicker}</div><h1>Олег Лужний: «Український футбол потрібно повністю реформувати»</h1><p>Під час одного з матчів я зустрів легенду українського футболу Олега Лужного, і ми поговорили про гру.</p>`,
        '',
        url,
      ),
      url,
    ).evidence;
  afterAll(closeWindows);

  it('that names an interview says what the page is', () => {
    expect(evidenceOf("Інтерв'ю")?.otherKindWord).toBe(true);
  });
  it('while a section of another kind says nothing', () => {
    expect(evidenceOf('Спорт')?.otherKindWord).toBe(false);
  });
});
