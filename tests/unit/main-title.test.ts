import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const titleOf = (heading: string, body: string) =>
  extractReview(page(`<article><h1>${heading}</h1>${body}</article>`), 'https://example.org/2021/11/post.html').work.title;

describe('a heading’s part before its colon', () => {
  it('is the title’s main part where the page writes it with the subtitle again', () => {
    const heading = 'Speechless: Controlling Words, Controlling Minds by Michael Knowles';
    expect(
      titleOf(heading, `<p>256 pages<br>Regnery Publishing</p><p>${heading} is an engrossing examination of how Knowles sees our use of language.</p>`),
    ).toBe('Speechless: Controlling Words, Controlling Minds');
  });

  it('is a column’s name where the page never writes it with the title again', () => {
    expect(
      titleOf(
        'What We Are Reading Today: The Lost History of Liberalism by Helena Rosenblatt',
        '<p>The Lost History of Liberalism challenges what Rosenblatt calls our basic assumptions. Princeton University Press, 2018.</p>',
      ),
    ).toBe('The Lost History of Liberalism');
  });

  it('is never the author the heading names before the title', () => {
    expect(
      titleOf(
        'Sergio S. Olguín: El equipo de los sueños',
        '<p>Sergio S. Olguín: El equipo de los sueños. Una novela de Olguín sobre el fútbol y la amistad en Buenos Aires.</p>',
      ),
    ).toBe('El equipo de los sueños');
  });
});
