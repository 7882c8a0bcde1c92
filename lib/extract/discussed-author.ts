/**
 * The person a review talks about as its work's author, where no sentence says `by A`: a full
 * name written beside a word for a book or a writer (or the work's title), whose family name the
 * prose then uses on its own (`…Erzähler seiner Generation, Daniel Kehlmann, seinen neuen Helden
 * Tyll…` / `…bezeugt Kehlmann…`; `романа Евдокимова` / `Алексей Евдокимов`). Reviews call a book's
 * author by the family name; they call its characters by their first names.
 */
import type { Line } from './lines';
import { isGivenName } from './normalize/given-names';
import { isPersonName } from './page-info';
import { isProse } from './summary';
import { fold } from './text';
import { escapeRegExp } from '../escape-regexp';

/** Lines read: a review names its author early. */
const WINDOW = 40;
const MAX_TEXT = 3000;
/** Characters either side of a name searched for a word for a book or a writer. */
const NEAR = 60;
/** Names looked at at most, so that a page of many names costs little. */
const MAX_CANDIDATES = 12;
/**
 * A given name, perhaps a second one or an initial, a particle, then a family name. Not `der`:
 * German's article sits between two capitalised nouns (`der Begriff der Resilienz`).
 */
const FULL_NAME =
  /(?<![\p{L}.'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+))?(?:\s+(?:de|van|von|da|di|du|le|la))?)\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
/**
 * Words that open a sentence or a phrase in one language and are given names in another (`Ben`
 * is Turkish `I`, `Per`, `Una` and `Nella` Italian words): the list of given names lets them pass.
 */
const NOT_GIVEN = /^(?:Nella|Per|El|Una|Al|Uma|Şu|Ama|Ben)$/u;
/** Words for a book or its writer in the languages read. */
const BOOK_OR_WRITER =
  /(?:book|novel|memoir|stories|author|writer|novelist|debut|livre|roman|récit|auteur|autrice|écrivain|libro|novela|relatos|autor|autora|escritor|escritora|romanzo|racconti|autore|scrittore|scrittrice|livro|romance|contos|Buch|Bücher|Erzähler|Schriftsteller|Autorin|kitap|roman|öykü|yazar|книг|роман|повест|рассказ|писател|автор)/iu;

export interface DiscussedAuthor {
  author: string;
  quote: string;
}

/**
 * The first full name in the review's first paragraphs that stands beside a word for a book or a
 * writer (or beside `title`), and whose family name the prose uses again on its own.
 */
export function readDiscussedAuthor(lines: readonly Line[], skip: (i: number) => boolean, title: string | null): DiscussedAuthor | null {
  const prose: string[] = [];
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i) || !isProse(l.text)) continue;
    prose.push(l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text);
  }
  const want = title && title.length >= 3 ? fold(title) : null;
  let looked = 0;
  for (const text of prose) {
    for (const m of text.matchAll(FULL_NAME)) {
      if (++looked > MAX_CANDIDATES) return null;
      const [given, family] = [m[1] ?? '', m[2] ?? ''];
      const name = `${given} ${family}`;
      // The words right around the name, not the paragraph's: a paragraph names many people.
      const around = text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
      const context = BOOK_OR_WRITER.test(around) || (!!want && fold(around).includes(want));
      // Any two capitalised words beside a book word read so (`Eastern Europe`, `Summerset Abbey`):
      // a known given name opens a person's, else the review keeps naming them in full.
      const opening = given.split(/\s+/)[0] ?? '';
      if (!context || NOT_GIVEN.test(opening) || !isPersonName(name)) continue;
      if (!isGivenName(opening) && !namedAgainInFull(prose, m[0])) continue;
      if (aloneElsewhere(prose, given, family)) return { author: name, quote: m[0] };
    }
  }
  return null;
}

/** Times a name without a known given name is written in full before it counts as a person's. */
const FULL_AGAIN = 3;

function namedAgainInFull(prose: readonly string[], name: string): boolean {
  let n = 0;
  for (const t of prose) for (let at = t.indexOf(name); at >= 0 && n < FULL_AGAIN; at = t.indexOf(name, at + name.length)) n++;
  return n >= FULL_AGAIN;
}

/** The family name on its own (its case endings allowed: `Kehlmanns`, `Евдокимова`), not after the given name. */
function aloneElsewhere(prose: readonly string[], given: string, family: string): boolean {
  const stem = family.length > 5 ? family.slice(0, -1) : family;
  const last = given.split(/\s+/).at(-1) ?? given;
  const re = new RegExp(`(?<![\\p{L}])(?<!${escapeRegExp(last)}\\s+)${escapeRegExp(stem)}\\p{Ll}{0,3}(?![\\p{L}])`, 'u');
  return prose.some((t) => re.test(t));
}
