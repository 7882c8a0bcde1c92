/** A citation of a work as a line of a page states it: each field with the part of the line it was read from. */
import { findDoi, findIsbn } from './normalize/ids';
import { splitNames } from './normalize/names';

export interface Quoted<T> {
  value: T;
  quote: string;
}

export interface Citation {
  title: Quoted<string> | null;
  authors: Quoted<string[]> | null;
  editors: Quoted<string[]> | null;
  place: Quoted<string> | null;
  publisher: Quoted<string> | null;
  date: Quoted<string> | null;
  pages: Quoted<number> | null;
  isbn: Quoted<string> | null;
  doi: Quoted<string> | null;
  /** The reviewer, when the line ends by naming them (`… 320 S. Besprochen von Thomas Olechowski.`). */
  reviewer: Quoted<string> | null;
  /** How many citation signals the line has. */
  score: number;
  /** The whole line, whitespace-normalised. */
  text: string;
}

export function emptyCitation(text: string, score: number): Citation {
  return {
    title: null,
    authors: null,
    editors: null,
    place: null,
    publisher: null,
    date: null,
    pages: null,
    isbn: null,
    doi: null,
    reviewer: null,
    score,
    text,
  };
}

/** The people a part of the line names, as editors where the part or the caller marks them so; false when it names none. */
export function setPeople(c: Citation, raw: string, editors = false): boolean {
  const list = splitNames(raw);
  if (!list.names.length) return false;
  const q: Quoted<string[]> = { value: list.names, quote: raw.trim() };
  if (editors || list.editors) c.editors = q;
  else c.authors = q;
  return true;
}

/** The ISBN and the DOI anywhere in the line. */
export function setIdentifiers(c: Citation, t: string): void {
  const isbn = findIsbn(t);
  if (isbn) c.isbn = { value: isbn.isbn, quote: t.slice(isbn.start, isbn.end) };
  const doi = findDoi(t);
  if (doi) c.doi = { value: doi, quote: doi };
}
