/**
 * A shop's or a publisher's page names a book's authors as links to their own pages, on a line
 * of their own beside the title: `<a href="/autor/hans-mueller">Hans Müller</a>` under it,
 * `<h2><a href="/yazar/ali-veli">Ali Veli</a></h2>`, the name set right above it, `von <a>…</a>`,
 * `<a>Jane Smith</a> (Author)`. The link's target confirms the name as a person's page: its path
 * spells the name, or is a folder of authors.
 */
import { hrefOf, type Line } from './lines';
import { isLoneName } from './normalize/names';
import { decoded } from './signals';
import { clean, fold } from './text';

export interface LinkedAuthors {
  names: string[];
  line: number;
  quote: string;
}

/** Lines looked at around the title, nearest first: under it, then the one above. */
const AROUND = [1, 2, -1, 3];
const MAX_LINE = 200;
/** The name of a folder of people's pages in an address (`/autor/`, `/authors/`, `/yazar/`, `/avtor/`). */
export const AUTHOR_FOLDER_NAMES =
  'authors?|autor(?:en|es|as|a|in|e)?|auteurs?|autori?|autrices?|yazar(?:lar)?|avtor[iy]?|writers?|contributors?|persons?|people|personen';
const AUTHOR_FOLDER = new RegExp(`\\/(?:${AUTHOR_FOLDER_NAMES})(?:\\/|[-_]|$)`, 'i');
/** A folder of things a shop files its books by, whose pages are named like people (`/series/penguin-classics`). */
const OTHER_FOLDER =
  /\/(?:categor(?:y|ies|ia|ie)|genres?|series|serie|collections?|collana|koleksiyon|seri|tags?|subjects?|themes?|topics?|publishers?|verlage?|editoriales?|editoras?|yayinevi|brands?|imprints?|shop|store|c|b)\//i;
/** What a line may hold besides the names: separators, a `by` word, the role `(Author)`. */
const LEFTOVER =
  /^(?:[\s,;&·|/:]|(?<![\p{L}])(?:by|von|di|de|par|por|door|av|от|and|und|et|y|e|ve|и)(?![\p{L}])|\((?:author|authors|autor|autorin|autora|auteur|autrice|autore|yazar|автор)\))*$/iu;

/** The path of a link's target, folded, or '' (a fragment or a script is no page). */
function pathOfHref(href: string | null): string {
  if (!href || /^(?:#|javascript:|mailto:)/i.test(href.trim())) return '';
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(href)?.[1] ?? href.split(/[?#]/)[0] ?? '';
  return fold(decoded(path));
}

/** The target is the person's own page: its path spells the name, or files it among authors. */
function personsPage(href: string | null, name: string): boolean {
  const path = pathOfHref(href);
  if (!path) return false;
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const spelled = words.length >= 2 && new RegExp(words.join('[-_+.]+'), 'u').test(path.replace(/%20/g, '-'));
  return AUTHOR_FOLDER.test(path) || (spelled && !OTHER_FOLDER.test(path));
}

/** The names a line gives as links to their pages and nothing else, or null. */
function namesOfLine(line: Line): string[] | null {
  if (!line.links?.length || line.links.length > 6 || line.text.length > MAX_LINE) return null;
  const names: string[] = [];
  let rest = '';
  let at = 0;
  for (const l of line.links) {
    const name = clean(line.text.slice(l.s, l.e));
    if (!isLoneName(name) || !personsPage(hrefOf(l), name)) return null;
    names.push(name);
    rest += line.text.slice(at, l.s);
    at = l.e;
  }
  rest += line.text.slice(at);
  return LEFTOVER.test(rest) ? names : null;
}

/** The authors the lines around the heading at `headingIndex` link to, or null. */
export function linkedAuthors(lines: readonly Line[], headingIndex: number, used: ReadonlySet<number>): LinkedAuthors | null {
  for (const d of AROUND) {
    const i = headingIndex + d;
    const line = lines[i];
    if (!line || used.has(i) || line.quoted || (line.h > 0 && d < 0)) continue;
    const names = namesOfLine(line);
    if (names) return { names, line: i, quote: clean(line.text) };
  }
  return null;
}
