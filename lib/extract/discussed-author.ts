/**
 * The person a review talks about as its work's author, where no sentence says `by A`: a full
 * name written beside a word for a book or a writer (or the work's title), whose family name the
 * prose then uses on its own (`…Erzähler seiner Generation, Daniel Kehlmann, seinen neuen Helden
 * Tyll…` / `…bezeugt Kehlmann…`; `романа Евдокимова` / `Алексей Евдокимов`). Reviews call a book's
 * author by the family name; they call its characters by their first names.
 */
import type { Line } from './lines';
import { isLoneName } from './normalize/names';
import { namesOnly } from './page-info';
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
/** Words that start a sentence or a phrase, not a name (`Der Roman`, `Dans Paris`). */
const NOT_GIVEN =
  /^(?:The|This|That|These|His|Her|Their|Our|My|In|On|At|Of|For|From|With|By|As|And|But|When|While|After|Before|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Im|Am|Mit|Von|Zum|Zur|Auf|Aus|Bei|Nach|Wie|Und|Aber|Le|La|Les|Un|Une|Dans|Avec|Pour|Sur|Par|Chez|Il|Lo|Gli|Nel|Nella|Con|Per|Da|El|Los|Las|Uno|Una|En|Del|Al|Em|No|Na|Os|As|Um|Uma|Bu|Şu|Ve|Bir|Hem|Ama|Ben|Sen|Biz|Siz|Yine|Hatta|Ancak|Sonra|Daha|Для|Это|Его|Ее|Её|Как|Когда|Но|И|В|На|Из|По|От|До|За)$/u;
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
      if (!context || NOT_GIVEN.test(given.split(/\s+/)[0] ?? '') || !isLoneName(name) || !namesOnly(name)) continue;
      if (aloneElsewhere(prose, given, family)) return { author: name, quote: m[0] };
    }
  }
  return null;
}

/** The family name on its own (its case endings allowed: `Kehlmanns`, `Евдокимова`), not after the given name. */
function aloneElsewhere(prose: readonly string[], given: string, family: string): boolean {
  const stem = family.length > 5 ? family.slice(0, -1) : family;
  const last = given.split(/\s+/).at(-1) ?? given;
  const re = new RegExp(`(?<![\\p{L}])(?<!${escapeRegExp(last)}\\s+)${escapeRegExp(stem)}\\p{Ll}{0,3}(?![\\p{L}])`, 'u');
  return prose.some((t) => re.test(t));
}
