/** The line beside a review's heading that says who wrote the review. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const PROSE =
  '<p>In Soucouyant by David Chariandy (Arsenal Pulp Press), a young man whose mother suffers from early-onset dementia pieces together what really happened back home in the Caribbean when she encountered a soucouyant, or evil spirit.</p>';

const reviewer = (header: string) =>
  extractReview(page(`<main><article><header>${header}</header>${PROSE}</article></main>`), 'https://example.org/reviews/soucouyant').review.reviewer;

describe('a byline beside the heading', () => {
  it('reads a By line under the heading, with its date after the name', () => {
    expect(reviewer('<h1>Soucouyant</h1><p>by <span>Manuela Hofstätter</span> on 7. Februar 2018</p>')).toBe('Manuela Hofstätter');
  });
  it('reads a name followed by the date and reading time after middle dots', () => {
    expect(reviewer('<h1>Soucouyant</h1><div><span>Béatrice Arvet</span> · <span>10 nov. 2023</span> · <span>2 min de lecture</span></div>')).toBe(
      'Béatrice Arvet',
    );
  });
  it('takes neither the work’s own author nor a site’s links run together above the heading', () => {
    expect(reviewer('<h1>Soucouyant</h1><p>By David Chariandy</p>')).toBeNull();
    expect(reviewer('<div><a>PaperBackSwap</a><a>Browse Books</a> | <a>Join Now</a></div><h1>Soucouyant</h1>')).toBeNull();
  });
  it('reads a name alone under the heading once the work’s author is known, and a date after it', () => {
    expect(reviewer('<h1>Soucouyant</h1><div>Patty Osborne</div>')).toBe('Patty Osborne');
    expect(reviewer('<h1>Soucouyant</h1><div>Luc Steensels 03 oktober 2024</div>')).toBe('Luc Steensels');
  });
  it('takes no unmarked line that is not a person’s name, nor one above the heading', () => {
    expect(reviewer('<h1>Soucouyant</h1><div>Tags</div>')).toBeNull();
    expect(reviewer('<h1>Soucouyant</h1><div>Recensioni Libri</div>')).toBeNull();
    expect(reviewer('<div>Patty Osborne</div><h1>Soucouyant</h1>')).toBeNull();
  });
});

describe('a blog post’s meta line or footer', () => {
  const posted = (meta: string) =>
    extractReview(page(`<main><article><h1>Soucouyant</h1>${PROSE}<div class="${meta}</div></article></main>`), 'https://example.org/2019/04/soucouyant').review
      .reviewer;
  it('reads who posted the review, a date or a time around the name', () => {
    expect(posted('post-footer">Posted by Pat Koelmel at 7:05 PM 2 comments')).toBe('Pat Koelmel');
    expect(posted('entry-meta">Publié le 3 mars 2019 par Yves Martin')).toBe('Yves Martin');
    expect(posted('articlefooter">Posté par Philippe Dester à 06:17 - - Commentaires [7]')).toBe('Philippe Dester');
  });
  it('takes no name where the line does not say it was posted by them', () => {
    expect(posted('post-footer">Labels: Patty Osborne')).toBeNull();
    expect(posted('entry-meta">Posted in Reviews')).toBeNull();
  });
});
