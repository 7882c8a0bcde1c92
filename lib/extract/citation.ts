/** A citation of a work as a line of a page states it: each field with the part of the line it was read from. */
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
