/**
 * `Speechless: Controlling Words, Controlling Minds by Michael Knowles`: what stands before a
 * heading's colon is a column's name as often as a title's main part (`What We Are Reading Today:
 * …`), and the heading's readers set it aside. The page settles which: a book's own main part
 * comes back with its subtitle elsewhere on the page (the review's first sentence, a card of the
 * book), a column's name does not.
 */
import type { Line } from './lines';
import { clean } from './text';

/** Lines searched for the whole title again: the review's opening and a card beside it. */
const WINDOW = 60;
/** Characters a title's main part before its colon runs to. */
const MAIN_MAX = 60;

/**
 * `title` with the main part `source` gives before it, where the page writes the two together
 * again; never the work's author (`Sergio S. Olguín: El equipo de los sueños`).
 */
export function withMainTitle(source: string, title: string, people: string, lines: readonly Line[]): string {
  const at = source.indexOf(`: ${title}`);
  if (at <= 0) return title;
  const main = (source.slice(0, at).split(': ').pop() ?? '').trim();
  if (main.length < 2 || main.length > MAIN_MAX || main.includes(people.trim())) return title;
  const whole = `${main}: ${title}`;
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l && !l.h && l.text.length < 2000 && clean(l.text).includes(whole)) return whole;
  }
  return title;
}
