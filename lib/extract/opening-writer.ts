/**
 * The writer a review's opening names as such: a person's full name as the subject of a verb of
 * writing in one of the first paragraphs under the heading (`Claire-Louise Bennett escreve uma
 * obra…`, `Wieder einmal beweist Ursula Poznanski, dass sie Thriller schreiben kann`,
 * `…agradecendo a Stephanie Garber por ter escrito essa fantasia`). A blogger who heads a post with
 * the book's title alone names its author so, and often nowhere else.
 */
import type { Line } from './lines';
import { isPersonName } from './page-info';
import { lazy } from '../lazy';

export interface OpeningWriter {
  author: string;
  quote: string;
}

/** Paragraphs of prose read under the heading: the opening, where a review says whose book it is. */
const OPENING_PARAGRAPHS = 3;
/** Lines looked through for them. */
const WINDOW = 12;
/** A paragraph of prose, not a caption or a line of facts: words in lower case and some length. */
const PROSE_MIN = 60;
const MAX_TEXT = 1500;

/**
 * Two or three capitalised words, with the particles names carry: a person's full name. Narrower
 * than prose-mention's NAME (no initials, no fourth word) because the writer found here opens the
 * author gate on its own, and the wider shape reads runs of capitalised nouns (German prose) as names.
 */
const FULL_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|do|dos|da|del|della|di|du|van|von|der|den|la|le)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,2}";
/** Verbs of writing, of a subject in the present or the past, and their participles after an auxiliary. */
const WRITES =
  '(?:writes|wrote|has\\s+written|penned|escreve|escreveu|ter\\s+escrito|tem\\s+escrito|escribe|escribió|ha\\s+escrito|écrit|a\\s+écrit|écrivait|scrive|scrisse|ha\\s+scritto|schreibt|schrieb|geschrieben|schreiben|schrijft|schreef|heeft\\s+geschreven|skriver|skrev|har\\s+skrivit|har\\s+skrevet|pisze|napisał[ao]?|píše|napsal[ao]?|пишет|написал[аи]?|yazıyor|yazdı|yazmış)';
/**
 * The name, then the verb in the same clause: a few words between (an apposition, `dass sie
 * Thriller`), no sentence's end, quotation or colon.
 */
const NAME_WRITES = lazy(() => new RegExp(`(${FULL_NAME})(?:['’]s)?([^.!?;:«»“”"]{0,40}?)\\s${WRITES}(?![\\p{L}])(\\s*[:“"«,–—-]|\\s*$)?`, 'u'));
/** `Morris Dickstein of the New York Times wrote`: a critic and the paper they write for, quoted. */
const AFFILIATION = /\b(?:of|at|for|from|in)\s+(?:the\s+)?\p{Lu}/u;
/** A closing quotation right before the name: `…lacking,” writes A` turned round, a quoted critic. */
const QUOTE_BEFORE = /[”"»]\s*,?\s*$/u;
/** `Eine Autorin, die ich schätze, schrieb`: a person spoken of, not named. */
export const DETERMINER_FIRST =
  /^(?:the|an?|this|that|my|our|eine?[mnrs]?|die|der|das|diese[mnrs]?|meine?|uma?|esta|este|minha|meu|una?|une|cette|ce|ma|mon|la|le|el|il|lo|questa|questo|mia|mio|bir|bu|эт[аот])\s/iu;
/** Words that open a sentence but are no part of a name (`But Owen Sheers`). */
const SENTENCE_WORD = /^(?:but|and|then|so|yet|when|while|as|if|aber|und|doch|mas|pero|mais|ma|et|e|y|ve|ama|но|и)\s+/iu;

export function readOpeningWriter(lines: readonly Line[], from: number, skip: (i: number) => boolean): OpeningWriter | null {
  return firstInOpening(lines, from, skip, MAX_TEXT, writerOn);
}

/** What `read` finds first in the opening paragraphs under the heading (each cut to `maxText`), or null. */
export function firstInOpening<T>(
  lines: readonly Line[],
  from: number,
  skip: (i: number) => boolean,
  maxText: number,
  read: (text: string) => T | null,
): T | null {
  let paragraphs = 0;
  for (let i = Math.max(0, from), n = Math.min(lines.length, from + WINDOW); i < n && paragraphs < OPENING_PARAGRAPHS; i++) {
    const l = lines[i];
    // The next heading ends the opening: what stands under it is another section's, or another book's.
    if (l === undefined || l.h) break;
    if (l.quoted || skip(i) || l.text.length < PROSE_MIN || !/\p{Ll}{2,}/u.test(l.text)) continue;
    paragraphs++;
    const found = read(l.text.length > maxText ? l.text.slice(0, maxText) : l.text);
    if (found) return found;
  }
  return null;
}

function writerOn(text: string): OpeningWriter | null {
  const m = NAME_WRITES().exec(text);
  if (!m?.[1] || m[3] !== undefined || AFFILIATION.test(m[2] ?? '') || QUOTE_BEFORE.test(text.slice(0, m.index))) return null;
  const name = m[1].replace(SENTENCE_WORD, '').trim();
  return !DETERMINER_FIRST.test(name) && isPersonName(name) ? { author: name, quote: m[0].trim() } : null;
}
