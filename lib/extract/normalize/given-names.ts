/**
 * Whether a word is a given name in one of the languages read: evidence that a run of
 * capitalised words names a person (`Olivia Laing`) rather than a heading's words (`General
 * Conduct`). A name missing from the list is no proof of anything: the list holds the common
 * names of each language (scripts/given-names.ts builds it), not every name.
 */
import { lazy } from '../../lazy';
import { fold } from '../text';
import data from './given-names.json' with { type: 'json' };

const NAMES = lazy(() => new Set(data.names.split('\n')));

/** A capitalised word that is a known given name, or a double name that starts with one; a particle (`van`, `de`) written small is not. */
export function isGivenName(word: string): boolean {
  const w = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (w.length < 2 || !/^\p{Lu}/u.test(w)) return false;
  // `Jean-Noël`, `Claire-Louise`: a double name's first part.
  return NAMES().has(fold(w)) || NAMES().has(fold(w.split('-')[0] ?? ''));
}

/** The first word of a name other than an initial is a known given name (`J. Olivia Smith`, `Olivia Smith`). */
export function startsWithGivenName(name: string): boolean {
  for (const word of name.trim().split(/\s+/)) {
    if (/^\p{L}\.?$|^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(word)) continue;
    return isGivenName(word);
  }
  return false;
}
