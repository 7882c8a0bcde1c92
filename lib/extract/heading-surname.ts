/**
 * A newspaper's heading that names the work by its quoted title and its author by the family
 * name alone, then goes on as a headline: `“Anéantir” de Houellebecq n’est pas un grand cru`,
 * `„Tyll“ von Kehlmann: ein Schelmenroman`, `«Patria» de Aramburu, la novela del año`. The
 * review's prose gives the full name (`Michel Houellebecq signe avec “Anéantir”…`); without it
 * the family name is not offered, since a headline's word after `de` may be anything.
 */
import type { Line } from './lines';
import { isPersonName } from './page-info';
import { proseHas } from './signals';
import { cleanValue } from './text';
import { escapeRegExp } from '../escape-regexp';

export interface HeadingSurname {
  title: string;
  people: string;
}

/** A quoted title, `de`/`von`/`by`, a family name, then the end, a stop, a comma, a colon or more words. */
const QUOTED_BY_FAMILY = /[«“"„‘]([^«»“”"„]{2,150})[»”"“’],?\s+(?:de|di|da|del|by|von|par|por)\s+(\p{Lu}[\p{L}'’-]{2,30})(?=$|[\s:,.;!?])/u;
/** Words that start a sentence or name a thing before a family name, not a given name. */
const NOT_GIVEN =
  /^(?:The|This|That|In|On|At|Of|For|With|By|And|But|Mr|Mrs|Ms|Der|Die|Das|Den|Des|Ein|Eine|Mit|Von|Und|Le|La|Les|Un|Une|Dans|Avec|Pour|Par|Chez|Et|Il|Lo|Nel|Con|Per|El|Los|Las|En|Del|Al|Em|No|Na|Os|As)$/u;

export function readHeadingSurname(text: string, lines: readonly Line[], used: ReadonlySet<number>): HeadingSurname | null {
  const m = QUOTED_BY_FAMILY.exec(text);
  const [title, family] = [m?.[1] ? cleanValue(m[1]) : '', m?.[2] ?? ''];
  if (!title || !family || !/^[\p{Lu}\p{N}]/u.test(title)) return null;
  const people = fullNameInProse(lines, used, family);
  return people ? { title, people } : null;
}

/** `Michel Houellebecq`: one to three capitalised given names (or initials) right before the family name. */
function fullNameInProse(lines: readonly Line[], used: ReadonlySet<number>, family: string): string | null {
  const re = new RegExp(
    `(?<![\\p{L}.'’-])((?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)(?:[\\s-]+(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)){0,2})\\s+${escapeRegExp(family)}(?![\\p{L}])`,
    'gu',
  );
  let found: string | null = null;
  proseHas(lines, used, (t) => {
    for (const m of t.matchAll(re)) {
      const given = m[1] ?? '';
      const name = `${given} ${family}`;
      if (!NOT_GIVEN.test(given.split(/[\s-]+/)[0] ?? '') && isPersonName(name)) {
        found = name;
        return true;
      }
    }
    return false;
  });
  return found;
}
