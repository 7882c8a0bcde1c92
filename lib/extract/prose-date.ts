/**
 * The work's year as a review's own sentence about it gives it: `Educated, first published in
 * 2018, is…`, `Eve: The Awakening is a 2015 young adult science fiction novel by…`, `…, publicado
 * em 1943, …`, `…, publié en 2016, …`, `…, erstmals 1932 erschienen, …`. Read only in the sentence
 * that names the work by its title, so that another book's year (the author's first novel) is not taken;
 * a year in brackets counts only right after the title or its `by Author` (`Title by A (2019)`).
 */
import type { Line } from './lines';
import { fold, mainTitle } from './text';

export interface ProseDate {
  date: string;
  quote: string;
}

/** Lines read: a review names its book early. */
const WINDOW = 40;
const MAX_TEXT = 3000;
/** How far after the title the sentence is read. */
const AFTER = 160;
const YEAR = '((?:1[5-9]|20)\\d\\d)';
/** Published (first) in a year, in the languages read, as folded text writes it (lower case, no accents); or the year in brackets right after the title (`title (2019)`, `title by a (2019)`). */
const PUBLISHED_IN = new RegExp(
  [
    `\\b(?:first |originally )?published in ${YEAR}\\b`,
    `\\bpublicad[oa] (?:pela primeira vez |por primera vez |originalmente )?(?:em|en) ${YEAR}\\b`,
    `\\bpubliee? (?:pour la premiere fois )?en ${YEAR}\\b`,
    `\\bpubblicat[oa] (?:per la prima volta )?nel ${YEAR}\\b`,
    `\\b(?:erstmals |zuerst )?(?:im jahr )?${YEAR} erschienen\\b`,
    `\\berschien (?:erstmals |zuerst )?(?:im jahr )?${YEAR}\\b`,
    `^\\s+is an? ${YEAR}\\s+(?:[\\p{Ll}-]+\\s+){0,4}(?:novel|book|memoir|biography|collection|thriller|novella)\\b`,
    `^\\s*(?:by [^()]{2,60}?\\s*)?\\(${YEAR}\\)`,
  ].join('|'),
  'u',
);

/** The year the sentence naming the work gives for it, or null. */
export function readProseDate(lines: readonly Line[], title: string | null, skip: (i: number) => boolean): ProseDate | null {
  // The whole title first, then without its subtitle, as prose may shorten it.
  const names = title ? [...new Set([fold(title), fold(mainTitle(title))])].filter((t) => t.length >= 3) : [];
  if (!names.length) return null;
  for (let i = 0, n = Math.min(lines.length, WINDOW); i < n; i++) {
    const l = lines[i];
    if (l === undefined || l.h || skip(i)) continue;
    const text = fold(l.text.length > MAX_TEXT ? l.text.slice(0, MAX_TEXT) : l.text);
    const named = names.find((t) => text.includes(t));
    if (named === undefined) continue;
    const at = text.indexOf(named) + named.length;
    // The rest of the sentence that names the work.
    const rest = text.slice(at, at + AFTER).split(/[.!?](?:\s|$)/)[0] ?? '';
    const m = PUBLISHED_IN.exec(rest);
    const year = m?.slice(1).find((g) => !!g);
    if (year) return { date: year, quote: year };
  }
  return null;
}
