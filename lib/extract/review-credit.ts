/**
 * A line of the page's text that credits the review to a person, as a sub-heading or a line of
 * its own sets it: `Buchkritik von Stefanie Rufle`, `Compte rendu par Alexis Richard`,
 * `Critique de Margorito`, `Spy Book Review by Shane ‘C’ Whaley – Station V`,
 * `Recensione a cura di Silvia M.`, `Рецензия от Ивана Петрова`.
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { personAmong, personName } from './normalize/names';
import { isPersonName } from './page-info';
import { clean, fold } from './text';

/** Lines read: the credit stands above the review's text or right after it. */
const WINDOW = 150;
/** A credit is a short line: the noun, the by-word, a name and perhaps the site after a dash. */
const MAX_LINE = 100;

/** Nouns for a written review, in the languages read, that a by-word turns into a credit. */
const NOUN =
  '(?:buchkritik|kritik|rezension|buchbesprechung|besprechung|review|recensione|recensión|reseña|resenha|critique|compte[- ]rendu|chronique|рецензия|рецензию|inceleme|eleştiri)';
/** The by-words after the noun; `de`/`di` also say `of`, which the name test tells apart. */
const BY = "(?:von|by|di|a cura di|de|d[’']|par|por|door|от|yazan)";
/**
 * Up to three words before the noun (`Eine Rezension von`, `Spy Book Review by`), the noun, the
 * by-word, the name (group 1), then perhaps a dash and the site or the book after it.
 */
const CREDIT = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,3}?${NOUN}\\s+${BY}\\s*(\\p{Lu}[\\p{L}.'’‘"“”-]*(?:\\s+[\\p{L}.'’‘"“”-]+){0,4}?)\\s*(?:$|[:–—|]|\\s-\\s)`,
  'iu',
);
/** A nickname in quotes between a given name and a family name (`Shane ‘C’ Whaley`). */
const NICKNAME = /\s+[‘'"“][^‘'"“”’\s]{1,15}[’'"”](?=\s)/gu;

/** The reviewer a credit line names, or null. */
export function creditedReviewer(text: string): string | null {
  const t = clean(text);
  if (t.length > MAX_LINE) return null;
  const m = CREDIT.exec(t);
  const raw = m?.[1]?.replace(NICKNAME, '').replace(/[.,;:]+$/, '');
  if (!raw) return null;
  // A pseudonym of one word (`Margorito`) as a review site credits its members; else a person's full name.
  const name = /\s/.test(raw) ? personName(raw) : raw;
  if (/\s/.test(name) ? !isPersonName(name) : !/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return null;
  return name;
}

/**
 * Offers the reviewer a credit line names, among the page's first lines inside the main content;
 * never a person the page gives as the work's author or editor, nor words of the work's title.
 */
export function offerReviewCredit(lines: readonly Line[], root: Element | null, workPeople: readonly string[], fs: FieldSet): void {
  if (fs.str('review.reviewer')) return;
  const ofWork = personAmong(workPeople);
  // `Reseña de Patria`: after `de` or `di`, the work's own title reads as a pseudonym.
  const title = fold(fs.str('work.title') ?? '');
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (!l || l.text.length > MAX_LINE || (root && !root.contains(l.block))) continue;
    const name = creditedReviewer(l.text);
    if (!name || ofWork(name) || (title && title.includes(fold(name)))) continue;
    fs.offer('review.reviewer', name, 'content', RANK.byline - 1, null, name);
    return;
  }
}
