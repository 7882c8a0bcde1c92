/**
 * The book's notice set after a review's text, as bulletins and magazines close a capsule: the
 * author's name on a line of its own beside the title or the imprint (`Michel Houellebecq` /
 * `Anéantir Flammarion 736 P.`, `Ce genre de choses n’arrive jamais` / `WALTARI Mika`).
 */
import type { Line } from './lines';
import { isPersonName } from './page-info';
import { authorInProse } from './signals';
import { isProse } from './summary';
import { nameCase } from './text';

export interface EndCapsule {
  author: string;
  line: number;
}

/** Lines read after the review's last paragraph: a notice is short. */
const AFTER = 3;
/** Lines read for the review's paragraphs: a capsule review is short too. */
const WINDOW = 60;
/** A name on its own line: two to four words. */
const MAX_NAME = 50;
/** A title's or an imprint's line beside it. */
const MAX_BESIDE = 120;
/** `WALTARI Mika`, `LE TELLIER Hervé`: the family name in capitals first, as bulletins set it. */
const FAMILY_FIRST = /^(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})*)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)$/u;

export function readEndCapsule(lines: readonly Line[], used: ReadonlySet<number>): EndCapsule | null {
  const last = lastParagraph(lines, used);
  if (last < 0) return null;
  for (let i = last + 1; i <= last + AFTER && i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.h || used.has(i)) continue;
    const author = nameLine(l.text.trim());
    // The person the review talked about, beside a line that is not another name: a reviewer
    // signs with a name the text never uses, and a name alone is a signature.
    if (author && authorInProse(lines, used, [author]) && (beside(lines, i - 1) || beside(lines, i + 1))) return { author, line: i };
  }
  return null;
}

/** The index of the last paragraph of prose among the first lines, or -1. */
function lastParagraph(lines: readonly Line[], used: ReadonlySet<number>): number {
  let last = -1;
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l && !l.h && !used.has(i) && !l.quoted && isProse(l.text)) last = i;
  }
  return last;
}

function nameLine(t: string): string | null {
  if (t.length > MAX_NAME) return null;
  const shouted = FAMILY_FIRST.exec(t);
  if (shouted?.[1] && shouted[2]) {
    return `${shouted[2]} ${nameCase(shouted[1])}`;
  }
  return isPersonName(t) && t.split(/\s+/).length >= 2 ? t : null;
}

/** A short line that is no name and no paragraph: the title, or the imprint. */
function beside(lines: readonly Line[], i: number): boolean {
  const t = lines[i]?.text.trim() ?? '';
  return t.length >= 2 && t.length <= MAX_BESIDE && !isProse(t) && !nameLine(t) && /^[\p{Lu}\p{N}«“"„]/u.test(t);
}
