/** German's gendered labels (`Autor:in:`, `Herausgeber:innen:`): the value starts after the second colon. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

describe('a label written with a gender colon', () => {
  it.each([
    [
      'the author after `Autor:in:`',
      '<h1>Hanene Ay Doğacak</h1><p>Autor:in: Şebnem İşigüzel</p><p>Verlag: İletişim Yayınları</p><p>Seiten: 168</p><p>Ein Debüt, das für ein Pseudonym gehalten wurde und im selben Jahr einen Preis gewann; der Roman wurde viel gelesen und lange verboten.</p>',
      'https://example.org/books/hanene-ay-dogacak',
      'Şebnem İşigüzel',
    ],
    [
      'a plain `Autor:` label as before',
      '<h1>Im Kreuzfeuer</h1><p>Autor: Sven Hensel</p><p>Seiten: 207</p><p>Ein Mann wird Zeuge eines furchtbaren Verbrechens und muss eine folgenschwere Entscheidung treffen, die alle Beteiligten in die Abgründe blicken lässt.</p>',
      'https://example.org/im-kreuzfeuer',
      'Sven Hensel',
    ],
  ])('reads %s', (_, body, url, author) => {
    expect(extractReview(page(body), url).work.authors).toEqual([author]);
  });
});
