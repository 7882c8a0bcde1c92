/** A line of the page's text that credits the review to a person (`Buchkritik von A`, `Compte rendu par A`). */
import { afterAll, describe, expect, it } from 'vitest';
import { FieldSet } from '../../lib/extract/fields';
import { collectLines } from '../../lib/extract/lines';
import { creditedReviewer, offerReviewCredit } from '../../lib/extract/review-credit';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const TEXT = '<p>Wie keine andere deutsche Autorin ist Ingrid Noll mit der Kunst vertraut, bitterböse Geschichten zu erzählen.</p>';

function reviewer(body: string, workPeople: string[] = [], workTitle?: string): string | null {
  const doc = page(`<main>${body}</main>`);
  const fs = new FieldSet();
  if (workTitle) fs.offer('work.title', workTitle, 'heading', 1, 'h1', workTitle);
  offerReviewCredit(collectLines(doc).lines, doc.querySelector('main'), workPeople, fs);
  return fs.str('review.reviewer');
}

describe('a line crediting the review to a person', () => {
  it.each([
    ['Buchkritik von Stefanie  Rufle', 'Stefanie Rufle'],
    ['Compte rendu par Alexis Richard', 'Alexis Richard'],
    ['Critique de Margorito', 'Margorito'],
    ['Spy Book Review by Shane ‘C’ Whaley – Station V', 'Shane Whaley'],
    ['Eine Rezension von Sascha Ruppert-Karakas', 'Sascha Ruppert-Karakas'],
    ['Recensione a cura di Silvia Marchi', 'Silvia Marchi'],
  ])('%s', (line, name) => {
    expect(creditedReviewer(line)).toBe(name);
  });

  it('takes no title after the by-word, and no long line', () => {
    expect(creditedReviewer('Resenha de O Livro do Amanhã')).toBeNull();
    expect(creditedReviewer('Recensione di L’eco delle bugie di Francesco Balzano: tra sentimenti e azione')).toBeNull();
    expect(creditedReviewer('Critique de Le pays des autres par Leïla Slimani - SensCritique')).toBeNull();
    expect(creditedReviewer('Resenha de livro')).toBeNull();
    expect(creditedReviewer(`Review by Brian Clegg ${'and a great deal more text '.repeat(4)}`)).toBeNull();
  });

  it('reads a sub-heading in the main content, never the work’s own author', () => {
    expect(reviewer(`<h2>Inhalt</h2><p>Karin und Holda sind Freundinnen.</p><h2>Buchkritik von Stefanie Rufle</h2>${TEXT}`)).toBe('Stefanie Rufle');
    expect(reviewer(`<h2>Rezension von Ingrid Noll</h2>${TEXT}`, ['Ingrid Noll'])).toBeNull();
  });
  it('takes no word of the work’s one-word title for a pseudonym', () => {
    expect(reviewer(`<h2>Reseña de Patria</h2>${TEXT}`, [], 'Patria')).toBeNull();
    expect(reviewer(`<h2>Critique de Margorito</h2>${TEXT}`, [], 'Patria')).toBe('Margorito');
  });
});
