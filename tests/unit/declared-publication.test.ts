/**
 * A page that declares itself one publication's (og:type `book`, citation or Dublin Core meta
 * tags) or gives its ISBN is asked about though its text names no author: a shop's, a catalogue's or a journal's
 * page of one book or article often shows only its title and description.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractWithEvidence } from '../../lib/extract';
import { ruledOut } from '../../lib/extract/classify';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const description =
  '<p>Emerson Clarke can’t remember a time when she felt in control. After her father’s funeral she steals his vintage typewriter and tests its keys by typing out a frivolous wish. When it comes true the very next morning, she learns that every wish has its price.</p>';

function judged(head: string, body: string) {
  const { extraction, evidence } = extractWithEvidence(
    page(body, head, 'https://example.org/books/unwritten-rules-of-magic'),
    'https://example.org/books/unwritten-rules-of-magic',
  );
  if (!evidence) throw new Error('no evidence gathered');
  return { extraction, out: ruledOut(evidence).out };
}

describe('a page that declares itself one publication’s', () => {
  it('is asked about under og:type book though no author is named', () => {
    const { extraction, out } = judged(
      '<meta property="og:type" content="book"><meta property="og:title" content="The Unwritten Rules of Magic">',
      `<main><h1>The Unwritten Rules of Magic</h1>${description}</main>`,
    );
    expect(out).toBe(false);
    expect(extraction.work.title).toBe('The Unwritten Rules of Magic');
    expect(extraction.work.authors).toEqual([]);
  });
  it('is asked about under citation meta tags though no author is named', () => {
    const { out } = judged(
      '<meta name="citation_title" content="Цифровой репозиторий Южного федерального университета"><meta name="citation_doi" content="10.24108/2658-3143-2021-4-3-82-93"><meta name="citation_journal_title" content="Наука и научная информация">',
      `<main><h1>Цифровой репозиторий Южного федерального университета</h1><p>Аннотация</p>${description}</main>`,
    );
    expect(out).toBe(false);
  });
  it('is asked about where it gives the work’s ISBN though no author is named', () => {
    const { extraction, out } = judged('', `<main><h1>The Unwritten Rules of Magic</h1><p>ISBN: 978-1-250-32372-9</p>${description}</main>`);
    expect(extraction.work.isbn).toBe('978-1-250-32372-9');
    expect(out).toBe(false);
  });
  it('is ruled out, as before, with neither declaration nor anyone responsible', () => {
    const { out } = judged('<meta property="og:type" content="article">', `<main><h1>The Unwritten Rules of Magic</h1>${description}</main>`);
    expect(out).toBe(true);
  });
});
