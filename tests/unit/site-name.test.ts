/** The review's site name where the page has no site-name meta tag. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const BODY =
  '<h1>Think Tanks and Policy Advice in the United States</h1><main><p>Think Tanks and Policy Advice in the United States. Academics, Advisors and Advocates, by Andrew Rich, Cambridge University Press, 2004. The book asks how think tanks shaped the debates of the last thirty years.</p></main>';
const siteName = (top: string, title = 'Think Tanks and Policy Advice - [PDF Document]') =>
  extractReview(
    page(`${top}${BODY}`, `<title>${title}</title>`, 'https://pdfslide.us/documents/think-tanks.html'),
    'https://pdfslide.us/documents/think-tanks.html',
  ).review.siteName;

describe('the site name', () => {
  it('takes the front-page link a page opens with, and not a file sharing title’s `[PDF Document]`', () => {
    expect(siteName('<div class="bar"><a href="/">pdfslide.us</a> <a href="/upload">Upload</a></div>')).toBe('pdfslide.us');
    expect(siteName('', 'Think Tanks and Policy Advice - PDF Free Download')).toBeNull();
  });
  it('takes no front-page link after the heading or in a list (a blog’s archive)', () => {
    expect(siteName('')).toBeNull();
    const archive = extractReview(
      page(`${BODY}<ul><li><a href="/">dicembre 2022</a></li></ul>`, '<title>Think Tanks</title>', 'https://pdfslide.us/d.html'),
      'https://pdfslide.us/d.html',
    );
    expect(archive.review.siteName).toBeNull();
  });
});
