import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { readLeadCritic } from '../../lib/extract/lead-critic';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const critic = (lead: string, people: string[], cls = 'dek') => {
  const doc = page(`<main><article><header><h1>Title</h1><p class="${cls}">${lead}</p></header><p>The review’s text.</p></article></main>`);
  const h1 = doc.querySelector('h1');
  return h1 ? (readLeadCritic(h1, { title: 'Sieben Jahre', people })?.name ?? null) : null;
};

describe('the critic a standfirst names', () => {
  it('reads a name that opens a clause as the subject of a verb of reading, in the languages read', () => {
    expect(critic('Василий Владимирский продолжает следить за рецензиями на важные книги сезона.', ['Салман Рушди'])).toBe('Василий Владимирский');
    expect(
      critic('Poursuivant sa lecture critique de La France d’après, Jean Rivière s’intéresse aux références universitaires.', ['Jérôme Fourquet'], 'chapo'),
    ).toBe('Jean Rivière');
    expect(critic('Holly McKenzie highly recommends a book even though it made her cry.', ['Max Porter'], 'standfirst')).toBe('Holly McKenzie');
  });

  it('reads the name that signs the quotation the standfirst gives', () => {
    expect(critic('”Det är en mycket skrämmande roman på det sättet,” skriver Erik Löfvendahl.', ['Agnes Lidbeck'], 'ingress')).toBe('Erik Löfvendahl');
  });

  it('takes no character, no author and no name outside a standfirst', () => {
    expect(critic('Catherine Danielle Clark alias Kya wächst von klein auf in der wilden Marsch auf.', ['Delia Owens'], 'teaser')).toBeNull();
    expect(critic('Peter Stamm liest aus seinem neuen Roman, und das Publikum hört ihm zu.', ['Peter Stamm'], 'teaser')).toBeNull();
    expect(critic('Holly McKenzie highly recommends a book even though it made her cry.', ['Max Porter'], 'caption')).toBeNull();
  });

  it('gives the review its reviewer where no byline does', () => {
    const doc = page(
      '<main><article><header><h1>Bollywood on Manhattan</h1><p class="dek">Ron Charles reviews the new novel by Salman Rushdie and finds it wanting in places.</p></header><p>Author: Salman Rushdie</p><p>Publisher: Penguin Random House</p><p>Pages: 400</p><p>The novel follows a family from Bombay to New York across three generations, and the book is as long as its plot is wide. Rushdie has always written long.</p></article></main>',
    );
    expect(extractReview(doc, 'https://example.org/reviews/bollywood').review.reviewer).toBe('Ron Charles');
  });
});
