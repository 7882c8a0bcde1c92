/**
 * The work a review's opening sentence names with its author: a title in capitals, `by`, a full
 * name, then the sentence's verb (`Scar on the Moon by Sandesh Raj is an absorbing crime thriller`,
 * `Calculating God by Robert Sawyer has an interesting premise`); the name, then the quoted title,
 * then the sentence's end (`Анна Старобинец "Лисьи броды". Роман, который…`); the writer telling
 * in the quoted work (`In "Sieben Jahre" erzählt Peter Stamm…`); or a line of its own before the
 * prose that is the name, a colon and the title (`Puk Qvortrup: Ind i en stjerne.`). A blogger
 * whose heading gives only the book's title, or something else (`Monday musings`), opens the
 * review so.
 */
import type { Line } from './lines';
import { firstInOpening } from './opening-writer';
import { isPersonName, NAME_QUOTED_TITLE } from './page-info';
import { lazy } from '../lazy';
import { startsWithGivenName } from './normalize/given-names';
import { authorInProse } from './signals';

const NONE: ReadonlySet<number> = new Set();

export interface OpeningTitleBy {
  title: string;
  author: string;
  quote: string;
}

/** The opening sentences are what is read; the name is looked for at their start. */
const MAX_TEXT = 600;

/** Small words a title keeps in lower case between its capitalised ones. */
const SMALL = 'a|an|the|of|in|on|and|to|for|at|with|from|or|but|as|into|upon|is|be|are|&';
/** A title: capitalised words (numbers, a colon or comma inside), the small words between them. */
const TITLE = `\\p{Lu}[\\p{L}\\d'’:,-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'’:,-]*|(?:${SMALL})(?=\\s))){0,12}?`;
/** A person's full name: two or three capitalised words (an initial among them), with the particles names carry. */
const FULL_NAME = "\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:(?:de|da|del|di|du|van|von|der|le|la)\\s+)?\\p{Lu}[\\p{L}'’-]*\\.?){1,2}";
/**
 * The sentence's verb right after the name: an auxiliary, or a verb in the third person or the
 * past (`tells`, `follows`, `explored`). A credit goes on with a preposition (`Photo by A on
 * Unsplash`), a list's entry with its date or price, neither with a verb.
 */
const VERB = "(?:is|was|has|had|will|can|does|did|\\p{Ll}{3,}(?:s|ed))(?![\\p{L}'’])";
/** Another maker credited after the author (`… by Lorraine Norwood and narrated by Tracy Russell is …`). */
const OTHER_CREDIT = `and\\s+(?:narrated|read|illustrated|translated)\\s+by\\s+${FULL_NAME},?`;
/** At the paragraph's start or a sentence's, the title (maybe quoted), `by`, the name, the verb. */
const OPENING = lazy(() => new RegExp(`(?:^|[.!?]\\s+)[«“"‘]?(${TITLE})[»”"’]?,?\\s+by\\s+(${FULL_NAME}),?(?:\\s+${OTHER_CREDIT})?\\s+${VERB}`, 'u'));
/** Verbs of telling, in the languages read, whose subject is the writer and whose setting the quoted work is. */
const TELLS =
  '(?:tells|writes|explores|describes|follows|recounts|portrays|erzählt|beschreibt|schildert|porträtiert|entwirft|raconte|décrit|dépeint|explore|retrace|narra|cuenta|relata|describe|explora|racconta|descrive|esplora|conta|descreve)';
/**
 * `In "Sieben Jahre" erzählt Peter Stamm von…`, `Dans « L'Anomalie », Hervé Le Tellier raconte…`:
 * in the quoted work, the writer tells; German puts the verb before its subject.
 */
const IN_QUOTED_WORK = lazy(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)(?:In|Dans|En|Em)\\s+[«“„"‘]\\s?(\\p{Lu}[^«»“”„"\\n]{1,80}?)\\s?[»”“"’],?\\s+(?:${TELLS}\\s+(${FULL_NAME})|(${FULL_NAME}),?\\s+${TELLS})(?![\\p{L}])`,
      'u',
    ),
);
/** Words that open a sentence and are no title's (`But`, `This`, `Last week`): the work is named, not talked about. */
const NOT_TITLE =
  /^(?:but|and|then|so|yet|when|while|as|if|this|that|these|those|it|i|we|my|our|his|her|their|last|next|written|published|edited|illustrated|translated|photo|photograph|image|posted|reviewed|narrated|read)(?:\s|$)/iu;

const MAX_LEAD = 120;
/** `Puk Qvortrup: Ind i en stjerne.`: a whole line, a short title after the colon and nothing after it. */
const NAME_COLON_TITLE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s?:\s+(\p{Lu}[^:.!?;\n]{1,80})[.!]?$/u;

/** Short lines read before the opening's first paragraph of prose. */
const LEAD_LINES = 4;

export function readOpeningTitleBy(lines: readonly Line[], from: number, skip: (i: number) => boolean): OpeningTitleBy | null {
  return leadNameColonTitle(lines, from, skip) ?? firstInOpening(lines, from, skip, MAX_TEXT, titleByOn);
}

/** The name and title a short line standing before the review's prose gives as `Name: Title.` */
function leadNameColonTitle(lines: readonly Line[], from: number, skip: (i: number) => boolean): OpeningTitleBy | null {
  for (let i = Math.max(0, from), n = Math.min(lines.length, from + LEAD_LINES); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || l.text.length > MAX_LEAD) return null;
    if (l.quoted || skip(i)) continue;
    const m = NAME_COLON_TITLE.exec(l.text.trim());
    // A person the review goes on to speak of, not a label's `Posted Monday: …`.
    if (m?.[1] && m[2] && isPersonName(m[1]) && startsWithGivenName(m[1]) && authorInProse(lines, NONE, [m[1]]))
      return { title: m[2].trim(), author: m[1], quote: m[0] };
  }
  return null;
}

function titleByOn(text: string): OpeningTitleBy | null {
  const named = NAME_QUOTED_TITLE.exec(text);
  if (named?.[1] && named[2] && isPersonName(named[1])) return { title: named[2].trim(), author: named[1], quote: named[0].trim() };
  const told = IN_QUOTED_WORK().exec(text);
  const teller = (told?.[2] ?? told?.[3])?.trim();
  if (told?.[1] && teller && isPersonName(teller)) return { title: told[1].trim(), author: teller, quote: told[0].trim() };
  const m = OPENING().exec(text);
  const title = m?.[1]?.replace(/[,:]$/, '').trim();
  const author = m?.[2]?.trim();
  if (!m || !title || !author || NOT_TITLE.test(title) || title.length < 2) return null;
  return isPersonName(author) ? { title, author, quote: m[0].trim() } : null;
}
