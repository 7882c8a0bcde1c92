import { afterAll, describe, expect, it } from 'vitest';
import { collectLines } from '../../lib/extract/lines';
import { performanceWords } from '../../lib/extract/performance-work';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('the words of a film, a show or a record', () => {
  it('counts each word once, in the languages read', () => {
    const film = page('<main><p>Director: Todd Haynes. Stars: Natalie Portman. Distributor: Netflix.</p><p>The film, the film, the film.</p></main>');
    expect(performanceWords(collectLines(film).lines)).toBe(3);
    const kritik = page('<main><p>Regisseur Barry Jenkins gewann mit seinem Film den Oscar; die Darsteller…</p></main>');
    expect(performanceWords(collectLines(kritik).lines)).toBe(3);
  });

  it('reads whole words only', () => {
    const essay = page('<main><p>Microfilms, filmmakers and the Makino archive: a history of reading rooms.</p></main>');
    expect(performanceWords(collectLines(essay).lines)).toBe(0);
    const credits = page('<main><p>FILM: Carol. Kino: ab Donnerstag.</p></main>');
    expect(performanceWords(collectLines(credits).lines)).toBe(2);
  });

  it('reads the top of the page only', () => {
    const filler = '<p>The river rose through the night and the town woke to water in every street and square.</p>'.repeat(250);
    const credits = '<p>Director: Todd Haynes. Cast: Cate Blanchett.</p>';
    expect(performanceWords(collectLines(page(`<main>${credits}${filler}</main>`)).lines)).toBe(2);
    expect(performanceWords(collectLines(page(`<main>${filler}${credits}</main>`)).lines)).toBe(0);
  });

  it('finds few in a book’s review that mentions its film', () => {
    const review = page('<main><p>The novel, now a film, follows a family over three summers; its prose is spare.</p></main>');
    expect(performanceWords(collectLines(review).lines)).toBe(1);
  });
});
