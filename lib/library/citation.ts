import type { Work } from '../extract/schema';

/**
 * A plain reference for the clipboard: author, year, title, place, publisher, pages, in the
 * order most styles use. Names are written as the page gives them: turning "Aigerim Sadykova"
 * into "Sadykova, A." guesses wrong for organisations and for names written family-name first.
 */
export function formatReference(work: Work, fallbackTitle?: string): string {
  const names = [...work.authors];
  const authors = names.length > 2 ? `${names.slice(0, -1).join(', ')} & ${names.at(-1)}` : names.join(' & ');
  const year = work.date?.match(/\d{4}/)?.[0];
  const title = (work.title ?? fallbackTitle ?? '').trim();
  const head = [authors || null, year ? `(${year})` : authors ? '(n.d.)' : null].filter(Boolean).join(' ');
  const imprint = [work.place, work.publisher].filter(Boolean).join(': ');
  const parts = [head, title, imprint, work.pages ? `${work.pages} pp.` : ''];
  // Each part ends with a full stop, unless it ends with its own punctuation.
  const out = parts
    .filter(Boolean)
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
  const id = work.doi ? `https://doi.org/${work.doi}` : work.isbn ? `ISBN ${work.isbn}` : null;
  return id ? `${out} ${id}` : out;
}
